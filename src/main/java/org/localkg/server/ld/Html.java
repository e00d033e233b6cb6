package org.localkg.server.ld;

/** Server-rendered HTML: escaping and the page frame (no script needed, readable on a phone). */
public final class Html {
    private Html() {}

    /** Escapes text for element content and attribute values: article text may hold markup. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String page(String title, String body) {
        return page(title, body, "");
    }

    /**
     * The links in a page's head to the same resource's data, one per RDF format: how crawlers
     * and browser extensions find the data behind a page.
     */
    static String alternates(Paths paths, org.apache.jena.graph.Node n) {
        StringBuilder b = new StringBuilder();
        for (Formats.Format f : Formats.rdfFormats()) {
            String href = paths.dataHref(n, f.extension);
            if (href != null) {
                b.append("<link rel=\"alternate\" type=\"").append(f.mediaType).append("\" href=\"").append(esc(href)).append("\">");
            }
        }
        return b.toString();
    }

    /** A page whose head holds {@code head} too (already escaped markup). */
    public static String page(String title, String body, String head) {
        return "<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · localkg</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60em;margin:auto;padding:.8em;line-height:1.6}"
                + "nav a{margin-right:1em}table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;"
                + "padding:.3em;vertical-align:top;text-align:left}mark{background:#fe8}blockquote{margin:.3em 0 .3em 1em;"
                + "color:#333;border-left:3px solid #ccc;padding-left:.6em}.types{color:#666}code{word-break:break-all}"
                + ".article p{white-space:pre-wrap}.card{background:#f7f9fb;border:1px solid #e3e8ee;border-radius:6px;padding:.1em .8em .6em}"
                + "figure.picture{margin:.8em 0;overflow-x:auto}figure.picture svg{min-width:640px}figcaption{color:#666;font-size:.9em}.no-dates{color:#777;font-style:italic}"
                + ".date{color:#777;font-size:.9em}td.d{white-space:nowrap}@media(max-width:40em){table:not(.grid) td,table:not(.grid) th{display:block}"
                + ".grid{display:block;overflow-x:auto}}</style>" + head + "</head><body>\n"
                + "<nav><a href=\"/\">首页 Home</a><a href=\"/query\">查询 Query</a><a href=\"/ontology\">本体 Ontology</a>"
                + "<a href=\"/.well-known/void\">VoID</a></nav>\n" + body + "\n</body></html>\n";
    }
}
