package org.localkg.bench.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kg serve} on a store, in a JVM of its own on the loopback interface: its process id
 * for {@code /proc} and the attach API, its port, and its log.
 */
public final class ServerProcess implements AutoCloseable {
    /** The line {@code kg serve} prints once it answers, with the port it took. */
    private static final Pattern SERVING = Pattern.compile("^serving .* on http://localhost:(\\d+)/", Pattern.MULTILINE);

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the server and waits until it says it is serving. Port 0 lets the server take a free
     * port itself, read back from its log: no other process can take it between a choice here and
     * the server's bind.
     */
    public static ServerProcess start(KgProcess kg, Path store, int timeoutSeconds, Path log)
            throws IOException, InterruptedException {
        Process p = kg.start(log, "serve", "--store", store.toString(), "--host", "127.0.0.1", "--port", "0",
                "--timeout", Integer.toString(timeoutSeconds));
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < giveUp) {
            Matcher m = SERVING.matcher(new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
            if (m.find()) {
                return new ServerProcess(p, log, Integer.parseInt(m.group(1)));
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("kg serve ended (exit " + p.exitValue() + ") before serving:\n" + KgProcess.tail(log));
            }
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new IllegalStateException("kg serve did not start serving within 3 minutes; see " + log);
    }

    public long pid() {
        return process.pid();
    }

    public String root() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Lines of the log that name an OutOfMemoryError (the JVM's own mark included). */
    public long outOfMemoryErrors() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> l.contains("OutOfMemoryError")).count();
        }
    }

    /** Kills the server at once: for a JVM that is shutting down and cannot wait. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Stops the server as Ctrl-C would, and kills it if it has not ended ten seconds later. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
