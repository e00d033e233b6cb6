package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the review of 94fca21 found, in sentences of our own: each guards a fault it showed or a case it confirmed. */
class ReviewedClassesAndPointersTest {

    @Test
    void aSpeakerTellingOthersToGoIntoCompaniesVisitsNone() {
        Extracted x = Extracted.body("本报讯 近日，市委书记赵立群到高新区调研。祥和线缆有限公司、恒远包装有限公司去年纳税过亿元。"
                + "赵立群强调，各级干部要经常深入企业，帮助解决困难。");
        assertFalse(x.targetsOf("赵立群").contains("祥和线缆有限公司"), x.targetsOf("赵立群").toString());
    }

    @Test
    void aPartnerNamedFurtherOnIsNotWalkedInto() {
        Extracted x = Extracted.body("本报讯 近日，市委书记赵立群到高新区调研。祥和线缆有限公司董事长介绍，公司已与恒远包装有限公司合作。"
                + "赵立群走进企业，了解研发情况。");
        assertTrue(x.targetsOf("赵立群").contains("祥和线缆有限公司"), x.targetsOf("赵立群").toString());
        assertFalse(x.targetsOf("赵立群").contains("恒远包装有限公司"), x.targetsOf("赵立群").toString());
    }

    @Test
    void companiesOpeningALaterClauseAreWalkedInto() {
        Extracted x = Extracted.body("本报讯 近日，市委书记赵立群到城西调研。今年以来，祥和线缆有限公司、恒远包装有限公司订单增长明显。"
                + "赵立群走进企业，详细了解订单情况。");
        assertTrue(x.targetsOf("赵立群").containsAll(Set.of("祥和线缆有限公司", "恒远包装有限公司")), x.targetsOf("赵立群").toString());
    }

    @Test
    void theCampaignOfInvestigationIsNoVisit() {
        Extracted x = Extracted.body("本报讯 近日，市委书记赵立群主持召开大兴调查研究工作推进会，祥和集团负责人参加会议。");
        assertEquals(ArticleFrame.Event.MEETING, x.facts.frame().event());
    }

    @Test
    void problemsCountedByClassAreNoProjects() {
        Extracted x = Extracted.body("本报讯 近日，全县督查重点项目24个，发现问题16项。其中：审批类6项，具体为：城北物流园环评未批、祥和新材料用地未报。");
        assertFalse(x.names(EntityType.PROJECT).contains("祥和新材料用地未报"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void rulesCountedWithXiangAreNoProjects() {
        Extracted x = Extracted.body("本报讯 近日，市里出台6项政策支持项目建设，包括：贷款贴息、用地优惠、人才引进。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void oneClassAfterAnotherKeepsListingTheCountedProjects() {
        Extracted x = Extracted.body("本报讯 近日，全县开工项目共8个，其中：工业类4个，分别是祥和新材料、恒远电子；基础设施类4个，分别是滨湖大道、北环路。");
        assertTrue(x.names(EntityType.PROJECT).contains("滨湖大道"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void estatesAndExpoGardensAreNoParks() {
        Extracted x = Extracted.body("本报讯 近日，家住金水区黄河园的居民反映，小区电梯故障。园博会上，江苏徐州园、湖北襄阳园精彩亮相。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
    }

    @Test
    void sectionsCountedAfterWorksLeaveThemWorks() {
        Extracted x = Extracted.body("本报讯 近日，市里对金沙湖隧道、滨江大道南延2个标段进行检查。");
        assertTrue(x.names(EntityType.PROJECT).contains("金沙湖隧道"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void placesInTurnAreNoSlogan() {
        Extracted x = Extracted.body("本报讯 近日，南湖北湖西湖工程正式开工。");
        assertEquals(Set.of("南湖北湖西湖工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void aParkTheArticleWorksInStillHoldsItsProjects() {
        Extracted x = Extracted.body("本报讯 近日，全区二季度重点项目集中开工。\n今年以来，丰乐经济开发区开工建设项目30个，完成投资60亿元。\n"
                + "此次集中开工的项目有祥和新材料、恒远电子、远帆物流。");
        assertEquals(Set.of("丰乐经济开发区"), x.parksOf("恒远电子"));
    }

    @Test
    void aParkWhoseCeremonyIsHeldHoldsNoneOfTheOtherWorks() {
        Extracted x = Extracted.body("本报讯 近日，河东科技园奠基仪式举行。同日开工的还有祥和新材料、恒远电子两个项目。");
        assertEquals(Set.of(), x.parksOf("恒远电子"));
    }
    @Test
    void anOfficialEscortedIntoTheCompaniesVisitsThem() {
        Extracted x = Extracted.body("本报讯 近日，市委书记赵立群到高新区调研。祥和线缆有限公司、恒远包装有限公司已复工复产。"
                + "赵立群在区长李明陪同下走进企业，了解复工情况。");
        assertTrue(x.targetsOf("赵立群").contains("恒远包装有限公司"), x.targetsOf("赵立群").toString());
    }

    @Test
    void aParkFoundedAtAGroundbreakingCeremonyHoldsNoneOfTheOtherWorks() {
        Extracted x = Extracted.body("本报讯 近日，全县举行重点项目集中开工暨宏泰智能制造产业园开工奠基仪式。同日开工的有恒远电子项目、远帆物流项目。");
        assertEquals(Set.of(), x.parksOf("恒远电子项目"));
    }
}
