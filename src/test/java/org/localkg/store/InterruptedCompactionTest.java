package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;

/**
 * A compaction whose process died between its two renames (issue 20): the store used to open as a
 * new, empty one and be served so. Each state the swap can be left in, made by hand.
 */
class InterruptedCompactionTest {
    /** The store's quads, read by a connection of its own: TDB2 keeps a closed store's files open for the JVM otherwise. */
    private static long quads(Path store) {
        KgStore kg = KgStore.open(store);
        try {
            return Txn.calculateRead(kg.dataset(), () -> kg.dataset().asDatasetGraph().stream().count());
        } finally {
            release(kg);
        }
    }

    private static void release(KgStore kg) {
        var dsg = kg.dataset().asDatasetGraph();
        kg.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }

    private static Path ingested(Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.copy(Path.of("src/test/resources/pages/inspection-page.txt"), pages.resolve("a.txt"));
        Path store = dir.resolve("store");
        KgStore kg = KgStore.open(store);
        kg.ingest(List.of(pages), new Pipeline("http://kg.example.org/"), new IngestListener() {});
        release(kg);
        return store;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void betweenTheRenamesTheCompactedCopyTakesTheName(@TempDir Path dir) throws Exception {
        Path store = ingested(dir);
        long before = quads(store);
        assertTrue(before > 0);
        Path old = dir.resolve("store.old"), next = dir.resolve("store.compacted");
        copyTree(store, next);
        Files.move(store, old); // the first rename done, the second not
        assertEquals(before, quads(store), "the store opened without its data");
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(next));
    }

    @Test
    void afterTheRenamesTheOldCopyGoes(@TempDir Path dir) throws Exception {
        Path store = ingested(dir);
        long before = quads(store);
        copyTree(store, dir.resolve("store.old"));
        assertEquals(before, quads(store));
        assertFalse(Files.exists(dir.resolve("store.old")));
    }

    @Test
    void withOnlyTheOldCopyLeftTheStoreRefusesToOpenAndSaysHowToRecover(@TempDir Path dir) throws Exception {
        Path store = ingested(dir);
        Files.move(store, dir.resolve("store.old"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KgStore.open(store));
        assertTrue(e.getMessage().contains("rename " + dir.resolve("store.old").toAbsolutePath().normalize()), e.getMessage());
        assertFalse(Files.exists(store), "an empty store was created in its place");
    }
}
