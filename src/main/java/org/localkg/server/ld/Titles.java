package org.localkg.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.localkg.rdf.LKG;

/**
 * A readable title for every resource, never a bare hash: an entity's name; an inspection's who,
 * what and when ({@code 王海波 调研 智能装备产业园 · 2024-05-03}); a membership's who, which post and
 * the date of the article that reports it; an untitled article's first words. Titles are text,
 * escaped by whoever writes them into a page. Callers hold a read transaction.
 */
final class Titles {
    /** How many characters of an untitled article's text stand for its title. */
    static final int FIRST_WORDS = 18;
    private static final int MAX_NAMED = 3;

    private final Describer d;

    Titles(Describer d) {
        this.d = d;
    }

    String of(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (!n.isURI()) {
            return n.toString();
        }
        if (n.getURI().startsWith(LKG.NS)) {
            return TermLabels.of(n); // a status concept, a class: the ontology names it
        }
        Set<Node> types = d.types(n);
        if (types.contains(LKG.Article)) {
            return article(n);
        }
        if (types.contains(LKG.Inspection)) {
            return inspection(n);
        }
        if (types.contains(LKG.orgMembership)) {
            return membership(n);
        }
        if (types.contains(LKG.timeInterval)) {
            Node m = d.subjectOf(LKG.orgMemberDuring, n);
            return "任职时间 · " + (m == null ? "" : membership(m));
        }
        String day = types.contains(LKG.timeInstant) ? d.literal(n, LKG.timeInXSDDate, null) : null;
        if (day != null) {
            return day;
        }
        if (types.contains(LKG.Mention) || types.contains(LKG.Evidence)) {
            return passage(n, types.contains(LKG.Mention) ? "提及" : "依据");
        }
        String name = d.label(n);
        if (name == null && types.contains(LKG.Source)) {
            name = d.literal(n, LKG.sourceFile, null);
        }
        if (name != null) {
            return name;
        }
        // nothing names it: say what it is and where it was read
        String kind = types.isEmpty() ? "资源 resource" : TermLabels.of(types.iterator().next());
        Node a = d.firstArticle(n);
        return a == null ? kind : kind + " · 见《" + article(a) + "》";
    }

    /** The title of an article, or its first words when it has none. */
    String article(Node a) {
        String title = d.literal(a, LKG.title, null);
        if (title != null && !title.isBlank()) {
            return title;
        }
        String text = d.literal(a, LKG.nifIsString, null);
        if (text == null || text.isBlank()) {
            return "无标题文章 untitled article";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= FIRST_WORDS ? t : t.substring(0, FIRST_WORDS) + "…";
    }

    private String inspection(Node i) {
        String who = names(d.objects(i, LKG.inspector));
        String what = names(d.objects(i, LKG.inspected));
        String date = d.dateOf(i);
        return (who.isEmpty() ? "" : who + " ") + "调研" + (what.isEmpty() ? "" : " " + what) + (date == null ? "" : " · " + date);
    }

    private String membership(Node m) {
        String who = names(d.objects(m, LKG.orgMember));
        List<String> posts = new ArrayList<>();
        for (Node p : d.objects(m, LKG.post)) {
            String t = d.literal(p, LKG.postTitle, null);
            posts.add(t != null ? t : of(p));
        }
        StringBuilder b = new StringBuilder(who.isEmpty() ? "任职" : who);
        if (!posts.isEmpty()) {
            b.append(" · ").append(String.join("、", posts));
        }
        Node a = d.object(m, LKG.reportedIn);
        String date = a == null ? null : d.literal(a, LKG.date, null);
        if (date != null) {
            b.append(" · ").append(date).append(" 报道");
        } else if (a != null) {
            b.append(" · 见《").append(article(a)).append("》");
        }
        return b.toString();
    }

    private String passage(Node span, String kind) {
        String words = d.literal(span, LKG.nifAnchorOf, null);
        Node a = d.object(span, LKG.nifReferenceContext);
        return kind + (words == null ? "" : " 「" + words + "」") + (a == null ? "" : " 《" + article(a) + "》");
    }

    /** Up to three names joined with 、, then 等. */
    private String names(List<Node> nodes) {
        Set<String> out = new LinkedHashSet<>();
        for (Node n : nodes) {
            out.add(d.label(n) != null ? d.label(n) : of(n));
        }
        List<String> list = new ArrayList<>(out);
        String s = String.join("、", list.subList(0, Math.min(MAX_NAMED, list.size())));
        return list.size() > MAX_NAMED ? s + "等" : s;
    }
}
