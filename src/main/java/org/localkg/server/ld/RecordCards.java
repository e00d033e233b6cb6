package org.localkg.server.ld;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.localkg.rdf.LKG;

/**
 * The cards of the records articles report: an inspection (who, what, when, the article and the
 * sentence that says it), a membership (who, which post in which organisation, the article, and
 * the first and last dated report of that official in that post) and a post (its organisation and
 * its holders with their first and last dated report). Callers hold a read transaction.
 */
final class RecordCards {
    private final Describer d;
    private final Chronicle chronicle;
    private final CardParts parts;

    RecordCards(Describer d, Titles titles, Paths paths) {
        this.d = d;
        this.chronicle = new Chronicle(d, titles);
        this.parts = new CardParts(d, titles, paths);
    }

    String inspection(Node i) {
        StringBuilder b = CardParts.open().append("<table>\n");
        CardParts.row(b, LKG.inspector, parts.links(d.objects(i, LKG.inspector)));
        CardParts.row(b, LKG.inspected, parts.links(d.objects(i, LKG.inspected)));
        String own = d.literal(i, LKG.date, null);
        String day = d.dateOf(i);
        CardParts.row(b, "日期 date", day == null ? "日期不详 undated"
                : Html.esc(day) + (own == null ? " <span class=\"date\">（报道日期 the article's date）</span>" : ""));
        Node article = d.object(i, LKG.reportedIn);
        if (article != null) {
            CardParts.row(b, LKG.reportedIn, parts.article(article) + paper(article));
        }
        b.append("</table>\n");
        b.append(sentences(i, LKG.inspector, d.objects(i, LKG.inspector), article));
        return CardParts.close(b);
    }

    String membership(Node m) {
        StringBuilder b = CardParts.open().append("<table>\n");
        List<Node> members = d.objects(m, LKG.orgMember);
        List<Node> posts = d.objects(m, LKG.post);
        CardParts.row(b, LKG.orgMember, parts.links(members));
        CardParts.row(b, LKG.post, parts.links(posts));
        CardParts.row(b, LKG.orgOrganization, parts.links(d.objects(m, LKG.orgOrganization)));
        Node article = d.object(m, LKG.reportedIn);
        if (article != null) {
            CardParts.row(b, LKG.reportedIn, parts.article(article) + paper(article));
        }
        b.append("</table>\n");
        for (Node official : members) {
            b.append(sentences(official, LKG.orgHolds, posts, article));
        }
        // the same official in the same post, over every article that reports it
        List<Chronicle.Post> held = members.isEmpty() ? List.of()
                : posts.stream().flatMap(p -> chronicle.holdings(d.subjects(LKG.post, p), List.of(), members.get(0)).stream()).toList();
        if (!held.isEmpty()) {
            b.append("<h3>该职务的报道 Reports of this post</h3>\n").append(parts.posts(held, true));
        }
        return CardParts.close(b);
    }

    String post(Node post) {
        StringBuilder b = CardParts.open().append("<table>\n");
        String title = d.literal(post, LKG.postTitle, null);
        CardParts.row(b, LKG.postTitle, title == null ? "" : Html.esc(title));
        CardParts.row(b, LKG.orgPostIn, parts.links(d.objects(post, LKG.orgPostIn)));
        b.append("</table>\n");
        List<Chronicle.Post> holders = chronicle.holdings(d.subjects(LKG.post, post), List.of(post), null);
        if (!holders.isEmpty()) {
            b.append("<h3>任职者 Holders</h3>\n").append(parts.posts(holders, true));
        }
        return CardParts.close(b);
    }

    private String paper(Node article) {
        String paper = d.literal(article, LKG.publisher, null);
        return paper == null ? "" : " · " + Html.esc(paper);
    }

    /** The sentences of {@code article} that state (s, p, o) for any of {@code objects}, each once. */
    private String sentences(Node s, Node p, List<Node> objects, Node article) {
        Set<String> quotes = new LinkedHashSet<>();
        for (Node o : objects) {
            for (Describer.Passage passage : d.evidence(s, p, o)) {
                if (article == null || passage.article().equals(article)) {
                    quotes.add(Sentences.marked(passage.text(), passage.begin(), passage.end()));
                }
            }
        }
        StringBuilder b = new StringBuilder();
        quotes.forEach(q -> b.append("<blockquote class=\"said\">").append(q).append("</blockquote>\n"));
        return b.toString();
    }
}
