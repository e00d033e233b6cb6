package org.localkg.store;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps what is printed on {@code System.err} while open, instead of printing it. TDB2's xloader
 * builds its node table with an iterator that prints the trace of a failed write
 * ({@code ProcBuildNodeTableX.IteratorNodeTableRecords.calc}: {@code ex.printStackTrace()}) and
 * then ends as if its input had ended, so the load goes on with part of the node table. What it
 * printed is the only sign: the load is failed on it, and a full disk is reported in one line
 * rather than as thirty lines of trace. Log lines are not caught: the logger's console appender
 * holds the stream it found when it started.
 */
final class PrintedTraces implements AutoCloseable {
    /** Enough for a few traces; what goes beyond is dropped. */
    private static final int KEEP = 64 * 1024;

    private final PrintStream before = System.err;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    private PrintedTraces() {
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (kept) {
                    if (kept.size() < KEEP) {
                        kept.write(b);
                    }
                }
            }

            @Override
            public void write(byte[] bytes, int off, int len) {
                synchronized (kept) {
                    kept.write(bytes, off, Math.max(0, Math.min(len, KEEP - kept.size())));
                }
            }
        }, true, StandardCharsets.UTF_8));
    }

    static PrintedTraces catchThem() {
        // the logger's console appender takes System.err when logging starts: started before
        // the swap, the loader's log lines (Jena's warnings and errors) still reach the console
        org.slf4j.LoggerFactory.getLogger(PrintedTraces.class);
        return new PrintedTraces();
    }

    /** Where {@code System.err} printed before this was opened. */
    PrintStream console() {
        return before;
    }

    /** What was printed so far. */
    String text() {
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    /** Prints what was kept where it would have gone. */
    void replay() {
        before.print(text());
        before.flush();
    }

    @Override
    public void close() {
        System.setErr(before);
    }
}
