package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where a name stops before a verb of placing or signing, or after a bracket of facts, and the park and
 * amount of a project said inside a park or by the sentence that points back at it.
 */
class PlacingSigningAndBracketsTest {
    @Test
    void aParkNamedAfterAVerbOfPlacingStartsAfterIt() {
        Extracted x = Extracted.body("据了解，北岭光伏项目选址于东湾工业园，规划装机容量100万千瓦。");
        assertTrue(x.names(EntityType.PARK).contains("东湾工业园"), x.facts.entities().toString());
        assertFalse(x.names(EntityType.PARK).stream().anyMatch(n -> n.contains("选址")), x.facts.entities().toString());
        assertEquals(Set.of("东湾工业园"), x.parksOf("北岭光伏项目"));
    }

    @Test
    void aProjectInsideAParkNamedBeforeItIsThatParks() {
        // three parks in the article: the park must come from the words between, not from being the only one
        Extracted x = Extracted.body("坐落在北岭经济技术开发区的东辰硅材料二期项目，计划投资12亿元。\n\n今年以来，河口高新区共实施重点项目42个。"
                + "\n\n中岭工业园区内的西辰数据中心项目，投资总额为25亿元，已于去年投入运营。");
        assertEquals(Set.of("中岭工业园区"), x.parksOf("西辰数据中心项目"));
    }

    @Test
    void aSentencePointingBackAtAProjectKeepsItsAmountAcrossAClause() {
        Extracted x = Extracted.body("副市长满国栋察看了东辰换热设备项目。该项目占地120亩，计划投资6亿元，一期已开工。");
        assertEquals(Set.of(600_000_000L), x.investmentsOf("东辰换热设备项目"));
    }

    @Test
    void anAmountOfOtherWorksInThePointingSentenceIsNotTheProjects() {
        Extracted x = Extracted.body("东辰换热设备项目已经投产。该项目建成后，县里还将谋划新一批项目，计划投资30亿元。");
        assertTrue(x.investmentsOf("东辰换热设备项目").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aSignedOrBuiltProjectIsTheVerbsObjectNotTheClause() {
        Extracted x = Extracted.body("其中，东辰乳业股份有限公司与北岭开发区签订乳制品智能工厂项目，投资10亿元；"
                + "远辰科技集团在河口工业园区投资建设绿色算力产业园项目，总投资约50亿元。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("乳制品智能工厂项目"), projects.toString());
        assertTrue(projects.contains("绿色算力产业园项目"), projects.toString());
        assertEquals(Set.of("东辰乳业股份有限公司"), x.enterprisesOf("乳制品智能工厂项目"));
        assertEquals(Set.of(5_000_000_000L), x.investmentsOf("绿色算力产业园项目"));
    }

    @Test
    void aRoadNamedForBuildingKeepsItsName() {
        Extracted x = Extracted.body("今年，北岭县将实施建设路改造工程，计划投资8000万元。");
        assertTrue(x.names(EntityType.PROJECT).contains("建设路改造工程"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void twoProjectsBuiltTogetherAreNotCutIntoOneName() {
        Extracted x = Extracted.body("北岭区引进20亿元高标准建设甲辰物流城和乙辰汽配城两个物流项目，可谓大手笔。");
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("和")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aBracketOfFactsEndsTheNameBeforeTheNextItem() {
        Extracted x = Extracted.body("此次开工的项目包括：甲辰新能源电池项目（总投资12亿元）、乙辰机床智能产线项目（总投资5.5亿元）"
                + "和丙辰智慧物流项目（总投资3亿元）。");
        assertEquals(Set.of(300_000_000L), x.investmentsOf("丙辰智慧物流项目"), x.facts.entities().toString());
        assertEquals(Set.of(550_000_000L), x.investmentsOf("乙辰机床智能产线项目"));
    }
    @Test
    void aCompanyBuildingInALongNamedParkOwnsTheProject() {
        Extracted x = Extracted.body("为延伸产业链，东辰集团在河口市东湾石油化工产业园投资建设年产60万吨聚酯项目。");
        assertEquals(Set.of("东辰集团"), x.enterprisesOf("年产60万吨聚酯项目"), x.facts.entities().toString());
    }
}
