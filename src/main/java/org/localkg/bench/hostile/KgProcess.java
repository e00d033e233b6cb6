package org.localkg.bench.hostile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code kg} commands run in JVMs of their own, on this process's Java and class path, each with
 * its output (standard output and error together) in a log file: the server under test must be
 * another process, so that its memory can be read from {@code /proc} and its log scanned, and so
 * that the benchmark's own clients take nothing from its heap.
 */
public final class KgProcess {
    /** Printed in the log by the JVM itself at the first OutOfMemoryError, even one the code swallows. */
    static final String OOM_MARK = "kg-bench: the JVM threw java.lang.OutOfMemoryError";

    private final List<String> jvmOptions;

    /**
     * @param heap the {@code -Xmx} value (e.g. {@code 2g}), or null for the heap this process was
     *             given: {@code ./kg} gives every command {@code -Xmx2g} (or {@code $KG_JAVA_OPTS}),
     *             so {@code ./kg bench hostile} measures the server as {@code ./kg serve} runs it
     */
    public KgProcess(String heap) {
        List<String> options = new ArrayList<>();
        if (heap != null) {
            options.add("-Xmx" + heap);
        } else {
            for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize=") || a.startsWith("-XX:MaxRAMPercentage=")) {
                    options.add(a);
                }
            }
        }
        options.add("-Dfile.encoding=UTF-8");
        // the JVM runs this at its first OutOfMemoryError, wherever it is thrown and whether or not
        // anything logs it: an error caught and dropped by a library would otherwise go unseen
        options.add("-XX:OnOutOfMemoryError=echo " + OOM_MARK);
        this.jvmOptions = List.copyOf(options);
    }

    /** The JVM options the commands run with (the heap, if one was set, and the OutOfMemoryError mark). */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Starts {@code kg ARGS...}, its output to {@code log}. */
    public Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.localkg.cli.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Runs {@code kg ARGS...} to its end. Exit status 1 (some input failed, the rest was done) is
     * returned; 2 or more, or no end in time, is an exception with the end of its log.
     */
    public int run(Path log, long timeoutMinutes, String... args) throws IOException, InterruptedException {
        Process p = start(log, args);
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("kg " + args[0] + " did not finish in " + timeoutMinutes + " minutes; see " + log);
        }
        if (p.exitValue() > 1) {
            throw new IllegalStateException("kg " + args[0] + " failed (exit " + p.exitValue() + "):\n" + tail(log));
        }
        return p.exitValue();
    }

    /** The last lines of a log, to say why a command failed. */
    static String tail(Path log) throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
