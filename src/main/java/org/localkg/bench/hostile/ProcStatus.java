package org.localkg.bench.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's memory as Linux counts it in {@code /proc/PID/status}, in bytes: resident set now
 * ({@code VmRSS}) and at its peak ({@code VmHWM}), and the resident set split into anonymous
 * memory ({@code RssAnon}: heap, metaspace, thread stacks, malloc) and file pages
 * ({@code RssFile}: the jars, and the store's files that TDB2 maps into memory). The split
 * matters: file pages are the page cache, which the kernel takes back under pressure.
 */
public record ProcStatus(long rss, long peakRss, long rssAnon, long rssFile) {
    /** Reads the status of a live process. */
    public static ProcStatus of(long pid) throws IOException {
        return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8));
    }

    /**
     * The fields of a status text ({@code "VmRSS:\t  123456 kB"} lines). A field the kernel does
     * not report (RssAnon and RssFile came in Linux 4.5) is -1; a text without VmRSS is refused.
     */
    public static ProcStatus parse(String status) {
        long rss = -1, peak = -1, anon = -1, file = -1;
        for (String line : status.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon);
            switch (key) {
                case "VmRSS" -> rss = bytes(line, colon);
                case "VmHWM" -> peak = bytes(line, colon);
                case "RssAnon" -> anon = bytes(line, colon);
                case "RssFile" -> file = bytes(line, colon);
                default -> { }
            }
        }
        if (rss < 0) {
            throw new IllegalArgumentException("no VmRSS line in the process status (has the process ended?)");
        }
        return new ProcStatus(rss, peak, anon, file);
    }

    /** {@code "  123456 kB"} after the colon, in bytes (the kernel's kB are KiB). */
    private static long bytes(String line, int colon) {
        String value = line.substring(colon + 1).trim();
        if (!value.endsWith("kB")) {
            throw new IllegalArgumentException("not a size in kB: " + line);
        }
        return Long.parseLong(value.substring(0, value.length() - 2).trim()) * 1024;
    }
}
