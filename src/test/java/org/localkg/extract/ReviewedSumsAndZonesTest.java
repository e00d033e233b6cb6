package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards from a review of the signed sums, short zones, plain items and parks' phases: what they must not take. */
class ReviewedSumsAndZonesTest {
    @Test
    void aTotalEstimateIsStillAnInvestment() {
        Extracted x = Extracted.body("宏达铝业扩建项目总概算投资12.6亿元，预计明年建成。");
        assertEquals(Set.of(1_260_000_000L), x.investmentsOf("宏达铝业扩建项目"));
    }

    @Test
    void anEventsSignedSumIsNoProjects() {
        Extracted x = Extracted.body("恒信新材料产业园项目日前成功签约。据统计，本届招商周签约额超过120亿元。");
        assertTrue(x.investmentsOf("恒信新材料产业园项目").isEmpty(), x.investmentsOf("恒信新材料产业园项目").toString());
        Extracted y = Extracted.body("压轴签约的是恒信新材料产业园项目，当天现场签约额共计85亿元。");
        assertTrue(y.investmentsOf("恒信新材料产业园项目").isEmpty(), y.investmentsOf("恒信新材料产业园项目").toString());
    }

    @Test
    void aProjectsSignedSumAfterACommaIsItsInvestment() {
        Extracted x = Extracted.body("北岭智能装备项目，签约额5亿元，投资方为北岭星海机械有限公司。");
        assertEquals(Set.of(500_000_000L), x.investmentsOf("北岭智能装备项目"));
    }

    @Test
    void theSectionsOfOneProjectDoNotMakeItAKind() {
        Extracted x = Extracted.body("滨江快速路工程共12个标段，目前已全部进场施工。");
        assertTrue(x.names(EntityType.PROJECT).contains("滨江快速路工程"), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("恒达新能源汽车产业园项目有三个突出特点。");
        assertTrue(y.names(EntityType.PROJECT).contains("恒达新能源汽车产业园项目"), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void theItemsAfterACountOfProjectsAreProjectsNotParts() {
        Extracted x = Extracted.body("共签约15个项目，总投资120亿元，项目包括恒达新材料产业园、华瑞智能装备基地、博远冷链物流中心等。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("恒达新材料产业园", "华瑞智能装备基地")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void anInstitutionAmongANamedProjectsPartsIsNoProject() {
        Extracted x = Extracted.body("恒达智慧物流园项目建设主要包括恒达研究院、人才公寓等。");
        assertFalse(x.names(EntityType.PROJECT).contains("恒达研究院"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void twoTimeCharactersAreATime() {
        Extracted x = Extracted.body("今秋滨江经开区新签约项目12个。");
        assertEquals(Set.of("滨江经开区"), x.names(EntityType.PARK));
    }

    @Test
    void aPersonalPronounsCharactersMayOpenAName() {
        Extracted x = Extracted.body("近日，大家居产业园项目在我县开工，项目总投资10亿元。");
        assertEquals(Set.of(1_000_000_000L), x.investmentsOf("大家居产业园项目"));
    }

    @Test
    void aParksPhaseIsNoSecondPark() {
        Extracted x = Extracted.body("在主会场，金桥工业园三期的恒信物流有限公司智慧物流园、华瑞药业有限公司中药研发基地同时开工建设。金桥工业园管委会主任李明出席。");
        assertEquals(Set.of("金桥工业园"), x.names(EntityType.PARK));
        assertEquals(Set.of("金桥工业园"), x.parksOf("华瑞药业有限公司中药研发基地"));
    }

    @Test
    void aNewZoneIsNoCitysInitial() {
        Extracted x = Extracted.body("新疆维吾尔自治区召开会议，支持新开发区与老园区协同发展。");
        assertFalse(x.names(EntityType.PARK).contains("新开发区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void parksLongRunAreNoWorks() {
        Extracted x = Extracted.body("恒达集团有限公司工业园、华瑞集团有限公司产业园运营多年，吸纳就业5000余人。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("恒达科技有限公司研发中心、华瑞集团有限公司结算中心同时启动运营。");
        assertTrue(y.names(EntityType.PROJECT).isEmpty(), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void programmesAndKindsOfWorksAmongNamedProjectsStayKinds() {
        Extracted x = Extracted.body("恒达医药产业园项目、顺通航空零部件生产基地项目、乡村振兴项目、数字经济项目、道路提升改造工程、"
                + "农村饮水安全工程、华瑞储能产业园项目等12个项目集中开工。");
        Set<String> projects = x.names(EntityType.PROJECT);
        for (String kind : Set.of("乡村振兴项目", "数字经济项目", "道路提升改造工程", "农村饮水安全工程")) {
            assertFalse(projects.contains(kind), kind + " in " + projects);
        }
    }

    @Test
    void aSumToBuildTwoWorksIsNeithersAlone() {
        Extracted x = Extracted.body("恒达集团计划在滨江新区投资100亿元建设标准化厂房项目和配套仓储物流中心项目。");
        assertTrue(x.investmentsOf("标准化厂房项目").isEmpty(), x.investmentsOf("标准化厂房项目").toString());
    }
}
