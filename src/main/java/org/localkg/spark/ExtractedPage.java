package org.localkg.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.localkg.Pipeline;
import org.localkg.ingest.InputLimits;
import org.localkg.ingest.SourceException;
import org.localkg.resolve.NameClaim;

/**
 * What the first stage makes of one page on an executor: what its entities ask of the registry,
 * or why it failed. The extraction itself stays in the executor's memory for the third stage;
 * it is not shipped, and should Spark ever drop or serialise it, it is made again (extraction
 * is deterministic).
 */
final class ExtractedPage implements Serializable {
    final String id;
    final String error;
    final List<List<NameClaim>> claims;
    private final CorpusFiles.PageFile file;
    private transient Pipeline.Extraction extraction;

    private ExtractedPage(String id, String error, List<List<NameClaim>> claims, CorpusFiles.PageFile file, Pipeline.Extraction extraction) {
        this.id = id;
        this.error = error;
        this.claims = claims;
        this.file = file;
        this.extraction = extraction;
    }

    static ExtractedPage of(CorpusFiles.PageFile file, String base, InputLimits limits) {
        try {
            Pipeline.Extraction x = extract(file, base, limits);
            return new ExtractedPage(file.id(), null, Pipeline.claims(x), file, x);
        } catch (SourceException e) {
            return new ExtractedPage(file.id(), e.getMessage(), List.of(), null, null);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new ExtractedPage(file.id(), file.location() + ": extraction failed: " + e, List.of(), null, null);
        }
    }

    boolean failed() {
        return error != null;
    }

    /** The page's quads as N-Quads lines, its entities' keys taken from the resolved table (a key missing from it is its own canonical key). */
    List<String> nquads(String base, InputLimits limits, Map<String, String> canonical) {
        if (extraction == null) {
            extraction = extract(file, base, limits);
        }
        List<List<String>> keys = new ArrayList<>();
        for (List<NameClaim> article : claims) {
            keys.add(article.stream().map(c -> c.contextual() ? c.key() : canonical.getOrDefault(c.key(), c.key())).toList());
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(buffer, RDFFormat.NQUADS);
        out.start();
        ExecutorPipelines.pipeline(base, limits).write(extraction, keys, out);
        out.finish();
        String text = buffer.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static Pipeline.Extraction extract(CorpusFiles.PageFile file, String base, InputLimits limits) {
        return ExecutorPipelines.pipeline(base, limits).extract(file.source(limits));
    }
}
