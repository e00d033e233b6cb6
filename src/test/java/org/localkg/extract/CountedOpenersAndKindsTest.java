package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Counts said before a list's opener, heads of kinds, verbs over 项目建设, openers before a head word, places where a
 * park lies, and new areas that are districts (the 45th batch's odd half, written from our own sentences).
 */
class CountedOpenersAndKindsTest {

    @Test
    void twoWorksCountedBeforeTheOpenerSplitAtTheConjunction() {
        Extracted x = Extracted.body("本报讯 近日，县里在城区启动两个项目，分别是松林大道北延和河西体育公园项目。");
        assertEquals(Set.of("松林大道北延", "河西体育公园项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void withoutACountTheJoinedNameStaysWhole() {
        Extracted x = Extracted.body("本报讯 近日，县里启动了松林大道北延和河西体育公园项目。");
        assertEquals(Set.of("松林大道北延和河西体育公园项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCountOfWhatAWorksCoversIsNoCountOfProjects() {
        Extracted x = Extracted.body("本报讯 近日，青石岭生态修复与保护工程项目开工。青石岭生态修复与保护工程项目涉及8个行政村，总投资6000万元。");
        assertEquals(Set.of(60_000_000L), x.investmentsOf("青石岭生态修复与保护工程项目"));
    }

    @Test
    void aCountOfProjectsStillKeepsTheirSumFromAnyOne() {
        Extracted x = Extracted.body("本报讯 近日，青石岭生态修复工程项目开工。全县今年开工项目共12个，总投资60亿元。");
        assertEquals(Set.of(), x.investmentsOf("青石岭生态修复工程项目"));
    }

    @Test
    void aCityThatKeepsUpItsBuildingNamesNoProject() {
        Extracted x = Extracted.body("本报讯 今年以来，锦州市始终保持项目建设热度不减。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void linesOfBusinessOfCompaniesOfAKindAreNoCompanies() {
        Extracted x = Extracted.body("本报讯 近日，该产业园将入驻整机装配、零部件生产制造、测试飞行、飞手培训等相关企业。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void namedCompaniesOfAKindAreStillCompanies() {
        Extracted x = Extracted.body("本报讯 近日，该产业园已入驻华岭电子有限公司、宏泰机械有限公司等相关企业。");
        assertEquals(Set.of("华岭电子有限公司", "宏泰机械有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aVisitingVerbBeforeAWordThatMayHeadOtherThingsStillOpensTheList() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国先后深入国家稀土材料创新中心、北辰冷链物流中心等项目调研。");
        assertTrue(x.targetsOf("王建国").contains("国家稀土材料创新中心"), x.targetsOf("王建国").toString());
    }

    @Test
    void aBatchDescribedBeforeItsKindIsNoProject() {
        Extracted x = Extracted.body("本报讯 近日，全市将招引一批科技含量高、带动性强的延链补链项目。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aZoneSaidWhereItLiesIsWhereTheCeremonyIsHeld() {
        Extracted x = Extracted.body("本报讯 近日，总投资8亿元的金杯车辆搬迁改造项目，在位于辽中区的沈阳近海经济区开工建设。");
        assertEquals(Set.of("沈阳近海经济区"), x.parksOf("金杯车辆搬迁改造项目"));
    }

    @Test
    void namedSuppliersWorksCountedAsSupplyProjectsAreProjects() {
        Extracted x = Extracted.body("本报讯 近日，园区内丹阳热交换器、锦程摩擦材料、河口减震器等8个零部件配套项目正在建设。");
        assertEquals(Set.of("丹阳热交换器", "锦程摩擦材料", "河口减震器"), x.names(EntityType.PROJECT));
    }

    @Test
    void facilitiesServingAWorksAreStillNoProjects() {
        Extracted x = Extracted.body("本报讯 近日，园区内道路、管网等配套项目同步建设。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aCompanyNamedInFullThenListedByItsShortNameAmongProjectsIsItsProject() {
        Extracted x = Extracted.body("本报讯 近日，丹阳热交换器有限公司新厂房开工。园区内丹阳热交换器、锦程摩擦材料、河口减震器等8个零部件配套项目正在建设。");
        assertTrue(x.names(EntityType.PROJECT).contains("丹阳热交换器"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("丹阳热交换器有限公司"), x.enterprisesOf("丹阳热交换器"));
    }

    @Test
    void aNewAreaThatIsADistrictIsNoPark() {
        Extracted x = Extracted.body("本报讯 近日，沈北新区举行重大项目集中开工活动。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
    }

    @Test
    void aNewAreaTheCodesListAsAZoneIsAPark() {
        Extracted x = Extracted.body("本报讯 近日，兰州新区举行重大项目集中开工活动。");
        assertEquals(Set.of("兰州新区"), x.names(EntityType.PARK));
    }

    @Test
    void aBracketTheCutLeftOpenEndsNoListedName() {
        Extracted x = Extracted.body("本报讯 近日，开工的项目有青松大桥项目、轨道交通9号线一期工程、白杨支线(");
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.endsWith("(")), x.names(EntityType.PROJECT).toString());
    }
}
