package org.localkg.extract;

import org.localkg.nlp.Token;
import org.localkg.resolve.Divisions;

/**
 * A park's branch named by two places and 园 alone (某某村某区园: the branch of the first place's zone in the second
 * place). 园 after one place is too weak a word to make a park (a garden, an estate), but a place qualified by
 * another one names a branch of a zone, as its parks are called where one zone spreads over several districts.
 */
final class BranchParks {
    private static final int SHORTEST_PLACE = 2;

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
            if (first == null || !place(second) || !place(first)) {
                continue;
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
