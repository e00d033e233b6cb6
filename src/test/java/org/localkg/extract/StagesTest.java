package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localkg.nlp.hanlp.HanlpSegmenter;

/** The extractor's stages declare what they need, and an order that breaks it is refused before anything runs. */
class StagesTest {
    @Test
    void theDefaultOrderProvidesWhatEveryStageRequires() {
        List<Stage> stages = ArticleExtractor.defaultStages();
        ArticleExtractor.check(stages);
        assertEquals("lists", stages.get(0).name(), "the list layer runs first: every recogniser reads it");
    }

    @Test
    void aFaultInOneStageCostsOnlyThatStagesFindings() {
        List<Stage> stages = new ArrayList<>(ArticleExtractor.defaultStages());
        stages.add(3, Stage.of("broken", java.util.Set.of(), java.util.Set.of(), (t, f, d) -> {
            throw new IllegalStateException("a bug");
        }));
        ArticleExtractor x = new ArticleExtractor(HanlpSegmenter.get(), stages);
        var a = new org.localkg.ingest.Article(1, List.of(), null, "市委书记林建华来到云溪高新区调研。", org.localkg.ingest.Article.Kind.NEWS, null, 0);
        ArticleFacts facts = x.extract(a, null);
        assertTrue(facts.find("云溪高新区").isPresent(), "the stages after the broken one still ran");
        assertEquals(1, facts.warnings().size());
        assertTrue(facts.warnings().get(0).contains("broken"), facts.warnings().toString());
    }

    @Test
    void aStageBeforeWhatItRequiresIsRefused() {
        List<Stage> stages = new ArrayList<>(ArticleExtractor.defaultStages());
        Stage lists = stages.remove(0);
        stages.add(lists);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArticleExtractor(HanlpSegmenter.get(), stages));
        assertTrue(e.getMessage().contains("LISTS"), e.getMessage());
    }
}
