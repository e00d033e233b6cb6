package org.localkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.store.FSDirectory;
import org.localkg.rdf.LKG;
import org.localkg.resolve.Names;

/**
 * The store's label index: one Lucene document per name statement (skos:altLabel, skos:hiddenLabel;
 * rdfs:label, a division's or a post's) of every article graph (not of the graph of current facts,
 * which repeats them), written by jena-text as the store's write transactions add and remove
 * quads, so it follows every ingest, replacement and removal. It lives in the store's folder.
 * A name is found by any two or more consecutive characters of it (see {@link LabelAnalyzer}).
 */
public final class LabelIndex implements AutoCloseable {
    /** The index's folder inside the store folder. */
    public static final String FOLDER = "labels";
    /** The fewest characters a query must have: one character is no pair. */
    public static final int MIN_QUERY = 2;
    private static final String FIELD = "label";
    /** Label documents read for one query: an entity has one per article naming it. */
    private static final int MAX_DOCS = 5_000;

    /** The predicates whose literals the index holds. */
    public static final List<Node> PREDICATES = List.of(LKG.label, LKG.altLabel, LKG.hiddenLabel);

    private final TextIndexLucene index;
    private final List<Resource> fields = List.of(ResourceFactory.createResource(LKG.label.getURI()));

    private LabelIndex(TextIndexLucene index) {
        this.index = index;
    }

    /** Opens (or creates) the index of the store in {@code storeDir}. */
    public static LabelIndex open(Path storeDir) {
        try {
            Path dir = storeDir.resolve(FOLDER);
            Files.createDirectories(dir);
            EntityDefinition def = new EntityDefinition("uri", FIELD, "graph");
            PREDICATES.forEach(p -> def.set(FIELD, p));
            def.setUidField("uid"); // lets a removed quad remove its document
            def.setLangField("lang");
            def.setAnalyzer(FIELD, new LabelAnalyzer());
            TextIndexConfig config = new TextIndexConfig(def);
            config.setValueStored(true);
            return new LabelIndex(new TextIndexLucene(FSDirectory.open(dir), config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the label index of the store " + storeDir, e);
        }
    }

    /**
     * The store seen through the index: quads added or removed in its write transactions update
     * the index, committed with them.
     */
    public DatasetGraph watching(DatasetGraph dsg) {
        return TextDatasetFactory.create(dsg, index, false);
    }

    public static boolean indexes(Node predicate) {
        return PREDICATES.contains(predicate);
    }

    public boolean isEmpty() {
        try (DirectoryReader r = DirectoryReader.open(index.getDirectory())) {
            return r.numDocs() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the label index", e);
        }
    }

    /** Indexes every label of {@code dsg} afresh (a store written before it had an index). */
    public void rebuild(DatasetGraph dsg) {
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the label index", e);
        }
        Txn.executeRead(dsg, () -> {
            for (Node p : PREDICATES) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getGraph().equals(org.localkg.rdf.CurrentGraph.NAME)) {
                        return; // it repeats the articles' names: indexed, they would count twice
                    }
                    var entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
                    if (entity != null) {
                        index.addEntity(entity);
                    }
                });
            }
        });
        index.commit();
    }

    /** An entity found by one of its labels: {@code similarity} is 1 for the whole name. */
    public record Hit(Node entity, String label, double similarity, int documents) {}

    /**
     * The entities with a label containing {@code text} (normalised as {@link Names#key}), best
     * first: whole names, then by the share of the label the text covers, then by how many
     * articles name them. Empty for fewer than {@link #MIN_QUERY} characters.
     */
    public List<Hit> find(String text, int limit) {
        return find(text, limit, () -> {});
    }

    /** Every how many labels read {@link #find(String, int, Runnable)} runs its checkpoint. */
    static final int CHECK_EVERY = 64;

    /**
     * As {@link #find(String, int)}, running {@code checkpoint} after the index's search and
     * every {@link #CHECK_EVERY} labels read (a request's deadline, which throws once passed):
     * reading up to 5,000 labels takes seconds when many requests share the cores.
     */
    public List<Hit> find(String text, int limit, Runnable checkpoint) {
        String q = Names.key(text == null ? "" : text);
        if (q.codePointCount(0, q.length()) < MIN_QUERY || limit <= 0) {
            return List.of();
        }
        List<TextHit> docs = index.query(fields, "\"" + QueryParserBase.escape(q) + "\"", null, null,
                Math.min(MAX_DOCS, Math.max(200, limit * 50)), null);
        Map<Node, Hit> best = new LinkedHashMap<>();
        int read = 0;
        for (TextHit d : docs) {
            if (read++ % CHECK_EVERY == 0) {
                checkpoint.run();
            }
            String label = d.getLiteral().getLiteralLexicalForm();
            String key = Names.key(label);
            if (!key.contains(q)) {
                continue; // the pairs occur, but apart (武进…进高 in one label): no substring
            }
            double sim = (double) q.length() / key.length();
            best.merge(d.getNode(), new Hit(d.getNode(), label, sim, 1), (a, b) -> new Hit(a.entity(),
                    b.similarity() > a.similarity() ? b.label() : a.label(), Math.max(a.similarity(), b.similarity()),
                    a.documents() + 1));
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble(Hit::similarity).reversed()
                .thenComparing(Comparator.comparingInt(Hit::documents).reversed())
                .thenComparing(h -> h.entity().getURI()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    @Override
    public void close() {
        index.close();
    }
}
