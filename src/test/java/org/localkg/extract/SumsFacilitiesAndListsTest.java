package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 40's works and lists rules: a facility a company spends a stated sum to build; a sum and a 、 before the works
 * it is spent on; a verb's aspect between a company and its works (实施了, 正在实施); a quoted works after 的; units a
 * company adds (新上2条); a count of programmes before a colon; figures, qualities and leaders acting for works in
 * lists; where a company invests and its staff named with 项目.
 */
class SumsFacilitiesAndListsTest {

    @Test
    void aFacilityACompanySpendsASumToBuildIsItsWorks() {
        Extracted x = Extracted.body("本报讯 岚峰热电有限公司投资3.6亿元建设了北岭秸秆发电厂,每年可消纳秸秆20万吨。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("北岭秸秆发电厂"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("岚峰热电有限公司"), x.enterprisesOf("北岭秸秆发电厂"));
        assertEquals(Set.of(360_000_000L), x.investmentsOf("北岭秸秆发电厂"));
    }

    @Test
    void aSumAndAListMarkBeforeTheWorksItIsSpentOn() {
        Extracted x = Extracted.body("本报讯 岚峰矿业集团实施了总投资8.2亿元、年产6万吨电解锰项目,预计明年投产。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("年产6万吨电解锰项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("岚峰矿业集团"), x.enterprisesOf("年产6万吨电解锰项目"));
        assertEquals(Set.of(820_000_000L), x.investmentsOf("年产6万吨电解锰项目"));
    }

    @Test
    void aCompanyCarryingOutItsWorks() {
        Extracted x = Extracted.body("本报讯 岚峰矿业集团正在实施年产6万吨电解锰项目,目前厂房已封顶。\n");
        assertEquals(Set.of("岚峰矿业集团"), x.enterprisesOf("年产6万吨电解锰项目"));
    }

    @Test
    void aQuotedWorksAfterACompanysSum() {
        Extracted x = Extracted.body("本报讯 远岚乳业有限公司投资6800万元的“低温鲜奶灌装项目”即将投产。\n");
        assertEquals(Set.of("远岚乳业有限公司"), x.enterprisesOf("低温鲜奶灌装项目"));
        assertEquals(Set.of(68_000_000L), x.investmentsOf("低温鲜奶灌装项目"));
    }

    @Test
    void unitsACompanyAddsAreNoPartOfTheName() {
        Extracted x = Extracted.body("本报讯 岚峰乳业拟投资1.5亿元,新上3条高端奶酪生产线项目;\n");
        assertTrue(x.names(EntityType.PROJECT).contains("高端奶酪生产线项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("岚峰乳业"), x.enterprisesOf("高端奶酪生产线项目"));
    }

    @Test
    void aCountOfProgrammesBeforeAColonNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 今后三年,该区将重点实施六项工程:科技人才引育工程、园区服务提升工程、中小企业培育工程、"
                + "数字经济发展工程、北岭总部基地工程和营商环境优化工程。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void figuresAndLeadersActingForWorksAreNoItems() {
        Extracted x = Extracted.body("本报讯 签约项目开工率、资金到位率分别为90%、62.5%;\n图为县委、县政府领导等为岚峰新材料项目培土奠基。\n");
        assertEquals(Set.of("岚峰新材料项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void qualitiesListedBeforeCompaniesAreNone() {
        Extracted x = Extracted.body("本报讯 加快构建特色鲜明、链条完整、关联度高、带动作用强的产业体系,形成以岚峰石化公司等大型企业为龙头的格局。\n");
        assertEquals(Set.of("岚峰石化公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void whereACompanyInvestsAndItsStaffNameNoWorks() {
        Extracted x = Extracted.body("本报讯 董事长介绍了岚峰集团在辽宁朝阳投资项目的基本情况。岚峰重工有限公司项目管家王丽说,设备已进场。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aWordOfBecomingNamesNoCompany() {
        Extracted x = Extracted.body("本报讯 这将为纺织产业的高端化、品牌化发展打下基础。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aSubstationNamedByItsVoltageAloneIsNoWorks() {
        Extracted x = Extracted.body("本报讯 “目前220千伏变电站已投入运行,送出线路也已建成。”项目经理说。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void ecoCitiesAndCommunities() {
        Extracted x = Extracted.body("本报讯 这批项目分别落在北岭健康产业园、滨河生态城、东岭高新产业园等区域。\n"
                + "该区将建成环境友好型社区。\n");
        Set<String> parks = x.names(EntityType.PARK);
        assertTrue(parks.contains("滨河生态城"), parks.toString());
        assertFalse(parks.contains("友好型社区"), parks.toString());
    }

    @Test
    void aSumInBareYiBeforeDe() {
        Extracted x = Extracted.body("本报讯 重点产业项目中,投资3亿的北岭食品产业园已完成厂房建设。\n");
        assertEquals(Set.of(300_000_000L), x.investmentsOf("北岭食品产业园"));
    }

    @Test
    void aQuotedNameKeepsItsSum() {
        Extracted x = Extracted.body("本报讯 远岚食品有限公司投资4600万元的“北岭老味道”食品加工项目已开工。\n");
        assertEquals(Set.of(46_000_000L), x.investmentsOf("“北岭老味道”食品加工项目"));
    }

    @Test
    void unitsAddedRightAfterTheCompany() {
        Extracted x = Extracted.body("本报讯 远岚乳业有限公司新上3条高端奶酪生产线项目,总投资2亿元。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("高端奶酪生产线项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("远岚乳业有限公司"), x.enterprisesOf("高端奶酪生产线项目"));
    }

    @Test
    void plainFacilitiesAndStaffTitlesNameNoWorks() {
        Extracted x = Extracted.body("本报讯 远岚科技有限公司投资2亿元建设企业技术中心。远岚建材公司投资1亿元建设了办公楼。"
                + "区住建局总工程师王海林到场检查。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void countedWorksThatAreBuiltStayWorks() {
        Extracted x = Extracted.body("本报讯 今年全市三项重点工程:北岭跨江大桥工程、北岭机场改扩建工程、北岭港二期工程均已开工。\n");
        assertEquals(Set.of("北岭跨江大桥工程", "北岭机场改扩建工程", "北岭港二期工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void sharesSlogansAndEcoCityWordsNameNothing() {
        Extracted x = Extracted.body("本报讯 本次开工的项目中,煤炭清洁利用、循环经济占到70%以上。\n"
                + "北岭区举办“聚力北岭·共赢未来”重点项目集中签约仪式。全市要打造宜居生态城区。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }

    @Test
    void tradeNamedItemsUnderAHeadOfCompaniesAndWorks() {
        Extracted x = Extracted.body("本报讯 市长刘明深入文水县远岚肥业、奈河村移民新居等骨干企业重点项目调研。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("文水县远岚肥业"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void worksOfACompanyListedAfterAnotherCompany() {
        Extracted x = Extracted.body("本报讯 5月6日,县长王立群带队调研,先后来到远岚电子有限公司、远岚纸业有限公司年产15万吨瓦楞纸项目、"
                + "北岭经济开发区标准化厂房项目,每到一处都详细询问进展。\n");
        assertTrue(x.facts.warnings().isEmpty(), x.facts.warnings().toString()); // (the works named before the partners end)
        assertEquals(Set.of("远岚纸业有限公司"), x.enterprisesOf("远岚纸业有限公司年产15万吨瓦楞纸项目"));
    }
}
