package org.localkg.extract;

import org.localkg.nlp.Token;
import org.localkg.nlp.ner.NerSpan;

/**
 * Whether a company's suffix with only common words before it names a kind of company rather
 * than one company: 零售银行, 电影公司, 上市公司, 集邮公司 (a business, a trait), or a clause run
 * into the suffix (资料上载|银行网页, 亿元暗增|银行股). The same words can make a name (招商银行,
 * 农业银行: an industry word and the suffix), and only usage tells the two apart, so the learned
 * recogniser decides: such a phrase is a company where the model reads a company ending with its
 * suffix, and a kind where it does not. A place, a proper noun, a word the dictionary does not
 * know, letters or digits anywhere in the name make it a name whatever the model says.
 */
final class CompanyKinds {
    /** Parts of speech of common words: nouns, verbs, adjectives, adverbs, numbers, measures, times, locatives. */
    private static final java.util.Set<String> COMMON_TAGS = java.util.Set.of("n", "nis", "vn", "v", "vi", "a", "an", "ad",
            "d", "m", "q", "mq", "t", "f", "b");
    private static final java.util.Set<String> QUANTITY_TAGS = java.util.Set.of("m", "q", "mq");

    private CompanyKinds() {
    }

    /**
     * Whether {@code [start, end)}, a company's name with its suffix from {@code suffixStart}, is
     * a kind of company and not a name.
     */
    static boolean kindOnly(ArticleText t, int start, int suffixStart, int end) {
        if (suffixStart <= start || !commonWordsOnly(t, start, suffixStart)) {
            return false;
        }
        for (NerSpan n : t.learnedMentions()) {
            if (n.kind().equals("company") && n.end() == end && n.start() < suffixStart) {
                return false; // the model reads the words and the suffix as a name (招商银行)
            }
        }
        return true;
    }

    /** Every word of {@code [from, to)} (a word running on into the suffix included) is a common word the dictionary knows. */
    static boolean commonWordsOnly(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            String place = org.localkg.resolve.Divisions.get().placeAt(t.view(), i);
            if (tk == null || place != null && NameChecks.placeInContext(t, i, place)) {
                return false;
            }
            int end = Math.min(tk.end(), to);
            String word = t.slice(i, end);
            // a word running on into the suffix (电影|公司 as one word) is read without it
            java.util.Set<String> tags = end == tk.end() && i == tk.start() ? java.util.Set.of(tk.tag()) : t.dictionaryTags(word);
            // numbers and their units (亿元) are the segmenter's, not the dictionary's
            boolean quantity = tags.stream().allMatch(QUANTITY_TAGS::contains);
            if (tags.isEmpty() || !COMMON_TAGS.containsAll(tags) || !quantity && t.dictionaryTags(word).isEmpty()
                    || !word.chars().allMatch(c -> ArticleText.isHan((char) c))) {
                return false;
            }
            i = end;
        }
        return true;
    }
}
