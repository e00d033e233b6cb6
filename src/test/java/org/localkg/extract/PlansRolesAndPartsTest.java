package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A company's plan to build a plainly named park, names opened by a pronoun, a time word or a role,
 * a field of industry read as a company, kinds counted after them, and a project's parts.
 */
class PlansRolesAndPartsTest {
    @Test
    void aCompanysPlanToInvestInAPlainlyNamedParkNamesItsProject() {
        Extracted x = Extracted.body("继6月3日东岭控股集团计划在新区投资80亿元建设智慧科技园项目后，又有一家企业宣布落户新区。");
        assertTrue(x.names(EntityType.PROJECT).contains("智慧科技园项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("东岭控股集团"), x.enterprisesOf("智慧科技园项目"));
        assertEquals(Set.of(8_000_000_000L), x.investmentsOf("智慧科技园项目"));
    }

    @Test
    void aPlainlyNamedParkWithoutACompanyThatBuildsItIsNoProject() {
        Extracted x = Extracted.body("会议提出，要加快建设智慧科技园项目。");
        assertFalse(x.names(EntityType.PROJECT).contains("智慧科技园项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPronounOfTimeOpensNoProjectsName() {
        Extracted x = Extracted.body("此次北岭数字小镇项目计划总投资达60亿元。");
        assertEquals(Set.of(6_000_000_000L), x.investmentsOf("北岭数字小镇项目"));
    }

    @Test
    void aTimeCharacterBeforeAnotherLoneMorphemeOpensTheName() {
        Extracted x = Extracted.body("包括北岭大健康食品产业园项目、东湖直升机平台项目、晨岭新能源汽车空调系统项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("晨岭新能源汽车空调系统项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanysNameStartsAfterTheRoleItIsIntroducedBy() {
        Extracted x = Extracted.body("“五十亿项目”投资者东岭恒丰集团有限公司是一家综合性集团公司。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("东岭恒丰集团有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void theOpeningWordsOfAnItemOfAFieldsListNameNoCompany() {
        Extracted x = Extracted.body("东岭恒丰集团有限公司是一家业务涵盖物流仓储、装备制造、金融银行投资等行业的企业集团。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("金融银行"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aKindOfProjectsCountedAfterItIsNoProject() {
        Extracted x = Extracted.body("新经济和公共服务平台项目有8个，总投资达31.6亿元。");
        assertFalse(x.names(EntityType.PROJECT).contains("新经济和公共服务平台项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void anInstitutionAmongTheProjectsPartsIsNoProject() {
        Extracted x = Extracted.body("此次北岭数字小镇项目计划总投资达60亿元，项目建设主要包括数据创新中心、北岭高校联合研究院、人才公寓等。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.contains("北岭高校联合研究院") || projects.contains("人才公寓"), projects.toString());
    }

    @Test
    void aDelegationIsNoCompany() {
        Extracted x = Extracted.body("北岭区四大班子领导、定西政企考察团及企业代表共150余人参加。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("定西政企考察团"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCountOfProjectsSignedIsNoProjectAndNorIsItsClause() {
        Extracted x = Extracted.body("东岭新区连续签署两份百亿项目。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.isEmpty(), projects.toString());
    }

    @Test
    void aNameSignedAfterItsSubjectStillStartsAfterTheVerb() {
        Extracted x = Extracted.body("东岭新区管委会与东辰集团签署东辰智能制造产业园项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("东辰智能制造产业园项目"), x.names(EntityType.PROJECT).toString());
    }
}
