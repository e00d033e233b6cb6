package org.localkg.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.localkg.ingest.Article;

/**
 * What extraction found in one article, as lines a person reads: its entities with where the
 * text names them, and every fact with the words it rests on. {@code kg explain} prints it, so
 * that anyone can see why the graph says what it says.
 */
public final class Explanation {
    private Explanation() {}

    public static List<String> of(Article article, ArticleFacts facts) {
        return of(article, facts, null);
    }

    /** With {@code words}, the segmenter's words of the article: each entity's first mention is shown in words and tags. */
    public static List<String> of(Article article, ArticleFacts facts, List<org.localkg.nlp.Token> words) {
        String text = article.text();
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("article " + article.position() + " [" + article.kind() + "]"
                + (article.title().isEmpty() ? "" : " " + article.titleText()));
        facts.warnings().forEach(w -> out.add("  warning " + w));
        out.add("  frame " + ArticleFrames.describe(facts.frame()));
        for (CoordinationList l : facts.lists()) {
            out.add("  list " + l.kind() + " " + l.verb() + (l.count() == null ? "" : " n=" + l.count())
                    + (l.opener() == null ? "" : " opener=" + slice(text, l.opener()))
                    + (l.head() == null ? "" : " head=" + slice(text, l.head())) + ": "
                    + l.items().stream().map(i -> slice(text, i)).collect(Collectors.joining(" | ")));
        }
        for (Entity e : facts.entities()) {
            out.add("  " + e.types().stream().map(EntityType::label).collect(Collectors.joining("/")) + " " + e.name()
                    + (e.aliases().isEmpty() ? "" : " " + e.aliases()) + " @" + e.mentions().stream()
                            .map(m -> m.start() + "-" + m.end()).collect(Collectors.joining(","))
                    + (e.origins().isEmpty() ? "" : " by " + String.join(", ", e.origins()))
                    + (words == null ? "" : "  " + wordsOf(words, e.mentions().get(0))));
        }
        facts.posts().forEach(p -> out.add("  post " + p.official().name() + " " + p.title() + quote(text, p.evidence())));
        facts.parks().forEach(l -> out.add("  park " + l.project().name() + " -> " + l.other().name() + quote(text, l.evidence())));
        facts.enterprises().forEach(l -> out.add("  enterprise " + l.project().name() + " -> " + l.other().name()
                + quote(text, l.evidence())));
        facts.investments().forEach(i -> out.add("  investment " + i.project().name() + " " + i.yuan().toPlainString()
                + quote(text, i.evidence())));
        facts.completions().forEach(c -> out.add("  completion " + c.project().name() + " " + c.written() + " year "
                + c.year() + quote(text, c.evidence())));
        facts.statuses().forEach(s -> out.add("  status " + s.project().name() + " " + s.status().label() + quote(text, s.evidence())));
        facts.inspections().forEach(i -> out.add("  inspection " + i.official().name() + " -> "
                + i.targets().stream().map(Entity::name).collect(Collectors.joining(", ")) + quote(text, i.evidence())));
        return out;
    }

    private static String wordsOf(List<org.localkg.nlp.Token> words, Span s) {
        StringBuilder b = new StringBuilder();
        for (org.localkg.nlp.Token t : words) {
            if (t.end() > s.start() && t.start() < s.end()) {
                b.append(t.text()).append('/').append(t.tag()).append(' ');
            }
        }
        return b.toString().trim();
    }

    private static String slice(String text, Span s) {
        return text.substring(s.start(), s.end()).replace('\n', ' ');
    }

    private static String quote(String text, Span s) {
        String q = text.substring(s.start(), Math.min(s.end(), text.length())).replace('\n', ' ');
        return "  «" + (q.length() > 60 ? q.substring(0, 57) + "…" : q) + "»";
    }
}
