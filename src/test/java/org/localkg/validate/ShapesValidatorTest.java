package org.localkg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.localkg.Pipeline;
import org.localkg.ingest.SourceReader;

class ShapesValidatorTest {
    private final ShapesValidator validator = new ShapesValidator();

    @Test
    void eachKindOfViolationInABrokenArticleIsReported() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph("src/test/resources/validation/broken-article.trig");
        List<Violation> vs = validator.validate(dsg, g -> true);
        Set<String> messages = vs.stream().map(Violation::message).collect(Collectors.toSet());
        for (String expected : List.of(
                "an article has one position in its page, from 1",
                "an article has the SHA-256 of its text",
                "an entity has its Chinese names in an article as skos:altLabel",
                "an entity's one rdfs:label is in the graph of current facts, not in an article",
                "an investment is a positive decimal number of yuan",
                "an expected completion year is a plausible xsd:gYear (1950–2100)",
                "a project's park is a Park",
                "a project's status is a concept of the status scheme",
                "an inspection has one inspector, an official",
                "a span has one start, before its end",
                "a reporter is never an official",
                "a division has one code of six (GB/T 2260) or nine digits")) {
            assertTrue(messages.contains(expected), "not reported: " + expected + "\nreported: " + messages);
        }
        assertTrue(vs.stream().allMatch(v -> v.article().equals("http://example.org/id/article-1") && v.focus() != null));
    }

    @Test
    void whatTheExtractorWritesConforms() {
        DatasetGraph dsg = org.localkg.TestPages.extracted();
        List<Violation> vs = validator.validate(dsg, g -> true);
        assertTrue(vs.isEmpty(), vs.toString());
    }

    @Test
    void theBundledSamplePagesConform() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Pipeline p = new Pipeline("http://localhost:3030/");
        String index = new String(getClass().getClassLoader().getResourceAsStream("org/localkg/corpus/pages.list").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String name : index.strip().split("\\R")) {
            p.process(SourceReader.readResource("org/localkg/corpus/" + name.strip()), StreamRDFLib.dataset(dsg));
        }
        List<Violation> vs = validator.validate(dsg, g -> true);
        assertTrue(vs.isEmpty(), vs.toString());
    }
}
