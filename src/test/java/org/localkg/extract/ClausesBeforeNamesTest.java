package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What opens a clause before a name is no part of it and points at no works: 此外 and 此次 are no
 * demonstratives, a verb of what is to come or of where something is (预计, 设在) and 整个 open no
 * name, a time word (今天) ends a name before it, a batch counted by its round (第三次) names no
 * works, a head counting fewer works than the items listed lists what the works make, and a park
 * before 的 is where a work stands.
 */
class ClausesBeforeNamesTest {

    @Test
    void besidesIsNoDemonstrativeOfTheWorksBefore() {
        Extracted x = Extracted.body("本报讯 当天与华泰科技有限公司签下的芯片测试中心项目，计划总投资12亿元，建成后年产值8亿元。"
                + "此外同日签下的还有投资3.6亿元的宏达液晶面板项目和1.5亿元的智能照明项目。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("芯片测试中心项目"), projects.toString());
        assertTrue(projects.contains("宏达液晶面板项目"), projects.toString());
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("芯片测试中心项目"));
    }

    @Test
    void thisTimeIsNoDemonstrativeEither() {
        Extracted x = Extracted.body("本报讯 东川新区举行项目开工仪式，总投资8亿元的鑫源铸造项目率先开工。"
                + "此次同步动工的总投资3亿元的恒通物流园项目位于新区北部。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("鑫源铸造项目"), projects.toString());
        assertTrue(projects.contains("恒通物流园项目"), projects.toString());
    }

    @Test
    void aVerbOfWhatIsToComeOpensNoName() {
        Extracted x = Extracted.body("本报讯 宏川建工有限公司在东川经济开发区兴建的物流园项目分为仓储区和分拣区，投资总额6亿元。"
                + "预计整个物流园项目明年8月全面完工。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.stream().anyMatch(p -> p.endsWith("物流园项目")), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("预计") || p.startsWith("整个")), projects.toString());
    }

    @Test
    void aVerbOfWhereSomethingIsOpensNoName() {
        Extracted x = Extracted.body("本报讯 上午9时，设在东华年产50万吨新型建材加工园区项目工地的分会场彩旗招展。该项目计划总投资12亿元。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("东华年产50万吨新型建材加工园区项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("设在")), projects.toString());
    }

    @Test
    void aTimeWordAfterANameIsNotTheNames() {
        Extracted x = Extracted.body("本报讯 东川市委副书记、市长万钧今天(13日)下午到北区察看重点工程进度。");
        assertEquals(Set.of("万钧"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aRoundOfSigningsNamesNoWorks() {
        Extracted x = Extracted.body("  11月5日，滨海新区2023年第三次招商引资项目签约大会召开，副区长李卫国与客商签订9份合同。"
                + "签约的9个项目共投资21.6亿元，其中有恒通新材料科技有限公司年产5万吨防水卷材项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(p -> p.contains("第三次")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void fewerWorksCountedThanItemsListedAreNoNames() {
        Extracted x = Extracted.body("本报讯 另外，年产3万吨果汁、果酱、罐头加工线和2000头肉牛、年出栏5万只肉羊的牧场两个项目计划明年5月动工。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.contains("果酱"), projects.toString());
        assertFalse(projects.contains("年产3万吨果汁"), projects.toString());
    }

    @Test
    void aParkBeforeDeIsWhereTheWorkStands() {
        Extracted x = Extracted.body("本报讯 眼下，位于该区新材料产业园的宏远智能装备制造基地一期项目马上建成投产。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("宏远智能装备制造基地一期项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.contains("产业园的")), projects.toString());
    }
}
