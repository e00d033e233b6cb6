package org.localkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.atlas.RuntimeIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.store.FillingDisk;
import picocli.CommandLine;

/**
 * {@code kg ingest}, {@code kg load} and {@code kg compact} on a full disk: one line that names the
 * store, its free space and what was kept, exit status 3, no stack trace. The failures are the
 * chains a full tmpfs gave (see {@code DiskFullTest}), brought in through each command's seam.
 */
class DiskFullCommandsIT {
    /** What a TDB2 write into a mapped file that cannot grow throws: bare, without a cause. */
    private static InternalError mappedFault() {
        return new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
    }

    /** Runs a command and returns its exit status and what it wrote to standard error. */
    private static Object[] run(Object command, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int status = new CommandLine(command).execute(args);
            return new Object[] {status, captured.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    /** The one line about the disk, checked for its form; no trace and no exception's name anywhere. */
    private static String diskLine(String stderr, String who, Path store) {
        List<String> lines = stderr.lines().filter(l -> l.contains("disk")).toList();
        assertEquals(1, lines.size(), stderr);
        assertTrue(lines.get(0).matches(Pattern.quote(who + ": the disk holding " + store + " is full (") + "\\d+\\.\\d MB free\\): .+"), lines.get(0));
        assertTrue(stderr.lines().noneMatch(l -> l.startsWith("\tat ") || l.matches(".*(Error|Exception)\\b.*")), stderr);
        return lines.get(0);
    }

    @Test
    void ingestSaysWhatOfTheRunIsStored(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.copy(Path.of("src/test/resources/pages/inspection-page.txt"), pages.resolve(name));
        }
        IngestCommand ingest = new IngestCommand();
        ingest.stores = new FillingDisk(50)::open;
        Path store = dir.resolve("store");
        Object[] r = run(ingest, "--store", store.toString(), "--loader", "transactions", pages.toString());
        assertEquals(Main.DISK_FULL, r[0], (String) r[1]);
        String line = diskLine((String) r[1], "kg ingest", store);
        assertTrue(line.endsWith(": nothing of this run was stored: the 3 files being written when it filled were undone;"
                + " free space and run the same command again (files already stored are skipped as unchanged)"), line);
    }

    @Test
    void compactSaysTheStoreIsAsItWas(@TempDir Path dir) throws IOException {
        CompactCommand compact = new CompactCommand();
        // the compaction's dump meeting a full disk, as Jena's writer reported it
        compact.compaction = store -> {
            throw new RuntimeIOException(new IOException("No space left on device"));
        };
        Path store = Files.createDirectories(dir.resolve("store"));
        Object[] r = run(compact, "--store", store.toString());
        assertEquals(Main.DISK_FULL, r[0], (String) r[1]);
        String line = diskLine((String) r[1], "kg compact", store);
        assertTrue(line.contains("the store is as it was"), line);
    }

    @Test
    void loadSaysNothingWasLoaded(@TempDir Path dir) throws IOException {
        LoadCommand load = new LoadCommand();
        load.load = (store, files, tmp, threads) -> {
            throw mappedFault(); // as the xloader's index build met it
        };
        Path quads = Files.writeString(dir.resolve("a.nq"), "<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n");
        Path store = dir.resolve("store");
        Object[] r = run(load, "--store", store.toString(), quads.toString());
        assertEquals(Main.DISK_FULL, r[0], (String) r[1]);
        String line = diskLine((String) r[1], "kg load", store.toAbsolutePath());
        assertTrue(line.contains("nothing was loaded"), line);
    }

    /** A command with no disk-full handling of its own (as {@code kg link} and {@code kg demo}), failing on a full disk. */
    @CommandLine.Command(name = "writes")
    static final class Writes implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Mixin
        StoreOption store = new StoreOption();

        final RuntimeException exception;

        Writes(RuntimeException exception) {
            this.exception = exception;
        }

        @Override
        public Integer call() {
            if (exception != null) {
                throw exception;
            }
            throw mappedFault();
        }
    }

    @Test
    void anyOtherCommandSaysAFullDiskInOneLineToo(@TempDir Path dir) {
        Path store = dir.resolve("store");
        for (RuntimeException failure : new RuntimeException[] {null,
                new RuntimeIOException(new IOException("No space left on device"))}) {
            CommandLine kg = Main.commandLine();
            kg.addSubcommand(new Writes(failure));
            Object[] r = run(() -> Main.execute(kg, "writes", "--store", store.toString()));
            String stderr = (String) r[1];
            assertEquals(Main.DISK_FULL, r[0], stderr);
            diskLine(stderr, "kg writes", store);
        }
    }

    /** Runs {@code status} and returns it with what was written to standard error. */
    private static Object[] run(java.util.function.IntSupplier status) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Object[] {status.getAsInt(), captured.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }
}
