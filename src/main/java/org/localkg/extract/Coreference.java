package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Later mentions of what an article has already named: a person's name alone (陈金虎指出), a
 * company's or park's short name (科恩, 绿建区). Each becomes a mention of the same entity.
 */
final class Coreference {
    private Coreference() {}

    static void resolve(ArticleText t, ArticleFacts facts) {
        for (Entity e : new ArrayList<>(facts.entities())) {
            if (e.type().isPerson()) {
                for (int at : t.indexesOf(e.name())) {
                    Span s = new Span(at, at + e.name().length());
                    if (!coveredByOther(facts, e, s) && wordEndsAt(t, s.end(), e)) {
                        e.addMention(s);
                    }
                }
            } else if (e.is(EntityType.ENTERPRISE) || e.is(EntityType.PARK) || e.is(EntityType.ORGANIZATION)) {
                shortNames(t, facts, e);
            }
        }
    }

    private static void shortNames(ArticleText t, ArticleFacts facts, Entity e) {
        EntityType type = e.is(EntityType.PARK) ? EntityType.PARK : e.type();
        for (String full : Set.copyOf(e.keys())) {
            // longest first, so that one place in the text gives one mention, of the fullest form
            List<String> forms = new ArrayList<>(ShortNames.of(full, type));
            forms.sort((a, b) -> b.length() - a.length());
            for (String shortName : forms) {
                for (int at : t.indexesOf(shortName)) {
                    Span s = new Span(at, at + shortName.length());
                    if (e.mentions().stream().anyMatch(f -> f.overlaps(s)) || !startsWord(t, at)) {
                        continue;
                    }
                    Entity other = facts.find(shortName).orElse(null);
                    if (other != null && other != e) {
                        continue; // the short name is another entity's name
                    }
                    if (insideLongerNameOfSameType(facts, e, s, type)) {
                        continue;
                    }
                    facts.alias(e, s);
                }
            }
        }
    }

    private static boolean startsWord(ArticleText t, int at) {
        return at == 0 || !ArticleText.isHan(t.charAt(at - 1)) || t.isTokenBoundary(at)
                || Lexicons.STOP_WORDS.suffixAt(t.view(), at) != null;
    }

    private static boolean insideLongerNameOfSameType(ArticleFacts facts, Entity e, Span s, EntityType type) {
        for (Entity o : facts.entities()) {
            if (o != e && o.is(type)) {
                for (Span m : o.mentions()) {
                    if (m.contains(s) && !m.equals(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean coveredByOther(ArticleFacts facts, Entity e, Span s) {
        for (Entity o : facts.entities()) {
            if (o == e) {
                continue;
            }
            for (Span m : o.mentions()) {
                if (m.overlaps(s) && o.type().isPerson()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name is not the start of a longer name (徐俊 in 徐俊杰). */
    private static boolean wordEndsAt(ArticleText t, int end, Entity e) {
        if (end >= t.length() || !ArticleText.isHan(t.charAt(end))) {
            return true;
        }
        var tk = t.tokenAt(end - 1);
        return tk == null || tk.end() == end || Lexicons.AFTER_NAME.prefixAt(t.view(), end) != null
                || Lexicons.GOV_TITLES.prefixAt(t.view(), end) != null;
    }
}
