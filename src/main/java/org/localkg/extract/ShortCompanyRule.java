package org.localkg.extract;

import org.localkg.nlp.Token;

/**
 * A company called by its short name as the subject of a clause: a proper word the dictionary
 * does not know as a common one, then an industry word, then a verb (某某智能加快…, 某某电气投资…).
 * The industry word says it is a company; the verb says it acts; a place before the industry
 * word (常州智能) is a region's industry, not a company, and is left alone.
 */
final class ShortCompanyRule {
    private ShortCompanyRule() {
    }

    static void apply(ArticleText t, ArticleFacts facts) {
        var tokens = t.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token name = tokens.get(i);
            Token industry = tokens.get(i + 1);
            Token verb = tokens.get(i + 2);
            if (!startsClause(t, name.start()) || !properWord(t, name) || industry.start() != name.end()
                    || !Lexicons.INDUSTRY.contains(industry.text()) || verb.start() != industry.end()
                    || !verb.tag().startsWith("v") || verb.tag().startsWith("vn")) {
                continue;
            }
            Span span = new Span(name.start(), industry.end());
            if (!facts.claimed(span)) {
                facts.mention(EntityType.ENTERPRISE, span);
            }
        }
    }

    /** A name or a word the dictionary does not know, of two or three characters, not a place. */
    private static boolean properWord(ArticleText t, Token tk) {
        int n = tk.text().length();
        if (n < 2 || n > 3 || !tk.text().chars().allMatch(c -> ArticleText.isHan((char) c)) || tk.tag().startsWith("ns")
                || Lexicons.GENERIC.contains(tk.text())) {
            return false;
        }
        return tk.tag().startsWith("nr") || tk.tag().startsWith("nz") || t.dictionaryTags(tk.text()).isEmpty();
    }

    /** At the start of a clause or of a list item: after a break mark, or after 和 与 及 同. */
    private static boolean startsClause(ArticleText t, int i) {
        if (i == 0 || ArticleText.isBreak(t.charAt(i - 1))) {
            return true;
        }
        return "和与及同".indexOf(t.charAt(i - 1)) >= 0;
    }
}
