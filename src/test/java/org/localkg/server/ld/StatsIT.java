package org.localkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/** The counts of the home page and VoID count each entity once, though the graph of current facts repeats it. */
class StatsIT {
    @Test
    void theGraphOfCurrentFactsAddsNoEntityToTheCounts(@TempDir Path dir) {
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(Path.of("src/test/resources/org/localkg/dated")), new Pipeline("http://localhost:3030/"),
                    new IngestListener() {});
            DatasetGraph dsg = kg.dataset().asDatasetGraph();
            var current = NodeFactory.createURI("https://w3id.org/localkg/graph/current");
            DatasetGraph without = DatasetGraphFactory.createTxnMem();
            Stats with = Txn.calculateRead(dsg, () -> {
                assertTrue(dsg.find(current, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).hasNext(), "the store has no graph of current facts");
                dsg.find().forEachRemaining(q -> {
                    if (!q.getGraph().equals(current)) {
                        without.add(q);
                    }
                });
                return Stats.of(dsg);
            });
            Stats articlesOnly = Txn.calculateRead(without, () -> Stats.of(without));
            assertEquals(articlesOnly.perClass, with.perClass);
            assertEquals(articlesOnly.entities, with.entities);
        }
    }
}
