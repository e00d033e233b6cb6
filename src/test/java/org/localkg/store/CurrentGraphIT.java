package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.TestPages;

/**
 * The graph of current facts on a real TDB2 store: one preferred label per entity, one value per
 * functional fact chosen by date, kept by every write path and the same whatever the path or order.
 */
class CurrentGraphIT {
    /** The graph's name as the README documents it (not the code's constant: a rename must fail here). */
    static final Node CURRENT = NodeFactory.createURI("https://w3id.org/localkg/graph/current");
    static final Path DATED = Path.of("src/test/resources/org/localkg/dated");
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String LKG = "https://w3id.org/localkg/ontology#";
    static final Node PREF = NodeFactory.createURI(SKOS + "prefLabel");
    static final Node ALT = NodeFactory.createURI(SKOS + "altLabel");
    static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    static final Node INVESTMENT = NodeFactory.createURI(LKG + "investment");
    static final Node STATUS = NodeFactory.createURI(LKG + "status");
    static final Node IN_DIVISION = NodeFactory.createURI(LKG + "inDivision");
    static final Node CODE = NodeFactory.createURI(LKG + "divisionCode");
    static final Node COVERS = NodeFactory.createURI(LKG + "coversDivision");
    static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    static final IngestListener QUIET = new IngestListener() {};

    static Set<Triple> current(KgStore kg) {
        return Txn.calculateRead(kg.dataset(), () -> {
            Set<Triple> out = new HashSet<>();
            kg.dataset().asDatasetGraph().find(CURRENT, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }

    /** The current graph of a new store in {@code store} after one ingest of {@code paths}. */
    static Set<Triple> ingested(Path store, Loader loader, Path... paths) {
        try (KgStore kg = KgStore.open(store).loader(loader)) {
            kg.ingest(List.of(paths), new Pipeline("http://localhost:3030/"), QUIET);
            return current(kg);
        }
    }

    /** The entity whose preferred label is {@code name}, or null. */
    static Node named(Set<Triple> current, String name) {
        return current.stream().filter(t -> t.getPredicate().equals(PREF) && t.getObject().getLiteralLexicalForm().equals(name))
                .map(Triple::getSubject).findFirst().orElse(null);
    }

    static List<String> values(Set<Triple> current, Node s, Node p) {
        return current.stream().filter(t -> t.getSubject().equals(s) && t.getPredicate().equals(p))
                .map(t -> t.getObject().isLiteral() ? plain(t.getObject().getLiteralLexicalForm()) : t.getObject().getURI()).sorted().toList();
    }

    /** A number as written without a fraction (TDB2 gives a decimal back as 1200000000.0); other words as they are. */
    static String plain(String lexical) {
        try {
            return new java.math.BigDecimal(lexical).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    static Path dated(Path dir) throws Exception {
        Path copy = dir.resolve("dated");
        try (Stream<Path> files = Files.walk(DATED)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(DATED.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        return copy;
    }

    @Test
    void everyEntityHasOnePreferredLabelItsFullestNameAndItsOtherNamesAsAltLabels(@TempDir Path dir) throws Exception {
        Path samples = dir.resolve("samples");
        TestPages.copySamples(samples);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(samples, DATED), new Pipeline("http://localhost:3030/"), QUIET);
            Set<Triple> current = current(kg);
            assertFalse(current.isEmpty(), "no graph of current facts");
            Map<Node, Integer> prefs = new HashMap<>();
            Set<Node> subjects = new HashSet<>(); // the entities and divisions: what it types (not the articles)
            for (Triple t : current) {
                if (t.getPredicate().equals(TYPE)) {
                    subjects.add(t.getSubject());
                }
                if (t.getPredicate().equals(PREF)) {
                    prefs.merge(t.getSubject(), 1, Integer::sum);
                }
            }
            for (Node s : subjects) {
                assertEquals(1, prefs.getOrDefault(s, 0), "preferred labels of " + s);
            }
            // named 常州西太湖科技产业园 in three articles and 西太湖科技产业园 in one
            Node park = named(current, "常州西太湖科技产业园");
            assertTrue(park != null, "the park's fullest name is not its preferred label");
            assertTrue(values(current, park, ALT).contains("西太湖科技产业园"), values(current, park, ALT).toString());
            // its one rdfs:label, the same name: the article graphs give their names as skos:altLabel
            assertEquals(List.of("常州西太湖科技产业园"), values(current, park, LABEL));
            // one value of each functional fact: the 1.2 billion stated in three dated articles
            Node project = named(current, "华腾精密机械项目");
            assertEquals(List.of("1200000000"), values(current, project, INVESTMENT));
            assertEquals(List.of(LKG + "status-completed"), values(current, project, STATUS), "竣工, the latest article's");
        }
    }

    @Test
    void aPageIsTitledByThePreferredLabelWhicheverNameCameFirst(@TempDir Path dir) throws Exception {
        Path samples = dir.resolve("samples");
        TestPages.copySamples(samples);
        List<Path> files;
        try (Stream<Path> list = Files.list(samples)) {
            files = new ArrayList<>(list.sorted().toList());
        }
        // the page whose article names the park 西太湖科技产业园 (without 常州) first: its label is stored first
        files.sort(java.util.Comparator.comparing((Path f) -> !f.getFileName().toString().startsWith("001_")).thenComparing(f -> f));
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            Pipeline pipeline = new Pipeline("http://localhost:3030/");
            for (Path f : files) {
                kg.ingestFiles(List.of(org.localkg.ingest.InputFile.under(samples, f)), pipeline, QUIET);
            }
            Node park = named(current(kg), "常州西太湖科技产业园");
            assertTrue(values(current(kg), park, ALT).contains("西太湖科技产业园"), values(current(kg), park, ALT).toString());
            assertEquals("常州西太湖科技产业园", pageTitle(kg, park));
        }
    }

    /** The heading of the entity's HTML page, as the server shows it. */
    static String pageTitle(KgStore kg, Node entity) throws Exception {
        var server = org.localkg.server.KgServer.builder(kg).port(0).loopback(true).build().start();
        try {
            String path = entity.getURI().replace("http://localhost:3030/id/", "/page/");
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + server.port() + path)).header("Accept", "text/html").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path);
            var h1 = java.util.regex.Pattern.compile("<h1>(.*?)</h1>", java.util.regex.Pattern.DOTALL).matcher(r.body());
            assertTrue(h1.find(), r.body());
            return h1.group(1).replaceAll("<small>.*?</small>", "").strip();
        } finally {
            server.stop();
        }
    }

    @Test
    void theLatestDatedArticleGivesTheValueAndReplacingItsFileChangesIt(@TempDir Path dir) throws Exception {
        Path pages = dated(dir);
        Path last = pages.resolve("2025-01-08/A1.txt");
        String original = Files.readString(last, StandardCharsets.UTF_8);
        Files.writeString(last, original.replace("总投资12亿元", "总投资15亿元"), StandardCharsets.UTF_8);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), QUIET);
            Node project = named(current(kg), "华腾精密机械项目");
            assertEquals(List.of("1500000000"), values(current(kg), project, INVESTMENT), "the latest article's figure");

            Files.writeString(last, original, StandardCharsets.UTF_8);
            assertEquals(1, kg.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), QUIET).replaced());
            assertEquals(List.of("1200000000"), values(current(kg), project, INVESTMENT), "replacing the file changed nothing");

            // the file replaced by one that names none of its entities: they keep what the other articles say
            Files.writeString(last, "---\ndate: 2025-01-08\npaper: 武进日报\nregion: 武进\n---\n区政协召开会议\n\n"
                    + "本报讯(记者 王五) 昨天，区政协主席郑东主持会议。\n", StandardCharsets.UTF_8);
            kg.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), QUIET);
            Set<Triple> after = current(kg);
            assertEquals(List.of("1200000000"), values(after, project, INVESTMENT));
            assertFalse(values(after, project, STATUS).contains(LKG + "status-completed"), "竣工 came only from the replaced article");
            assertTrue(named(after, "郑东") != null, "the new article's official");

            // and back: the official only that article named leaves the graph
            Files.writeString(last, original, StandardCharsets.UTF_8);
            kg.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), QUIET);
            assertEquals(null, named(current(kg), "郑东"), "an entity no article names any more stays in the graph");
        }
    }

    @Test
    void theOrderFilesComeInDoesNotChangeIt(@TempDir Path dir) throws Exception {
        Path pages = dated(dir);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(pages)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Set<Triple> forwards = ingested(dir.resolve("forwards"), Loader.AUTO, pages), backwards;
        try (KgStore kg = KgStore.open(dir.resolve("backwards"))) {
            Pipeline pipeline = new Pipeline("http://localhost:3030/");
            List<Path> reversed = new ArrayList<>(files);
            java.util.Collections.reverse(reversed);
            for (Path f : reversed) { // one write transaction per file, the latest first
                kg.ingestFiles(List.of(org.localkg.ingest.InputFile.under(pages, f)), pipeline, QUIET);
            }
            backwards = current(kg);
        }
        assertFalse(forwards.isEmpty());
        assertEquals(forwards, backwards);
    }

    @Test
    void aBulkLoadGivesTheGraphThatTransactionsGive(@TempDir Path dir) throws Exception {
        Path samples = dir.resolve("samples");
        TestPages.copySamples(samples);
        Set<Triple> bulk = ingested(dir.resolve("bulk"), Loader.AUTO, samples, DATED);
        Set<Triple> batched = ingested(dir.resolve("batched"), Loader.TRANSACTIONS, samples, DATED);
        assertFalse(bulk.isEmpty());
        assertEquals(batched, bulk);
    }

    @Test
    void theDivisionsThingsArePlacedInFollowIngestReingestAndRemoval(@TempDir Path dir) throws Exception {
        Path pages = dated(dir);
        Path extra = pages.resolve("extra.txt");
        String shenzhen = "http://localhost:3030/id/division/440300";
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            Pipeline pipeline = new Pipeline("http://localhost:3030/");
            kg.ingest(List.of(pages), pipeline, QUIET); // the bulk loader: an empty store
            Set<Triple> current = current(kg);
            Node park = named(current, "武进经济开发区");
            assertEquals(List.of("http://localhost:3030/id/division/320412"), values(current, park, IN_DIVISION));
            assertEquals(List.of("320412"), values(current, NodeFactory.createURI("http://localhost:3030/id/division/320412"), CODE));
            assertEquals(null, named(current, "深圳清华大学研究院"));

            // a sample page added (a write transaction): its institute is placed in 深圳市, which has its code
            try (var in = getClass().getResourceAsStream("/org/localkg/corpus/000_754554d54ba84a54.txt")) {
                Files.write(extra, in.readAllBytes());
            }
            kg.ingest(List.of(pages), pipeline, QUIET);
            current = current(kg);
            Node institute = named(current, "深圳清华大学研究院");
            assertEquals(List.of(shenzhen), values(current, institute, IN_DIVISION));
            assertEquals(List.of("440300"), values(current, NodeFactory.createURI(shenzhen), CODE));

            // the page replaced by one that names none of it: the institute and 深圳市 leave the graph
            Files.writeString(extra, "区政协召开会议\n\n本报讯(记者 王五) 昨天，区政协主席郑东主持会议。\n", StandardCharsets.UTF_8);
            kg.ingest(List.of(pages), pipeline, QUIET);
            current = current(kg);
            assertEquals(null, named(current, "深圳清华大学研究院"));
            assertTrue(current.stream().noneMatch(t -> t.getSubject().getURI().equals(shenzhen) || t.getObject().toString().contains("440300")),
                    "深圳市 stayed in the graph");
            assertEquals(List.of("http://localhost:3030/id/division/320412"), values(current, park, IN_DIVISION));
        }
        assertEquals(ingested(dir.resolve("at-once"), Loader.AUTO, pages), current(dir.resolve("store")),
                "the writes above give the graph one ingest of the same files gives");
    }

    @Test
    void anArticleCoversTheDivisionsOfWhatItMentionsWhereverTheyArePlaced(@TempDir Path dir) throws Exception {
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        // the first names the park without its place; the second places it in 武进区
        Files.writeString(pages.resolve("a.txt"), "产业园新签三个项目\n\n本报讯 昨天，绿洲智造产业园签约三个项目，总投资12亿元。\n", StandardCharsets.UTF_8);
        Path placing = pages.resolve("b.txt");
        String wujin = "http://localhost:3030/id/division/320412";
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            Pipeline pipeline = new Pipeline("http://localhost:3030/");
            kg.ingest(List.of(pages), pipeline, QUIET);
            Node article = articleNamed(kg, "产业园新签三个项目");
            assertEquals(List.of(), values(current(kg), article, COVERS), "placed nowhere yet");

            Files.writeString(placing, "园区项目推进会召开\n\n本报讯 昨天，位于武进区的绿洲智造产业园举行项目推进会。\n", StandardCharsets.UTF_8);
            kg.ingest(List.of(pages), pipeline, QUIET); // a write transaction: the store is not empty
            Set<Triple> current = current(kg);
            assertEquals(List.of(wujin), values(current, article, COVERS), "the first article covers where the second places its park");
            assertEquals(List.of(wujin), values(current, articleNamed(kg, "园区项目推进会召开"), COVERS));

            Files.writeString(placing, "区政协召开会议\n\n本报讯(记者 王五) 昨天，区政协主席郑东主持会议。\n", StandardCharsets.UTF_8);
            kg.ingest(List.of(pages), pipeline, QUIET);
            current = current(kg);
            assertEquals(List.of(), values(current, article, COVERS), "the page that placed the park is gone");
            assertTrue(current.stream().noneMatch(t -> t.getObject().isURI() && t.getObject().getURI().equals(wujin)), "武进区 stayed covered");
        }
        assertEquals(ingested(dir.resolve("at-once"), Loader.AUTO, pages), current(dir.resolve("store")),
                "the writes above give the graph one ingest of the same files gives");
    }

    @Test
    void everyArticleOfTheSamplesCarriesItsPaperAndDateAndCoversTheDivisionsOfItsThings(@TempDir Path dir) throws Exception {
        Set<Triple> current = ingested(dir.resolve("store"), Loader.TRANSACTIONS, DATED);
        Set<Node> covering = new HashSet<>();
        for (Triple t : current) {
            if (t.getPredicate().equals(COVERS)) {
                covering.add(t.getSubject());
            }
        }
        assertFalse(covering.isEmpty(), "no article covers a division");
        Node date = NodeFactory.createURI("http://purl.org/dc/terms/date");
        for (Node a : covering) {
            assertEquals(1, values(current, a, date).size(), "the date of " + a);
            for (String d : values(current, a, COVERS)) {
                // some entity of the graph is placed in it
                assertTrue(current.stream().anyMatch(t -> t.getPredicate().equals(IN_DIVISION) && t.getObject().getURI().equals(d)), d);
            }
        }
    }

    /** The article whose title (the first line of its text) is {@code title}. */
    static Node articleNamed(KgStore kg, String title) {
        Node isString = NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString");
        return Txn.calculateRead(kg.dataset(), () -> {
            var it = kg.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, isString, Node.ANY);
            while (it.hasNext()) {
                var q = it.next();
                if (q.getObject().getLiteralLexicalForm().startsWith(title)) {
                    return q.getSubject();
                }
            }
            throw new AssertionError("no article titled " + title);
        });
    }

    /** The current graph of a closed store. */
    static Set<Triple> current(Path store) {
        try (KgStore kg = KgStore.open(store)) {
            return current(kg);
        }
    }

    @Test
    void aGraphMadeBeforeItKeptPlacesGetsThemWhenOpened(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Set<Triple> made = ingested(store, Loader.AUTO, DATED);
        assertTrue(made.stream().anyMatch(t -> t.getPredicate().equals(IN_DIVISION)), "no place in the graph");
        assertTrue(made.stream().anyMatch(t -> t.getPredicate().equals(CODE)), "no division code in the graph");
        org.apache.jena.tdb2.sys.TDBInternal.expel(StoreLayout.connect(store));
        var dsg = StoreLayout.connect(store); // as a store whose graph was made before it kept them
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(CURRENT, Node.ANY, IN_DIVISION, Node.ANY);
            dsg.deleteAny(CURRENT, Node.ANY, CODE, Node.ANY);
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        assertEquals(made, current(store));

        assertTrue(made.stream().anyMatch(t -> t.getPredicate().equals(COVERS)), "no article covers a division");
        org.apache.jena.tdb2.sys.TDBInternal.expel(StoreLayout.connect(store));
        var older = StoreLayout.connect(store); // as one made before it said which divisions articles cover
        Txn.executeWrite(older, () -> older.deleteAny(CURRENT, Node.ANY, COVERS, Node.ANY));
        org.apache.jena.tdb2.sys.TDBInternal.expel(older);
        assertEquals(made, current(store));
    }

    @Test
    void aGraphMadeBeforeItDescribedArticlesGetsTheirDatesWhenOpenedThoughNothingIsPlaced(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("A1.txt"), "---\ndate: 2024-03-05\npaper: 东岭日报\npage: A1\n---\n区政协召开会议\n\n"
                + "本报讯(记者 王五) 昨天，区政协主席郑东主持会议。\n", StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        Set<Triple> made = ingested(store, Loader.AUTO, pages);
        Node date = NodeFactory.createURI("http://purl.org/dc/terms/date");
        assertTrue(made.stream().anyMatch(t -> t.getPredicate().equals(date)), "no article's date in the graph: " + made);
        assertTrue(made.stream().noneMatch(t -> t.getPredicate().equals(IN_DIVISION)), "the page places something");
        org.apache.jena.tdb2.sys.TDBInternal.expel(StoreLayout.connect(store));
        var older = StoreLayout.connect(store); // as one made before the graph described articles
        Txn.executeWrite(older, () -> older.deleteAny(CURRENT, Node.ANY, date, Node.ANY));
        org.apache.jena.tdb2.sys.TDBInternal.expel(older);
        assertEquals(made, current(store));
    }

    @Test
    void aStoreWithoutItGetsItWhenOpened(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Set<Triple> made = ingested(store, Loader.AUTO, DATED);
        org.apache.jena.tdb2.sys.TDBInternal.expel(StoreLayout.connect(store)); // without the closed label index's hooks
        var dsg = StoreLayout.connect(store); // as a store written before the graph existed
        Txn.executeWrite(dsg, () -> dsg.removeGraph(CURRENT));
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        try (KgStore kg = KgStore.open(store)) {
            assertFalse(made.isEmpty());
            assertEquals(made, current(kg));
        }
    }

    @Test
    void kgLoadOfArticleGraphsBuildsItAsIngestDoes(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("ingested");
        Set<Triple> ingested = ingested(store, Loader.AUTO, DATED);
        Path quads = dir.resolve("articles.nq"); // what kg extract writes: no current graph
        try (KgStore kg = KgStore.open(store); var out = Files.newOutputStream(quads)) {
            var writer = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, org.apache.jena.riot.RDFFormat.NQUADS);
            writer.start();
            Txn.executeRead(kg.dataset(), () -> kg.dataset().asDatasetGraph().stream()
                    .filter(q -> !q.getGraph().equals(CURRENT)).forEach(writer::quad));
            writer.finish();
        }
        XLoader.load(dir.resolve("loaded"), List.of(quads), dir.resolve("tmp"), 2);
        try (KgStore kg = KgStore.open(dir.resolve("loaded"))) { // as kg load opens it after loading
            assertFalse(ingested.isEmpty());
            assertEquals(ingested, current(kg));
        }
    }

    @Test
    void kgValidateChecksTheArticlesNotTheCurrentGraph(@TempDir Path dir) {
        Path store = dir.resolve("store");
        assertFalse(ingested(store, Loader.AUTO, DATED).isEmpty());
        // the graph is no article (its entities carry an rdfs:label, no mention): checked as one, it would fail
        assertEquals(0, org.localkg.cli.Main.run("validate", "--store", store.toString()));
    }

    @Test
    void theLabelIndexCountsEachNameOnlyFromTheArticles(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            kg.ingest(List.of(DATED), new Pipeline("http://localhost:3030/"), QUIET);
            assertEachNameCountedOnce(kg, "as ingested");
        }
        try (Stream<Path> old = Files.walk(store.resolve("labels"))) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (KgStore kg = KgStore.open(store)) { // rebuilt from the store, as for a store found without its index
            assertEachNameCountedOnce(kg, "after a rebuild");
        }
    }

    /** Each hit's documents are the article graphs' label statements of its entity, none from the current graph. */
    private static void assertEachNameCountedOnce(KgStore kg, String when) {
        var hits = kg.labels().find("华腾精密机械", 10);
        assertFalse(hits.isEmpty());
        for (var h : hits) {
            long articleLabels = Txn.calculateRead(kg.dataset(), () -> Stream.of(LABEL, ALT)
                    .mapToLong(p -> kg.dataset().asDatasetGraph().stream(Node.ANY, h.entity(), p, Node.ANY)
                            .filter(q -> q.getObject().getLiteralLexicalForm().contains("华腾精密机械"))
                            .filter(q -> !q.getGraph().equals(CURRENT)).count()).sum());
            assertEquals(articleLabels, h.documents(), "documents of " + h.label() + " " + when);
        }
    }
}
