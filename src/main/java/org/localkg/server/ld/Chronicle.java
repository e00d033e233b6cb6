package org.localkg.server.ld;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.localkg.extract.ProjectStatus;
import org.localkg.rdf.LKG;

/**
 * The dated facts behind the summary cards and the pictures: an official's posts and visits, a
 * project's stages, a park's projects and inspections. A fact's date is the day the store gives
 * it (an inspection's), else the date of the article that states it; a fact from an undated page
 * has none, and no date is guessed. Cards and pictures read the same records, so a picture and
 * its table never disagree. Callers hold a read transaction.
 */
final class Chronicle {
    /** One dated (or undated: {@code date} null) report of a fact, with the article that states it. */
    record Event(LocalDate date, Node article, String what, Node about) {}

    /** A post an official ({@code holder}) is reported in, with every report of it. */
    record Post(Node post, String title, Node holder, List<Event> reports) {
        LocalDate first() {
            return reports.stream().map(Event::date).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        }

        LocalDate last() {
            return reports.stream().map(Event::date).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
    }

    /** A project as a park's or an enterprise's table lists it. */
    record ProjectRow(Node project, List<Node> enterprises, List<Node> parks, BigDecimal investment, ProjectStatus status,
            LocalDate firstReport) {}

    private final Describer d;
    private final Titles titles;

    Chronicle(Describer d, Titles titles) {
        this.d = d;
        this.titles = titles;
    }

    static LocalDate date(String lexical) {
        if (lexical == null || lexical.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(lexical.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The posts a person is reported in (memberships), and the posts the person holds with no report. */
    List<Post> posts(Node person) {
        return holdings(d.subjects(LKG.orgMember, person), d.objects(person, LKG.orgHolds), person);
    }

    /**
     * A row per post and holder: the reports of the given memberships, and the posts held
     * ({@code org:heldBy}) with no report. {@code only}, when not null, keeps one holder's rows.
     */
    List<Post> holdings(List<Node> memberships, List<Node> unreportedPosts, Node only) {
        Map<List<Node>, List<Event>> byPost = new LinkedHashMap<>();
        for (Node m : memberships) {
            Node article = d.object(m, LKG.reportedIn);
            LocalDate when = article == null ? null : date(d.articleDate(article));
            for (Node member : d.objects(m, LKG.orgMember)) {
                for (Node post : d.objects(m, LKG.post)) {
                    byPost.computeIfAbsent(List.of(post, member), k -> new ArrayList<>()).add(new Event(when, article, null, m));
                }
            }
        }
        for (Node post : unreportedPosts) {
            for (Node holder : d.objects(post, LKG.orgHeldBy)) {
                byPost.computeIfAbsent(List.of(post, holder), k -> new ArrayList<>());
            }
        }
        List<Post> out = new ArrayList<>();
        byPost.forEach((key, reports) -> {
            if (only != null && !only.equals(key.get(1))) {
                return;
            }
            reports.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
            String t = d.literal(key.get(0), LKG.postTitle, null);
            out.add(new Post(key.get(0), t != null ? t : titles.of(key.get(0)), key.get(1), reports));
        });
        out.sort(Comparator.comparing(Post::first, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** The inspections a person made, by date: what was inspected. */
    List<Event> visits(Node person) {
        return inspections(d.subjects(LKG.inspector, person), LKG.inspected);
    }

    /** The inspections of a place or project, by date: who inspected it. */
    List<Event> inspectionsOf(Node target) {
        return inspections(d.subjects(LKG.inspected, target), LKG.inspector);
    }

    private List<Event> inspections(List<Node> inspections, Node other) {
        List<Event> out = new ArrayList<>();
        for (Node i : inspections) {
            List<String> names = new ArrayList<>();
            d.objects(i, other).forEach(n -> names.add(titles.of(n)));
            out.add(new Event(date(d.dateOf(i)), d.object(i, LKG.reportedIn), String.join("、", names), i));
        }
        out.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Each stage a project is reported at, with its first report: the earliest dated one, else an undated one. */
    Map<ProjectStatus, Event> stages(Node project) {
        Map<ProjectStatus, Event> out = new EnumMap<>(ProjectStatus.class);
        for (var it = d.dataset().find(Node.ANY, project, LKG.status, Node.ANY); it.hasNext(); ) {
            var q = it.next();
            ProjectStatus s = status(q.getObject());
            if (s == null) {
                continue;
            }
            Event e = new Event(date(d.articleDate(q.getGraph())), q.getGraph(), s.label(), q.getObject());
            Event had = out.get(s);
            if (had == null || had.date() == null || e.date() != null && e.date().isBefore(had.date())) {
                out.put(s, e);
            }
        }
        return out;
    }

    /** The stage a project has reached: the latest stage reported. */
    static ProjectStatus reached(Map<ProjectStatus, Event> stages) {
        ProjectStatus out = null;
        for (ProjectStatus s : stages.keySet()) { // an EnumMap: in the stages' order
            out = s;
        }
        return out;
    }

    static ProjectStatus status(Node concept) {
        for (ProjectStatus s : ProjectStatus.values()) {
            if (LKG.statusConcept(s).equals(concept)) {
                return s;
            }
        }
        return null;
    }

    /** The projects in a park, by their first dated report. */
    List<ProjectRow> projectsIn(Node park) {
        return projectRows(d.subjects(LKG.park, park));
    }

    /** An enterprise's projects, by their first dated report. */
    List<ProjectRow> projectsOf(Node enterprise) {
        return projectRows(d.subjects(LKG.enterprise, enterprise));
    }

    private List<ProjectRow> projectRows(List<Node> projects) {
        List<ProjectRow> out = new ArrayList<>();
        for (Node p : projects) {
            out.add(new ProjectRow(p, d.objects(p, LKG.enterprise), d.objects(p, LKG.park), investment(p), reached(stages(p)),
                    firstReport(p)));
        }
        out.sort(Comparator.comparing(ProjectRow::firstReport, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> titles.of(r.project())));
        return out;
    }

    /** A project's total investment in yuan: the figure most articles state (the first stated on a tie), or null. */
    BigDecimal investment(Node project) {
        Map<BigDecimal, Integer> votes = new LinkedHashMap<>();
        d.dataset().find(Node.ANY, project, LKG.investment, Node.ANY).forEachRemaining(q -> {
            BigDecimal v = Shown.number(q.getObject().getLiteralLexicalForm());
            if (v != null) {
                votes.merge(v.stripTrailingZeros(), 1, Integer::sum);
            }
        });
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The date of the earliest dated article that mentions the resource, or null. */
    LocalDate firstReport(Node n) {
        LocalDate first = null;
        for (Node a : d.objects(n, LKG.mentionedIn)) {
            LocalDate when = date(d.articleDate(a));
            if (when != null && (first == null || when.isBefore(first))) {
                first = when;
            }
        }
        return first;
    }
}
