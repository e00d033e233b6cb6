package org.localkg.server.ld;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.localkg.rdf.LKG;

/**
 * The pieces every summary card is written with, so that the cards of all kinds look alike: the
 * card's frame, a row of a property and its value, links to pages by readable title, an article
 * as 《title》 with its date, and a table of dated posts. Every text goes through {@link Html#esc}.
 */
final class CardParts {
    private final Describer d;
    private final Titles titles;
    private final Paths paths;

    CardParts(Describer d, Titles titles, Paths paths) {
        this.d = d;
        this.titles = titles;
        this.paths = paths;
    }

    static StringBuilder open() {
        return new StringBuilder("<section class=\"card\"><h2>概要 Summary</h2>\n");
    }

    static String close(StringBuilder card) {
        return card.append("</section>\n").toString();
    }

    /** A row named by the ontology's label of {@code p}; left out when there is no value. */
    static void row(StringBuilder b, Node p, String valueHtml) {
        row(b, TermLabels.of(p), valueHtml);
    }

    static void row(StringBuilder b, String name, String valueHtml) {
        if (!valueHtml.isEmpty()) {
            b.append("<tr><th>").append(Html.esc(name)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
        }
    }

    String links(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(link(n, titles.of(n))));
        return String.join("、", out);
    }

    String link(Node n, String text) {
        String href = n.isURI() ? paths.pageHref(n) : null;
        return href == null ? Html.esc(text) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>";
    }

    /** An article as 《its title》, linked, with its date when its page gave one. */
    String article(Node a) {
        String date = d.articleDate(a);
        return link(a, "《" + titles.article(a) + "》") + (date == null ? "" : " <span class=\"date\">" + Html.esc(date) + "</span>");
    }

    static String date(LocalDate d) {
        return d == null ? "—" : d.toString();
    }

    /**
     * Posts as a table: the post (with its holder, when {@code withHolder}), its first and last
     * dated report and how many reports there are.
     */
    String posts(List<Chronicle.Post> posts, boolean withHolder) {
        StringBuilder b = new StringBuilder("<table class=\"grid\"><tr><th>职务 Post</th>")
                .append(withHolder ? "<th>任职者 Holder</th>" : "")
                .append("<th>首次报道 First dated report</th><th>最近报道 Last dated report</th><th>报道 Reports</th></tr>\n");
        for (Chronicle.Post p : posts) {
            b.append("<tr><td>").append(link(p.post(), p.title())).append("</td>");
            if (withHolder) {
                b.append("<td>").append(p.holder() == null ? "" : link(p.holder(), titles.of(p.holder()))).append("</td>");
            }
            b.append("<td>").append(date(p.first())).append("</td><td>").append(date(p.last())).append("</td><td>")
                    .append(p.reports().size()).append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    /**
     * Projects as a table: each with {@code other} (its enterprise on a park's card, its park on
     * an enterprise's), its investment, the stage it reached and its first dated report.
     */
    String projects(List<Chronicle.ProjectRow> projects, Node other) {
        StringBuilder b = new StringBuilder("<h3>项目 Projects (").append(projects.size()).append(")</h3>\n<table class=\"grid\"><tr><th>项目 Project</th><th>")
                .append(Html.esc(TermLabels.of(other))).append("</th><th>").append(Html.esc(TermLabels.of(LKG.investment)))
                .append("</th><th>").append(Html.esc(TermLabels.of(LKG.status))).append("</th><th>首次报道 First report</th></tr>\n");
        for (Chronicle.ProjectRow r : projects) {
            b.append("<tr><td>").append(link(r.project(), titles.of(r.project()))).append("</td><td>")
                    .append(links(other.equals(LKG.park) ? r.parks() : r.enterprises()))
                    .append("</td><td>").append(r.investment() == null ? "" : Html.esc(Shown.yuan(r.investment())))
                    .append("</td><td>").append(r.status() == null ? "" : Html.esc(r.status().label()))
                    .append("</td><td>").append(date(r.firstReport())).append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    /** A list of dated events with what each is about and the article behind it; past {@link Cards#MAX_ROWS}, a count. */
    String events(String heading, List<Chronicle.Event> events, String whatHeading) {
        if (events.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h3>").append(Html.esc(heading)).append(" (").append(events.size())
                .append(")</h3>\n<table class=\"grid\"><tr><th>日期 Date</th><th>").append(Html.esc(whatHeading)).append("</th><th>报道 Article</th></tr>\n");
        for (Chronicle.Event e : events.subList(0, Math.min(events.size(), Cards.MAX_ROWS))) {
            b.append("<tr><td class=\"d\">").append(link(e.about(), e.date() == null ? "日期不详 undated" : e.date().toString())).append("</td><td>")
                    .append(Html.esc(e.what())).append("</td><td>")
                    .append(e.article() == null ? "" : link(e.article(), "《" + titles.article(e.article()) + "》")).append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (events.size() > Cards.MAX_ROWS) {
            b.append("<p class=\"date\">另有 ").append(events.size() - Cards.MAX_ROWS).append(" 次 · and ").append(events.size() - Cards.MAX_ROWS)
                    .append(" more (the timeline and the data document have them all)</p>\n");
        }
        return b.toString();
    }
}
