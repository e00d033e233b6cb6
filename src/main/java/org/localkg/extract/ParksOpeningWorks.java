package org.localkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A park's name that opens the names of two works or more (北部石材园区铁路物流园项目, 北部石材园区石材加工项目):
 * the article names the park where those works stand, however plain its name (a direction and a trade, which the
 * park recogniser alone would not take for a name). Said once, the same words could be part of one works' name;
 * said before two, they name what the works share.
 */
final class ParksOpeningWorks {
    /** The words for a park that such a name ends in. */
    private static final String PARK_WORDS = "(?:园区|产业园|工业园)";
    /** The word for a park, with two characters or more before it. */
    private static final Pattern PARK_WORD = Pattern.compile("(?<=\\p{IsHan}{2})" + PARK_WORDS);

    /** A phase of the works alone (一期项目, 二期工程): the park's words are the works' own name. */
    private static final Pattern PHASE_ONLY = Pattern.compile("[一二三四五六七八九十\\d]+期(?:项目|工程)?");

    private ParksOpeningWorks() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        Map<String, List<Span>> byPark = new LinkedHashMap<>();
        Map<String, List<Entity>> works = new LinkedHashMap<>();
        for (Entity e : List.copyOf(facts.entities())) {
            if (!e.is(EntityType.PROJECT) || e.is(EntityType.PARK)) {
                continue;
            }
            for (Span m : e.mentions()) {
                Matcher park = PARK_WORD.matcher(t.view()).region(m.start(), m.end());
                if (!park.find() || m.end() - park.end() < 4 || !t.isTokenBoundary(park.end())
                        || PHASE_ONLY.matcher(t.slice(park.end(), m.end())).matches()) {
                    continue; // the works' own name after the park's: four characters at least (铁路物流园项目), not a phase (一期项目)
                }
                String name = t.slice(m.start(), park.end());
                byPark.computeIfAbsent(name, k -> new ArrayList<>()).add(new Span(m.start(), park.end()));
                List<Entity> named = works.computeIfAbsent(name, k -> new ArrayList<>());
                if (!named.contains(e)) {
                    named.add(e);
                }
            }
        }
        byPark.forEach((name, spans) -> {
            String before = name.replaceFirst(PARK_WORDS + "$", "");
            if (works.get(name).size() >= 2 && NameChecks.specific(before).length() >= 2) { // not 产业园区, 新兴产业园
                spans.forEach(s -> facts.mention(EntityType.PARK, s));
            }
        });
    }
}
