package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The shape of the xloader's hang on a full disk: the work starts a thread, that thread dies,
 * and the work waits for it forever.
 */
class WatchedWorkTest {
    @Test
    void aThreadOfTheWorkThatDiesEndsTheWait() {
        InternalError fault = DiskFullTest.mappedFault();
        CountDownLatch never = new CountDownLatch(1);
        InternalError thrown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InternalError.class,
                () -> WatchedWork.run("load", () -> {
                    new Thread(() -> {
                        throw fault;
                    }, "AsyncBuild").start();
                    try {
                        never.await(); // as the loader waits for its build thread
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })));
        assertSame(fault, thrown);
    }

    @Test
    void workThatEndsWellReturnsAndLeavesTheDefaultHandlerAsItWas() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        AtomicBoolean ran = new AtomicBoolean();
        WatchedWork.run("load", () -> ran.set(true));
        assertTrue(ran.get());
        assertSame(before, Thread.getDefaultUncaughtExceptionHandler());
    }

    @Test
    void whatTheWorkThrowsIsThrown() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> WatchedWork.run("load", () -> {
                    throw new IllegalStateException("holds data");
                }));
        assertEquals("holds data", thrown.getMessage());
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
