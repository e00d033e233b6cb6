package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.TestPages;
import org.localkg.cli.Main;

/**
 * One rdfs:label and one skos:prefLabel per entity in the union of a store's graphs (the fullest
 * of its names), whatever order its articles came in and after any of them is replaced; every
 * other name a skos:altLabel, each in the graph of the article that gave it.
 */
class OneLabelIT {
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String CURRENT = "https://w3id.org/localkg/graph/current";
    static final IngestListener QUIET = new IngestListener() {};

    /** Names a park in full, with its city. */
    static final String FULL = "---\ndate: 2024-05-06\npaper: 武进日报\nregion: 武进\n---\n区长钱立平调研常州星澜科技产业园\n\n"
            + "本报讯（记者 吴欣）昨天，区长钱立平到常州星澜科技产业园调研，察看了星澜光学镜片项目建设情况。\n";
    /** Names the same park without its city. */
    static final String SHORT = "---\ndate: 2024-07-09\npaper: 武进日报\nregion: 武进\n---\n星澜科技产业园新签项目三个\n\n"
            + "本报讯（记者 吴欣）今年以来，星澜科技产业园新签约项目三个，其中星澜光学镜片项目总投资5亿元。\n";

    static Path pages(Path dir) throws Exception {
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        Files.writeString(pages.resolve("a.txt"), FULL, StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("b.txt"), SHORT, StandardCharsets.UTF_8);
        return pages;
    }

    /** A new store in {@code store}, open, with {@code pages} ingested. */
    static KgStore ingested(Path store, Path pages) {
        KgStore kg = KgStore.open(store);
        kg.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), QUIET);
        return kg;
    }

    static List<List<String>> select(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            List<List<String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var s = rs.next();
                    List<String> row = new ArrayList<>();
                    rs.getResultVars().forEach(v -> row.add(s.get(v) == null ? null
                            : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /** Each entity's labels of {@code property} in the union of the graphs (the store's default graph). */
    static Map<String, Set<String>> union(Dataset ds, String property) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (List<String> r : select(ds, "SELECT ?e ?l WHERE { ?e <" + property + "> ?l FILTER(CONTAINS(STR(?e), \"/id/entity/\")) }")) {
            out.computeIfAbsent(r.get(0), k -> new TreeSet<>()).add(r.get(1));
        }
        return out;
    }

    /** The park's names: its rdfs:labels, its skos:prefLabels, and its altLabels per graph (article graphs and the current one). */
    static String park(KgStore kg) {
        Dataset ds = kg.dataset();
        List<List<String>> park = select(ds, "SELECT DISTINCT ?e WHERE { ?e a <https://w3id.org/localkg/ontology#Park> }");
        assertEquals(1, park.size(), "one park: " + park);
        String e = park.get(0).get(0);
        StringBuilder b = new StringBuilder();
        b.append("label ").append(union(ds, RDFS_LABEL).get(e)).append(" pref ").append(union(ds, SKOS + "prefLabel").get(e));
        for (List<String> r : select(ds, "SELECT ?g ?l WHERE { GRAPH ?g { <" + e + "> <" + SKOS + "altLabel> ?l } } ORDER BY ?l ?g")) {
            b.append(" alt ").append(r.get(1)).append(r.get(0).equals(CURRENT) ? " (current)" : "");
        }
        return b.toString();
    }

    static void assertOneLabelEach(Dataset ds, String when) {
        Map<String, Set<String>> labels = union(ds, RDFS_LABEL), prefs = union(ds, SKOS + "prefLabel");
        assertFalse(labels.isEmpty(), when);
        for (var e : labels.entrySet()) {
            assertEquals(1, e.getValue().size(), when + ": rdfs:labels of " + e.getKey());
            assertEquals(e.getValue(), prefs.get(e.getKey()), when + ": skos:prefLabel of " + e.getKey());
        }
        List<List<String>> unnamed = select(ds, "PREFIX lkg: <https://w3id.org/localkg/ontology#> SELECT DISTINCT ?e WHERE { "
                + "VALUES ?c { lkg:Official lkg:Person lkg:Reporter lkg:Enterprise lkg:Organization lkg:Park lkg:Project } "
                + "?e a ?c FILTER NOT EXISTS { ?e <" + RDFS_LABEL + "> ?l } }");
        assertEquals(List.of(), unnamed, when + ": entities without an rdfs:label");
    }

    /** Its full name as its one label; each name an altLabel of the article that gave it; the short one also the current graph's. */
    static final String BOTH = "label [常州星澜科技产业园] pref [常州星澜科技产业园] alt 常州星澜科技产业园 alt 星澜科技产业园 alt 星澜科技产业园 (current)";

    @Test
    void twoArticlesNamingAParkTwoWaysGiveItOneLabelInEitherOrder(@TempDir Path dir) throws Exception {
        Path pages = pages(dir);
        for (List<String> order : List.of(List.of("a.txt", "b.txt"), List.of("b.txt", "a.txt"))) {
            try (KgStore kg = KgStore.open(dir.resolve("store-" + order.get(0)))) {
                Pipeline pipeline = new Pipeline("http://localhost:3030/");
                for (String f : order) { // one write transaction per file
                    kg.ingestFiles(List.of(org.localkg.ingest.InputFile.under(pages, pages.resolve(f))), pipeline, QUIET);
                }
                assertEquals(BOTH, park(kg), "ingested " + order);
                assertOneLabelEach(kg.dataset(), "ingested " + order);
            }
        }
    }

    @Test
    void reingestingChangesNothingAndReplacingTheFullNamesArticleChangesThePreferredName(@TempDir Path dir) throws Exception {
        Path pages = pages(dir);
        try (KgStore kg = ingested(dir.resolve("store"), pages)) {
            assertEquals(BOTH, park(kg));
            List<Quad> before = quads(kg);

            assertEquals(2, kg.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), QUIET).unchanged());
            assertEquals(before, quads(kg), "re-ingesting the same files changed the store");

            // the article that gave the full name now names the park as the other does
            Files.writeString(pages.resolve("a.txt"), FULL.replace("常州星澜科技产业园", "星澜科技产业园"), StandardCharsets.UTF_8);
            assertEquals(1, kg.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), QUIET).replaced());
            assertEquals("label [星澜科技产业园] pref [星澜科技产业园] alt 星澜科技产业园 alt 星澜科技产业园", park(kg));
            assertOneLabelEach(kg.dataset(), "after the replacement");

            // and back
            Files.writeString(pages.resolve("a.txt"), FULL, StandardCharsets.UTF_8);
            kg.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), QUIET);
            assertEquals(BOTH, park(kg));
        }
    }

    @Test
    void thePageIsTitledByTheOneLabelAndListsTheOtherNamesOnce(@TempDir Path dir) throws Exception {
        try (KgStore kg = ingested(dir.resolve("store"), pages(dir))) {
            String park = select(kg.dataset(), "SELECT ?e WHERE { ?e a <https://w3id.org/localkg/ontology#Park> }").get(0).get(0);
            var server = org.localkg.server.KgServer.builder(kg).port(0).loopback(true).build().start();
            try {
                String path = park.replace("http://localhost:3030/id/", "/page/");
                String html = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + server.port() + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(html.contains("<h1>常州星澜科技产业园"), html);
                assertTrue(html.contains("<p>又名 Also: 星澜科技产业园</p>"), html);
            } finally {
                server.stop();
            }
        }
    }

    static List<Quad> quads(KgStore kg) {
        return Txn.calculateRead(kg.dataset(), () -> {
            List<Quad> all = new ArrayList<>(kg.dataset().asDatasetGraph().stream().toList());
            all.sort(java.util.Comparator.comparing(Quad::toString));
            return all;
        });
    }

    @Test
    void theSamplePagesStoreHasOneLabelPerEntityAndListsEachParkOnce(@TempDir Path dir) throws Exception {
        Path samples = dir.resolve("samples");
        TestPages.copySamples(samples);
        try (KgStore kg = ingested(dir.resolve("store"), samples)) {
            assertOneLabelEach(kg.dataset(), "the sample pages");
            List<List<String>> rows = select(kg.dataset(), Files.readString(Path.of("queries/projects-by-park.rq")));
            assertTrue(rows.size() > 2, rows.toString());
            assertEquals(rows.size(), rows.stream().map(r -> r.get(0)).distinct().count(), "a park listed twice: " + rows);
            // a join on rdfs:label, as a query written for any store would make it, multiplies nothing
            List<List<String>> joined = select(kg.dataset(), "PREFIX lkg: <https://w3id.org/localkg/ontology#> "
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?park ?name (COUNT(DISTINCT ?project) AS ?n) (COUNT(*) AS ?rows) "
                    + "WHERE { GRAPH <" + CURRENT + "> { ?project lkg:park ?park } ?park rdfs:label ?name } GROUP BY ?park ?name");
            assertEquals(rows.size(), joined.size(), joined.toString());
            joined.forEach(r -> assertEquals(r.get(2), r.get(3), "rows multiplied: " + r));
        }
    }

    @Test
    void kgExtractGivesEachEntityOneLabelAndKgLoadOfTwoRunsKeepsOne(@TempDir Path dir) throws Exception {
        Path pages = pages(dir);
        Path both = dir.resolve("both.nq"), shortOnly = dir.resolve("short.nq");
        assertEquals(0, Main.run("extract", pages.toString(), "-o", both.toString()));
        var union = org.apache.jena.query.DatasetFactory.wrap(unionDefault(both));
        assertOneLabelEach(union, "kg extract's output");
        assertEquals(Set.of("常州星澜科技产业园"), union(union, RDFS_LABEL).values().stream().flatMap(Set::stream)
                .filter(l -> l.contains("星澜科技")).collect(java.util.stream.Collectors.toSet()));

        // a run of the short name's page alone: the same park (its IRI is the short name's, as in
        // a run that meets that page first), labelled with the short name
        Path first = dir.resolve("short-first");
        Files.createDirectories(first);
        Files.writeString(first.resolve("0b.txt"), SHORT, StandardCharsets.UTF_8);
        Files.writeString(first.resolve("1a.txt"), FULL, StandardCharsets.UTF_8);
        Path shortFirst = dir.resolve("short-first.nq");
        assertEquals(0, Main.run("extract", first.toString(), "-o", shortFirst.toString()));
        assertEquals(0, Main.run("extract", pages.resolve("b.txt").toString(), "-o", shortOnly.toString()));

        // each run's graph of current facts labels the park its own way; loaded together, the store chooses one
        Path store = dir.resolve("store");
        assertEquals(0, Main.run("load", "--store", store.toString(), shortOnly.toString(), shortFirst.toString()));
        try (KgStore kg = KgStore.open(store)) {
            assertTrue(park(kg).startsWith("label [常州星澜科技产业园] pref [常州星澜科技产业园] alt"), park(kg));
            assertOneLabelEach(kg.dataset(), "kg load of two runs");
        }
    }

    /** An in-memory dataset whose default graph holds the union of an N-Quads file's graphs. */
    static org.apache.jena.sparql.core.DatasetGraph unionDefault(Path nq) {
        var read = org.apache.jena.riot.RDFDataMgr.loadDataset(nq.toString());
        var union = org.apache.jena.query.DatasetFactory.createTxnMem();
        Txn.executeWrite(union, () -> union.getDefaultModel().add(read.getUnionModel()));
        return union.asDatasetGraph();
    }

    @Test
    void aStoreWrittenWhenArticlesGaveRdfsLabelsIsMendedWhenOpened(@TempDir Path dir) throws Exception {
        Path pages = pages(dir);
        Path store = dir.resolve("store");
        String made;
        try (KgStore kg = ingested(store, pages)) {
            made = park(kg);
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(StoreLayout.connect(store));
        var dsg = StoreLayout.connect(store); // as written before: each article's name as its rdfs:label
        Node alt = org.apache.jena.graph.NodeFactory.createURI(SKOS + "altLabel");
        Node label = org.apache.jena.graph.NodeFactory.createURI(RDFS_LABEL);
        Txn.executeWrite(dsg, () -> {
            List<Quad> names = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, alt, Node.ANY).forEachRemaining(names::add);
            for (Quad q : names) {
                dsg.delete(q);
                if (!q.getGraph().getURI().equals(CURRENT)) {
                    dsg.add(q.getGraph(), q.getSubject(), label, q.getObject());
                }
            }
            dsg.deleteAny(org.apache.jena.graph.NodeFactory.createURI(CURRENT), Node.ANY, label, Node.ANY);
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(made, park(kg));
            assertOneLabelEach(kg.dataset(), "the older store, opened");
            assertFalse(kg.labels().find("星澜科技", 5).isEmpty(), "the label index follows the renamed names");
        }
    }
}
