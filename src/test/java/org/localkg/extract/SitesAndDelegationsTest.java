package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Works visited at their sites (在甲、乙和丙项目建设现场), a zone one goes to before a clause of 对…进行调研,
 * a base built for an industry among a visit's stops, and a transliterated name whose last character the
 * segmenter reads as an adverb.
 */
class SitesAndDelegationsTest {
    private static final String SITES = "本报讯 4月8日，市委书记韩立明，市委副书记、市长周广平带领市直有关部门负责人赴东川区、西河区和"
            + "北岭经济技术开发区，对全市重点项目建设情况进行了调研。"
            + "在柳河片区棚户区改造、金源商务中心、东川万象广场和北岭南站广场、清水河生态治理二期、北岭科技城、"
            + "凤鸣山隧道及连接线项目建设现场，韩立明、周广平看进度、听汇报、解难题。";

    @Test
    void worksListedBeforeTheirSitesShareTheLastOnesProjectWord() {
        Extracted x = Extracted.body(SITES);
        Set<String> projects = x.names(EntityType.PROJECT);
        for (String p : new String[] {"柳河片区棚户区改造", "东川万象广场", "北岭南站广场", "清水河生态治理二期", "北岭科技城",
                "凤鸣山隧道及连接线项目"}) {
            assertTrue(projects.contains(p), p + " in " + projects);
        }
        assertTrue(x.targetsOf("韩立明").contains("清水河生态治理二期"), x.facts.inspections().toString());
        assertTrue(x.targetsOf("周广平").contains("柳河片区棚户区改造"), x.facts.inspections().toString());
    }

    @Test
    void aZoneGoneToBeforeAClauseOfInspectingIsVisited() {
        Extracted x = Extracted.body(SITES);
        assertTrue(x.targetsOf("韩立明").contains("北岭经济技术开发区"), x.facts.inspections().toString());
    }

    @Test
    void goingToAPlaceAndSpeakingOfIt() {
        // 赴…，对…进行调研 makes the places the visit's; 赴…，对…提出要求 is no visit of them
        Extracted x = Extracted.body("本报讯 4月8日，市长周广平赴北岭经济技术开发区，对园区招商工作提出明确要求。");
        assertTrue(x.targetsOf("周广平").isEmpty(), x.facts.inspections().toString());
    }

    @Test
    void aListWithoutSitesAfterItSharesNoProjectWord() {
        Extracted x = Extracted.body("本报讯 4月8日，在柳河片区棚户区改造、北岭科技城和凤鸣山隧道及连接线项目推进会上，市长周广平要求加快进度。");
        assertFalse(x.names(EntityType.PROJECT).contains("北岭科技城"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aBaseBuiltForAnIndustryIsAStopAmongProjects() {
        Extracted x = Extracted.body("本报讯 4月14日，市委书记韩立明先后来到鑫海能源材料有限公司年产5万吨电池材料项目、"
                + "乌兰旗光伏基地、华通汽车股份有限公司总装车间、远航风电装备产业园项目，实地察看项目进展。");
        assertTrue(x.names(EntityType.PROJECT).contains("乌兰旗光伏基地"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.targetsOf("韩立明").contains("乌兰旗光伏基地"), x.facts.inspections().toString());
    }

    @Test
    void aProductionBaseWithoutAnIndustryWordIsNone() {
        Extracted x = Extracted.body("本报讯 4月14日，市委书记韩立明先后来到鑫海能源材料有限公司年产5万吨电池材料项目、"
                + "北岭示范基地、华通汽车股份有限公司总装车间、远航风电装备产业园项目，实地察看项目进展。");
        assertFalse(x.names(EntityType.PROJECT).contains("北岭示范基地"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aTransliteratedNameKeepsItsLastCharacterBeforeAComma() {
        Extracted x = Extracted.body("本报讯 5月3日，甲市党政代表团在我市考察。自治区党委常委、甲市委书记刘东海，"
                + "甲市委副书记、市长乌·楞格太，乙市委副书记、市长张国强等参加。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("乌·楞格太"), x.names(EntityType.OFFICIAL).toString());
        assertEquals(Set.of("市长", "甲市委副书记"), x.posts("乌·楞格太"));
    }

    @Test
    void aTransliteratedNameBeforeAVerbOfSpeakingEndsAtIt() {
        Extracted x = Extracted.body("本报讯 5月3日，市长乌·楞格说，要加快项目建设。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("乌·楞格说"), x.names(EntityType.OFFICIAL).toString());
    }
}
