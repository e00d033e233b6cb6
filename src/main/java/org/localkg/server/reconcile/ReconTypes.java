package org.localkg.server.reconcile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.localkg.rdf.LKG;

/**
 * The types a reconciliation query may ask for, identified by their local names in the ontology
 * (the schema space). A type covers its sub-classes as the ontology states them: Person covers
 * officials and reporters, Organization covers enterprises.
 */
final class ReconTypes {
    record Type(String id, String name, Set<Node> classes) {}

    static final List<String> IDS = List.of("Official", "Person", "Enterprise", "Organization", "Park", "Project",
            "AdministrativeDivision");
    private static final Node SUB_CLASS_OF = NodeFactory.createURI(LKG.RDFS + "subClassOf");

    private final List<Type> types;

    ReconTypes() {
        Graph ontology = org.localkg.ontology.OntologyDocs.bundled().getGraph();
        types = IDS.stream().map(id -> {
            Node c = NodeFactory.createURI(LKG.NS + id);
            return new Type(id, name(ontology, c, id), subClasses(ontology, c));
        }).toList();
    }

    List<Type> all() {
        return types;
    }

    Type byId(String id) {
        if (id == null) {
            return null;
        }
        String local = id.startsWith(LKG.NS) ? id.substring(LKG.NS.length()) : id;
        return types.stream().filter(t -> t.id().equals(local)).findFirst().orElse(null);
    }

    /** Every one of our types an entity of these classes has (Official and Person for an official), in {@link #IDS} order. */
    List<Type> of(Set<Node> classes) {
        return types.stream().filter(t -> classes.stream().anyMatch(t.classes()::contains)).toList();
    }


    /** The class and everything the ontology says is a sub-class of it. */
    private static Set<Node> subClasses(Graph g, Node c) {
        Set<Node> out = new LinkedHashSet<>(List.of(c));
        List<Node> todo = new java.util.ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Node next = todo.remove(todo.size() - 1);
            g.find(Node.ANY, SUB_CLASS_OF, next).forEachRemaining(t -> {
                if (out.add(t.getSubject())) {
                    todo.add(t.getSubject());
                }
            });
        }
        return out;
    }

    /** "官员 Official": the ontology's Chinese and English labels. */
    private static String name(Graph g, Node c, String fallback) {
        String zh = null, en = null;
        for (var it = g.find(c, LKG.label, Node.ANY); it.hasNext(); ) {
            Node l = it.next().getObject();
            if ("zh".equals(l.getLiteralLanguage())) {
                zh = l.getLiteralLexicalForm();
            } else if ("en".equals(l.getLiteralLanguage())) {
                en = l.getLiteralLexicalForm();
            }
        }
        return zh == null ? (en == null ? fallback : en) : zh + (en == null ? "" : " " + en);
    }
}
