package org.localkg.server.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A query's string as a regular expression reads it, checking every few thousand characters
 * whether the query has been cancelled or has run past its time. Java's regular expressions
 * backtrack inside one call and never look at the clock, so a pattern such as {@code (.*a){20}$}
 * would hold a core long after the query's time limit; reading the input is the one place they
 * must come back to us.
 */
final class GuardedText implements CharSequence {
    private static final int CHECK_EVERY = 4096;
    private final String text;
    private final AtomicBoolean cancelled;
    private final long deadline;
    private int reads;

    /**
     * @param cancelled the query's cancel signal (set when its time limit strikes), or null
     * @param deadline  {@link System#nanoTime()} past which the evaluation stops anyway
     */
    GuardedText(String text, AtomicBoolean cancelled, long deadline) {
        this.text = text;
        this.cancelled = cancelled;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            check();
        }
        return text.charAt(index);
    }

    private void check() {
        if (cancelled != null && cancelled.get() || System.nanoTime() - deadline > 0) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new GuardedText(text.substring(start, end), cancelled, deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
