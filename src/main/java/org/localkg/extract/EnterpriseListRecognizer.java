package org.localkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.resolve.Divisions;

/**
 * Companies the text names by short names in a list closed by 等…企业: 北汽重卡、中汽研、常州易控等
 * 代表企业, 绿和环境、贝赛尔科技等一批龙头企业. Each item is an enterprise unless it is a place or a
 * name already known as something else.
 */
final class EnterpriseListRecognizer {
    private static final Pattern CLOSE = Pattern.compile("等(?:\\d+家|一批|多家|[一二三四五六七八九十]+家)?[^，。,;；、]{0,12}?企业");

    private EnterpriseListRecognizer() {}

    private static Entity shortNameOf(ArticleFacts facts, String name) {
        String k = org.localkg.resolve.Names.key(name);
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE) && !e.keys().contains(k)) {
                for (String full : e.keys()) {
                    if (ShortNames.of(full, EntityType.ENTERPRISE).contains(k)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = CLOSE.matcher(t.view());
        while (m.find()) {
            List<Span> items = ProjectRecognizer.listItemsBefore(t, m.start());
            for (Span s : items) {
                String name = t.slice(s.start(), s.end());
                if (s.length() < 2 || s.length() > 20 || Divisions.get().isPlace(name)
                        || NameChecks.specific(name).length() < 2) {
                    continue;
                }
                Entity shortOf = shortNameOf(facts, name);
                if (shortOf != null) {
                    facts.alias(shortOf, s); // 贝赛尔科技 for 贝赛尔科技(常州)有限公司
                    continue;
                }
                Entity known = facts.find(name).orElse(null);
                if (known == null || known.is(EntityType.ENTERPRISE) || known.is(EntityType.ORGANIZATION)) {
                    Entity e = facts.mention(EntityType.ENTERPRISE, s);
                    if (e != null) {
                        e.removeType(EntityType.ORGANIZATION);
                    }
                }
            }
        }
    }
}
