package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.NodeFactory;
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
        for (String c : ClassOrder.sorted(s.perClass.keySet())) {
            String local = c.substring(c.indexOf('#') + 1);
            b.append("<tr><th><a href=\"/class/").append(Html.esc(local)).append("\">")
                    .append(Html.esc(TermLabels.of(NodeFactory.createURI(c)))).append("</a></th><td>").append(s.perClass.get(c))
                    .append("</td></tr>");
        }
        b.append("<tr><th>triples</th><td>").append(s.triples).append("</td></tr>");
        b.append("<tr><th>dates</th><td>").append(s.firstDate == null ? "unknown (no article dates given)"
                : Html.esc(s.firstDate) + " – " + Html.esc(s.lastDate)).append("</td></tr></table>\n");
        b.append(perMonth(s));
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

    /** Articles per month, as a chart and a table; or why there is none. */
    private static String perMonth(Stats s) {
        StringBuilder b = new StringBuilder("<h2>每月文章 Articles per month</h2>\n");
        if (s.articlesPerMonth.isEmpty()) {
            return b.append("<p>文章都没有日期 No article has a date (give pages a <code>date:</code>: see the README's Input section).</p>\n")
                    .toString();
        }
        java.util.List<BarChartSvg.Bar> bars = new java.util.ArrayList<>();
        s.articlesPerMonth.forEach((m, n) -> bars.add(new BarChartSvg.Bar(m, n, Long.toString(n))));
        b.append(BarChartSvg.draw("articles-per-month", bars, "每月文章数 · Articles per month of their date"));
        b.append("<table class=\"grid\"><tr><th>月份 Month</th><th>文章 Articles</th></tr>");
        s.articlesPerMonth.forEach((m, n) -> b.append("<tr><td>").append(Html.esc(m)).append("</td><td>").append(n).append("</td></tr>"));
        if (s.undatedArticles > 0) {
            b.append("<tr><td>无日期 undated</td><td>").append(s.undatedArticles).append("</td></tr>");
        }
        return b.append("</table>\n").toString();
    }
}
