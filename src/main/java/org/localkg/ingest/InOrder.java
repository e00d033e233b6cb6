package org.localkg.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs work over items on several threads and hands each outcome on in the items' own order, on
 * the calling thread. What comes after the work (identity resolution, writing) therefore sees the
 * same sequence whatever the number of threads or their timing, which keeps a run's output
 * independent of both. At most a few outcomes per thread wait to be handed on, so memory stays
 * bounded however many items there are.
 */
public final class InOrder {
    /** Outcomes computed ahead of the one being handed on, per thread. */
    static final int AHEAD_PER_THREAD = 4;

    private InOrder() {}

    /** What the work gave for one item: a value, or the exception or error it threw. */
    public static final class Outcome<R> {
        private final R value;
        private final Throwable failure;

        private Outcome(R value, Throwable failure) {
            this.value = value;
            this.failure = failure;
        }

        /** The value, or the work's exception or error thrown again here. */
        public R get() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return value;
        }
    }

    /**
     * Applies {@code work} to every item on {@code threads} threads (1: on the calling thread alone)
     * and passes each item with its outcome to {@code then}, in the items' order.
     */
    public static <T, R> void run(List<T> items, int threads, Function<? super T, ? extends R> work,
            BiConsumer<? super T, Outcome<R>> then) {
        if (threads <= 1) {
            for (T item : items) {
                then.accept(item, attempt(work, item));
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<T> waitingItems = new ArrayDeque<>();
            Deque<Future<Outcome<R>>> waiting = new ArrayDeque<>();
            Iterator<T> next = items.iterator();
            while (next.hasNext() || !waiting.isEmpty()) {
                while (next.hasNext() && waiting.size() < threads * AHEAD_PER_THREAD) {
                    T item = next.next();
                    waitingItems.add(item);
                    waiting.add(pool.submit(() -> attempt(work, item)));
                }
                Outcome<R> outcome = waiting.poll().get();
                then.accept(waitingItems.poll(), outcome);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for extraction", e);
        } catch (ExecutionException e) {
            // attempt() catches everything the work throws; only the pool itself can fail here
            throw new IllegalStateException("extraction thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> Outcome<R> attempt(Function<? super T, ? extends R> work, T item) {
        try {
            return new Outcome<>(work.apply(item), null);
        } catch (RuntimeException | Error e) {
            // handed on with the item: one item's failure (even running out of memory on it) is its own
            return new Outcome<>(null, e);
        }
    }
}
