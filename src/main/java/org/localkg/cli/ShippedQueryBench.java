package org.localkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.localkg.bench.hostile.KgProcess;
import org.localkg.bench.hostile.ServerProcess;
import org.localkg.bench.queries.QueryBench;
import org.localkg.bench.queries.QueryTable;
import org.localkg.bench.queries.ShippedQueries;
import org.localkg.bench.queries.ShippedQueries.ShippedQuery;
import org.localkg.bench.virtuoso.VirtuosoInstall;
import org.localkg.bench.virtuoso.VirtuosoServer;

/**
 * Every shipped query timed over HTTP on {@code kg serve} (a JVM of its own, with the heap
 * {@code ./kg} gives it, as a user runs it), and, when asked, on a private Virtuoso loaded with the
 * same N-Quads and the graphs the store holds beside them (ontology, current facts, sources). The two are asked in turn, query
 * by query, so that what else the machine is doing weighs on both alike.
 */
final class ShippedQueryBench {
    /** {@code kg serve}'s defaults, which Virtuoso is given too. */
    static final int TIMEOUT_SECONDS = 30;
    static final long RESULT_LIMIT = 10_000;
    static final String VIRTUOSO = "Virtuoso";

    private final QueryBench bench;
    private final boolean virtuoso;

    ShippedQueryBench(List<Integer> clients, int requests, boolean virtuoso) {
        // the client waits longer than the servers' time limit, so that what it sees is their answer to it
        this.bench = new QueryBench(clients, requests, Duration.ofSeconds(TIMEOUT_SECONDS + 30));
        this.virtuoso = virtuoso;
    }

    /** The table's rows for {@code store}, whose quads {@code nquads} holds as {@code kg extract} wrote them. */
    Map<String, String> run(Path store, Path nquads, Path work) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        List<ShippedQuery> queries = ShippedQueries.all();
        VirtuosoServer other = null;
        // TDB2 keeps a store it has opened locked by this process until it is expelled, closed or
        // not: kg serve, in its own JVM, would find the store held by the benchmark that built it
        DatasetGraph stored = DatabaseMgr.connectDatasetGraph(Location.create(store));
        Path beside = work.resolve("beside.nq");
        if (virtuoso) {
            writeBeside(stored, beside);
        }
        TDBInternal.expel(stored);
        try (ServerProcess ours = ServerProcess.start(new KgProcess(null), store, TIMEOUT_SECONDS, work.resolve("serve.log"))) {
            // a benchmark stopped by a signal runs no finally block: the server must not outlive it
            Thread stopServer = new Thread(ours::kill, "kg-serve-stop");
            Runtime.getRuntime().addShutdownHook(stopServer);
            try {
                if (virtuoso) {
                    other = startVirtuoso(nquads, beside, work, rows);
                }
                URI endpoint = URI.create(ours.root() + "/kg/sparql");
                for (ShippedQuery q : queries) {
                    System.err.printf("kg bench: %s ...%n", q.name());
                    QueryBench.Result a = bench.run(endpoint, q);
                    QueryBench.Result b = other == null ? null : bench.run(other.endpoint(), q);
                    if (other != null) {
                        long waited = other.awaitIdle().toSeconds();
                        if (waited >= 2) {
                            System.err.printf("kg bench:   waited %d s for Virtuoso to stop working on what it timed out%n", waited);
                        }
                    }
                    Map<String, String> these = QueryTable.rows(a, b, VIRTUOSO);
                    // a long run shows its figures as it goes, not only in the table at the end
                    these.forEach((k, v) -> System.err.printf("kg bench:   %s: %s%n", k, v));
                    rows.putAll(these);
                }
                rows.put("OutOfMemoryError in kg serve's log (lines)", Long.toString(ours.outOfMemoryErrors()));
                if (other != null) {
                    rows.put(VIRTUOSO + " out of memory", other.ranOutOfMemory() ? "yes (see its log)" : "no");
                }
            } finally {
                if (other != null) {
                    other.close();
                }
                try {
                    Runtime.getRuntime().removeShutdownHook(stopServer);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook stops the server
                }
            }
        }
        return rows;
    }

    /** Virtuoso started and loaded, or null with the reason in the rows. */
    private static VirtuosoServer startVirtuoso(Path nquads, Path beside, Path work, Map<String, String> rows) throws Exception {
        Optional<VirtuosoInstall.Programs> programs = VirtuosoInstall.ensure(m -> System.err.println("kg bench: " + m));
        if (programs.isEmpty()) {
            rows.put(VIRTUOSO, "skipped: not installed and not installable here (see the messages above)");
            return null;
        }
        System.err.println("kg bench: loading Virtuoso ...");
        VirtuosoServer v = null;
        try {
            v = VirtuosoServer.start(programs.get(), work.resolve("virtuoso"), RESULT_LIMIT, TIMEOUT_SECONDS);
            long t0 = System.nanoTime();
            long quads = v.load(List.of(nquads, beside));
            rows.put(VIRTUOSO + " 7.2 bulk load (s)", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
            rows.put(VIRTUOSO + ": quads loaded (kg extract's, and the store's ontology, current-facts and sources graphs)", Long.toString(quads));
            return v;
        } catch (IllegalStateException | IOException e) {
            // Virtuoso that would not start or load: our own figures are still worth the run
            System.err.println("kg bench: " + e.getMessage());
            rows.put(VIRTUOSO, "skipped: " + e.getMessage().lines().findFirst().orElse("").replace("|", "/"));
            if (v != null) {
                v.close();
            }
            return null;
        }
    }

    /**
     * The graphs the store keeps beside the articles (the ontology's, the current facts', the
     * sources'): kg extract does not write them, and the shipped queries read statuses' names, the
     * class hierarchy and current facts from them. Read before kg serve takes the store.
     */
    private static void writeBeside(DatasetGraph dsg, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            w.start();
            org.apache.jena.system.Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
                if (q.getGraph().isURI() && !q.getGraph().getURI().contains("/id/article/")) {
                    w.quad(q);
                }
            }));
            w.finish();
        }
    }
}
