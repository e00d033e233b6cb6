package org.localkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;

/**
 * Answers a GET on an entity IRI with the triples about it from every article graph, and the
 * labels of what it points to: Turtle by default, JSON-LD, RDF/XML or N-Triples on request.
 * The IRI is the configured base and the request path, whatever host the request came to.
 */
final class EntityServlet extends HttpServlet {
    private final DatasetGraph dsg;
    private final String base;

    EntityServlet(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Node subject = NodeFactory.createURI(base + path.substring(1));
        Graph g = Txn.calculateRead(dsg, () -> describe(subject));
        resp.setHeader("Vary", "Accept");
        if (g.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known about " + subject.getURI());
            return;
        }
        Lang lang = chooseLang(req.getHeader("Accept"));
        resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, lang);
        }
    }

    private Graph describe(Node subject) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("lkg", LKG.NS).setNsPrefix("rdfs", LKG.RDFS).setNsPrefix("skos", LKG.SKOS)
                .setNsPrefix("org", LKG.ORG).setNsPrefix("schema", LKG.SCHEMA);
        dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            g.add(q.asTriple());
            if (q.getObject().isURI()) {
                dsg.find(Node.ANY, q.getObject(), LKG.label, Node.ANY).forEachRemaining(l -> g.add(l.asTriple()));
            }
        });
        return g;
    }

    static Lang chooseLang(String accept) {
        if (accept == null) {
            return Lang.TURTLE;
        }
        if (accept.contains("application/ld+json")) {
            return Lang.JSONLD;
        }
        if (accept.contains("application/rdf+xml")) {
            return Lang.RDFXML;
        }
        if (accept.contains("application/n-triples")) {
            return Lang.NTRIPLES;
        }
        return Lang.TURTLE;
    }
}
