package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.bench.SyntheticCorpus;
import org.localkg.cli.Main;

/**
 * Extraction on several threads gives exactly what one thread gives: the same IRIs, the same
 * quads, in the same order, on a corpus whose names repeat across pages (the sample pages, with
 * their spelling variants, and generated pages whose counties and officials recur) and with a
 * file that fails among the others.
 */
class ParallelIngestIT {
    @TempDir
    static Path dir;
    static Path corpus;

    @BeforeAll
    static void corpus() throws Exception {
        corpus = dir.resolve("corpus");
        new SyntheticCorpus(7).write(corpus.resolve("generated"), 40);
        org.localkg.TestPages.copySamples(corpus.resolve("samples"));
        Files.write(corpus.resolve("samples").resolve("broken.txt"), new byte[] {'a', 0, 'b'}); // NUL: refused
    }

    private static List<String> sortedNQuads(KgStore kg) {
        return Txn.calculateRead(kg.dataset(), () -> {
            List<String> lines = new ArrayList<>();
            kg.dataset().asDatasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            lines.sort(null);
            return lines;
        });
    }

    @Test
    void extractWritesTheSameBytesOnOneThreadAndOnThree() throws Exception {
        Path one = dir.resolve("one.nq"), three = dir.resolve("three.nq");
        assertEquals(1, Main.run("extract", "--threads", "1", corpus.toString(), "-o", one.toString()), "the broken file fails");
        assertEquals(1, Main.run("extract", "--threads", "3", corpus.toString(), "-o", three.toString()));
        byte[] a = Files.readAllBytes(one), b = Files.readAllBytes(three);
        assertTrue(a.length > 1_000_000, "output written: " + a.length);
        assertEquals(Files.readString(one), Files.readString(three));
    }

    @Test
    void ingestGivesTheSameStoreOnOneThreadAndOnThreeInBulkAndReingestChangesNothing() {
        List<String> single, parallel;
        IngestSummary first;
        try (KgStore kg = KgStore.open(dir.resolve("store-1")).loader(Loader.TRANSACTIONS)) {
            first = kg.ingest(List.of(corpus), new Pipeline("http://example.org/").threads(1), new IngestListener() {});
            single = sortedNQuads(kg);
        }
        try (KgStore kg = KgStore.open(dir.resolve("store-3"))) {
            // an empty store: TDB2's bulk loader, then the label index built from what it loaded
            IngestSummary s = kg.ingest(List.of(corpus), new Pipeline("http://example.org/").threads(3), new IngestListener() {});
            assertEquals(first.added(), s.added());
            assertEquals(1, s.failures().size(), "the broken file: " + s.failures());
            parallel = sortedNQuads(kg);
            assertFalse(kg.labels().find(SyntheticCorpus.brand(5000 + 8 * 12 + 1), 5).isEmpty(), "a generated company in the label index");
            IngestSummary again = kg.ingest(List.of(corpus), new Pipeline("http://example.org/").threads(3), new IngestListener() {});
            assertEquals(first.added(), again.unchanged());
            assertEquals(parallel, sortedNQuads(kg), "re-ingesting unchanged files changed the store");
        }
        assertEquals(45, first.added());
        assertTrue(single.size() > 30_000, "quads: " + single.size());
        assertEquals(single, parallel);
    }
}
