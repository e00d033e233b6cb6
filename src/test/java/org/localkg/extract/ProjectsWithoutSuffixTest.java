package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Projects named without 项目 or 工程 (failure class 2 of issue 7): lists after a signing or a
 * ground-breaking, works named by their kind with their stage, products. Every sentence is made up.
 */
class ProjectsWithoutSuffixTest {
    @Test
    void whatACompanyBuildsInAParkIsAProjectOfThatPark() {
        Extracted x = Extracted.body("其中，华诚机电有限公司将在滨湖高新区建设华诚智能装备研发总部基地，投资3.2亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("华诚智能装备研发总部基地"), x.names(EntityType.PROJECT)::toString);
        assertEquals(Set.of("滨湖高新区"), x.parksOf("华诚智能装备研发总部基地"));
        assertEquals(new java.math.BigDecimal("320000000"), x.facts.investments().get(0).yuan());
        Extracted y = Extracted.body("我们将在滨湖高新区建设一流营商环境。");
        assertTrue(y.names(EntityType.PROJECT).isEmpty(), y.names(EntityType.PROJECT)::toString);
    }

    @Test
    void twoLoneCharactersTheDictionaryDoesNotJoinAreAName() {
        Extracted x = Extracted.body("作为开工单位，华诚集团此次带来了滨江普通商品房项目、商业办公项目、港能总部项目，占地260亩。");
        assertTrue(x.names(EntityType.PROJECT).contains("港能总部项目"), x.names(EntityType.PROJECT)::toString);
        assertFalse(x.names(EntityType.PROJECT).contains("商业办公项目"), "common words only: a kind of project");
    }

    @Test
    void whatHoldsAGroundBreakingCeremonyIsAProject() {
        Extracted x = Extracted.body("同时，去年冬天滨江家居生活广场也举行了开工仪式，总投资额约8.5亿元人民币，预计明年建成。");
        assertEquals(Set.of("滨江家居生活广场"), x.names(EntityType.PROJECT));
        assertEquals(new java.math.BigDecimal("850000000"), x.facts.investments().get(0).yuan());
        Extracted y = Extracted.body("昨天上午，全市重点项目举行集中开工仪式。");
        assertTrue(y.names(EntityType.PROJECT).isEmpty(), y.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aSignedListAfterAColonIsProjects() {
        Extracted x = Extracted.body("本次集中签约项目包括：华丰电缆设备、瑞康生物检测试剂和远景储能系统等。");
        assertEquals(Set.of("华丰电缆设备", "瑞康生物检测试剂", "远景储能系统"), x.names(EntityType.PROJECT));
    }

    @Test
    void aListOfGroundBreakingsWithoutAColon() {
        Extracted x = Extracted.body("此次集中开工的项目有新北智能装备产业链、东方精密轴承扩能，总投资38亿元。");
        assertEquals(Set.of("新北智能装备产业链", "东方精密轴承扩能"), x.names(EntityType.PROJECT));
        assertTrue(x.facts.investments().isEmpty(), "a sum after a list belongs to the list, not its last item");
    }

    @Test
    void aListItemAndItsFullNameAreOneProject() {
        Extracted x = Extracted.body("签约项目分别是：锐科激光装备、天成新能源电池。其中，天成新能源电池项目计划总投资20亿元。");
        Entity p = x.entity("天成新能源电池项目");
        assertTrue(p.keys().contains(org.localkg.resolve.Names.key("天成新能源电池")), p.keys().toString());
        assertEquals(2, x.names(EntityType.PROJECT).size(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aSumOrACountAfterTheCueIsNoList() {
        Extracted x = Extracted.body("签约项目总投资达120亿元，涵盖新能源、新材料等领域。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aRailwayOpenedToTrafficIsAProjectInOperation() {
        Extracted x = Extracted.body("日前，滨河城际铁路全线通车，沿线群众出行更加便捷。");
        assertTrue(x.names(EntityType.PROJECT).contains("滨河城际铁路"), x.facts.entities().toString());
        assertTrue(x.facts.statuses().stream().anyMatch(s -> s.status() == ProjectStatus.IN_OPERATION));
    }

    @Test
    void aNewCampusOrAParkOpenedIsAProject() {
        Extracted x = Extracted.body("市第一人民医院新院区正式启用。6月18日，青龙湖体育公园正式开园。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("市第一人民医院新院区", "青龙湖体育公园")),
                x.facts.entities().toString());
    }

    @Test
    void aReservoirNamedWithoutAStageIsNoProject() {
        Extracted x = Extracted.body("东湖水库是全市重要的饮用水源地。");
        assertFalse(x.names(EntityType.PROJECT).contains("东湖水库"), x.facts.entities().toString());
    }

    @Test
    void aCompanysProductProjectIsNamedByWhatItMakes() {
        Extracted x = Extracted.body("东方新材料有限公司的年产5万吨锂电隔膜项目已开工。");
        assertEquals(Set.of("东方新材料有限公司"), x.enterprisesOf("年产5万吨锂电隔膜项目"));
    }

    @Test
    void aWorkNamedWithAProfessionsWordIsAProject() {
        // 电工 is tagged as a title; with no holder after it, it is a word of the name (电工|电器)
        Extracted x = Extracted.body("这次检查观摩了青川电科院电工电器产品试验研究基地、青川欣茂电气产业园、青川上禾电气产业园和明林中科产业升级改造搬迁四个项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("青川电科院电工电器产品试验研究基地"), x.names(EntityType.PROJECT)::toString);
        Extracted y = Extracted.body("会上，市长周明宣布全市深化转型项目集中开工。");
        assertTrue(y.names(EntityType.PROJECT).isEmpty(), y.names(EntityType.PROJECT)::toString);
    }

    @Test
    void thePartsOfOneProjectAreNoProjects() {
        Extracted x = Extracted.body("青禾建设有限公司将在东岭市建设国际五金机电城项目。该项目包括工具区、大型机械区、仓储物流区、综合配套区等，明年开工建设。");
        assertEquals(Set.of("国际五金机电城项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void itemsBeforeTheSiteOfProjectsAreProjectsEvenWhenABrandOpensThem() {
        Extracted x = Extracted.body("市委书记何建华在东岭工业园调研。随后来到东岭智能风机装备制造、重塑科技氢燃料电池、"
                + "北辰特种玻璃等项目规划建设现场，与企业负责人深入交流。");
        assertEquals(Set.of("东岭智能风机装备制造", "重塑科技氢燃料电池", "北辰特种玻璃"), x.names(EntityType.PROJECT));
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), "the head says projects: " + x.names(EntityType.ENTERPRISE));
        assertTrue(x.facts.inspections().get(0).targets().stream().map(Entity::name).toList().contains("重塑科技氢燃料电池"));
    }

    @Test
    void twoNamesThatEachOpenWithAPlaceAreTwoThings() {
        Extracted x = Extracted.body("午后一行人转到城西，查看了兰州东岭软件城和北京东岭中学兰州分校项目的施工组织。");
        assertTrue(x.names(EntityType.PROJECT).contains("北京东岭中学兰州分校项目"), x.names(EntityType.PROJECT)::toString);
        assertTrue(x.facts.find("兰州东岭软件城").isPresent(), x.facts.entities()::toString);
        assertTrue(x.facts.find("兰州东岭软件城和北京东岭中学兰州分校项目").isEmpty());
        Extracted y = Extracted.body("东岭公司磷酸铁锂和动力电池项目开工。");
        assertEquals(Set.of("东岭公司磷酸铁锂和动力电池项目"), y.names(EntityType.PROJECT), "no place on either side: one name");
    }

    @Test
    void aNameQuotedAfterTheWordProjectIsThatProject() {
        Extracted x = Extracted.body("今年计划复工的市级重点项目“北岭远川百兆瓦风光互补发电场”，位于东坪县境内，总投资约9.2亿元。");
        assertEquals(Set.of("北岭远川百兆瓦风光互补发电场"), x.names(EntityType.PROJECT));
        Extracted slogans = Extracted.body("确保项目“早落地、早见效”，推动工程“一天也不耽误”，保障项目“快开快建”。");
        assertTrue(slogans.names(EntityType.PROJECT).isEmpty(), slogans.names(EntityType.PROJECT)::toString);
    }

    @Test
    void worksReportedDoneOrUnderTrialAreProjectsAndTheWorkStageNamesNone() {
        Extracted x = Extracted.body("入夏以来各项工程抓紧施工，东坪干渠配套二期全部完工，北河滩水库已完成主体工程，"
                + "西岭至南坪高速已完成主体施工，远川新材料10GW电池片生产线试生产。");
        assertEquals(Set.of("北河滩水库", "西岭至南坪高速", "远川新材料10GW电池片生产线"), x.names(EntityType.PROJECT));
        Extracted y = Extracted.body("年内路网加密提速，东坪客运枢纽已实现主体结构封顶，南岭路西延段开工建设。");
        assertTrue(y.names(EntityType.PROJECT).contains("东坪客运枢纽"), y.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aFacilityBuiltInACountyThatTheNextClauseCallsAProjectIsOne() {
        Extracted x = Extracted.body("据悉，东岭能源有限公司规划在东山县建设500MW光伏发电基地，项目按照统一规划分期实施。");
        assertEquals(Set.of("500MW光伏发电基地"), x.names(EntityType.PROJECT));
        // the company opening the sentence after 据悉 builds it
        assertEquals(Set.of("东岭能源有限公司"), x.enterprisesOf("500MW光伏发电基地"));
        // without a clause calling it a project, a facility built in a county is not taken for one
        Extracted plain = Extracted.body("据悉，东岭能源有限公司规划在东山县建设500MW光伏发电基地。");
        assertTrue(plain.names(EntityType.PROJECT).isEmpty(), plain.names(EntityType.PROJECT)::toString);
    }
}
