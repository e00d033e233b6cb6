package org.localkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 一批“某某”制造项目: works the article counts are a kind of works, not one, and so are they where a heading names
 * them without the count (“某某”制造项目加速 over the paragraph that counts them). A name said once in a sentence
 * without a count (察看了甲项目。) is one works, whatever else is counted; so is one after an ordinal (第一批) or
 * before a noun the count is of (若干甲项目|配套道路). Only names that hold no place and no company: 两个甲公司项目
 * still says whose they are, and is left to the recognisers that read it.
 */
final class CountedKindsOfWorks {
    private CountedKindsOfWorks() {}

    /** A count right before a name: 一批, 一些, 多个, 3个, 各类. */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?<!第)(?:一大?批|一些|一系列|多个|若干|各类|各种|\\d+个|[一二三四五六七八九十两几]+个)$");

    static void apply(ArticleText t, ArticleFacts facts) {
        for (Entity e : List.copyOf(facts.entities())) {
            if (!e.is(EntityType.PROJECT) || e.types().size() > 1 || !countedOrHeading(t, facts, e)) {
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

    /**
     * Whether some mention of {@code e} is counted and every other stands in a heading (a short line with no full
     * stop): named once as one works in a sentence of its own (察看了甲项目。), it is one, whatever else is counted.
     */
    private static boolean countedOrHeading(ArticleText t, ArticleFacts facts, Entity e) {
        boolean counted = false;
        for (Span m : e.mentions()) {
            if (counted(t, facts, m)) {
                counted = true;
            } else if (!heading(t, m)) {
                return false;
            }
        }
        return counted;
    }

    private static boolean counted(ArticleText t, ArticleFacts facts, Span m) {
        if (facts.lists().stream().anyMatch(l -> l.items().size() > 1 && l.holds(m))) {
            return false; // 一批甲项目、乙项目: the count is the list's
        }
        org.localkg.nlp.Token next = t.tokenAt(m.end());
        if (next != null && next.start() == m.end() && next.tag().startsWith("n")) {
            return false; // 若干甲项目|配套道路: the count is the noun's after it
        }
        int from = Math.max(t.clauseStart(m.start()), m.start() - 4);
        return COUNT_BEFORE.matcher(t.slice(from, m.start())).find();
    }

    /** A line of a heading: short, with no full stop. */
    private static boolean heading(ArticleText t, Span m) {
        Span line = t.paragraphAt(m.start());
        String text = t.slice(line.start(), line.end());
        return text.length() <= 40 && text.chars().noneMatch(c -> "。！？!?；;".indexOf(c) >= 0);
    }
}
