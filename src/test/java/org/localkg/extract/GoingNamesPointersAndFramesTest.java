package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A verb of going before a place is no name's last character when the text writes the name alone too; a name of
 * three between a leaders' label and 、 whose last character is a town's word; a Tibetan name that both recognisers
 * read after a title; a park named only in an official's post frames no article; a pointer back in a paragraph about
 * another company points at no earlier project; a verbal noun after an adverb (全力保障) opens no name; the items of a
 * list whose last item's works are pushed on (加快甲、乙、丙项目建设) are works too; the fields of the
 * companies whose people are listed are no companies; every output of one works (年产甲、乙及丙项目) and two capacities
 * joined by a stroke (60MW/240MWh) or a times sign (2×150t/d) stay in its name; a company spoken of (一家某公司) is not
 * named; a clause's subject and 还在 open no item; what a phase of a project holds (项目一期包括…) is no project; a
 * banner's name the segmenter read into a person's name (库|伦旗委) is the place; the head of a company's board
 * (某集团监事会主席) is no official; a works' name quoted whole holds its list and its 的.
 */
class GoingNamesPointersAndFramesTest {

    @Test
    void aVerbOfGoingBeforeAPlaceEndsTheName() {
        Extracted x = Extracted.titled("高岩来大同市调研指导工作", "本报讯 9月3日上午,副省长高岩来大同市调研指导工作。"
                + "高岩一行察看了北岭化工项目、南山物流园项目。\n");
        Set<String> officials = x.names(EntityType.OFFICIAL);
        assertTrue(officials.contains("高岩"), officials.toString());
        assertFalse(officials.contains("高岩来"), officials.toString());
    }

    @Test
    void aNameOfThreeWhoseLastCharacterIsATownsWord() {
        Extracted x = Extracted.body("本报讯 市长宣布项目开工。市领导孙立镇、许文、高长峰出席。\n");
        Set<String> officials = x.names(EntityType.OFFICIAL);
        assertTrue(officials.containsAll(Set.of("孙立镇", "许文", "高长峰")), officials.toString());
    }

    @Test
    void aTibetanNameAfterATitle() {
        Extracted x = Extracted.body("本报讯 会议由玉树州政府副秘书长才旦主持,与会人员作了发言。\n");
        assertEquals(Set.of("玉树州政府副秘书长"), x.posts("才旦"));
    }

    @Test
    void aParkNamedOnlyInAPostFramesNoArticle() {
        Extracted x = Extracted.body("本报讯 近日,省经委调研组、北岭试验区管委会招商局局长周立新等一行,到宏达集团调研。"
                + "一行察看了余热发电项目和焦化二期项目。\n");
        assertNull(x.facts.frame().park(), String.valueOf(x.facts.frame().park()));
        assertTrue(x.parksOf("余热发电项目").isEmpty(), x.parksOf("余热发电项目").toString());
    }

    @Test
    void aPointerInAnotherCompanysParagraph() {
        Extracted x = Extracted.body("本报讯 在宏达碳素有限公司负极材料项目建设现场,工人正在调试设备。\n"
                + "  在城南,东岭矿业有限公司正在扩大产能。“这个项目投资6.5亿元,明年投产。”公司负责人说。\n");
        assertTrue(x.investmentsOf("宏达碳素有限公司负极材料项目").isEmpty(),
                x.investmentsOf("宏达碳素有限公司负极材料项目").toString());
    }

    @Test
    void theFieldsOfTheCompaniesWhosePeopleAreListedAreNoCompanies() {
        Extracted x = Extracted.body("本报讯 洽谈会邀请了珠三角地区电子信息、新能源汽车、农产品加工、康养和文化旅游等90家企业代表参会。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.isEmpty(), companies.toString());
    }

    @Test
    void aVerbalNounAfterAnAdverbOpensNoName() {
        Extracted x = Extracted.body("本报讯 明年,该区将全力保障大同储能电池项目实现竣工投产。\n");
        assertEquals(Set.of("大同储能电池项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aListWhoseLastItemsWorksArePushedOnSharesItsHead() {
        Extracted x = Extracted.body("本报讯 明年该区将加快光伏材料产业园、云谷数据中心二期、宏达智造二期项目建设。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("光伏材料产业园", "云谷数据中心二期", "宏达智造二期项目")), projects.toString());
    }

    @Test
    void everyOutputOfOneWorksIsInItsName() {
        Extracted x = Extracted.body("本报讯 北岭宏泰化工有限公司年产20万吨甲醇、5万吨二甲醚、3万吨甲酸及8万吨醋酸项目已开工建设。\n");
        assertEquals(Set.of("北岭宏泰化工有限公司年产20万吨甲醇、5万吨二甲醚、3万吨甲酸及8万吨醋酸项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void twoCapacitiesOfOneWorksJoinedByAStroke() {
        Extracted x = Extracted.body("本报讯 “东湖峰谷储能公司80MW/320MWh储能电站项目计划投资5亿元。”项目负责人介绍。\n");
        assertEquals(Set.of(500_000_000L), x.investmentsOf("东湖峰谷储能公司80MW/320MWh储能电站项目"));
    }

    @Test
    void aCompanySpokenOfIsNotNamed() {
        Extracted x = Extracted.body("本报讯 “二期工程即将启动。”北岭县一家环保科技有限公司的经理介绍。北方第一家纺有限公司也在扩产。\n");
        assertEquals(Set.of("北方第一家纺有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aTimesSignBetweenTwoLinesOfOneWorks() {
        Extracted x = Extracted.body("本报讯 当天,图兴新能源2×150t/d光伏玻璃项目开工。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("图兴新能源2×150t/d光伏玻璃项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theClausesSubjectAndAnAdverbWithZaiOpenNoItem() {
        Extracted x = Extracted.body("本报讯 此外,平遥县还在城市供热管网改造工程、高端铸造园三期项目、平遥县文化中心建设项目上同步开工。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("城市供热管网改造工程"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.contains("还在")), projects.toString());
    }

    @Test
    void whatAPhaseOfTheProjectHoldsIsNoProject() {
        Extracted x = Extracted.body("本报讯 宏达酒庄项目总投资2亿元,项目二期包括新建年产5000吨白酒生产线、年产2000吨果酒生产线和1万吨成品仓库。\n");
        assertEquals(Set.of("宏达酒庄项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aBannersNameTheSegmenterReadIntoAPersonsName() {
        Extracted x = Extracted.body("本报讯 库伦旗委副书记、旗长陈晓出席仪式。\n");
        assertEquals(Set.of("库伦旗委副书记", "旗长"), x.posts("陈晓"));
    }

    @Test
    void theHeadOfACompanysBoardIsNoOfficial() {
        Extracted x = Extracted.body("本报讯 宏达矿业公司总经理陈海主持签约。宏达矿业公司监事会主席罗立新介绍了合作内容。\n");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.names(EntityType.PERSON).contains("罗立新"), x.names(EntityType.PERSON).toString());
    }

    @Test
    void aWorksNameQuotedWholeHoldsItsListAndItsDe() {
        Extracted x = Extracted.body("本报讯 北岭大学与宏达农业公司约定投资5000万元实施“沙棘果汁、沙棘果酱等特色食品的研发与生产项目”,双方当日签约。\n");
        assertEquals(Set.of("沙棘果汁、沙棘果酱等特色食品的研发与生产项目"), x.names(EntityType.PROJECT));
    }
}
