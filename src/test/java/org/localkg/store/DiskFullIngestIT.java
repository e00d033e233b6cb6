package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.ingest.Metadata;
import org.localkg.ingest.SourceReader;

/**
 * The disk fills during an ingest: the run stops with a {@link StoreFullException} that says what
 * of it is stored, which is what TDB2's transactions kept (earlier batches) and nothing of the
 * batch under way; once space is freed, the same run adds the rest (and a re-run equals a clean
 * run: {@link IngestReliabilityIT}).
 */
class DiskFullIngestIT {
    private static final String BASE = "http://example.org/";

    private static final String LKG_SHA256 = "<" + org.localkg.rdf.LKG.sha256.getURI() + ">";

    /** The files the store holds (each has one hash). */
    private static int sources(KgStore kg) {
        return (int) IngestReliabilityIT.nquads(kg).stream().filter(q -> q.contains(LKG_SHA256)).count();
    }

    @Test
    void theBatchesCommittedBeforeTheDiskFilledAreKeptAndTheRunSaysSo(@TempDir Path dir) throws Exception {
        Path pages = IngestReliabilityIT.corpus(dir, KgStore.BATCH_FILES + 10);
        // how much the first batch writes: room for it and a little more, not for the second
        FillingDisk counting = FillingDisk.roomy();
        try (KgStore kg = counting.open(dir.resolve("counted")).loader(Loader.TRANSACTIONS)) {
            List<Path> firstBatch;
            try (var files = java.nio.file.Files.list(pages)) {
                firstBatch = files.sorted().limit(KgStore.BATCH_FILES).toList();
            }
            kg.ingest(firstBatch, new Pipeline(BASE), new IngestReliabilityIT.Heard());
        }
        FillingDisk disk = new FillingDisk(counting.written() + 20);
        try (KgStore kg = disk.open(dir.resolve("store")).loader(Loader.TRANSACTIONS)) {
            StoreFullException full = assertThrows(StoreFullException.class,
                    () -> kg.ingest(List.of(pages), new Pipeline(BASE), new IngestReliabilityIT.Heard()));
            assertTrue(DiskFull.in(full.getCause()), "the disk's own failure is kept as the cause");
            assertEquals(dir.resolve("store"), full.store());
            assertEquals("the " + KgStore.BATCH_FILES + " files written before it filled are stored, the 10 being written when it"
                    + " filled are not", full.whatWasStored());
            assertEquals(KgStore.BATCH_FILES, sources(kg), "the first batch is in the store, nothing of the second");

            disk.free(Long.MAX_VALUE);
            IngestSummary rerun = kg.ingest(List.of(pages), new Pipeline(BASE), new IngestReliabilityIT.Heard());
            assertEquals(KgStore.BATCH_FILES, rerun.unchanged());
            assertEquals(10, rerun.added());
        }
    }

    @Test
    void aFirstBatchThatDoesNotFitLeavesNothing(@TempDir Path dir) throws Exception {
        Path pages = IngestReliabilityIT.corpus(dir, 3);
        try (KgStore kg = new FillingDisk(50).open(dir.resolve("store")).loader(Loader.TRANSACTIONS)) {
            StoreFullException full = assertThrows(StoreFullException.class,
                    () -> kg.ingest(List.of(pages), new Pipeline(BASE), new IngestReliabilityIT.Heard()));
            assertEquals("nothing of this run was stored: the 3 files being written when it filled were undone", full.whatWasStored());
            assertEquals(0, sources(kg));
        }
    }

    @Test
    void aPageSentToAServingStoreIsUndoneWhole(@TempDir Path dir) throws Exception {
        FillingDisk disk = new FillingDisk(50);
        byte[] page = java.nio.file.Files.readAllBytes(Path.of("src/test/resources/pages/inspection-page.txt"));
        try (KgStore kg = disk.open(dir.resolve("store")).loader(Loader.TRANSACTIONS)) {
            Pipeline pipeline = new Pipeline(BASE);
            StoreFullException full = assertThrows(StoreFullException.class,
                    () -> kg.ingestSource(SourceReader.fromBytes("a.txt", "admin:a.txt", page, Metadata.NONE), pipeline, new IngestListener() {}));
            assertEquals("nothing of this run was stored: the 1 file being written when it filled was undone", full.whatWasStored());
            assertEquals(0, kg.size(), "not a quad of the page is left");
            disk.free(Long.MAX_VALUE);
            assertEquals(1, kg.ingestSource(SourceReader.fromBytes("a.txt", "admin:a.txt", page, Metadata.NONE), pipeline,
                    new IngestListener() {}).added(), "the store takes the page once there is room");
        }
    }
}
