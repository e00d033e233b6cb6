package org.localkg.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.localkg.rdf.CurrentGraph;
import org.localkg.rdf.LKG;

/**
 * Keeps the store's graph of current facts ({@link CurrentGraph}) in step with its article
 * graphs: a write recomputes the entities it touches (those of the articles it removes and of
 * those it adds) from the union of the article graphs, then those articles and every article that
 * mentions an entity whose divisions changed, so the graph is the same whatever the
 * order and number of writes that led to the store. Callers hold the transaction (a write
 * transaction for the methods that write); the graph's quads go to the store directly, never
 * through the label index (the graph repeats names the article graphs give).
 */
final class CurrentFacts {
    private CurrentFacts() {}

    /** What a write touches: the entities and the articles whose statements in the graph it may change. */
    static final class Touched {
        final Set<Node> entities = new LinkedHashSet<>();
        final Set<Node> articles = new LinkedHashSet<>();

        /** An article graph of the store about to be removed: it and the entities it describes. */
        void removing(DatasetGraph dsg, Node article) {
            articles.add(article);
            dsg.find(article, Node.ANY, LKG.rdfType, Node.ANY).forEachRemaining(q -> {
                if (CurrentGraph.DOMAIN_TYPES.contains(q.getObject())) {
                    entities.add(q.getSubject());
                }
            });
        }

        /** Quads about to be written: their article graphs and the entities they describe. */
        void writing(List<Quad> quads) {
            for (Quad q : quads) {
                if (q.getPredicate().equals(LKG.rdfType) && CurrentGraph.DOMAIN_TYPES.contains(q.getObject())) {
                    entities.add(q.getSubject());
                } else if (q.getPredicate().equals(LKG.rdfType) && q.getObject().equals(LKG.Article)) {
                    articles.add(q.getSubject());
                }
            }
        }
    }

    /**
     * Recomputes the current facts of what a write touched from the article graphs: each entity's,
     * then each article's (its divisions are its entities'), and those of every article that
     * mentions an entity whose divisions changed. An entity or article no article graph describes
     * any more leaves the graph; one whose statements are unchanged is not rewritten.
     */
    static void refresh(DatasetGraph dsg, Touched touched) {
        Set<Node> articles = new LinkedHashSet<>(touched.articles);
        for (Node e : refreshEntities(dsg, touched.entities)) {
            dsg.find(Node.ANY, e, LKG.mentionedIn, Node.ANY).forEachRemaining(q -> articles.add(q.getObject()));
        }
        refreshArticles(dsg, articles);
    }

    private static void refreshArticles(DatasetGraph dsg, Collection<Node> articles) {
        for (Node a : articles) {
            rewrite(dsg, a, articleTriples(dsg, a));
        }
    }

    /** Recomputes entities' current facts; returns those whose divisions changed. */
    private static List<Node> refreshEntities(DatasetGraph dsg, Collection<Node> entities) {
        List<Node> placedElsewhere = new java.util.ArrayList<>();
        Map<Node, Optional<String>> dates = new HashMap<>();
        for (Node e : entities) {
            CurrentGraph.Entity gathered = new CurrentGraph.Entity(e);
            dsg.find(Node.ANY, e, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node g = q.getGraph(), p = q.getPredicate();
                if (!CurrentGraph.READ.contains(p) || !isArticle(g)) {
                    return;
                }
                // only the facts' choice needs the date (names and kinds do not)
                boolean dated = !p.equals(LKG.rdfType) && !p.equals(LKG.label) && !p.equals(LKG.altLabel);
                gathered.add(dated ? dates.computeIfAbsent(g, a -> dateOf(dsg, a)).orElse(null) : null, p, q.getObject());
            });
            List<Triple> now = gathered.triples();
            Set<Triple> before = rewrite(dsg, e, now);
            if (!divisions(before).equals(divisions(now))) {
                placedElsewhere.add(e);
            }
        }
        return placedElsewhere;
    }

    private static Set<Node> divisions(Collection<Triple> triples) {
        Set<Node> out = new HashSet<>();
        triples.forEach(t -> {
            if (t.getPredicate().equals(LKG.inDivision)) {
                out.add(t.getObject());
            }
        });
        return out;
    }

    /** An article's statements from its graph and the graph of current facts' divisions of what it mentions (none: it is gone). */
    private static List<Triple> articleTriples(DatasetGraph dsg, Node article) {
        if (!dsg.find(article, article, LKG.rdfType, LKG.Article).hasNext()) {
            return List.of();
        }
        Set<Node> divisions = new HashSet<>();
        dsg.find(article, Node.ANY, LKG.mentionedIn, article).forEachRemaining(m ->
                dsg.find(CurrentGraph.NAME, m.getSubject(), LKG.inDivision, Node.ANY).forEachRemaining(q -> divisions.add(q.getObject())));
        return CurrentGraph.articleTriples(article, first(dsg, article, LKG.publisher), first(dsg, article, LKG.date), divisions);
    }

    private static Node first(DatasetGraph dsg, Node article, Node p) {
        var it = dsg.find(article, article, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** Makes the graph's statements of {@code subject} be {@code now}; returns those it held before. */
    private static Set<Triple> rewrite(DatasetGraph dsg, Node subject, List<Triple> now) {
        Set<Triple> stored = new HashSet<>();
        dsg.find(CurrentGraph.NAME, subject, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
        if (!stored.equals(new HashSet<>(now))) {
            dsg.deleteAny(CurrentGraph.NAME, subject, Node.ANY, Node.ANY);
            now.forEach(t -> dsg.add(CurrentGraph.NAME, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        return stored;
    }

    /** Builds the graph afresh from every article graph (after a bulk load, or for a store without it). */
    static void rebuild(DatasetGraph dsg) {
        Set<Node> entities = new LinkedHashSet<>();
        for (Node type : CurrentGraph.DOMAIN_TYPES) {
            dsg.find(Node.ANY, Node.ANY, LKG.rdfType, type).forEachRemaining(q -> {
                if (isArticle(q.getGraph())) {
                    entities.add(q.getSubject());
                }
            });
        }
        List<Node> articles = new java.util.ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, LKG.rdfType, LKG.Article).forEachRemaining(q -> {
            if (isArticle(q.getGraph()) && q.getSubject().equals(q.getGraph())) {
                articles.add(q.getSubject());
            }
        });
        dsg.removeGraph(CurrentGraph.NAME);
        // every article is refreshed: no need to look for those whose entities' divisions changed
        refreshEntities(dsg, entities);
        refreshArticles(dsg, articles);
    }

    /**
     * Whether the store holds articles but no graph of current facts (a store written before it),
     * or one made before the graph kept a fact the articles state (a division's code, the
     * divisions an entity is placed in, the one rdfs:label of each entity, the divisions an
     * article covers): the shipped queries would miss what it lacks.
     */
    static boolean missing(DatasetGraph dsg) {
        if (!dsg.find(Node.ANY, Node.ANY, LKG.rdfType, LKG.Article).hasNext()) {
            return false;
        }
        if (!dsg.find(CurrentGraph.NAME, Node.ANY, LKG.label, Node.ANY).hasNext()) {
            return true;
        }
        for (Node p : List.of(LKG.divisionCode, LKG.inDivision)) {
            if (!dsg.find(CurrentGraph.NAME, Node.ANY, p, Node.ANY).hasNext() && dsg.find(Node.ANY, Node.ANY, p, Node.ANY).hasNext()) {
                return true;
            }
        }
        // a graph made before it described articles: no division they cover, or no paper or date
        // of theirs though some article has one (a store where nothing is placed anywhere)
        if (dsg.find(CurrentGraph.NAME, Node.ANY, LKG.inDivision, Node.ANY).hasNext()
                && !dsg.find(CurrentGraph.NAME, Node.ANY, LKG.coversDivision, Node.ANY).hasNext()) {
            return true;
        }
        for (Node p : List.of(LKG.publisher, LKG.date)) {
            if (!dsg.find(CurrentGraph.NAME, Node.ANY, p, Node.ANY).hasNext() && articleStates(dsg, p)) {
                return true;
            }
        }
        return false;
    }

    /** Some article graph says its article's paper or date ({@code p}). */
    private static boolean articleStates(DatasetGraph dsg, Node p) {
        for (var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (isArticle(q.getGraph()) && q.getSubject().equals(q.getGraph())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Turns the rdfs:labels that article graphs give extracted entities into skos:altLabels, as
     * articles are written now (a store written before gave an entity an rdfs:label per article
     * that named it; the one rdfs:label is now the graph of current facts'). Divisions and posts
     * keep theirs: each has one name. Returns how many statements it changed; the caller rebuilds
     * the graph of current facts and the label index after it.
     */
    static int namesAsAltLabels(DatasetGraph dsg) {
        List<Quad> old = new java.util.ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, LKG.label, Node.ANY).forEachRemaining(q -> {
            if (isArticle(q.getGraph()) && named(dsg, q.getGraph(), q.getSubject())) {
                old.add(q);
            }
        });
        for (Quad q : old) {
            dsg.delete(q);
            dsg.add(q.getGraph(), q.getSubject(), LKG.altLabel, q.getObject());
        }
        return old.size();
    }

    /** Whether an article graph types {@code s} as one of the extracted entities' classes. */
    private static boolean named(DatasetGraph dsg, Node g, Node s) {
        for (var it = dsg.find(g, s, LKG.rdfType, Node.ANY); it.hasNext(); ) {
            if (CurrentGraph.NAMED_TYPES.contains(it.next().getObject())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a graph is an article's: named {@code BASE/id/article/HASH} (see IriMinter), unlike
     * the sources, ontology, linkset and current graphs, whose statements are not the articles'.
     */
    static boolean isArticle(Node g) {
        return g.isURI() && g.getURI().contains("/id/article/");
    }

    private static Optional<String> dateOf(DatasetGraph dsg, Node article) {
        return Optional.ofNullable(first(dsg, article, LKG.date)).map(Node::getLiteralLexicalForm);
    }
}
