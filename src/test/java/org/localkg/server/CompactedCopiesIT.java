package org.localkg.server;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * Serving past one machine the simple way (docs/scaling.md): a compacted store is a folder that
 * can be copied to other servers, each of which then answers alone, exactly as the original does.
 */
class CompactedCopiesIT {
    @Test
    void aCopyOfACompactedStoreServesTheSameAnswers(@TempDir Path dir) throws Exception {
        Path original = dir.resolve("store");
        try (KgStore kg = KgStore.open(original)) {
            kg.ingest(List.of(Path.of("src/test/resources/pages")), new Pipeline("http://localhost:3030/"), new IngestListener() {});
        }
        KgStore.compact(original);
        Path copy = dir.resolve("replica");
        try (var walk = Files.walk(original)) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(original.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
        String query = "SELECT ?e ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?e ?l";
        String a = answer(original, query), b = answer(copy, query);
        assertTrue(a.split("\n").length > 20, "answers: " + a.split("\n").length);
        assertEquals(a, b);
    }

    private static String answer(Path store, String query) throws Exception {
        try (KgStore kg = KgStore.open(store)) {
            KgServer server = KgServer.builder(kg).port(0).loopback(true).build().start();
            try {
                HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/kg/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
                HttpResponse<String> resp = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, resp.statusCode());
                return resp.body();
            } finally {
                server.stop();
            }
        }
    }
}
