package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The query page: YASGUI (bundled, served from {@code /static/yasgui/}) with one tab per example
 * query of {@code queries/}, on the read-only endpoint. Without JavaScript, each query is a
 * plain form that sends it to the endpoint.
 */
final class QueryPageServlet extends HttpServlet {
    static final String QUERIES = "org/localkg/queries/";

    static List<String> queryNames() {
        try (InputStream in = QueryPageServlet.class.getClassLoader().getResourceAsStream(QUERIES + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!l.isBlank()) {
                    names.add(l.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String query(String name) {
        try (InputStream in = QueryPageServlet.class.getClassLoader().getResourceAsStream(QUERIES + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        StringBuilder b = new StringBuilder();
        b.append("<link rel=\"stylesheet\" href=\"/static/yasgui/yasgui.min.css\">\n");
        b.append("<h1>SPARQL 查询 Query</h1>\n<p>Endpoint <code>/kg/sparql</code>; the default graph is the union of all ")
                .append("article graphs. Each tab holds one example query of <code>queries/</code>.</p>\n");
        b.append("<div id=\"yasgui\"></div>\n<noscript>\n");
        List<String> names = queryNames();
        for (String name : names) {
            b.append("<h2 id=\"").append(Html.esc(name)).append("\">").append(Html.esc(name)).append("</h2>")
                    .append("<form action=\"/kg/sparql\" method=\"get\"><textarea name=\"query\" rows=\"12\" style=\"width:100%\">")
                    .append(Html.esc(query(name))).append("</textarea><input type=\"hidden\" name=\"format\" value=\"json\">")
                    .append("<button>Run</button></form>\n");
        }
        // the queries travel as a JSON data block and the set-up is a script file of our own: the
        // content security policy allows no inline script
        b.append("</noscript>\n<script type=\"application/json\" id=\"kg-queries\">[");
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : ",").append("[").append(js(names.get(i))).append(",").append(js(query(names.get(i)))).append("]");
        }
        b.append("]</script>\n<script src=\"/static/yasgui/yasgui.min.js\"></script>\n<script src=\"/static/query-page.js\"></script>\n");
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(Html.page("SPARQL", b.toString()));
    }
}
