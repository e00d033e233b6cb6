package org.localkg.server.live;

import java.nio.file.Path;
import java.util.List;
import org.localkg.Pipeline;
import org.localkg.ingest.InputFile;
import org.localkg.ingest.Source;
import org.localkg.store.IngestListener;
import org.localkg.store.IngestSummary;
import org.localkg.store.KgStore;
import org.localkg.store.Loader;

/**
 * Ingests into the store a server is serving. TDB2 has one writer and many readers: queries run
 * on while a page is written and see it once its transaction commits. Ingests from the watched
 * folder and from the admin endpoint take turns here, and share one pipeline, whose registry
 * then knows every name written since the server started.
 */
public final class LiveIngest {
    private final KgStore store;
    private final Pipeline pipeline;
    private final IngestListener listener;

    public LiveIngest(KgStore store, Pipeline pipeline, IngestListener listener) {
        // never a bulk loader under a serving store: it would hold the store for the whole load
        this.store = store.loader(Loader.TRANSACTIONS);
        this.pipeline = pipeline;
        this.listener = listener;
    }

    /** Ingests files found under {@code root}, each identified by its path below it. */
    public synchronized IngestSummary files(Path root, List<Path> files) {
        return store.ingestFiles(files.stream().map(f -> InputFile.under(root, f)).toList(), pipeline, listener);
    }

    /** Ingests a page sent over HTTP. */
    public synchronized IngestSummary page(Source source) {
        return store.ingestSource(source, pipeline, listener);
    }

    /** The folder of the store written to. */
    public Path store() {
        return store.location();
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}
