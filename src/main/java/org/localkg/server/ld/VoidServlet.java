package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** {@code /.well-known/void}: the dataset's VoID description. */
final class VoidServlet extends HttpServlet {
    private final DatasetGraph dsg;
    private final Paths paths;

    VoidServlet(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        org.apache.jena.graph.Graph g = Txn.calculateRead(dsg, () -> {
            org.apache.jena.graph.Graph d = Descriptions.voidDescription(paths.base(), Stats.of(dsg));
            linksets(d);
            return d;
        });
        RdfResponse.send(req, resp, g, "VoID");
    }

    /** Each linkset (kg link) as a subset of the dataset, with its own description. */
    private void linksets(org.apache.jena.graph.Graph d) {
        var dataset = org.apache.jena.graph.NodeFactory.createURI(paths.base() + ".well-known/void#dataset");
        var subset = org.apache.jena.graph.NodeFactory.createURI(Descriptions.VOID + "subset");
        dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.localkg.rdf.LKG.rdfType,
                org.apache.jena.graph.NodeFactory.createURI(Descriptions.VOID + "Linkset")).forEachRemaining(q -> {
            d.add(dataset, subset, q.getSubject());
            String ls = q.getSubject().getURI();
            dsg.getGraph(q.getGraph()).find().forEachRemaining(t -> {
                if (t.getSubject().isURI() && (t.getSubject().getURI().equals(ls) || t.getSubject().getURI().equals(ls + "#source"))) {
                    d.add(t);
                }
            });
        });
    }
}
