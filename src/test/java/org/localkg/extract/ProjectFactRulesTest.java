package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectFactRulesTest {
    @Test
    void investmentInYiAndWanIsNormalisedToYuan() {
        Extracted x = Extracted.body("宏达智能装备项目总投资12.5亿元。蓝天新材料项目总投资额3000万元。");
        assertEquals(0, new BigDecimal("1250000000").compareTo(investment(x, "宏达智能装备项目")));
        assertEquals(0, new BigDecimal("30000000").compareTo(investment(x, "蓝天新材料项目")));
    }

    @Test
    void anAmountInvestedToBuildAProjectIsItsInvestment() {
        Extracted x = Extracted.body("当天，由远川能源有限公司投资4.2亿元建设的60兆瓦光伏项目开工。");
        assertEquals(0, new BigDecimal("420000000").compareTo(investment(x, "60兆瓦光伏项目")));
        Extracted y = Extracted.body("远川化纤股份有限公司副总经理王平表示，公司将在滨江市投资30亿元，建设年产5万吨纤维素纤维项目。");
        assertEquals(0, new BigDecimal("3000000000").compareTo(investment(y, "年产5万吨纤维素纤维项目")), "a comma before 建设");
    }

    @Test
    void thisProjectPointsBackLikeTheProject() {
        // 这个项目 as 该项目: the amount is the project the sentence before named last (of two)
        Extracted x = Extracted.body("东岭创业园三期项目正在施工，将要入驻的青川储能电池组装项目厂房正在建设。据了解，这个项目总投资2.6亿元，分两期建设。");
        assertEquals(0, new BigDecimal("260000000").compareTo(investment(x, "青川储能电池组装项目")));
    }

    @Test
    void aPlannedAmountRightAfterThisProjectIsItsInvestment() {
        Extracted x = Extracted.body("青川储能电池组装项目厂房正在建设。据了解，这个项目计划投资2.6亿元，分两期建设。");
        assertEquals(0, new BigDecimal("260000000").compareTo(investment(x, "青川储能电池组装项目")));
        Extracted y = Extracted.body("青川储能电池组装项目厂房正在建设。今年全区计划投资2.6亿元用于道路建设。");
        assertTrue(y.facts.investments().isEmpty(), "a plan of the year, not the project's: " + y.facts.investments());
    }

    @Test
    void aTitleOpeningWithTheProjectWordLosesNoFacts() {
        // the title's sentence has no mark after it: it runs into the body, and starts before the body does
        String title = "项目开工";
        Extracted x = Extracted.of(new org.localkg.ingest.Article(1, List.of(title), null,
                title + "\n\n昨天，滨江精密轴承项目开工，总投资3亿元。", org.localkg.ingest.Article.Kind.NEWS, null, title.length() + 2), null);
        assertEquals(List.of("滨江精密轴承项目"), x.facts.statuses().stream().map(st -> st.project().name()).toList(),
                "the stage that failed on the span lost the project's status");
    }

    @Test
    void anAmountAfterAVerbOfReachingIsTheInvestment() {
        Extracted x = Extracted.body("当天开工的瑞丰·智造港项目预计总投资达到18亿元，建成后将成为孵化基地。"
                + "同日签约的青松新材料项目计划投资高达6.5亿元。");
        assertEquals(0, new BigDecimal("1800000000").compareTo(investment(x, "瑞丰·智造港项目")));
        assertEquals(0, new BigDecimal("650000000").compareTo(investment(x, "青松新材料项目")));
    }

    @Test
    void aProjectNamedAfterItsCompanyInTraditionalCharactersIsThatCompanys() {
        Extracted x = Extracted.body("今年一季度，青川遠景新材料科技有限公司高純石英砂生產線擴建項目開工建設。");
        assertEquals(Set.of("青川遠景新材料科技有限公司"), x.enterprisesOf("青川遠景新材料科技有限公司高純石英砂生產線擴建項目"),
                x.facts.entities().toString());
    }

    @Test
    void aPhaseInvestmentBelongsToTheProjectOfTheSentence() {
        Extracted x = Extracted.caption("常州生物医药创新中心位于龙城大道北侧，一期B地块总投资2.6亿元。某某 摄", "重点项目 进行时");
        assertEquals(0, new BigDecimal("260000000").compareTo(investment(x, "常州生物医药创新中心")));
    }

    @Test
    void foreignCurrencyIsNotTakenForYuan() {
        Extracted x = Extracted.body("宏达智能装备项目总投资近3亿美元。");
        assertTrue(x.facts.investments().isEmpty());
    }

    @Test
    void anAbsoluteYearOfCompletionIsKept() {
        Extracted x = Extracted.body("滨江科技交流中心项目预计2026年竣工投用。");
        Facts.ExpectedCompletion c = x.facts.completions().get(0);
        assertEquals(2026, c.year());
        assertEquals("2026年竣工", c.written());
    }

    @Test
    void aCompletionPlannedOrStrivenForIsExpectedToo() {
        Extracted x = Extracted.body("近日，华远航空计划在滨江投资建设无人机整机制造项目。该项目计划年产无人机200架，计划2026年投产。");
        assertEquals(List.of(2026), x.facts.completions().stream().map(Facts.ExpectedCompletion::year).toList());
        assertEquals("2026年投产", x.facts.completions().get(0).written());
        Extracted y = Extracted.body("滨江中心医院迁建项目正在进行土方开挖，计划将于2025年6月竣工交付使用。");
        assertEquals(List.of(2025), y.facts.completions().stream().map(Facts.ExpectedCompletion::year).toList());
        Extracted z = Extracted.body("滨江生物材料项目研发中心主体已经竣工，争取今年年底投入使用。", LocalDate.of(2024, 5, 6));
        assertEquals(List.of(2024), z.facts.completions().stream().map(Facts.ExpectedCompletion::year).toList());
    }

    @Test
    void aRelativeDateHasNoYearWithoutTheArticleDate() {
        Extracted x = Extracted.body("滨江科技交流中心项目预计今年5月竣工。");
        assertNull(x.facts.completions().get(0).year());
    }

    @Test
    void aRelativeDateIsResolvedWithTheArticleDate() {
        Extracted x = Extracted.body("滨江科技交流中心项目预计明年5月竣工。", LocalDate.of(2024, 3, 1));
        assertEquals(2025, x.facts.completions().get(0).year());
    }

    @Test
    void reachedStagesAreStatusesExpectedOnesAreNot() {
        Extracted x = Extracted.body("宏达智能装备项目主体已封顶，预计年底竣工。");
        Set<ProjectStatus> statuses = Set.copyOf(x.facts.statuses().stream().map(Facts.Status::status).toList());
        assertEquals(Set.of(ProjectStatus.TOPPED_OUT), statuses);
    }

    @Test
    void projectsJoinedAsOneSubjectEachReachTheStage() {
        Extracted x = Extracted.body("签约仪式上，文化旅游产业园项目和面包加工中心项目同时签约。");
        Set<String> signed = Set.copyOf(x.facts.statuses().stream().map(s -> s.project().name()).toList());
        assertEquals(Set.of("文化旅游产业园项目", "面包加工中心项目"), signed);
    }

    @Test
    void companiesSignedWithRespectivelyPairWithTheProjectsInOrder() {
        Extracted x = Extracted.body("签约仪式上，县长王建军代表县政府分别与青禾投资有限公司、远帆食品（集团）有限公司签订了湖畔文旅产业园项目和面包加工中心项目。");
        Set<String> pairs = Set.copyOf(x.facts.enterprises().stream().map(l -> l.project().name() + "|" + l.other().name()).toList());
        assertEquals(Set.of("湖畔文旅产业园项目|青禾投资有限公司", "面包加工中心项目|远帆食品（集团）有限公司"), pairs);
    }

    @Test
    void withoutRespectivelyWhichCompanyIsWhoseIsUnknown() {
        Extracted x = Extracted.body("签约仪式上，县政府与青禾投资有限公司、远帆食品有限公司签订了湖畔文旅产业园项目和面包加工中心项目。");
        assertTrue(x.facts.enterprises().isEmpty(), x.facts.enterprises().toString());
    }

    @Test
    void aParkNamedInsideTheProjectIsItsPark() {
        Extracted x = Extracted.body("南京大学溧阳高新区研究院行政楼获批省级示范项目。");
        assertEquals(Set.of("溧阳高新区"), x.parksOf("南京大学溧阳高新区研究院行政楼"));
    }

    @Test
    void locatedInAParkGivesThePark() {
        Extracted x = Extracted.body("位于无锡高新区的市重大项目——华光传感器研发及产业化项目总投资6亿元。");
        assertEquals(Set.of("无锡高新区"), x.parksOf("华光传感器研发及产业化项目"));
    }

    @Test
    void aStageSaidAsAConditionIsNotReached() {
        Extracted x = Extracted.body("滨江精密铸件项目总投资8亿元，力争2027年建成投产，达产后预计年销售收入12亿元，建成后将带动就业。"
                + "企业全力推进，让项目早投产。");
        assertTrue(x.facts.statuses().isEmpty(), x.facts.statuses()::toString);
    }

    @Test
    void theCompanyThatBringsAListOfProjectsBuildsEach() {
        Extracted x = Extracted.body("作为开工单位，华诚集团此次带来了滨江普通商品房项目、滨江商业办公项目、华诚总部项目，总投资达50亿元。");
        assertEquals(Set.of("华诚集团"), x.enterprisesOf("滨江商业办公项目"));
        assertEquals(Set.of("华诚集团"), x.enterprisesOf("华诚总部项目"));
    }

    @Test
    void theCompanyThatInvestsAnAmountAndBuildsInPhases() {
        Extracted x = Extracted.body("由华诚机电有限公司投资3.5亿元，分两期建设的高端伺服电机项目预计明年投产。");
        assertEquals(Set.of("华诚机电有限公司"), x.enterprisesOf("高端伺服电机项目"));
    }

    @Test
    void theCompanyOfTheSentenceInvestsAnAmountIn() {
        Extracted x = Extracted.body("华诚机电有限公司董事长李明说，公司投资2.8亿元的高端伺服电机项目明年建成。");
        assertEquals(Set.of("华诚机电有限公司"), x.enterprisesOf("高端伺服电机项目"));
    }

    @Test
    void theCompanyThatOpensTheSentenceBuildsWhatItInvestsIn() {
        Extracted x = Extracted.body("近日，华诚机电有限公司拟盘活闲置厂房，投资建设高端伺服电机项目，计划于5月开工。");
        assertEquals(Set.of("华诚机电有限公司"), x.enterprisesOf("高端伺服电机项目"));
        Extracted y = Extracted.body("华诚机电有限公司计划在城东投资建设高端伺服电机项目。");
        assertEquals(Set.of("华诚机电有限公司"), y.enterprisesOf("高端伺服电机项目"));
    }

    @Test
    void aCompanyInsideTheClauseIsNoSubject() {
        Extracted x = Extracted.body("区政府与华诚机电有限公司座谈后，决定投资建设滨江污水处理厂项目。");
        assertEquals(Set.of(), x.enterprisesOf("滨江污水处理厂项目"));
    }

    @Test
    void aCompanyWhoseShortNameOpensTheProjectBuildsIt() {
        Extracted x = Extracted.body("恒瑞达新能源电池项目今年开工。江苏恒瑞达新能源科技有限公司是高新技术企业。");
        assertEquals(Set.of("江苏恒瑞达新能源科技有限公司"), x.enterprisesOf("恒瑞达新能源电池项目"));
    }

    @Test
    void theCompanyJustIntroducedBuildsWhatItInvestsIn() {
        Extracted x = Extracted.body("总部位于新北区的常州远景车灯科技有限公司，是车灯龙头。企业投资的智能车灯控制系统项目于3月启动建设。");
        assertEquals(Set.of("常州远景车灯科技有限公司"), x.enterprisesOf("智能车灯控制系统项目"));
    }

    @Test
    void theCompanyThatInvestsAndBuildsIsTheEnterprise() {
        Extracted x = Extracted.body("在江苏华凯电子股份有限公司，书记察看生产线。该公司投资建设的高密度封装测试扩建项目总投资18亿元。");
        assertEquals(Set.of("江苏华凯电子股份有限公司"), x.enterprisesOf("高密度封装测试扩建项目"));
    }

    private static BigDecimal investment(Extracted x, String project) {
        return x.facts.investments().stream().filter(i -> i.project().name().equals(project)).findFirst()
                .orElseThrow(() -> new AssertionError("no investment for " + project + ": " + x.facts.investments()))
                .yuan();
    }

    @Test
    void theParkAListsClosingHeadNamesIsEachItemsPark() {
        Extracted x = Extracted.body("今年安排青林激光科学研究中心、东湖地面模拟实验基地等4个滨江科学城领域重大项目。");
        assertEquals(Set.of("滨江科学城"), x.parksOf("青林激光科学研究中心"));
        assertEquals(Set.of("滨江科学城"), x.parksOf("东湖地面模拟实验基地"));
    }

    @Test
    void theCompanyWhosePersonReportsOnTheVisitedProjectBuildsIt() {
        Extracted x = Extracted.body("周明一行来到滨湖南部新城项目展示中心，察看项目沙盘，听取华建方圆投资发展集团有限公司负责同志关于项目建设进度的介绍。");
        assertEquals(Set.of("华建方圆投资发展集团有限公司"), x.enterprisesOf("滨湖南部新城项目"));
        Extracted y = Extracted.body("周明一行来到滨湖南部新城项目和东湖科技园项目，听取华建方圆投资发展集团有限公司负责同志关于项目建设进度的介绍。");
        assertTrue(y.enterprisesOf("滨湖南部新城项目").isEmpty(), y.enterprisesOf("滨湖南部新城项目")::toString);
    }

    @Test
    void theCompanyBuildingAProjectCanBeNamedInTheSentenceThatPointsBackToIt() {
        Extracted x = Extracted.body("省长王明实地考察东岭子生活垃圾焚烧发电项目。该项目位于青林县忠和镇，由华德环保公司投资建设，总投资额13.8亿元。");
        assertEquals(Set.of("华德环保公司"), x.enterprisesOf("东岭子生活垃圾焚烧发电项目"));
        Extracted y = Extracted.body("省长王明实地考察东岭子生活垃圾焚烧发电项目。随后来到西沟污水处理项目，该项目由华德环保公司投资建设。");
        assertEquals(Set.of(), y.enterprisesOf("东岭子生活垃圾焚烧发电项目"));
    }

    @Test
    void aProjectIsInTheZoneWhereItIsBuiltOrWhereAVisitFindsIt() {
        Extracted x = Extracted.body("青山物流集团有限公司计划在滨河经济开发区建设智慧冷链物流园项目。");
        assertEquals(Set.of("滨河经济开发区"), x.names(EntityType.PARK));
        assertEquals(Set.of("滨河经济开发区"), x.parksOf("智慧冷链物流园项目"));
        Extracted y = Extracted.body("20日下午，省长王明来到青林市循环经济产业园，实地考察东岭子生活垃圾焚烧发电项目。");
        assertEquals(Set.of("青林市循环经济产业园"), y.parksOf("东岭子生活垃圾焚烧发电项目"));
    }

    @Test
    void aStageDatedAfterTheArticleIsExpectedNotReached() {
        String text = "青林市引进华丰宏达重工有限责任公司投资20亿元建设华丰轻卡及专用车生产项目，2014年4月建成投产。";
        Extracted before = Extracted.body(text, LocalDate.of(2012, 4, 18));
        assertEquals(List.of(2014), before.facts.completions().stream().map(Facts.ExpectedCompletion::year).toList());
        assertTrue(before.facts.statuses().isEmpty(), before.facts.statuses()::toString);
        Extracted after = Extracted.body(text, LocalDate.of(2015, 1, 10));
        assertTrue(after.facts.completions().isEmpty(), after.facts.completions()::toString);
        assertTrue(after.facts.statuses().stream().anyMatch(st -> st.status() == ProjectStatus.COMPLETED), after.facts.statuses()::toString);
        Extracted undated = Extracted.body(text);
        assertTrue(undated.facts.completions().isEmpty(), undated.facts.completions()::toString);
    }

    @Test
    void eachItemOfASigningListHasItsOwnPartnerParkAndSum() {
        Extracted x = Extracted.body("会上有两个项目签约，分别是青山市政府与远帆集团签订的10亿元松果深加工项目、"
                + "翠湖开发区与禾丰有限公司签订的1.1亿元白鹭物流中心建设项目。");
        assertEquals(0, new BigDecimal("1000000000").compareTo(investment(x, "松果深加工项目")), x.facts.entities()::toString);
        assertEquals(0, new BigDecimal("110000000").compareTo(investment(x, "白鹭物流中心建设项目")));
        assertEquals(Set.of("远帆集团"), x.enterprisesOf("松果深加工项目"));
        assertEquals(Set.of("禾丰有限公司"), x.enterprisesOf("白鹭物流中心建设项目"));
        assertEquals(Set.of("翠湖开发区"), x.parksOf("白鹭物流中心建设项目"));
    }

    @Test
    void aPowerPlantSignedWithItsTotalInvestmentIsAProject() {
        assertInvestment("副市长王立代表青山市政府与远帆能源集团签署了计划静态总投资140亿元的青山市抽水蓄能电站项目。", "青山市抽水蓄能电站项目", "14000000000");
    }

    @Test
    void aParkRunningStraightIntoAListedProjectIsItsPark() {
        Extracted x = Extracted.body("签约项目有：翠湖产业集聚区精密智造项目、松岭产业集聚区常州化工集团迁建项目等。");
        assertTrue(x.parksOf(x.names(EntityType.PROJECT).stream().filter(n -> n.contains("迁建")).findFirst().orElse("?"))
                .contains("松岭产业集聚区"), x.facts.parks::toString);
    }

    @Test
    void aSumSpentWhereTheCompanyWillBuildIsTheProjects() {
        assertInvestment("远帆建设有限公司投资近24亿元，将在青山市建设白鹭五金机电城项目。", "白鹭五金机电城项目", "2400000000");
    }

    @Test
    void theProjectSaidAfterIsNamesWhatTheSubjectIsAndTakesNoSum() {
        assertInvestment("翠湖工业园区远帆新材料项目，是全省建设新材料基地的补链强链项目，总投资30亿元，建成后年产值60亿元。", "翠湖工业园区远帆新材料项目", "3000000000");
    }

    /** The one sentence {@code text} gives {@code project} the investment {@code yuan}. */
    @Test
    void aDateToComeIsACueOfItsOwn() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        assertEquals(List.of(2024), years(Extracted.body("青禾储能电站项目总投资5亿元，年底前建成。", d)));
        assertEquals(List.of(2025), years(Extracted.body("青禾储能电站项目总投资5亿元，将于明年上半年正式投产。", d)));
        assertEquals(List.of(), years(Extracted.body("青禾储能电站项目总投资5亿元，去年底前建成。", d)));
    }

    @Test
    void aPowerPlantConnectedToTheGridIsInUse() {
        Extracted x = Extracted.body("2月20日，在青禾县生活垃圾焚烧发电项目工程现场，工人正在调试机组。据介绍，该项目于2021年6月18日开工，"
                + "目前正在进行机组调试，预计3月末实现并网发电等工作。", LocalDate.of(2023, 3, 13));
        assertEquals(Set.of("青禾县生活垃圾焚烧发电项目"), x.names(EntityType.PROJECT));
        assertEquals(List.of(2023), years(x));
    }

    private static List<Integer> years(Extracted x) {
        return x.facts.completions().stream().map(Facts.ExpectedCompletion::year).toList();
    }

    private static void assertInvestment(String text, String project, String yuan) {
        Extracted x = Extracted.body(text);
        assertEquals(0, new BigDecimal(yuan).compareTo(investment(x, project)), x.facts.entities()::toString);
    }

    @Test
    void aSignedProjectsContractedSumIsItsInvestment() {
        Extracted x = Extracted.body("合同引资额1.01亿元的东岭青禾品牌产能扩建项目、引资额1.2亿元的东岭种养深加工循环产业链项目，都将积淀农产品加工业的基石。");
        java.util.Map<String, java.math.BigDecimal> byName = new java.util.HashMap<>();
        x.facts.investments().forEach(i -> byName.put(i.project().name(), i.yuan()));
        assertEquals(0, new java.math.BigDecimal("101000000").compareTo(byName.get("东岭青禾品牌产能扩建项目")), byName::toString);
        assertEquals(0, new java.math.BigDecimal("120000000").compareTo(byName.get("东岭种养深加工循环产业链项目")), byName::toString);
    }

    @Test
    void aProjectInspectedAtACompanyIsTheCompanys() {
        Extracted x = Extracted.body("3月5日，市委书记高明远到恒泰制药公司调研了重组胶原蛋白敷料项目。"
                + "在东岭宏达煤业有限公司，高明远实地察看2号、8号井田扩能改造项目建设进展。");
        assertEquals(java.util.Set.of("恒泰制药公司"), x.enterprisesOf("重组胶原蛋白敷料项目"));
        assertEquals(java.util.Set.of("东岭宏达煤业有限公司"), x.enterprisesOf("2号、8号井田扩能改造项目"));
    }

    @Test
    void aCompanySigningWithAParksBodyBuildsTheProjectInThatPark() {
        Extracted x = Extracted.body("此次签约中，宏泰科技股份有限公司与北辰工业园区管委会签订风电整机生产线建设项目；"
                + "华远新能源股份有限公司与南湖县人民政府签订南湖县风电项目。");
        assertEquals(java.util.Set.of("宏泰科技股份有限公司"), x.enterprisesOf("风电整机生产线建设项目"));
        assertEquals(java.util.Set.of("北辰工业园区"), x.parksOf("风电整机生产线建设项目"));
        assertEquals(java.util.Set.of("华远新能源股份有限公司"), x.enterprisesOf("南湖县风电项目"));
    }

    @Test
    void aCompanyBuildingSomewhereBuildsTheProjectAfterIt() {
        Extracted x = Extracted.body("今年以来，宏泰新能源科技有限公司在北辰县投资建设的储能电池模组项目；"
                + "华远农产品加工有限公司在南湖区投资建设的冷链仓储物流项目先后开工。");
        assertEquals(java.util.Set.of("宏泰新能源科技有限公司"), x.enterprisesOf("储能电池模组项目"));
        assertEquals(java.util.Set.of("华远农产品加工有限公司"), x.enterprisesOf("冷链仓储物流项目"));
    }

    /** The completion and signed-sum patterns, with a look-ahead of their first words put first, find what they found before it. */
    @Test
    void patternsWithALookAheadFindWhatTheyFoundWithout() {
        java.util.regex.Pattern completion = java.util.regex.Pattern.compile(
                "(?:(?:预计|计划|争取|力争|确保|有望|将于|将在)(?:将于|将在|于|在)?|(?<![去前])(?=(?:今年|本年)?(?:年底前|年内|明年)))"
                + "((?:\\d{4}年|今年|明年|年内|年底|本年)?[^，。,;；]{0,8}?)"
                + "(?:全部|全面|整体|主体)?(?:实现)?(" + ProjectFactRules.FINISHING + "|运营|开业|达产|投入生产|并网)");
        java.util.regex.Pattern signed = java.util.regex.Pattern.compile(
                "(?<=(?:签订|签约|签署)[的了]?)(\\d+(?:\\.\\d+)?)(亿|万)元(?:人民币)?的?");
        List<String> sentences = List.of(
                "甲项目预计2025年底建成投产，乙工程力争明年竣工。",
                "该项目年底前建成，去年内完工的不算，前年内投产的也不算；今年年内全面实现投产。",
                "双方签订的10亿元甲项目，签约1.1亿元乙项目，签署了3万元人民币的合同，签订12.5亿元。",
                "将于2026年6月投入使用，将在本年底前开业，有望年内并网，确保明年达产。");
        List<String> pieces = List.of("预计", "计划", "争取", "将于", "将在", "于", "在", "今年", "本年", "年底前", "年内", "明年",
                "去", "前", "2025年", "12月", "全部", "实现", "建成", "投产", "竣工", "投入使用", "运营", "并网", "，", "。", "甲",
                "的", "了");
        int c = org.localkg.testing.SameMatches.assertSame(completion, ProjectFactRules.COMPLETION, sentences, pieces, 20000);
        List<String> signing = List.of("签订", "签约", "签署", "的", "了", "10", "1.5", "3", ".", "亿", "万", "元", "人民币", "甲", "，");
        int d = org.localkg.testing.SameMatches.assertSame(signed, ProjectFactRules.SIGNED_AMOUNT, sentences, signing, 100000);
        assertTrue(c > 1000 && d > 100, c + " and " + d + " matches compared");
    }

    @Test
    void aLaterPhaseNamedWithoutItsCompanyTakesTheCompanyOfTheFirst() {
        Extracted x = Extracted.body("东岭远拓新材有限公司年产2万吨碳纤维预浸料一期项目于去年底建成。今年4月，年产3万吨的碳纤维预浸料二期项目"
                + "开工建设，目前完成投资40%。另一家企业的西坪陶粒二期项目也在推进。");
        assertEquals(java.util.Set.of("东岭远拓新材有限公司"), x.enterprisesOf("年产3万吨的碳纤维预浸料二期项目"));
        assertEquals(java.util.Set.of(), x.enterprisesOf("西坪陶粒二期项目"), "another works' phase: no company said");
    }

    @Test
    void aProjectInspectedInABuildingOfTheParkTheOfficialCameToIsThatParks() {
        Extracted x = Extracted.body("副市长高明远到远川制药公司察看了新厂房建设，到东岭经济开发区创业孵化器调研了北岭光电材料有限公司"
                + "微型镜头研发项目。");
        assertEquals(Set.of("东岭经济开发区"), x.parksOf("北岭光电材料有限公司微型镜头研发项目"));
    }

    @Test
    void theProjectMeantIsUnknownWhenTheSentenceBeforeNamesOneNoRuleFound() {
        // 节水喷灌项目 names a kind of works, no project; the 该项目 after it is not the reservoir's
        Extracted x = Extracted.body("三是青禾水库建设项目，项目位于东坡镇，已完成主体工程。四是节水喷灌项目。该项目估算总投资300万元，涉及5个乡镇。");
        assertTrue(x.names(EntityType.PROJECT).contains("青禾水库建设项目"), x.names(EntityType.PROJECT)::toString);
        assertTrue(x.facts.investments().isEmpty(), x.facts.investments()::toString);
    }

    @Test
    void gaiGongchengPointsBackToTheWorksNamedBefore() {
        Extracted x = Extracted.body("一是青禾水库建设项目，总库容1200万立方米。水库坝高40米，主要用于灌溉和防洪。该工程工期三年，已于去年开工，计划今年竣工。",
                LocalDate.of(2016, 5, 20));
        assertEquals(List.of("青禾水库建设项目~2016"), x.facts.completions().stream()
                .map(c -> c.project().name() + "~" + c.year()).toList());
    }

    @Test
    void anAmountThenBuildingInPhasesQualifiesTheProjectAfterIt() {
        Extracted x = Extracted.body("由北川食品有限公司投资3.4亿元，分三期建设的年产8万吨淀粉糖深加工项目，预计明年投产。");
        assertEquals(Set.of(340_000_000L), x.investmentsOf("年产8万吨淀粉糖深加工项目"));
    }

    @Test
    void theNextItemsOfASeriesGiveTheirSumsAlone() {
        Extracted x = Extracted.body("今年，青岚光伏组件项目总投资5.8亿元、华鑫锂电隔膜项目4.5亿元、东方冷链仓储项目3.2亿元，计划年内开工。"
                + "北辰物流园项目，2.1亿元已完成。");
        assertEquals(Set.of(450_000_000L), x.investmentsOf("华鑫锂电隔膜项目"));
        assertEquals(Set.of(320_000_000L), x.investmentsOf("东方冷链仓储项目"));
        assertEquals(Set.of(), x.investmentsOf("北辰物流园项目"), "a sum after a project with no series before it is no investment");
    }
}
