package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * An entity IRI ({@code /id/X}) answers {@code 303 See Other}: to its HTML page ({@code /page/X})
 * for browsers, to its data document ({@code /data/X.ttl}, .jsonld, .rdf, .nt) for programs,
 * chosen by {@code Accept} (or {@code ?format=}); {@code 406} when none is acceptable, {@code 404}
 * when the store knows nothing of it. The IRI is the configured base and the path, whatever
 * host and port the request came to.
 */
final class ResourceServlet extends HttpServlet {
    private final DatasetGraph dsg;
    private final Paths paths;

    ResourceServlet(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String rest = req.getPathInfo() == null ? null : req.getPathInfo().substring(1);
        Node n = paths.resource(rest);
        if (n == null || !Txn.calculateRead(dsg, () -> new Describer(dsg).exists(n))) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known about " + (n == null ? rest : n.getURI()));
            return;
        }
        Formats.Format f = Formats.Format.byName(req.getParameter("format"));
        if (f == null) {
            f = Formats.negotiate(req.getHeader("Accept"), Formats.all());
        }
        if (f == null) {
            NotAcceptable.send(resp);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", f == Formats.Format.HTML ? "/page/" + rest : "/data/" + rest + "." + f.extension);
    }
}
