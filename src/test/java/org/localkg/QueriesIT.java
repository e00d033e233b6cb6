package org.localkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localkg.ingest.SourceReader;

/**
 * Every query of queries/ runs over the test pages' article graphs alone, as the evaluation
 * scorer reads {@code kg extract}'s output split by article (named graphs, the default graph
 * their union, no graph of current facts); the scored four return rows there.
 */
class QueriesIT {
    static Dataset union;

    @BeforeAll
    static void build() throws IOException {
        DatasetGraph dsg = TestPages.extracted();
        DatasetGraph u = DatasetGraphFactory.create(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(g -> u.addGraph(g, dsg.getGraph(g)));
        union = DatasetFactory.wrap(u);
    }

    static Stream<Path> queries() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void runs(Path query) throws IOException {
        String text = Files.readString(query);
        assertTrue(text.startsWith("#"), query + " opens with comments on what it answers");
        try (QueryExecution qe = QueryExecution.dataset(union).query(QueryFactory.create(text)).build()) {
            int rows = 0;
            for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                rows++;
            }
            if (List.of("entities.rq", "officials.rq", "projects.rq", "inspections.rq").contains(query.getFileName().toString())) {
                assertTrue(rows > 0, query + " returned no rows");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theIndexListsEveryQueryForTheQueryPage() throws IOException {
        List<String> index = Files.readAllLines(Path.of("queries/index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).sorted().toList();
        List<String> files = queries().map(p -> p.getFileName().toString()).sorted().toList();
        org.junit.jupiter.api.Assertions.assertEquals(files, index, "queries/index.txt is out of step with queries/");
    }
}
