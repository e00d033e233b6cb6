package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Names and facts in the words that project briefings and park reports use. */
class BriefingWordsTest {
    @Test
    void aZoneForWhatAVerbSaysEndsAProjectsName() {
        Extracted x = Extracted.body("考察组察看了白桦湾冰雪休闲度假区项目、青松岭湿地观光游览区项目等。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("白桦湾冰雪休闲度假区项目", "青松岭湿地观光游览区项目")), projects::toString);
    }

    @Test
    void aProjectNamedAfterItsParkIsAlsoNamedWithoutIt() {
        Extracted x = Extracted.body("记者在青禾乳业产业园蒙原乳品智能工厂项目现场看到，各条生产线正在安装。");
        Entity project = x.entity("青禾乳业产业园蒙原乳品智能工厂项目");
        assertTrue(project.aliases().contains("蒙原乳品智能工厂项目"), project::toString);
        assertEquals(Set.of("青禾乳业产业园"), x.parksOf(project.name()));
    }

    @Test
    void theNounBeforeTheWorksOfAHeadIsWhatTheItemsAre() {
        Extracted x = Extracted.body("记者看到，包装车间、冷库、锅炉车间等车间的内部装修工程已经完成。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aPlaceAsAWholeBeforeTheHeadDoesNotMakeTheItemsOtherThings() {
        Extracted x = Extracted.body("会议要求，加快推进青松物流城、北岭热电联产项目等全市的重点项目建设。");
        assertEquals(Set.of("青松物流城", "北岭热电联产项目"), x.names(EntityType.PROJECT), x.facts.entities().toString());
    }

    @Test
    void buildingsListedAfterTheWordProjectAreItsParts() {
        Extracted x = Extracted.body("同时，东岭精密铸造产业园项目建设也在推进，项目研发中心、职工食堂、员工宿舍楼、主体工程已完成封顶。"
                + "这个项目总投资12亿元。");
        assertEquals(Set.of("东岭精密铸造产业园项目"), x.names(EntityType.PROJECT), x.facts.entities().toString());
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("东岭精密铸造产业园项目"));
    }

    @Test
    void aCountyBringingInASumToBuildAProjectGivesItsInvestment() {
        Extracted x = Extracted.body("青川县引进6.4亿元建设北方农机交易总部基地项目，计划到2027年9月建成。");
        assertEquals(Set.of(640_000_000L), x.investmentsOf("北方农机交易总部基地项目"));
        assertEquals(Set.of(2027), x.facts.completions().stream().map(Facts.ExpectedCompletion::year).collect(Collectors.toSet()));
    }

    @Test
    void aParkACompanySpendsASumOnBuildingIsItsProjectInTheZoneThatBroughtItIn() {
        Extracted x = Extracted.body("在一批大项目中，青山经济开发区引进东岭新能源集团拟投资15亿元建设东岭风电装备产业园，一期建设电池工厂。"
                + "青冈县引进北方重型机械有限公司出资8亿元建设北方越野车生产项目。");
        Entity park = x.entity("东岭风电装备产业园");
        assertTrue(park.is(EntityType.PROJECT) && park.is(EntityType.PARK), park::toString);
        assertEquals(Set.of(1_500_000_000L), x.investmentsOf("东岭风电装备产业园"));
        assertEquals(Set.of("东岭新能源集团"), x.enterprisesOf("东岭风电装备产业园"));
        assertEquals(Set.of("青山经济开发区"), x.parksOf("东岭风电装备产业园"));
        assertTrue(x.parksOf("北方越野车生产项目").isEmpty(), x.facts.parks().toString());
    }

    @Test
    void twoItemsJoinedByAConjunctionAndCountedAreAList() {
        Extracted x = Extracted.body("东岭区引进20亿元高标准建设青禾物流城和东山汽配城两个物流项目。青禾物流城建设项目分两期建设。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("东山汽配城"), projects::toString);
        assertEquals(2, projects.size(), projects::toString); // 青禾物流城 and 青禾物流城建设项目 are one
    }

    @Test
    void theLeadsSubjectMayFollowWhereTheReporterLearntItAndWhatItIsAs() {
        Extracted x = Extracted.body("本报讯 昨日，记者从市发改委获悉，作为青川新区二级园区的青川新区北山产业园，今年已签约项目12个。"
                + "北山产业园北接青川新区，南邻市区。目前，园区服务中心、北山水系治理工程、标准化厂房等3个工程正在建设。");
        Set<String> parks = x.names(EntityType.PARK);
        assertFalse(parks.stream().anyMatch(p -> p.contains("二级") || p.startsWith("北接")), parks::toString);
        assertEquals(Set.of("青川新区北山产业园"), x.parksOf("北山水系治理工程"));
    }

    @Test
    void aZoneAndTheParkItHoldsAreTwoParksTheHeldOneAlsoNamedAlone() {
        Extracted x = Extracted.body("位于青川经开区北港工业区的东岭化工新材料项目占地约10万平米。青川经开区很大。");
        Set<String> parks = x.names(EntityType.PARK);
        assertTrue(parks.contains("青川经开区"), parks::toString);
        assertTrue(parks.stream().noneMatch(p -> p.startsWith("区")), parks::toString);
        assertTrue(x.facts.entities().stream().anyMatch(e -> e.is(EntityType.PARK) && (e.name().equals("北港工业区")
                || e.aliases().contains("北港工业区"))), x.facts.entities().toString());
    }

    @Test
    void countedBuildingsTheProjectsManagerAndAGenericKindAreNoProjects() {
        Extracted x = Extracted.body("在青禾食品产业园，12栋厂房主体结构全部封顶。“我们会加快进度。”东岭食品有限公司项目负责人说。"
                + "全区将围绕重大科技创新及新兴优势产业项目开展布局。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.isEmpty(), projects::toString);
    }

    @Test
    void whatAVerbOfBuildingListsIsNoCompany() {
        Extracted x = Extracted.body("北山物流城项目分两期建设，建设商品信息交易中心、冷链仓储中心、批发交易中心以及配套设施。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aDesignationAfterShiDoesNotHideTheProjectTheNextSentenceMeans() {
        Extracted x = Extracted.titled("北方乳业有限公司年产5万吨奶粉项目在新区开工",
                "9月3日，北方乳业有限公司年产5万吨奶粉项目开工仪式在青川新区举行。领导出席仪式。\n"
                + "据了解，此次开工的项目是青川新区2024年重点招商引资项目。项目总投资6亿元，分两期建设。");
        assertEquals(Set.of(600_000_000L), x.investmentsOf("北方乳业有限公司年产5万吨奶粉项目"));
    }

    @Test
    void aSentenceOpeningWithTheHeadNounOfTheLastProjectGoesOnAboutIt() {
        Extracted x = Extracted.body("在青川新区绿色食品产业园项目现场，工人正在施工。\n园区负责人介绍了进度。\n"
                + "产业园由青川新区委托北方建设集团建设，建成后将形成食品加工基地，预计2027年竣工。");
        assertEquals(Set.of(2027), x.facts.completions().stream().map(Facts.ExpectedCompletion::year).collect(Collectors.toSet()));
    }

    @Test
    void theRulesOfThisRoundKeepToTheirWords() {
        // 和 inside a word, or a count of twelve, makes no list of two; another park between keeps the bringer off it
        Extracted x = Extracted.body("东岭区新建和续建12个项目。溧水区和平街道两个项目开工。"
                + "青山开发区引进东岭集团在北港工业园建设东岭风电装备项目。四是乙县节水灌溉示范项目。该项目总投资1亿元。");
        assertTrue(x.facts.lists().stream().noneMatch(l -> l.items().size() < 2), x.facts.lists().toString());
        assertEquals(Set.of("北港工业园"), x.parksOf("东岭风电装备项目"));
        assertTrue(x.investmentsOf("东岭风电装备项目").isEmpty(), x.facts.investments().toString());
    }
}
