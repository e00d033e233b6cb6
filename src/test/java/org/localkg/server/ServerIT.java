package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/** End to end: ingest into a temporary TDB2, Fuseki on a free port, SPARQL over real HTTP. */
class ServerIT {
    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = KgStore.open(dir.resolve("store"));
        store.ingest(List.of(Path.of("src/test/resources/pages")), new Pipeline("http://localhost:3030/"), new IngestListener() {});
        server = KgServer.builder(store).port(0).loopback(true).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void officialsWithTheirPostsOverHttp() throws Exception {
        String q = "PREFIX lkg: <https://w3id.org/localkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?name ?post WHERE { ?o a lkg:Official ; rdfs:label ?name ; org:holds/lkg:postTitle ?post }";
        for (String endpoint : List.of("/kg/sparql", "/kg/query")) {
            HttpResponse<String> r = get(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("赵明远") && r.body().contains("市委书记"), r.body());
        }
    }

    @Test
    void theEndpointIsReadOnly() throws Exception {
        HttpRequest update = HttpRequest.newBuilder(URI.create(base + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")).build();
        int status = HTTP.send(update, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status >= 400, "update answered " + status);
        HttpRequest viaSparql = HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")).build();
        assertTrue(HTTP.send(viaSparql, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
    }

    @Test
    void corsIsOnForOtherOrigins() throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                        + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .header("Origin", "http://other.example").GET().build();
        HttpResponse<String> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        assertTrue(resp.headers().firstValue("Access-Control-Allow-Origin").isPresent(), resp.headers().toString());
    }

    @Test
    void anEntityIriDereferencesToTurtle() throws Exception {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?e WHERE { ?e rdfs:label \"赵明远\"@zh }";
        HttpResponse<String> r = get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        String iri = r.body().lines().skip(1).findFirst().orElseThrow().strip();
        String path = URI.create(iri).getPath();
        HttpResponse<String> d = get(path, "text/turtle");
        assertEquals(303, d.statusCode());
        assertEquals("Accept", d.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> doc = get(d.headers().firstValue("Location").orElseThrow(), "text/turtle");
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("赵明远"), doc.body());
    }

    @Test
    void theOntologyIsServedAsDocumentationAndTurtle() throws Exception {
        HttpResponse<String> html = get("/ontology", "text/html");
        assertEquals(200, html.statusCode());
        var ontology = org.localkg.ontology.OntologyDocs.bundled();
        var docs = new org.localkg.ontology.OntologyDocs(ontology);
        for (var c : docs.classes()) {
            for (String lang : List.of("zh", "en")) {
                String label = c.getProperty(org.apache.jena.vocabulary.RDFS.label, lang).getString();
                assertTrue(html.body().contains(label), c + " lacks its " + lang + " label " + label + " on the page");
            }
        }
        HttpResponse<String> ttl = get("/ontology", "text/turtle");
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.body().contains("owl:versionIRI"));
    }

    // the query page and the home page's example gallery as served; what the page does in a
    // browser is checked by src/test/clients/query_page.mjs
    @Test
    void theHomePageListsEachExampleByTitleAndDescription() throws Exception {
        String home = get("/", null).body();
        assertTrue(home.contains("<a href=\"/query#projects-by-park.rq\">Projects and investment per park</a>"), home);
        assertTrue(home.contains("how many projects the graph places in it"), "the description follows the title");
    }

    @Test
    void theQueryPageHasTheGalleryAndTheQueriesAsData() throws Exception {
        String page = get("/query", null).body();
        assertTrue(page.contains("<a href=\"#officials.rq\">Officials and their posts</a>"), page);
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"kg-queries\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(data.find(), "the queries travel as a JSON data block");
        assertTrue(data.group(1).matches("(?s)\\[\\{\"name\":\"projects.rq\",\"title\":\".*\",\"version\":\"[0-9a-f]{16}\",\"query\":.*"),
                data.group(1).substring(0, 200));
        assertFalse(data.group(1).contains("<"), "no markup can close the data block");
        // the content policy allows script files of this server only
        assertFalse(Pattern.compile("<script(?! type=\"application/json\")(?![^>]*\\bsrc=)").matcher(page).find(), "no inline script");
        for (String file : List.of("/static/query-page.js", "/static/query-views.js", "/static/query-page.css")) {
            assertTrue(page.contains("\"" + file + "\""), file);
            assertEquals(200, get(file, null).statusCode(), file);
        }
    }
}
