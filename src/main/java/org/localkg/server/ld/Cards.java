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
 * year. The cards of enterprises and organisations ({@link BodyCards}) and of inspections,
 * memberships and posts ({@link RecordCards}) are written by their own classes. Cards and pictures are drawn from the same {@link Chronicle} records. Callers hold a read
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
    private final CardParts parts;

    Cards(Describer d, Titles titles, Paths paths) {
        this.d = d;
        this.titles = titles;
        this.chronicle = new Chronicle(d, titles);
        this.paths = paths;
        this.parts = new CardParts(d, titles, paths);
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
        if (types.contains(LKG.Enterprise)) {
            return new BodyCards(d, titles, paths).enterprise(n);
        }
        if (types.contains(LKG.Organization)) {
            return new BodyCards(d, titles, paths).organisation(n);
        }
        if (types.contains(LKG.Inspection)) {
            return new RecordCards(d, titles, paths).inspection(n);
        }
        if (types.contains(LKG.orgMembership)) {
            return new RecordCards(d, titles, paths).membership(n);
        }
        if (types.contains(LKG.Post)) {
            return new RecordCards(d, titles, paths).post(n);
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
        if (types.contains(LKG.Enterprise)) {
            return Set.of(LKG.enterprise, LKG.inspected);
        }
        if (types.contains(LKG.Organization)) {
            return Set.of(LKG.orgPostIn, LKG.orgOrganization);
        }
        if (types.contains(LKG.Post)) {
            return Set.of(LKG.post, LKG.orgHolds);
        }
        return Set.of();
    }

    private String person(Node n) {
        List<Chronicle.Post> posts = chronicle.posts(n);
        List<Chronicle.Event> visits = chronicle.visits(n);
        if (posts.isEmpty() && visits.isEmpty()) {
            return "";
        }
        StringBuilder b = CardParts.open();
        if (!posts.isEmpty()) {
            b.append(parts.posts(posts, false));
        }
        List<TimelineSvg.Row> rows = new ArrayList<>();
        for (Chronicle.Post p : posts) {
            rows.add(new TimelineSvg.Row(p.title(), p.reports().stream().map(e -> point(e, p.title())).toList(), true));
        }
        rows.add(new TimelineSvg.Row("调研 visits", visits.stream().map(e -> point(e, "调研 " + e.what())).toList(), false));
        b.append(TimelineSvg.draw(rows, "时间线：职务与调研 · Timeline: posts and visits (each dot an article)"));
        b.append(parts.events("调研 Visits", visits, "调研对象 inspected"));
        return CardParts.close(b);
    }

    private String project(Node n) {
        Map<ProjectStatus, Chronicle.Event> stages = chronicle.stages(n);
        StringBuilder b = CardParts.open().append("<table>\n");
        CardParts.row(b, LKG.enterprise, parts.links(d.objects(n, LKG.enterprise)));
        CardParts.row(b, LKG.park, parts.links(d.objects(n, LKG.park)));
        BigDecimal inv = chronicle.investment(n);
        CardParts.row(b, LKG.investment, inv == null ? "" : Html.esc(Shown.yuan(inv)));
        ProjectStatus reached = Chronicle.reached(stages);
        CardParts.row(b, LKG.status, reached == null ? "" : Html.esc(reached.label()));
        String year = d.literal(n, LKG.expectedCompletionYear, null);
        CardParts.row(b, LKG.expectedCompletionYear, year == null ? "" : Html.esc(year + "年"));
        b.append("</table>\n");
        if (!stages.isEmpty()) {
            b.append("<h3>进度 Stages</h3><ul>\n");
            stages.forEach((s, e) -> b.append("<li>").append(Html.esc(s.label())).append(" · ").append(CardParts.date(e.date()))
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
        b.append(parts.events("调研 Inspections", chronicle.inspectionsOf(n), "调研者 inspector"));
        return CardParts.close(b);
    }

    private String park(Node n) {
        List<Chronicle.ProjectRow> projects = chronicle.projectsIn(n);
        List<Chronicle.Event> inspections = chronicle.inspectionsOf(n);
        if (projects.isEmpty() && inspections.isEmpty()) {
            return "";
        }
        StringBuilder b = CardParts.open();
        if (!projects.isEmpty()) {
            b.append(parts.projects(projects, LKG.enterprise));
            List<BarChartSvg.Bar> bars = new ArrayList<>();
            investmentByYear(projects).forEach((year, sum) -> bars.add(new BarChartSvg.Bar(year + "年", sum.doubleValue(), Shown.yuan(sum))));
            b.append(BarChartSvg.draw("investment-by-year", bars,
                    "按年份的投资：项目总投资计入其首次见报的年份 · Investment by year: each project's total in the year of its first dated report"));
        }
        b.append(parts.events("调研 Inspections", inspections, "调研者 inspector"));
        return CardParts.close(b);
    }

    private TimelineSvg.Point point(Chronicle.Event e, String tip) {
        return new TimelineSvg.Point(e.date(), e.article() == null ? null : paths.pageHref(e.article()),
                tip + (e.article() == null ? "" : " 《" + titles.article(e.article()) + "》"));
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
