package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A signing's per-project sums and investors, zones called by their city's first character, plain
 * items among named projects, a park (and its phase) as the place of a list, and a conjunction the segmenter
 * joins to the next name.
 */
class SignedSumsAndShortZonesTest {
    @Test
    void aProjectsSignedSumIsItsInvestmentAndTheInvestorAfterItIsItsCompany() {
        Extracted x = Extracted.body("其中，北岭智能装备项目签约额5亿元，投资方为北岭星海机械有限公司。");
        assertEquals(Set.of(500_000_000L), x.investmentsOf("北岭智能装备项目"));
        assertEquals(Set.of("北岭星海机械有限公司"), x.enterprisesOf("北岭智能装备项目"));
    }

    @Test
    void aSignedSumIn亿WithoutYuanBeforeAClausesEndIsYuan() {
        Extracted x = Extracted.body("东辰精密铸件生产基地项目签约额12亿，投资方为东辰铸造科技有限公司。");
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("东辰精密铸件生产基地项目"));
    }

    @Test
    void aSigningsTotalIsNoOneProjectsSum() {
        Extracted x = Extracted.body("北岭光电项目等12个项目集中签约，签约总额80亿元。");
        assertTrue(x.investmentsOf("北岭光电项目").isEmpty(), x.investmentsOf("北岭光电项目").toString());
    }

    @Test
    void aZoneCalledByItsCitysFirstCharacterIsAZoneWhereTheCityIsNamed() {
        Extracted x = Extracted.body("齐齐哈尔市政府举行项目集中签约仪式。齐新区河东片区设置了分会场。齐经开区管委会主任王建国出席。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("齐新区河东片区", "齐经开区")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCharacterOpeningNoNamedCityMakesNoZone() {
        Extracted x = Extracted.body("会议要求，要把新区建设好。齐新区建设加快推进。");
        assertFalse(x.names(EntityType.PARK).contains("齐新区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aTestAreaOfSomeWorksIsNoZone() {
        Extracted x = Extracted.body("该项目计划用两年时间完成整车动力试验区、检测室和验证室的建设。");
        assertFalse(x.names(EntityType.PARK).contains("整车动力试验区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aPlacesTrialZoneIsStillAZone() {
        Extracted x = Extracted.body("北岭新材料项目落户宁夏内陆开放型经济试验区。");
        assertTrue(x.names(EntityType.PARK).contains("宁夏内陆开放型经济试验区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aPlainItemAmongNamedProjectsOfACountedListIsOneOfThem() {
        Extracted x = Extracted.body("东辰医药产业园项目、北岭航空发动机生产基地项目、减震器生产项目、西岭储能产业园项目等12个项目集中签约。");
        assertTrue(x.names(EntityType.PROJECT).contains("减震器生产项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aFieldAmongNamedProjectsStaysAKind() {
        Extracted x = Extracted.body("东辰医药产业园项目、北岭航空发动机生产基地项目、新能源项目等12个项目集中签约。");
        assertFalse(x.names(EntityType.PROJECT).contains("新能源项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theParkBeforeItsPhaseHoldsTheCompaniesWorksBegunThere() {
        Extracted x = Extracted.body("在主会场，北岭工业园三期的东辰物流有限公司智慧物流园、西岭药业有限公司中药生产及研发基地同时开工建设。");
        assertTrue(x.names(EntityType.PROJECT).contains("东辰物流有限公司智慧物流园"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("北岭工业园"), x.parksOf("西岭药业有限公司中药生产及研发基地"));
    }

    @Test
    void aParksPhaseListedAmongProjectsIsWorks() {
        Extracted x = Extracted.body("包括东辰科创中心、北岭高新区新材料产业园二期、西岭康养小镇等项目。");
        assertFalse(x.names(EntityType.PARK).contains("北岭高新区新材料产业园二期"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aConjunctionAfterAProjectOpensTheNextItemThoughTheSegmenterJoinsIt() {
        Extracted x = Extracted.body("他先后察看了恒达化工项目和顺通物流园项目建设情况。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("恒达化工项目", "顺通物流园项目")), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PARK).contains("恒达化工项目和顺通物流园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aProjectNamedBesideItsParkByJiIsAlsoCalledByItsOwnName() {
        Extracted x = Extracted.body("5月8日，丰泽产业园暨金鼎智能制造项目开工仪式举行。");
        Set<String> names = x.entity("丰泽产业园暨金鼎智能制造项目").keys();
        assertTrue(names.contains("金鼎智能制造项目"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("暨")), names.toString());
    }
}
