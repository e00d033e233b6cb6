package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.rdf.LKG;

/** Ingest that never loses a page: repeated names, oversized and odd files, batches, kill -9. */
class IngestReliabilityIT {
    private static final String BASE = "http://example.org/";
    private static final Path FIXTURE = Path.of("src/test/resources/pages/inspection-page.txt");
    private static final Path CORPUS = Path.of("src/main/resources/org/localkg/corpus");
    private static final String OTHER_PAGE = "区政协召开会议\n\n本报讯(记者 王五) 昨天，区政协主席郑东主持会议。\n";

    /** Hears problems and warnings. */
    static final class Heard implements IngestListener {
        final List<String> failed = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void fileFailed(Path file, String problem) {
            failed.add(problem);
        }

        @Override
        public void fileWarning(Path file, String warning) {
            warnings.add(warning);
        }
    }

    static long articles(KgStore kg) {
        return Txn.calculateRead(kg.dataset(), () -> {
            long n = 0;
            var it = kg.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, LKG.rdfType, LKG.Article);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    static TreeSet<String> nquads(KgStore kg) {
        return Txn.calculateRead(kg.dataset(), () -> {
            TreeSet<String> lines = new TreeSet<>();
            kg.dataset().asDatasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            return lines;
        });
    }

    @Test
    void pagesOfOneNameInDifferentDayFoldersAreAllKept(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("paper");
        Files.createDirectories(root.resolve("2024-12-28"));
        Files.createDirectories(root.resolve("2024-12-29"));
        Files.copy(FIXTURE, root.resolve("2024-12-28/A1.txt"));
        Files.writeString(root.resolve("2024-12-29/A1.txt"), OTHER_PAGE, StandardCharsets.UTF_8);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            IngestSummary s = kg.ingest(List.of(root), new Pipeline(BASE), new Heard());
            assertEquals(2, s.added());
            assertEquals(s.articles(), articles(kg), "every article reported is stored");
            long oneDay;
            try (KgStore alone = KgStore.open(dir.resolve("alone"))) {
                oneDay = alone.ingest(List.of(root.resolve("2024-12-28")), new Pipeline(BASE), new Heard()).articles();
            }
            assertTrue(s.articles() > oneDay, "the second day's A1 did not replace the first's");
        }
    }

    @Test
    void aSecondFileWithATakenIdIsRefusedNotSwapped(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("d1"));
        Files.createDirectories(dir.resolve("d2"));
        Files.copy(FIXTURE, dir.resolve("d1/A1.txt"));
        Files.writeString(dir.resolve("d2/A1.txt"), OTHER_PAGE, StandardCharsets.UTF_8);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(dir.resolve("d1")), new Pipeline(BASE), new Heard());
            TreeSet<String> before = nquads(kg);
            Heard heard = new Heard();
            IngestSummary s = kg.ingest(List.of(dir.resolve("d2")), new Pipeline(BASE), heard);
            assertEquals(1, s.failures().size());
            String msg = heard.failed.get(0);
            assertTrue(msg.contains("d2") && msg.contains("d1") && msg.contains("A1.txt"), msg);
            assertEquals(before, nquads(kg), "the stored page is untouched");
            // two files of one name given in one run are refused the same way
            Heard again = new Heard();
            kg.ingest(List.of(dir.resolve("d1/A1.txt"), dir.resolve("d2/A1.txt")), new Pipeline(BASE), again);
            assertEquals(1, again.failed.size(), again.failed.toString());
        }
    }

    @Test
    void aStoreKeyedByBareNamesMovesEachFileToItsPathWhenReingested(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("paper");
        Files.createDirectories(root.resolve("2024-12-28"));
        Path page = root.resolve("2024-12-28/A1.txt");
        Files.copy(FIXTURE, page);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(page), new Pipeline(BASE), new Heard()); // the file alone: keyed A1.txt, as stores used to be
            long before = articles(kg);
            IngestSummary s = kg.ingest(List.of(root), new Pipeline(BASE), new Heard());
            assertEquals(1, s.replaced());
            assertEquals(before, articles(kg), "moved, not duplicated");
            String sources = nquads(kg).stream().filter(l -> l.contains(LKG.sourceFile.getURI())).toList().toString();
            assertTrue(sources.contains("\"2024-12-28/A1.txt\"") && !sources.contains("\"A1.txt\""), sources);
        }
    }

    @Test
    void oversizedFilesAndArticlesAreReportedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        try (RandomAccessFile f = new RandomAccessFile(pages.resolve("a-huge.txt").toFile(), "rw")) {
            f.setLength(50L << 20); // 50 MB
        }
        Files.writeString(pages.resolve("b-one-line.txt"), "项目".repeat(150_000), StandardCharsets.UTF_8);
        Files.copy(FIXTURE, pages.resolve("c-good.txt"));
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            Heard heard = new Heard();
            IngestSummary s = kg.ingest(List.of(pages), new Pipeline(BASE), heard);
            assertEquals(2, s.failures().size(), heard.failed.toString());
            assertTrue(heard.failed.get(0).contains("a-huge.txt") && heard.failed.get(0).contains("limit"), heard.failed.get(0));
            assertTrue(heard.failed.get(1).contains("b-one-line.txt") && heard.failed.get(1).contains("characters"), heard.failed.get(1));
            assertEquals(1, s.added(), "the good file after them is ingested");
            assertTrue(articles(kg) > 0);
        }
    }

    @Test
    void aFileWithNoArticleIsAWarning(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("slogan.txt");
        Files.writeString(page, "欢迎订阅\n", StandardCharsets.UTF_8);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            Heard heard = new Heard();
            IngestSummary s = kg.ingest(List.of(page), new Pipeline(BASE), heard);
            assertEquals(0, s.articles());
            assertEquals(1, heard.warnings.size());
            assertTrue(heard.warnings.get(0).contains("slogan.txt") && heard.warnings.get(0).contains("no article"));
        }
    }

    /** Copies of the sample pages, each made distinct by a line of its own. */
    static Path corpus(Path dir, int files) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        List<Path> samples;
        try (var s = Files.list(CORPUS)) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < files; i++) {
            String text = Files.readString(samples.get(i % samples.size()), StandardCharsets.UTF_8);
            Files.writeString(pages.resolve(String.format("p%04d.txt", i)), text + "\n\n第" + i + "版\n", StandardCharsets.UTF_8);
        }
        return pages;
    }

    @Test
    void batchesHoldEveryFileAndReRunsChangeNothing(@TempDir Path dir) throws Exception {
        Path pages = corpus(dir, KgStore.BATCH_FILES + 11);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            IngestSummary first = kg.ingest(List.of(pages), new Pipeline(BASE), new Heard());
            assertEquals(KgStore.BATCH_FILES + 11, first.added());
            TreeSet<String> after = nquads(kg);
            IngestSummary again = kg.ingest(List.of(pages), new Pipeline(BASE), new Heard());
            assertEquals(KgStore.BATCH_FILES + 11, again.unchanged());
            assertEquals(after, nquads(kg));
        }
    }

    /**
     * Killed mid-run: with transactions, the batches committed stay and the re-run adds the rest;
     * with the bulk loader into an empty store, its one transaction never committed, so the store
     * is as empty as before. Either way the re-run gives exactly what a clean run gives.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"transactions", "auto"})
    void killedDuringIngestThenReRunEqualsACleanIngest(String loader, @TempDir Path dir) throws Exception {
        Path pages = corpus(dir, 300);
        Path killed = dir.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.localkg.cli.Main",
                "ingest", "--base", BASE, "--loader", loader, "--store", killed.toString(), pages.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        // wait until it has committed batches (its progress line at 100 files), then kill it without warning mid-batch
        Path log = dir.resolve("child.log");
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && p.isAlive()
                && !(Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("files 100/"))) {
            Thread.sleep(50);
        }
        Thread.sleep(700);
        boolean finished = !p.isAlive();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(!finished, "the ingest ended before it was killed: " + Files.readString(log, StandardCharsets.UTF_8));
        TreeSet<String> clean;
        try (KgStore kg = KgStore.open(dir.resolve("clean"))) {
            kg.ingest(List.of(pages), new Pipeline(BASE), new Heard());
            clean = nquads(kg);
        }
        try (KgStore kg = KgStore.open(killed)) {
            long partial = articles(kg);
            if (loader.equals("transactions")) {
                assertTrue(partial > 0, "the killed run had committed nothing");
            } else {
                assertEquals(0, partial, "the killed bulk load left articles behind");
            }
            IngestSummary rerun = kg.ingest(List.of(pages), new Pipeline(BASE), new Heard());
            assertTrue(rerun.ok());
            assertEquals(clean, nquads(kg), "after the re-run the killed store equals a clean ingest (partial had "
                    + partial + " articles; child had " + (finished ? "" : "not ") + "finished)");
        }
    }

    @Test
    void compactionKeepsTheDataAndTheLayoutAndGivesSpaceBack(@TempDir Path dir) throws Exception {
        Path pages = corpus(dir, 40);
        Path storeDir = dir.resolve("store");
        TreeSet<String> before;
        try (KgStore kg = KgStore.open(storeDir)) {
            kg.ingest(List.of(pages), new Pipeline(BASE), new Heard());
            // a second, changed ingest leaves dead blocks behind, as stores in use do
            Files.writeString(pages.resolve("p0000.txt"), OTHER_PAGE, StandardCharsets.UTF_8);
            kg.ingest(List.of(pages), new Pipeline(BASE), new Heard());
            before = nquads(kg);
        }
        long size = DiskUsage.of(storeDir);
        KgStore.compact(storeDir);
        assertTrue(DiskUsage.of(storeDir) < size, "compaction gave no space back");
        try (var files = Files.walk(storeDir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.contains("SPOG.dat") && !names.contains("GPOS.dat") && !names.contains("GOSP.dat"), names.toString());
        }
        for (String leftover : new String[] {"store.compact-tmp", "store.compacted", "store.old"}) {
            assertFalse(Files.exists(dir.resolve(leftover)), "left behind: " + leftover);
        }
        assertTrue(Files.isDirectory(storeDir.resolve("labels")), "the label index moved to the compacted store");
        try (KgStore kg = KgStore.open(storeDir)) {
            assertEquals(before, nquads(kg));
            IngestSummary again = kg.ingest(List.of(pages), new Pipeline(BASE), new Heard());
            assertEquals(40, again.unchanged(), "the compacted store still knows every file");
        }
        KgStore.compact(storeDir); // and again: the layout survives a second generation
        try (KgStore kg = KgStore.open(storeDir)) {
            assertEquals(before, nquads(kg));
        }
    }
}
