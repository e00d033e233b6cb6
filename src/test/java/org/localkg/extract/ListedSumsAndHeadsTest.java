package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sums that open a list's items, heads of places and of the projects' steps, shares of kinds, and a preposition said
 * again before each item (the 49th batch's odd half, written from our own sentences).
 */
class ListedSumsAndHeadsTest {

    @Test
    void aSumOpeningEachItemIsThatProjectsInvestment() {
        Extracted x = Extracted.body("本报讯 近日，全市集中签约12个项目。新能源类项目2个：12亿元的北山风电项目、3亿元的南岭铜矿开采项目。");
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("北山风电项目"));
        assertEquals(Set.of(300_000_000L), x.investmentsOf("南岭铜矿开采项目"));
    }

    @Test
    void aSumOpeningAnItemMakesPlainWordsOneProject() {
        Extracted x = Extracted.body("本报讯 近日，全市集中签约8个项目。医药类项目2个：0.5亿元的医疗器械生产项目、0.8亿元的保健食品生产项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("医疗器械生产项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(50_000_000L), x.investmentsOf("医疗器械生产项目"));
    }

    @Test
    void aSumAfterAnotherMeasureIsNoInvestment() {
        Extracted x = Extracted.body("本报讯 近日，年产值5亿元的宏泰新材料项目投产。");
        assertEquals(Set.of(), x.investmentsOf("宏泰新材料项目"));
    }

    @Test
    void placesBeforeWhatIsDoneThereAreNoProjects() {
        Extracted x = Extracted.body("本报讯 近日，全县组织招商考察团赴北京、上海、广州等地进行重点项目招商。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void kindsWhoseShareIsGivenAreNoProjects() {
        Extracted x = Extracted.body("本报讯 近日签约的20个项目中，绿色有机农业、循环利用发展、全域治理等项目占比较大。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aPrepositionSaidAgainBeforeEachItemIsNoPartOfItsName() {
        Extracted x = Extracted.body("本报讯 近日，全旗15个项目集中签约。其中，与宏泰集团年产5万吨碳酸钙项目、与华兴科技有限公司饲料加工项目在推介会上签约。");
        assertTrue(x.names(EntityType.PROJECT).contains("华兴科技有限公司饲料加工项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void projectsWhoseEarlyWorkIsPushedStayProjects() {
        Extracted x = Extracted.body("本报讯 近日，全县加快推进城北污水处理厂、滨江大道拓宽工程等项目前期工作，确保年内开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("城北污水处理厂"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void otherMeasuresBeforeWeiAreNoInvestment() {
        Extracted x = Extracted.body("本报讯 近日，预计年产值为12亿元的宏泰汽车零部件项目开工。");
        assertEquals(Set.of(), x.investmentsOf("宏泰汽车零部件项目"));
    }

    @Test
    void theLastItemAfterHeKeepsItsSum() {
        Extracted x = Extracted.body("本报讯 近日，全市签约3个项目：5亿元的宏泰光伏项目、8亿元的华兴新型建材项目和1.2亿元的北辰农产品加工项目。");
        assertEquals(Set.of(120_000_000L), x.investmentsOf("北辰农产品加工项目"));
    }
    @Test
    void clausesEachNamedAfterACountyGoOnWithTheList() {
        Extracted x = Extracted.body("本报讯 近日，全市集中开工的项目包括北山风电场、南湖湿地公园，以及城关区污水处理厂改造、东岗商贸中心，"
                + "永登县城区供热管网改造，榆中县文化体验景区、西固物流中心等。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("永登县城区供热管网改造", "榆中县文化体验景区")),
                x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aClauseThatSaysSomethingEndsTheList() {
        Extracted x = Extracted.body("本报讯 近日，全市集中开工的项目包括北山风电场、南湖湿地公园，以及城关区污水处理厂改造、东岗商贸中心，"
                + "永登县完成投资5亿元，榆中县文化体验景区、西固物流中心等。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("完成投资")), x.names(EntityType.PROJECT).toString());
    }
}
