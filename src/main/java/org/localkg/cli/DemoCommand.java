package org.localkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localkg.Pipeline;
import org.localkg.ingest.SourceReader;
import org.localkg.store.IngestSummary;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled sample pages into the default store if it is empty, then serves it on http://localhost:3030/.",
            "Example: kg demo"})
final class DemoCommand implements Callable<Integer> {
    static final String CORPUS = "org/localkg/corpus/";

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port = 3030;

    @Override
    public Integer call() throws IOException {
        String busy = ServeCommand.portInUse(port);
        if (busy != null) {
            System.err.println("kg demo: " + busy + "; nothing was ingested");
            return 1;
        }
        KgStore kg = KgStore.open(store.path());
        // a new store's IRIs are minted under the address it is served at, so that they dereference
        String base = kg.base(null, ServeCommand.localBase(port));
        if (kg.isEmpty()) {
            Pipeline pipeline = new Pipeline(base);
            int articles = 0;
            long triples = 0;
            for (String name : sampleNames()) {
                IngestSummary s = kg.ingestSource(SourceReader.readResource(CORPUS + name), pipeline, new ProgressPrinter(System.err));
                articles += s.articles();
                triples += s.triples();
            }
            System.err.printf("ingested the sample corpus into %s: %d articles, %d triples%n", kg.location(), articles, triples);
        } else {
            System.err.println("store " + kg.location() + " is not empty: serving it as it is");
        }
        return ServeCommand.serve(kg, port, base, 30, 10_000, org.localkg.server.guard.ServicePolicy.none());
    }

    static java.util.List<String> sampleNames() throws IOException {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(CORPUS + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the sample corpus is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
