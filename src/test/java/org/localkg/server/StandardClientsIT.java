package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.cli.Main;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * What standard clients ask of the server, over real HTTP: SPARQLWrapper's parameters, the
 * Graph Store Protocol's read, the ontology in every format, links from pages to their data,
 * licence and dataset in data documents, the result-limit header, ping and metrics, and
 * {@code kg query --endpoint} while the server holds the store.
 */
class StandardClientsIT {
    static final String BASE = "http://kg.example.org/";
    static final String RDF_XML = "application/rdf+xml";
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
        store.ingest(List.of(pages), new Pipeline(store.base(BASE)), new IngestListener() {});
        server = KgServer.builder(store).base(BASE).port(0).loopback(true).resultLimit(5).build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Graph parse(HttpResponse<String> r) {
        Lang lang = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        return RDFParser.fromString(r.body(), lang).toGraph();
    }

    static String u(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static final String CONSTRUCT = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3";

    /** SPARQLWrapper sends its format under three names, short name and media type together. */
    @Test
    void sparqlWrapperFormatParametersAreUnderstood() throws Exception {
        String[][] cases = {
            {"rdf+xml", RDF_XML, RDF_XML}, {"n3", "text/n3", "text/turtle"}, {"turtle", "text/turtle", "text/turtle"},
            {"json-ld", "application/ld+json", "application/ld+json"}, {"xml", RDF_XML, RDF_XML}};
        for (String[] c : cases) {
            String params = "query=" + u(CONSTRUCT) + "&format=" + u(c[0]) + "&format=" + u(c[1]) + "&output=" + u(c[0])
                    + "&output=" + u(c[1]) + "&results=" + u(c[0]);
            HttpResponse<String> r = get("/kg/sparql?" + params, c[1]);
            assertEquals(200, r.statusCode(), c[0] + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[2]), c[0] + " gave " + r.headers());
            assertEquals(3, parse(r).size(), c[0]);
        }
        for (String f : List.of("json", "xml", "csv", "tsv")) {
            HttpResponse<String> r = get("/kg/sparql?query=" + u("SELECT ?s WHERE { ?s a ?c } LIMIT 2") + "&format=" + f + "&output=" + f
                    + "&results=" + f, null);
            assertEquals(200, r.statusCode(), f);
        }
    }

    @Test
    void graphStoreProtocolReadsNamedAndDefaultGraphs() throws Exception {
        String csv = get("/kg/sparql?query=" + u("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a <https://w3id.org/localkg/ontology#Article> } } LIMIT 1"),
                "text/csv").body();
        String article = csv.lines().skip(1).findFirst().orElseThrow().strip();
        for (String media : List.of("text/turtle", "application/ld+json", RDF_XML, "application/n-triples")) {
            HttpResponse<String> r = get("/kg?graph=" + u(article), media);
            assertEquals(200, r.statusCode(), media);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(media), media);
            Graph g = parse(r);
            assertTrue(g.contains(NodeFactory.createURI(article), Node.ANY, Node.ANY), media);
        }
        // the default graph is the union, as for queries; cut at the result limit, and said so
        HttpResponse<String> d = get("/kg?default", "application/n-triples");
        assertEquals(200, d.statusCode());
        assertEquals(5, parse(d).size());
        assertEquals("5", d.headers().firstValue("X-Result-Limit-Cut").orElse(null));
        assertEquals(404, get("/kg?graph=" + u("http://example.org/no-such-graph"), null).statusCode());
        assertEquals(400, get("/kg?default&graph=" + u(article), null).statusCode());
        assertEquals(406, get("/kg?default", "image/png").statusCode());
        assertTrue(get("/kg", "text/turtle").body().contains("sparql-service-description"), "no graph named: the service description");
    }

    @Test
    void theOntologyIsNegotiatedInEveryFormat() throws Exception {
        Node ontology = NodeFactory.createURI("https://w3id.org/localkg/ontology");
        for (String media : List.of(RDF_XML, "application/ld+json", "text/turtle", "application/n-triples")) {
            HttpResponse<String> r = get("/ontology", media);
            assertEquals(200, r.statusCode(), media);
            assertTrue(parse(r).contains(ontology, Node.ANY, Node.ANY), media);
        }
        // rdflib's Accept header: RDF/XML first
        HttpResponse<String> rdflib = get("/ontology", "application/rdf+xml, text/rdf+n3;q=0.9, application/xhtml+xml;q=0.5, */*;q=0.1");
        assertTrue(rdflib.headers().firstValue("Content-Type").orElse("").startsWith(RDF_XML));
        assertTrue(get("/ontology", "text/html").body().contains("<html"));
        assertEquals(406, get("/ontology", "image/png").statusCode());
    }

    @Test
    void pagesLinkTheirDataAndDataDocumentsSayLicenceAndDataset() throws Exception {
        String csv = get("/kg/sparql?query=" + u("SELECT ?e WHERE { ?e a <https://w3id.org/localkg/ontology#Official> } LIMIT 1"),
                "text/csv").body();
        String entity = csv.lines().skip(1).findFirst().orElseThrow().strip();
        String rest = entity.substring((BASE + "id/").length());
        String page = get("/page/" + rest, "text/html").body();
        for (String media : List.of("text/turtle", "application/ld+json", RDF_XML, "application/n-triples")) {
            assertTrue(page.contains("<link rel=\"alternate\" type=\"" + media + "\" href=\"/data/" + rest + "."), media);
        }
        Graph data = parse(get("/data/" + rest, "text/turtle"));
        Node doc = NodeFactory.createURI(BASE + "data/" + rest);
        assertTrue(data.contains(doc, NodeFactory.createURI("http://purl.org/dc/terms/license"), Node.ANY));
        assertTrue(data.contains(doc, NodeFactory.createURI("http://rdfs.org/ns/void#inDataset"),
                NodeFactory.createURI(BASE + ".well-known/void#dataset")));
    }

    @Test
    void theResultLimitCutIsSaidInAHeader() throws Exception {
        HttpResponse<String> cut = get("/kg/sparql?query=" + u("SELECT * WHERE { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals("5", cut.headers().firstValue("X-Result-Limit-Cut").orElse(null));
        var rows = org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(cut.body().getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        int n = 0;
        for (; rows.hasNext(); rows.next()) {
            n++;
        }
        assertEquals(5, n);
        HttpResponse<String> whole = get("/kg/sparql?query=" + u("SELECT * WHERE { ?s a <https://w3id.org/localkg/ontology#Inspection> }"),
                "application/sparql-results+json");
        assertFalse(whole.headers().firstValue("X-Result-Limit-Cut").isPresent(), "fewer rows than the limit: no cut");
        HttpResponse<String> construct = get("/kg/sparql?query=" + u("CONSTRUCT WHERE { ?s ?p ?o }"), "application/n-triples");
        assertEquals("5", construct.headers().firstValue("X-Result-Limit-Cut").orElse(null));
        assertEquals(5, parse(construct).size());
        assertTrue(cut.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("X-Result-Limit-Cut"));
    }

    @Test
    void pingAndMetrics() throws Exception {
        assertEquals(200, get("/$/ping", null).statusCode());
        HttpResponse<String> m = get("/$/metrics", null);
        assertEquals(200, m.statusCode());
        assertTrue(m.body().contains("fuseki"), "Prometheus metrics");
    }

    @Test
    void queryCommandUsesARunningServer() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            rc = Main.run("query", "--endpoint", root + "/kg/sparql", "--format", "tsv",
                    "SELECT ?p WHERE { ?p a <https://w3id.org/localkg/ontology#Official> } ORDER BY ?p LIMIT 2");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, rc);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("?p", lines.get(0));
        assertTrue(lines.get(1).startsWith("<" + BASE + "id/person/"), lines.toString());
    }

    @Test
    void theStoreKeepsItsBase() {
        assertEquals(BASE, store.base(null), "the store recorded the base it was ingested under");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.base("http://other.example.org/"));
        assertTrue(e.getMessage().contains(BASE), e.getMessage());
    }
}
