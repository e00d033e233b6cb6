package org.localkg.bench.virtuoso;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.localkg.store.Folders;

/**
 * A private Virtuoso for one comparison: its own configuration and database in a folder of its
 * own, on free loopback ports, never the system's service. {@link #close()} stops it and deletes
 * the folder, whatever happened before.
 */
public final class VirtuosoServer implements AutoCloseable {
    /** The graph the bulk loader would put triples in; N-Quads name their own graph, so it stays empty. */
    static final String LOADER_DEFAULT_GRAPH = "urn:x-localkg:bench:triples";

    private final VirtuosoInstall.Programs programs;
    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private final Process process;
    private final Thread onExit = new Thread(this::stopAndDelete, "virtuoso-stop");

    private VirtuosoServer(VirtuosoInstall.Programs programs, Path dir, int sqlPort, int httpPort, Process process) {
        this.programs = programs;
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.process = process;
    }

    /**
     * Starts Virtuoso in {@code dir} (created; deleted by {@link #close()}) and waits until both
     * its ports answer.
     */
    public static VirtuosoServer start(VirtuosoInstall.Programs programs, Path dir, long resultLimit, int timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("load"));
        int[] ports = freePorts(2);
        Path ini = dir.resolve("virtuoso.ini");
        Files.writeString(ini, VirtuosoIni.text(dir, ports[0], ports[1], dir.resolve("load"), resultLimit, timeoutSeconds));
        // -f: in the foreground, a child of this process that dies with it rather than a daemon left behind
        Process p = new ProcessBuilder(programs.server().toString(), "-f", "-c", ini.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile()).start();
        VirtuosoServer server = new VirtuosoServer(programs, dir, ports[0], ports[1], p);
        // a benchmark stopped by a signal runs no finally block: the server and its folder go with the JVM all the same
        Runtime.getRuntime().addShutdownHook(server.onExit);
        try {
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!(listening(ports[0]) && listening(ports[1]))) {
                if (!p.isAlive() || System.nanoTime() > giveUp) {
                    throw new IllegalStateException("Virtuoso did not start:\n" + tail(dir.resolve("console.log")));
                }
                Thread.sleep(200);
            }
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Bulk-loads the N-Quads files given (copied into the loader's folder first) and returns how
     * many quads the store gained; a file the loader failed on, or an isql error, is an exception.
     */
    public long load(List<Path> nquads) throws IOException, InterruptedException {
        Path loadDir = dir.resolve("load");
        for (Path f : nquads) {
            Files.copy(f, loadDir.resolve(f.getFileName()));
        }
        Path script = dir.resolve("load.sql");
        Files.writeString(script, IsqlScript.bulkLoad(loadDir, LOADER_DEFAULT_GRAPH));
        Process isql = new ProcessBuilder(IsqlScript.command(programs.isql().toString(), sqlPort, script))
                .redirectErrorStream(true).start();
        String output = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        isql.waitFor();
        List<String> values = IsqlScript.values(output);
        if (isql.exitValue() != 0 || !IsqlScript.errors(output).isEmpty() || values.size() != 2) {
            throw new IllegalStateException("Virtuoso's bulk load failed (isql exit " + isql.exitValue() + "):\n" + output);
        }
        return Long.parseLong(values.get(1)) - Long.parseLong(values.get(0));
    }

    /** The SPARQL endpoint. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + httpPort + "/sparql");
    }

    /** Whether its log names a failure of memory (Virtuoso's equivalent of an OutOfMemoryError). */
    public boolean ranOutOfMemory() throws IOException {
        for (Path log : List.of(dir.resolve("virtuoso.log"), dir.resolve("console.log"))) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).toLowerCase().contains("out of memory")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits, up to two minutes, until the server has stopped working: after a timeout Virtuoso goes
     * on with the query (for minutes, on projects.rq at 1,000 pages), and whatever is timed next
     * would pay for it. Gives how long it waited.
     */
    public java.time.Duration awaitIdle() throws InterruptedException {
        return org.localkg.bench.CpuIdle.await(process.toHandle(), java.time.Duration.ofSeconds(1),
                java.time.Duration.ofMillis(100), java.time.Duration.ofMinutes(2));
    }

    /** Stops the server (killed if it has not ended 20 seconds after being asked) and deletes its folder. */
    @Override
    public void close() throws InterruptedException, IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            return; // the JVM is shutting down: the hook does it
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        Folders.deleteTree(dir);
    }

    private void stopAndDelete() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Folders.deleteTree(dir);
        } catch (IOException | InterruptedException e) {
            System.err.println("kg bench: could not delete Virtuoso's folder " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Ports nobody listens on now, held open together so that they differ. Another program could
     * take one before Virtuoso binds it; Virtuoso then fails to start and says so.
     */
    private static int[] freePorts(int n) throws IOException {
        ServerSocket[] held = new ServerSocket[n];
        int[] ports = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                held[i] = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                ports[i] = held[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                if (s != null) {
                    s.close();
                }
            }
        }
        return ports;
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
