package org.localkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An area of a park named right after it (某县工业园金沟河园区): the park's name and the area's,
 * written as one, name the area, a park of its own in the park. The segmenter may break the area's name into
 * pieces (金/b 沟/n 河/n), so the park's recogniser stops at the park; here the mention runs on to the area's
 * word. Only after a park named 园 (a zone's parts are named by kind: 某开发区化工园区), and only a name, no common
 * word (化工, 物流) nor words that name no area (该园区, 工业园区).
 */
final class AreasOfParks {
    /** Two to four characters, then the word for an area of a park. */
    private static final Pattern AREA = Pattern.compile("(\\p{IsHan}{2,4}?)园区");
    /** Words of kinds and pointers, which name no area: 该, 各, 工业, 产业, 核心, 起步. */
    private static final Pattern NO_NAME = Pattern.compile("^[该各本全此其一两][^，]*|.*(?:工业|产业|核心|起步|示范|综合|功能|重点)$");

    private AreasOfParks() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        for (Entity p : List.copyOf(facts.entities())) {
            if (!p.is(EntityType.PARK) || p.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : List.copyOf(p.mentions())) {
                if (v.charAt(m.end() - 1) != '园') {
                    continue; // 某工业园|甲园区; a zone's own parts (某开发区化工园区) are named by kind
                }
                Matcher area = AREA.matcher(v).region(m.end(), Math.min(v.length(), m.end() + 6));
                if (!area.lookingAt() || NO_NAME.matcher(area.group(1)).matches()
                        || Lexicons.PARK_SUFFIXES.suffixAt(area.group(1), area.group(1).length()) != null
                        || org.localkg.resolve.Divisions.get().isRegion(area.group(1))
                        || !t.dictionaryTags(area.group(1)).stream().allMatch(x -> x.startsWith("ns") || x.startsWith("nr") || x.equals("nz"))) {
                    continue;
                }
                Span whole = new Span(m.start(), area.end());
                if (facts.entities().stream().anyMatch(e -> e != p && e.mentions().stream().anyMatch(x -> x.overlaps(whole)))) {
                    continue; // another name there
                }
                facts.forget(p, m);
                facts.mention(EntityType.PARK, whole);
            }
        }
    }
}
