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
    static final java.time.LocalDate DATED_FROM = java.time.LocalDate.of(2024, 1, 1);
    static final int DATED_COUNTIES = 8;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port = 3030;

    @Option(names = "--dated", paramLabel = "PAGES", description = {
        "ingest PAGES pages of the generated dated corpus (from 2024-01-01, one page a week, eight counties) "
            + "instead of the sample pages, which carry no dates: the pages' timelines, stage lines and charts need dated facts"})
    int datedPages;

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
        if (kg.isEmpty() && datedPages > 0) {
            Path pages = java.nio.file.Files.createTempDirectory("kg-dated-");
            org.localkg.bench.SyntheticCorpus.dated(1, DATED_FROM, DATED_COUNTIES).write(pages, datedPages);
            IngestSummary s = kg.ingest(java.util.List.of(pages), new Pipeline(base), new ProgressPrinter(System.err));
            System.err.printf("ingested %d generated dated pages into %s: %d articles, %d triples%n", datedPages, kg.location(),
                    s.articles(), s.triples());
        } else if (kg.isEmpty()) {
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
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(CORPUS + "pages.list")) {
            if (in == null) {
                throw new IllegalStateException("the sample corpus is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
