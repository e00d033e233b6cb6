package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localkg.ingest.Article;
import org.localkg.nlp.hanlp.HanlpSegmenter;

/** The segmenter's words that the rules would misread, repaired before any rule runs. Every sentence is made up. */
class SegmentRepairsTest {
    private static ArticleText text(String s) {
        return new ArticleText(new Article(1, List.of(), null, s, Article.Kind.NEWS, null, 0), HanlpSegmenter.get());
    }

    @Test
    void aDivisionThatOpensWithAConjunctionsCharacterIsOnePlace() {
        // the segmenter reads 和硕县 as 和|硕|县: a conjunction that would end a list's item or a name there
        ArticleText t = text("东岭银行数据中心和硕县新区项目开工。");
        int at = t.view().indexOf("和硕县");
        assertEquals("和硕县", t.tokenAt(at).text());
        assertEquals("ns", t.tokenAt(at).tag());
        ArticleText u = text("东岭物流园和青山数据中心开工。");
        assertEquals("和", u.tokenAt(u.view().indexOf('和')).text(), "a conjunction before no division stays one");
    }
}
