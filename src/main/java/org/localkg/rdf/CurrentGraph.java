package org.localkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Per entity it holds its domain types, one {@code skos:prefLabel} (the fullest name), its other
 * names as {@code skos:altLabel}, one value of each functional fact, every division it is placed
 * in and an official's current posts, each chosen from the union of the article graphs by rules that do not depend on the
 * order articles came in, so re-ingesting the same pages in any order gives the same graph.
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
        private final Map<Node, Seen> labels = new HashMap<>(4);
        private Set<Node> aliases;
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
            } else if (p.equals(LKG.label)) {
                labels.computeIfAbsent(o, k -> new Seen()).add(date);
            } else if (p.equals(LKG.altLabel)) {
                if (aliases == null) {
                    aliases = new HashSet<>(4);
                }
                aliases.add(o);
            } else if (READ.contains(p)) {
                if (facts == null) {
                    facts = new HashMap<>(4);
                }
                facts.computeIfAbsent(p, k -> new HashMap<>(2)).computeIfAbsent(o, k -> new Seen()).add(date);
            }
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
                out.add(Triple.create(node, LKG.prefLabel, preferred));
            }
            Set<Node> others = new TreeSet<>(Comparator.comparing(Node::getLiteralLexicalForm).thenComparing((Node l) -> l.toString()));
            others.addAll(labels.keySet());
            if (aliases != null) {
                others.addAll(aliases);
            }
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
         * The fullest name: the longest of the entity's labels (in characters), then the one most
         * articles give, then the first in code-point order. Its short names (skos:altLabel) are
         * only candidates when no article gives it a label.
         */
        private Node preferredLabel() {
            Map<Node, Seen> candidates = labels;
            if (candidates.isEmpty() && aliases != null) {
                candidates = new HashMap<>();
                for (Node a : aliases) {
                    candidates.put(a, new Seen());
                }
            }
            Map<Node, Seen> c = candidates;
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
     * The statements of many entities, gathered from article graphs as they stream by: how a bulk
     * load, which cannot read back what it has written before it ends, makes the graph in its own
     * transaction. Gives what recomputing each entity from the stored articles gives.
     */
    public static final class Gathering {
        private final Map<Node, Entity> entities = new HashMap<>();

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
        }

        /** Every gathered entity's statements in the graph. */
        public void triples(java.util.function.Consumer<Triple> out) {
            entities.values().forEach(e -> e.triples().forEach(out));
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
