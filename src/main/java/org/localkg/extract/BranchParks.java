package org.localkg.extract;

import org.localkg.nlp.Token;
import org.localkg.resolve.Divisions;

/**
 * A park's branch named by two places and 园 alone (中关村某区园: the branch of the first place's zone in the second
 * place). 园 after one place is too weak a word to make a park (a garden, an estate), but a district qualified by a
 * place that is no region (a zone's own place name) names a branch of a zone, as its parks are called where one
 * zone spreads over several districts. Two regions (江苏徐州园: a province's city's garden at an expo), a place
 * written with its level word (某区黄河园: an address) or homes after it (某某园社区) make none.
 */
final class BranchParks {
    private static final int SHORTEST_PLACE = 2;
    /** 中国某省园: a province's garden at an expo, named after the country. */
    private static final String COUNTRY = "中国";
    /** A place written with its level word, as an address is (某区, 某镇, 某街道): what follows is an estate in it. */
    private static final java.util.regex.Pattern ADMINISTRATIVE_END = java.util.regex.Pattern.compile("(?:[省市区县镇乡旗]|街道)$");
    /** Homes after the name: 某某园社区, 某某园小区. */
    private static final java.util.regex.Pattern HOMES_AFTER = java.util.regex.Pattern.compile("社区|小区|花园|村|里|居委会");

    private BranchParks() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        for (int at : t.indexesOf("园")) {
            Token yuan = t.tokenAt(at);
            if (yuan == null || yuan.start() != at || !yuan.text().equals("园") || at + 1 < v.length() && v.charAt(at + 1) == '区') {
                continue;
            }
            Token second = t.tokenAt(at - 1);
            Token first = second == null ? null : t.tokenAt(second.start() - 1);
            if (first == null || !place(second) || !place(first) || !Divisions.get().isRegion(second.text())
                    || Divisions.get().isRegion(first.text()) || ADMINISTRATIVE_END.matcher(first.text()).find() || COUNTRY.equals(first.text())
                    || HOMES_AFTER.matcher(v).region(at + 1, v.length()).lookingAt()) {
                continue; // 某区黄河园, 城关镇滨江园: an estate; 江苏徐州园, 天津河西园: a city's garden, named after two regions
            }
            Span park = new Span(first.start(), at + 1);
            if (!facts.claimed(park)) {
                facts.mention(EntityType.PARK, park);
            }
        }
    }

    /** A word the segmenter tags a place, or one the division codes list, of two characters or more. */
    private static boolean place(Token tk) {
        return tk.text().length() >= SHORTEST_PLACE && (tk.tag().equals("ns") || Divisions.get().isPlace(tk.text()));
    }
}
