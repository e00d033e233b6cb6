package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company named right after the word for what kind of company it is (自动驾驶企业某势科技，…; 龙头企业某某药业，):
 * the name, a brand and a trade's word ({@link VisitedSites#brandAndTrade}), is the company's short name. Only before a
 * mark, where the apposition ends, and after a noun or a phrase with 的 that qualifies the kind (not a verb whose object
 * 企业 is).
 */
final class CompaniesAfterTheirKind {
    /** The kind's word, then four to eight characters and a mark. */
    private static final Pattern AFTER_KIND = Pattern.compile("企业(\\p{IsHan}{4,8})(?=[，,、])");

    private CompaniesAfterTheirKind() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = AFTER_KIND.matcher(t.view());
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            org.localkg.nlp.Token kind = m.start() > 0 ? t.tokenAt(m.start() - 1) : null;
            // the word for the kind qualified by a noun (龙头|企业) or a phrase with 的 (入驻园区的自动驾驶|企业), not a
            // verb's object (规范|企业|入统材料)
            boolean qualified = kind != null && kind.end() == m.start() && (kind.tag().startsWith("n") || kind.tag().equals("b")
                    || t.slice(t.clauseStart(m.start()), m.start()).contains("的"));
            if (qualified && t.isTokenBoundary(name.start()) && VisitedSites.brandAndTrade(t, facts, name)) {
                facts.mention(EntityType.ENTERPRISE, name);
            }
        }
    }
}
