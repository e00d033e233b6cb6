package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg load} on malformed input (issue 20): it used to print a parser trace and then wait on
 * the external sort for ever, leaving the store and its temporary folder behind. Now the input is
 * read through first; a problem names file, line and what is wrong, and nothing is left behind.
 */
class LoadChecksIT {
    private static final String GOOD = "<http://ex.org/a> <http://ex.org/p> \"甲\" <http://ex.org/g1> .\n"
            + "<http://ex.org/b> <http://ex.org/p> \"乙\" <http://ex.org/g1> .\n";

    private static IllegalArgumentException refused(Path dir, Path input) {
        Path store = dir.resolve("store"), tmp = dir.resolve("store.xloader-tmp");
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(IllegalArgumentException.class, () -> XLoader.load(store, List.of(input), tmp, 1)));
        assertFalse(Files.exists(store), "the store folder was left behind");
        assertFalse(Files.exists(tmp), "the loader's temporary folder was left behind");
        assertTrue(e.getMessage().startsWith(input.toString()), "the message names the file: " + e.getMessage());
        return e;
    }

    @Test
    void aMissingDotIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.nq"), GOOD + "<http://ex.org/c> <http://ex.org/p> \"丙\" <http://ex.org/g1>\n");
        String message = refused(dir, f).getMessage();
        assertTrue(message.matches(".*: line [34], column \\d+: .*DOT.*"), message);
    }

    @Test
    void aRelativeIriIsRefused(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.nq"), "<a> <http://ex.org/p> \"x\" .\n");
        String message = refused(dir, f).getMessage();
        assertTrue(message.matches(".*: line 1, column 1: .*Relative IRI.*"), message);
    }

    @Test
    void aTruncatedArchiveIsRefused(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 0; i < 2000; i++) {
                out.write(("<http://ex.org/s" + i + "> <http://ex.org/p> \"值" + i + "\" <http://ex.org/g> .\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.nq.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        refused(dir, cut);
    }

    @Test
    void aStoppedLoadIsRefusedWhenOpenedAndStartedAgainByTheNextLoad(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Files.createDirectories(store);
        Files.writeString(store.resolve(XLoader.UNFINISHED), "stopped\n"); // as kill -9 mid-load leaves it
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KgStore.open(store));
        assertTrue(e.getMessage().contains("run the same kg load again"), e.getMessage());

        Path good = Files.writeString(dir.resolve("good.nq"), GOOD);
        XLoader.load(store, List.of(good), dir.resolve("store.xloader-tmp"), 1);
        assertFalse(Files.exists(store.resolve(XLoader.UNFINISHED)));
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(2L, Txn.calculateRead(kg.dataset(), () -> kg.dataset().asDatasetGraph().stream().count()));
        }
    }
}
