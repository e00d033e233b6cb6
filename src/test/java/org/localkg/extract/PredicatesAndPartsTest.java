package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a sentence says of a project rather than names (是…的某类项目, a ceremony's venue, a zone and a
 * kind of projects joined), a relative clause before a project's name, a zone's part after 及, and a
 * park called with and without its city.
 */
class PredicatesAndPartsTest {
    @Test
    void aKindSaidOfAProjectAfterShiIsNoProject() {
        Extracted x = Extracted.body("投资1.5亿元的北岭乳品工业园项目，是补齐乳品加工短板，推动产业协同发展的延链强链项目；"
                + "投资0.6亿元的东湾1号营地项目，是文旅与科技融合发展的特色研学旅游项目。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.contains("延链强链项目"), projects.toString());
        assertFalse(projects.contains("特色研学旅游项目"), projects.toString());
        assertTrue(projects.contains("东湾1号营地项目"), projects.toString());
    }

    @Test
    void aPlaceAfterShiAndDeStillNamesAProject() {
        Extracted x = Extracted.body("该工程，是永和县的永和县东干渠改造项目，总投资2亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("永和县东干渠改造项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCeremonysVenueIsNoProject() {
        Extracted x = Extracted.body("4月8日，全区重大项目建设动员大会东湾分会场项目集中开工，北岭化工新材料项目总投资20亿元。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.stream().anyMatch(p -> p.contains("分会场")), projects.toString());
    }

    @Test
    void aRelativeClauseOpensNoProjectsName() {
        Extracted x = Extracted.body("同时，备受北岭市民关注的北岭至东湾城际铁路也启动建设，该项目投资65亿元。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("北岭至东湾城际铁路"), projects.toString());
        assertEquals(Set.of(6_500_000_000L), x.investmentsOf("北岭至东湾城际铁路"));
    }

    @Test
    void aZonesPartBeforeJiIsAParkAndTheKindAfterItNoProject() {
        Extracted x = Extracted.body("市领导听取市发改委、各县区、北岭自由贸易试验区营口片区及重点企业项目谋划情况。");
        assertTrue(x.names(EntityType.PARK).contains("北岭自由贸易试验区营口片区"), x.names(EntityType.PARK).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(p -> p.contains("重点企业")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aParkNamedWithItsCityAndCountyIsAlsoCalledWithoutTheCity() {
        Extracted x = Extracted.body("4月8日，在乌海市海南区东湾产业园举行了项目集中开工仪式。");
        Entity park = x.entity("乌海市海南区东湾产业园");
        assertTrue(park != null && park.keys().contains(org.localkg.resolve.Names.key("海南区东湾产业园")), x.facts.entities().toString());
    }

    @Test
    void theSentenceAfterAProjectsHeadingGivesItsBuilderAndAmount() {
        Extracted x = Extracted.body("（2）北岭智能制造产业城建设项目。由东辰置业有限公司投资建设，总占地80万平方米，总投资56.5亿元，"
                + "重点建设研发中心和总部基地。（3）东湾物流港项目。项目占地300亩。");
        assertEquals(Set.of("东辰置业有限公司"), x.enterprisesOf("北岭智能制造产业城建设项目"));
        assertEquals(Set.of(5_650_000_000L), x.investmentsOf("北岭智能制造产业城建设项目"));
        assertTrue(x.enterprisesOf("东湾物流港项目").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aParkOpeningAProjectsNameAfterItsBuildersWordsStartsAtItsPlace() {
        Extracted x = Extracted.body("投资2.5亿元的东辰大地新能源永昌化工循环产业园集中供汽项目计划年底建成。");
        assertEquals(Set.of("永昌化工循环产业园"), x.parksOf("东辰大地新能源永昌化工循环产业园集中供汽项目"));
        assertFalse(x.names(EntityType.PARK).contains("东辰大地新能源永昌化工循环产业园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aParkWhoseNameHoldsAPlaceAfterAShortWordKeepsIt() {
        Extracted x = Extracted.body("中新天津生态城智慧交通项目于当天开工。");
        assertFalse(x.names(EntityType.PARK).contains("天津生态城"), x.names(EntityType.PARK).toString());
    }
}
