package org.localkg.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.localkg.rdf.LKG;

/**
 * The cards of bodies: an organisation's posts and their holders (first and last dated report),
 * and an enterprise's projects as a table (park, investment, stage reached, first report), the
 * parks they are in, and the inspections that visited it. Callers hold a read transaction.
 */
final class BodyCards {
    private final Describer d;
    private final Titles titles;
    private final Chronicle chronicle;
    private final CardParts parts;

    BodyCards(Describer d, Titles titles, Paths paths) {
        this.d = d;
        this.titles = titles;
        this.chronicle = new Chronicle(d, titles);
        this.parts = new CardParts(d, titles, paths);
    }

    /**
     * An organisation's posts and holders, from the reports of posts in it (its memberships): a
     * post that several organisations name (an official's 区委书记 in the 区委 of each page) is
     * dated here by this organisation's reports only. A post in it with no report is listed undated.
     */
    String organisation(Node org) {
        List<Chronicle.Post> held = chronicle.holdings(d.subjects(LKG.orgOrganization, org), d.subjects(LKG.orgPostIn, org), null);
        if (held.isEmpty()) {
            return "";
        }
        StringBuilder b = CardParts.open().append("<h3>职务与任职者 Posts and holders (").append(held.size()).append(")</h3>\n");
        b.append(parts.posts(held, true));
        return CardParts.close(b);
    }

    String enterprise(Node e) {
        List<Chronicle.ProjectRow> projects = chronicle.projectsOf(e);
        List<Chronicle.Event> inspections = chronicle.inspectionsOf(e);
        if (projects.isEmpty() && inspections.isEmpty()) {
            return "";
        }
        StringBuilder b = CardParts.open();
        if (!projects.isEmpty()) {
            b.append(parts.projects(projects, LKG.park));
            Map<Node, Integer> parks = new LinkedHashMap<>();
            projects.forEach(r -> r.parks().forEach(k -> parks.merge(k, 1, Integer::sum)));
            if (!parks.isEmpty()) {
                List<String> items = new ArrayList<>();
                parks.forEach((k, n) -> items.add(parts.link(k, titles.of(k)) + "（" + n + " 个项目）"));
                b.append("<p>园区 Parks (").append(parks.size()).append("): ").append(String.join("、", items)).append("</p>\n");
            }
        }
        b.append(parts.events("调研 Inspections", inspections, "调研者 inspector"));
        return CardParts.close(b);
    }
}
