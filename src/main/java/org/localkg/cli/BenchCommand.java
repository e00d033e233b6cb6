package org.localkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.localkg.Pipeline;
import org.localkg.ingest.SourceReader;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures ingest speed and memory: writes N pages (the bundled samples, each copy made
 * distinct so none is skipped as unchanged) to a temporary folder, ingests them into a
 * temporary store, and prints throughput and the heap in use after a GC every tenth of the run.
 * Memory that stays flat as files grow is the streaming target.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks ingest: files/s, triples/s and heap after GC as the number of files grows;",
            "then the store's size on disk against its input text, before and after compaction;",
            "then label search and reconciliation latency over HTTP on the result.",
            "Example: kg bench --files 500"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--files", paramLabel = "N", description = "how many pages to ingest (default: ${DEFAULT-VALUE})")
    int files = 200;

    @Option(names = "--search-queries", paramLabel = "N", description = "label-search and reconciliation queries timed on the result (default: ${DEFAULT-VALUE}; 0: none)")
    int searchQueries = 200;

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("kg-bench");
        List<String> samples = DemoCommand.sampleNames();
        List<byte[]> texts = new ArrayList<>();
        for (String s : samples) {
            texts.add(SourceReader.class.getClassLoader().getResourceAsStream(DemoCommand.CORPUS + s).readAllBytes());
        }
        List<Path> pages = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Path p = dir.resolve(String.format("page-%06d.txt", i));
            byte[] body = texts.get(i % texts.size());
            byte[] marker = ("\n\n第" + i + "版\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] all = new byte[body.length + marker.length];
            System.arraycopy(body, 0, all, 0, body.length);
            System.arraycopy(marker, 0, all, body.length, marker.length);
            Files.write(p, all);
            pages.add(p);
        }
        System.out.println("files,articles,triples,seconds,files_per_s,triples_per_s,heap_mb_after_gc");
        long t0 = System.nanoTime();
        int step = Math.max(1, files / 10);
        Pipeline pipeline = new Pipeline(Defaults.BASE);
        int[] articles = {0};
        long[] triples = {0};
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            for (int from = 0; from < pages.size(); from += step) {
                List<Path> batch = pages.subList(from, Math.min(pages.size(), from + step));
                kg.ingest(batch, pipeline, new IngestListener() {
                    @Override
                    public void fileDone(Path file, Outcome outcome, int a, long t) {
                        articles[0] += a;
                        triples[0] += t;
                    }
                });
                Runtime rt = Runtime.getRuntime();
                System.gc();
                long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                double secs = (System.nanoTime() - t0) / 1e9;
                int done = from + batch.size();
                System.out.printf("%d,%d,%d,%.1f,%.1f,%.0f,%d%n", done, articles[0], triples[0], secs, done / secs,
                        triples[0] / secs, heap);
            }
            // disk: what the store costs against its input, as ingested and after TDB2's compaction
            long input = 0;
            for (Path p : pages) {
                input += Files.size(p);
            }
            long before = kg.diskBytes();
            kg.close();
            long c0 = System.nanoTime();
            KgStore.compact(dir.resolve("store"));
            double compactSecs = (System.nanoTime() - c0) / 1e9;
            long after = org.localkg.store.DiskUsage.of(dir.resolve("store"));
            // the label index is part of the store folder, counted in both figures and shown on its own
            long index = org.localkg.store.DiskUsage.of(dir.resolve("store").resolve(org.localkg.search.LabelIndex.FOLDER));
            System.out.println();
            System.out.println("input_bytes,store_bytes,store_bytes_compacted,label_index_bytes,compact_seconds,ratio,ratio_compacted,mb_per_1000_pages,mb_per_1000_pages_compacted");
            System.out.printf("%d,%d,%d,%d,%.1f,%.1f,%.1f,%.0f,%.0f%n", input, before, after, index, compactSecs, (double) before / input,
                    (double) after / input, before / 1e6 * 1000 / files, after / 1e6 * 1000 / files);
        }
        if (searchQueries > 0) {
            try (KgStore kg = KgStore.open(dir.resolve("store"))) {
                SearchBench.run(kg, searchQueries);
            }
        }
        deleteTree(dir);
        return 0;
    }
}
