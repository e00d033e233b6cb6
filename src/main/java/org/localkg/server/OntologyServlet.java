package org.localkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The ontology at its path: the generated HTML documentation for browsers, the Turtle for
 * programs ({@code Accept: text/turtle}, or {@code ?format=turtle}).
 */
final class OntologyServlet extends HttpServlet {
    private static final String HTML = "org/localkg/ontology/index.html";
    private static final String TURTLE = "org/localkg/ontology/localkg.ttl";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String accept = req.getHeader("Accept");
        String format = req.getParameter("format");
        boolean turtle = "turtle".equals(format) || "ttl".equals(format)
                || format == null && accept != null && !accept.contains("text/html")
                   && (accept.contains("text/turtle") || accept.contains("application/x-turtle"));
        resp.setHeader("Vary", "Accept");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(turtle ? TURTLE : HTML)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "the ontology documentation was not built into this jar");
                return;
            }
            resp.setContentType((turtle ? "text/turtle" : "text/html") + "; charset=utf-8");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
