package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards for what a review of the group sums, trade names, party leaders and lists of kinds found: an
 * amount said of the subject or described again stays its project's; a parent or a branch is another
 * company; a party of another leader or kind is not the first leader's; named items stay projects.
 */
class ReviewedSumsNamesAndPartiesTest {
    @Test
    void anAmountOfAClassTheSubjectIsInIsItsInvestment() {
        Extracted x = Extracted.body("本报讯 南川储能电站项目是总投资12亿元的省级重点项目，由恒丰能源集团有限公司投资建设，预计明年6月建成投产。");
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("南川储能电站项目"), x.facts.investments().toString());
    }

    @Test
    void anAmountOfAPhaseOrOfTheWorksDescribedAgainIsTheProjects() {
        Extracted x = Extracted.body("本报讯 恒丰集团投资建设的南川储能电站项目进展顺利，总投资12亿元的一期工程已于今年3月投入运营。");
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("南川储能电站项目"), x.facts.investments().toString());
        Extracted y = Extracted.body("本报讯 南川储能电站项目昨日开工。据了解，总投资12亿元的新型储能示范项目建成后，年发电量可达3亿千瓦时。");
        assertEquals(Set.of(1_200_000_000L), y.investmentsOf("南川储能电站项目"), y.facts.investments().toString());
    }

    @Test
    void aCapacityInAnotherItemIsNoSumOfItsOwn() {
        Extracted x = Extracted.body("本报讯 今年，南川市谋划实施总投资30亿元的恒丰新材料产业园、年产5万吨锂电池隔膜生产线等项目。");
        assertTrue(x.facts.investments().isEmpty(), x.facts.investments().toString());
    }

    @Test
    void aParentOrABranchIsAnotherCompany() {
        Extracted x = Extracted.body("本报讯 星火开发区与华信公司签订战略合作协议，华信公司旗下的华信捷通制冷设备有限公司将在开发区投资建设冷链装备生产基地。");
        assertEquals(Set.of("华信公司", "华信捷通制冷设备有限公司"), x.names(EntityType.ENTERPRISE));
        Extracted y = Extracted.body("本报讯 4月2日，国网南川供电公司组织开展迎峰度夏保电演练。国网公司副总经理张强到现场检查指导。");
        assertEquals(Set.of("国网南川供电公司", "国网公司"), y.names(EntityType.ENTERPRISE));
    }

    @Test
    void aTradeNameTwoCompaniesShareIsNeithers() {
        Extracted x = Extracted.body("本报讯 3月5日，区委书记王建国先后来到恒丰精密机械有限公司和恒丰新能源汽车有限公司调研。恒丰公司负责人介绍了企业发展情况。");
        assertEquals(Set.of("恒丰精密机械有限公司", "恒丰新能源汽车有限公司", "恒丰公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aCompanysNameStartsAfterTheClausesAdverbAndVerb() {
        Extracted x = Extracted.body("本报讯 近日，省生态环境厅督导组一行到东山市开展督导，督导组一行先后到恒丰锂业股份有限公司、华信镁业有限公司检查。");
        assertEquals(Set.of("恒丰锂业股份有限公司", "华信镁业有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aPartyOfAnotherLeaderOrKindIsNotTheFirstLeaders() {
        Extracted x = Extracted.body("本报讯 12月3日，南川市副市长李明一行到东山市考察调研，并召开工作座谈会。东山市副市长王刚主持座谈会。\n"
                + "12月4日，省人大常委会副主任张华率领的省人大执法检查组到东山市检查大气污染防治法贯彻实施情况。"
                + "检查组一行先后来到恒丰锂业股份有限公司、华信镁业有限公司，实地察看企业环保设施运行情况。");
        assertEquals(Set.of(), x.targetsOf("李明"), x.facts.inspections().toString());
        Extracted y = Extracted.body("本报讯 12月3日，南川市副市长李明一行到东山市考察调研，并召开工作座谈会。东山市副市长王刚主持座谈会。\n"
                + "另据了解，省生态环境厅督导组一行近日到东山市开展督导，督导组一行先后到恒丰锂业股份有限公司、华信镁业有限公司检查。");
        assertEquals(Set.of(), y.targetsOf("李明"), y.facts.inspections().toString());
    }

    @Test
    void namedItemsUnderALevelledHeadStayProjects() {
        Extracted x = Extracted.body("本报讯 南川高新区内恒丰研发基地、华信珠宝基地、金色港湾、和谐家园等省级重点项目已开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("金色港湾"), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 今年，南川市加快推进阳光家园、幸福里、金色港湾等安置房项目建设，确保年底前交付使用。");
        assertTrue(y.names(EntityType.PROJECT).contains("金色港湾"), y.names(EntityType.PROJECT).toString());
    }
}
