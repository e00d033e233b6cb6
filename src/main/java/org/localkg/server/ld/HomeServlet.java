package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The home page: what the dataset holds, a label search, the example queries, the endpoint, VoID, the dump. */
final class HomeServlet extends HttpServlet {
    private final DatasetGraph dsg;

    HomeServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!path.equals("/") && !path.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Stats s = Txn.calculateRead(dsg, () -> Stats.of(dsg));
        StringBuilder b = new StringBuilder();
        b.append("<h1>地方政务新闻知识图谱<br><small>localkg: Chinese local-government news knowledge graph</small></h1>\n");
        b.append("<p>官员及其职务、企业、园区、项目与调研，每一事实都可追溯到原文的句子。Officials and their posts, enterprises, ")
                .append("parks, projects and inspections, each fact traceable to the sentence it came from.</p>\n");
        b.append("<form action=\"/search\"><label>搜索名称 Search names: <input name=\"q\" required></label> ")
                .append("<button>搜索 Search</button></form>\n");
        b.append("<h2>数据 What it holds</h2>\n<table>");
        for (Map.Entry<String, Long> e : s.perClass.entrySet()) {
            String local = e.getKey().substring(e.getKey().indexOf('#') + 1);
            b.append("<tr><th>").append(Html.esc(local)).append("</th><td>").append(e.getValue()).append("</td></tr>");
        }
        b.append("<tr><th>triples</th><td>").append(s.triples).append("</td></tr>");
        b.append("<tr><th>dates</th><td>").append(s.firstDate == null ? "unknown (no article dates given)"
                : Html.esc(s.firstDate) + " – " + Html.esc(s.lastDate)).append("</td></tr></table>\n");
        b.append("<h2>使用 Use it</h2><ul>")
                .append("<li><a href=\"/query\">SPARQL 查询页 Query page</a>, with the example queries</li>")
                .append("<li>SPARQL endpoint: <code>/kg/sparql</code> (also <code>/kg/query</code>), read-only</li>")
                .append("<li><a href=\"/.well-known/void\">VoID description</a> · <a href=\"/dump.nq.gz\">dump (N-Quads, gzip)</a>")
                .append(" · <a href=\"/ontology\">ontology</a></li></ul>\n");
        b.append("<h2>示例查询 Example queries</h2><ul>");
        for (ExampleQuery q : ExampleQueries.all()) {
            b.append("<li><a href=\"/query#").append(Html.esc(q.name())).append("\">").append(Html.esc(q.title()))
                    .append("</a> — ").append(Html.esc(q.description())).append("</li>");
        }
        b.append("</ul>\n");
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(Html.page("localkg", b.toString()));
    }
}
