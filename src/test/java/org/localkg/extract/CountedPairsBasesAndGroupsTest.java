package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two works a count joins (甲和乙两个项目), one amount for each (总投资均为), a base where others build, a zone's word
 * the segmenter takes for a name, a working group's post, a site reached by 来到, two builders of one works, and
 * names of one core with different places, a verb governing 项目建设, and a field survey (踏查).
 */
class CountedPairsBasesAndGroupsTest {

    @Test
    void aCountOfTwoSplitsItsItemsAtTheConjunction() {
        Extracted x = Extracted.body("本报讯 今年，全市实施青禾湖调蓄和南渠河整治两个大型水利项目，前期手续已办结。");
        assertEquals(Set.of("青禾湖调蓄", "南渠河整治"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCountInCharactersEndsNoName() {
        Extracted x = Extracted.body("本报讯 今年，全市实施青禾湖调蓄、南渠河整治、北岭水库三个水利项目。");
        assertEquals(Set.of("青禾湖调蓄", "南渠河整治", "北岭水库"), x.names(EntityType.PROJECT));
    }

    @Test
    void anAmountSaidOfEachGoesToEveryWorksOfTheList() {
        Extracted x = Extracted.body("本报讯 今年，全市实施总投资均为3.2亿元的北岭水库工程和东山隧道工程，前期手续已办结。");
        assertEquals(Set.of(320_000_000L), x.investmentsOf("北岭水库工程"));
        assertEquals(Set.of(320_000_000L), x.investmentsOf("东山隧道工程"));
        Extracted y = Extracted.body("本报讯 西坪大桥工程、南坪大桥工程总投资均为1.5亿元，年内开工。");
        assertEquals(Set.of(150_000_000L), y.investmentsOf("西坪大桥工程"));
        assertEquals(Set.of(150_000_000L), y.investmentsOf("南坪大桥工程"));
    }

    @Test
    void aBaseWhereACompanyBuildsIsAParkAndTheWorksFollowTheVerb() {
        Extracted x = Extracted.body("本报讯 海川科技股份公司拟在石桥镇汽车产业基地建设整车及研发平台项目。");
        assertTrue(x.names(EntityType.PARK).contains("石桥镇汽车产业基地"), x.names(EntityType.PARK).toString());
        assertEquals(Set.of("整车及研发平台项目"), x.names(EntityType.PROJECT));
        assertEquals(Set.of("石桥镇汽车产业基地"), x.parksOf("整车及研发平台项目"));
    }

    @Test
    void aBaseThatIsBuiltIsNoParkHere() {
        Extracted x = Extracted.body("本报讯 全县在园区建设新能源产业基地，年内开工。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.endsWith("产业基地")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aZonesWordBeforeABracketedDistrictIsNoPersonsName() {
        Extracted x = Extracted.body("本报讯 平阳市委副书记、经开区(东河区)区委书记周立群表示，今年将加大招商力度。");
        assertEquals(Set.of("平阳市委副书记", "经开区(东河区)区委书记"), x.posts("周立群"));
    }

    @Test
    void aWorkingGroupsNameKeepsItsVerbs() {
        Extracted x = Extracted.body("本报讯 7月10日，市人大常委会主任、市培育特色果蔬加工产业集群推进组组长江海明赴平山县调研。");
        assertEquals(Set.of("市人大常委会主任", "市培育特色果蔬加工产业集群推进组组长"), x.posts("江海明"));
    }

    @Test
    void aSiteReachedAfterItsPlaceIsAProject() {
        Extracted x = Extracted.body("本报讯 随后，县长王立军来到位于东山区的液态燃料应急储备站项目现场，详细了解项目情况。");
        assertTrue(x.names(EntityType.PROJECT).contains("液态燃料应急储备站项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theFirstOfTwoBuildersIsTheProjectsCompany() {
        Extracted x = Extracted.body("本报讯 北湖研发中心项目位于青禾产业新城，由平川优投投资有限公司与东山远景置业有限公司合作建设。");
        assertEquals(Set.of("平川优投投资有限公司"), x.enterprisesOf("北湖研发中心项目"));
    }

    @Test
    void namesOfOneCoreWithDifferentPlacesAreTwoWorks() {
        Extracted x = Extracted.body("本报讯 青山研发中心项目开工。红河研发中心项目同日开工。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("青山研发中心项目", "红河研发中心项目")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanyNamedAfterAParkOwnsNoProjectNamedAfterThePark() {
        Extracted x = Extracted.body("本报讯 青禾产业新城金融商务街区项目开工。该项目由东山青禾产业新城有限公司负责招商。青禾产业新城是全区重点园区。");
        assertTrue(x.names(EntityType.PARK).contains("青禾产业新城"), x.names(EntityType.PARK).toString());
        assertEquals(Set.of(), x.enterprisesOf("青禾产业新城金融商务街区项目"));
    }

    @Test
    void aVerbGoverningTheBuildingOfProjectsNamesNoProject() {
        Extracted x = Extracted.body("本报讯 他强调，要锚定项目建设目标，科学组织施工。全区精准把握项目建设黄金期。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
        Extracted y = Extracted.body("本报讯 青山水泥厂扩建项目建设进展顺利。");
        assertEquals(Set.of("青山水泥厂扩建项目"), y.names(EntityType.PROJECT));
        Extracted z = Extracted.body("本报讯 会上，平川博远新材料有限公司介绍了博远氢能装备研发项目建设情况。");
        assertTrue(z.names(EntityType.PROJECT).contains("博远氢能装备研发项目"), z.names(EntityType.PROJECT).toString());
    }

    @Test
    void aFieldSurveyIsAnInspectionAndTheLeaderTakesItsSites() {
        Extracted x = Extracted.body("本报讯 2月9日上午，青禾开发区党工委书记王强率领开发区项目服务专班成员对重点推进的17个项目进行了全面踏查。"
                + "项目服务专班先后查看了长岭智能装备工业园、东湖康复养老中心等项目的选址区域。");
        assertEquals(Set.of("长岭智能装备工业园", "东湖康复养老中心"), x.targetsOf("王强"));
    }
}
