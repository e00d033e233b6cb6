package org.localkg.extract;

/**
 * What an article is about, as its title and lead say: the event it reports, and the park and the
 * company the event is at. A project the article names without saying where or whose it is takes
 * the frame's park and company, unless its own sentence names another ({@link ProjectFactRules}).
 *
 * @param event              the kind of event the title or lead reports
 * @param park               the park the article is about, or null
 * @param parkEvidence       the words that say so (the title, the lead's sentence, the event's sentence), or null
 * @param enterprise         the company the article is about, or null
 * @param enterpriseEvidence the words that say so, or null
 * @param parkOnlyNamed      the park is the frame's only because the article names no other: it holds only
 *                           the projects named after it
 */
public record ArticleFrame(Event event, Entity park, Span parkEvidence, Entity enterprise, Span enterpriseEvidence, boolean parkOnlyNamed) {
    /** The events of the genre, by the words that report them. */
    public enum Event {
        SIGNING, GROUNDBREAKING, COMPLETION, INSPECTION, MEETING, REPORT
    }

    static final ArticleFrame NONE = new ArticleFrame(Event.REPORT, null, null, null, null, false);
}
