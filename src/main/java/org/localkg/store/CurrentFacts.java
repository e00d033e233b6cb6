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
 * those it adds) from the union of the article graphs, so the graph is the same whatever the
 * order and number of writes that led to the store. Callers hold the transaction (a write
 * transaction for the methods that write); the graph's quads go to the store directly, never
 * through the label index (the graph repeats names the article graphs give).
 */
final class CurrentFacts {
    private CurrentFacts() {}

    /** Adds to {@code into} the entities an article graph of the store describes (before it is removed). */
    static void entitiesOf(DatasetGraph dsg, Node article, Set<Node> into) {
        dsg.find(article, Node.ANY, LKG.rdfType, Node.ANY).forEachRemaining(q -> {
            if (CurrentGraph.DOMAIN_TYPES.contains(q.getObject())) {
                into.add(q.getSubject());
            }
        });
    }

    /** Adds to {@code into} the entities that quads about to be written describe. */
    static void entitiesIn(List<Quad> quads, Set<Node> into) {
        for (Quad q : quads) {
            if (q.getPredicate().equals(LKG.rdfType) && CurrentGraph.DOMAIN_TYPES.contains(q.getObject())) {
                into.add(q.getSubject());
            }
        }
    }

    /**
     * Recomputes the current facts of {@code entities} from the article graphs; an entity no
     * article describes any more leaves the graph. An entity whose facts are unchanged is not
     * rewritten.
     */
    static void refresh(DatasetGraph dsg, Collection<Node> entities) {
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
            Set<Triple> now = new LinkedHashSet<>(gathered.triples());
            Set<Triple> stored = new HashSet<>();
            dsg.find(CurrentGraph.NAME, e, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
            if (!stored.equals(now)) {
                dsg.deleteAny(CurrentGraph.NAME, e, Node.ANY, Node.ANY);
                now.forEach(t -> dsg.add(CurrentGraph.NAME, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }
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
        dsg.removeGraph(CurrentGraph.NAME);
        refresh(dsg, entities);
    }

    /**
     * Whether the store holds articles but no graph of current facts (a store written before it),
     * or one made before the graph kept a fact the articles state (a division's code, the
     * divisions an entity is placed in, the one rdfs:label of each entity): the shipped queries
     * would miss what it lacks.
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
        var it = dsg.find(article, article, LKG.date, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }
}
