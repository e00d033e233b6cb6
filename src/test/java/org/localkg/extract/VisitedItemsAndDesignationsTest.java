package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Items of a visited list and what follows them, designations before a name, districts named for their peoples,
 * the park inside a zone a project is placed in, and companies between two verbs of a visit (our own sentences).
 */
class VisitedItemsAndDesignationsTest {

    @Test
    void aWorksNameEndsAtItsProjectWordBeforeTheBuilding() {
        Extracted x = Extracted.body("本报讯 6月2日，市长赵明实地调研恒瑞储能电解液生产、同欣轻烃深加工项目建设和戈尔电梯、"
                + "超芯电线电缆公司生产运营情况。");
        assertEquals(Set.of("同欣轻烃深加工项目"), x.names(EntityType.PROJECT));
        assertTrue(x.targetsOf("赵明").contains("同欣轻烃深加工项目"), x.targetsOf("赵明").toString());
        assertFalse(x.names(EntityType.ENTERPRISE).stream().anyMatch(n -> n.contains("项目")), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.facts.statuses().isEmpty(), x.facts.statuses().toString()); // 运营情况: what the visit looked into
    }

    @Test
    void theMatterAVisitLooksIntoIsNoStageReached() {
        Extracted x = Extracted.body("本报讯 6月2日，市长赵明实地调研恒欣轻烃深加工项目和超芯电线电缆公司生产运营情况。");
        assertTrue(x.names(EntityType.PROJECT).contains("恒欣轻烃深加工项目"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.facts.statuses().stream().noneMatch(s -> s.project().name().equals("恒欣轻烃深加工项目")),
                x.facts.statuses().toString());
    }

    @Test
    void aTradeAfterABrandNamesACompanyInAVisitedList() {
        Extracted x = Extracted.body("本报讯 6月2日，市长赵明实地调研恒瑞储能电解液生产、同欣轻烃深加工项目建设和戈尔电梯、"
                + "超芯电线电缆公司生产运营情况。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("戈尔电梯"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void theLastVisitedItemEndsBeforeTheVerbAfterItsProjectWord() {
        Extracted x = Extracted.body("本报讯 10日，市长赵明先后深入东山高新区华科创新园、北塘区恒远智慧产业园项目开展现场观摩。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("开展")), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("北塘区恒远智慧产业园项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aDesignationOfTheKindIsNoPartOfTheNameAfterIt() {
        Extracted x = Extracted.body("本报讯 4月1日，省百大项目金泰集团肉食品一体化项目、大豆深加工项目开工仪式举行。");
        assertTrue(x.names(EntityType.PROJECT).contains("金泰集团肉食品一体化项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("金泰集团"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of("金泰集团"), x.enterprisesOf("金泰集团肉食品一体化项目"));
    }

    @Test
    void aKeyProjectDesignationBeforeTheNameToo() {
        Extracted x = Extracted.body("本报讯 4月1日，省重点项目金泰集团肉食品一体化项目开工仪式举行。");
        assertEquals(Set.of("金泰集团肉食品一体化项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aPlaceAsAWholeAndItsVerbNameNoWorks() {
        Extracted x = Extracted.body("本报讯 今年以来，东山市全市上下狠抓项目、全力加速重点产业建设。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aDistrictNamedWithoutItsPeoplesHoldsAPost() {
        Extracted x = Extracted.body("本报讯 4月1日，梅里斯区委书记韩立明，区人大常委会主任钱志国出席仪式。");
        assertEquals(Set.of("韩立明", "钱志国"), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of("梅里斯区委书记"), x.posts("韩立明"));
    }

    @Test
    void aProjectPlacedInAZonesParkIsInThePark() {
        Extracted x = Extracted.body("本报讯 3月18日，当天开工的恒达年产500万吨焦化项目，位于东山经济技术开发区两河产业园，"
                + "是今年省重点项目。该项目总投资9.8亿元。");
        Entity park = x.entity("东山经济技术开发区两河产业园");
        assertTrue(park.is(EntityType.PARK));
        assertEquals(Set.of("东山经济技术开发区两河产业园"), x.parksOf("恒达年产500万吨焦化项目"));
    }

    @Test
    void aCompanyBetweenGoingAndLookingIsVisited() {
        Extracted x = Extracted.body("本报讯 在各县市，书记赵明调研了一批重点企业和项目。在东河县深入恒科能源察看，听取县内重点企业情况汇报。");
        assertEquals(Set.of("恒科能源"), x.names(EntityType.ENTERPRISE));
        assertTrue(x.targetsOf("赵明").contains("恒科能源"), x.targetsOf("赵明").toString());
    }

    @Test
    void aFieldBetweenGoingAndLookingIsNoCompany() {
        Extracted x = Extracted.body("本报讯 近日，书记赵明深入新型能源察看，了解产业发展情况。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aCompanysUnitSomeoneHeadsIsNoWorks() {
        Extracted x = Extracted.body("本报讯 4月1日，恒远集团北江产业园总经理刘强、副市长王军出席开工仪式。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("产业园")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanysOwnParkIsStillItsWorks() {
        Extracted x = Extracted.body("本报讯 4月1日，恒远集团北江新材料产业园开工仪式举行，副市长王军出席。");
        assertTrue(x.names(EntityType.PROJECT).contains("恒远集团北江新材料产业园"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVisitedWorksBuildingDoesNotSwallowTheNextItem() {
        Extracted x = Extracted.body("本报讯 近日，县委书记王刚先后来到金川矿业、锦程新能源电池项目施工和泰和化工公司调研。");
        assertEquals(Set.of("锦程新能源电池项目"), x.names(EntityType.PROJECT));
        assertEquals(Set.of("锦程新能源电池项目", "金川矿业", "泰和化工公司"), x.targetsOf("王刚"));
    }

    @Test
    void aDesignationsWordsInsideABrandStayItsName() {
        Extracted x = Extracted.body("本报讯 近日，宏达重大工程装备有限公司新厂房投产。");
        assertEquals(Set.of("宏达重大工程装备有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aFieldBeforeATradeBetweenGoingAndLookingIsNoCompany() {
        Extracted x = Extracted.body("本报讯 近日，县委书记王刚深入光伏能源察看电站运行，又前往新材料科技考察项目进展。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aStageJudgedGoingWellIsReached() {
        Extracted x = Extracted.body("本报讯 近日，凯达机械项目试生产情况良好，预计下月正式投产。");
        assertTrue(x.facts.statuses().stream().anyMatch(s -> s.project().name().equals("凯达机械项目")), x.facts.statuses().toString());
    }

    @Test
    void aListGoesOnIntoTheProjectsItsHeadCounts() {
        Extracted x = Extracted.body("本报讯 围绕基础设施建设，清单中包含了东湖铁路北段(含站本体)、轨道交通8号线东延伸、G25公路南段改建、"
                + "白河航道整治，以及雨水泵站等27个市级工程项目和东山枢纽服务中心、北广场等19个区级工程项目。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("东湖铁路北段", "轨道交通8号线东延伸", "G25公路南段改建", "白河航道整治", "东山枢纽服务中心")),
                projects.toString());
        assertTrue(projects.stream().noneMatch(n -> n.contains("站本体") || n.startsWith("和")), projects.toString());
    }

    @Test
    void theAreasOfTheWorksAreNoWorks() {
        Extracted x = Extracted.body("本报讯 近日，东山区推出产业、基础设施、社会事业等方面116项重点工程，总投资356亿元。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aHeadlinesCountOfProjectsIsNoName() {
        Extracted x = Extracted.titled("东山区24项目签约1500亿", "本报讯 昨日，东山区招商引资项目推介会举行，24个项目现场签约。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aCeremonysVenueWordIsNoPartOfAName() {
        Extracted x = Extracted.body("本报讯 3月20日，北疆兵团第五师2022年项目集中开(复)工仪式，在主会场东河农场，分会场兵团东山经济技术开发区、二二一团举行。");
        assertTrue(x.names(EntityType.PARK).stream().anyMatch(n -> n.endsWith("东山经济技术开发区")), x.names(EntityType.PARK).toString());
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.contains("会场")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCorpsIsABodyNoCompany() {
        Extracted x = Extracted.body("本报讯 3月20日，北疆兵团第五师项目集中开工仪式在东河农场举行。北疆兵团有关负责人出席。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aCompanyNamedWithACorpsWordKeepsItsName() {
        Extracted x = Extracted.body("本报讯 近日，天马兵团科技有限公司年产5万吨新材料项目投产。");
        assertEquals(Set.of("天马兵团科技有限公司"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of(), x.names(EntityType.ORGANIZATION));
    }

    @Test
    void tasksBeforeAListOfProjectsAreNoWorks() {
        Extracted x = Extracted.body("本报讯 近日，会议强调，要抓好安全生产、环境保护，以及青湖大桥等3个项目的质量监管。");
        assertEquals(Set.of("青湖大桥"), x.names(EntityType.PROJECT));
    }

    @Test
    void aListHeldInABracketStaysAList() {
        Extracted x = Extracted.body("本报讯 近日，5个重点项目（其中包括青城大桥、青城水厂等）集中开工。");
        assertTrue(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("青城大桥")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aHeadOfKindsKeepsTheNamedWorks() {
        Extracted x = Extracted.body("本报讯 近日，云台大桥、云台水库等各类项目进展顺利，青石大桥、青石水库等方面工程也已开工。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("云台大桥", "云台水库", "青石大桥", "青石水库")),
                x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aRoadsOrAModelsNumberBeforeTheWorksWordIsAName() {
        Extracted x = Extracted.body("本报讯 近日，国道318项目顺利通车，天宫2035项目在青云园签约。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("国道318项目", "天宫2035项目")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVenueBeforeAVerbLeavesTheNameAfterIt() {
        Extracted x = Extracted.body("本报讯 近日，主会场设在金沙湾文旅项目，分会场设在金沙湾度假区。");
        assertTrue(x.names(EntityType.PROJECT).contains("金沙湾文旅项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void anIndustrialZoneHoldsTheParkNamedAfterIt() {
        Extracted x = Extracted.body("本报讯 近日，市长赵明来到东河工业园区航港综合经济园，调研园区建设。");
        assertTrue(x.names(EntityType.PARK).contains("东河工业园区"), x.names(EntityType.PARK).toString());
        assertTrue(x.entity("东河工业园区航港综合经济园").aliases().contains("航港综合经济园"), x.names(EntityType.PARK).toString());
    }
}
