package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrintedTracesTest {
    @Test
    void aTracePrintedWhileOpenIsKeptNotPrintedAndCanBeReplayed() {
        PrintStream real = System.err;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        System.setErr(new PrintStream(seen, true, StandardCharsets.UTF_8));
        try {
            try (PrintedTraces printed = PrintedTraces.catchThem()) {
                new IOException("No space left on device").printStackTrace();
                assertTrue(printed.text().startsWith("java.io.IOException: No space left on device"));
                assertEquals("", seen.toString(StandardCharsets.UTF_8), "nothing reaches the console while open");
                printed.replay();
                assertTrue(seen.toString(StandardCharsets.UTF_8).startsWith("java.io.IOException: No space left on device"));
            }
            System.err.print("after");
            assertTrue(seen.toString(StandardCharsets.UTF_8).endsWith("after"), "closing gives the stream back");
        } finally {
            System.setErr(real);
        }
        assertSame(real, System.err);
    }

    @Test
    void keepsAtMostSixtyFourKilobytes() {
        try (PrintedTraces printed = PrintedTraces.catchThem()) {
            System.err.print("x".repeat(100_000));
            assertEquals(64 * 1024, printed.text().length());
        }
    }
}
