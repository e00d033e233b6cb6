package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Counted groups before named projects, parks' areas and names said again, markets in parks, lists a predicate
 * closes, works named with their builder's words, officials listed in a party (the 50th batch's odd half, written
 * from our own sentences).
 */
class PartiesAreasAndGroupsTest {

    @Test
    void aCountedGroupBeforeTheFirstNamedProjectIsNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 近日，某经开区召开推进会，要求全力推进30余个配套项目和华瑞昕材半导体材料、晶岚机电切磨抛等项目建设。");
        assertTrue(x.names(EntityType.PROJECT).contains("华瑞昕材半导体材料"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("配套项目")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aParksNameGivesWayToItsListsItemAtTheOpeningVerb() {
        Extracted x = Extracted.body("本报讯 近日，某开发区按照“一区三园”布局产业，一体建设航天装备产业园、商业航天产业园、智能制造产业园等三个产业园。");
        Set<String> parks = x.names(EntityType.PARK);
        assertTrue(parks.contains("航天装备产业园"), parks.toString());
        assertTrue(parks.stream().noneMatch(n -> n.contains("建设")), parks.toString());
    }

    @Test
    void aLongParkNameSaidAgainWithoutItsOpeningIsOnePark() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国赴某县，深入五合园区冷冻农副产品批发交易市场、新型工业现代物流园和西山循环经济产业园，"
                + "实地调研项目建设进展。五合新型工业现代物流园地处城市“西大门”，是全市重点园区。");
        assertTrue(x.entity("五合新型工业现代物流园").keys().contains("新型工业现代物流园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void twoParksEndingAlikeAreNotJoinedByTheirEnding() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国深入新型工业现代物流园、汇丰新型工业现代物流园和东岭新型工业现代物流园调研。");
        assertFalse(x.names(EntityType.PARK).size() == 1, x.names(EntityType.PARK).toString());
    }

    @Test
    void aMarketNamedAfterItsParkIsAProjectInThePark() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国赴某县，深入九合园区冷冻农副产品批发交易市场、新型工业现代物流园和西山循环经济产业园，实地调研项目建设进展。");
        assertTrue(x.names(EntityType.PROJECT).contains("九合园区冷冻农副产品批发交易市场"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("九合园区"), x.parksOf("九合园区冷冻农副产品批发交易市场"));
        assertTrue(x.targetsOf("王建国").contains("九合园区冷冻农副产品批发交易市场"), x.targetsOf("王建国").toString());
    }

    @Test
    void aParkASentenceOpensByLocatingHoldsTheProjectsItLists() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国到某县调研。西岭新型工业物流园地处城市西大门，王建国详细了解铁路货运西站、汽配城等项目建设进展。"
                + "东湖现代农业产业园位于县城东部，王建国察看了万亩果蔬基地、冷链仓储中心等项目。");
        assertEquals(Set.of("西岭新型工业物流园"), x.parksOf("汽配城"));
        assertEquals(Set.of("东湖现代农业产业园"), x.parksOf("万亩果蔬基地"));
        assertEquals(Set.of("东湖现代农业产业园"), x.parksOf("冷链仓储中心"));
    }

    @Test
    void worksOpeningWithTheSameNameAreEachAProject() {
        Extracted x = Extracted.body("本报讯 近日，锦华纺高档西装、锦华纺高档衬衫项目已实现生产。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("锦华纺高档西装", "锦华纺高档衬衫项目")), projects.toString());
    }

    @Test
    void anUnnamedBuildersWordsOpenNoWorksName() {
        Extracted x = Extracted.body("本报讯 近日，企业在开发区投资的锦华纺高档西装、锦华纺高档衬衫项目已实现生产。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("锦华纺高档西装"), projects.toString());
        assertTrue(projects.stream().noneMatch(n -> n.startsWith("企业")), projects.toString());
    }

    @Test
    void twoThingsOneProjectMakesStayOneProject() {
        Extracted x = Extracted.body("本报讯 近日，某区光学镜片、激光器件项目已实现生产。");
        assertFalse(x.names(EntityType.PROJECT).contains("光学镜片"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aListAPredicateClosesEndsAtItsComma() {
        ArticleText t = Extracted.text("本报讯 近日，某企业的甲纺西装、甲纺衬衫项目已实现生产，在建的800万米精纺面料等项目也在紧张建设中。");
        for (CoordinationList l : CoordinationLists.find(t)) {
            for (Span item : l.items()) {
                assertFalse(t.slice(item.start(), item.end()).contains("实现生产"), l.toString());
            }
        }
    }

    @Test
    void phasesCountedOnceAreOneItem() {
        ArticleText t = Extracted.text("本报讯 近日，华光新能35GW单晶硅一、二期建成投产。");
        assertTrue(CoordinationLists.oneNameAcross(t, t.view().indexOf('、')));
    }

    @Test
    void aBuildingsSizeIsNoName() {
        Extracted x = Extracted.body("本报讯 近日，宏泰棉籽蛋白项目一期新建厂房1.05万平方米。1600平方米办公楼已封顶，正在进行楼顶浇筑。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("办公楼")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void actsAloneNameAProgrammeNoWorks() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国到某县实地调研退城进园项目建设进展。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void worksOfNounsFirstStayWorks() {
        Extracted x = Extracted.body("本报讯 近日，总投资2.5亿元的河湖泡塘连通工程和总投资1亿元的城北水厂项目可研报告已上报。");
        assertTrue(x.names(EntityType.PROJECT).contains("河湖泡塘连通工程"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPhaseToldByItsSizeIsNoWorksOfItsOwn() {
        Extracted x = Extracted.body("本报讯 近日，考察团察看了新区的宏光光伏发电项目。项目总投资210亿元，规划发电功率3000兆瓦。一期350兆瓦工程占地3万亩，投资70亿元，已并网发电。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("一期")), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(21_000_000_000L), x.investmentsOf("宏光光伏发电项目"));
    }

    @Test
    void aReservoirWhoseDamIsBeingPouredIsWorks() {
        Extracted x = Extracted.body("本报讯 近日，民生水利工程建设提质增速，北山水库完成主体工程，小岭沟水库进行坝体浇筑。");
        assertTrue(x.names(EntityType.PROJECT).contains("小岭沟水库"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void anAreaNamedRightAfterItsParkIsNamedWithIt() {
        Extracted x = Extracted.body("本报讯 近日，某某油脂有限公司地处丰宁工业园金沟河园区，是一家以生产棉籽蛋白为主的公司。");
        assertTrue(x.names(EntityType.PARK).contains("丰宁工业园金沟河园区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void wordsOfKindAfterAParkNameNoArea() {
        Extracted x = Extracted.body("本报讯 近日，丰宁工业园核心园区建设加快，一批企业入驻。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.endsWith("核心园区")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aParkNamedAfterItsTownStartsAtTheTownsNameSaidAgain() {
        Extracted x = Extracted.body("本报讯 近日，产业园位于某市北辰区双口镇双口工业园，总规划面积4000亩。");
        assertTrue(x.names(EntityType.PARK).contains("双口工业园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aTownsParkNamedWithTheLevelWordKeepsIt() {
        Extracted x = Extracted.body("本报讯 近日，产业园位于北辰区双口镇工业园，总规划面积4000亩。");
        assertTrue(x.names(EntityType.PARK).stream().anyMatch(n -> n.endsWith("双口镇工业园")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aProgrammeOfChangeIsNoProjectWhateverTheHead() {
        Extracted x = Extracted.body("本报讯 近日，书记详细介绍了当前某区发展情况、某某创新城转型发展等区域重点项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("转型发展")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aNameListedWithAnOfficialInAPartyIsAnOfficial() {
        Extracted x = Extracted.body("本报讯 近日，孙大军宣布全市项目集中开工。随后，孙大军、丁大为一行深入宏达公司进行了观摩。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("丁大为"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.targetsOf("丁大为").contains("宏达公司"), x.targetsOf("丁大为").toString());
    }

    @Test
    void wordsListedWithAnOfficialAreNoOfficial() {
        Extracted x = Extracted.body("本报讯 近日，孙大军宣布全市项目集中开工。随后，孙大军、专家等深入宏达公司进行了观摩。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("专家"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aChiefOfRiversIsAPost() {
        Extracted x = Extracted.body("本报讯 近日，区委书记、区总河长宋长者带队到西新镇检查防汛情况。");
        assertTrue(x.posts("宋长者").contains("区总河长"), x.posts("宋长者").toString());
    }
}
