package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names and facts that the article's punctuation and phrasing carry: a long project name opening with a company, a
 * project quoted after its company, a ceremony joined to a meeting by 暨, a list item's sum in dollars, a list's head
 * with the projects' stage (等56个新建项目), and a park's name printed after a company's short name.
 */
class CompaniesQuotesAndHeadsTest {

    @Test
    void aLongProjectNameStartsWhereItsCompanyStarts() {
        Extracted x = Extracted.body("本报讯 东岭青禾半导体科技有限公司年产半导体级单晶硅120万片及碳化硅120万片生产项目的建成，将填补国内空白。");
        String project = "东岭青禾半导体科技有限公司年产半导体级单晶硅120万片及碳化硅120万片生产项目";
        assertTrue(x.names(EntityType.PROJECT).contains(project), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("东岭青禾半导体科技有限公司"), x.enterprisesOf(project));
        assertEquals(Set.of("东岭青禾半导体科技有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aProjectQuotedAfterItsCompanyIsThatCompanys() {
        Extracted x = Extracted.body("本报讯 近日，甘泉经开区传来喜讯，青川华鑫新材料有限公司“高纯石英坩埚生产项目”首批产品成功下线。");
        assertEquals(Set.of("青川华鑫新材料有限公司"), x.enterprisesOf("高纯石英坩埚生产项目"));
    }

    @Test
    void aQuotedProjectAfterAnotherWordHasNoCompanyFromIt() {
        Extracted x = Extracted.body("本报讯 近日，青川华鑫新材料有限公司负责人介绍，园区的“高纯石英坩埚生产项目”首批产品成功下线。");
        assertTrue(x.enterprisesOf("高纯石英坩埚生产项目").isEmpty(), x.enterprisesOf("高纯石英坩埚生产项目").toString());
    }

    @Test
    void whatACeremonyJoinedByJiIsHeldForIsAProject() {
        Extracted x = Extracted.body("本报讯 5月9日上午，甘泉市举行重大项目集中开工动员会暨东岭智慧健康谷乳业技术创新中心开工仪式。");
        assertTrue(x.names(EntityType.PROJECT).contains("东岭智慧健康谷乳业技术创新中心"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aMeetingJoinedByJiIsNoProject() {
        Extracted x = Extracted.body("本报讯 5月9日上午，甘泉市举行重大项目集中开工动员会暨全市项目建设推进会。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aListItemInvestedInDollarsIsAProjectWithNoSumInYuan() {
        Extracted x = Extracted.body("本报讯 今年以来，投资2000万美元的青禾精密锻件三期、投资34亿元的东岭数谷核心区项目、"
                + "投资10亿元的信基智谷等项目落地生根。");
        assertTrue(x.names(EntityType.PROJECT).contains("青禾精密锻件三期"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.investmentsOf("青禾精密锻件三期").isEmpty(), x.investmentsOf("青禾精密锻件三期").toString());
        assertEquals(Set.of(1_000_000_000L), x.investmentsOf("信基智谷"));
    }

    @Test
    void aStageBeforeTheHeadNounKeepsTheListsHead() {
        Extracted x = Extracted.body("本报讯 目前，青禾锂电新材料、东岭工业废盐、白石新能源装备等56个新建项目已开工入库。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("青禾锂电新材料", "东岭工业废盐", "白石新能源装备")),
                x.names(EntityType.PROJECT).toString());
    }

    @Test
    void companiesSettledInAZoneAreCompanies() {
        Extracted x = Extracted.body("本报讯 该公司已为甘肃东岭新能源材料有限公司、青禾硅业、博川重工等新区入驻企业提供板材。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("青禾硅业", "博川重工")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void thePeopleOfSignedCompaniesHeadNoListOfPeople() {
        Extracted x = Extracted.body("本报讯 北岭青禾能源有限公司、东岭石化(大连)有限公司等12家签约企业相关负责人参加活动。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("北岭青禾能源有限公司", "东岭石化(大连)有限公司")),
                x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.PERSON).isEmpty(), x.names(EntityType.PERSON).toString());
    }

    @Test
    void aParkPrintedAfterACompanysShortNameIsTheParkTheArticleNames() {
        Extracted x = Extracted.titled("甘泉新区：推进重点项目建设", "本报讯 当下，甘泉新区全力推动重点项目建设。"
                + "粤川电甘泉新区100兆瓦集中式光伏发电项目是省列重大建设项目，总投资约25亿元。");
        assertEquals(Set.of("甘泉新区"), x.names(EntityType.PARK));
        assertEquals(Set.of("甘泉新区"), x.parksOf("粤川电甘泉新区100兆瓦集中式光伏发电项目"));
    }

    @Test
    void aPlaceBeforeTheParksNameStaysItsOwn() {
        Extracted x = Extracted.body("本报讯 当下，甘泉新区全力推动重点项目建设。甘肃甘泉新区今年新签约项目8个。");
        assertEquals(Set.of("甘肃甘泉新区"), x.names(EntityType.PARK));
    }

    @Test
    void aVerbTheSegmenterFusedToAPlaceOpensNoParksName() {
        Extracted x = Extracted.body("本报讯 一季度，白山开发区完成固定资产投资增长10.5%。青禾新材料等8个项目完成投资23亿元，"
                + "占白山开发区固定资产投资83.4%。");
        assertEquals(Set.of("白山开发区"), x.names(EntityType.PARK));
    }

    @Test
    void aListItemAfterABoundOnItsSumHasNoSum() {
        Extracted x = Extracted.body("本报讯 大项目带动作用明显，完成投资亿元以上的10万吨高纯晶硅、35吉瓦单晶硅、20吉瓦拉棒切方等8个项目，"
                + "占北岭开发区固定资产投资83.4%。");
        assertTrue(x.names(EntityType.PROJECT).contains("10万吨高纯晶硅"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.investmentsOf("10万吨高纯晶硅").isEmpty(), x.investmentsOf("10万吨高纯晶硅").toString());
    }

    @Test
    void aDummyVerbAfterACompanyEndsNoProjectsName() {
        Extracted x = Extracted.body("本报讯 随后，王治平一行来到东岭国际发电股份有限公司进行项目对接，听取了该公司负责人汇报。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanyDescribedInAppositionIsTheSubjectThatBuilds() {
        Extracted x = Extracted.titled("北岭经开区新闻", "今年上半年，全球知名的气体服务供应商东岭气体集团扩大在华业务，"
                + "在北岭经开区新建大宗气体站项目。");
        assertEquals(Set.of("东岭气体集团"), x.enterprisesOf("大宗气体站项目"));
    }

    @Test
    void aBuilderNamedInTheTextOutranksTheCompanyBeforeTheQuotes() {
        Extracted x = Extracted.body("本报讯 近日，北岭建工集团有限公司“东岭大桥建设项目”荣获优质工程奖。"
                + "该项目由东岭交通投资集团有限公司投资建设。");
        assertEquals(Set.of("东岭交通投资集团有限公司"), x.enterprisesOf("东岭大桥建设项目"));
    }

    @Test
    void worksStartedTogetherAfterJiNameNoProject() {
        Extracted x = Extracted.body("本报讯 3月1日，北岭区举行誓师大会暨春季重点工程集中开工仪式。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 3月1日，北岭区举行项目推进会暨青禾文旅小镇正式开工仪式。");
        assertEquals(Set.of("青禾文旅小镇"), y.names(EntityType.PROJECT));
    }

    @Test
    void aParentCompanyBeforeItsSubsidiaryIsNoBuilder() {
        Extracted x = Extracted.titled("北岭经开区新闻", "今年上半年，青禾集团下属的东岭精工在北岭经开区新建精密零部件项目。");
        assertFalse(x.enterprisesOf("精密零部件项目").contains("青禾集团"), x.enterprisesOf("精密零部件项目").toString());
    }

    @Test
    void companiesSettlingInTheParkHeadNoListOfParks() {
        Extracted x = Extracted.body("本报讯 青禾科技、北岭电子、东岭精工等入驻园区，带动就业2000余人。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
        assertTrue(x.facts.lists().stream().noneMatch(l -> l.kind() == CoordinationList.Kind.PARK), x.facts.lists().toString());
    }

    @Test
    void theCompanyAfterYouBuildsWhatItsClauseDescribes() {
        Extracted x = Extracted.body("本报讯 由青禾农业科技有限公司采用EPC模式规划、设计、运营的北岭现代农业产业园日光温室(二期)项目总投资3.9亿元。");
        assertEquals(Set.of("青禾农业科技有限公司"), x.enterprisesOf("北岭现代农业产业园日光温室(二期)项目"));
    }

    @Test
    void aWordRunningPastAZonesNameStopsNoStage() {
        Extracted x = Extracted.titled("北岭高新区：推进重点项目建设", "本报讯 当下，北岭高新区全力推动重点项目建设。东岭北岭高新区分园今年新签约项目8个。");
        assertTrue(x.facts.warnings().isEmpty(), x.facts.warnings().toString());
        assertFalse(x.names(EntityType.PARK).isEmpty());
    }

    @Test
    void aTimeOfTheYearAndItsVerbOrLevelsOfGovernmentNameNoProject() {
        Extracted x = Extracted.body("本报讯 北岭新区全年预计储备项目数量同比增长60%，签约项目同比增长30%。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 调研组来到青禾国际物流港，详细了解集团与市区两级合作项目总体规划和当前进展情况。");
        assertFalse(y.names(EntityType.PROJECT).stream().anyMatch(p -> p.contains("两级")), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void aTimeAndItsVerbBeforeTheNamesOwnWordsLeaveTheName() {
        Extracted x = Extracted.body("本报讯 北岭区今年计划实施的青禾智造产业园项目已开工建设。");
        assertEquals(Set.of("青禾智造产业园项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCompanysKindAndRankAloneNameNoCompany() {
        Extracted x = Extracted.body("本报讯 近日，青禾物产工业投资有限公司5万吨特种铝棒材车间正式投产。该项目由集团总公司投资建设。");
        assertEquals(Set.of("青禾物产工业投资有限公司"), x.names(EntityType.ENTERPRISE));
    }
}
