package org.localkg.server.ld;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;
import org.localkg.search.LabelIndex;

/**
 * Label search over the store's label index: names containing the words asked (any two or more
 * consecutive characters; full- and half-width forms and quotes do not matter), whole names
 * first. HTML for people; JSON ({@code Accept: application/json} or {@code ?format=json}) for
 * programs: {@code {"query", "results": [{"id", "label", "types", "page"}]}}.
 */
final class SearchServlet extends HttpServlet {
    static final int MAX = 100;
    private final transient DatasetGraph dsg;
    private final transient LabelIndex labels;
    private final transient Paths paths;

    SearchServlet(DatasetGraph dsg, LabelIndex labels, Paths paths) {
        this.dsg = dsg;
        this.labels = labels;
        this.paths = paths;
    }

    /** A search result: the entity, the label that matched, its classes' local names. */
    record Result(Node entity, String label, List<String> types) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : org.localkg.resolve.Names.key(req.getParameter("q"));
        List<Result> results = search(q);
        resp.setHeader("Vary", "Accept");
        String format = req.getParameter("format");
        String accept = req.getHeader("Accept");
        // JSON when asked by name, or when a program's Accept names it before any HTML (a browser's never does)
        boolean json = "json".equals(format) || format == null && accept != null && accept.contains("application/json")
                && (!accept.contains("text/html") || accept.indexOf("application/json") < accept.indexOf("text/html"));
        if (json) {
            JsonObject out = new JsonObject();
            out.addProperty("query", q);
            JsonArray a = new JsonArray();
            for (Result r : results) {
                JsonObject o = new JsonObject();
                o.addProperty("id", r.entity().getURI());
                o.addProperty("label", r.label());
                JsonArray ts = new JsonArray();
                r.types().forEach(ts::add);
                o.add("types", ts);
                o.addProperty("page", paths.pageHref(r.entity()));
                a.add(o);
            }
            out.add("results", a);
            resp.setContentType("application/json; charset=utf-8");
            resp.getWriter().write(out.toString());
            return;
        }
        StringBuilder b = new StringBuilder("<h1>搜索 Search: ").append(Html.esc(q)).append("</h1>\n")
                .append("<form action=\"/search\"><input name=\"q\" value=\"").append(Html.esc(q))
                .append("\" required minlength=\"2\"> <button>搜索 Search</button></form>\n<ul>\n");
        for (Result r : results) {
            b.append("<li><a href=\"").append(Html.esc(paths.pageHref(r.entity()))).append("\">").append(Html.esc(r.label()))
                    .append("</a> <span class=\"types\">").append(Html.esc(String.join(" ", r.types()))).append("</span></li>\n");
        }
        if (results.isEmpty() && !q.isEmpty()) {
            b.append(q.codePointCount(0, q.length()) < LabelIndex.MIN_QUERY ? "<li>请输入至少两个字 Give two characters or more.</li>"
                    : "<li>没有结果 No names match.</li>");
        }
        b.append("</ul>");
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(Html.page("search " + q, b.toString()));
    }

    /** Entities whose labels contain {@code q}, best first; those gone from the store are left out. */
    List<Result> search(String q) {
        List<LabelIndex.Hit> hits = labels.find(q, MAX);
        return Txn.calculateRead(dsg, () -> {
            List<Result> out = new ArrayList<>();
            for (LabelIndex.Hit h : hits) {
                TreeSet<String> types = new TreeSet<>();
                dsg.find(Node.ANY, h.entity(), LKG.rdfType, Node.ANY).forEachRemaining(t -> {
                    String uri = t.getObject().getURI();
                    types.add(uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1));
                });
                if (!types.isEmpty()) {
                    out.add(new Result(h.entity(), h.label(), List.copyOf(types)));
                }
            }
            return out;
        });
    }
}
