package org.localkg.rdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The part of the ontology that the data needs beside it, kept in the store as the named graph
 * {@link #NAME} (the ontology's own IRI): the class hierarchy ({@code rdfs:subClassOf}), which the
 * SHACL shapes rely on (a County's {@code lkg:withinDivision} is an AdministrativeDivision only by
 * it), and the project statuses with their names in Chinese and English, which the data points at
 * ({@code lkg:status}) and which SPARQL, the dump and reconciliation could otherwise not name.
 * Read from the bundled ontology, so it follows the ontology file; not the whole ontology, whose
 * class and property labels would otherwise count as entities' names in the label index and the
 * union graph queries see.
 */
public final class OntologyGraph {
    /** The graph's name: the ontology's IRI. */
    public static final Node NAME = NodeFactory.createURI(LKG.ONTOLOGY);

    private static final String RESOURCE = "org/localkg/ontology/localkg.ttl";
    private static final Node SUB_CLASS_OF = NodeFactory.createURI(LKG.RDFS + "subClassOf");
    private static final Node CONCEPT_SCHEME = NodeFactory.createURI(LKG.SKOS + "ConceptScheme");
    private static final Node PROJECT_STATUS = LKG.term("ProjectStatus");
    private static final List<Triple> TRIPLES = select(BundledTurtle.read(RESOURCE));
    private static final Set<Triple> EXPECTED = Set.copyOf(TRIPLES);

    private OntologyGraph() {}

    /**
     * The graph's triples: the sub-class axioms, then every triple about a status scheme or status
     * but their rdfs:label and skos:altLabel (the statuses are named by skos:prefLabel).
     */
    public static List<Triple> triples() {
        return TRIPLES;
    }

    /** The triples as a graph of their own (a new one each call). */
    public static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        TRIPLES.forEach(g::add);
        return g;
    }

    /**
     * Writes the graph into {@code dsg} unless it is there already as it should be (a store from
     * before it, or from an older ontology, has it replaced); callers hold a write transaction.
     * Returns whether anything was written.
     */
    public static boolean writeInto(DatasetGraph dsg) {
        if (isIn(dsg)) {
            return false;
        }
        dsg.removeGraph(NAME);
        TRIPLES.forEach(t -> dsg.add(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
        return true;
    }

    /** Whether {@code dsg} holds the graph exactly; callers hold a read transaction. */
    public static boolean isIn(DatasetGraph dsg) {
        // one scan of the stored graph (a lookup per expected triple took 0.2 s on TDB2 under load)
        int found = 0;
        for (var it = dsg.find(NAME, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); found++) {
            if (!EXPECTED.contains(it.next().asTriple())) {
                return false;
            }
        }
        return found == EXPECTED.size();
    }

    private static List<Triple> select(Graph ontology) {
        Set<Triple> out = new LinkedHashSet<>(ontology.find(Node.ANY, SUB_CLASS_OF, Node.ANY).toList());
        for (Node type : List.of(CONCEPT_SCHEME, PROJECT_STATUS)) {
            for (Triple typed : ontology.find(Node.ANY, LKG.rdfType, type).toList()) {
                // not the scheme's rdfs:label: the label index would take it for an entity's name
                ontology.find(typed.getSubject(), Node.ANY, Node.ANY)
                        .filterDrop(t -> t.getPredicate().equals(LKG.label) || t.getPredicate().equals(LKG.altLabel))
                        .forEach(out::add);
            }
        }
        return List.copyOf(out);
    }
}
