package org.localkg.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.bench.SyntheticCorpus;
import org.localkg.server.KgServer;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * A serving store takes pages without a restart: dropped into a watched folder, or posted to the
 * admin endpoint with its token; queries from eight clients go on meanwhile, and none fails.
 */
class LiveIngestIT {
    private static final String TOKEN = "a-test-token-of-some-length";
    private static final SyntheticCorpus PAGES = new SyntheticCorpus(11);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;
    static AdminServer admin;
    static FolderWatcher watcher;
    static Path watched;

    @BeforeAll
    static void start() throws Exception {
        watched = dir.resolve("incoming");
        PAGES.write(watched.resolve("2026-11-20"), 20); // there before the server: ingested when watching starts
        store = KgStore.open(dir.resolve("store"));
        LiveIngest live = new LiveIngest(store, new Pipeline("http://localhost:3030/"), new IngestListener() {});
        server = KgServer.builder(store).port(0).loopback(true).build().start();
        admin = new AdminServer("127.0.0.1", 0, new AdminIngestServlet(live, AdminToken.of(TOKEN))).start();
        watcher = new FolderWatcher(watched, live).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!hasName(SyntheticCorpus.brand(5000 + 19 * 8)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(hasName(SyntheticCorpus.brand(5000 + 19 * 8)), "the folder's pages were ingested when watching began");
    }

    @AfterAll
    static void stop() {
        watcher.close();
        admin.stop();
        server.stop();
        store.close();
    }

    private static String sparql(String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/kg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build();
        HttpResponse<String> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("query answered " + resp.statusCode() + ": " + resp.body());
        }
        return resp.body();
    }

    /** Whether an entity's label holds {@code part} (the brand of a generated company or project). */
    private static boolean hasName(String part) throws Exception {
        return sparql("ASK { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(STR(?l), \"" + part + "\")) }")
                .contains("true");
    }

    /** Waits up to ten seconds for an ASK query to hold. */
    private static boolean eventually(String ask) throws Exception {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 10_000_000_000L) {
            if (sparql(ask).contains("true")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void aSidecarThatArrivesAfterItsPageIsApplied() throws Exception {
        int page = 900;
        String brand = SyntheticCorpus.brand(5000 + page * 8);
        Path folder = Files.createDirectories(watched.resolve("2026-11-22"));
        Files.writeString(folder.resolve("C1.txt"), PAGES.page(page), StandardCharsets.UTF_8);
        assertTrue(eventually("ASK { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(STR(?l), \"" + brand + "\")) }"),
                "the page never became queryable");
        String paper = "ASK { ?a ?p ?o FILTER(isLiteral(?o) && STR(?o) = \"测试晨报\") }";
        assertTrue(!sparql(paper).contains("true"));
        Files.writeString(folder.resolve("C1.txt.meta"), "paper: 测试晨报\n", StandardCharsets.UTF_8);
        assertTrue(eventually(paper), "the sidecar that came after its page was never applied");
    }

    @Test
    void aPageDroppedIntoTheWatchedFolderBecomesQueryableWhileEightClientsQuery() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger(), failed = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    try {
                        sparql("SELECT ?e ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 200");
                        answered.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        try {
            Thread.sleep(500);
            int page = 700;
            String brand = SyntheticCorpus.brand(5000 + page * 8);
            assertTrue(!hasName(brand));
            Path dropped = watched.resolve("2026-11-21").resolve("A1.txt");
            long t0 = System.nanoTime();
            Files.createDirectories(dropped.getParent()); // a new day's folder, then its page
            Files.writeString(dropped, PAGES.page(page), StandardCharsets.UTF_8);
            // how soon is a speed figure, printed here and not asserted (a loaded CI machine is slower);
            // the wait only bounds a page that never arrives
            while (!hasName(brand) && System.nanoTime() - t0 < 60_000_000_000L) {
                Thread.sleep(50);
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(hasName(brand), "the dropped page never became queryable");
            System.out.println("watched folder: page queryable after " + millis + " ms with 8 clients querying");
        } finally {
            running.set(false);
            for (Thread t : clients) {
                t.join();
            }
        }
        assertEquals(0, failed.get(), "queries failed while the page was ingested");
        assertTrue(answered.get() > 8, "queries answered: " + answered.get());
    }

    private static HttpResponse<String> post(int port, String id, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/ingest?id=" + id))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPostedPageUpdatesTheGraphOfCurrentFactsAndItsReplacementReplacesThem() throws Exception {
        String current = "ASK { GRAPH <https://w3id.org/localkg/graph/current> "
                + "{ ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l FILTER(CONTAINS(STR(?l), \"%s\")) } }";
        String first = SyntheticCorpus.brand(5000 + 700 * 8), second = SyntheticCorpus.brand(5000 + 701 * 8);
        assertEquals(200, post(admin.port(), "2026-11-23/D1.txt", PAGES.page(700), "Bearer " + TOKEN).statusCode());
        assertTrue(sparql(String.format(current, first)).contains("true"), "the posted page's entities have current facts at once");
        // the same id with another page: its articles, and the entities only they named, are replaced
        assertEquals(200, post(admin.port(), "2026-11-23/D1.txt", PAGES.page(701), "Bearer " + TOKEN).statusCode());
        assertTrue(sparql(String.format(current, second)).contains("true"), "the new page's entities");
        assertTrue(sparql(String.format(current, first)).contains("false"), "the replaced page's entities are still current");
    }

    @Test
    void theAdminEndpointIngestsWithItsTokenOnlyAndIsNotOnThePublicPort() throws Exception {
        int page = 800;
        String brand = SyntheticCorpus.brand(5000 + page * 8);
        String text = PAGES.page(page);
        assertEquals(401, post(admin.port(), "2026-11-21/B1.txt", text, null).statusCode());
        assertEquals(401, post(admin.port(), "2026-11-21/B1.txt", text, "Bearer wrong-token-of-some-length").statusCode());
        assertEquals(404, post(server.port(), "2026-11-21/B1.txt", text, "Bearer " + TOKEN).statusCode(), "admin on the public port");
        assertTrue(!hasName(brand), "nothing was stored by the refused requests");
        assertEquals(400, post(admin.port(), "../etc/passwd", text, "Bearer " + TOKEN).statusCode());
        // a . segment would name the same page as another id (./a.txt beside a.txt): stored twice
        for (String dotted : List.of("./2026-11-21/B1.txt", "2026-11-21/./B1.txt", "2026-11-21/.", ".")) {
            assertEquals(400, post(admin.port(), dotted, text, "Bearer " + TOKEN).statusCode(), dotted);
        }

        HttpResponse<String> ok = post(admin.port(), "2026-11-21/B1.txt", text, "Bearer " + TOKEN);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"added\":1"), ok.body());
        assertTrue(hasName(brand), "the posted page is queryable as soon as the answer came");
        HttpResponse<String> again = post(admin.port(), "2026-11-21/B1.txt", text, "Bearer " + TOKEN);
        assertTrue(again.body().contains("\"unchanged\":1"), again.body());

        // as curl --data-binary sends it: labelled a form, which it is not
        HttpResponse<String> labelled = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port()
                        + "/admin/ingest?id=2026-11-21/B2.txt"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PAGES.page(801), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, labelled.statusCode(), labelled.body());
        assertTrue(hasName(SyntheticCorpus.brand(5000 + 801 * 8)), "the page sent as a form is stored as a page");
    }
}
