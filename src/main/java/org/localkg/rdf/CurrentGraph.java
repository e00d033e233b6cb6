package org.localkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The graph of current facts, one statement per question, beside the article graphs that hold
 * every statement with its evidence (as Wikidata's truthy statements stand beside its full ones).
 * Per entity it holds its domain types, one name as both its {@code rdfs:label} and its
 * {@code skos:prefLabel} (the fullest name the articles give), its other names as
 * {@code skos:altLabel}, one value of each functional fact, every division it is placed in and an
 * official's current posts, each chosen from the union of the article graphs by rules that do not
 * depend on the order articles came in, so re-ingesting the same pages in any order gives the
 * same graph. Per article it holds its paper, its date and the divisions it covers, those of the
 * things it mentions ({@link #articleTriples}), so that a question about coverage reads one graph
 * and an article that names a park without its place still covers the county another article
 * places it in. It is the only graph that gives an extracted entity an {@code rdfs:label}: an
 * article graph names it by {@code skos:altLabel} (the article's own forms, with their
 * provenance), so that in the union of the graphs every entity has one {@code rdfs:label} and a
 * join on labels multiplies no rows.
 *
 * <p>Its name is fixed, {@link #NAME}, not under the store's base: the shipped queries name it
 * ({@code GRAPH <…/graph/current>}) and must run unchanged on every store, as they name the
 * ontology's graph's statuses.
 */
public final class CurrentGraph {
    /** The graph's name, the same in every store. */
    public static final Node NAME = NodeFactory.createURI("https://w3id.org/localkg/graph/current");

    /** The classes whose members the graph describes: the extracted entities and the divisions. */
    public static final Set<Node> DOMAIN_TYPES = Set.of(LKG.Official, LKG.Person, LKG.Reporter, LKG.Enterprise,
            LKG.Organization, LKG.Park, LKG.Project, LKG.Province, LKG.PrefectureCity, LKG.County, LKG.Town);

    /**
     * The classes of the entities extracted from the text, which articles name by skos:altLabel
     * (not the divisions, whose one name comes from the gazetteer).
     */
    public static final Set<Node> NAMED_TYPES = Set.of(LKG.Official, LKG.Person, LKG.Reporter, LKG.Enterprise,
            LKG.Organization, LKG.Park, LKG.Project);

    /** The facts an entity has one value of (a division's code among them). */
    public static final List<Node> FUNCTIONAL = List.of(LKG.park, LKG.enterprise, LKG.investment,
            LKG.expectedCompletionYear, LKG.status, LKG.divisionCode);

    /**
     * The facts the graph keeps every value of, whatever their dates: the divisions an entity is
     * placed in (a park's county and the city above it are both true, and no article unsays one).
     */
    public static final List<Node> EVERY = List.of(LKG.inDivision);

    /** Every predicate an article graph states that the graph consolidates. */
    public static final Set<Node> READ = Set.of(LKG.rdfType, LKG.label, LKG.altLabel, LKG.orgHolds, LKG.park,
            LKG.enterprise, LKG.investment, LKG.expectedCompletionYear, LKG.status, LKG.divisionCode, LKG.inDivision);

    private CurrentGraph() {}

    /**
     * One entity's statements gathered from the article graphs, each with how many articles make
     * it and the latest of their dates; {@link #triples()} applies the rules.
     */
    public static final class Entity {
        private final Node node;
        /*
         * Kept small (a bulk load holds every entity of the corpus at once): per name and per
         * value only what the rules read, how many articles give it and the latest of their dates,
         * since each article states a statement once.
         */
        private final List<Node> types = new ArrayList<>(2);
        /** Every name an article gives it: its skos:altLabels (and a store's older rdfs:labels). */
        private final Map<Node, Seen> names = new HashMap<>(4);
        private Map<Node, Map<Node, Seen>> facts;

        public Entity(Node node) {
            this.node = node;
        }

        /** How many articles give a name or value, and the latest of their dates (null: none dated). */
        private static final class Seen {
            int articles;
            String latest;

            void add(String date) {
                articles++;
                if (date != null && (latest == null || date.compareTo(latest) > 0)) {
                    latest = date;
                }
            }
        }

        /**
         * Takes one statement about the entity from an article, whose date (an ISO date, so that
         * text order is time order) is {@code date}, or null when its page gave none (or when the
         * statement is a name or a kind, whose choice needs no date). Each article's statement is
         * to be given once.
         */
        public void add(String date, Node p, Node o) {
            if (p.equals(LKG.rdfType)) {
                if (DOMAIN_TYPES.contains(o) && !types.contains(o)) {
                    types.add(o);
                }
            } else if (p.equals(LKG.altLabel) || p.equals(LKG.label)) {
                // rdfs:label: an article graph of a store written before names were altLabels, or
                // a division's and a post's one name
                names.computeIfAbsent(o, k -> new Seen()).add(date);
            } else if (READ.contains(p)) {
                if (facts == null) {
                    facts = new HashMap<>(4);
                }
                facts.computeIfAbsent(p, k -> new HashMap<>(2)).computeIfAbsent(o, k -> new Seen()).add(date);
            }
        }

        /** The divisions the graph places the entity in (none when no article gives it a domain type). */
        Collection<Node> divisions() {
            Map<Node, Seen> values = types.isEmpty() || facts == null ? null : facts.get(LKG.inDivision);
            return values == null ? List.of() : values.keySet();
        }

        /** The entity's statements in the graph: none when no article gives it a domain type. */
        public List<Triple> triples() {
            List<Triple> out = new ArrayList<>();
            if (types.isEmpty()) {
                return out;
            }
            types.stream().sorted(Comparator.comparing(Node::getURI)).forEach(t -> out.add(Triple.create(node, LKG.rdfType, t)));
            Node preferred = preferredLabel();
            if (preferred != null) {
                out.add(Triple.create(node, LKG.label, preferred));
                out.add(Triple.create(node, LKG.prefLabel, preferred));
            }
            Set<Node> others = new TreeSet<>(Comparator.comparing(Node::getLiteralLexicalForm).thenComparing((Node l) -> l.toString()));
            others.addAll(names.keySet());
            others.removeIf(l -> preferred != null && l.getLiteralLexicalForm().equals(preferred.getLiteralLexicalForm()));
            others.forEach(l -> out.add(Triple.create(node, LKG.altLabel, l)));
            if (facts == null) {
                return out;
            }
            for (Node p : FUNCTIONAL) {
                Map<Node, Seen> values = facts.get(p);
                if (values != null) {
                    out.add(Triple.create(node, p, stored(chosen(values))));
                }
            }
            for (Node p : EVERY) {
                Map<Node, Seen> values = facts.get(p);
                if (values != null) {
                    values.keySet().stream().sorted(CurrentGraph::compareValues).forEach(v -> out.add(Triple.create(node, p, v)));
                }
            }
            Map<Node, Seen> posts = facts.get(LKG.orgHolds);
            if (posts != null) {
                currentPosts(posts).forEach(post -> out.add(Triple.create(node, LKG.orgHolds, post)));
            }
            return out;
        }

        /**
         * The fullest name: the longest of the names the articles give (in characters), then the
         * one most articles give, then the first in code-point order; so the same names give the
         * same choice whatever order their articles came in. An article's short names (its
         * aliases) are candidates too: they are never longer than the name it gives in full.
         */
        private Node preferredLabel() {
            Map<Node, Seen> c = names;
            return c.keySet().stream().min(Comparator
                            .comparingInt((Node l) -> -l.getLiteralLexicalForm().codePointCount(0, l.getLiteralLexicalForm().length()))
                            .thenComparingInt(l -> -c.get(l).articles)
                            .thenComparing(Node::getLiteralLexicalForm)
                            .thenComparing((Node l) -> l.toString()))
                    .orElse(null);
        }

        /**
         * The value of a functional fact: the one the latest dated article gives (an undated one
         * counts as older than any), then the one most articles give, then the smallest (numbers
         * by value, IRIs and words in code-point order).
         */
        private static Node chosen(Map<Node, Seen> values) {
            return values.keySet().stream().min(Comparator
                            .comparing((Node v) -> values.get(v).latest, Comparator.nullsLast(Comparator.<String>reverseOrder()))
                            .thenComparingInt(v -> -values.get(v).articles)
                            .thenComparing(CurrentGraph::compareValues))
                    .orElseThrow();
        }

        /**
         * An official's posts now: every post the latest dated article reporting a post gives
         * (an official often holds two at once: 市委书记 and 市人大常委会主任); when no such article
         * is dated, every post reported, there being nothing to tell the current ones by.
         */
        private static List<Node> currentPosts(Map<Node, Seen> posts) {
            String last = posts.values().stream().map(v -> v.latest).filter(d -> d != null).max(String::compareTo).orElse(null);
            List<Node> out = new ArrayList<>();
            for (var e : posts.entrySet()) {
                if (last == null || last.equals(e.getValue().latest)) {
                    out.add(e.getKey());
                }
            }
            out.sort(Comparator.comparing(Node::getURI));
            return out;
        }
    }

    /**
     * An article's statements in the graph: its paper and date when its page gave them (null:
     * none) and one {@code lkg:coversDivision} per division, in the order of their IRIs.
     */
    public static List<Triple> articleTriples(Node article, Node publisher, Node date, Collection<Node> divisions) {
        List<Triple> out = new ArrayList<>();
        if (publisher != null) {
            out.add(Triple.create(article, LKG.publisher, publisher));
        }
        if (date != null) {
            out.add(Triple.create(article, LKG.date, date));
        }
        divisions.stream().distinct().sorted(Comparator.comparing(Node::getURI))
                .forEach(d -> out.add(Triple.create(article, LKG.coversDivision, d)));
        return out;
    }

    /**
     * The statements of many entities and articles, gathered from article graphs as they stream
     * by: how a bulk load, which cannot read back what it has written before it ends, makes the
     * graph in its own transaction. Gives what recomputing each entity and article from the stored
     * articles gives. It keeps, per article, its paper, date and the entities it mentions (a few
     * hundred bytes an article) until the end.
     */
    public static final class Gathering {
        private final Map<Node, Entity> entities = new HashMap<>();
        /* per article, its paper, its date and the entities it mentions (the gathered entities' own nodes) */
        private final Map<Node, ArticleSeen> articles = new HashMap<>();

        private static final class ArticleSeen {
            Node publisher, date;
            final List<Entity> mentioned = new ArrayList<>();
        }

        /**
         * Takes article graphs' quads (their dates among them). Only the entities an article gives
         * a domain type are gathered from it, not its mentions and evidence: every entity an
         * article states anything of it also types (ArticleWriter).
         */
        public void article(List<org.apache.jena.sparql.core.Quad> quads) {
            Map<Node, String> dates = new HashMap<>();
            Set<Node> typed = new HashSet<>();
            for (var q : quads) {
                if (q.getPredicate().equals(LKG.date) && q.getSubject().equals(q.getGraph())) {
                    dates.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
                } else if (q.getPredicate().equals(LKG.rdfType) && DOMAIN_TYPES.contains(q.getObject())) {
                    typed.add(q.getSubject());
                }
            }
            for (var q : quads) {
                if (READ.contains(q.getPredicate()) && typed.contains(q.getSubject())) {
                    entities.computeIfAbsent(q.getSubject(), Entity::new)
                            .add(dates.get(q.getGraph()), q.getPredicate(), q.getObject());
                }
            }
            for (var q : quads) {
                Node p = q.getPredicate(), g = q.getGraph();
                if (q.getSubject().equals(g) && (p.equals(LKG.publisher) || p.equals(LKG.date))) {
                    ArticleSeen a = articles.computeIfAbsent(g, k -> new ArticleSeen());
                    if (p.equals(LKG.publisher)) {
                        a.publisher = q.getObject();
                    } else {
                        a.date = q.getObject();
                    }
                } else if (p.equals(LKG.mentionedIn) && q.getObject().equals(g) && typed.contains(q.getSubject())) {
                    articles.computeIfAbsent(g, k -> new ArticleSeen()).mentioned.add(entities.get(q.getSubject()));
                }
            }
        }

        /**
         * Every gathered entity's statements in the graph, the entities in the order of their
         * IRIs, then every article's, in the order of theirs.
         */
        public void triples(java.util.function.Consumer<Triple> out) {
            entities.keySet().stream().sorted(Comparator.comparing(Node::toString))
                    .forEach(n -> entities.get(n).triples().forEach(out));
            articles.keySet().stream().sorted(Comparator.comparing(Node::toString)).forEach(n -> {
                ArticleSeen a = articles.get(n);
                List<Node> divisions = new ArrayList<>();
                a.mentioned.forEach(e -> divisions.addAll(e.divisions()));
                articleTriples(n, a.publisher, a.date, divisions).forEach(out);
            });
        }
    }

    /**
     * A value as TDB2 gives it back: a decimal in its canonical form (1200000000.0, not the
     * 1200000000 the articles write). TDB2 keeps a decimal inline with its scale and removes a
     * quad by re-encoding the value it read, so a quad loaded as 1200000000 could never be
     * removed (a bulk load writes the graph from the articles' own nodes).
     */
    static Node stored(Node value) {
        if (value.isLiteral() && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal.equals(value.getLiteralDatatype())) {
            BigDecimal d = number(value);
            if (d != null) {
                return NodeFactory.createLiteralDT(org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(d),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
            }
        }
        return value;
    }

    /** Numbers by value, then anything else by its text in code-point order. */
    static int compareValues(Node a, Node b) {
        BigDecimal x = number(a), y = number(b);
        if (x != null && y != null && x.compareTo(y) != 0) {
            return x.compareTo(y);
        }
        return a.toString().compareTo(b.toString());
    }

    private static BigDecimal number(Node n) {
        if (!n.isLiteral()) {
            return null;
        }
        try {
            return new BigDecimal(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
