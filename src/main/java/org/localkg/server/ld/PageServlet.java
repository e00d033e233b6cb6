package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;

/**
 * The HTML page of a resource ({@code /page/X}). An entity's page opens with its readable title
 * ({@link Titles}), its summary card and pictures ({@link Cards}) and its neighbourhood
 * ({@link Neighbourhood}); then every fact, named in Chinese and English ({@link TermLabels}),
 * with its value as people write it ({@link Shown}) and, under it, the sentences it came from
 * with the words marked, linked to the article; then the links that point at it and its
 * mentions, one quote per sentence ({@link MentionList}). The two lists are paged together:
 * {@code ?page=N} shows their N-th pages under the title alone. An article's page opens with its
 * card ({@link ArticleCard}), then shows the whole article with all its mentions marked and
 * linked, and what it reports. Pages are built with the escaping helpers of
 * {@link Html}, not a template engine: each part is one small class, and every text goes
 * through {@link Html#esc}.
 */
final class PageServlet extends HttpServlet {
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(LKG.rdfType, LKG.label, LKG.altLabel, LKG.hiddenLabel,
            LKG.mentionedIn, LKG.nifIsString, LKG.schemaMentions);

    /** The quotes shown under one fact: past that a count (the mentions list has them all). */
    static final int QUOTES_PER_FACT = 5;
    private final DatasetGraph dsg;
    private final Paths paths;

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
        if (html.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "page " + page + " is past the last page of " + n.getURI());
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(html);
    }

    private String entity(Describer d, Node n, int page) {
        Titles titles = new Titles(d);
        Set<Node> types = d.types(n);
        StringBuilder b = new StringBuilder();
        String en = d.literal(n, LKG.label, "en");
        String title = titles.of(n);
        b.append("<h1>").append(Html.esc(title)).append(en != null ? " <small>" + Html.esc(en) + "</small>" : "").append("</h1>\n");
        b.append("<p class=\"types\">");
        for (Node t : types) {
            b.append(Html.esc(TermLabels.of(t))).append(" · ");
        }
        b.append("<code>").append(Html.esc(n.getURI())).append("</code></p>\n");
        List<Triple> out = d.outgoing(n);
        // every other name: the articles' altLabels hold the preferred name too (the heading)
        Set<String> alt = new java.util.LinkedHashSet<>();
        out.stream().filter(t -> t.getPredicate().equals(LKG.altLabel)).forEach(t -> alt.add(t.getObject().getLiteralLexicalForm()));
        alt.remove(title);
        alt.remove(d.literal(n, LKG.prefLabel, "zh"));
        if (!alt.isEmpty()) {
            b.append("<p>又名 Also: ").append(Html.esc(String.join("、", alt))).append("</p>\n");
        }
        Set<Node> onCard = Cards.shownIncoming(types);
        List<Triple> in = d.incoming(n).stream().filter(t -> !onCard.contains(t.getPredicate())).toList();
        MentionList mentions = new MentionList(d, titles, paths);
        List<MentionList.Quote> quotes = mentions.quotes(d.mentions(n));
        int pages = Math.max(MentionList.pages(quotes), (in.size() + Describer.PAGE_SIZE - 1) / Describer.PAGE_SIZE);
        if (page > pages) {
            return "";
        }
        if (page == 1) {
            b.append(new Cards(d, titles, paths).of(n, types));
            b.append(new Neighbourhood(d, titles, paths).draw(n));
            b.append(facts(d, titles, mentions, n, out));
        } else {
            b.append(pager(page, pages));
        }
        int from = (page - 1) * Describer.PAGE_SIZE;
        if (from < in.size()) {
            b.append("<h2>被引用 Linked from (").append(in.size()).append(")</h2>\n<ul>\n");
            for (int i = from; i < Math.min(in.size(), from + Describer.PAGE_SIZE); i++) {
                Triple t = in.get(i);
                b.append("<li>").append(value(titles, null, t.getSubject())).append(" — ")
                        .append(Html.esc(TermLabels.of(t.getPredicate()))).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append(mentions.page(quotes, page));
        if (pages > 1) {
            b.append(pager(page, pages));
        }
        b.append("<p>数据 Data: ");
        for (Formats.Format f : Formats.rdfFormats()) {
            b.append("<a href=\"").append(Html.esc(paths.dataHref(n, f.extension))).append("\">").append(f.extension).append("</a> ");
        }
        b.append("</p>\n");
        return Html.page(title, b.toString(), Html.alternates(paths, n));
    }

    /** Every fact, named in Chinese and English, with its value and the sentences that state it. */
    private String facts(Describer d, Titles titles, MentionList quoter, Node n, List<Triple> out) {
        StringBuilder facts = new StringBuilder();
        for (Triple t : out) {
            if (SHOWN_ELSEWHERE.contains(t.getPredicate())) {
                continue;
            }
            facts.append("<tr><th>").append(Html.esc(TermLabels.of(t.getPredicate()))).append("</th><td>")
                    .append(value(titles, t.getPredicate(), t.getObject()));
            List<MentionList.Quote> quotes = quoter.quotes(d.evidence(n, t.getPredicate(), t.getObject()));
            quotes.subList(0, Math.min(quotes.size(), QUOTES_PER_FACT)).forEach(q -> facts.append(quoter.quote(q)));
            int more = quotes.size() - QUOTES_PER_FACT;
            if (more > 0) {
                facts.append("<p class=\"date\">另有 ").append(more).append(" 句 · and ").append(more)
                        .append(" more sentences (see the mentions below)</p>");
            }
            facts.append("</td></tr>\n");
        }
        return facts.length() == 0 ? "" : "<h2>事实 Facts</h2>\n<table>\n" + facts + "</table>\n";
    }

    /** Links to the previous and the next page of the lists, and where this one stands. */
    private static String pager(int page, int pages) {
        StringBuilder b = new StringBuilder("<nav class=\"pager\"><p>");
        if (page > 1) {
            b.append("<a rel=\"prev\" href=\"?page=").append(page - 1).append("\">上一页 previous page</a> · ");
        }
        b.append("第 ").append(page).append(" / ").append(pages).append(" 页 · page ").append(page).append(" of ").append(pages);
        if (page < pages) {
            b.append(" · <a rel=\"next\" href=\"?page=").append(page + 1).append("\">下一页 next page</a>");
        }
        if (page > 1) {
            b.append(" · <a href=\"?page=1\">概要 summary</a>");
        }
        return b.append("</p></nav>\n").toString();
    }

    private String article(Describer d, Node a) {
        String text = d.literal(a, LKG.nifIsString, null);
        Titles titles = new Titles(d);
        String title = titles.article(a);
        boolean untitled = d.literal(a, LKG.title, null) == null;
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(title)).append(untitled ? " <small>（无标题 untitled: its first words）</small>" : "")
                .append("</h1>\n<p class=\"types\"><code>").append(Html.esc(a.getURI())).append("</code></p>\n");
        b.append(new ArticleCard(d, titles, paths).of(a));
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
        List<Node> reported = d.subjects(LKG.reportedIn, a);
        if (!reported.isEmpty()) {
            b.append("<h2>本文报道 Reported here</h2>\n<ul>\n");
            for (Node r : reported) {
                b.append("<li>").append(value(titles, null, r)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<p>数据 Data: <a href=\"").append(Html.esc(paths.dataHref(a, "ttl"))).append("\">ttl</a></p>\n");
        return Html.page(title, b.toString(), Html.alternates(paths, a));
    }

    /** A fact's value: a literal as people write it, a resource by its readable title, linked to its page. */
    private String value(Titles titles, Node p, Node o) {
        if (o.isLiteral()) {
            return Html.esc(Shown.literal(p, o));
        }
        String href = o.isURI() && o.getURI().startsWith(LKG.NS) ? null : paths.pageHref(o);
        String name = titles.of(o);
        return href == null ? Html.esc(name) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(name) + "</a>";
    }
}
