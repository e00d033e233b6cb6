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
    void aStageBeforeWhatItRequiresIsRefused() {
        List<Stage> stages = new ArrayList<>(ArticleExtractor.defaultStages());
        Stage lists = stages.remove(0);
        stages.add(lists);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArticleExtractor(HanlpSegmenter.get(), stages));
        assertTrue(e.getMessage().contains("LISTS"), e.getMessage());
    }
}
