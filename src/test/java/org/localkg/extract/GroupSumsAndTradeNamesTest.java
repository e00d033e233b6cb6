package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An amount that qualifies a group of projects (总投资80亿元的甲、乙等项目) or works the article does not
 * name as a project is no one project's investment; a company named by its trade name and 公司, or by
 * its trade name and a word of its trade, is the company named in full.
 */
class GroupSumsAndTradeNamesTest {
    @Test
    void anAmountBeforeAListClosedAsProjectsIsTheGroupsSum() {
        Extracted x = Extracted.body("本报讯 今年，南川市加快项目建设。南川石化公司总投资60亿元的芳烃装置扩能改造、加氢精制等项目力争开工。");
        assertEquals(Set.of(), x.investmentsOf("芳烃装置扩能改造"), x.facts.investments().toString());
        assertTrue(x.facts.investments().isEmpty(), x.facts.investments().toString());
    }

    @Test
    void itemsWithSumsOfTheirOwnKeepThem() {
        Extracted x = Extracted.body("本报讯 今年，南川市谋划实施一批制造业项目，总投资15亿元的恒泰航空部件智能化升级改造、"
                + "总投资12亿元的华瑞精密轴承生产建设、博远新能源电驱系统新基地等项目，将为产业发展注入新动力。");
        assertEquals(Set.of(1_500_000_000L), x.investmentsOf("恒泰航空部件智能化升级改造"), x.facts.investments().toString());
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("华瑞精密轴承生产建设"), x.facts.investments().toString());
    }

    @Test
    void anAmountOfWorksNamedByNoProjectIsNotPassedToTheSentencesProject() {
        Extracted x = Extracted.body("本报讯 今年，南川市加快项目建设。宏远特钢产品升级项目3月份复工，总投资10亿元的技术改造项目8月份开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("宏远特钢产品升级项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(), x.investmentsOf("宏远特钢产品升级项目"), x.facts.investments().toString());
    }

    @Test
    void anAmountOfACountOfProjectsIsNoOnesInvestment() {
        Extracted x = Extracted.body("南川储能电站项目开工 全市重点项目集中开工\n\n本报讯 4月7日，南川市总投资94.3亿元的117个重点项目集中开工，"
                + "主会场设在南川储能电站项目现场。");
        assertEquals(Set.of(), x.investmentsOf("南川储能电站项目"), x.facts.investments().toString());
    }

    @Test
    void aProjectPointedBackAtKeepsItsAmount() {
        Extracted x = Extracted.body("本报讯 南川化工园区与恒泰能源集团清洁燃料项目投资签约仪式在南川宾馆举行。"
                + "这标志着这个总投资20.6亿元的大项目正式落户南川化工园区。");
        assertEquals(Set.of(2_060_000_000L), x.investmentsOf("恒泰能源集团清洁燃料项目"), x.facts.investments().toString());
    }

    @Test
    void aTradeNameAndGongsiIsTheCompanyNamedInFull() {
        Extracted x = Extracted.body("本报讯 3月5日，区委书记王建国来到星火开发区调研。王建国一行参观了星火开发区华信捷通公司的生产车间。"
                + "随后，王建国察看了华信捷通制冷设备有限公司的生产线。华信捷通制冷设备有限公司是开发区的代表性企业。");
        Entity full = x.entity("华信捷通制冷设备有限公司");
        assertTrue(full.aliases().contains("华信捷通公司"), full.toString());
        assertEquals(Set.of("华信捷通制冷设备有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aTradeNameTwoCompaniesOpenWithStaysApart() {
        Extracted x = Extracted.body("本报讯 3月5日，区委书记王建国来到星火开发区调研。王建国先后察看了华信捷通公司、"
                + "华信捷通制冷设备有限公司和华信捷通冷藏车辆有限公司的生产线。");
        assertEquals(Set.of("华信捷通公司", "华信捷通制冷设备有限公司", "华信捷通冷藏车辆有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aTradeNameAndAWordOfItsTradeAfterTheProvinceIsTheCompany() {
        Extracted x = Extracted.body("本报讯 4月10日，副市长李明带队深入南川经济技术开发区瑞达液压、恒丰能源、兴旺机械等企业调研。"
                + "在山西恒丰清洁能源科技有限公司，李明察看了企业的生产线。");
        Entity full = x.entity("山西恒丰清洁能源科技有限公司");
        assertTrue(full.aliases().contains("恒丰能源"), full.toString());
        assertNotEquals(full, x.facts.find("兴旺机械").orElse(null));
    }
}
