package org.localkg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.server.KgServer;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * {@code /reconcile} over real HTTP as OpenRefine calls it (form-encoded POSTs), every answer
 * validated against the W3C Reconciliation API 0.2 JSON Schemas, the specification's example
 * requests replayed. The pages are made up.
 */
class ReconcileIT {
    static final String BASE = "http://kg.example.org/";
    static final String PAGE = "滨江区推进重点项目建设\n\n本报讯(记者 李文) 昨天，区委书记赵立新到滨江经济开发区调研。区长孙志强陪同。\n"
            + "位于滨江经济开发区的华腾精密机械项目总投资12亿元，预计2026年竣工投产。江苏华腾精密机械有限公司负责人介绍了项目进展。\n";
    @TempDir
    static Path dir;
    static Path pages;
    static KgStore store;
    static KgServer server;
    static String root;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
        store = KgStore.open(dir.resolve("store"));
        store.ingest(List.of(pages), new Pipeline(BASE), new IngestListener() {});
        server = KgServer.builder(store).base(BASE).port(0).loopback(true).build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST, as OpenRefine sends its batches. */
    static HttpResponse<String> post(String param, String json) throws Exception {
        String body = param + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject reconcile(String batch) throws Exception {
        HttpResponse<String> r = post("queries", batch);
        assertEquals(200, r.statusCode(), r.body());
        ReconSchemas.assertValid("reconciliation-result-batch", r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    static JsonArray result(JsonObject answer, String q) {
        return answer.getAsJsonObject(q).getAsJsonArray("result");
    }

    static String u(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aRequestStopsAtItsTimeLimit() throws Exception {
        // /reconcile had no time limit: one batch of long queries held a thread for seconds
        var dsg = store.dataset().asDatasetGraph();
        Reconciler reconciler = new Reconciler(dsg, store.labels(), new org.localkg.server.ld.Paths(BASE), new ReconTypes());
        JsonObject query = JsonParser.parseString("{\"query\": \"常州\"}").getAsJsonObject();
        JsonObject answered = org.apache.jena.system.Txn.calculateRead(dsg, () -> reconciler.answer(query, Deadline.after(60_000)));
        assertTrue(answered.has("result"), answered.toString());
        Deadline passed = Deadline.after(1);
        Thread.sleep(5);
        Deadline.Passed stopped = org.junit.jupiter.api.Assertions.assertThrows(Deadline.Passed.class,
                () -> org.apache.jena.system.Txn.calculateRead(dsg, () -> reconciler.answer(query, passed)));
        assertTrue(stopped.getMessage().contains("time limit"), stopped.getMessage());
        // counted from the request's arrival: a request that waited past its limit for a thread has no time left
        Deadline waited = Deadline.from(System.nanoTime() - 2_000_000_000L, 1_000);
        org.junit.jupiter.api.Assertions.assertThrows(Deadline.Passed.class,
                () -> org.apache.jena.system.Txn.calculateRead(dsg, () -> reconciler.answer(query, waited)));
        Extension extension = new Extension(dsg, new org.localkg.server.ld.Paths(BASE), reconciler);
        JsonObject extend = JsonParser.parseString("{\"ids\": [\"x\"], \"properties\": [{\"id\": \"park\"}]}").getAsJsonObject();
        org.junit.jupiter.api.Assertions.assertThrows(Deadline.Passed.class,
                () -> org.apache.jena.system.Txn.calculateRead(dsg, () -> extension.extend(extend, passed)));
    }

    @Test
    void manifestIsValidAndPointsBackHere() throws Exception {
        HttpResponse<String> r = get("/reconcile");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        ReconSchemas.assertValid("manifest", r.body());
        JsonObject m = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals(BASE + "id/", m.get("identifierSpace").getAsString());
        assertEquals(BASE + "page/{{id}}", m.getAsJsonObject("view").get("url").getAsString());
        List<String> types = m.getAsJsonArray("defaultTypes").asList().stream()
                .map(t -> t.getAsJsonObject().get("id").getAsString()).toList();
        assertTrue(types.containsAll(List.of("Official", "Person", "Enterprise", "Organization", "Park", "Project")), types.toString());
        // JSONP, for clients that fetch the manifest from a browser
        HttpResponse<String> p = get("/reconcile?callback=jsonp123");
        assertTrue(p.body().startsWith("/**/jsonp123({"), p.body());
        assertEquals(400, get("/reconcile?callback=" + u("alert(1)")).statusCode());
    }

    @Test
    void replaysTheSpecificationsValidRequests() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/reconciliation-0.2/examples/reconciliation-query-batch/valid"))) {
            for (Path f : files.sorted().toList()) {
                String batch = Files.readString(f);
                ReconSchemas.assertValid("reconciliation-query-batch", batch);
                JsonObject answer = reconcile(batch);
                assertEquals(JsonParser.parseString(batch).getAsJsonObject().keySet(), answer.keySet(), f.toString());
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/reconciliation-0.2/examples/data-extension-query/valid"))) {
            for (Path f : files.sorted().toList()) {
                HttpResponse<String> r = post("extend", Files.readString(f));
                assertEquals(200, r.statusCode(), f + ": " + r.body());
                ReconSchemas.assertValid("data-extension-response", r.body());
            }
        }
    }

    @Test
    void refusesTheSpecificationsInvalidRequests() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/reconciliation-0.2/examples/reconciliation-query-batch/invalid"))) {
            for (Path f : files.sorted().toList()) {
                String batch = Files.readString(f);
                assertFalse(ReconSchemas.isValid("reconciliation-query-batch", batch), f + " is meant to be invalid");
                HttpResponse<String> r = post("queries", batch);
                assertEquals(400, r.statusCode(), f + ": " + r.body());
            }
        }
        assertEquals(400, post("queries", "[1,2]").statusCode());
        assertEquals(400, post("queries", "{not json").statusCode());
        // members of the wrong JSON type are the client's error, not a 500 with a ClassCastException (issue 20)
        for (String batch : List.of("{\"q0\":{\"query\":\"甲\",\"properties\":\"x\"}}",
                "{\"q0\":{\"query\":\"甲\",\"properties\":{\"pid\":\"a\"}}}",
                // a query longer than any name: refused before the matching, which grows with the text
                "{\"q0\":{\"query\":\"" + "某".repeat(50_000) + "\"}}")) {
            HttpResponse<String> r = post("queries", batch);
            String shown = batch.length() > 80 ? batch.substring(0, 80) + "…" : batch;
            assertEquals(400, r.statusCode(), shown + ": " + r.body());
            assertFalse(r.body().contains("ClassCastException"), r.body());
        }
    }

    /** The researcher's round trip: a CSV column of names, reconciled, then extended with our data. */
    @Test
    void reconcilesAColumnOfNamesAndExtendsThem() throws Exception {
        String csv = "name,type\n赵立新,Official\n滨江经济开发区,Park\n华腾精密机械,Project\n从未出现的名字,\n"
                + "浙江省杭州市華騰精密機械有限公司,Enterprise\n";
        JsonObject batch = new JsonObject();
        List<String> rows = csv.lines().skip(1).toList();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",", -1);
            JsonObject q = new JsonObject();
            q.addProperty("query", cells[0]);
            if (!cells[1].isEmpty()) {
                q.addProperty("type", cells[1]);
            }
            q.addProperty("type_strict", "should");
            batch.add("q" + i, q);
        }
        JsonObject answer = reconcile(batch.toString());
        JsonObject official = result(answer, "q0").get(0).getAsJsonObject();
        assertEquals("赵立新", official.get("name").getAsString());
        assertTrue(official.get("match").getAsBoolean());
        assertEquals(100.0, official.get("score").getAsDouble());
        assertTrue(official.get("id").getAsString().startsWith("person/"), official.toString());
        JsonObject park = result(answer, "q1").get(0).getAsJsonObject();
        assertEquals("滨江经济开发区", park.get("name").getAsString());
        assertTrue(park.get("match").getAsBoolean());
        // a part of a name: a candidate, scored by the share it covers, never a certain match
        JsonObject project = result(answer, "q2").get(0).getAsJsonObject();
        assertEquals("华腾精密机械项目", project.get("name").getAsString());
        assertFalse(project.get("match").getAsBoolean());
        assertTrue(project.get("score").getAsDouble() < 100);
        assertEquals(0, result(answer, "q3").size());
        // a longer, traditional-character spelling with regions before it: found, but not certain
        JsonObject company = result(answer, "q4").get(0).getAsJsonObject();
        assertEquals("江苏华腾精密机械有限公司", company.get("name").getAsString());
        assertFalse(company.get("match").getAsBoolean());
        assertTrue(company.get("score").getAsDouble() >= 50, company.toString());

        JsonObject extend = new JsonObject();
        JsonArray ids = new JsonArray();
        ids.add(official.get("id").getAsString());
        ids.add(project.get("id").getAsString());
        extend.add("ids", ids);
        extend.add("properties", JsonParser.parseString("[{\"id\":\"post\"},{\"id\":\"investment\"},{\"id\":\"park\"}]"));
        HttpResponse<String> r = post("extend", extend.toString());
        assertEquals(200, r.statusCode(), r.body());
        ReconSchemas.assertValid("data-extension-response", r.body());
        JsonObject data = JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("rows");
        assertEquals("区委书记", data.getAsJsonObject(official.get("id").getAsString()).getAsJsonArray("post").get(0)
                .getAsJsonObject().get("str").getAsString());
        JsonObject projectRow = data.getAsJsonObject(project.get("id").getAsString());
        assertEquals(1.2e9, projectRow.getAsJsonArray("investment").get(0).getAsJsonObject().get("float").getAsDouble());
        assertEquals("滨江经济开发区", projectRow.getAsJsonArray("park").get(0).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void propertyConstraintsAndTypesWeighCandidates() throws Exception {
        JsonObject answer = reconcile("""
                {"right": {"query": "赵立新", "type": "Official", "properties": [{"pid": "post", "v": "书记"}]},
                 "wrong": {"query": "赵立新", "type": "Official", "properties": [{"pid": "post", "v": "区长"}]},
                 "person": {"query": "赵立新", "type": "Person"},
                 "otherType": {"query": "滨江经济开发区", "type": "Official"},
                 "shouldType": {"query": "滨江经济开发区", "type": "Official", "type_strict": "should"},
                 "byCode": {"properties": [{"pid": "divisionCode", "v": "330108"}]}}""");
        assertTrue(result(answer, "right").get(0).getAsJsonObject().get("match").getAsBoolean());
        JsonObject wrong = result(answer, "wrong").get(0).getAsJsonObject();
        assertFalse(wrong.get("match").getAsBoolean());
        assertTrue(wrong.get("score").getAsDouble() < 50, wrong.toString());
        assertEquals(1, result(answer, "person").size(), "an official is a person, as the ontology says");
        assertEquals(0, result(answer, "otherType").size());
        JsonObject demoted = result(answer, "shouldType").get(0).getAsJsonObject();
        assertEquals(50.0, demoted.get("score").getAsDouble());
        JsonArray byCode = result(answer, "byCode");
        assertTrue(byCode.asList().stream().anyMatch(c -> c.getAsJsonObject().get("id").getAsString().equals("division/330108")),
                byCode.toString());
    }

    @Test
    void suggestPreviewAndProposals() throws Exception {
        HttpResponse<String> entities = get("/reconcile/suggest/entity?prefix=" + u("精密机械"));
        ReconSchemas.assertValid("suggest-entities-response", entities.body());
        List<String> names = JsonParser.parseString(entities.body()).getAsJsonObject().getAsJsonArray("result").asList().stream()
                .map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
        assertTrue(names.containsAll(List.of("华腾精密机械项目", "江苏华腾精密机械有限公司")), names.toString());
        HttpResponse<String> types = get("/reconcile/suggest/type?prefix=par");
        ReconSchemas.assertValid("suggest-types-response", types.body());
        assertTrue(types.body().contains("\"Park\""));
        HttpResponse<String> props = get("/reconcile/suggest/property?prefix=inv");
        ReconSchemas.assertValid("suggest-properties-response", props.body());
        assertTrue(props.body().contains("\"investment\""));
        HttpResponse<String> proposal = get("/reconcile/propose_properties?type=Project&limit=3");
        ReconSchemas.assertValid("data-extension-property-proposal", proposal.body());
        assertEquals(3, JsonParser.parseString(proposal.body()).getAsJsonObject().getAsJsonArray("properties").size());
        assertEquals(400, get("/reconcile/propose_properties?type=Nothing").statusCode());
        String id = JsonParser.parseString(entities.body()).getAsJsonObject().getAsJsonArray("result").get(0).getAsJsonObject()
                .get("id").getAsString();
        HttpResponse<String> preview = get("/reconcile/preview?id=" + u(id));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("精密机械"));
        assertEquals(404, get("/reconcile/preview?id=" + u("entity/none")).statusCode());
    }

    @Test
    void searchAnswersJsonForPrograms() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/search?q=" + u("经济开发")))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
        JsonObject first = o.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("滨江经济开发区", first.get("label").getAsString());
        assertTrue(first.get("id").getAsString().startsWith(BASE + "id/entity/"));
        assertTrue(first.getAsJsonArray("types").toString().contains("Park"));
        assertTrue(get("/search?q=" + u("经济开发")).body().contains("<li><a href=\"/page/entity/"), "browsers still get HTML");
    }
}
