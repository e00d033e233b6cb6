package org.localkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.localkg.Pipeline;
import org.localkg.ingest.SourceReader;

/** Every fact points at characters of its article that say it. */
class ArticleWriterTest {
    private static Dataset extract() {
        Dataset ds = DatasetFactory.createTxnMem();
        new Pipeline("http://example.org/").process(
                SourceReader.read(Path.of("src/test/resources/pages/inspection-page.txt")),
                StreamRDFLib.dataset(ds.asDatasetGraph()));
        return ds;
    }

    @Test
    void everyEvidenceAndMentionQuotesItsArticleAtItsOffsets() {
        Dataset ds = extract();
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?anchor ?b ?e ?text WHERE { GRAPH ?g {
                  ?x nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?a .
                  ?a nif:isString ?text } }""";
        int n = 0;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String text = s.getLiteral("text").getString();
                assertEquals(s.getLiteral("anchor").getString(),
                        text.substring(s.getLiteral("b").getInt(), s.getLiteral("e").getInt()));
                n++;
            }
        }
        assertTrue(n > 20, "mentions and evidence found: " + n);
    }

    @Test
    void eachArticleIsANamedGraphAndEveryIriIsAscii() {
        Dataset ds = extract();
        int graphs = 0;
        for (var it = ds.asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
            String g = it.next().getURI();
            assertTrue(g.startsWith("http://example.org/id/article/"), g);
            graphs++;
        }
        assertEquals(2, graphs); // the article and the caption; the line after the caption continues the article
        ds.asDatasetGraph().find().forEachRemaining(quad -> {
            for (var node : new org.apache.jena.graph.Node[] {quad.getSubject(), quad.getPredicate(), quad.getObject()}) {
                if (node.isURI()) {
                    assertFalse(node.getURI().chars().anyMatch(c -> c > 127), node.getURI());
                }
            }
        });
    }

    @Test
    void theArticleDateResolvesTheInspectionDayAndTheExpectedYear() {
        Dataset ds = extract();
        String q = """
                PREFIX lkg: <https://w3id.org/localkg/ontology#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?d ?y WHERE { GRAPH ?g { ?i a lkg:Inspection ; dct:date ?d } 
                  GRAPH ?h { ?p lkg:expectedCompletion "明年3月竣工"@zh ; lkg:expectedCompletionYear ?y } }""";
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            QuerySolution s = qe.execSelect().next();
            assertEquals("2024-06-11", s.getLiteral("d").getLexicalForm());
            assertEquals("2025", s.getLiteral("y").getLexicalForm());
        }
    }

    @Test
    void aNameThePageGlossedWithPinyinIsNamedWithoutTheGlossesAndFoundByItsPrintedFormAsAHiddenLabel() {
        Dataset ds = processed("本報訊 昨天，某市招商項(xiàng)目集中簽約，北京新發(fā)地華遠物流有限公司投資建設的智慧物流產(chǎn)業(yè)園項(xiàng)目(mù)簽約落地，總投資5億元。\n");
        String q = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?label ?alt WHERE { GRAPH ?g { ?e skos:altLabel ?label ; skos:hiddenLabel ?alt } }""";
        java.util.Map<String, java.util.Set<String>> printed = new java.util.HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> printed.computeIfAbsent(s.getLiteral("label").getString(), k -> new java.util.TreeSet<>())
                    .add(s.getLiteral("alt").getString()));
        }
        assertEquals(java.util.Set.of("北京新發(fā)地華遠物流有限公司"), printed.get("北京新發地華遠物流有限公司"), printed.toString());
        // the last character's gloss is printed after the name: copied from the page, the name may hold it
        assertEquals(java.util.Set.of("智慧物流產(chǎn)業(yè)園項(xiàng)目", "智慧物流產(chǎn)業(yè)園項(xiàng)目(mù)"), printed.get("智慧物流產業園項目"),
                printed.toString());
    }

    @Test
    void aPostTitleOnAGlossingPageIsWrittenAsPrintedAndLabelledWithoutTheGlosses() {
        Dataset ds = processed("本報訊 昨天，自治區(qū)副主席王明遠來到東城產(chǎn)業(yè)園調(diào)研。\n");
        String q = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX lkg: <https://w3id.org/localkg/ontology#>
                SELECT ?label ?title WHERE { GRAPH ?g { ?p a lkg:Post ; rdfs:label ?label ; lkg:postTitle ?title } }""";
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            QuerySolution s = qe.execSelect().next();
            assertEquals("自治區副主席", s.getLiteral("label").getString());
            assertEquals("自治區(qū)副主席", s.getLiteral("title").getString());
        }
    }

    /** One page through the whole pipeline into an in-memory dataset. */
    private static Dataset processed(String page) {
        Dataset ds = DatasetFactory.createTxnMem();
        new Pipeline("http://example.org/").process(SourceReader.fromBytes("p.txt", "p.txt",
                page.getBytes(java.nio.charset.StandardCharsets.UTF_8), org.localkg.ingest.Metadata.NONE), StreamRDFLib.dataset(ds.asDatasetGraph()));
        return ds;
    }
}
