package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.localkg.Pipeline;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * The page tests' set-up: pages ingested into a TDB2 store in a temporary folder, served on a
 * free port, and asked over real HTTP for pages (as a browser asks) and for SPARQL rows (what
 * the pages should show).
 */
final class ServedPages implements AutoCloseable {
    static final String BASE = "http://kg.example.org/";
    static final String PREFIXES = "PREFIX lkg: <https://w3id.org/localkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
            + "PREFIX dct: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final KgStore store;
    private final KgServer server;
    private final String root;

    private ServedPages(KgStore store, KgServer server) {
        this.store = store;
        this.server = server;
        this.root = "http://localhost:" + server.port();
    }

    static ServedPages of(Path storeDir, List<Path> pages) throws Exception {
        KgStore store = KgStore.open(storeDir);
        store.ingest(pages, new Pipeline(BASE), new IngestListener() {});
        return new ServedPages(store, KgServer.builder(store).base(BASE).port(0).loopback(true).queryTimeout(5000).resultLimit(1000)
                .build().start());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST, as a page's script sends one. */
    HttpResponse<String> post(String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The rows of a SELECT, each its values in order, IRIs bare. */
    List<List<String>> select(String query) throws Exception {
        String csv = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query="
                        + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<List<String>> rows = new ArrayList<>();
        csv.lines().skip(1).forEach(l -> rows.add(List.of(l.strip().split(",", -1))));
        return rows;
    }

    /** The page of an IRI the store minted, which must answer. */
    String page(String iri) throws Exception {
        HttpResponse<String> r = get(path(iri));
        assertEquals(200, r.statusCode(), iri);
        return r.body();
    }

    /** The path of the page of an IRI the store minted. */
    static String path(String iri) {
        assertTrue(iri.startsWith(BASE + "id/"), iri);
        return "/page/" + iri.substring((BASE + "id/").length());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
