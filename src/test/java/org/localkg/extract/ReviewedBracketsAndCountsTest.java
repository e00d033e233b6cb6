package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The faults a second review found in the rules of {@link ReviewedCountsAndHeadingsTest}, guarded. */
class ReviewedBracketsAndCountsTest {

    @Test
    void aCountOfOtherThingsAfterTheProjectLeavesItsSum() {
        for (String s : new String[] {"本报讯 近日，华盛新材料项目可提供500个就业岗位，总投资5亿元。",
                "本报讯 近日，华盛新材料项目拟新建2个生产车间，总投资5亿元。"}) {
            Extracted x = Extracted.body(s);
            assertEquals(Set.of(500_000_000L), x.investmentsOf("华盛新材料项目"), s);
        }
    }

    @Test
    void aHeadWordOpeningTheFirstItemAfterAnyVerbIsTheItemsOwn() {
        Extracted x = Extracted.body("本报讯 近日，锦州市建设城市书房、口袋公园等项目。");
        assertFalse(x.names(EntityType.PROJECT).contains("锦州市建设城市书房"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void companiesThatInvestInAProjectAreCompanies() {
        Extracted x = Extracted.body("本报讯 近日，锦州市引进华能新源、北辰电力等企业投资风电项目。");
        assertEquals(Set.of("华能新源", "北辰电力"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void countedItemsThatSayWhichWorksByTheirNumbersSplit() {
        Extracted x = Extracted.body("本报讯 近日，县里启动两个项目，分别是年产5万吨饲料和10万吨有机肥项目。");
        assertFalse(x.names(EntityType.PROJECT).contains("年产5万吨饲料和10万吨有机肥项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aBracketHoldingTheWholeListIsTheLists() {
        Extracted x = Extracted.body("本报讯 近日，签约项目包括（华盛新材料项目、北港冷链物流项目）等项目。");
        assertEquals(Set.of("华盛新材料项目", "北港冷链物流项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aBracketOfPartsAfterAListedNameStaysInIt() {
        Extracted x = Extracted.body("本报讯 近日，开工项目包括华盛新材料项目（一期、二期）、北港冷链物流项目等项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("北港冷链物流项目"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.startsWith("二期")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPlaceBesideTheSubParkLeavesTheZone() {
        Extracted x = Extracted.body("本报讯 近日，北港物流园项目开工建设。该项目位于锦州经济技术开发区内的华盛产业园东侧。");
        assertEquals(Set.of("锦州经济技术开发区"), x.parksOf("北港物流园项目"));
    }

    @Test
    void aCitysDistrictTheSegmenterReadAsAPlaceIsNoPark() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国深入商丘市梁园区调研。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
    }

    @Test
    void anInitialWithoutItsNameIsNoOfficial() {
        Extracted x = Extracted.body("本报讯 近日，旗长包·额深入企业调研。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("包"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aParagraphAfterSeveralHeadedNamesPlacesNoneOfThem() {
        Extracted x = Extracted.body("本报讯 近日，全市重点项目集中开工。\n本次开工项目包括：\n华盛新材料项目\n北港冷链物流项目\n项目位于锦州经济技术开发区，总投资合计30亿元。\n");
        assertEquals(Set.of(), x.parksOf("北港冷链物流项目"));
    }

    @Test
    void togetherAfterANameIsNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国、市长刘洋一同来到华岭电子有限公司调研。");
        assertEquals(Set.of("王建国", "刘洋"), x.names(EntityType.OFFICIAL));
        assertTrue(x.targetsOf("刘洋").contains("华岭电子有限公司"));
    }

    @Test
    void workingAtTheSiteIsAVisit() {
        Extracted x = Extracted.body("本报讯 近日，市长刘洋到锦程物流园项目现场办公，协调解决项目建设中的困难。");
        assertEquals(Set.of("锦程物流园项目"), x.targetsOf("刘洋"));
    }
}
