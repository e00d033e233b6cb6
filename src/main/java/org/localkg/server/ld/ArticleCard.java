package org.localkg.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.localkg.rdf.LKG;

/**
 * The card of an article: its paper, date, page and place on it, the file it came from, and the
 * entities it mentions grouped by kind (officials first, as the home page orders classes), each
 * with how often it is mentioned. Callers hold a read transaction.
 */
final class ArticleCard {
    private final Describer d;
    private final Titles titles;
    private final CardParts parts;

    ArticleCard(Describer d, Titles titles, Paths paths) {
        this.d = d;
        this.titles = titles;
        this.parts = new CardParts(d, titles, paths);
    }

    String of(Node a) {
        StringBuilder b = CardParts.open().append("<table>\n");
        for (Node p : List.of(LKG.publisher, LKG.date, LKG.page, LKG.position, LKG.column, LKG.byline, LKG.sourceFile)) {
            String v = d.literal(a, p, null);
            CardParts.row(b, p, v == null ? "" : Html.esc(v));
        }
        Node url = d.object(a, LKG.schemaUrl);
        // ingest takes only absolute http(s) addresses, but a store loaded from others' N-Quads (kg load) may hold any IRI
        boolean web = url != null && url.isURI() && url.getURI().matches("(?i)https?://.*");
        CardParts.row(b, LKG.schemaUrl, url == null ? "" : web ? "<a href=\"" + Html.esc(url.getURI()) + "\">" + Html.esc(url.getURI()) + "</a>"
                : Html.esc(url.toString()));
        b.append("</table>\n");
        Map<Node, Map<Node, Integer>> byKind = mentionedByKind(a);
        if (!byKind.isEmpty()) {
            b.append("<h3>提及的实体 Entities mentioned</h3>\n<table>\n");
            byKind.forEach((kind, entities) -> {
                List<String> items = new ArrayList<>();
                entities.forEach((e, n) -> items.add(parts.link(e, titles.of(e)) + (n > 1 ? " ×" + n : "")));
                CardParts.row(b, TermLabels.of(kind) + " (" + entities.size() + ")", String.join("、", items));
            });
            b.append("</table>\n");
        }
        return CardParts.close(b);
    }

    /** The entities the article's mentions point to, by their first kind in the home page's order, each with its mentions. */
    private Map<Node, Map<Node, Integer>> mentionedByKind(Node a) {
        Map<Node, Integer> counts = new LinkedHashMap<>();
        d.dataset().find(a, Node.ANY, LKG.itsTaIdentRef, Node.ANY).forEachRemaining(q -> counts.merge(q.getObject(), 1, Integer::sum));
        Map<String, Map<Node, Integer>> byKind = new LinkedHashMap<>();
        List<Node> entities = new ArrayList<>(counts.keySet());
        entities.sort(Comparator.comparing(titles::of));
        for (Node e : entities) {
            List<String> kinds = ClassOrder.sorted(d.types(e).stream().map(Node::getURI).toList());
            if (!kinds.isEmpty()) {
                byKind.computeIfAbsent(kinds.get(0), k -> new LinkedHashMap<>()).put(e, counts.get(e));
            }
        }
        Map<Node, Map<Node, Integer>> out = new LinkedHashMap<>();
        ClassOrder.sorted(byKind.keySet()).forEach(k -> out.put(org.apache.jena.graph.NodeFactory.createURI(k), byKind.get(k)));
        return out;
    }
}
