package org.localkg.server.reconcile;

/**
 * The time one reconciliation request may take: the query time limit of the SPARQL endpoint.
 * A batch is up to 100 queries of up to 100 candidates each, and OpenRefine sends batch after
 * batch; the work checks the deadline between candidates and answers 503 when it has passed
 * instead of holding a thread for as long as the batch takes.
 */
final class Deadline {
    /** Thrown by {@link #check()} once the deadline has passed. */
    static final class Passed extends RuntimeException {
        Passed(long millis) {
            super("the reconciliation request took longer than its time limit of " + millis + " ms; send fewer or shorter queries",
                    null, false, false);
        }
    }

    private final long millis;
    private final long endNanos;

    private Deadline(long startNanos, long millis) {
        this.millis = millis;
        this.endNanos = startNanos + millis * 1_000_000L;
    }

    /** A deadline {@code millis} from now. */
    static Deadline after(long millis) {
        return from(System.nanoTime(), millis);
    }

    /**
     * A deadline {@code millis} after {@code startNanos} (a {@link System#nanoTime()} reading): the
     * request's arrival, so that the time it waited for a thread counts, as it does for its client.
     */
    static Deadline from(long startNanos, long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("a time limit must be positive: " + millis);
        }
        return new Deadline(startNanos, millis);
    }

    /** Throws {@link Passed} when the deadline has passed. */
    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new Passed(millis);
        }
    }
}
