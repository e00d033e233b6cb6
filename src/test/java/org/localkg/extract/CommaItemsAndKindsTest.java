package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lists whose items hold 、 of their own (one per comma before a counted head), outputs and phases written once for
 * two, nouns that name a project among names, and words that say what a company or project is rather than which.
 */
class CommaItemsAndKindsTest {

    private static final String COMMA_ITEMS = "本报讯 近日，由甘泉市援建的17个项目集中开工。此次集中开工的援建项目包括，"
            + "青川集团年产20万吨聚氯乙烯、30万吨烧碱，东岭公司2万千瓦秸秆发电，博达集团年产25万吨合成氨、40万吨尿素，"
            + "博达集团年产8万吨铜冶炼等17个项目。";

    @Test
    void itemsOnePerCommaBeforeACountedHeadAreProjects() {
        Extracted x = Extracted.body(COMMA_ITEMS);
        assertEquals(Set.of("青川集团年产20万吨聚氯乙烯、30万吨烧碱", "东岭公司2万千瓦秸秆发电", "博达集团年产25万吨合成氨、40万吨尿素",
                "博达集团年产8万吨铜冶炼"), x.names(EntityType.PROJECT));
        assertEquals(Set.of("博达集团"), x.enterprisesOf("博达集团年产8万吨铜冶炼"));
    }

    @Test
    void twoNamesJoinedByDunInACommaListAreStillTwoItems() {
        Extracted x = Extracted.body("本报讯 此次签约的项目包括，甲岭物流园项目、青禾数据中心项目，东岭光伏电站项目，博达储能电站项目等4个项目。");
        assertEquals(Set.of("甲岭物流园项目", "青禾数据中心项目", "东岭光伏电站项目", "博达储能电站项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCommaListWithNoCountedHeadIsNoSuchList() {
        ArticleText t = Extracted.text("本报讯 企业的产品包括，年产20万吨聚氯乙烯、30万吨烧碱，还有2万千瓦秸秆发电。");
        assertTrue(CoordinationLists.find(t).stream().noneMatch(l -> l.kind() == CoordinationList.Kind.PROJECT));
    }

    @Test
    void aQuestionMarkBeforeLatinLettersIsALostCharacterNotASentencesEnd() {
        Extracted x = Extracted.body("本报讯 此次集中开工的项目包括，青川集团年产20万吨聚氯乙烯，东岭集团年产5万吨燃料乙?cè)醇，"
                + "博达集团年产8万吨铜冶炼等3个项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("博达集团年产8万吨铜冶炼"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("青川集团年产20万吨聚氯乙烯"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void twoOutputsOfOneYieldAreOneName() {
        ArticleText t = Extracted.text("本报讯 青川集团年产20万吨聚氯乙烯、30万吨烧碱项目开工。");
        int sep = t.view().indexOf('、');
        assertTrue(CoordinationLists.oneNameAcross(t, sep));
        ArticleText two = Extracted.text("本报讯 青川集团聚氯乙烯、东岭集团电石项目开工。");
        assertFalse(CoordinationLists.oneNameAcross(two, two.view().indexOf('、')));
    }

    @Test
    void aPhasesCounterWrittenOnceAfterTheLastNumberJoinsOneProject() {
        Extracted x = Extracted.body("本报讯 6月30日，甘泉市举行集中开工仪式，青川牧业肉牛养殖二、三期项目等20个项目集中开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("青川牧业肉牛养殖二、三期项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void commonNounsAmongNamedProjectsNameAProject() {
        Extracted x = Extracted.body("本报讯 本次签约投资亿元以上的有4个，包括东岭量子芯片项目、琥珀幻境项目、甘泉示范基地项目及青禾中央厨房项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("琥珀幻境项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void commonNounsAmongKindsNameNoProject() {
        Extracted x = Extracted.body("本报讯 今年全区签约的项目包括城市建设项目、产业发展项目、社会事业项目等，共计30个。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aListedCompanyIsAKindOfCompany() {
        Extracted x = Extracted.body("本报讯 青禾集团是一家香港上市公司，在甘泉县投资建设水泥生产线项目。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("香港上市公司"), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.ENTERPRISE).contains("青禾集团"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void theCompanySaidAgainOpensNoProjectsName() {
        Extracted x = Extracted.body("本报讯 11月3日，省长王建国来到青禾钢铁有限公司，详细了解公司生产经营及节能改造项目情况。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCountedHeadBeforeAnotherNounCountsNoProjects() {
        Extracted x = Extracted.body("本报讯 存在的困难包括，资金短缺，用地紧张，人才不足等5个项目共性问题。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void clausesBeforeACountedHeadAreNoItems() {
        Extracted x = Extracted.body("本报讯 主要有，一是加快青禾物流园建设，二是推进东岭冷链项目，三是启动博达仓储基地等3个项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("是")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aNameHoldingTwoOutputsIsStillJoinedToTheNextByAConjunction() {
        Extracted x = Extracted.body("本报讯 开工的项目有青禾集团年产25万吨合成氨、40万吨尿素项目和东岭公司年产5万吨甲醇项目。");
        assertEquals(Set.of("青禾集团年产25万吨合成氨、40万吨尿素项目", "东岭公司年产5万吨甲醇项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void everydayNounsAmongCountedNamesStayAKind() {
        Extracted x = Extracted.body("本报讯 本次签约投资亿元以上的有4个，包括青禾芯片项目、东岭物流园项目、道路桥梁项目及博达储能项目。");
        assertFalse(x.names(EntityType.PROJECT).contains("道路桥梁项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theCompanySaidAgainBeforeItsWorksIsLeftOutOfTheName() {
        Extracted x = Extracted.body("本报讯 据青禾集团负责人介绍，该公司年产5万吨钢材项目预计2026年投产。");
        assertTrue(x.names(EntityType.PROJECT).contains("年产5万吨钢材项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void enterpriseOpeningAWordOfItsOwnKeepsTheProject() {
        Extracted x = Extracted.body("本报讯 企业孵化器二期项目在东岭区开工，总投资2亿元。");
        assertEquals(Set.of(200_000_000L), x.investmentsOf("企业孵化器二期项目"));
    }

    @Test
    void aQuestionBeforeCapitalLettersStillEndsTheSentence() {
        ArticleText t = Extracted.text("本报讯 你了解数字经济吗?AI、大数据都在甘泉落地。");
        int q = t.view().indexOf('?');
        assertEquals(q + 1, t.sentenceAt(0).end());
    }

    @Test
    void aProductTheSameAmountCountsStaysInTheName() {
        Extracted x = Extracted.body("本报讯 此次开工的项目包括，青川集团年产12万件毛衫、羊绒制品，东岭公司2万千瓦秸秆发电，"
                + "博达集团年产5万吨白酒等3个项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("青川集团年产12万件毛衫、羊绒制品"), x.names(EntityType.PROJECT).toString());
        ArticleText t = Extracted.text("本报讯 青川集团年产5万吨饲料、东岭公司年产3万吨肥料项目同日开工。");
        assertFalse(CoordinationLists.oneNameAcross(t, t.view().indexOf('、')));
    }

    @Test
    void numberedRoadLinesJoinedByDunAreOneWorks() {
        Extracted x = Extracted.body("本报讯 县长王林来到国道112线、207线甘泉市过境公路改线工程现场，查看复工准备工作。");
        assertTrue(x.names(EntityType.PROJECT).contains("国道112线、207线甘泉市过境公路改线工程"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void twoNamedRoadsJoinedByDunStayTwo() {
        Extracted x = Extracted.body("本报讯 今年将开工建设滨河大道、龙湖大桥项目。");
        assertFalse(x.names(EntityType.PROJECT).contains("滨河大道、龙湖大桥项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aNumberAndItsUnitPartedByASpaceStayInTheName() {
        Extracted x = Extracted.body("本报讯 区长王林来到青禾半导体有限公司，对200 mm晶圆智能生产线项目的施工现场进行了检查。");
        assertTrue(x.names(EntityType.PROJECT).contains("200mm晶圆智能生产线项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void worksPointedAtByADemonstrativeAreNoName() {
        Extracted x = Extracted.body("本报讯 今年以来，东岭区这些重点产业项目相继开工，带动全区投资增长。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCeremonyJoinedToGroupSigningsByJiIsHeldForAProject() {
        Extracted x = Extracted.body("本报讯 4月26日，甘泉市举行一季度重点项目集中签约开工暨甘泉种业创新中心开工仪式。省委书记王林出席仪式。");
        assertTrue(x.names(EntityType.PROJECT).contains("甘泉种业创新中心"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aDemonstrativeBeforeANameIsLeftOutOfIt() {
        Extracted x = Extracted.body("本报讯 上述恒光储能电池项目和华宇智能制造项目均已开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("恒光储能电池项目"), x.names(EntityType.PROJECT).toString());
        Extracted park = Extracted.body("本报讯 上述临河经济开发区重点项目均已开工。");
        assertTrue(park.names(EntityType.PARK).contains("临河经济开发区"), park.names(EntityType.PARK).toString());
    }

    @Test
    void aDemonstrativeInsideQuotesIsTheNamesOwnWord() {
        Extracted x = Extracted.body("本报讯 “那些年”怀旧主题文旅街区项目在临河古城正式开业。");
        assertTrue(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("那些年")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void thousandsPartedByASpaceStayOneNumber() {
        Extracted x = Extracted.body("本报讯 恒达新材年产2 000 t碳纤维原丝项目签约。");
        assertTrue(x.names(EntityType.PROJECT).contains("恒达新材年产2000t碳纤维原丝项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aNumberBeforeALatinWordThatIsNoUnitStaysOut() {
        Extracted x = Extracted.body("本报讯 签约项目清单：1 TCL华星模组项目；2 BOE显示面板项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("1") || n.startsWith("2")), x.names(EntityType.PROJECT).toString());
    }
}
