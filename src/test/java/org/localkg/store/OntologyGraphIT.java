package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.cli.Main;
import org.localkg.rdf.LKG;
import org.localkg.rdf.OntologyGraph;
import org.localkg.server.KgServer;

/**
 * The ontology's graph in a real TDB2 store: the project statuses with their names and the class
 * hierarchy, written by every way data gets in (ingest in transactions or by the bulk loader, the
 * bundled samples, kg load) and only once, so that SPARQL and reconciliation can name a status.
 */
class OntologyGraphIT {
    static final String BASE = "http://kg.example.org/";
    static final String PAGE = "华腾精密机械项目开工\n\n本报讯(记者 李文) 昨天，区委书记赵立新到滨江经济开发区调研。\n"
            + "在江苏华腾精密机械有限公司，赵立新详细了解华腾精密机械项目推进情况。该项目总投资12亿元，目前已开工建设。\n";
    static final IngestListener QUIET = new IngestListener() {};

    static Path page(Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
        return pages;
    }

    /** The names of the statuses the store's projects are at, as SPARQL over the union graph finds them. */
    static List<String> statusNames(KgStore kg) {
        String q = "PREFIX lkg: <" + LKG.NS + "> PREFIX skos: <" + LKG.SKOS + "> "
                + "SELECT ?zh ?en WHERE { ?p lkg:status ?s . ?s skos:prefLabel ?zh , ?en "
                + "FILTER(LANG(?zh) = 'zh' && LANG(?en) = 'en') } ORDER BY ?zh";
        return Txn.calculateRead(kg.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(q)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("zh").getString() + "/" + r.getLiteral("en").getString()));
            }
            return out;
        });
    }

    static long ontologyTriples(KgStore kg) {
        return Txn.calculateRead(kg.dataset(), () -> kg.dataset().asDatasetGraph().getGraph(OntologyGraph.NAME).size());
    }

    @Test
    void anIngestWritesTheStatusesWithTheirNamesAndTheClassHierarchyOnce(@TempDir Path dir) throws Exception {
        Path pages = page(dir);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(pages), new Pipeline(BASE), QUIET);
            assertEquals(List.of("开工/started"), statusNames(kg));
            assertEquals(OntologyGraph.triples().size(), ontologyTriples(kg));
            assertTrue(Txn.calculateRead(kg.dataset(), () -> kg.dataset().asDatasetGraph().contains(OntologyGraph.NAME,
                    LKG.term("County"), NodeFactory.createURI(LKG.RDFS + "subClassOf"), LKG.term("AdministrativeDivision"))));
            long size = kg.size();
            assertFalse(kg.writeOntology(), "written again");
            kg.ingest(List.of(pages), new Pipeline(BASE), QUIET);
            assertEquals(size, kg.size());
        }
    }

    @Test
    void aStoreWithAnOldOntologyGraphHasItReplacedByTheNextIngestOfUnchangedFiles(@TempDir Path dir) throws Exception {
        Path pages = page(dir);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(pages), new Pipeline(BASE), QUIET);
            var stale = NodeFactory.createURI(LKG.NS + "status-abandoned");
            Txn.executeWrite(kg.dataset(), () -> {
                var dsg = kg.dataset().asDatasetGraph();
                dsg.deleteAny(OntologyGraph.NAME, LKG.statusConcept(org.localkg.extract.ProjectStatus.STARTED), Node.ANY, Node.ANY);
                dsg.add(OntologyGraph.NAME, stale, LKG.rdfType, LKG.term("ProjectStatus"));
            });
            assertEquals(List.of(), statusNames(kg));
            IngestSummary s = kg.ingest(List.of(pages), new Pipeline(BASE), QUIET);
            assertEquals(1, s.unchanged());
            assertEquals(List.of("开工/started"), statusNames(kg));
            assertEquals(OntologyGraph.triples().size(), ontologyTriples(kg));
        }
    }

    @Test
    void theBulkLoaderAndTheSamplesWriteItTooAndARunThatStoresNothingLeavesAStoreEmpty(@TempDir Path dir) throws Exception {
        try (KgStore kg = KgStore.open(dir.resolve("bulk")).loader(Loader.SEQUENTIAL)) {
            kg.ingest(List.of(page(dir)), new Pipeline(BASE), QUIET);
            assertEquals(List.of("开工/started"), statusNames(kg));
        }
        try (KgStore kg = KgStore.open(dir.resolve("samples"))) {
            kg.ingestSource(org.localkg.ingest.SourceReader.readResource("org/localkg/corpus/000_754554d54ba84a54.txt"),
                    new Pipeline(BASE), QUIET);
            assertEquals(OntologyGraph.triples().size(), ontologyTriples(kg));
        }
        try (KgStore kg = KgStore.open(dir.resolve("empty"))) {
            kg.ingest(List.of(dir.resolve("no-such-folder")), new Pipeline(BASE), QUIET);
            assertTrue(kg.isEmpty(), "kg demo and kg load take only an empty store");
        }
    }

    @Test
    void kgLoadWritesItBesideTheQuadsItLoads(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("page.nq");
        assertEquals(0, Main.run("extract", page(dir).resolve("a.txt").toString(), "-o", nq.toString()));
        assertEquals(0, Main.run("load", "--store", dir.resolve("store").toString(), nq.toString()));
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            assertEquals(OntologyGraph.triples().size(), ontologyTriples(kg));
            assertEquals(List.of("开工/started"), statusNames(kg));
        }
    }

    @Test
    void reconciliationsStatusExtensionNamesTheStatus(@TempDir Path dir) throws Exception {
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(page(dir)), new Pipeline(BASE), QUIET);
            KgServer server = KgServer.builder(kg).base(BASE).port(0).loopback(true).build().start();
            try {
                String root = "http://localhost:" + server.port() + "/reconcile";
                HttpClient http = HttpClient.newHttpClient();
                String found = post(http, root, "queries", "{\"q\":{\"query\":\"华腾精密机械项目\",\"type\":\"Project\"}}");
                String id = JsonParser.parseString(found).getAsJsonObject().getAsJsonObject("q").getAsJsonArray("result")
                        .get(0).getAsJsonObject().get("id").getAsString();
                String extended = post(http, root, "extend", "{\"ids\":[\"" + id + "\"],\"properties\":[{\"id\":\"status\"}]}");
                var cells = JsonParser.parseString(extended).getAsJsonObject().getAsJsonObject("rows").getAsJsonObject(id)
                        .getAsJsonArray("status");
                assertEquals(1, cells.size(), extended);
                assertEquals("开工", cells.get(0).getAsJsonObject().get("str").getAsString());
            } finally {
                server.stop();
            }
        }
    }

    private static String post(HttpClient http, String url, String param, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(param + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
