package org.localkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.localkg.server.ld.Formats;
import org.localkg.server.ld.NotAcceptable;

/**
 * The ontology at its path, negotiated like every resource: the generated HTML documentation for
 * browsers, Turtle, JSON-LD, RDF/XML or N-Triples for programs (by {@code Accept}, or
 * {@code ?format=ttl|jsonld|rdf|nt}).
 */
final class OntologyServlet extends HttpServlet {
    private static final String HTML = "org/localkg/ontology/index.html";
    private static final String TURTLE = org.localkg.ontology.OntologyDocs.RESOURCE;
    private static final List<Formats.Format> OFFERED = List.of(Formats.Format.HTML, Formats.Format.TURTLE,
            Formats.Format.JSONLD, Formats.Format.RDFXML, Formats.Format.NTRIPLES);
    private transient Graph ontology;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Formats.Format f = Formats.Format.byName(req.getParameter("format"));
        if (f == null) {
            f = Formats.negotiate(req.getHeader("Accept"), OFFERED);
        }
        if (f == null) {
            NotAcceptable.send(resp);
            return;
        }
        if (f == Formats.Format.HTML || f == Formats.Format.TURTLE) {
            // the documentation and the ontology's own Turtle (comments and layout kept) as built
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(f == Formats.Format.HTML ? HTML : TURTLE)) {
                if (in == null) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND, "the ontology documentation was not built into this jar");
                    return;
                }
                resp.setContentType(f.mediaType + "; charset=utf-8");
                try (OutputStream out = resp.getOutputStream()) {
                    in.transferTo(out);
                }
            }
            return;
        }
        resp.setContentType(f.mediaType + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, ontology(), f.rdfFormat);
        }
    }

    private synchronized Graph ontology() {
        if (ontology == null) {
            ontology = org.localkg.ontology.OntologyDocs.bundled().getGraph();
        }
        return ontology;
    }
}
