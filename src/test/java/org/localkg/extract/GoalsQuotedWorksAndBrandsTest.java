package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules from the 61st and 62nd batches' odd halves: a facility visited is no company, a zone's kind set as a goal is
 * no zone, quoted works a builder builds, a built thing said to be a zone's key works, a visited site with Latin
 * letters, a grade before a works' noun, a quoted campaign, a verb of output after a company's name, 得 inside a
 * brand, and a determiner before a company's word (our own sentences).
 */
class GoalsQuotedWorksAndBrandsTest {

    @Test
    void anAirportVisitedAloneIsNoCompany() {
        Extracted x = Extracted.body("本报讯 市委书记王某来到北岭机场，了解航站楼扩容准备工作。北岭机场航站楼扩容项目是全市的重点工程。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("北岭机场航站楼扩容项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZonesKindSetAsAGoalIsNoZone() {
        Extracted x = Extracted.body("本报讯 该区将发展定位明确为绿色康养示范区。新区要打造对外开放先行区、科技创新引领区、"
                + "绿色宜居示范区。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }

    @Test
    void quotedWorksABuilderBuildsAreWorks() {
        Extracted x = Extracted.body("本报讯 7月8日，市委书记王某视察了东岭集团承建的北岭科学城“新能源测试与研发中心”和“材料研究平台”。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("新能源测试与研发中心", "材料研究平台")), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("北岭科学城"), x.parksOf("材料研究平台"));
    }

    @Test
    void aBuiltThingSaidToBeAZonesKeyWorksIsAWorks() {
        Extracted x = Extracted.body("本报讯 今天，省长王某来到北岭新区调研。华翔国际商务中心是北岭新区规划的重点项目，王某走进项目现场察看进展。");
        assertTrue(x.names(EntityType.PROJECT).contains("华翔国际商务中心"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVisitedSiteWithLatinLettersIsAWorks() {
        Extracted x = Extracted.body("本报讯 省长王某来到北岭新区调研。在东岭AI双创基地，王某认真观看人工智能技术演示。");
        assertTrue(x.names(EntityType.PROJECT).contains("东岭AI双创基地"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aGradeBeforeAWorksNounOpensItsName() {
        Extracted x = Extracted.body("本报讯 东岭农业有限公司拟投资6亿元建设的高标准设施蔬菜产业园项目选址北岭县。");
        assertTrue(x.names(EntityType.PROJECT).contains("高标准设施蔬菜产业园项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(600_000_000L), x.investmentsOf("高标准设施蔬菜产业园项目"));
    }

    @Test
    void theWordForProjectInsideAQuotedCampaignNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 今年以来，全市开展“北岭云谷数据中心项目攻坚月”活动，成效明显。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVerbOfOutputEndsNoCompanysName() {
        Extracted x = Extracted.body("本报讯 开工仪式在北岭工业园区浙江云禾年加工22万吨精密钢带项目工地举办。");
        assertEquals(Set.of("浙江云禾"), x.enterprisesOf("浙江云禾年加工22万吨精密钢带项目"));
    }

    @Test
    void deBetweenALoneCharacterAndATradeIsABrandsCharacter() {
        Extracted x = Extracted.body("本报讯 本溪华得钢铁公司轧钢车间里，工人们正在加紧作业。");
        assertEquals(Set.of("本溪华得钢铁公司"), x.names(EntityType.ENTERPRISE));
    }

    /** A guard: it held before the rule too, which the learned model's reading of a longer span needed. */
    @Test
    void aDeterminerBeforeACompanysWordNamesNoCompany() {
        Extracted x = Extracted.body("本报讯 东岭集团负责人表示，东岭集团将集全集团之力，把项目建成精品工程。");
        assertEquals(Set.of("东岭集团"), x.names(EntityType.ENTERPRISE));
    }
}
