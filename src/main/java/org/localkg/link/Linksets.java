package org.localkg.link;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;
import org.localkg.store.KgStore;

/**
 * Linksets in the store: each is the named graph {@code BASE/linkset/NAME}, holding its links,
 * their SSSOM annotations (an {@code owl:Axiom} per link with {@code sssom:confidence} and
 * {@code sssom:mapping_justification}) and its VoID description ({@code void:Linkset}: subjects
 * and objects target, link predicate, triples, creation date, the source file and its date).
 * Writing a linkset of an existing name replaces it.
 */
public final class Linksets {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SSSOM = "https://w3id.org/sssom/";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final Node LINKSET = u(VOID + "Linkset");

    /** What {@code kg link --list} shows of a linkset. */
    public record Info(String name, Node graph, long links, String created, String source) {}

    private Linksets() {}

    static Node u(String s) {
        return NodeFactory.createURI(s);
    }

    public static Node graph(String base, String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("a linkset name is letters, digits, '.', '_' or '-' (at most 64): " + name);
        }
        return u(base + "linkset/" + name);
    }

    /** Writes (or replaces) linkset {@code name}; returns the number of links written. */
    public static int write(KgStore kg, String base, String name, List<Mapping> links, Node objectsTarget, String sourceFile,
                            LocalDate sourceDate) {
        Node ls = graph(base, name);
        List<Triple> t = new ArrayList<>();
        Set<Node> predicates = new LinkedHashSet<>();
        int i = 0;
        for (Mapping m : links) {
            t.add(Triple.create(m.subject(), m.predicate(), m.object()));
            predicates.add(m.predicate());
            Node axiom = u(ls.getURI() + "#m" + (++i));
            t.add(Triple.create(axiom, LKG.rdfType, u(OWL + "Axiom")));
            t.add(Triple.create(axiom, u(OWL + "annotatedSource"), m.subject()));
            t.add(Triple.create(axiom, u(OWL + "annotatedProperty"), m.predicate()));
            t.add(Triple.create(axiom, u(OWL + "annotatedTarget"), m.object()));
            t.add(Triple.create(axiom, u(SSSOM + "confidence"), NodeFactory.createLiteralDT(Double.toString(m.confidence()), XSDDatatype.XSDdouble)));
            t.add(Triple.create(axiom, u(SSSOM + "mapping_justification"), u(m.justification())));
            if (m.comment() != null) {
                t.add(Triple.create(axiom, u(LKG.RDFS + "comment"), NodeFactory.createLiteralString(m.comment())));
            }
        }
        t.add(Triple.create(ls, LKG.rdfType, LINKSET));
        t.add(Triple.create(ls, LKG.title, NodeFactory.createLiteralString(name)));
        t.add(Triple.create(ls, u(VOID + "subjectsTarget"), u(base + ".well-known/void#dataset")));
        t.add(Triple.create(ls, u(VOID + "objectsTarget"), objectsTarget));
        for (Node p : predicates) {
            t.add(Triple.create(ls, u(VOID + "linkPredicate"), p));
        }
        t.add(Triple.create(ls, u(VOID + "triples"), NodeFactory.createLiteralDT(Integer.toString(links.size()), XSDDatatype.XSDinteger)));
        t.add(Triple.create(ls, u(LKG.DCT + "created"), NodeFactory.createLiteralDT(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime)));
        Node source = u(ls.getURI() + "#source");
        t.add(Triple.create(ls, u(LKG.PROV + "wasDerivedFrom"), source));
        t.add(Triple.create(source, LKG.title, NodeFactory.createLiteralString(sourceFile)));
        if (sourceDate != null) {
            t.add(Triple.create(source, LKG.date, NodeFactory.createLiteralDT(sourceDate.toString(), XSDDatatype.XSDdate)));
        }
        kg.replaceGraph(ls, t);
        return links.size();
    }

    public static List<Info> list(KgStore kg) {
        var dsg = kg.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Info> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, LKG.rdfType, LINKSET).forEachRemaining(q -> {
                Node g = q.getGraph();
                String uri = g.getURI();
                out.add(new Info(uri.substring(uri.lastIndexOf('/') + 1), g, number(dsg, g, u(VOID + "triples")),
                        literal(dsg, g, g, u(LKG.DCT + "created")), literal(dsg, g, u(uri + "#source"), LKG.title)));
            });
            return out;
        });
    }

    /** Removes linkset {@code name}; false when there is none. */
    public static boolean remove(KgStore kg, String base, String name) {
        Node g = graph(base, name);
        var dsg = kg.dataset().asDatasetGraph();
        boolean exists = Txn.calculateRead(dsg, () -> dsg.containsGraph(g));
        if (exists) {
            kg.replaceGraph(g, List.of());
        }
        return exists;
    }

    private static String literal(org.apache.jena.sparql.core.DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    private static long number(org.apache.jena.sparql.core.DatasetGraph dsg, Node g, Node p) {
        String v = literal(dsg, g, g, p);
        return v.isEmpty() ? 0 : Long.parseLong(v);
    }
}
