package org.localkg.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.localkg.rdf.LKG;

/**
 * What the store knows about one resource, across all article graphs: its own triples, the
 * labels of what they point to, the links that point at it (paged: an official or a park may
 * have thousands), and the articles that mention it. Callers hold a read transaction.
 */
public final class Describer {
    public static final int PAGE_SIZE = 100;
    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final Node FOAF_PRIMARY_TOPIC = NodeFactory.createURI(FOAF + "primaryTopic");
    static final Node FOAF_DOCUMENT = NodeFactory.createURI(FOAF + "Document");
    static final Node HYDRA_NEXT = NodeFactory.createURI(HYDRA + "next");
    static final Node HYDRA_PREVIOUS = NodeFactory.createURI(HYDRA + "previous");
    static final Node HYDRA_FIRST = NodeFactory.createURI(HYDRA + "first");
    static final Node HYDRA_TOTAL = NodeFactory.createURI(HYDRA + "totalItems");
    static final Node HYDRA_VIEW = NodeFactory.createURI(HYDRA + "PartialCollectionView");
    /** Provenance internals: the links from mentions and evidence are shown as provenance, not as links. */
    static final Set<Node> INTERNAL_INCOMING = Set.of(LKG.itsTaIdentRef, LKG.rdfSubject, LKG.rdfObject,
            LKG.nifReferenceContext, LKG.hasArticle, LKG.schemaMentions);

    private final DatasetGraph dsg;

    public Describer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** A triple known in the store, once even when several article graphs state it. */
    public List<Triple> outgoing(Node s) {
        Set<Triple> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return new ArrayList<>(out);
    }

    /** Every link that points at {@code o}, in a stable order, provenance internals left out. */
    public List<Triple> incoming(Node o) {
        Set<Triple> in = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, o).forEachRemaining(q -> {
            // an article's lkg:coversDivision: one per article that mentions anything placed there, which
            // would crowd a division's page and picture out of what is placed in it
            if (!INTERNAL_INCOMING.contains(q.getPredicate()) && !q.getPredicate().equals(LKG.mentionedIn)
                    && !q.getPredicate().equals(LKG.coversDivision)
                    && !q.getGraph().getURI().endsWith("/graph/sources")) {
                in.add(q.asTriple());
            }
        });
        List<Triple> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()));
        return sorted;
    }

    public boolean exists(Node s) {
        return dsg.find(Node.ANY, s, Node.ANY, Node.ANY).hasNext() || dsg.find(Node.ANY, Node.ANY, Node.ANY, s).hasNext();
    }

    /** The first literal of {@code p} on {@code s}, preferring {@code lang}. */
    public String literal(Node s, Node p, String lang) {
        String any = null;
        for (var it = dsg.find(Node.ANY, s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                if (lang == null || lang.equals(o.getLiteralLanguage())) {
                    return o.getLiteralLexicalForm();
                }
                if (any == null) {
                    any = o.getLiteralLexicalForm();
                }
            }
        }
        return lang == null ? any : null; // a language asked for and not there is unknown
    }

    /** The resource's types, each once. */
    public Set<Node> types(Node n) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, n, LKG.rdfType, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The objects of {@code p} on {@code s} across articles, each once. */
    public List<Node> objects(Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return new ArrayList<>(out);
    }

    /** The subjects that point at {@code o} with {@code p} across articles, each once. */
    public List<Node> subjects(Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return new ArrayList<>(out);
    }

    /** One object of {@code p} on {@code s}, in any article, or null. */
    public Node object(Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** One subject that points at {@code o} with {@code p}, or null. */
    public Node subjectOf(Node p, Node o) {
        var it = dsg.find(Node.ANY, Node.ANY, p, o);
        return it.hasNext() ? it.next().getSubject() : null;
    }

    /**
     * A name the store gives the resource, or null when it has none: its preferred label (an
     * entity's fullest name, from the graph of current facts; a status's name), else a label of
     * any article, else its title.
     */
    public String label(Node n) {
        String l = literal(n, LKG.prefLabel, "zh");
        if (l == null) {
            l = literal(n, LKG.label, "zh");
        }
        if (l == null) {
            l = literal(n, LKG.label, null);
        }
        if (l == null) {
            l = literal(n, LKG.title, null);
        }
        return l;
    }

    /** The article a resource is stated in (the first article graph that holds it), or null. */
    public Node firstArticle(Node n) {
        for (var it = dsg.find(Node.ANY, n, Node.ANY, Node.ANY); it.hasNext(); ) {
            Node g = it.next().getGraph();
            if (dsg.contains(g, g, LKG.rdfType, LKG.Article)) {
                return g;
            }
        }
        return null;
    }

    /** The date of an article graph (its {@code dct:date}), or null when its page gave none. */
    public String articleDate(Node article) {
        var it = dsg.find(article, article, LKG.date, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** A resource's own date (an inspection's day), else the date of the article that reports it, or null. */
    public String dateOf(Node n) {
        String own = literal(n, LKG.date, null);
        if (own != null) {
            return own;
        }
        Node a = object(n, LKG.reportedIn);
        return a == null ? null : articleDate(a);
    }

    /** A display name: the Chinese label, else any label or title, else the IRI's last segment. */
    public String name(Node n) {
        if (!n.isURI()) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
        String l = label(n);
        if (l == null) {
            String u = n.getURI();
            l = u.substring(u.lastIndexOf(u.contains("#") ? '#' : '/') + 1);
        }
        return l;
    }

    /**
     * The data document of a resource: its triples, its objects' labels, one page of the links
     * that point at it, and the paging announced with Hydra terms on the document.
     */
    public Graph document(Node subject, Node doc, int page, String pageUrlPrefix) {
        Graph g = GraphFactory.createDefaultGraph();
        prefixes(g);
        for (Triple t : outgoing(subject)) {
            g.add(t);
            Node o = t.getObject();
            if (o.isURI()) {
                labels(g, o);
            }
        }
        List<Triple> in = incoming(subject);
        int from = (page - 1) * PAGE_SIZE;
        for (int i = from; i < Math.min(in.size(), from + PAGE_SIZE); i++) {
            g.add(in.get(i));
            labels(g, in.get(i).getSubject());
        }
        // provenance: the articles it is mentioned in, with their titles and dates
        for (var it = dsg.find(Node.ANY, subject, LKG.mentionedIn, Node.ANY); it.hasNext(); ) {
            Node a = it.next().getObject();
            dsg.find(a, a, LKG.title, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            dsg.find(a, a, LKG.date, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        }
        g.add(Triple.create(doc, LKG.rdfType, FOAF_DOCUMENT));
        g.add(Triple.create(doc, FOAF_PRIMARY_TOPIC, subject));
        int pages = Math.max(1, (in.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (pages > 1) {
            Node view = NodeFactory.createURI(pageUrlPrefix + page);
            g.add(Triple.create(doc, LKG.rdfType, HYDRA_VIEW));
            g.add(Triple.create(doc, HYDRA_TOTAL, NodeFactory.createLiteralDT(Integer.toString(in.size()), XSDDatatype.XSDinteger)));
            g.add(Triple.create(doc, HYDRA_FIRST, NodeFactory.createURI(pageUrlPrefix + 1)));
            if (page < pages) {
                g.add(Triple.create(doc, HYDRA_NEXT, NodeFactory.createURI(pageUrlPrefix + (page + 1))));
            }
            if (page > 1) {
                g.add(Triple.create(doc, HYDRA_PREVIOUS, NodeFactory.createURI(pageUrlPrefix + (page - 1))));
            }
            if (!view.equals(doc)) {
                g.add(Triple.create(view, FOAF_PRIMARY_TOPIC, subject));
            }
        }
        return g;
    }

    private void labels(Graph g, Node n) {
        dsg.find(Node.ANY, n, LKG.label, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        dsg.find(Node.ANY, n, LKG.prefLabel, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
    }

    static void prefixes(Graph g) {
        var pm = g.getPrefixMapping();
        pm.setNsPrefix("lkg", LKG.NS).setNsPrefix("rdfs", LKG.RDFS).setNsPrefix("rdf", LKG.RDF).setNsPrefix("skos", LKG.SKOS)
                .setNsPrefix("org", LKG.ORG).setNsPrefix("schema", LKG.SCHEMA).setNsPrefix("dct", LKG.DCT)
                .setNsPrefix("prov", LKG.PROV).setNsPrefix("nif", LKG.NIF).setNsPrefix("itsrdf", LKG.ITSRDF)
                .setNsPrefix("xsd", LKG.XSD).setNsPrefix("foaf", FOAF).setNsPrefix("hydra", HYDRA).setNsPrefix("time", LKG.TIME);
    }

    /** A span of an article: the article, its offsets, and its text. */
    public record Passage(Node article, int begin, int end, String text) {}

    /** Where the store says a fact: the evidence spans of (s, p, o). */
    public List<Passage> evidence(Node s, Node p, Node o) {
        List<Passage> out = new ArrayList<>();
        for (var it = dsg.find(Node.ANY, Node.ANY, LKG.rdfSubject, s); it.hasNext(); ) {
            Quad q = it.next();
            Node ev = q.getSubject();
            Node stated = object(q.getGraph(), ev, LKG.rdfObject);
            // literals compare by value: the store may hand back a number in its canonical form
            boolean same = stated != null && (stated.equals(o) || stated.isLiteral() && o.isLiteral() && stated.sameValueAs(o));
            if (dsg.contains(q.getGraph(), ev, LKG.rdfPredicate, p) && same) {
                passage(q.getGraph(), ev).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Every mention of an entity. */
    public List<Passage> mentions(Node entity) {
        List<Passage> out = new ArrayList<>();
        for (var it = dsg.find(Node.ANY, Node.ANY, LKG.itsTaIdentRef, entity); it.hasNext(); ) {
            Quad q = it.next();
            passage(q.getGraph(), q.getSubject()).ifPresent(out::add);
        }
        out.sort(Comparator.comparing((Passage x) -> x.article().getURI()).thenComparingInt(Passage::begin));
        return out;
    }

    private java.util.Optional<Passage> passage(Node graph, Node span) {
        Node a = object(graph, span, LKG.nifReferenceContext);
        Node b = object(graph, span, LKG.nifBeginIndex);
        Node e = object(graph, span, LKG.nifEndIndex);
        if (a == null || b == null || e == null) {
            return java.util.Optional.empty();
        }
        Node text = object(graph, a, LKG.nifIsString);
        return java.util.Optional.of(new Passage(a, Integer.parseInt(b.getLiteralLexicalForm()),
                Integer.parseInt(e.getLiteralLexicalForm()), text == null ? "" : text.getLiteralLexicalForm()));
    }

    Node object(Node graph, Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    public DatasetGraph dataset() {
        return dsg;
    }
}
