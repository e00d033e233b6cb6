package org.localkg.server.ld;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.localkg.extract.ProjectStatus;
import org.localkg.rdf.LKG;

/**
 * The summary card that opens an entity's page, with its pictures: an official's posts (first and
 * last dated report) and visits, and a timeline of both; a project's enterprise, park, investment,
 * stage and its stage line; a park's projects as a table, its inspections, and its investment by
 * year. Cards and pictures are drawn from the same {@link Chronicle} records. Callers hold a read
 * transaction.
 */
final class Cards {
    /** The stages a stage line always shows; the others (在建, 封顶) only when reported. */
    private static final Set<ProjectStatus> MAIN_STAGES = Set.of(ProjectStatus.SIGNED, ProjectStatus.STARTED,
            ProjectStatus.COMPLETED, ProjectStatus.IN_OPERATION);

    /** The rows a list of visits or inspections shows, the earliest first; the pictures draw them all. */
    static final int MAX_ROWS = 50;
    private final Describer d;
    private final Titles titles;
    private final Chronicle chronicle;
    private final Paths paths;

    Cards(Describer d, Titles titles, Paths paths) {
        this.d = d;
        this.titles = titles;
        this.chronicle = new Chronicle(d, titles);
        this.paths = paths;
    }

    /** The card of the entity's kind, or "" for kinds without one. */
    String of(Node n, Set<Node> types) {
        if (types.contains(LKG.Project)) {
            return project(n);
        }
        if (types.contains(LKG.Park)) {
            return park(n);
        }
        if (types.contains(LKG.Person) || types.contains(LKG.Official)) {
            return person(n);
        }
        return "";
    }

    /** The links that the card already shows, so that "linked from" does not list them again. */
    static Set<Node> shownIncoming(Set<Node> types) {
        if (types.contains(LKG.Park)) {
            return Set.of(LKG.park, LKG.inspected);
        }
        if (types.contains(LKG.Person) || types.contains(LKG.Official)) {
            return Set.of(LKG.inspector, LKG.orgMember, LKG.orgHeldBy);
        }
        return Set.of();
    }

    private String person(Node n) {
        List<Chronicle.Post> posts = chronicle.posts(n);
        List<Chronicle.Event> visits = chronicle.visits(n);
        if (posts.isEmpty() && visits.isEmpty()) {
            return "";
        }
        StringBuilder b = card();
        if (!posts.isEmpty()) {
            b.append("<table class=\"grid\"><tr><th>职务 Post</th><th>首次报道 First dated report</th><th>最近报道 Last dated report</th><th>报道 Reports</th></tr>\n");
            for (Chronicle.Post p : posts) {
                b.append("<tr><td>").append(link(p.post(), p.title())).append("</td><td>").append(date(p.first()))
                        .append("</td><td>").append(date(p.last())).append("</td><td>").append(p.reports().size()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        List<TimelineSvg.Row> rows = new ArrayList<>();
        for (Chronicle.Post p : posts) {
            rows.add(new TimelineSvg.Row(p.title(), p.reports().stream().map(e -> point(e, p.title())).toList(), true));
        }
        rows.add(new TimelineSvg.Row("调研 visits", visits.stream().map(e -> point(e, "调研 " + e.what())).toList(), false));
        b.append(TimelineSvg.draw(rows, "时间线：职务与调研 · Timeline: posts and visits (each dot an article)"));
        b.append(events("调研 Visits", visits, "调研对象 inspected"));
        return b.append("</section>\n").toString();
    }

    private String project(Node n) {
        Map<ProjectStatus, Chronicle.Event> stages = chronicle.stages(n);
        StringBuilder b = card().append("<table>\n");
        row(b, LKG.enterprise, links(d.objects(n, LKG.enterprise)));
        row(b, LKG.park, links(d.objects(n, LKG.park)));
        BigDecimal inv = chronicle.investment(n);
        row(b, LKG.investment, inv == null ? "" : Html.esc(Shown.yuan(inv)));
        ProjectStatus reached = Chronicle.reached(stages);
        row(b, LKG.status, reached == null ? "" : Html.esc(reached.label()));
        String year = d.literal(n, LKG.expectedCompletionYear, null);
        row(b, LKG.expectedCompletionYear, year == null ? "" : Html.esc(year + "年"));
        b.append("</table>\n");
        if (!stages.isEmpty()) {
            b.append("<h3>进度 Stages</h3><ul>\n");
            stages.forEach((s, e) -> b.append("<li>").append(Html.esc(s.label())).append(" · ").append(date(e.date()))
                    .append(" · <a href=\"").append(Html.esc(paths.pageHref(e.article()))).append("\">《")
                    .append(Html.esc(titles.article(e.article()))).append("》</a></li>\n"));
            b.append("</ul>\n");
        }
        List<StageLineSvg.Stage> line = new ArrayList<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            Chronicle.Event e = stages.get(s);
            if (e == null && !MAIN_STAGES.contains(s)) {
                continue;
            }
            boolean dated = e != null && e.date() != null;
            line.add(new StageLineSvg.Stage(s.label(), dated ? e.date().toString() : null,
                    dated ? paths.pageHref(e.article()) : null,
                    dated ? s.label() + " · " + e.date() + " 《" + titles.article(e.article()) + "》" : s.label() + " · 未见带日期的报道"));
        }
        b.append(StageLineSvg.draw(line, "进度线：每个阶段首次见报的日期 · Stage line: the first dated article reporting each stage"));
        b.append(events("调研 Inspections", chronicle.inspectionsOf(n), "调研者 inspector"));
        return b.append("</section>\n").toString();
    }

    private String park(Node n) {
        List<Chronicle.ProjectRow> projects = chronicle.projectsIn(n);
        List<Chronicle.Event> inspections = chronicle.inspectionsOf(n);
        if (projects.isEmpty() && inspections.isEmpty()) {
            return "";
        }
        StringBuilder b = card();
        if (!projects.isEmpty()) {
            b.append("<h3>项目 Projects (").append(projects.size()).append(")</h3>\n<table class=\"grid\"><tr><th>项目 Project</th><th>")
                    .append(Html.esc(TermLabels.of(LKG.enterprise))).append("</th><th>").append(Html.esc(TermLabels.of(LKG.investment)))
                    .append("</th><th>").append(Html.esc(TermLabels.of(LKG.status))).append("</th><th>首次报道 First report</th></tr>\n");
            for (Chronicle.ProjectRow r : projects) {
                b.append("<tr><td>").append(link(r.project(), titles.of(r.project()))).append("</td><td>").append(links(r.enterprises()))
                        .append("</td><td>").append(r.investment() == null ? "" : Html.esc(Shown.yuan(r.investment())))
                        .append("</td><td>").append(r.status() == null ? "" : Html.esc(r.status().label()))
                        .append("</td><td>").append(date(r.firstReport())).append("</td></tr>\n");
            }
            b.append("</table>\n");
            List<BarChartSvg.Bar> bars = new ArrayList<>();
            investmentByYear(projects).forEach((year, sum) -> bars.add(new BarChartSvg.Bar(year + "年", sum.doubleValue(), Shown.yuan(sum))));
            b.append(BarChartSvg.draw("investment-by-year", bars,
                    "按年份的投资：项目总投资计入其首次见报的年份 · Investment by year: each project's total in the year of its first dated report"));
        }
        b.append(events("调研 Inspections", inspections, "调研者 inspector"));
        return b.append("</section>\n").toString();
    }

    private static StringBuilder card() {
        return new StringBuilder("<section class=\"card\"><h2>概要 Summary</h2>\n");
    }

    private TimelineSvg.Point point(Chronicle.Event e, String tip) {
        return new TimelineSvg.Point(e.date(), e.article() == null ? null : paths.pageHref(e.article()),
                tip + (e.article() == null ? "" : " 《" + titles.article(e.article()) + "》"));
    }

    /** A list of dated events with what each is about and the article behind it. */
    private String events(String heading, List<Chronicle.Event> events, String whatHeading) {
        if (events.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h3>").append(Html.esc(heading)).append(" (").append(events.size())
                .append(")</h3>\n<table class=\"grid\"><tr><th>日期 Date</th><th>").append(Html.esc(whatHeading)).append("</th><th>报道 Article</th></tr>\n");
        for (Chronicle.Event e : events.subList(0, Math.min(events.size(), MAX_ROWS))) {
            b.append("<tr><td class=\"d\">").append(link(e.about(), e.date() == null ? "日期不详 undated" : e.date().toString())).append("</td><td>")
                    .append(Html.esc(e.what())).append("</td><td>")
                    .append(e.article() == null ? "" : link(e.article(), "《" + titles.article(e.article()) + "》")).append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (events.size() > MAX_ROWS) {
            b.append("<p class=\"date\">另有 ").append(events.size() - MAX_ROWS).append(" 次 · and ").append(events.size() - MAX_ROWS)
                    .append(" more (the timeline and the data document have them all)</p>\n");
        }
        return b.toString();
    }

    private void row(StringBuilder b, Node p, String valueHtml) {
        if (!valueHtml.isEmpty()) {
            b.append("<tr><th>").append(Html.esc(TermLabels.of(p))).append("</th><td>").append(valueHtml).append("</td></tr>\n");
        }
    }

    private String links(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(link(n, titles.of(n))));
        return String.join("、", out);
    }

    private String link(Node n, String text) {
        String href = paths.pageHref(n);
        return href == null ? Html.esc(text) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>";
    }

    private static String date(LocalDate d) {
        return d == null ? "—" : d.toString();
    }

    /** Investment summed by the year of each project's first dated report. */
    static Map<Integer, BigDecimal> investmentByYear(List<Chronicle.ProjectRow> projects) {
        Map<Integer, BigDecimal> out = new TreeMap<>();
        for (Chronicle.ProjectRow p : projects) {
            if (p.investment() != null && p.firstReport() != null) {
                out.merge(p.firstReport().getYear(), p.investment(), BigDecimal::add);
            }
        }
        return out;
    }
}
