package org.localkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.localkg.nlp.Transliterator;
import org.localkg.resolve.EntityKeys;

/**
 * Mints ASCII-only slash IRIs under a base: {@code BASE id/person/chenjinhu-1a2b3c4d} for people,
 * {@code BASE id/entity/xitaihukejichanyeyuan-…} for organisations, parks and projects. The
 * readable part is pinyin; the hash of the identity key keeps homophones apart. The same key
 * gives the same IRI in every run.
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    private static final int MAX_SLUG = 48;

    private final String base;
    private final Transliterator transliterator;

    public IriMinter(String base, Transliterator transliterator) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new IllegalArgumentException("the base IRI must be an http(s) IRI: " + base);
        }
        for (char c : base.toCharArray()) {
            if (c > 127 || c <= ' ') {
                throw new IllegalArgumentException("the base IRI must be ASCII without spaces: " + base);
            }
        }
        this.base = base.endsWith("/") ? base : base + "/";
        this.transliterator = transliterator;
    }

    public String base() {
        return base;
    }

    public Node entity(String key) {
        String segment = key.startsWith("person|") || key.startsWith("reporter|") ? "person" : "entity";
        return NodeFactory.createURI(base + "id/" + segment + "/" + slug(EntityKeys.namePart(key), key));
    }

    public Node article(String sourceId, int position, String textHash) {
        return NodeFactory.createURI(base + "id/article/" + hash(sourceId + "#" + position + "#" + textHash, 16));
    }

    public Node source(String sourceId) {
        return NodeFactory.createURI(base + "id/source/" + slug(sourceId, sourceId));
    }

    /** A node under the article: its mentions and evidence ({@code …/article/X/m/12-15}). */
    public Node under(Node article, String kind, int start, int end) {
        return NodeFactory.createURI(article.getURI() + "/" + kind + "/" + start + "-" + end);
    }

    /** The evidence of one fact: the span it is stated in and a hash of the fact. */
    public Node evidence(Node article, int start, int end, Node s, Node p, Node o) {
        return NodeFactory.createURI(article.getURI() + "/e/" + start + "-" + end + "/"
                + hash(s.toString() + " " + p.toString() + " " + o.toString(), 8));
    }

    public Node post(String officialKey, String title) {
        return NodeFactory.createURI(base + "id/post/" + slug(title, officialKey + "|" + title));
    }

    public Node membership(Node post, Node article) {
        return NodeFactory.createURI(base + "id/membership/" + hash(post.getURI() + "|" + article.getURI(), 16));
    }

    public Node instant(String isoDate) {
        return NodeFactory.createURI(base + "id/day/" + isoDate);
    }

    public Node division(String code) {
        return NodeFactory.createURI(base + "id/division/" + code);
    }

    public Node inspection(Node article, String officialKey) {
        return NodeFactory.createURI(base + "id/inspection/" + hash(article.getURI() + "|" + officialKey, 16));
    }

    /** The graph that records which articles each source file gave. */
    public Node sourcesGraph() {
        return NodeFactory.createURI(base + "graph/sources");
    }

    private String slug(String readable, String key) {
        String ascii = transliterator.toAscii(readable).replaceAll("[^a-z0-9]", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG);
        }
        String h = hash(key, 8);
        return ascii.isEmpty() ? h : ascii + "-" + h;
    }

    static String hash(String s, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
