package org.localkg.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.localkg.server.guard.ResultLimitHeaders;

/**
 * The read half of the SPARQL 1.1 Graph Store Protocol on the dataset: {@code GET /kg?graph=IRI}
 * answers that named graph, {@code GET /kg?default} the default graph as queries see it (the
 * union of all article graphs), in any RDF format the client accepts. Like a query, an answer
 * holds at most the result limit of triples, and says so in a header when it was cut; the
 * whole store is at {@code /dump.nq.gz}. Writing is not offered.
 */
final class GraphStoreRead {
    private final DatasetGraph dsg;
    private final long maxTriples;

    GraphStoreRead(DatasetGraph dsg, long maxTriples) {
        this.dsg = dsg;
        this.maxTriples = maxTriples;
    }

    /** A GET or HEAD naming a graph, not a query. */
    static boolean asks(HttpServletRequest req) {
        return ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && req.getParameter("query") == null
                && (req.getParameter("graph") != null || req.getParameter("default") != null);
    }

    void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getParameter("graph") != null && req.getParameter("default") != null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "give either graph=IRI or default, not both");
            return;
        }
        resp.setHeader("Vary", "Accept");
        Formats.Format f = Formats.negotiate(req.getHeader("Accept"), Formats.rdfFormats());
        if (f == null) {
            NotAcceptable.send(resp);
            return;
        }
        String name = req.getParameter("graph");
        Node g = name == null ? null : NodeFactory.createURI(name);
        if (g != null && !org.apache.jena.irix.IRIs.check(name)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "graph must be an absolute IRI: " + name);
            return;
        }
        boolean[] cut = {false};
        Graph copy = Txn.calculateRead(dsg, () -> {
            if (g != null && !dsg.containsGraph(g)) {
                return null;
            }
            Graph source = g == null ? dsg.getUnionGraph() : dsg.getGraph(g);
            Graph out = GraphFactory.createDefaultGraph();
            var it = source.find();
            try {
                while (it.hasNext()) {
                    if (out.size() >= maxTriples) {
                        cut[0] = true;
                        break;
                    }
                    out.add(it.next());
                }
            } finally {
                it.close();
            }
            Describer.prefixes(out);
            return out;
        });
        if (copy == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no graph " + name + " in the store");
            return;
        }
        if (cut[0]) {
            ResultLimitHeaders.cut(resp, maxTriples);
        }
        resp.setContentType(f.mediaType + "; charset=utf-8");
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, copy, f.rdfFormat);
        }
    }
}
