package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localkg.ingest.Article;
import org.localkg.ingest.PageSplitter;

/**
 * Guards from a helper's review of this round's rules: 主体工程师 are engineers, no centre's structure; a name
 * ending in 讲 that the text writes whole before a verb elsewhere keeps its last character; one headline ending
 * in a date stays the title (only two such lines or more are a list of links); a clause's subject, adverb and
 * verb (园区已集聚) open no company of a list of leading companies.
 */
class ReviewedStructuresSayingAndLinksTest {

    @Test
    void engineersOfAStructureAreNoWorks() {
        Extracted x = Extracted.body("本报讯 目前，研发中心主体工程师团队已全部到岗。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aNameWrittenWholeElsewhereKeepsItsLastCharacter() {
        Extracted x = Extracted.body("本报讯 座谈会上，县长吴立讲，“园区要做好服务。”会后吴立讲又来到宏达公司调研。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("吴立讲"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void oneHeadlineEndingInADateStaysTheTitle() {
        List<Article> articles = PageSplitter.split("""
                县长视察北湖产业园[06/12]
                6月12日，县长赵军到北湖产业园调研，察看了宏远新材料项目建设现场。
                """);
        assertEquals(List.of("县长视察北湖产业园[06/12]"), articles.get(0).title());
    }

    @Test
    void aClausesOpeningIsNoPartOfTheFirstCompanyListed() {
        Extracted x = Extracted.body("本报讯 开发区已吸引华晨光学、远航材料、天启电子等一批行业领军企业。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.contains("华晨光学"), companies.toString());
        assertFalse(companies.stream().anyMatch(c -> c.startsWith("开发区")), companies.toString());
    }
}
