package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parties that go somewhere and the names around them, the grade of a goal, a preposition before a name,
 * dates typeset with spaces, and words that look like companies inside common phrases (our own sentences).
 */
class PartiesGoingAndGradesTest {

    @Test
    void aLeadersNameEndsBeforeTheVerbOfLeading() {
        Extracted x = Extracted.body("本报讯 近日，东湖区区长赵亮率东湖区政府代表团一行来高新区交流考察。");
        assertEquals(Set.of("赵亮"), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of("东湖区区长"), x.posts("赵亮"));
    }

    @Test
    void aPartyAndWhereItGoesAreNoPartOfAParksName() {
        Extracted x = Extracted.titled("东城区政府代表团来西山高新区考察",
                "本报讯 5月10日下午，东城区区长张明率东城区政府考察团一行来西山高新区交流考察。");
        assertEquals(Set.of("西山高新区"), x.names(EntityType.PARK));
        assertEquals(Set.of("西山高新区"), x.targetsOf("张明"));
    }

    @Test
    void whatAPartyDoesNextIsNoPartOfAParksName() {
        Extracted x = Extracted.body("本报讯 近日，东城区区长张明率队来西山高新区考察。随后考察团一行车览高新区及滨河大道。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.contains("一行")), x.names(EntityType.PARK).toString());
        assertEquals(Set.of("西山高新区"), x.targetsOf("张明"));
    }

    @Test
    void theGradeOfAGoalNamesNoPark() {
        Extracted x = Extracted.body("本报讯 近日，西山高新区提出，将瞄准世界一流科技园区目标，打造世界级产业园区。");
        assertEquals(Set.of("西山高新区"), x.names(EntityType.PARK));
    }

    @Test
    void aParkHeldByABorderZoneIsNamedWithoutIt() {
        Extracted x = Extracted.body("本报讯 东山市2023年第三批重点项目集中开工仪式近日在边境经济合作区金达木业产业园区举行。");
        Entity park = x.entity("边境经济合作区金达木业产业园区");
        assertTrue(park.is(EntityType.PARK));
        assertTrue(park.aliases().contains("金达木业产业园区"), park.aliases().toString());
    }

    @Test
    void aCommonWordCutOutOfAGuessedNameIsNoCompany() {
        Extracted x = Extracted.body("本报讯 近日，西湖区开展“防疫情、稳经济、保安全”大走访、大排查活动。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void twoTradesTogetherAreAFieldNoCompany() {
        Extracted x = Extracted.body("本报讯 近日，市长张明要求，把矿区土地复垦和新能源发展结合起来，促进土地节约集约利用。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aGroupNamedAfterItsTaskOpensNoListAndItsPraiseNoProject() {
        Extracted x = Extracted.body("本报讯 近日，市人大常委会副主任张明率领视察组到西湖区视察。视察组先后到东坊国际文创产业园、"
                + "南湖汽车城新能源汽车产业园建设工地进行实地查看。视察组充分肯定西湖区项目建设取得的成绩。");
        assertEquals(Set.of("东坊国际文创产业园", "南湖汽车城新能源汽车产业园"), x.targetsOf("张明"));
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("肯定")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void thePrepositionBeforeANameAndItsTypeIsNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 近日，全区签约项目30个。其中，以东方膜材料产业园为代表的新兴项目引领发展。");
        assertTrue(x.names(EntityType.PARK).contains("东方膜材料产业园"), x.names(EntityType.PARK).toString());
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.startsWith("以")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aYearTypesetWithASpaceOpensNoName() {
        Extracted x = Extracted.body("本报讯 5 月 9 日，2023 年东山市西城污水处理厂改建工程集中开工。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("年")), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).isEmpty());
    }

    @Test
    void newKindsOfEconomyAreNoProjects() {
        Extracted x = Extracted.body("本报讯 近日，全区签约项目30个，新产业、新业态、新模式项目引领发展新预期。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aPlainParkNameOpeningTwoWorksNamesTheirPark() {
        Extracted x = Extracted.body("本报讯 近日，东山经济开发区签约项目12个。其中商贸类项目2个：3.2亿元的滨海通道能源基地项目、"
                + "3亿元的北部石材园区铁路物流园建设项目。新材料类项目2个：1.6亿元的北部石材园区高端石材加工项目、"
                + "1.5亿元的永盛矿山综合开发利用项目。");
        assertTrue(x.names(EntityType.PARK).contains("北部石材园区"), x.names(EntityType.PARK).toString());
        assertEquals(Set.of("北部石材园区"), x.parksOf("北部石材园区铁路物流园建设项目"));
        assertEquals(Set.of("北部石材园区"), x.parksOf("北部石材园区高端石材加工项目"));
        assertEquals(Set.of("东山经济开发区"), x.parksOf("永盛矿山综合开发利用项目"));
    }

    @Test
    void aPlainParkWordOpeningOneWorksNamesNoPark() {
        Extracted x = Extracted.body("本报讯 近日，东山经济开发区签约项目12个，包括3亿元的北部石材园区铁路物流园建设项目。");
        assertFalse(x.names(EntityType.PARK).contains("北部石材园区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void theIdeaAWorkIsBuiltAfterIsNoPartOfAParksName() {
        Extracted x = Extracted.body("本报讯 近日，东山市按照产城融合的理念建设航空产业园，打造航空经济区。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.contains("理念")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aParkAtItsBuildingSiteStaysTheArticlesPark() {
        Extracted x = Extracted.body("本报讯 近日，东山县在东山食品产业园建设现场举行项目集中开工仪式，总投资20亿元的华信食品项目、"
                + "总投资8亿元的盛源冷链项目开工。");
        assertFalse(x.entity("东山食品产业园").is(EntityType.PROJECT));
        assertEquals(Set.of("东山食品产业园"), x.parksOf("华信食品项目"));
    }

    @Test
    void twoPhasesOfOneParksWorksNameNoParkOfTheirOwn() {
        Extracted x = Extracted.body("本报讯 近日，东山县签约华信光电产业园一期项目和华信光电产业园二期项目，总投资30亿元。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
    }

    @Test
    void aDesignatedIndustryBaseVisitedIsNoWorks() {
        Extracted x = Extracted.body("本报讯 近日，副省长林海来到东山国家级新能源汽车产业基地考察。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aParkVisitedWithoutItsSiteStaysAPark() {
        Extracted x = Extracted.body("本报讯 近日，市长张明先后到东坊国际文创产业园、南湖汽车城新能源汽车产业园调研。");
        assertFalse(x.entity("东坊国际文创产业园").is(EntityType.PROJECT));
    }

    @Test
    void aBaseAnOfficialGoesToIsAProjectVisited() {
        Extracted x = Extracted.body("本报讯 11月3日下午，自治区副主席张明一行莅临东方电机所西城风电整机制造基地调研指导工作。");
        assertEquals(Set.of("东方电机所西城风电整机制造基地"), x.names(EntityType.PROJECT));
        assertEquals(Set.of("东方电机所西城风电整机制造基地"), x.targetsOf("张明"));
    }

    @Test
    void aBaseOfNoNameIsNoProject() {
        Extracted x = Extracted.body("本报讯 近日，市长张明来到生产基地调研。张明深入种植基地考察。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aSizeAloneBeforeAZonesWordNamesNoPark() {
        Extracted x = Extracted.body("本报讯 近日，东山县打造千亿园区，推进百亿园区建设。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
    }

    @Test
    void theWorksOfADistrictNamedLikeAZoneAreNoProject() {
        Extracted x = Extracted.body("本报讯 近日，绿园区项目建设取得新成绩。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aBrandAndItsTradeHeadingWorksIsTheirCompanyAndTheSumStaysTheWorks() {
        Extracted x = Extracted.body("本报讯 近日，东山产业园引进了鑫泰集团、金泰永磁、大华磁材等一批重点项目。目前，总投资20亿元、"
                + "占地180亩的金泰永磁年产2万吨永磁材料项目正在建设中。");
        assertEquals(Set.of("金泰永磁"), x.enterprisesOf("金泰永磁年产2万吨永磁材料项目"));
        assertEquals(Set.of(2_000_000_000L), x.investmentsOf("金泰永磁年产2万吨永磁材料项目"));
    }

    @Test
    void aBrandAndAGasTradeBeforeTheOutputIsTheWorksCompany() {
        Extracted x = Extracted.body("本报讯 近日，东山县鑫泰气体年产50万立方米溶解乙炔气体项目开工建设。");
        assertEquals(Set.of("东山县鑫泰气体"), x.enterprisesOf("东山县鑫泰气体年产50万立方米溶解乙炔气体项目"));
    }

    @Test
    void aPlaceAfterAPartyStaysAPark() {
        Extracted x = Extracted.body("本报讯 近日，代表团一行东山高新区考察活动圆满结束。");
        assertTrue(x.names(EntityType.PARK).contains("东山高新区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aGroupsWordThatOpensANameLeavesTheVerbToTheList() {
        Extracted x = Extracted.body("本报讯 近日，市长张明视察团山工业园、东湖产业园，了解企业生产经营情况。");
        assertEquals(Set.of("团山工业园", "东湖产业园"), x.targetsOf("张明"));
    }

    @Test
    void aGradeInsideAParksNameStays() {
        Extracted x = Extracted.body("本报讯 近日，东山市一流企业产业园项目签约。");
        Entity park = x.entity("东山市一流企业产业园项目");
        assertTrue(park.aliases().contains("东山市一流企业产业园"), park.aliases().toString());
    }

    @Test
    void aZonesBuildingSiteLeavesItAZone() {
        Extracted x = Extracted.body("本报讯 近日，市长张明来到东山经济开发区施工现场，了解项目进展情况。");
        assertFalse(x.entity("东山经济开发区").is(EntityType.PROJECT));
    }

    @Test
    void aMeetingAtABuildingSiteMakesNoWorks() {
        Extracted x = Extracted.body("本报讯 近日，全市重点项目观摩暨东山产业园建设现场推进会召开。");
        assertFalse(x.entity("东山产业园").is(EntityType.PROJECT));
    }

    @Test
    void basesOfSchoolingAndOfTwoTownsAreNoWorks() {
        Extracted x = Extracted.body("本报讯 近日，县委书记李华走进东山市青少年实践教育基地考察。副县长周伟深入东山镇和西山镇种植基地检查。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aDistrictNamedLikeAZoneIsNoPark() {
        Extracted x = Extracted.body("本报讯 近日，秦皇岛市海港区召开重点项目推进会。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
    }

    @Test
    void aNameTheSegmenterJoinedWithXieEndsBeforeIt() {
        Extracted x = Extracted.body("本报讯 近日，区委书记郑涛携区长王磊一同到东湖智能制造产业园调研。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("郑涛"), x.names(EntityType.OFFICIAL).toString());
        assertEquals(Set.of("东湖智能制造产业园"), x.targetsOf("郑涛"));
    }

    @Test
    void aParkNamedAfterItsCompanyIsTheCompanysWorks() {
        Extracted x = Extracted.body("本报讯 近日，市委书记张明来到东方集团西山新材料产业园调研。");
        assertEquals(Set.of("东方集团西山新材料产业园"), x.names(EntityType.PROJECT));
        assertEquals(Set.of(), x.names(EntityType.PARK));
        assertEquals(Set.of("东方集团"), x.enterprisesOf("东方集团西山新材料产业园"));
        assertTrue(x.targetsOf("张明").contains("东方集团西山新材料产业园"), x.targetsOf("张明").toString());
    }

    @Test
    void aCompanysParkListedWithOthersIsWorksAndPark() {
        Extracted x = Extracted.body("本报讯 近日，市委书记张明先后到东方集团西山新材料产业园、东山智能装备产业园调研。");
        assertTrue(x.entity("东方集团西山新材料产业园").is(EntityType.PROJECT));
        assertFalse(x.entity("东山智能装备产业园").is(EntityType.PROJECT));
    }
}
