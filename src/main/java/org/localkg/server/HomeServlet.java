package org.localkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;

/** The home page: what the server holds and where its SPARQL endpoint is. */
final class HomeServlet extends HttpServlet {
    private final DatasetGraph dsg;

    HomeServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals("/") && !path.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long graphs = org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.listGraphNodes();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write("""
                <!doctype html>
                <html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>localkg: Chinese local-government news knowledge graph</title></head>
                <body><h1>localkg</h1>
                <p>A knowledge graph of Chinese local-government news: officials and their posts, enterprises,
                parks, projects and inspections, each fact traceable to the article it came from.</p>
                <p>Named graphs (one per article, plus bookkeeping): %d</p>
                <p>SPARQL endpoint: <a href="kg/sparql">/kg/sparql</a> (GET or POST, read-only; also /kg/query).</p>
                <p>Ontology: <a href="ontology">/ontology</a> (HTML documentation; Turtle with Accept: text/turtle).</p>
                </body></html>
                """.formatted(graphs));
    }
}
