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

    /** A page's articles are extracted step by step together, for the cache: each must find what it finds alone. */
    @Test
    void aPagesArticlesExtractedTogetherFindWhatEachFindsAlone() throws java.io.IOException {
        String page;
        try (var in = getClass().getResourceAsStream("/org/localkg/corpus/001_883dfa0d1b45e9ec.txt")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<org.localkg.ingest.Article> articles = org.localkg.ingest.PageSplitter.split(page);
        assertTrue(articles.size() > 3, "articles: " + articles.size());
        ArticleExtractor x = new ArticleExtractor(HanlpSegmenter.get());
        List<ArticleFacts> together = x.extract(articles, null);
        assertEquals(articles.size(), together.size());
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(found(x.extract(articles.get(i), null)), found(together.get(i)), "article " + (i + 1));
        }
    }

    private static String found(ArticleFacts f) {
        return String.join("\n", f.entities().toString(), f.posts().toString(), f.investments().toString(), f.completions().toString(),
                f.statuses().toString(), f.parks().toString(), f.enterprises().toString(), f.inspections().toString(),
                f.locations().toString(), f.warnings().toString(), String.valueOf(f.frame()));
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
