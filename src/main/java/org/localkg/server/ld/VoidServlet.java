package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;

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
        Graph g = Txn.calculateRead(dsg, () -> {
            Graph d = Descriptions.voidDescription(paths.base(), Stats.of(dsg));
            linksets(d);
            return d;
        });
        RdfResponse.send(req, resp, g, "VoID");
    }

    /** Each linkset (kg link) as a subset of the dataset, with its description and its source's. */
    private void linksets(Graph d) {
        Node dataset = NodeFactory.createURI(paths.base() + ".well-known/void#dataset");
        Node subset = NodeFactory.createURI(Descriptions.VOID + "subset");
        dsg.find(Node.ANY, Node.ANY, LKG.rdfType, NodeFactory.createURI(Descriptions.VOID + "Linkset")).forEachRemaining(q -> {
            Node ls = q.getSubject();
            d.add(dataset, subset, ls);
            for (Node s : List.of(ls, NodeFactory.createURI(ls.getURI() + "#source"))) {
                dsg.find(q.getGraph(), s, Node.ANY, Node.ANY).forEachRemaining(t -> d.add(t.asTriple()));
            }
        });
    }
}
