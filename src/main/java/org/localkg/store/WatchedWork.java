package org.localkg.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs work that starts threads of its own and ends it as soon as any of them dies. TDB2's
 * xloader builds the node table in a thread of its own ("AsyncBuild") while the calling thread
 * feeds the system's {@code sort}; when the disk fills, that thread dies of an
 * {@link InternalError} and the caller waits for it forever (seen on a full tmpfs). Here the
 * work runs in a daemon thread and the first failure of any thread that has no handler of its
 * own ends the wait, so that the caller can report the failure and remove what the work made.
 * A thread left waiting stays parked until the process exits, and so does the {@code sort} it
 * fed, which ends when the process's end closes its pipe. The child processes are not stopped
 * here: the waiting loader thread would then log the sort's exit status, a second report of the
 * one failure. The commands that load exit after reporting.
 */
final class WatchedWork {
    private WatchedWork() {}

    /**
     * Runs {@code work} and returns when it returns; throws what it threw, or what any other
     * thread died of first, unchecked.
     */
    static void run(String name, Runnable work) {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        // a default handler reaches the loader's own threads, which set none
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> outcome.completeExceptionally(failure));
        Thread worker = new Thread(() -> {
            try {
                work.run();
                outcome.complete(null);
            } catch (Throwable failure) {
                outcome.completeExceptionally(failure);
            }
        }, name);
        worker.setDaemon(true);
        try {
            worker.start();
            outcome.join();
        } catch (CompletionException e) {
            throw unchecked(e.getCause());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure.getMessage(), failure);
    }
}
