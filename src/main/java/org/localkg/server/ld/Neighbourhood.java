package org.localkg.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.localkg.rdf.LKG;

/**
 * What an entity is linked to, for its small graph: the things its facts name and the things
 * whose facts name it. A membership or an inspection is a step, not a neighbour: the graph
 * goes through it to the post, or to what was inspected (or who inspected). Callers hold a read
 * transaction.
 */
final class Neighbourhood {
    static final int MAX = 12;
    private static final Set<Node> NOT_LINKS = Set.of(LKG.rdfType, LKG.mentionedIn, LKG.reportedIn, LKG.status, LKG.orgMemberDuring);

    private final Describer d;
    private final Titles titles;
    private final Paths paths;

    Neighbourhood(Describer d, Titles titles, Paths paths) {
        this.d = d;
        this.titles = titles;
        this.paths = paths;
    }

    String draw(Node n) {
        Map<Node, GraphSvg.Neighbour> out = new LinkedHashMap<>();
        for (Triple t : d.outgoing(n)) {
            if (t.getObject().isURI() && !NOT_LINKS.contains(t.getPredicate())) {
                add(out, n, t.getObject(), t.getPredicate(), true);
            }
        }
        for (Triple t : d.incoming(n)) {
            if (!NOT_LINKS.contains(t.getPredicate())) {
                add(out, n, t.getSubject(), t.getPredicate(), false);
            }
        }
        return GraphSvg.draw(titles.of(n), new ArrayList<>(out.values()),
                "关联 Neighbourhood: 与之相连的实体（最多" + MAX + "个）· what it is linked to (up to " + MAX + ")");
    }

    private void add(Map<Node, GraphSvg.Neighbour> out, Node centre, Node other, Node p, boolean outgoing) {
        if (out.size() >= MAX || other.equals(centre) || !other.isURI() || other.getURI().startsWith(LKG.NS)) {
            return;
        }
        Set<Node> types = d.types(other);
        if (types.contains(LKG.Inspection)) {
            // through the inspection: from its inspector to what was inspected, or back
            Node far = outgoing || p.equals(LKG.inspected) ? LKG.inspector : LKG.inspected;
            for (Node o : d.objects(other, far)) {
                add(out, centre, o, far, far.equals(LKG.inspected));
            }
            return;
        }
        if (types.contains(LKG.orgMembership)) {
            for (Node post : d.objects(other, LKG.post)) { // from a member to the post
                add(out, centre, post, LKG.post, true);
            }
            for (Node member : d.objects(other, LKG.orgMember)) { // from a post to its members
                add(out, centre, member, LKG.orgMember, false);
            }
            return;
        }
        if (!out.containsKey(other)) {
            out.put(other, new GraphSvg.Neighbour(titles.of(other), TermLabels.zh(p), paths.pageHref(other), outgoing));
        }
    }
}
