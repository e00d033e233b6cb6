package org.localkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.cli.Main;
import org.localkg.rdf.LKG;
import org.localkg.server.KgServer;
import org.localkg.store.KgStore;

/**
 * {@code kg link}: Wikidata links from a hand-written export, the linkset's VoID, replacement on a
 * re-run, list and remove, links on pages and in data documents, the federated query's code
 * formatting, and linking a dataset a researcher brings by name, with SSSOM out.
 */
class LinkIT {
    static final String PAGE = "滨江区推进重点项目建设\n\n本报讯(记者 李文) 昨天，区委书记赵立新到滨江经济开发区调研。\n"
            + "位于滨江经济开发区的华腾精密机械项目总投资12亿元。江苏华腾精密机械有限公司负责人介绍了项目进展。\n";
    static final Path FILES = Path.of("src/test/resources/linking");
    static final Node EXACT = NodeFactory.createURI(LKG.SKOS + "exactMatch");
    static final String WD = "http://www.wikidata.org/entity/";
    static final String BASE = org.localkg.rdf.IriMinter.DEFAULT_BASE;

    @TempDir
    Path dir;

    Path store() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        assertEquals(0, Main.run("ingest", "--store", store.toString(), pages.toString()));
        return store;
    }

    static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args), String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static long count(KgStore kg, Node s, Node p, Node o) {
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(Node.ANY, s, p, o); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    @Test
    void wikidataLinksFromAnExportWithTheirLinkset() throws Exception {
        Path store = store();
        Path review = dir.resolve("review.tsv");
        run("link", "wikidata", FILES.resolve("divisions-export.csv").toString(), "--store", store.toString(),
                "--candidates", review.toString(), "--export-date", "2026-11-01");
        Node binjiang = NodeFactory.createURI(BASE + "id/division/330108");
        Node hangzhou = NodeFactory.createURI(BASE + "id/division/330100");
        Node linkset = NodeFactory.createURI(BASE + "linkset/wikidata");
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(1, count(kg, binjiang, EXACT, NodeFactory.createURI(WD + "Q9000001")));
            assertEquals(0, count(kg, binjiang, EXACT, NodeFactory.createURI(WD + "Q9000004")), "same code, another name: no link");
            assertEquals(1, count(kg, hangzhou, EXACT, NodeFactory.createURI(WD + "Q9000002")), "a prefecture's code in two pairs");
            assertEquals(1, count(kg, linkset, LKG.rdfType, NodeFactory.createURI(Linksets.VOID + "Linkset")));
            assertEquals(1, count(kg, linkset, NodeFactory.createURI(Linksets.VOID + "linkPredicate"), EXACT));
            assertEquals(1, count(kg, linkset, NodeFactory.createURI(Linksets.VOID + "objectsTarget"), NodeFactory.createURI(WD + "Q2013")));
            long links = count(kg, Node.ANY, EXACT, Node.ANY);
            assertEquals(3, links, "滨江区, 杭州市, 浙江省");
            assertEquals(1, count(kg, NodeFactory.createURI(linkset.getURI() + "#source"), LKG.date,
                    NodeFactory.createLiteralDT("2026-11-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        }
        assertTrue(Files.readString(review).contains("西兴县"), "the renamed or merged one is written for review");
        // a re-run (here from the JSON form of the export) replaces the linkset
        run("link", "wikidata", FILES.resolve("divisions-export.json").toString(), "--store", store.toString(),
                "--candidates", review.toString());
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(2, count(kg, Node.ANY, EXACT, Node.ANY));
        }
        String list = run("link", "--list", "--store", store.toString());
        assertTrue(list.lines().anyMatch(l -> l.startsWith("wikidata\t2\t")), list);
        // links show on the entity's page and in its data document
        try (KgStore kg = KgStore.open(store)) {
            KgServer server = KgServer.builder(kg).port(0).loopback(true).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String root = "http://localhost:" + server.port();
                String page = http.send(HttpRequest.newBuilder(URI.create(root + "/page/division/330108")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(page.contains(WD + "Q9000001"), "the page shows the link");
                String data = http.send(HttpRequest.newBuilder(URI.create(root + "/data/division/330108.nt")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(data.contains("<" + binjiang.getURI() + "> <" + EXACT.getURI() + "> <" + WD + "Q9000001>"), data);
                String voidDoc = http.send(HttpRequest.newBuilder(URI.create(root + "/.well-known/void"))
                        .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(voidDoc.contains("<http://rdfs.org/ns/void#subset> <" + linkset.getURI() + ">"), voidDoc);
                assertTrue(voidDoc.contains("<" + linkset.getURI() + "> <http://rdfs.org/ns/void#triples> \"2\""), voidDoc);
            } finally {
                server.stop();
            }
        }
        run("link", "--remove", "wikidata", "--store", store.toString());
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(0, count(kg, Node.ANY, EXACT, Node.ANY));
        }
    }

    /** The federated query, with its SERVICE pointed at a local stand-in for Wikidata. */
    @Test
    void federatedQueryFormatsCodesAsWikidataDoes() throws Exception {
        Path store = store();
        String query = Files.readString(Path.of("queries/wikidata/divisions-federated.rq"))
                .replace("SERVICE <https://query.wikidata.org/sparql>", "GRAPH <urn:wikidata>");
        try (KgStore kg = KgStore.open(store)) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            // the store's quads as one default graph, as the endpoint's union default graph shows them
            Txn.executeRead(kg.dataset(), () -> kg.dataset().asDatasetGraph().find()
                    .forEachRemaining(q -> dsg.getDefaultGraph().add(q.asTriple())));
            Node wd = NodeFactory.createURI("urn:wikidata");
            Node p442 = NodeFactory.createURI("http://www.wikidata.org/prop/direct/P442");
            dsg.add(wd, NodeFactory.createURI(WD + "Q1"), p442, NodeFactory.createLiteralString("33 01 08"));
            dsg.add(wd, NodeFactory.createURI(WD + "Q2"), p442, NodeFactory.createLiteralString("33 01"));
            dsg.add(wd, NodeFactory.createURI(WD + "Q3"), p442, NodeFactory.createLiteralString("33"));
            var ds = DatasetFactory.wrap(dsg);
            List<String> rows = new java.util.ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("code").getLexicalForm() + "=" + r.getLiteral("p442").getLexicalForm()
                        + "=" + r.getResource("item").getURI().substring(WD.length())));
            }
            assertEquals(List.of("330000=33=Q3", "330100=33 01=Q2", "330108=33 01 08=Q1"), rows.stream().distinct().toList());
        }
    }

    @Test
    void linksADatasetByNamesWithSssomOut() throws Exception {
        Path store = store();
        Path sssom = dir.resolve("links.sssom.tsv");
        Path review = dir.resolve("candidates.tsv");
        run("link", "--target", FILES.resolve("companies.csv").toString(), "--store", store.toString(), "--sssom", sssom.toString(),
                "--candidates", review.toString());
        String tsv = Files.readString(sssom);
        assertTrue(tsv.startsWith("# curie_map:"), tsv);
        assertTrue(tsv.contains("# mapping_set_id: \"" + BASE + "linkset/companies\""), tsv);
        List<String> rows = tsv.lines().filter(l -> !l.startsWith("#")).skip(1).toList();
        // traditional characters, no region, the division agreeing: linked; a person by name: linked
        assertTrue(rows.stream().anyMatch(r -> r.contains("江苏华腾精密机械有限公司") && r.contains(":firm/1")
                && r.contains("semapv:LexicalMatching")), tsv);
        assertTrue(rows.stream().anyMatch(r -> r.contains("赵立新") && r.contains(":person/7")), tsv);
        assertFalse(rows.stream().anyMatch(r -> r.contains("远大")), "a name we do not have links nothing");
        // another region before the name (常州华腾… for 江苏华腾…): a candidate for review, not a link
        assertFalse(rows.stream().anyMatch(r -> r.contains("firm/3")), tsv);
        assertTrue(Files.readString(review).contains("firm/3"));
        // the same name in another province: the division contradicts, nothing at all
        assertFalse(rows.stream().anyMatch(r -> r.contains("firm/4")), tsv);
        assertFalse(Files.readString(review).contains("firm/4"));
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(1, count(kg, Node.ANY, EXACT, NodeFactory.createURI("https://example.org/firm/1")));
            Node axiomSource = NodeFactory.createURI(Linksets.OWL + "annotatedTarget");
            assertEquals(1, count(kg, Node.ANY, axiomSource, NodeFactory.createURI("https://example.org/firm/1")), "the SSSOM annotation in RDF");
        }
        // re-run: replaced, not duplicated
        run("link", "--target", FILES.resolve("companies.csv").toString(), "--store", store.toString(), "--candidates", review.toString());
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(1, count(kg, Node.ANY, EXACT, NodeFactory.createURI("https://example.org/firm/1")));
        }
    }
}
