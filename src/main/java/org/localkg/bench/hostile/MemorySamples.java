package org.localkg.bench.hostile;

import java.io.IOException;

/**
 * The server's memory read from {@code /proc} at intervals: the largest anonymous and file-backed
 * resident sets seen (the kernel keeps the peak of their sum, {@code VmHWM}, but not of each).
 */
public final class MemorySamples implements Runnable {
    private final long pid;
    private long maxAnon = -1, maxFile = -1;
    private ProcStatus last;

    public MemorySamples(long pid) {
        this.pid = pid;
    }

    /** Takes one sample; a process that has ended leaves the samples as they were. */
    @Override
    public synchronized void run() {
        try {
            last = ProcStatus.of(pid);
            maxAnon = Math.max(maxAnon, last.rssAnon());
            maxFile = Math.max(maxFile, last.rssFile());
        } catch (IOException | IllegalArgumentException e) {
            // the process is gone: its last sample stands
        }
    }

    public synchronized long maxAnon() {
        return maxAnon;
    }

    public synchronized long maxFile() {
        return maxFile;
    }

    /** The latest sample, or null before the first. */
    public synchronized ProcStatus last() {
        return last;
    }
}
