package org.localkg.extract;

import java.time.LocalDate;
import org.localkg.ingest.Article;
import org.localkg.nlp.Segmenter;

/**
 * Runs the recognisers and rules over one article, in the order their inputs need: people
 * first (so that names are not taken for organisations), then organisations and parks, then
 * projects, then later mentions, then the facts that relate what was found.
 */
public final class ArticleExtractor {
    private final Segmenter segmenter;

    public ArticleExtractor(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** @param articleDate the article's publication date, or null when unknown */
    public ArticleFacts extract(Article article, LocalDate articleDate) {
        ArticleText text = new ArticleText(article, segmenter);
        ArticleFacts facts = new ArticleFacts(text);
        BylineRecognizer.recognize(text, facts);
        OfficialRecognizer.recognize(text, facts);
        OrganizationRecognizer.recognize(text, facts);
        EnterpriseListRecognizer.recognize(text, facts);
        ProjectRecognizer.recognize(text, facts);
        ProjectListRecognizer.recognize(text, facts);
        LearnedNameRecognizer.recognize(text, facts);
        ShortCompanyRule.apply(text, facts);
        Coreference.resolve(text, facts);
        ProjectFactRules.apply(text, facts, articleDate);
        InspectionRule.apply(text, facts);
        PlaceRule.apply(text, facts);
        facts.finish();
        return facts;
    }
}
