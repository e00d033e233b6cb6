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

    private Deadline(long millis) {
        this.millis = millis;
        this.endNanos = System.nanoTime() + millis * 1_000_000L;
    }

    /** A deadline {@code millis} from now. */
    static Deadline after(long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("a time limit must be positive: " + millis);
        }
        return new Deadline(millis);
    }

    /** Throws {@link Passed} when the deadline has passed. */
    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new Passed(millis);
        }
    }
}
