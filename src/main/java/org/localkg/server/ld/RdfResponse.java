package org.localkg.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Sends a small description graph in the negotiated RDF format; a browser gets it as Turtle on a page. */
final class RdfResponse {
    private RdfResponse() {}

    static void send(HttpServletRequest req, HttpServletResponse resp, Graph g, String title) throws IOException {
        resp.setHeader("Vary", "Accept");
        Formats.Format f = Formats.Format.byName(req.getParameter("format"));
        if (f == null) {
            f = Formats.negotiate(req.getHeader("Accept"), java.util.List.of(Formats.Format.TURTLE, Formats.Format.JSONLD,
                    Formats.Format.RDFXML, Formats.Format.NTRIPLES, Formats.Format.HTML));
        }
        if (f == null) {
            NotAcceptable.send(resp);
            return;
        }
        if (f == Formats.Format.HTML) {
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, g, RDFFormat.TURTLE_PRETTY);
            resp.setContentType("text/html; charset=utf-8");
            resp.getWriter().write(Html.page(title, "<h1>" + Html.esc(title) + "</h1><p><a href=\"?format=ttl\">Turtle</a> · "
                    + "<a href=\"?format=jsonld\">JSON-LD</a></p><pre>" + Html.esc(turtle.toString(StandardCharsets.UTF_8)) + "</pre>"));
            return;
        }
        resp.setContentType(f.mediaType + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, f.rdfFormat);
        }
    }
}
