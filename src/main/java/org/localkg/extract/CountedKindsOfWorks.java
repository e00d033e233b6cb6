package org.localkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 一批“某某”制造项目: works the article counts are a kind of works, not one, and so are they where it names them
 * without the count (a heading “某某”制造项目加速 over the paragraph that counts them). Only names that hold no place
 * and no company: 两个甲公司项目 still says whose they are, and is left to the recognisers that read it.
 */
final class CountedKindsOfWorks {
    private CountedKindsOfWorks() {}

    /** A count right before a name: 一批, 一些, 多个, 3个, 各类. */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?:一大?批|一些|一系列|多个|若干|各类|各种|\\d+个|[一二三四五六七八九十两几]+个)$");

    static void apply(ArticleText t, ArticleFacts facts) {
        for (Entity e : List.copyOf(facts.entities())) {
            if (!e.is(EntityType.PROJECT) || e.types().size() > 1 || !counted(t, facts, e)) {
                continue;
            }
            boolean namesWhose = e.mentions().stream().anyMatch(m -> placeIn(t, m) || !facts.within(m, EntityType.ENTERPRISE).isEmpty());
            if (!namesWhose) {
                for (Span m : List.copyOf(e.mentions())) {
                    facts.forget(e, m);
                }
            }
        }
    }

    /** A division's name inside {@code m} (a quoted slogan is none). */
    private static boolean placeIn(ArticleText t, Span m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (org.localkg.resolve.Divisions.get().placeAt(t.view(), i) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean counted(ArticleText t, ArticleFacts facts, Entity e) {
        for (Span m : e.mentions()) {
            if (facts.lists().stream().anyMatch(l -> l.items().size() > 1 && l.holds(m))) {
                continue; // 一批甲项目、乙项目: the count is the list's
            }
            int from = Math.max(t.clauseStart(m.start()), m.start() - 4);
            if (COUNT_BEFORE.matcher(t.slice(from, m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
