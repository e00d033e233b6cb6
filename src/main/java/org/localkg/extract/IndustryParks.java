package org.localkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Parks named for their industries only (新材料产业园, 轻工产业园, 新材料和高端装备产业园). Such a
 * name is a kind of park in a plan (推进新能源产业园建设) and one park where the text takes someone
 * there or builds in it, so only two places make one a name: the object of a visiting verb (深入某某
 * 产业园，实地调研…), and the opening of an item of a list of projects (某某产业园某某产业链项目: the
 * park the project is built in).
 */
final class IndustryParks {
    /**
     * Suffixes of a park of industry, after which a project's own words may follow. A list, not a
     * Set.of: {@link #recognize} claims spans in this order, which must be the same in every run.
     */
    private static final List<String> SUFFIXES = List.of("产业园", "工业园", "产业园区", "工业园区", "产业基地");
    /** Words of degree an industry is named with (高端装备, 先进制造). */
    private static final List<String> QUALIFIERS = List.of("高端", "先进", "新型", "现代", "绿色");
    /** A visiting verb just before the park: the visit goes there. */
    private static final Pattern VISITED_BY = Pattern.compile("(?:深入|来到|走进|前往|走访)$");

    private IndustryParks() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        for (String suffix : SUFFIXES) {
            for (int at : t.indexesOf(suffix)) {
                int start = industriesBefore(v, at);
                if (start < 0 || !t.isTokenBoundary(start)) {
                    continue;
                }
                Span park = new Span(start, at + suffix.length());
                if (facts.claimed(park) || Lexicons.PARK_SUFFIXES.prefixAt(v, at) != null
                        && Lexicons.PARK_SUFFIXES.prefixAt(v, at).length() > suffix.length()) {
                    continue; // a longer suffix reads it (产业园|区)
                }
                if (visited(t, park) || opensProjectItem(t, facts, park)) {
                    facts.mention(EntityType.PARK, park);
                }
            }
        }
    }

    /** Where the run of industry words (and 和 between two) before {@code end} starts; -1 when there is none. */
    private static int industriesBefore(String v, int end) {
        int s = end;
        boolean industry = false;
        while (s > 0) {
            String w = Lexicons.INDUSTRY.suffixAt(v, s);
            if (w != null) {
                s -= w.length();
                industry = true;
                continue;
            }
            String q = qualifierBefore(v, s);
            if (q != null && s < end) {
                s -= q.length();
                continue;
            }
            if (industry && s < end && s >= 3 && "和及".indexOf(v.charAt(s - 1)) >= 0 && Lexicons.INDUSTRY.suffixAt(v, s - 1) != null) {
                s--; // 新材料和高端装备: two industries joined
                continue;
            }
            break;
        }
        return industry && s < end && end - s >= 2 ? s : -1;
    }

    private static String qualifierBefore(String v, int end) {
        for (String q : QUALIFIERS) {
            if (end >= q.length() && v.startsWith(q, end - q.length())) {
                return q;
            }
        }
        return null;
    }

    private static boolean visited(ArticleText t, Span park) {
        boolean closes = park.end() >= t.length() || "，,。；;、".indexOf(t.charAt(park.end())) >= 0;
        return closes && VISITED_BY.matcher(t.view()).region(Math.max(0, park.start() - 2), park.start()).find();
    }

    /** The park opens an item of a list of projects and the item goes on with the project's own words. */
    private static boolean opensProjectItem(ArticleText t, ArticleFacts facts, Span park) {
        for (CoordinationList l : facts.lists()) {
            if (l.kind() != CoordinationList.Kind.PROJECT) {
                continue;
            }
            for (Span item : l.items()) {
                if (item.start() == park.start() && item.end() - park.end() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }
}
