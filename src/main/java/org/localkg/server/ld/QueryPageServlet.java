package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The query page: YASGUI (bundled, served from {@code /static/yasgui/}) with one tab per example
 * query of {@code queries/}, on the read-only endpoint, under a gallery of the examples' titles and
 * descriptions. Without JavaScript, each query is a plain form that sends it to the endpoint.
 */
final class QueryPageServlet extends HttpServlet {
    /** The example queries' file names, in the order of {@code queries/index.txt}. */
    static List<String> queryNames() {
        return ExampleQueries.all().stream().map(ExampleQuery::name).toList();
    }

    /** A string as a JSON (and JavaScript) string literal that is also safe inside a script element. */
    static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<ExampleQuery> examples = ExampleQueries.all();
        StringBuilder b = new StringBuilder();
        b.append("<h1>SPARQL 查询 Query</h1>\n<p>Endpoint <code>/kg/sparql</code>; the default graph is the union of all ")
                .append("article graphs. Each tab holds one example query of <code>queries/</code>; your edits are kept in ")
                .append("this browser.</p>\n");
        b.append("<details class=\"kg-examples\" open><summary>示例查询 Example queries</summary><ul>");
        for (ExampleQuery q : examples) {
            b.append("<li><a href=\"#").append(Html.esc(q.name())).append("\">").append(Html.esc(q.title()))
                    .append("</a> <span>").append(Html.esc(q.description())).append("</span></li>");
        }
        b.append("</ul></details>\n<div id=\"yasgui\"></div>\n<noscript>\n");
        for (ExampleQuery q : examples) {
            b.append("<h2 id=\"").append(Html.esc(q.name())).append("\">").append(Html.esc(q.title())).append("</h2><p>")
                    .append(Html.esc(q.description())).append("</p>")
                    .append("<form action=\"/kg/sparql\" method=\"get\"><textarea name=\"query\" rows=\"12\" style=\"width:100%\">")
                    .append(Html.esc(q.text())).append("</textarea><input type=\"hidden\" name=\"format\" value=\"json\">")
                    .append("<button>Run</button></form>\n");
        }
        // the queries travel as a JSON data block and the set-up is a script file of our own: the
        // content security policy allows no inline script
        b.append("</noscript>\n<script type=\"application/json\" id=\"kg-queries\">[");
        for (int i = 0; i < examples.size(); i++) {
            ExampleQuery q = examples.get(i);
            b.append(i == 0 ? "" : ",").append("{\"name\":").append(js(q.name())).append(",\"title\":").append(js(q.title()))
                    .append(",\"version\":").append(js(q.version())).append(",\"query\":").append(js(q.text())).append("}");
        }
        b.append("]</script>\n<script src=\"/static/yasgui/yasgui.min.js\"></script>\n")
                .append("<script src=\"/static/query-views.js\"></script>\n<script src=\"/static/query-page.js\"></script>\n");
        resp.setContentType("text/html; charset=utf-8");
        String head = "<link rel=\"stylesheet\" href=\"/static/yasgui/yasgui.min.css\">"
                + "<link rel=\"stylesheet\" href=\"/static/query-page.css\">";
        resp.getWriter().write(Html.page("SPARQL", b.toString(), head));
    }
}
