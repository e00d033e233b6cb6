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

    @Test
    void aNameThatTookTheFirstCharacterOfAVerbGivesItBack() {
        // the segmenter reads 何理来|到: a name that runs into 来到 hides the verb that starts a visit
        ArticleText t = text("在东岭产业园，何理来到天成光电组件项目车间。");
        int at = t.view().indexOf("何理");
        assertEquals("何理", t.tokenAt(at).text());
        assertEquals("来到", t.tokenAt(at + 2).text());
        ArticleText u = text("副区长何理来指出，在东岭产业园，何理来到天成光电组件项目车间。");
        int later = u.view().lastIndexOf("何理");
        assertEquals("何理来", u.tokenAt(later).text(), "the text names 何理来 elsewhere: the name stays whole");
    }

    @Test
    void aNameThatTookTheFirstCharacterOfLiyongGivesItBackUnlessTheTextNamesItWhole() {
        // the segmenter reads 韩松利|用: a name that runs into 利用 (using the day for a visit) loses its end
        Extracted x = Extracted.body("市委书记韩松利用一天时间到东岭区调研。韩松强调，要抓好项目。");
        assertEquals(java.util.Set.of("韩松"), x.names(EntityType.OFFICIAL));
        // 利 ends many given names: where the text names 张建利 whole, 张建利用 keeps the name
        Extracted y = Extracted.body("副市长张建利表示，要抓好项目。张建利用三天时间走访企业。");
        assertEquals(java.util.Set.of("张建利"), y.names(EntityType.OFFICIAL));
    }

    @Test
    void aModelsNameEndsBeforeTheVerbOfGoing() {
        // the model may read 郑昆林赴 as one name: 赴 follows names, and Chinese names of four are rare
        ArticleText t = text("省委书记郑昆林赴大连调研。王小来到东岭产业园。");
        int at = t.view().indexOf("郑昆林");
        assertEquals(3, PersonNames.withoutVerb(t, at, 4));
        assertEquals(3, PersonNames.withoutVerb(t, at, 3), "a single character ends only a reading of four");
        int other = t.view().indexOf("王小");
        assertEquals(2, PersonNames.withoutVerb(t, other, 3), "王小来|到: 来到 follows names");
    }
}
