package org.localkg.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

class BoundedSortsTest {
    /** 3,000 triples whose objects sort in another order than they were added, some equal. */
    private static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 3000; i++) {
            dsg.getDefaultGraph().add(NodeFactory.createURI("http://x/s" + i), NodeFactory.createURI("http://x/p"),
                    NodeFactory.createLiteralString("o" + (i * 7919 % 1000)));
        }
        return dsg;
    }

    private static String plan(DatasetGraph dsg, String q) {
        return Optimize.optimize(Algebra.compile(QueryFactory.create(q)), dsg.getContext()).toString();
    }

    private static List<String> rows(DatasetGraph dsg, String q) {
        List<String> out = new ArrayList<>();
        QueryExec.dataset(dsg).query(q).select().forEachRemaining(b -> out.add(b.toString()));
        return out;
    }

    @Test
    void aSortUnderALimitAndOffsetKeepsOnlyThoseRowsAndAnswersAsAFullSort() {
        DatasetGraph full = data();
        DatasetGraph bounded = data();
        BoundedSorts.install(bounded.getContext(), 10_000);
        for (String q : List.of("SELECT ?o ?s WHERE { ?s ?p ?o } ORDER BY DESC(?o) ?s OFFSET 1500 LIMIT 7",
                "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o ?s LIMIT 1200")) {
            assertFalse(plan(full, q).contains("(top "), "Jena's own threshold is 1,000 rows: " + plan(full, q));
            assertTrue(plan(bounded, q).contains("(top "), plan(bounded, q));
            List<String> expected = rows(full, q);
            assertFalse(expected.isEmpty());
            assertEquals(expected, rows(bounded, q), q);
        }
    }

    @Test
    void aDistinctSortOrOneAboveTheBoundIsLeftToJena() {
        DatasetGraph bounded = data();
        BoundedSorts.install(bounded.getContext(), 10_000);
        // Jena's top-N with DISTINCT checks each row against every row kept: quadratic at these sizes
        String distinct = "SELECT DISTINCT ?o WHERE { ?s ?p ?o } ORDER BY ?o OFFSET 1500 LIMIT 7";
        assertFalse(plan(bounded, distinct).contains("(top "), plan(bounded, distinct));
        String reduced = "SELECT REDUCED ?o WHERE { ?s ?p ?o } ORDER BY ?o OFFSET 1500 LIMIT 7";
        assertFalse(plan(bounded, reduced).contains("(top "), plan(bounded, reduced));
        String beyond = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o OFFSET 9000 LIMIT 1001";
        assertFalse(plan(bounded, beyond).contains("(top "), plan(bounded, beyond));
        assertEquals(rows(data(), distinct), rows(bounded, distinct));
    }
}
