package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;

/**
 * The members of one of the ontology's classes ({@code /class/Official}), 100 a page, each by its
 * readable title and linked to its page: where the home page's counts lead.
 */
final class ClassListServlet extends HttpServlet {
    /** The listing runs inside the server, past the endpoint's guard: it keeps to a time limit of its own. */
    private static final long LIST_TIMEOUT_SECONDS = 10;
    private final DatasetGraph dsg;
    private final Paths paths;

    ClassListServlet(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int page = DataServlet.pageNumber(req.getParameter("page"));
        if (DataServlet.badPage(page, resp)) {
            return;
        }
        String local = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!local.matches("[A-Za-z]{1,64}")) { // a local name of the ontology, nothing else reaches the query
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such class");
            return;
        }
        Node cls = NodeFactory.createURI(LKG.NS + local);
        List<Node> members = new ArrayList<>();
        String html = Txn.calculateRead(dsg, () -> {
            String q = "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e a <" + cls.getURI() + "> } } ORDER BY ?e OFFSET "
                    + (long) (page - 1) * Describer.PAGE_SIZE + " LIMIT " + (Describer.PAGE_SIZE + 1);
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).timeout(LIST_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS).build()) {
                qe.execSelect().forEachRemaining(r -> members.add(r.get("e").asNode()));
            }
            if (members.isEmpty() && page == 1) {
                return null;
            }
            Titles titles = new Titles(new Describer(dsg));
            StringBuilder b = new StringBuilder("<h1>").append(Html.esc(TermLabels.of(cls))).append("</h1>\n<ul>\n");
            // the page's members by title (the pages themselves follow the IRIs' order, which is stable)
            java.util.Map<Node, String> shown = new java.util.LinkedHashMap<>();
            members.subList(0, Math.min(members.size(), Describer.PAGE_SIZE)).forEach(m -> shown.put(m, titles.of(m)));
            shown.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue()).forEach(e -> {
                String href = paths.pageHref(e.getKey());
                b.append("<li>").append(href == null ? Html.esc(e.getValue())
                        : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(e.getValue()) + "</a>").append("</li>\n");
            });
            b.append("</ul>\n<p>");
            if (page > 1) {
                b.append("<a rel=\"prev\" href=\"?page=").append(page - 1).append("\">上一页 previous page</a> ");
            }
            if (members.size() > Describer.PAGE_SIZE) {
                b.append("<a rel=\"next\" href=\"?page=").append(page + 1).append("\">下一页 next page</a>");
            }
            return Html.page(TermLabels.of(cls), b.append("</p>\n").toString());
        });
        if (html == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing of class " + local + " is in the store");
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(html);
    }
}
