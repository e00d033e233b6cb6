package org.localkg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
import org.localkg.server.KgServer;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * A project reported at two stages on two dates: data extension gives its current stage, the
 * latest reported, not every stage ever reported (a column OpenRefine fills would hold both).
 * The pages are made up; a TDB2 store in a temp folder, the server on a free port, real HTTP.
 */
class ReconcileCurrentIT {
    static final String BASE = "http://kg.example.org/";

    @Test
    void extensionGivesAProjectsCurrentStageOnly(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.createDirectories(pages.resolve("2024-03-01"));
        Files.createDirectories(pages.resolve("2025-06-01"));
        Files.writeString(pages.resolve("2024-03-01/a.txt"), "华腾精密机械项目开工\n\n本报讯 昨天，位于滨江经济开发区的华腾精密机械项目开工建设。\n",
                StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("2025-06-01/b.txt"), "华腾精密机械项目竣工\n\n本报讯 昨天，位于滨江经济开发区的华腾精密机械项目正式竣工。\n",
                StandardCharsets.UTF_8);
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            store.ingest(List.of(pages), new Pipeline(BASE), new IngestListener() {});
            KgServer server = KgServer.builder(store).base(BASE).port(0).loopback(true).build().start();
            try {
                String root = "http://localhost:" + server.port();
                HttpClient http = HttpClient.newHttpClient();
                JsonObject answer = JsonParser.parseString(post(http, root, "queries",
                        "{\"q\": {\"query\": \"华腾精密机械项目\", \"type\": \"Project\"}}").body()).getAsJsonObject();
                String id = answer.getAsJsonObject("q").getAsJsonArray("result").get(0).getAsJsonObject().get("id").getAsString();
                HttpResponse<String> r = post(http, root, "extend", "{\"ids\": [\"" + id + "\"], \"properties\": [{\"id\": \"status\"}]}");
                assertEquals(200, r.statusCode(), r.body());
                ReconSchemas.assertValid("data-extension-response", r.body());
                JsonArray status = JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("rows").getAsJsonObject(id)
                        .getAsJsonArray("status");
                assertEquals(1, status.size(), r.body());
                assertTrue(status.get(0).getAsJsonObject().get("str").getAsString().contains("竣工"), r.body());
            } finally {
                server.stop();
            }
        }
    }

    private static HttpResponse<String> post(HttpClient http, String root, String param, String json) throws Exception {
        String body = param + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(root + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
