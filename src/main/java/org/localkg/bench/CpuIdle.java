package org.localkg.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * Waits until a process stops using the CPU. A store that answered a timeout may still be working
 * on the query (Virtuoso went on for minutes after its 30-second timeouts, at a load average of
 * 13), and whatever is timed next on the same machine would pay for it.
 */
public final class CpuIdle {
    private CpuIdle() {}

    /**
     * Returns once {@code process} used less than {@code quiet} of CPU time over one {@code window},
     * or has ended, or {@code most} has passed; gives how long it waited. Without CPU figures for
     * the process (a platform that gives none) it returns at once.
     */
    public static Duration await(ProcessHandle process, Duration window, Duration quiet, Duration most) throws InterruptedException {
        long start = System.nanoTime();
        Optional<Duration> before = cpu(process);
        while (before.isPresent() && process.isAlive() && System.nanoTime() - start < most.toNanos()) {
            Thread.sleep(window.toMillis());
            Optional<Duration> after = cpu(process);
            if (after.isEmpty() || after.get().minus(before.get()).compareTo(quiet) < 0) {
                break;
            }
            before = after;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Optional<Duration> cpu(ProcessHandle process) {
        return process.info().totalCpuDuration();
    }
}
