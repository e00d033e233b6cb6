package org.localkg.store;

import java.nio.file.Path;

/**
 * An ingest stopped because the disk holding the store is full. TDB2 undoes the transaction under
 * way and keeps those committed before it, so what the run stored is exact: the files of its
 * earlier transactions, nothing of the one that failed (nothing at all from a bulk load, which is
 * one transaction). The run stops here: every later write would fail the same way.
 */
public final class StoreFullException extends RuntimeException {
    private final Path store;
    private final int stored;
    private final int undone;
    private final int notReached;
    private final boolean bulk;

    StoreFullException(Path store, int stored, int undone, int notReached, boolean bulk, Throwable cause) {
        super(null, cause);
        this.store = store;
        this.stored = stored;
        this.undone = undone;
        this.notReached = notReached;
        this.bulk = bulk;
    }

    public Path store() {
        return store;
    }

    /** What of the run is in the store, in a reader's words (the line {@link DiskFull#line} ends with). */
    public String whatWasStored() {
        String rest = notReached == 0 ? "" : "; " + files(notReached) + (notReached == 1 ? " was" : " were") + " not reached";
        if (bulk) {
            return "nothing of this run was stored: a bulk load into an empty store is one transaction, undone whole" + rest;
        }
        if (stored == 0) {
            return "nothing of this run was stored: the " + files(undone) + " being written when it filled " + (undone == 1 ? "was" : "were")
                    + " undone" + rest;
        }
        String lost = undone == 0 ? "" : ", the " + undone + " being written when it filled " + (undone == 1 ? "is" : "are") + " not";
        return "the " + files(stored) + " written before it filled " + (stored == 1 ? "is" : "are") + " stored" + lost + rest;
    }

    private static String files(int n) {
        return n + (n == 1 ? " file" : " files");
    }

    @Override
    public String getMessage() {
        return "the disk holding " + store + " is full: " + whatWasStored();
    }
}
