package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A works named as the subject of 是 and a kind after it; spans of time and counts before names; companies read
 * short, described or said by a copula; names cut before their last character; leaders cited or followed, or
 * setting out (赴…调研) in a clause after one of purpose.
 */
class CopulasCountsAndCitedLeadersTest {

    @Test
    void aSpanOfTimeUpToNowOpensNoName() {
        Extracted x = Extracted.body("本报讯 青禾公司数据中心项目今年4月开工，半年多来工程进展顺利。三年来博达公司扩建工程稳步推进。");
        assertEquals(Set.of("青禾公司数据中心项目", "博达公司扩建工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void theSubjectOfAKindOfProjectIsTheProject() {
        Extracted x = Extracted.body("本报讯 甘泉广场是一个城市综合体项目，目前正在加紧建设中。区长王林仔细了解了项目建设进度。");
        assertEquals(Set.of("甘泉广场"), x.names(EntityType.PROJECT));
    }

    @Test
    void aProperNameAfterTheCopulaStaysTheProject() {
        Extracted x = Extracted.body("本报讯 青禾大厦是甘泉市数据中心项目。该项目是甘泉市重点项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("甘泉市数据中心项目"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).contains("该项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanyReadShortInsideItsOwnNameIsThatCompany() {
        Extracted x = Extracted.body("本报讯 江北九千里集团董事长王强出席仪式。项目是由江北百强科技企业九千里集团在甘泉区投资兴建。");
        assertEquals(Set.of("江北九千里集团"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void theCompanyAfterADescriptionEndingInEnterpriseBuildsTheProject() {
        Extracted x = Extracted.body("本报讯 甘泉物流园项目是由世界500强企业青禾集团在甘泉区投资兴建，总投资8亿元。");
        assertEquals(Set.of("青禾集团"), x.enterprisesOf("甘泉物流园项目"));
    }

    @Test
    void aLoneCharacterBeforeAWordThatFollowsNamesEndsTheName() {
        Extracted x = Extracted.body("本报讯 市政府副秘书长艾山提参加开工仪式。副市长王强来参加仪式。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("艾山提"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.names(EntityType.OFFICIAL).contains("王强"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aCountrysLeaderWhoseTasksAreCarriedOutIsCitedNotPresent() {
        Extracted x = Extracted.body("本报讯 要为完成李明远总书记交给我们的五大任务贡献力量。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("李明远"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aLocalLeaderWhoseInstructionsAreFollowedIsAnOfficial() {
        Extracted x = Extracted.body("本报讯 按照省委部署和王建国书记要求，加快推进项目建设。");
        assertEquals(Set.of("书记"), x.posts("王建国"));
    }

    @Test
    void aFourCharacterNameCutIntoAPlaceAndAPersonBeforeATitle() {
        Extracted x = Extracted.body("本报讯 按照省委部署和巴特朝鲁书记要求，加快推进项目建设。");
        assertEquals(Set.of("书记"), x.posts("巴特朝鲁"));
    }

    @Test
    void theCustomersOfACompanyListedAreCompanies() {
        Extracted x = Extracted.body("本报讯 其在甘泉、江北等地均已建厂，供给客户包括华星创维、京鼎方等。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("华星创维", "京鼎方")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void theWorksAndACopulaOpenNoCompanysName() {
        Extracted x = Extracted.body("本报讯 负责人表示，此次项目系青禾集团落地甘泉的首个生产厂房。");
        assertEquals(Set.of("青禾集团"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void worksTheArticleCountsAreAKindEvenUnderAHeading() {
        Extracted x = Extracted.titled("“高端”制造项目加速", "随着旺季到来，一批“高端”制造项目建设加速。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aNumberAndOneQuotedCharacterNameNoWorks() {
        Extracted x = Extracted.titled("甘泉100个重大项目开工 三“子”项目数占比近半", "5月20日，甘泉市100个重大项目集中开工。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void anOfficialWhoSetsOutInALaterClauseVisits() {
        Extracted x = Extracted.body("本报讯 5月17日，副省长王黎明围绕为企服务解难事办实事，赴甘泉经济技术开发区南川工业园区调研企业发展情况。");
        assertEquals(Set.of("甘泉经济技术开发区南川工业园区"), x.targetsOf("王黎明"));
    }
}
