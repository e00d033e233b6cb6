package org.localkg.extract;

import java.util.List;

/**
 * A park's full name written again where no recogniser took it (a list named 某某园 among the places visited; later
 * 位于某某园的甲项目、乙中心): each place the same words stand as words of their own, inside no other name, is a mention
 * of that park, so the rules that read a park before works (the list's park, the works' park) see it there too. Only
 * names of four characters or more that end in a park's word or 园: a short or bare word (园区) may mean any park.
 */
final class ParksNamedAgain {
    private ParksNamedAgain() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (Entity park : List.copyOf(facts.entities())) {
            String name = park.form();
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT) || name.length() < 4
                    || Lexicons.PARK_SUFFIXES.suffixAt(name, name.length()) == null && !name.endsWith("园")) {
                continue;
            }
            for (int at : t.indexesOf(name)) {
                Span s = new Span(at, at + name.length());
                if (t.isTokenBoundary(s.start()) && t.isTokenBoundary(s.end()) && !named(facts, s)) {
                    park.addMention(s);
                }
            }
        }
    }

    /** Some entity's mention overlaps {@code s}. */
    private static boolean named(ArticleFacts facts, Span s) {
        return facts.entities().stream().anyMatch(e -> e.mentions().stream().anyMatch(m -> m.overlaps(s)));
    }
}
