package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Names and facts in the words of leaders' visit reports and signing or construction reports. */
class VisitAndSigningReportsTest {
    @Test
    void anAmountAfterTheProjectsPlaceAndAreaIsTheSubjectProjects() {
        Extracted x = Extracted.body("南山生物医药项目位于北岭经济开发区，占地200亩，计划投资8亿元，建成后年产值可达20亿元。");
        assertEquals(Set.of(800_000_000L), x.investmentsOf("南山生物医药项目"));
    }

    @Test
    void anAmountAfterAnotherNamedSubjectIsNotTheFirstProjects() {
        Extracted x = Extracted.body("南山生物医药项目位于北岭经济开发区，东岭化工有限公司计划投资8亿元，建设配套仓储设施。");
        assertTrue(x.investmentsOf("南山生物医药项目").isEmpty(), x.facts.investments().toString());
    }

    @Test
    void aBridgeOpenedToTrafficIsFinished() {
        Extracted x = Extracted.body("由北辰建设集团承建的南湖大桥工程，总投资3.2亿元，预计2027年通车。");
        assertEquals(Set.of(2027), x.facts.completions().stream().map(Facts.ExpectedCompletion::year).collect(Collectors.toSet()));
    }

    @Test
    void fieldsOfWorkNameNoCompany() {
        Extracted x = Extracted.body("调研组了解了今年以来青川县和北岭经开区工业生产、招商引资及农业农村发展等工作。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void theAgencyOfADatelineIsNoCompany() {
        Extracted x = Extracted.body("新华财经北京3月5日电（记者王明）5日，北岭区十二个产业项目同日开工。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aParkNamedInAVisitorsTitleIsNotVisited() {
        Extracted x = Extracted.body("11月2日，由青川县委书记王建国，县委副书记、县长、青川高新区党工委书记李志明带队的考察团来到北岭县考察。"
                + "考察中，考察团一行先后来到北岭化工有限公司、北岭药业有限公司，详细了解企业发展情况。");
        Set<String> targets = x.targetsOf("李志明");
        assertTrue(targets.contains("北岭化工有限公司"), targets::toString);
        assertFalse(targets.contains("青川高新区"), targets::toString);
    }

    @Test
    void whatAMeetingTalksAboutWasNotVisited() {
        Extracted x = Extracted.body("副市长王建国一行首先到青河镇实地察看了青河乐园项目建设情况，随后召开会议，听取了区里的汇报。"
                + "与会人员围绕北山滑雪场项目、南岭物流园项目等进行了研究讨论。");
        assertEquals(Set.of("青河乐园项目"), x.targetsOf("王建国"));
    }

    @Test
    void aVisitGoesOnWhereTheVisitorsMoveOnAfterAMeeting() {
        Extracted x = Extracted.body("副市长王建国一行首先到青河镇实地察看了青河乐园项目建设情况，随后召开座谈会，听取了汇报。"
                + "会后，王建国一行又来到东岭新材料项目建设现场。");
        assertEquals(Set.of("青河乐园项目", "东岭新材料项目"), x.targetsOf("王建国"));
    }

    @Test
    void aPlantBuiltNewNamesItsProject() {
        Extracted x = Extracted.body("本次开工的项目有6个，代表项目有：博朗华北制造工厂新建项目，计划用地面积120亩。");
        assertEquals(Set.of("博朗华北制造工厂新建项目"), x.names(EntityType.PROJECT), x.facts.entities().toString());
    }

    @Test
    void aProperAbbreviationBeforeGroupIsACompany() {
        Extracted x = Extracted.body("该项目由中石油集团投资建设，新能源公司负责运营。");
        assertEquals(Set.of("中石油集团"), x.names(EntityType.ENTERPRISE), x.facts.entities().toString());
    }

    @Test
    void aPlannedAmountInBracketsAfterAProjectIsItsInvestment() {
        Extracted x = Extracted.body("青川物流园项目（计划投资6.5亿元）正在进行设备安装，东岭冷库项目（总投资2亿元）已经投用。");
        assertEquals(Set.of(650_000_000L), x.investmentsOf("青川物流园项目"));
        assertEquals(Set.of(200_000_000L), x.investmentsOf("东岭冷库项目"));
    }

    @Test
    void theFieldsOfAProjectFormGiveItsNameBuilderAndSum() {
        Extracted x = Extracted.body("项目名称：北岭智慧物流港；建设单位：北岭港务集团；总投资：22亿元；建设周期：两年。");
        assertEquals(Set.of("北岭智慧物流港"), x.names(EntityType.PROJECT), x.facts.entities().toString());
        assertEquals(Set.of("北岭港务集团"), x.enterprisesOf("北岭智慧物流港"));
        assertEquals(Set.of(2_200_000_000L), x.investmentsOf("北岭智慧物流港"));
    }

    @Test
    void aClauseOpeningWithTheCompanyPointsBackAtTheOneJustNamed() {
        Extracted x = Extracted.body("坐落在青河镇的青川黄金冶炼有限公司，是全省的骨干企业。公司负责人告诉记者，继一期工程建成之后，"
                + "公司以“做强黄金产业”为目标，开工建设了投资2亿多元的二期尾矿综合回收项目。");
        assertEquals(Set.of("青川黄金冶炼有限公司"), x.enterprisesOf("二期尾矿综合回收项目"));
    }

    @Test
    void aClauseOpeningWithTheCompanysPeoplePointsNowhere() {
        Extracted x = Extracted.body("坐落在青河镇的青川黄金冶炼有限公司，是全省的骨干企业。公司负责人介绍，县里的二期尾矿综合回收项目正在推进。");
        assertTrue(x.enterprisesOf("二期尾矿综合回收项目").isEmpty(), x.facts.enterprises().toString());
    }

    @Test
    void aPlainlyNamedWorkAmongVisitedProjectsIsOneOfThem() {
        Extracted x = Extracted.body("视察组先后来到青河镇北沟综合治理工程、东岭花园住宅项目、县人民医院新建项目、北关路拓宽改造项目等地，实地了解项目进展。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("县人民医院新建项目", "北关路拓宽改造项目")), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aZoneNamedByAnAbbreviationAndItsThemeIsOneParkWithItsShortName() {
        Extracted x = Extracted.body("4月25日，锦葫改革创新示范区举行项目集中签约仪式。锦葫示范区此次签约的东岭智能装备项目总投资12亿元。");
        Entity zone = x.entity("锦葫改革创新示范区");
        assertTrue(zone.is(EntityType.PARK) && zone.aliases().contains("锦葫示范区"), zone::toString);
        assertEquals(Set.of("锦葫改革创新示范区"), x.parksOf("东岭智能装备项目"));
    }

    @Test
    void anAbbreviationOpeningACompanysNameIsItsOwn() {
        Extracted x = Extracted.body("6月底，投资17亿元的中煤青海洋公司光热发电项目预计年底开工。");
        assertEquals(Set.of("中煤青海洋公司"), x.names(EntityType.ENTERPRISE), x.facts.entities().toString());
    }

    @Test
    void parksAndBodiesAmongVisitedPlacesStayWhatTheyAre() {
        Extracted x = Extracted.body("王建国一行先后来到北岭经济开发区、青川县人民医院等地调研。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void anAmountAfterWordsOfOtherWorksIsNotTheSubjectProjects() {
        Extracted x = Extracted.body("东岭冷链物流项目已于去年开工，目前县里正在谋划新一批项目，计划投资30亿元。");
        assertTrue(x.investmentsOf("东岭冷链物流项目").isEmpty(), x.facts.investments().toString());
    }

    @Test
    void firmsInGeneralPointAtNoCompany() {
        Extracted x = Extracted.body("青川冶炼有限公司是县里的骨干企业。近年来园区招商力度加大，企业纷纷入驻，建成了北岭新材料项目。");
        assertTrue(x.enterprisesOf("北岭新材料项目").isEmpty(), x.facts.enterprises().toString());
    }

    @Test
    void aNearbyRoadOpeningToTrafficIsNoYearOfTheProject() {
        Extracted x = Extracted.body("东岭物流园项目紧邻青川高速，青川高速预计2026年通车。");
        assertTrue(x.facts.completions().stream().noneMatch(c -> c.project().name().equals("东岭物流园项目")),
                x.facts.completions().toString());
    }

    @Test
    void visitorsGoingOnToAProjectAfterAMeetingVisitIt() {
        Extracted x = Extracted.body("副市长王建国一行首先到青河镇实地察看了青河乐园项目建设情况，随后召开座谈会。"
                + "会后，王建国一行又到东岭新材料项目调研。");
        assertEquals(Set.of("青河乐园项目", "东岭新材料项目"), x.targetsOf("王建国"));
    }

    @Test
    void aCommonBuildingAtTheSiteNamesNoProject() {
        Extracted x = Extracted.body("在东岭科技有限公司果蔬加工项目建设现场，一座座厂房已经封顶、办公楼主体已建成，进入装修阶段。");
        assertEquals(Set.of("东岭科技有限公司果蔬加工项目"), x.names(EntityType.PROJECT), x.facts.entities().toString());
    }

    @Test
    void whatIsBuiltWithinAnAreaIsTheVerbsObject() {
        Extracted x = Extracted.body("走进青川县北岭产业园区，东岭科技有限公司果蔬精深加工项目正在加紧建设。据了解，青川县引进东岭食品有限公司，"
                + "注册成立了东岭科技有限公司，在县域内建设果蔬精深加工项目，概算总投资6000万元。");
        assertEquals(Set.of(60_000_000L), x.investmentsOf("东岭科技有限公司果蔬精深加工项目"));
        assertFalse(x.names(EntityType.PROJECT).contains("县域内建设果蔬精深加工项目"), x.names(EntityType.PROJECT)::toString);
    }

}
