package org.localkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.localkg.store.IngestListener;
import org.localkg.store.IngestSummary;

/**
 * Shows an ingest run on the terminal: one line rewritten in place when standard error is a
 * terminal, a line every few files otherwise; problems always on their own line; a summary.
 */
final class ProgressPrinter implements IngestListener {
    private final PrintStream err;
    private final String command;
    private final boolean interactive;
    private final long t0 = System.currentTimeMillis();
    private int total;
    private int done;
    private int articles;
    private long triples;

    ProgressPrinter(PrintStream err) {
        this(err, "kg ingest");
    }

    /** Problems are told as {@code command}'s (kg ingest, kg load). */
    ProgressPrinter(PrintStream err, String command) {
        this.err = err;
        this.command = command;
        this.interactive = System.console() != null;
    }

    @Override
    public void started(int files) {
        total = files;
    }

    @Override
    public void fileDone(Path file, Outcome outcome, int a, long t) {
        done++;
        articles += a;
        triples += t;
        if (interactive) {
            err.print("\r" + line());
        } else if (done % 100 == 0 || done == total) {
            err.println(line());
        }
    }

    @Override
    public void fileFailed(Path file, String problem) {
        done++;
        if (interactive) {
            err.print("\r");
        }
        err.println(command + ": " + problem);
    }

    @Override
    public void fileWarning(Path file, String warning) {
        if (interactive) {
            err.print("\r");
        }
        err.println(command + ": warning: " + warning);
    }

    @Override
    public void articleRejected(String source, String article, java.util.List<org.localkg.validate.Violation> violations) {
        if (interactive) {
            err.print("\r");
        }
        err.println(command + ": " + source + ": article " + article + " violates the shapes and was not stored:");
        violations.forEach(v -> err.println("  " + v.focus() + (v.path() == null ? "" : " " + v.path()) + ": " + v.message()));
    }

    /** The run stopped before its end (the disk filled): why, on a line of its own. */
    void stopped(String why) {
        if (interactive) {
            err.println();
        }
        err.println(why);
    }

    private String line() {
        double secs = Math.max(0.001, (System.currentTimeMillis() - t0) / 1000.0);
        return String.format("files %d/%d  articles %d  triples %d  %.0f triples/s", done, total, articles, triples, triples / secs);
    }

    @Override
    public void finished(IngestSummary s) {
        if (interactive) {
            err.println();
        }
        err.printf("ingested %d files (%d new, %d replaced, %d unchanged, %d failed): %d articles (%d rejected by the shapes), %d triples in %.1f s (%.0f triples/s)%n",
                s.files(), s.added(), s.replaced(), s.unchanged(), s.failures().size(), s.articles(), s.rejected(), s.triples(),
                s.millis() / 1000.0, s.triplesPerSecond());
    }
}
