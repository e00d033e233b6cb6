package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localkg.ingest.Article;
import org.localkg.nlp.hanlp.HanlpSegmenter;

/** The shapes require that a mention names one entity; two readings of one span keep the firmer. */
class OneEntityPerMentionTest {
    @Test
    void aSpanTwoEntitiesHoldStaysWithTheFirmerKindAndTheOtherGoesWithItsFacts() {
        String body = "县委书记郑明德到滨江开发区调研。郑明出席。";
        ArticleFacts facts = new ArticleFacts(new ArticleText(new Article(1, List.of(), null, body, Article.Kind.NEWS, null, 0),
                HanlpSegmenter.get()));
        int at = body.indexOf("郑明出席");
        Entity official = facts.mention(EntityType.OFFICIAL, new Span(4, 7));
        official.addMention(new Span(at, at + 2)); // as coreference takes 郑明 for 郑明德
        Entity misread = facts.mention(EntityType.ORGANIZATION, new Span(at, at + 2));
        assertTrue(misread != null && misread != official && misread.mentions().contains(new Span(at, at + 2)), "two entities hold 郑明");
        facts.locations.add(new Facts.Located(misread, "滨江", new Span(at, at + 2)));
        facts.finish();
        assertTrue(facts.entities().contains(official));
        assertTrue(!facts.entities().contains(misread), "the organisation read in the official's name goes");
        assertEquals(List.of(), facts.locations, "and its facts with it");
        assertEquals(2, official.mentions().size());
    }

    @Test
    void aCountysNameIsNoPersonsName() {
        ArticleText t = new ArticleText(new Article(1, List.of(), null, "特克斯召开大会。", Article.Kind.NEWS, null, 0), HanlpSegmenter.get());
        assertTrue(!LearnedNameRecognizer.person(t, "特克斯"));
        assertTrue(LearnedNameRecognizer.person(t, "郑明德"));
    }
}
