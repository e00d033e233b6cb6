package org.localkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localkg.Pipeline;
import org.localkg.bench.SyntheticCorpus;
import org.localkg.ingest.Article;
import org.localkg.ingest.InputFile;
import org.localkg.ingest.PageSplitter;
import org.localkg.ingest.Source;
import org.localkg.ingest.SourceReader;
import org.localkg.nlp.hanlp.HanlpSegmenter;
import org.localkg.store.DiskUsage;
import org.localkg.store.IngestListener;
import org.localkg.store.IngestSummary;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The comparison a reader of the README needs, on one generated corpus per size (sample-sized
 * pages whose companies, projects and people are new on every page, so the registry and the
 * store grow as with real papers): segmentation alone and HanLP's NER alone against full extraction; extraction plus
 * TDB2's bulk loader against {@code kg ingest}; re-ingesting unchanged files; heap after GC
 * through the ingest; the store's bytes per page before and after compaction; search,
 * reconciliation and look-up latency at 1 and 8 clients on the result; and every shipped query's
 * latency on {@code kg serve}, beside Virtuoso's on the same quads with {@code --virtuoso}
 * ({@link ShippedQueryBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {HostileBenchCommand.class, ExtractionBenchCommand.class},
        description = {"Benchmarks on generated corpora of the sizes given, and prints one table with a column per size:",
            "segmentation vs extraction (chars/s), extraction + TDB2's loader vs kg ingest, re-ingest, heap, disk, and latency",
            "of search, reconciliation, look-up and every shipped query (with --virtuoso: beside Virtuoso 7.2's on the same quads).",
            "Example: kg bench --sizes 1000 --virtuoso"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "corpus sizes in pages (default: ${DEFAULT-VALUE})")
    List<Integer> sizes = List.of(100, 1000);

    @Option(names = "--single-thread-pages", paramLabel = "N",
            description = "pages segmented and extracted on one thread for the chars/s rows (default: ${DEFAULT-VALUE}; fewer when the corpus is smaller)")
    int singleThreadPages = 1000;

    @Option(names = "--search-queries", paramLabel = "N", description = "requests per latency row (default: ${DEFAULT-VALUE})")
    int searchQueries = 200;

    @Option(names = "--query-requests", paramLabel = "N",
            description = "requests per shipped query (queries/index.txt) and number of clients (default: ${DEFAULT-VALUE}; 0 leaves the queries out)")
    int queryRequests = 20;

    @Option(names = "--query-clients", split = ",", paramLabel = "N", description = "clients asking the shipped queries at once, a row each (default: ${DEFAULT-VALUE})")
    List<Integer> queryClients = List.of(1, 8);

    @Option(names = "--virtuoso", description = {"also time the shipped queries on a private Virtuoso 7.2 loaded with the same N-Quads",
        "(Debian's virtuoso-opensource, installed with apt-get when missing and run as root), with the throughput ratio"})
    boolean virtuoso;

    @Option(names = "--keep", paramLabel = "DIR", description = "leave the corpora and stores in DIR (default: a temporary folder, deleted)")
    Path keep;

    private static final String BASE = Defaults.BASE;

    private ShippedQueryBench queries;

    @Override
    public Integer call() throws Exception {
        // built first so that a bad --query-clients is refused now, not after an hour of ingest
        queries = queryRequests > 0 ? new ShippedQueryBench(queryClients, queryRequests, virtuoso) : null;
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("kg-bench");
        Map<String, List<String>> table = new LinkedHashMap<>();
        try {
            for (int size : sizes) {
                System.err.printf("kg bench: %d pages ...%n", size);
                measure(dir.resolve("n" + size), size, table);
            }
        } finally {
            if (keep == null) {
                org.localkg.store.Folders.deleteTree(dir);
            }
        }
        print(table);
        return 0;
    }

    private void measure(Path dir, int size, Map<String, List<String>> table) throws Exception {
        Path corpus = dir.resolve("corpus");
        List<Path> pages = new SyntheticCorpus(1).write(corpus, size);
        long inputBytes = 0, inputChars = 0, chars = 0;
        for (Path p : pages) {
            inputBytes += Files.size(p);
            inputChars += Files.readString(p).length();
        }
        int threads = Runtime.getRuntime().availableProcessors();
        row(table, "pages", size);
        row(table, "input MB", String.format("%.1f", inputBytes / 1e6));

        // 1. one thread: HanLP's segmentation of every article alone, then the whole extraction
        List<Source> sample = new ArrayList<>();
        for (Path p : pages.subList(0, Math.min(size, singleThreadPages))) {
            Source s = SourceReader.read(InputFile.under(corpus, p), org.localkg.ingest.InputLimits.DEFAULT);
            sample.add(s);
            chars += s.text().length();
        }
        long t0 = System.nanoTime();
        for (Source s : sample) {
            for (Article a : PageSplitter.split(s.text())) {
                HanlpSegmenter.get().segment(a.text());
            }
        }
        double segment = (System.nanoTime() - t0) / 1e9;
        double extract1 = org.localkg.bench.ExtractionSpeed.extraction(sample, BASE).wall();
        row(table, "segmentation alone, 1 thread (chars/s)", String.format("%.0f", chars / segment));
        row(table, "full extraction, 1 thread (chars/s)", String.format("%.0f", chars / extract1));
        row(table, "extraction / segmentation time", String.format("%.1f×", extract1 / segment));
        double ner = org.localkg.bench.ExtractionSpeed.hanlpNerSeconds(sample);
        row(table, "HanLP NER alone, 1 thread (chars/s)", String.format("%.0f", chars / ner));
        row(table, "extraction / HanLP NER", String.format("%.1f×", extract1 / ner));

        // 2. extraction on every core to N-Quads, then TDB2's bulk loader on the file: the yardstick
        Path nq = dir.resolve("extracted.nq");
        t0 = System.nanoTime();
        int rc = Main.run("extract", "--threads", Integer.toString(threads), corpus.toString(), "-o", nq.toString());
        double extractN = (System.nanoTime() - t0) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException("kg extract failed on the generated corpus");
        }
        row(table, "full extraction, " + threads + " threads (chars/s, to N-Quads)",
                String.format("%.0f", inputChars / extractN));
        t0 = System.nanoTime();
        long quads = KgStore.bulkLoadFile(dir.resolve("tdbloader"), nq);
        double load = (System.nanoTime() - t0) / 1e9;
        row(table, "quads", quads);
        row(table, "A. kg extract (s)", String.format("%.1f", extractN));
        row(table, "B. TDB2 sequential loader on A's file (s)", String.format("%.1f", load));

        // 3. kg ingest into an empty store (bulk), heap after GC at every tenth; then again, all unchanged
        Path store = dir.resolve("store");
        List<Long> heap = new ArrayList<>();
        int step = Math.max(1, size / 10);
        IngestListener sampler = new IngestListener() {
            int done;

            @Override
            public void fileDone(Path file, Outcome outcome, int articles, long triples) {
                if (++done % step == 0) {
                    heap.add(heapAfterGc());
                }
            }
        };
        IngestSummary first;
        double again;
        try (KgStore kg = KgStore.open(store)) {
            t0 = System.nanoTime();
            first = kg.ingest(List.of(corpus), new Pipeline(BASE), sampler);
            double ingest = (System.nanoTime() - t0) / 1e9;
            row(table, "C. kg ingest, empty store (s)", String.format("%.1f", ingest));
            row(table, "kg ingest (pages/s)", String.format("%.1f", size / ingest));
            row(table, "C / (A + B)", String.format("%.2f", ingest / (extractN + load)));
            t0 = System.nanoTime();
            IngestSummary re = kg.ingest(List.of(corpus), new Pipeline(BASE), new IngestListener() {});
            again = (System.nanoTime() - t0) / 1e9;
            row(table, "re-ingest, all unchanged (s)", String.format("%.1f (%.1f%% of C)", again, 100 * again / ingest));
            if (re.unchanged() != first.added()) {
                throw new IllegalStateException("re-ingest changed files: " + re);
            }
            // identity across articles: one entity gathering many names or parks is several taken for one
            for (var spread : org.localkg.bench.ValuesPerEntity.of(kg.dataset()).entrySet()) {
                row(table, "values per entity, " + spread.getKey() + " (max / p99)", spread.getValue());
            }
        }
        row(table, "heap after GC during ingest (MB, first / max / last tenth)",
                heap.isEmpty() ? "-" : heap.get(0) + " / " + heap.stream().mapToLong(Long::longValue).max().getAsLong() + " / "
                        + heap.get(heap.size() - 1));

        // 4. disk, as ingested and after compaction
        long before = DiskUsage.of(store);
        KgStore.compact(store);
        long after = DiskUsage.of(store);
        row(table, "store bytes per page (as ingested)", String.format("%,d", before / size));
        row(table, "store bytes per page (compacted)", String.format("%,d", after / size));
        row(table, "store / input text (compacted)", String.format("%.1f×", (double) after / inputBytes));

        // 5. latency on the result
        if (searchQueries > 0) {
            try (KgStore kg = KgStore.open(store)) {
                for (SearchBench.Timing t : SearchBench.run(kg, searchQueries)) {
                    row(table, t.service() + " p50 / p99 ms, " + t.clients() + (t.clients() == 1 ? " client" : " clients"),
                            String.format("%.1f / %.1f", t.percentile(0.5), t.percentile(0.99)));
                }
            }
        }

        // 6. every shipped query over the endpoint of kg serve, and on Virtuoso loaded with the same quads
        if (queries != null) {
            queries.run(store, nq, dir).forEach((k, v) -> row(table, k, v));
        }
        Files.deleteIfExists(nq);
    }


    private static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    /**
     * Adds a value to the row {@code name} in the column of the corpus being measured (the row's
     * length before, as "pages" is the first row each size adds); a row that a smaller corpus did
     * not have (a query that failed there) gets "-" in those columns, so that no value moves under
     * another size.
     */
    private static void row(Map<String, List<String>> table, String name, Object value) {
        int column = name.equals("pages") ? table.getOrDefault("pages", List.of()).size() : table.get("pages").size() - 1;
        List<String> values = table.computeIfAbsent(name, k -> new ArrayList<>());
        while (values.size() < column) {
            values.add("-");
        }
        values.add(String.valueOf(value));
    }

    /** The rows as a Markdown table, one column per corpus size. */
    private static void print(Map<String, List<String>> table) {
        List<String> pages = table.get("pages");
        StringBuilder head = new StringBuilder("| |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (String p : pages) {
            head.append(' ').append(p).append(" pages |");
            rule.append(" ---: |");
        }
        System.out.println(head);
        System.out.println(rule);
        for (var e : table.entrySet()) {
            if (e.getKey().equals("pages")) {
                continue;
            }
            StringBuilder line = new StringBuilder("| ").append(e.getKey()).append(" |");
            for (String v : e.getValue()) {
                line.append(' ').append(v).append(" |");
            }
            System.out.println(line);
        }
    }
}
