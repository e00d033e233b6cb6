package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A leader who announces that works start, a visiting party with members the text gives no title, a park
 * of the event's zone visited beside a project, a park's phase built new, and the whole of two names that
 * open at one place.
 */
class AnnouncersAndPartiesTest {
    @Test
    void whoAnnouncesThatWorksStartIsAnOfficial() {
        Extracted x = Extracted.body("本报讯 9月3日，全县重点项目集中开工仪式在南川工业园区举行。周立新宣布全县第三批项目集中开工。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("周立新"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void whoAnnouncesSomethingElseIsNoOfficialForIt() {
        Extracted x = Extracted.body("本报讯 记者从会上获悉，周立新宣布退出该公司董事会。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("周立新"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void anUntitledMemberOfTheVisitingPartyLeavesTheOfficialsVisit() {
        Extracted x = Extracted.body("本报讯 9月3日，县长周立新主持召开项目推进会。会后，周立新、张志强一行深入南川恒泰机械有限公司技改项目进行了观摩。");
        assertTrue(x.targetsOf("周立新").contains("南川恒泰机械有限公司技改项目"), x.targetsOf("周立新").toString());
        assertFalse(x.names(EntityType.OFFICIAL).contains("张志强"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aNameTheSegmenterBrokeBeforeThePartyStillLeavesTheVisit() {
        Extracted x = Extracted.body("本报讯 9月3日，县长周立新主持召开项目推进会。会后，周立新、丁大为一行深入南川恒泰机械有限公司技改项目进行了观摩。");
        assertTrue(x.targetsOf("周立新").contains("南川恒泰机械有限公司技改项目"), x.targetsOf("周立新").toString());
    }

    @Test
    void theLastCharacterOfANameBeforeThePartyIsTheNames() {
        Extracted x = Extracted.body("本报讯 县长周立新、副县长李明辉一行来到南川工业园区调研。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("李明辉"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aParkOfTheEventsZoneVisitedBesideAProjectLeavesTheProjectInTheZone() {
        Extracted x = Extracted.body("本报讯 9月3日，全县项目集中开工仪式在南川经济开发区举行。县长周立新宣布项目开工。"
                + "随后，周立新一行深入南川恒泰机械有限公司技改项目和南川经开区低碳生态园进行了观摩。");
        assertEquals(Set.of("南川经济开发区"), x.parksOf("南川恒泰机械有限公司技改项目"));
        assertTrue(x.targetsOf("周立新").contains("南川经开区低碳生态园"), x.targetsOf("周立新").toString());
        assertFalse(x.targetsOf("周立新").contains("南川经济开发区"), x.targetsOf("周立新").toString());
    }

    @Test
    void aParksPhaseBuiltNewIsNamedWithThePark() {
        Extracted x = Extracted.body("本报讯 南川智能装备产业园新建三期项目，总投资6亿元，今年计划完成投资3亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("南川智能装备产业园新建三期项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(600_000_000L), x.investmentsOf("南川智能装备产业园新建三期项目"));
    }

    @Test
    void aSumAfterTwoNamesOpeningAtOnePlaceIsTheWholeOnes() {
        Extracted x = Extracted.body("本报讯 南川恒泰产业园项目今天开工。南川恒泰产业园新建二期项目，总投资9亿元。");
        assertEquals(Set.of(900_000_000L), x.investmentsOf("南川恒泰产业园新建二期项目"));
        assertTrue(x.investmentsOf("南川恒泰产业园项目").isEmpty(), x.investmentsOf("南川恒泰产业园项目").toString());
    }

    @Test
    void whoDirectsPublicBodiesIsAnOfficial() {
        Extracted x = Extracted.body("本报讯 视察组对全县重点项目建设给予肯定。吴海涛指出，县政府及有关部门要强化服务保障。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("吴海涛"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void anExpertsRemarkMakesNoOfficial() {
        Extracted x = Extracted.body("本报讯 论坛上，吴海涛指出，该技术可将能耗降低三成。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("吴海涛"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aZonesPartySecretaryWhoChairsItsCompanyIsAnOfficial() {
        Extracted x = Extracted.body("本报讯 南川经济开发区党委书记、董事长吴海涛在开工仪式上致辞。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("吴海涛"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.posts("吴海涛").contains("南川经济开发区党委书记"), x.posts("吴海涛").toString());
    }

    @Test
    void aCompanysPartySecretaryWhoChairsItIsNoOfficial() {
        Extracted x = Extracted.body("本报讯 南川恒泰集团党委书记、董事长吴海涛在开工仪式上致辞。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("吴海涛"), x.names(EntityType.OFFICIAL).toString());
        Extracted y = Extracted.body("本报讯 恒泰燃气轮机党委书记、董事长吴海涛在开工仪式上致辞。");
        assertFalse(y.names(EntityType.OFFICIAL).contains("吴海涛"), y.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void theOfficialWhoSumsUpAPartysInspectionLedIt() {
        Extracted x = Extracted.body("本报讯 视察组一行先后到北岭恒泰新材料有限公司扩建项目、北岭华瑞科技有限公司研发中心项目等项目现场，听取汇报。"
                + "视察组对全市重点项目建设给予肯定。吴海涛指出，市政府及有关部门要强化服务保障。");
        assertTrue(x.targetsOf("吴海涛").contains("北岭恒泰新材料有限公司扩建项目"), x.targetsOf("吴海涛").toString());
    }

    @Test
    void anOfficialNamedBeforeThePartysVisitIsNotTakenForItsLeader() {
        Extracted x = Extracted.body("本报讯 市长孙明主持召开座谈会。视察组一行先后到北岭恒泰新材料有限公司扩建项目现场。"
                + "吴海涛指出，市政府及有关部门要强化服务保障。");
        assertTrue(x.targetsOf("吴海涛").isEmpty(), x.targetsOf("吴海涛").toString());
    }

    @Test
    void aClauseOpeningWithToIsATimeNotAVisit() {
        Extracted x = Extracted.body("本报讯 视察组对全市重点项目建设给予肯定。到2025年，北岭恒泰新材料有限公司扩建项目将全面投产。"
                + "吴海涛指出，市政府及有关部门要强化服务保障。");
        assertTrue(x.targetsOf("吴海涛").isEmpty(), x.targetsOf("吴海涛").toString());
    }
}
