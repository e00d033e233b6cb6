package org.localkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.bench.SyntheticCorpus;
import org.localkg.cli.Main;
import org.localkg.ingest.InputLimits;
import org.localkg.store.KgStore;

/**
 * The Spark job in Spark's local mode with two executor threads gives exactly the quads of
 * {@code kg extract} on one machine: the same IRIs (so identity resolution agreed across
 * partitions), the same facts, for a corpus whose names recur across pages and partitions, with
 * sidecar metadata, nested folders and a page that fails.
 */
class SparkExtractIT {
    @TempDir
    static Path dir;
    static Path corpus;
    static SparkSession spark;

    @BeforeAll
    static void corpusAndSpark() throws Exception {
        corpus = dir.resolve("corpus");
        new SyntheticCorpus(11).write(corpus.resolve("generated"), 24);
        Path samples = corpus.resolve("2024-12-28");
        org.localkg.TestPages.copySamples(samples);
        // sidecars: a region changes the keys of the people on the page, a date the facts' dates
        Files.writeString(samples.resolve("000_754554d54ba84a54.txt.meta"), "date: 2024-12-28\nregion: 武进区\n");
        Files.writeString(samples.resolve("001_883dfa0d1b45e9ec.meta"), "date: 2024-12-27\npaper: 常州日报\n");
        Files.write(samples.resolve("broken.txt"), new byte[] {'a', 0, 'b'}); // NUL: refused by both
        Files.writeString(samples.resolve("notes.md"), "not a page");

        spark = SparkSession.builder()
                .master("local[2]")
                .appName("SparkExtractIT")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.default.parallelism", "4")
                .config("spark.sql.files.maxPartitionBytes", "65536") // several partitions even for this small corpus
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** N-Quads as sorted lines, decimals written by value (TDB2 gives 3100000000.0 for 3100000000). */
    private static List<String> canonical(String nquads) {
        List<String> lines = new ArrayList<>();
        java.util.function.UnaryOperator<org.apache.jena.graph.Node> canonical = o -> o.isLiteral()
                && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal.getURI().equals(o.getLiteralDatatypeURI())
                ? org.apache.jena.graph.NodeFactory.createLiteralDT(new java.math.BigDecimal(o.getLiteralLexicalForm()).stripTrailingZeros().toPlainString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)
                : o;
        org.apache.jena.riot.RDFParser.fromString(nquads, org.apache.jena.riot.Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                lines.add(org.apache.jena.riot.out.NodeFmtLib.str(org.apache.jena.sparql.core.Quad.create(q.getGraph(), q.getSubject(),
                        q.getPredicate(), canonical.apply(q.getObject()))));
            }
        });
        lines.sort(null);
        return lines;
    }

    /** A few quads only one side has, so that a failure is readable. */
    private static String differences(List<String> expected, List<String> actual) {
        java.util.Set<String> a = new java.util.HashSet<>(actual), e = new java.util.HashSet<>(expected);
        return expected.size() + " vs " + actual.size() + " quads; only kg extract: "
                + expected.stream().filter(l -> !a.contains(l)).limit(3).toList()
                + "; only the job: " + actual.stream().filter(l -> !e.contains(l)).limit(3).toList();
    }

    @Test
    void aCorpusFolderGivenRelativeToTheWorkingFolderIsRead() throws Exception {
        // as the README's example gives it (./kg spark-extract src/main/resources/…/corpus/ out/)
        String relative = Path.of("").toAbsolutePath().relativize(corpus.toAbsolutePath()).toString();
        Path out = dir.resolve("relative-partitions");
        SparkExtract.Result r = SparkExtract.run(spark, relative + "/", out.toUri().toString(), "http://localhost:3030/", InputLimits.DEFAULT);
        assertEquals(29, r.pages());
    }

    @Test
    void theJobWritesTheQuadsKgExtractWrites() throws Exception {
        Path single = dir.resolve("single.nq");
        assertEquals(1, Main.run("extract", corpus.toString(), "-o", single.toString()), "the broken page fails");
        // the job writes the article graphs; kg extract adds its run's graph of current facts,
        // which kg load makes afresh from the articles (below)
        String currentGraph = "<" + org.localkg.rdf.CurrentGraph.NAME.getURI() + ">";
        List<String> expected = new ArrayList<>(Files.readAllLines(single, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.endsWith(currentGraph + " .")).toList());
        expected.sort(null);

        Path out = dir.resolve("partitions");
        SparkExtract.Result r = SparkExtract.run(spark, corpus.toUri().toString(), out.toUri().toString(), "http://localhost:3030/", InputLimits.DEFAULT);

        List<Path> parts;
        try (Stream<Path> s = Files.list(out)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        assertTrue(parts.size() >= 2, "written as partitions: " + parts);
        List<String> actual = new ArrayList<>();
        for (Path p : parts) {
            actual.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
        }
        actual.sort(null);

        assertTrue(expected.size() > 20_000, "quads: " + expected.size());
        assertTrue(expected.equals(actual), () -> "the job's quads differ from kg extract's: " + differences(expected, actual));
        assertEquals(expected.size(), r.quads());
        assertEquals(29, r.pages());
        assertEquals(1, r.failures().size(), r.failures().toString());
        assertTrue(r.failures().get(0).contains("broken.txt"), r.failures().get(0));
        // keys met across pages (aliases, variants): without the driver's table the IRIs would differ
        assertTrue(r.keysResolvedToOthers() > 0, "keys resolved to another: " + r.keysResolvedToOthers());
        assertTrue(expected.stream().anyMatch(l -> l.contains("2024-12-28") && l.contains("XMLSchema#date")), "the sidecar's date was used");

        // the partitions, loaded by TDB2's xloader into a store of this project's layout, hold exactly
        // those quads, and the ontology's graph kg load writes beside them
        Path store = dir.resolve("store");
        assertEquals(0, Main.run("load", "--store", store.toString(), out.toString()));
        try (KgStore kg = KgStore.open(store)) {
            java.io.ByteArrayOutputStream dump = new java.io.ByteArrayOutputStream();
            org.apache.jena.system.Txn.executeRead(kg.dataset(), () -> RDFDataMgr.write(dump, kg.dataset().asDatasetGraph(), RDFFormat.NQUADS));
            // TDB2 keeps a decimal as its value and writes it back canonically (3100000000.0): compare values
            // the graph of current facts is the store's own summary of the articles, built when the store opens
            List<String> all = canonical(dump.toString(StandardCharsets.UTF_8));
            List<String> loaded = all.stream().filter(l -> !l.contains(currentGraph)).toList();
            assertTrue(all.size() > loaded.size(), "the store holds the graph of current facts");
            var ontology = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            org.localkg.rdf.OntologyGraph.triples().forEach(t ->
                    ontology.add(org.localkg.rdf.OntologyGraph.NAME, t.getSubject(), t.getPredicate(), t.getObject()));
            java.io.ByteArrayOutputStream ontologyQuads = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(ontologyQuads, ontology, RDFFormat.NQUADS);
            List<String> extracted = canonical(String.join("\n", expected) + "\n" + ontologyQuads.toString(StandardCharsets.UTF_8));
            assertTrue(extracted.equals(loaded), () -> "the loaded store differs: " + differences(extracted, loaded));
            assertFalse(kg.labels().find("魏琪刚", 5).isEmpty(), "the label index was built after the load");
        }
        assertFalse(Files.exists(dir.resolve("store.xloader-tmp")), "the loader's temporary files are gone");
        try (Stream<Path> files = Files.list(store.resolve("Data-0001"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("GPOS")), "the store keeps this project's four quad indexes");
        }
        long before;
        try (KgStore kg = KgStore.open(store)) {
            before = kg.size();
        }
        assertEquals(1, Main.run("load", "--store", store.toString(), out.toString()), "a store that holds data is refused");
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(before, kg.size(), "the refused load left the store as it was");
        }
    }
}
