package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.server.guard.HttpLimits;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * The public endpoint as a hostile but fair client probes it, over real HTTP: each test is the
 * regression test of one way the endpoint could be turned against its host or its other clients.
 */
class PublicEndpointIT {
    static final String BASE = "http://kg.example.org/";
    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;
    static String root;
    /** A service on the host's loopback that a SERVICE clause must never reach. */
    static HttpServer secret;
    static final AtomicInteger secretHits = new AtomicInteger();
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.copy(Path.of("src/test/resources/pages/inspection-page.txt"), pages.resolve("a.txt"));
        store = KgStore.open(dir.resolve("store"));
        store.ingest(List.of(pages), new Pipeline(BASE), new IngestListener() {});
        server = KgServer.builder(store).base(BASE).port(0).loopback(true)
                .queryTimeout(5000).resultLimit(5)
                .httpLimits(new HttpLimits(64 * 1024, 15_000, 24, 12, java.time.Duration.ofSeconds(5)))
                .build().start();
        root = "http://localhost:" + server.port();
        secret = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        secret.createContext("/", x -> {
            secretHits.incrementAndGet();
            byte[] body = "TOP-SECRET".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        secret.start();
    }

    @AfterAll
    static void stop() {
        secret.stop(0);
        server.stop();
        store.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String path, String q) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(root + path + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv"));
    }

    @Test
    void serviceIsRefusedAndNothingIsFetched() throws Exception {
        String loopback = "http://127.0.0.1:" + secret.getAddress().getPort() + "/sparql";
        for (String q : List.of(
                "SELECT * WHERE { SERVICE <" + loopback + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + loopback + "> { ?s ?p ?o } }",
                "SELECT * WHERE { { SELECT * WHERE { SERVICE <" + loopback + "> { ?s ?p ?o } } } }",
                "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <" + loopback + "> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * WHERE { BIND(<" + loopback + "> AS ?u) SERVICE ?u { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }")) {
            HttpResponse<String> r = query("/kg/sparql", q);
            assertTrue(r.statusCode() == 400, q + " answered " + r.statusCode() + ": " + r.body());
            assertFalse(r.body().contains("TOP-SECRET"), r.body());
            assertTrue(r.body().contains("SERVICE"), "the refusal says why: " + r.body());
        }
        assertEquals(0, secretHits.get(), "the endpoint called a loopback service");
    }

    @Test
    void theResultLimitHoldsOnEveryRouteAndHeaderSpelling() throws Exception {
        String q = "SELECT ?s WHERE { ?s ?p ?o }";
        for (String path : List.of("/kg/sparql", "/kg/query", "/kg", "/kg/", "/kg/sparql/")) {
            HttpResponse<String> r = query(path, q);
            if (r.statusCode() == 200) {
                assertEquals(6, r.body().lines().count(), path + ": a header and 5 rows");
            } else {
                assertTrue(r.statusCode() == 404, path + " answered " + r.statusCode());
            }
        }
        for (String path : List.of("/kg/sparql", "/kg", "/kg/")) {
            for (String type : List.of("application/sparql-query", "Application/SPARQL-Query", "APPLICATION/SPARQL-QUERY; charset=UTF-8")) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", type)
                        .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(q)));
                assertTrue(r.statusCode() != 200 || r.body().lines().count() == 6, path + " " + type + ": " + r.body().lines().count() + " lines");
            }
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(root + path))
                    .header("Content-Type", "Application/X-WWW-Form-Urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))));
            assertTrue(form.statusCode() != 200 || form.body().lines().count() == 6, path + " form: " + form.body().lines().count());
        }
        HttpResponse<String> sub = query("/kg/sparql", "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 100 } }");
        assertEquals(6, sub.body().lines().count(), "an outer query without LIMIT is cut too");
    }

    @Test
    void deeplyNestedQueriesAreA400NotA500() throws Exception {
        String deep = "SELECT * WHERE " + "{".repeat(5000) + " ?s ?p ?o " + "}".repeat(5000);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(deep)));
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at org."), r.body());
        String parens = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(3000) + "1" + ")".repeat(3000) + ") }";
        assertEquals(400, query("/kg/sparql", parens).statusCode());
    }

    @Test
    void anOffsetBeyondTheLimitIsA400AndAModestOneRuns() throws Exception {
        // a deep OFFSET sorts every skipped row, and the sort overran the time limit
        HttpResponse<String> deep = query("/kg/sparql", "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o OFFSET 2000000 LIMIT 10");
        assertEquals(400, deep.statusCode(), deep.body());
        assertTrue(deep.body().contains("OFFSET 2000000"), deep.body());
        HttpResponse<String> nested = query("/kg/sparql", "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } OFFSET 2000000 } } LIMIT 1");
        assertEquals(400, nested.statusCode(), "a sub-query's OFFSET is bounded too: " + nested.body());
        assertEquals(200, query("/kg/sparql", "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o OFFSET 5 LIMIT 10").statusCode());
    }

    @Test
    void anOrderByKeepsOnlyTheRowsItCanAnswer() {
        // every public query has a LIMIT and an OFFSET within the limits (here 5 + 1 rows, and 100,000):
        // its sort keeps that many rows (a top-N), not every row until the time limit (kg bench hostile)
        var served = store.dataset().asDatasetGraph().getContext();
        for (String q : List.of("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 6",
                "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o OFFSET 100000 LIMIT 6")) {
            String plan = org.apache.jena.sparql.algebra.optimize.Optimize.optimize(
                    org.apache.jena.sparql.algebra.Algebra.compile(org.apache.jena.query.QueryFactory.create(q)), served).toString();
            assertTrue(plan.contains("(top "), q + " is planned as a full sort:\n" + plan);
        }
    }

    @Test
    void badParametersAreClean400s() throws Exception {
        String data = "/data/id/person/none";
        for (String p : List.of("2147483647", "-1", "0", "99999999999999999999", "abc")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + "/page/article/x?page=" + p)));
            assertEquals(400, r.statusCode(), p);
            assertFalse(r.body().contains("Exception"), r.body());
            assertEquals(400, send(HttpRequest.newBuilder(URI.create(root + data + "?page=" + p))).statusCode(), p);
        }
        for (String accept : List.of(";", ",", ";q=1", "text/turtle;q=abc", "*/*;q=NaN", "a")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + "/.well-known/void")).header("Accept", accept));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 406, accept + " answered " + r.statusCode());
        }
    }

    @Test
    void corsNeverAllowsCredentialsAndIsOnlyWhereItIsMeant() throws Exception {
        for (String path : List.of("/kg/sparql?query=ASK%7B%7D", "/.well-known/void", "/ontology")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + path)).header("Origin", "https://evil.example"));
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
        }
        for (String path : List.of("/", "/query", "/search?q=x")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + path)).header("Origin", "https://evil.example"));
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty() || path.startsWith("/search"), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
        }
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"));
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndTraceIsOff() throws Exception {
        for (String path : List.of("/", "/query", "/kg/sparql?query=ASK%7B%7D", "/no/such/thing", "/page/article/none")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + path)));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
        try (Socket s = new Socket("localhost", server.port())) {
            s.getOutputStream().write(("TRACE / HTTP/1.1\r\nHost: localhost\r\nX-Secret: cookie-value\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 405"), answer);
            assertFalse(answer.contains("cookie-value"), answer);
        }
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(200_000);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, r.statusCode());
    }

    @Test
    void slowBodiesDoNotStarveOtherClients() throws Exception {
        // more trickling POSTs than the server has threads: each sends its headers and a first byte of a body it never finishes
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                Socket s = new Socket("localhost", server.port());
                OutputStream out = s.getOutputStream();
                out.write(("POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 1000\r\n\r\nS").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            Thread.sleep(500);
            for (String path : List.of("/", "/kg/sparql?query=ASK%7B%7D", "/.well-known/void")) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(root + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), path);
                assertTrue(System.nanoTime() - t0 < 3_000_000_000L, path + " waited behind slow clients");
            }
            // and a trickled body that does finish is still answered
            Socket last = slow.get(0);
            byte[] rest = ("ELECT * WHERE { ?s ?p ?o }" + " ".repeat(1000 - 27)).getBytes(StandardCharsets.US_ASCII);
            last.getOutputStream().write(rest);
            last.getOutputStream().flush();
            InputStream in = last.getInputStream();
            byte[] head = in.readNBytes(12);
            assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.US_ASCII));
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }
}
