package org.localkg.server.ld;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The server's three views of a resource under the base: {@code id/X} (the resource),
 * {@code page/X} (its HTML page) and {@code data/X} (its data document). Links are written
 * server-relative, so pages work at whatever host and port the server is reached.
 */
public final class Paths {
    private final String base;

    public Paths(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** The resource of a request path's rest (person/abc), or null when the rest is no path. */
    public Node resource(String rest) {
        if (rest == null || rest.isEmpty() || rest.contains("..")) {
            return null;
        }
        return NodeFactory.createURI(base + "id/" + rest);
    }

    /** The rest of a resource IRI under {@code base + id/}, or null for IRIs from elsewhere. */
    public String rest(Node n) {
        if (n == null || !n.isURI() || !n.getURI().startsWith(base + "id/")) {
            return null;
        }
        return n.getURI().substring((base + "id/").length());
    }

    public String pageHref(Node n) {
        String r = rest(n);
        return r == null ? (n.isURI() ? n.getURI() : null) : "/page/" + r;
    }

    public String dataHref(Node n, String extension) {
        String r = rest(n);
        return r == null ? null : "/data/" + r + (extension == null ? "" : "." + extension);
    }
}
