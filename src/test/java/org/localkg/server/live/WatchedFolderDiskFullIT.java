package org.localkg.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.rdf.LKG;
import org.localkg.store.FillingDisk;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * The disk fills while a served folder is watched: one line says so (no trace), watching goes on,
 * and pages saved once space is freed are ingested.
 */
class WatchedFolderDiskFullIT {
    private static final Path PAGE = Path.of("src/test/resources/pages/inspection-page.txt");

    private static boolean within(long millis, BooleanSupplier done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return done.getAsBoolean();
    }

    /** The files the store holds (each has one hash). */
    private static long sources(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream(Node.ANY, Node.ANY, LKG.sha256, Node.ANY).count());
    }

    @Test
    void aFullDiskIsOneLineAndWatchingGoesOn(@TempDir Path dir) throws Exception {
        Path watched = Files.createDirectories(dir.resolve("incoming"));
        Files.copy(PAGE, watched.resolve("first.txt"));
        FillingDisk disk = new FillingDisk(Long.MAX_VALUE);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (KgStore store = disk.open(dir.resolve("store"));
                FolderWatcher watcher = new FolderWatcher(watched, new LiveIngest(store, new Pipeline("http://localhost:3030/"),
                        new IngestListener() {})).start()) {
            assertTrue(within(20_000, () -> sources(store) == 1), "the page there at the start was never ingested");
            disk.free(0);
            Files.copy(PAGE, watched.resolve("a.txt"));
            assertTrue(within(20_000, () -> captured.toString(StandardCharsets.UTF_8).contains("is full")), captured.toString(StandardCharsets.UTF_8));
            // the server's own lines (Jena's logging may write to the same stream)
            List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.matches("\\d\\d:\\d\\d:\\d\\d .*")).toList();
            assertEquals(1, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote("kg serve: the disk holding " + dir.resolve("store") + " is full (")
                    + "\\d+\\.\\d MB free\\): nothing of this run was stored.*"), lines.get(0));
            assertTrue(lines.get(0).contains("a.txt"), "the line names the files not stored: " + lines.get(0));

            disk.free(Long.MAX_VALUE);
            Files.copy(PAGE, watched.resolve("b.txt"));
            assertTrue(within(20_000, () -> sources(store) == 2), "a page saved after space was freed was never ingested: "
                    + captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }
}
