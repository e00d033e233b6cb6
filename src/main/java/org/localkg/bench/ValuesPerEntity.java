package org.localkg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;

/**
 * How many distinct values an entity gathers across every article of a store, per property:
 * its names, its park, its enterprise, its investment. An entity that gathers many names or
 * parks is several entities taken for one (the identity of names across articles has failed).
 */
public final class ValuesPerEntity {
    /** The properties counted, with the names the report gives them. */
    public static final Map<String, Node> PROPERTIES = properties();

    /** The largest count of any entity and the 99th percentile over entities that have the property. */
    public record Spread(int max, int p99, int entities) {
        @Override
        public String toString() {
            return entities == 0 ? "-" : max + " / " + p99;
        }
    }

    private ValuesPerEntity() {}

    private static Map<String, Node> properties() {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put("labels (rdfs:label, skos:altLabel)", null);
        m.put("rdfs:label", LKG.label); // one per entity: the graph of current facts' (a join on it multiplies nothing)
        m.put("park", LKG.park);
        m.put("enterprise", LKG.enterprise);
        m.put("investment", LKG.investment);
        return m;
    }

    /** The spread of each of {@link #PROPERTIES}, in its order. */
    public static Map<String, Spread> of(Dataset dataset) {
        Map<String, Spread> out = new LinkedHashMap<>();
        for (var p : PROPERTIES.entrySet()) {
            String path = p.getValue() == null ? "<" + LKG.label.getURI() + ">|<" + LKG.altLabel.getURI() + ">" : "<" + p.getValue().getURI() + ">";
            out.put(p.getKey(), spread(dataset, "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { GRAPH ?g { ?e " + path
                    + " ?v } FILTER(isIRI(?e) && CONTAINS(STR(?e), \"/id/entity/\")) } GROUP BY ?e"));
        }
        return out;
    }

    private static Spread spread(Dataset dataset, String query) {
        List<Double> counts = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    counts.add((double) rs.next().getLiteral("n").getInt());
                }
            }
        });
        counts.sort(null);
        return counts.isEmpty() ? new Spread(0, 0, 0)
                : new Spread((int) Percentile.of(counts, 1.0), (int) Percentile.of(counts, 0.99), counts.size());
    }
}
