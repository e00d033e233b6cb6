package org.localkg.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a full disk from other failures of a write, and says so in one line. TDB2 writes through
 * memory-mapped files, so a full disk seldom arrives as an {@link IOException}: the JVM raises
 * {@link InternalError} "a fault occurred in a recent unsafe memory access operation" at the
 * first touch of a page the file system could not allocate (as a full tmpfs showed: a bare
 * {@code InternalError}, no cause). Files written by streams (a compaction's dump, the journal,
 * the label index) fail with "No space left on device", often wrapped in Jena's
 * {@code RuntimeIOException} or a DBOE exception, sometimes only as a suppressed exception.
 */
public final class DiskFull {
    /** What the JVM says when a mapped page cannot be backed; "in compiled Java code" or not. */
    private static final String MAPPED_FAULT = "unsafe memory access operation";
    /** ENOSPC and EDQUOT as the JDK words them (a file system exception prefixes the file's name). */
    private static final String[] NO_SPACE = {"No space left on device", "Disk quota exceeded"};

    private DiskFull() {}

    /** Whether {@code failure}, one of its causes or one of their suppressed exceptions says the disk is full. */
    public static boolean in(Throwable failure) {
        return in(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean in(Throwable t, Set<Throwable> seen) {
        // a set, not a depth limit: cause chains can loop back on themselves
        for (; t != null && seen.add(t); t = t.getCause()) {
            if (says(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (in(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean says(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        if (t instanceof InternalError) {
            return message.contains(MAPPED_FAULT);
        }
        if (t instanceof IOException || t instanceof java.io.UncheckedIOException || t.getClass().getName().startsWith("org.apache.jena.")) {
            // Jena's wrappers repeat their cause's message ("java.io.IOException: No space left on device")
            for (String words : NO_SPACE) {
                if (message.contains(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The one line to report a full disk: {@code WHO: the disk holding STORE is full (N MB free): OUTCOME}.
     *
     * @param who     the command or service, as its other messages begin ({@code kg ingest})
     * @param store   the store folder (which may have gone: a failed load removes the store it made)
     * @param outcome what was kept and what to do, in the reader's terms
     */
    public static String line(String who, Path store, String outcome) {
        return who + ": the disk holding " + store + " is full (" + free(store) + "): " + outcome;
    }

    /** The space left for this user on the disk that holds {@code folder}, as {@code 12.3 MB free}. */
    public static String free(Path folder) {
        long bytes = usableBytes(folder);
        return bytes < 0 ? "free space unknown" : String.format(Locale.ROOT, "%.1f MB free", bytes / 1e6);
    }

    /** Bytes usable on the disk holding {@code folder}; -1 when they cannot be read. */
    public static long usableBytes(Path folder) {
        try {
            return disk(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Whether two folders are on one disk (when that cannot be told, they are taken to be). */
    public static boolean oneDisk(Path a, Path b) {
        try {
            return disk(a).equals(disk(b));
        } catch (IOException e) {
            return true;
        }
    }

    /** The disk holding {@code folder}, or what it will hold: a folder that is gone or not yet made is measured at its nearest parent. */
    private static FileStore disk(Path folder) throws IOException {
        Path at = folder.toAbsolutePath();
        while (!Files.exists(at) && at.getParent() != null) {
            at = at.getParent();
        }
        return Files.getFileStore(at);
    }
}
