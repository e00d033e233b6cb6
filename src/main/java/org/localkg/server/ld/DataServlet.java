package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The data document of a resource ({@code /data/X}, or {@code /data/X.ttl} … for one format):
 * everything {@link Describer#document} gathers, in the format asked by extension,
 * {@code ?format=} or {@code Accept}. Incoming links come a page at a time ({@code ?page=N}),
 * the paging announced in the data with Hydra terms and in a {@code Link: rel="next"} header.
 */
final class DataServlet extends HttpServlet {
    private final DatasetGraph dsg;
    private final Paths paths;

    DataServlet(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Formats.Format f = null;
        int dot = rest.lastIndexOf('.');
        String extension = "";
        if (dot > rest.lastIndexOf('/')) {
            f = Formats.Format.byName(rest.substring(dot + 1));
            if (f == null || !f.isRdf()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such format: " + rest.substring(dot + 1));
                return;
            }
            extension = "." + f.extension;
            rest = rest.substring(0, dot);
        }
        if (f == null) {
            f = Formats.Format.byName(req.getParameter("format"));
        }
        if (f == null) {
            resp.setHeader("Vary", "Accept");
            f = Formats.negotiate(req.getHeader("Accept"), Formats.rdfFormats());
            if (f == null) {
                NotAcceptable.send(resp);
                return;
            }
        }
        Node n = paths.resource(rest);
        int page = pageNumber(req.getParameter("page"));
        if (badPage(page, resp)) {
            return;
        }
        String docBase = paths.base() + "data/" + rest + extension;
        Node doc = NodeFactory.createURI(page == 1 ? docBase : docBase + "?page=" + page);
        final Formats.Format format = f;
        Graph g = n == null ? null : Txn.calculateRead(dsg, () -> new Describer(dsg).exists(n)
                ? new Describer(dsg).document(n, doc, page, docBase + "?page=") : null);
        if (g == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known about " + (n == null ? rest : n.getURI()));
            return;
        }
        // where the document comes from and on what terms: what a linked-data client shows or checks
        g.add(doc, NodeFactory.createURI(org.localkg.rdf.LKG.DCT + "license"), NodeFactory.createURI(Descriptions.LICENSE));
        g.add(doc, NodeFactory.createURI(Descriptions.VOID + "inDataset"), NodeFactory.createURI(paths.base() + ".well-known/void#dataset"));
        g.getPrefixMapping().setNsPrefix("void", Descriptions.VOID);
        g.find(doc, Describer.HYDRA_NEXT, Node.ANY).forEachRemaining(t ->
                resp.setHeader("Link", "<" + relative(t.getObject().getURI()) + ">; rel=\"next\""));
        resp.setContentType(format.mediaType + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, format.rdfFormat);
        }
    }

    private String relative(String uri) {
        return uri.startsWith(paths.base()) ? "/" + uri.substring(paths.base().length()) : uri;
    }

    /** The most pages a resource's incoming links may be asked for: more than any resource has. */
    static final int MAX_PAGE = 1_000_000;

    /** The page asked for (1 when none is), or -1 when {@code p} is not a whole number from 1 to {@link #MAX_PAGE}. */
    static int pageNumber(String p) {
        if (p == null) {
            return 1;
        }
        if (!p.matches("[0-9]{1,7}")) {
            return -1;
        }
        int n = Integer.parseInt(p);
        return n >= 1 && n <= MAX_PAGE ? n : -1;
    }

    /** Answers 400 for a bad page number; true when it did. */
    static boolean badPage(int page, HttpServletResponse resp) throws IOException {
        if (page > 0) {
            return false;
        }
        resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "page must be a whole number from 1 to " + MAX_PAGE);
        return true;
    }
}
