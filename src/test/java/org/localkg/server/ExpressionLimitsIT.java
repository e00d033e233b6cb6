package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.server.guard.BoundedExpressions;
import org.localkg.server.guard.PlanningDeadline;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * Expressions that run without bound inside one row (issue 20): a backtracking regular expression
 * that ignored the query's time limit, and strings built until the heap ran out. Real HTTP
 * against a real store; each test failed before {@link BoundedExpressions}. And a query whose work
 * is all done while Jena builds its plan, which ran minutes past its limit before
 * {@link PlanningDeadline}.
 */
class ExpressionLimitsIT {
    static final String BASE = "http://kg.example.org/";
    static final String AS = "a".repeat(60);
    /** Sixty characters no pattern ending in a matches: each way of splitting them is tried. */
    static final String AS_B = "a".repeat(59) + "b";
    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;
    static String root;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.copy(Path.of("src/test/resources/pages/inspection-page.txt"), pages.resolve("a.txt"));
        store = KgStore.open(dir.resolve("store"));
        store.ingest(List.of(pages), new Pipeline(BASE), new IngestListener() {});
        server = KgServer.builder(store).base(BASE).port(0).loopback(true)
                .queryTimeout(2000).maxStringChars(100_000).build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> query(String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** CPU time all threads of this JVM used so far. */
    static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            sum += Math.max(0, t);
        }
        return sum;
    }

    @Test
    void aBacktrackingPatternStopsAtTheTimeLimitAndLeavesNoThreadBusy() throws Exception {
        for (String q : List.of(
                "SELECT * WHERE { BIND(\"" + AS_B + "\" AS ?x) FILTER(REGEX(?x, \"(.*a){20}$\")) }",
                "SELECT (REPLACE(\"" + AS_B + "\", \"(.*a){20}$\", \"b\") AS ?y) WHERE { }",
                "SELECT * WHERE { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), \"" + AS_B + "\"), \"(.*a){20}$\")) }")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(q);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), q + " answered " + r.statusCode() + ": " + r.body());
            assertTrue(seconds < 4, q + " answered after " + seconds + " s under a 2 s limit");
            Thread.sleep(1000);
            long before = cpuNanos();
            Thread.sleep(1000);
            double busy = (cpuNanos() - before) / 1e9;
            assertTrue(busy < 0.5, q + ": threads kept " + busy + " s of CPU busy in the second after the answer");
        }
    }

    @Test
    void aSortedAggregateOverACrossProductStopsAtTheTimeLimit() throws Exception {
        // billions of rows grouped, then sorted under the endpoint's LIMIT: all of it while Jena
        // builds the plan, where its own alarm waited for the plan's lock ({@link PlanningDeadline})
        String q = "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?u . ?c ?r ?v } GROUP BY ?a ORDER BY DESC(?n)";
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(q);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), "answered " + r.statusCode() + ": " + r.body());
        assertTrue(seconds < 5, "answered after " + seconds + " s under a 2 s limit");
        // and the server answers the next query at once
        t0 = System.nanoTime();
        assertEquals(200, query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").statusCode());
        assertTrue((System.nanoTime() - t0) / 1e9 < 2, "the next query waited");
    }

    @Test
    void stringsLongerThanTheLimitAreAClientErrorAndTheServerGoesOn() throws Exception {
        for (String q : List.of(
                "SELECT (STRLEN(GROUP_CONCAT(?t)) AS ?n) WHERE { ?a ?p ?t . ?b ?q ?u }",
                "SELECT (STRLEN(GROUP_CONCAT(DISTINCT CONCAT(STR(?a), STR(?b)); SEPARATOR=\"|\")) AS ?n) WHERE { ?a ?p ?t . ?b ?q ?u }",
                "SELECT (STRLEN(?t8) AS ?n) WHERE { BIND(\"" + AS + "\" AS ?t0) BIND(CONCAT(?t0,?t0,?t0,?t0,?t0,?t0,?t0,?t0) AS ?t1)"
                        + " BIND(CONCAT(?t1,?t1,?t1,?t1,?t1,?t1,?t1,?t1) AS ?t2) BIND(CONCAT(?t2,?t2,?t2,?t2,?t2,?t2,?t2,?t2) AS ?t8)"
                        + " BIND(CONCAT(?t8,?t8,?t8,?t8) AS ?t9) FILTER(BOUND(?t9)) }",
                "SELECT (STRLEN(REPLACE(\"" + AS.repeat(100) + "\", \"a\", \"" + "b".repeat(40) + "\")) AS ?n) WHERE { }")) {
            HttpResponse<String> r = query(q);
            assertEquals(400, r.statusCode(), q + " answered " + r.statusCode() + ": " + r.body());
            assertTrue(r.body().contains("100000"), r.body());
        }
        assertEquals(200, query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").statusCode());
    }

    @Test
    void theBoundedOperatorsAnswerAsTheStandardOnes() throws Exception {
        List<String> queries = List.of(
                "SELECT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && REGEX(?o, \"^[一-龥]{2,3}$\")) } ORDER BY ?o",
                "SELECT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && REGEX(?o, \"INSPECT|市\", \"i\")) } ORDER BY ?o",
                "SELECT (REPLACE(?o, \"(.)(.)\", \"$2$1\") AS ?r) (CONCAT(?o, \"·\", STR(?s)) AS ?c) WHERE { ?s ?p ?o FILTER(isLiteral(?o)) } ORDER BY ?r ?c",
                "SELECT (REPLACE(\"abcABC\", \"b\", \"x\", \"i\") AS ?r) (REPLACE(STRLANG(\"ab\", \"zh\"), \"a\", \"c\") AS ?l) WHERE { }",
                "SELECT ?p (GROUP_CONCAT(DISTINCT STR(?o); SEPARATOR=\" | \") AS ?all) (GROUP_CONCAT(?o) AS ?plain) (COUNT(*) AS ?n)"
                        + " WHERE { ?s ?p ?o } GROUP BY ?p HAVING (STRLEN(GROUP_CONCAT(?o)) > 3) ORDER BY ?p");
        for (String q : queries) {
            Query parsed = QueryFactory.create(q);
            String standard = Txn.calculateRead(store.dataset(), () -> rows(QueryExec.dataset(store.dataset().asDatasetGraph()).query(parsed).select()));
            String bounded = Txn.calculateRead(store.dataset(), () -> rows(QueryExec.dataset(store.dataset().asDatasetGraph())
                    .query(BoundedExpressions.rewrite(parsed)).select()));
            assertTrue(!standard.isBlank(), q);
            assertEquals(standard, bounded, q);
            assertTrue(BoundedExpressions.rewrite(parsed).toString().contains("urn:x-localkg:bounded:"), "rewritten: " + q);
        }
    }

    private static String rows(org.apache.jena.sparql.exec.RowSet rows) {
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(b -> out.add(b.toString()));
        return String.join("\n", out);
    }
}
