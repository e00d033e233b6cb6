package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/** The Linked Data publisher over real HTTP: content negotiation, pages, paging, descriptions, limits. */
class LinkedDataIT {
    static final String BASE = "http://kg.example.org/";
    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;
    static String root;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.copy(Path.of("src/test/resources/pages/inspection-page.txt"), pages.resolve("a.txt"));
        Files.writeString(pages.resolve("script.txt"), "区长王海波察看项目\n\n本报讯(记者 许可) 昨天，区长王海波察看"
                + "<script>alert(1)</script>智能装备产业园项目。\n", StandardCharsets.UTF_8);
        // a park with more projects than one page of incoming links holds
        StringBuilder many = new StringBuilder("滨湖高新区项目集中开工\n\n本报讯(记者 许可) 昨天，一批项目开工。\n\n");
        String chars = "甲乙丙丁戊己庚辛壬癸子丑";
        for (int i = 0; i < 120; i++) {
            many.append("位于滨湖高新区的").append(chars.charAt(i % 12)).append(chars.charAt(i / 12))
                    .append("精密轴承生产项目总投资1亿元。\n");
        }
        Files.writeString(pages.resolve("many.txt"), many.toString(), StandardCharsets.UTF_8);
        store = KgStore.open(dir.resolve("store"));
        store.ingest(List.of(pages), new Pipeline(BASE), new IngestListener() {});
        server = KgServer.builder(store).base(BASE).port(0).loopback(true)
                .queryTimeout(2000).resultLimit(50).build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : root + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String iri(String label) throws Exception {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?e WHERE { ?e rdfs:label \"" + label + "\"@zh } LIMIT 1";
        String csv = get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").body();
        return csv.lines().skip(1).findFirst().orElseThrow(() -> new AssertionError("no " + label)).strip();
    }

    static String path(String iri) {
        assertTrue(iri.startsWith(BASE), iri);
        return "/" + iri.substring(BASE.length());
    }

    @Test
    void entityIrisAnswer303ByAcceptWithVary() throws Exception {
        String p = path(iri("赵明远"));
        HttpResponse<String> html = get(p, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, html.statusCode());
        assertEquals(p.replace("/id/", "/page/"), html.headers().firstValue("Location").orElseThrow());
        assertEquals("Accept", html.headers().firstValue("Vary").orElseThrow());
        for (var f : List.of(new String[] {"text/turtle", ".ttl"}, new String[] {"application/ld+json", ".jsonld"},
                new String[] {"application/rdf+xml", ".rdf"}, new String[] {"application/n-triples", ".nt"})) {
            HttpResponse<String> r = get(p, f[0]);
            assertEquals(303, r.statusCode());
            assertEquals(p.replace("/id/", "/data/") + f[1], r.headers().firstValue("Location").orElseThrow());
        }
        assertEquals(406, get(p, "image/png").statusCode());
        assertEquals(303, get(p + "?format=jsonld", "text/html").statusCode());
        assertEquals(404, get("/id/person/nobody-00000000", "text/turtle").statusCode());
    }

    @Test
    void everyMediaTypeParsesAndDescribesTheEntity() throws Exception {
        String iri = iri("赵明远");
        String data = path(iri).replace("/id/", "/data/");
        for (var f : List.of(new Object[] {"text/turtle", Lang.TURTLE}, new Object[] {"application/ld+json", Lang.JSONLD},
                new Object[] {"application/rdf+xml", Lang.RDFXML}, new Object[] {"application/n-triples", Lang.NTRIPLES})) {
            HttpResponse<String> r = get(data, (String) f[0]);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith((String) f[0]));
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), (Lang) f[1]).base(BASE).parse(g);
            assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(iri), org.localkg.rdf.LKG.label, org.apache.jena.graph.Node.ANY));
            assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(iri), org.localkg.rdf.LKG.mentionedIn, org.apache.jena.graph.Node.ANY),
                    "provenance: the articles it is mentioned in");
        }
        assertEquals(406, get(data, "text/html;q=1, image/png").statusCode());
        assertEquals(200, get(data + ".ttl", "image/png").statusCode(), "an extension names the format");
    }

    @Test
    void aDivisionsPageListsWhatIsPlacedInItNotEveryArticleCoveringIt() throws Exception {
        org.apache.jena.graph.Node covers = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/localkg/ontology#coversDivision");
        String division = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                .find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, covers, org.apache.jena.graph.Node.ANY)
                .next().getObject().getURI());
        HttpResponse<String> page = get(path(division).replace("/id/", "/data/") + ".ttl", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("inDivision"), page.body());
        assertFalse(page.body().contains("coversDivision"), page.body());
    }

    @Test
    void manyIncomingLinksArePagedAndThePagingIsAnnounced() throws Exception {
        String data = path(iri("滨湖高新区")).replace("/id/", "/data/") + ".ttl";
        HttpResponse<String> first = get(data, null);
        assertTrue(first.body().contains("hydra:next"), first.body());
        assertTrue(first.body().contains("hydra:totalItems"));
        String next = first.headers().firstValue("Link").orElseThrow();
        assertTrue(next.contains("page=2") && next.contains("rel=\"next\""), next);
        HttpResponse<String> second = get(data + "?page=2", null);
        assertEquals(200, second.statusCode());
        assertTrue(second.body().contains("hydra:previous"));
        assertFalse(second.body().contains("hydra:next"));
    }

    @Test
    void theEntityPageQuotesTheSentenceOfEachFactAndLinksTheArticle() throws Exception {
        HttpResponse<String> page = get(path(iri("星海光电产业基地项目")).replace("/id/", "/page/"), "text/html");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<mark>总投资25亿元</mark>"), html);
        assertTrue(html.contains("/page/article/"));
        assertTrue(html.contains("name=\"viewport\""));
        assertFalse(html.contains("<script"), "the page works without JavaScript");
    }

    @Test
    void articleTextIsEscaped() throws Exception {
        String p = path(iri("王海波")).replace("/id/", "/page/");
        String entityPage = get(p, "text/html").body();
        assertFalse(entityPage.contains("<script>alert"), entityPage);
        int at = entityPage.indexOf("/page/article/");
        String article = entityPage.substring(at, entityPage.indexOf('"', at)).replaceAll("#.*", "");
        String html = get(article, "text/html").body();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("<mark>王海波</mark>"));
    }

    @Test
    void theHomePageCountsAndSearches() throws Exception {
        String home = get("/", "text/html").body();
        assertTrue(home.contains("Official") && home.contains("Project") && home.contains("/.well-known/void"), home);
        assertTrue(home.contains("2024-06-12"), "the date range");
        String found = get("/search?q=" + URLEncoder.encode("星海", StandardCharsets.UTF_8), "text/html").body();
        assertTrue(found.contains("星海光电产业基地项目"), found);
        String query = get("/query", "text/html").body();
        assertTrue(query.contains("/static/yasgui/yasgui.min.js") && query.contains("officials.rq"));
        assertEquals(200, get("/static/yasgui/yasgui.min.js", null).statusCode());
    }

    @Test
    void voidServiceDescriptionAndDump() throws Exception {
        HttpResponse<String> v = get("/.well-known/void", "text/turtle");
        assertTrue(v.body().contains("void:sparqlEndpoint") && v.body().contains("void:classPartition")
                && v.body().contains("void:dataDump") && v.body().contains("dct:license"), v.body());
        HttpResponse<String> sd = get("/kg/sparql", "text/turtle");
        assertEquals(200, sd.statusCode());
        assertTrue(sd.body().contains("sd:Service") && sd.body().contains("lkg:queryTimeLimit")
                && sd.body().contains("lkg:resultSizeLimit"), sd.body());
        HttpResponse<byte[]> dump = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/dump.nq.gz")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String nq = new String(new GZIPInputStream(new ByteArrayInputStream(dump.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(store.size(), nq.lines().count());
    }

    @Test
    void resultsAreCutToTheLimit() throws Exception {
        String q = "SELECT ?s WHERE { ?s ?p ?o }";
        String csv = get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").body();
        assertEquals(51, csv.lines().count(), "a header and 50 rows");
        HttpRequest post = HttpRequest.newBuilder(URI.create(root + "/kg/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(q)).build();
        assertEquals(51, HTTP.send(post, HttpResponse.BodyHandlers.ofString()).body().lines().count());
        String small = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3";
        assertEquals(4, get("/kg/sparql?query=" + URLEncoder.encode(small, StandardCharsets.UTF_8), "text/csv").body().lines().count());
    }

    @Test
    void expensiveQueriesAreStoppedAtTheLimitAndOthersAreStillAnswered() throws Exception {
        List<String> expensive = List.of(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
                "SELECT ?c (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?c",
                "SELECT * WHERE { ?a ?b ?c FILTER NOT EXISTS { ?d ?e ?f . ?g ?h ?i FILTER(STR(?f) = CONCAT(STR(?i), \"x\")) } }");
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String q : expensive) {
            var slow = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            long t0 = System.nanoTime();
            HttpResponse<String> quick = get("/kg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertEquals(200, quick.statusCode());
            assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "another client waited while an expensive query ran");
            HttpResponse<String> r = slow.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(503, r.statusCode(), q + " answered " + r.statusCode());
            assertTrue(r.body().contains("timed out"), r.body());
            // and it stopped: the server's threads use little CPU once it has answered
            Thread.sleep(500);
            long cpu0 = totalCpu(threads);
            Thread.sleep(1000);
            long busy = totalCpu(threads) - cpu0;
            assertTrue(busy < 500_000_000L, q + " still running after its time limit: " + busy / 1e6 + " ms CPU in 1 s");
        }
    }

    private static long totalCpu(java.lang.management.ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    @Test
    void theServerAnswersForItsBaseOnAnyHostAndPort() throws Exception {
        String p = path(iri("赵明远"));
        HttpResponse<String> viaLoopbackIp = get("http://127.0.0.1:" + server.port() + p.replace("/id/", "/data/") + ".ttl", null);
        assertEquals(200, viaLoopbackIp.statusCode());
        assertNotNull(viaLoopbackIp.body());
        assertTrue(viaLoopbackIp.body().contains(BASE + p.substring(1)) || viaLoopbackIp.body().contains("赵明远"));
    }
}
