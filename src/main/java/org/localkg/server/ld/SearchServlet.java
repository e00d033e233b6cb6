package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;

/**
 * Label search: names containing the words asked (after the same normalisation as entity
 * keys, so full- and half-width forms and quotes do not matter). A simple scan of labels: fine
 * for a city's papers; a text index is the next step for a country's.
 */
final class SearchServlet extends HttpServlet {
    static final int MAX = 100;
    private final DatasetGraph dsg;
    private final Paths paths;

    SearchServlet(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : org.localkg.resolve.Names.key(req.getParameter("q"));
        StringBuilder b = new StringBuilder("<h1>搜索 Search: ").append(Html.esc(q)).append("</h1>\n")
                .append("<form action=\"/search\"><input name=\"q\" value=\"").append(Html.esc(q))
                .append("\" required> <button>搜索 Search</button></form>\n<ul>\n");
        if (!q.isEmpty()) {
            ParameterizedSparqlString ps = new ParameterizedSparqlString("""
                    SELECT ?e (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STRAFTER(STR(?c), "#"); separator=" ") AS ?types)
                    WHERE { GRAPH ?g { ?e ?lp ?l ; a ?c } VALUES ?lp { ?label1 ?label2 }
                            FILTER(CONTAINS(REPLACE(STR(?l), "[“”\\"\\\\s]", ""), ?q)) }
                    GROUP BY ?e ORDER BY STRLEN(SAMPLE(?l)) LIMIT ?max""");
            ps.setIri("label1", LKG.label.getURI());
            ps.setIri("label2", LKG.altLabel.getURI());
            ps.setParam("q", NodeFactory.createLiteralString(q));
            ps.setLiteral("max", MAX);
            int[] n = {0};
            Txn.executeRead(dsg, () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(ps.asQuery()).build()) {
                    qe.execSelect().forEachRemaining(r -> {
                        var e = r.getResource("e").asNode();
                        b.append("<li><a href=\"").append(Html.esc(paths.pageHref(e))).append("\">")
                                .append(Html.esc(r.getLiteral("label").getLexicalForm())).append("</a> <span class=\"types\">")
                                .append(Html.esc(r.getLiteral("types").getLexicalForm())).append("</span></li>\n");
                        n[0]++;
                    });
                }
            });
            if (n[0] == 0) {
                b.append("<li>没有结果 No names match.</li>");
            }
        }
        b.append("</ul>");
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(Html.page("search " + q, b.toString()));
    }
}
