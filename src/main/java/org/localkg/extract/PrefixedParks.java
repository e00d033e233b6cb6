package org.localkg.extract;

import java.util.List;

/**
 * A park's name printed right after a company's short name (某电|甘泉新区100兆瓦光伏项目): where the
 * article also names the park alone, the mention is that park, and the one to three characters before
 * it are the company's, not the park's. A place before the park's name (甘肃|某新区) is the park's own
 * and stays; a verb the segmenter fused to the place (占西宁/nr|开发区) goes.
 */
final class PrefixedParks {
    private static final int MAX_PREFIX = 3;

    private PrefixedParks() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (Entity p : List.copyOf(facts.entities())) {
            if (!p.is(EntityType.PARK) || p.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : List.copyOf(p.mentions())) {
                Entity alone = parkNamedAloneAtEnd(t, facts, p, m);
                int cut = alone != null ? m.end() - alone.form().length() : verbFusedToPlace(t, m) ? m.start() + 1 : m.start();
                if (cut == m.start()) {
                    cut = afterTownNamedAgain(t, m);
                }
                if (cut > m.start()) {
                    facts.forget(p, m);
                    facts.mention(EntityType.PARK, new Span(cut, m.end()));
                }
            }
        }
    }

    /**
     * 占西宁|开发区…: the segmenter read a verb of one character and the place after it as a person's name
     * (占西宁/nr); the park's name starts at the place.
     */
    private static boolean verbFusedToPlace(ArticleText t, Span m) {
        org.localkg.nlp.Token first = t.tokenAt(m.start());
        if (first == null || first.start() != m.start() || !first.tag().startsWith("nr") || first.text().length() < 2) {
            return false;
        }
        var divisions = org.localkg.resolve.Divisions.get();
        String place = divisions.placeAt(t.view(), m.start() + 1);
        return divisions.placeAt(t.view(), m.start()) == null && place != null && m.start() + 1 + place.length() >= first.end()
                && m.start() + 1 + place.length() < m.end();
    }

    /** A town's name and its level word, inside a park's mention: 林亭口镇 in 某区林亭口镇林亭口工业园. */
    private static final java.util.regex.Pattern TOWN = java.util.regex.Pattern.compile("(\\p{IsHan}{2,4}?)(?:镇|乡)");

    /**
     * 某市某区甲镇|甲工业园: an address down to the town, then the park named after the town (its name said
     * again): the park's name starts there, the address before it says where it lies. Not a town's park
     * named with the level word (甲镇工业园: the town's name is not said again).
     */
    private static int afterTownNamedAgain(ArticleText t, Span m) {
        String v = t.view();
        for (int i = m.start(); i < m.end() - 4; i++) {
            java.util.regex.Matcher town = TOWN.matcher(v).region(i, m.end());
            if (town.lookingAt() && (i == m.start() || t.isTokenBoundary(i)) && v.startsWith(town.group(1), town.end())
                    && m.end() - town.end() >= town.group(1).length() + 2) {
                return town.end();
            }
        }
        return m.start();
    }

    /** Another park the article names on its own, whose name ends {@code m} after a short prefix that is no place. */
    private static Entity parkNamedAloneAtEnd(ArticleText t, ArticleFacts facts, Entity p, Span m) {
        if (org.localkg.resolve.Divisions.get().placeAt(t.view(), m.start()) != null) {
            return null; // 甘肃|某新区: the place is the park's own
        }
        String name = t.slice(m.start(), m.end());
        for (Entity q : facts.entities()) {
            String form = q.form();
            int prefix = name.length() - form.length();
            if (q == p || !q.is(EntityType.PARK) || prefix < 1 || prefix > MAX_PREFIX || !name.endsWith(form)
                    || !t.isTokenBoundary(m.start() + prefix)
                    || q.mentions().stream().noneMatch(o -> !o.overlaps(m))) {
                continue;
            }
            boolean placeInPrefix = false;
            for (int i = m.start(); i < m.start() + prefix; i++) {
                org.localkg.nlp.Token tk = t.tokenAt(i);
                placeInPrefix |= tk != null && tk.tag().startsWith("ns");
            }
            if (!placeInPrefix) {
                return q;
            }
        }
        return null;
    }
}
