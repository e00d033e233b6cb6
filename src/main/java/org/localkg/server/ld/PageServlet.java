package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.localkg.ontology.OntologyDocs;
import org.localkg.rdf.LKG;

/**
 * The HTML page of a resource ({@code /page/X}). An entity's page shows its names and types,
 * every fact with linked values and, under each, the sentence it came from with the words
 * marked, linked to the article; then the links that point at it and every mention. An
 * article's page shows the whole article with all its mentions marked and linked.
 */
final class PageServlet extends HttpServlet {
    private static final java.util.Set<Node> SHOWN_ELSEWHERE = java.util.Set.of(LKG.rdfType, LKG.label, LKG.altLabel,
            LKG.mentionedIn, LKG.nifIsString, LKG.schemaMentions);

    private final DatasetGraph dsg;
    private final Paths paths;
    private final Model ontology = OntologyDocs.bundled();

    PageServlet(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int page = DataServlet.pageNumber(req.getParameter("page"));
        if (DataServlet.badPage(page, resp)) {
            return;
        }
        String rest = req.getPathInfo() == null ? null : req.getPathInfo().substring(1);
        Node n = paths.resource(rest);
        String html = n == null ? null : Txn.calculateRead(dsg, () -> {
            Describer d = new Describer(dsg);
            if (!d.exists(n)) {
                return null;
            }
            return dsg.contains(Node.ANY, n, LKG.rdfType, LKG.Article) ? article(d, n) : entity(d, n, page);
        });
        if (html == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known about " + (n == null ? rest : n.getURI()));
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(html);
    }

    private String entity(Describer d, Node n, int page) {
        StringBuilder b = new StringBuilder();
        String zh = d.literal(n, LKG.label, "zh");
        String en = d.literal(n, LKG.label, "en");
        String title = zh != null ? zh : d.name(n);
        b.append("<h1>").append(Html.esc(title)).append(en != null ? " <small>" + Html.esc(en) + "</small>" : "").append("</h1>\n");
        b.append("<p class=\"types\">");
        List<Triple> out = d.outgoing(n);
        for (Triple t : out) {
            if (t.getPredicate().equals(LKG.rdfType)) {
                b.append(Html.esc(termLabel(t.getObject()))).append(" · ");
            }
        }
        b.append("<code>").append(Html.esc(n.getURI())).append("</code></p>\n");
        List<String> alt = new ArrayList<>();
        out.stream().filter(t -> t.getPredicate().equals(LKG.altLabel)).forEach(t -> alt.add(t.getObject().getLiteralLexicalForm()));
        if (!alt.isEmpty()) {
            b.append("<p>又名 Also: ").append(Html.esc(String.join("、", alt))).append("</p>\n");
        }
        b.append("<h2>事实 Facts</h2>\n<table>\n");
        for (Triple t : out) {
            if (SHOWN_ELSEWHERE.contains(t.getPredicate())) {
                continue;
            }
            b.append("<tr><th>").append(Html.esc(termLabel(t.getPredicate()))).append("</th><td>").append(value(d, t.getObject()));
            for (Describer.Passage p : d.evidence(n, t.getPredicate(), t.getObject())) {
                b.append("<blockquote>").append(Sentences.marked(p.text(), p.begin(), p.end()))
                        .append(" <a href=\"").append(Html.esc(articleAnchor(p))).append("\">《")
                        .append(Html.esc(d.name(p.article()))).append("》</a></blockquote>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
        List<Triple> in = d.incoming(n);
        if (!in.isEmpty()) {
            int pages = (in.size() + Describer.PAGE_SIZE - 1) / Describer.PAGE_SIZE;
            b.append("<h2>被引用 Linked from (").append(in.size()).append(")</h2>\n<ul>\n");
            int from = (page - 1) * Describer.PAGE_SIZE;
            for (int i = from; i < Math.min(in.size(), from + Describer.PAGE_SIZE); i++) {
                Triple t = in.get(i);
                b.append("<li>").append(value(d, t.getSubject())).append(" — ").append(Html.esc(termLabel(t.getPredicate()))).append("</li>\n");
            }
            b.append("</ul>\n");
            if (page < pages) {
                b.append("<p><a rel=\"next\" href=\"?page=").append(page + 1).append("\">下一页 next page</a></p>\n");
            }
        }
        List<Describer.Passage> mentions = d.mentions(n);
        if (!mentions.isEmpty()) {
            b.append("<h2>提及 Mentions (").append(mentions.size()).append(")</h2>\n");
            for (Describer.Passage p : mentions) {
                b.append("<blockquote>").append(Sentences.marked(p.text(), p.begin(), p.end())).append(" <a href=\"")
                        .append(Html.esc(articleAnchor(p))).append("\">《").append(Html.esc(d.name(p.article())))
                        .append("》</a></blockquote>\n");
            }
        }
        b.append("<p>数据 Data: ");
        for (Formats.Format f : Formats.rdfFormats()) {
            b.append("<a href=\"").append(Html.esc(paths.dataHref(n, f.extension))).append("\">").append(f.extension).append("</a> ");
        }
        b.append("</p>\n");
        return Html.page(title, b.toString(), Html.alternates(paths, n));
    }

    private String article(Describer d, Node a) {
        String text = d.literal(a, LKG.nifIsString, null);
        String title = d.literal(a, LKG.title, null);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(title == null ? "（无标题）" : title)).append("</h1>\n<p class=\"types\">");
        for (Node p : List.of(LKG.sourceFile, LKG.position, LKG.byline, LKG.date, LKG.column)) {
            String v = d.literal(a, p, null);
            if (v != null) {
                b.append(Html.esc(termLabel(p))).append(": ").append(Html.esc(v)).append(" · ");
            }
        }
        b.append("<code>").append(Html.esc(a.getURI())).append("</code></p>\n");
        // every mention, marked and linked; where mentions nest, the outer one is marked
        List<int[]> spans = new ArrayList<>();
        List<Node> targets = new ArrayList<>();
        for (var it = dsg.find(Node.ANY, Node.ANY, LKG.nifReferenceContext, a); it.hasNext(); ) {
            var q = it.next();
            Node m = q.getSubject();
            Node target = d.object(q.getGraph(), m, LKG.itsTaIdentRef);
            Node bi = d.object(q.getGraph(), m, LKG.nifBeginIndex);
            Node ei = d.object(q.getGraph(), m, LKG.nifEndIndex);
            if (target != null && bi != null && ei != null) {
                spans.add(new int[] {Integer.parseInt(bi.getLiteralLexicalForm()), Integer.parseInt(ei.getLiteralLexicalForm()), targets.size()});
                targets.add(target);
            }
        }
        spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        StringBuilder t = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            if (text == null || s[0] < at || s[1] > text.length()) {
                continue;
            }
            t.append(Html.esc(text.substring(at, s[0])));
            Node target = targets.get(s[2]);
            t.append("<a id=\"m-").append(s[0]).append('-').append(s[1]).append("\" href=\"")
                    .append(Html.esc(paths.pageHref(target))).append("\"><mark>")
                    .append(Html.esc(text.substring(s[0], s[1]))).append("</mark></a>");
            at = s[1];
        }
        if (text != null) {
            t.append(Html.esc(text.substring(at)));
        }
        b.append("<div class=\"article\"><p>").append(t).append("</p></div>\n");
        b.append("<p>数据 Data: <a href=\"").append(Html.esc(paths.dataHref(a, "ttl"))).append("\">ttl</a></p>\n");
        return Html.page(title == null ? "article" : title, b.toString(), Html.alternates(paths, a));
    }

    /** A link to the article page at the first mention that covers the passage. */
    private String articleAnchor(Describer.Passage p) {
        return paths.pageHref(p.article()) + "#m-" + p.begin() + "-" + p.end();
    }

    private String value(Describer d, Node o) {
        if (o.isLiteral()) {
            return Html.esc(o.getLiteralLexicalForm());
        }
        String href = paths.pageHref(o);
        String name = o.isURI() && o.getURI().startsWith(LKG.NS) ? termLabel(o) : d.name(o);
        if (o.isURI() && o.getURI().endsWith(name)) {
            // a resource without a name (a membership, an inspection): say what it is
            for (var it = dsg.find(Node.ANY, o, LKG.rdfType, Node.ANY); it.hasNext(); ) {
                name = termLabel(it.next().getObject()) + " " + name;
                break;
            }
        }
        return href == null ? Html.esc(name) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(name) + "</a>";
    }

    /** The ontology's labels of a term (中文 / English), or its IRI. */
    private String termLabel(Node term) {
        if (!term.isURI()) {
            return term.toString();
        }
        Resource r = ontology.getResource(term.getURI());
        String zh = null;
        String en = null;
        for (var st : r.listProperties(RDFS.label).toList()) {
            if ("zh".equals(st.getLanguage())) {
                zh = st.getString();
            } else if ("en".equals(st.getLanguage())) {
                en = st.getString();
            }
        }
        for (var st : r.listProperties(ontology.createProperty(LKG.SKOS + "prefLabel")).toList()) {
            if ("zh".equals(st.getLanguage()) && zh == null) {
                zh = st.getString();
            }
        }
        if (zh != null) {
            return en == null ? zh : zh + " " + en;
        }
        String prefixed = ontology.shortForm(term.getURI());
        return prefixed;
    }
}
