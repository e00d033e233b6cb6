package org.localkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What a folder takes on disk. TDB2 maps its files in large chunks that the file system may
 * allocate sparsely, so file lengths can overstate the cost; the allocated size is what
 * {@code du -sk} reports (POSIX), used where it runs. Elsewhere file lengths are summed.
 */
public final class DiskUsage {
    private DiskUsage() {}

    public static long of(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (du.waitFor() == 0 && out.matches("\\d+\\s.*")) {
                return Long.parseLong(out.split("\\s")[0]) * 1024;
            }
        } catch (IOException e) {
            // no du here: lengths below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lengths(dir);
    }

    /** The sum of the lengths of the files below {@code dir}. */
    public static long lengths(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }
}
