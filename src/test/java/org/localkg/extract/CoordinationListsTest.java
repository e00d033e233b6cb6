package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localkg.extract.CoordinationList.Kind;
import org.localkg.extract.CoordinationList.Verb;
import org.localkg.ingest.Article;
import org.localkg.nlp.hanlp.HanlpSegmenter;

/** The list stage alone: items, opener, head, kind and verb of lists in sentences made up for the test. */
class CoordinationListsTest {
    private static ArticleText text(String s) {
        return new ArticleText(new Article(1, List.of(), null, s, Article.Kind.NEWS, null, 0), HanlpSegmenter.get());
    }

    private static List<String> items(ArticleText t, CoordinationList l) {
        return l.items().stream().map(s -> t.slice(s.start(), s.end())).toList();
    }

    /** The first list whose items hold {@code item}. */
    private static CoordinationList listWith(ArticleText t, String item) {
        for (CoordinationList l : CoordinationLists.find(t)) {
            if (items(t, l).contains(item)) {
                return l;
            }
        }
        throw new AssertionError("no list with " + item + " in " + CoordinationLists.find(t).stream().map(l -> items(t, l)).toList());
    }

    @Test
    void aListClosedByACountedHeadIsProjectsAndSaysHowMany() {
        ArticleText t = text("目前，园区内金桥电子材料基地、北辰物流中心、明湖科创大厦等9个项目已开工。");
        CoordinationList l = listWith(t, "北辰物流中心");
        assertEquals(List.of("金桥电子材料基地", "北辰物流中心", "明湖科创大厦"), items(t, l), "园区内 places the list, no item's name");
        assertEquals(Kind.PROJECT, l.kind());
        assertEquals(9, l.count());
        assertEquals(Verb.START, l.verb(), "the verb after the head governs the list");
    }

    @Test
    void aVerbOfMakingSureOfProjectsOpensTheListAfterItsAdverb() {
        // 突出|抓好: the adjective the segmenter sees before the verb is the verb's manner, not an item's word
        ArticleText t = text("全县突出抓好青川食品产业园、远航农产品冷链物流等重点项目，推动产业升级。");
        CoordinationList l = listWith(t, "远航农产品冷链物流");
        assertEquals(List.of("青川食品产业园", "远航农产品冷链物流"), items(t, l));
        assertEquals("抓好", t.slice(l.opener().start(), l.opener().end()));
        assertEquals(Kind.PROJECT, l.kind());
    }

    @Test
    void aParkWordBeforeAPlaceOpensNoItem() {
        ArticleText t = text("观摩组观摩了园区江苏华明电气研究基地、青岚新材料产业园和安泰医疗器械搬迁三个项目。");
        CoordinationList l = listWith(t, "江苏华明电气研究基地");
        assertEquals(0, l.items().get(0).start() - t.view().indexOf("江苏"), "园区 is the article's park, said before the name's own place");
    }

    @Test
    void theFirstItemStartsAfterTheOpener() {
        ArticleText t = text("本次签约的6个项目包括青岚新材料产业园项目、安泰医疗器械生产线项目和恒远冷链仓储项目。");
        CoordinationList l = listWith(t, "安泰医疗器械生产线项目");
        assertEquals(List.of("青岚新材料产业园项目", "安泰医疗器械生产线项目", "恒远冷链仓储项目"), items(t, l));
        assertNotNull(l.opener());
        assertEquals("包括", t.slice(l.opener().start(), l.opener().end()));
        assertEquals(Kind.PROJECT, l.kind(), "the opener's clause speaks of projects");
        assertEquals(Verb.SIGN, l.verb());
    }

    @Test
    void aColonAfterAClauseAboutProjectsOpensAList() {
        ArticleText t = text("签约项目分别是：锐驰激光装备、康宁检测试剂。");
        CoordinationList l = listWith(t, "锐驰激光装备");
        assertEquals(Kind.PROJECT, l.kind());
        assertNull(l.head());
    }

    @Test
    void aHeadOfPeopleIsNoListOfProjects() {
        ArticleText t = text("副市长王建军、李明以及华腾科技有限公司董事长陈刚等部分项目负责人参加仪式。");
        CoordinationList l = listWith(t, "李明");
        assertEquals(Kind.PERSON, l.kind(), "等部分项目负责人 closes a list of people");
        assertTrue(items(t, l).contains("华腾科技有限公司董事长陈刚"), "以及 joins the last item");
    }

    @Test
    void aVisitListKeepsItsVerb() {
        ArticleText t = text("张宏一行先后来到宏达电缆有限公司、星海物流有限公司和云图数据中心调研。");
        CoordinationList l = listWith(t, "星海物流有限公司");
        assertEquals(Verb.VISIT, l.verb());
        assertEquals("宏达电缆有限公司", items(t, l).get(0));
    }

    @Test
    void aNameHoldingAConjunctionIsOneItem() {
        ArticleText t = text("在天晟电池公司磷酸铁锂和动力电池项目、北岭光伏组件项目现场，他察看进度。");
        CoordinationList l = listWith(t, "北岭光伏组件项目现场");
        assertEquals("天晟电池公司磷酸铁锂和动力电池项目", items(t, l).get(0), "和 before a kind word only the right side has");
    }

    @Test
    void anItemEndingInNoKindWordIsNoModelWhereItemsEndInOne() {
        // the last item ends in none (a page cut short); the fourth holds 及 between an activity and its
        // project word: one item, as the list's other items end in 项目 or 工程
        ArticleText t = text("大家先后来到宏达电缆有限公司年产3万吨线缆项目、云图数据中心二期工程、北岭医院门诊楼建设项目、"
                + "星海动力有限公司10万套电驱总成研发制造及3GWh储能系统集成项目、东坪县城区垃圾综合。");
        CoordinationList l = listWith(t, "北岭医院门诊楼建设项目");
        assertEquals("星海动力有限公司10万套电驱总成研发制造及3GWh储能系统集成项目", items(t, l).get(3));
        assertEquals(5, l.items().size());
    }

    @Test
    void theSitesOfProjectsHeadAListOfProjectsAndTheEventHeldThereOpensNoItem() {
        ArticleText t = text("上午9时，开工仪式在东岭智造产业基地、北岭医疗器械研发中心、西坪污水提标改造工程等3个项目基地同时举行。");
        CoordinationList l = listWith(t, "北岭医疗器械研发中心");
        assertEquals(Kind.PROJECT, l.kind());
        assertEquals("东岭智造产业基地", items(t, l).get(0));
    }

    @Test
    void monthsListedAreNoNames() {
        ArticleText t = text("东坪区3、4月份9个计划新开工项目已有6个进场。");
        assertTrue(CoordinationLists.find(t).stream().noneMatch(l -> l.kind() == Kind.PROJECT),
                () -> CoordinationLists.find(t).stream().map(l -> items(t, l)).toList().toString());
        Extracted x = Extracted.body("东坪区3、4月份9个计划新开工项目已有6个进场，都是青山区城建典型项目。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void worksThatOpenToTrafficAreAListOfCompletedProjects() {
        ArticleText t = text("入秋以来，东环快速路北延段、南湖大桥拓宽工程顺利通车。");
        CoordinationList l = listWith(t, "东环快速路北延段");
        assertEquals(List.of("东环快速路北延段", "南湖大桥拓宽工程"), items(t, l));
        assertEquals(Verb.COMPLETE, l.verb());
    }

    @Test
    void twoItemsEndingAlikeSplitAtAnd() {
        ArticleText t = text("双方与东华机械有限公司、南丰新材料有限公司和北川化工有限公司签约。");
        CoordinationList l = listWith(t, "北川化工有限公司");
        assertEquals(3, l.items().size());
        assertEquals(Kind.ENTERPRISE, l.kind(), "the items' endings say what they are");
    }

    @Test
    void aListOfFieldsIsOther() {
        ArticleText t = text("项目涵盖新能源、新材料、生物医药等领域。");
        assertEquals(Kind.OTHER, listWith(t, "新材料").kind());
    }

    @Test
    void oneItemAndACountedHeadIsAList() {
        ArticleText t = text("其中星河科创之门等25个产业项目，总投资253亿元。");
        CoordinationList l = listWith(t, "星河科创之门");
        assertEquals(25, l.count());
        assertEquals(Kind.PROJECT, l.kind());
    }

    @Test
    void aCommaInsideAListClosedByDeng() {
        ArticleText t = text("此次开工的项目以青山白酒产业园、复兴医药产业园,天和物流园等项目为代表。");
        CoordinationList l = listWith(t, "天和物流园");
        assertEquals(List.of("青山白酒产业园", "复兴医药产业园", "天和物流园"), items(t, l));
    }

    @Test
    void clausesOfVerbsAreNoNames() {
        ArticleText t = text("要强龙头、延链条、建集群。");
        CoordinationList l = listWith(t, "延链条");
        assertEquals(Kind.UNKNOWN, l.kind());
    }

    @Test
    void aMarkBetweenTheThingsOneProjectMakesSplitsNoList() {
        ArticleText t = text("仪式上，东湖经济开发区精密铸件项目，西山经济开发区光学镜片、激光器件项目，南岭产业集聚区生物饲料项目等9个项目集中开工。");
        for (CoordinationList l : CoordinationLists.find(t)) {
            assertTrue(!items(t, l).contains("西山经济开发区光学镜片") && !items(t, l).contains("激光器件项目"), items(t, l).toString());
        }
        // the clause holding the one name goes on with the list closed by 等 in the next
        assertEquals(List.of("西山经济开发区光学镜片、激光器件项目", "南岭产业集聚区生物饲料项目"), items(t, listWith(t, "南岭产业集聚区生物饲料项目")));
        // two named things stay two items
        ArticleText named = text("今年将开工建设滨河大道、龙湖大桥项目。");
        assertEquals(List.of("滨河大道", "龙湖大桥项目"), items(named, listWith(named, "滨河大道")));
    }

    @Test
    void phasesOrNumberedPartsOfOneProjectAreOneProject() {
        // 二期、三期项目 and 3号、12号…工程: the 、 joins parts counted alike, the project is one
        Extracted x = Extracted.body("副市长高明远调研了东岭机械有限公司精密铸造二期、三期项目，"
                + "随后察看了3号、12号矿井巷道延伸工程建设进展。");
        var projects = x.names(EntityType.PROJECT);
        assertTrue(projects.stream().anyMatch(n -> n.endsWith("精密铸造二期、三期项目")), projects.toString());
        assertTrue(projects.contains("3号、12号矿井巷道延伸工程"), projects.toString());
        assertTrue(projects.stream().noneMatch(n -> n.equals("三期项目") || n.equals("12号矿井巷道延伸工程")), projects.toString());
    }

    @Test
    void aVisitingVerbBeforeAnotherVerbIsItsMannerAndGovernsNoList() {
        // 深入了解: what is learned of (养殖、加工) is no place visited, and 了 belongs to 了解
        ArticleText t = text("高明远来到恒泰食品公司，深入了解肉牛养殖、饲料加工、冷链物流等有关情况。");
        CoordinationList l = listWith(t, "饲料加工");
        assertTrue(l.verb() != Verb.VISIT, l.toString());
        assertTrue(items(t, l).stream().noneMatch(i -> i.startsWith("解")), items(t, l).toString());
        Extracted x = Extracted.body("高明远来到恒泰食品公司，深入了解肉牛养殖、饲料加工、冷链物流等有关情况。");
        assertEquals(java.util.Set.of("恒泰食品公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void theProjectKeepsBothThingsItMakesInItsName() {
        Extracted x = Extracted.body("仪式上，东湖经济开发区精密铸件项目，西山经济开发区光学镜片、激光器件项目，南岭产业集聚区生物饲料项目等9个项目集中开工。"
                + "会议听取了县域经济发展、产业项目推进情况汇报。");
        var projects = x.names(EntityType.PROJECT);
        assertTrue(projects.stream().anyMatch(n -> n.endsWith("光学镜片、激光器件项目")), projects.toString());
        assertTrue(projects.stream().noneMatch(n -> n.equals("光学镜片") || n.equals("激光器件项目")), projects.toString());
        assertTrue(projects.stream().noneMatch(n -> n.contains("县域经济发展")), projects.toString());
    }

    @Test
    void aSentenceThatIsOnlyAnOpenerAndItsListGoesOnFromTheSentenceBefore() {
        ArticleText t = text("据了解，当天集中开工的项目涉及先进制造、文化旅游等多个领域。包括滨江云计算数据中心二期、滨江现代有轨电车T1线、"
                + "滨江碳纤维装备制造等。");
        assertEquals(Kind.PROJECT, listWith(t, "滨江现代有轨电车T1线").kind());
        ArticleText other = text("据了解，当天参会的嘉宾来自先进制造、文化旅游等多个领域。包括滨江云计算公司、滨江有轨电车公司等。");
        assertTrue(listWith(other, "滨江云计算公司").kind() != Kind.PROJECT, "the sentence before is not about projects");
    }

    @Test
    void aListGoingOnWithYiJiAfterAListOfProjectsIsProjectsToo() {
        ArticleText t = text("开工项目包括滨江云计算数据中心二期、滨江现代有轨电车T1线，以及东湖水生态修复治理、西山林业综合治理。");
        assertEquals(Kind.PROJECT, listWith(t, "滨江现代有轨电车T1线").kind());
        assertEquals(Kind.PROJECT, listWith(t, "西山林业综合治理").kind());
        ArticleText comma = text("开工项目包括滨江云计算数据中心二期、滨江现代有轨电车T1线，东湖县水生态修复治理、西山县林业综合治理。");
        assertEquals(Kind.PROJECT, listWith(comma, "西山县林业综合治理").kind());
    }

    @Test
    void aListAfterAVerbOfExtentIsFieldsNotProjects() {
        ArticleText t = text("今年计划完成投资55亿元，涉及生物经济、数字经济等战略性新兴产业项目。");
        assertEquals(Kind.OTHER, listWith(t, "数字经济").kind());
    }

    @Test
    void aConjunctionBeforeOneVerbJoinsActivitiesOfOneItem() {
        Extracted x = Extracted.body("要优化服务，确保东岭科技年产8万方氢气、青禾能源3万吨铜型材、海能科技提锂制氢及液化等30个项目4月份开工建设。");
        assertTrue(x.names(EntityType.PROJECT).contains("海能科技提锂制氢及液化"), x.names(EntityType.PROJECT)::toString);
        assertFalse(x.names(EntityType.PROJECT).contains("海能科技提锂制氢"), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void theSubjectAndTheAgentsPrepositionComeBeforeTheFirstItem() {
        ArticleText t = text("据介绍，滨河科创中心由远航集团、青禾置业有限公司、北辰建工集团有限公司三家企业共同投资建设。");
        CoordinationList l = listWith(t, "青禾置业有限公司");
        assertEquals(List.of("远航集团", "青禾置业有限公司", "北辰建工集团有限公司"), items(t, l));
        assertEquals(Kind.ENTERPRISE, l.kind());
    }

    @Test
    void itemsDesignatedAsAKindOfWorksAreProjects() {
        ArticleText t = text("今年，青岚光电显示模组、华鑫锂电隔膜等被列为省重大产业项目。北辰智能装备、金泰新材料等入选省级专精特新企业。");
        CoordinationList works = listWith(t, "华鑫锂电隔膜");
        assertEquals(Verb.DESIGNATE, works.verb());
        assertEquals(Kind.PROJECT, works.kind());
        assertTrue(listWith(t, "金泰新材料").kind() != Kind.PROJECT, "a designation of companies makes no projects");
    }
}
