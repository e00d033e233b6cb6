package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names an article declares: 某某股份有限公司(以下简称“某某”), 某某经济开发区(简称某某经开区).
 * The bracket names the entity whose mention ends right before it; the short name is then that
 * entity's wherever the article uses it. Runs before {@link Coreference}, which takes the alias as
 * one more name of the entity.
 */
final class DeclaredAliases {
    /** The bracket's opening words; the alias follows, quoted or not. */
    private static final Pattern DECLARATION = Pattern.compile(
            "\\((?:以下简称|以下称|下称|下简称|简称)[:：]?[\"“]?([^()\"“”，,。；;、]{2,12}?)[\"”]?\\)");

    private DeclaredAliases() {}

    /** Whether the bracket opening at {@code open} declares a short name. */
    static boolean declares(ArticleText t, int open) {
        return after(t, open) > open;
    }

    /** The end of a declaring bracket that opens at {@code at}, or {@code at} when none does. */
    static int after(ArticleText t, int at) {
        if (at >= t.length() || t.charAt(at) != '(') {
            return at;
        }
        Matcher m = DECLARATION.matcher(t.view()).region(at, t.length());
        return m.lookingAt() ? m.end() : at;
    }

    static void apply(ArticleText t, ArticleFacts facts) {
        Matcher m = DECLARATION.matcher(t.view());
        while (m.find()) {
            Entity named = endingAt(facts, m.start());
            if (named == null) {
                continue; // nothing found right before the bracket: the short name is left to the recognisers
            }
            Span declared = new Span(m.start(1), m.end(1));
            facts.alias(named, declared);
            String alias = t.slice(declared.start(), declared.end());
            for (int at : t.indexesOf(alias)) {
                Span s = new Span(at, at + alias.length());
                if (at == declared.start()) {
                    continue;
                }
                Entity other = holder(facts, s);
                if (other == null) {
                    facts.alias(named, s);
                } else if (other != named && other.form().equals(alias) && other.type() == named.type()) {
                    facts.merge(named, other); // the recognisers found the short name alone: it is the declared one's
                }
            }
        }
    }

    /** The entity (not a person) with a mention ending at {@code end}, the longest if several. */
    private static Entity endingAt(ArticleFacts facts, int end) {
        Entity best = null;
        int length = 0;
        for (Entity e : facts.entities()) {
            if (e.type().isPerson()) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.end() == end && m.length() > length) {
                    best = e;
                    length = m.length();
                }
            }
        }
        return best;
    }

    /** The entity with a mention overlapping {@code s}, or null. */
    private static Entity holder(ArticleFacts facts, Span s) {
        for (Entity e : facts.entities()) {
            for (Span m : e.mentions()) {
                if (m.overlaps(s)) {
                    return e;
                }
            }
        }
        return null;
    }
}
