package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectRecognizerTest {
    @Test
    void aZonesBareWordAndCommonWordsNameNoProject() {
        Extracted x = Extracted.body("会议强调，2025年开发区配套项目全部开工。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
        Extracted y = Extracted.body("会议强调，2025年开发区华川电子项目全部开工。");
        assertTrue(y.names(EntityType.PROJECT).stream().anyMatch(n -> n.endsWith("华川电子项目")), y.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aFieldAloneBeforeTheProjectWordIsNoProject() {
        Extracted x = Extracted.body("全市加快建设新能源项目，推动新材料项目落地。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
        Extracted y = Extracted.body("全市加快建设华川新能源项目，推动新材料项目落地。");
        assertEquals(Set.of("华川新能源项目"), y.names(EntityType.PROJECT), "a brand says which");
        Extracted z = Extracted.body("远航新材料项目昨日开工，总投资5亿元。");
        assertEquals(Set.of("远航新材料项目"), z.names(EntityType.PROJECT), "a brand the tagger reads as a verb");
    }

    @Test
    void twoQuotedNamesJoinedBeforeOneProjectWordAreTwoNames() {
        Extracted x = Extracted.body("园区实施的“滨江物流枢纽建设”及“东岭科创园”项目已完成投资12亿元。");
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("及")), x.names(EntityType.PROJECT)::toString);
        assertEquals(Set.of("滨江物流枢纽建设", "东岭科创园项目"),
                x.names(EntityType.PROJECT).stream().map(n -> n.replace("“", "").replace("”", "")).collect(java.util.stream.Collectors.toSet()));
        Extracted y = Extracted.body("园区实施的“滨江物流枢纽”暨“东岭科创园”项目已完成投资12亿元。");
        assertEquals(1, y.names(EntityType.PROJECT).size(), "暨 joins two names of one thing: " + y.names(EntityType.PROJECT));
    }

    @Test
    void aPhraseOpenedByAQuantityOrADegreeNamesNoProject() {
        Extracted x = Extracted.body("要推进更多优质项目实现签约，引进一批优质项目，各类重点项目加快建设。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aNameEndingInProjectIsAProject() {
        Extracted x = Extracted.body("宏达高端轴承研发及生产项目于去年开工建设。");
        assertEquals(Set.of("宏达高端轴承研发及生产项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void twoProjectsJoinedByAndAreTwo() {
        Extracted x = Extracted.body("两家公司签订了青禾电子材料项目和远帆智能物流项目。签约仪式上，文化旅游产业园项目和面包加工中心项目同时签约。");
        assertEquals(Set.of("青禾电子材料项目", "远帆智能物流项目", "文化旅游产业园项目", "面包加工中心项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void theVerbOpeningTheClauseIsNoPartOfTheName() {
        Extracted x = Extracted.body("两家公司签订了文化旅游产业园项目和建设面包产业园（中心厨房）项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("面包产业园（中心厨房）项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVerbThatOpensAListIsNoPartOfTheName() {
        Extracted x = Extracted.body("今年，全县共有北辰新材料有限公司锂电隔膜项目等4个项目开工。");
        assertEquals(Set.of("北辰新材料有限公司锂电隔膜项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCompanyAndAProjectJoinedByAndAreTwoItems() {
        Extracted x = Extracted.body("副县长周立群先后走访了华旭精工有限公司及滨河智能装备产业园项目、启明纺织有限公司和南岭光伏项目。");
        assertEquals(Set.of("滨河智能装备产业园项目", "南岭光伏项目"), x.names(EntityType.PROJECT));
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("华旭精工有限公司", "启明纺织有限公司")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCountOfProjectsIsNoName() {
        Extracted x = Extracted.body("此次签约的有恒泰物流有限公司和金川建材集团3家重点项目，总投资12亿元。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("3家")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPronounBeforeTheNameIsNoPartOfIt() {
        Extracted x = Extracted.body("今年，该县20兆瓦分散式风电项目完成投资1.2亿元。");
        assertEquals(Set.of("20兆瓦分散式风电项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void afterDeTheNameKeepsItsFirstCharacter() {
        Extracted x = Extracted.body("签约项目包括总投资8亿元的顺达宏远物流园项目。");
        assertEquals(Set.of("顺达宏远物流园项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aProjectNamedAfterItsCompanyWithoutTheLegalFormIsOne() {
        Extracted x = Extracted.body("远通集团投资建设的远通总部项目昨天开工。");
        assertEquals(Set.of("远通总部项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void anAdverbOfPhaseStaysInTheName() {
        Extracted x = Extracted.body("市郊铁路东岭线先期开通工程今年开工。");
        assertEquals(Set.of("市郊铁路东岭线先期开通工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void aNameSplitIntoOneCharacterVerbsIsKept() {
        Extracted x = Extracted.body("在宁川达润通新材料有限公司，县长刘建平详细了解达润通年产5万吨锂电池隔膜项目推进情况。");
        assertEquals(Set.of("达润通年产5万吨锂电池隔膜项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void afterAVerbItsObjectKeepsItsFirstCharacter() {
        Extracted x = Extracted.body("会上，罗田达润诚新材料科技股份有限公司介绍了达润诚年产5万吨锂电池隔膜项目建设情况。");
        assertEquals(Set.of("达润诚年产5万吨锂电池隔膜项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void genericProjectsAreNoNames() {
        Extracted x = Extracted.body("推动重大项目加快建设，多个项目落户，新引进相关项目15个，获批示范项目。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty());
    }

    @Test
    void programmesAreNoProjects() {
        Extracted x = Extracted.body("开展青年骨干人才培养项目，列为“书记项目”。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty());
    }

    @Test
    void aListClosedByMajorProjectsIsAListOfProjects() {
        Extracted x = Extracted.body("加快锡宜高速、太湖大道快速路、运河航道整治等重大项目建设。");
        assertEquals(Set.of("锡宜高速", "太湖大道快速路", "运河航道整治"), x.names(EntityType.PROJECT));
    }

    @Test
    void worksAfterABuildingVerbAreProjects() {
        Extracted x = Extracted.body("年内开工沪宁高速无锡至苏州段、望虞河大桥，持续优化路网。");
        assertEquals(Set.of("沪宁高速无锡至苏州段", "望虞河大桥"), x.names(EntityType.PROJECT));
    }

    @Test
    void whatTheTextCallsAMajorProjectIsAProject() {
        Extracted x = Extracted.body("位于滨湖开发区的常州凯达新能源电池基地是省重大项目，总建筑面积10万平方米。");
        assertTrue(x.names(EntityType.PROJECT).contains("常州凯达新能源电池基地"));
        Extracted y = Extracted.body("位于萧山经济技术开发区的杭州云帆智能装备基地是浙江省重大项目。");
        assertTrue(y.names(EntityType.PROJECT).contains("杭州云帆智能装备基地"), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void aDesignationMakesItsHolderAProject() {
        Extracted x = Extracted.body("南湖科创中心综合楼获批省级绿色建筑示范项目。");
        assertEquals(Set.of("南湖科创中心综合楼"), x.names(EntityType.PROJECT));
    }

    @Test
    void aBuiltThingCalledProjectByTheNextSentenceIsAProject() {
        Extracted x = Extracted.body("在园区东侧，天元设计集团总部正在进行内部装修。项目采用装配式结构。");
        assertTrue(x.names(EntityType.PROJECT).contains("天元设计集团总部"));
    }

    @Test
    void theSubjectOfACaptionInAProjectsColumnIsAProject() {
        Extracted x = Extracted.caption("城东智慧物流港位于青龙路北侧，总投资3亿元。目前已封顶。张三 摄", "重点项目 进行时");
        assertTrue(x.names(EntityType.PROJECT).contains("城东智慧物流港"));
    }

    @Test
    void aProjectIsNotPartOfACompanyName() {
        Extracted x = Extracted.body("苏州华信工程设计研究院有限公司中标。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty());
    }

    @Test
    void aNameAndAPhaseIsAProject() {
        Extracted x = Extracted.body("今年一季度，远航动力三期项目总投资100亿元，已于3月开工。");
        assertEquals(Set.of("远航动力三期项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void onePlacePraisedInTurnIsNoListOfProjects() {
        Extracted x = Extracted.body("签约标志着该镇发展进入新阶段，为推动“智慧新港、美丽新港、生态新港、幸福新港”建设开好局。"
                + "会上，大连港、营口港、锦州港三个港口扩建项目同时签约。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("新港")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aProjectNamedForWhatItProcessesOrGeneratesIsAProject() {
        Extracted x = Extracted.body("观摩团实地考察东岭子生活垃圾焚烧发电项目和西沟污水处理项目。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("东岭子生活垃圾焚烧发电项目", "西沟污水处理项目")),
                x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aProjectIsWhatASumIsSpentOnBuilding() {
        Extracted x = Extracted.body("青林市引进华盛源集团投资12.5亿元建设国际精品果饮产业园项目，计划3年建成。"
                + "东岭县引进9.1亿元建设国际农机装备品牌(华北地区)总部基地项目，主要建设农机展销大厅。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("国际精品果饮产业园项目", "国际农机装备品牌(华北地区)总部基地项目")),
                x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aFiveYearPlansKeyProjectIsNoProjectsName() {
        Extracted x = Extracted.body("东岭机场改扩建工程是国家“十三五”“十四五”重点建设项目，预计明年投入运营。");
        assertEquals(Set.of("东岭机场改扩建工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCompanysStageWordStaysInTheProjectsFullestName() {
        Extracted x = Extracted.body("在东岭装备制造园，总投资6000万元的丹东青禾食品有限公司新建水产品加工项目也施工正酣。");
        assertTrue(x.names(EntityType.PROJECT).contains("丹东青禾食品有限公司新建水产品加工项目"), x.names(EntityType.PROJECT)::toString);
        Extracted y = Extracted.body("今年新建东岭物流园项目。");
        assertTrue(y.names(EntityType.PROJECT).contains("东岭物流园项目"), y.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aPhaseUnderWayOpeningTheWorksIsNoPartOfTheName() {
        Extracted x = Extracted.body("站在恒丰清洁能源科技有限公司四号平台，目睹企业宏伟的一期在建100万吨/年焦化及煤化工项目，张强希望企业发挥龙头作用。"
                + "正在建设的南川储能电站项目进展顺利。");
        assertTrue(x.names(EntityType.PROJECT).contains("100万吨/年焦化及煤化工项目"), x.names(EntityType.PROJECT)::toString);
        assertTrue(x.names(EntityType.PROJECT).contains("南川储能电站项目"), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void twoWorksJoinedByHeAreTwoProjects() {
        Extracted x = Extracted.body("本报讯 在活动现场，恒丰科技燃气轮机装备产业基地和燃气轮机配套产业链基地正式开工，这两个项目将进一步丰富产业图谱。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("恒丰科技燃气轮机装备产业基地", "燃气轮机配套产业链基地")),
                x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void zhiAfterANumberIsAClassifierInsideTheName() {
        Extracted x = Extracted.body("本报讯 华信年产1亿只肉鸡屠宰加工项目开工。恒丰年产100万只锂电池项目投产。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("华信年产1亿只肉鸡屠宰加工项目", "恒丰年产100万只锂电池项目")),
                x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void whatAnOfficialInspectsNamedByNounsOnlyIsAProject() {
        // no lexicon word says what 口腔崩解片剂 is; being inspected as 某某项目 does
        Extracted x = Extracted.body("市委书记高明远到恒泰制药公司调研了口腔崩解片剂项目。会议调研了重点项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("口腔崩解片剂项目"), x.names(EntityType.PROJECT)::toString);
        assertTrue(!x.names(EntityType.PROJECT).contains("重点项目"), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void infrastructureAfterANameIsWhatTheProjectBuilds() {
        Extracted x = Extracted.body("总投资1.8亿元的南湖区创业孵化园基础设施项目已于3月复工。全区要加快基础设施项目建设。");
        assertTrue(x.names(EntityType.PROJECT).contains("南湖区创业孵化园基础设施项目"), () -> x.facts.entities().toString());
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.equals("基础设施项目")), () -> x.facts.entities().toString());
    }

    @Test
    void activitiesJoinedInsideAProjectsNameAreOneName() {
        Extracted x = Extracted.body("周立新来到宏泰菌业公司菌种研发、培育、检测基地项目现场，察看项目进展。");
        assertTrue(x.names(EntityType.PROJECT).contains("宏泰菌业公司菌种研发、培育、检测基地项目"),
                () -> x.facts.entities().toString());
        assertEquals(Set.of("宏泰菌业公司"), x.enterprisesOf("宏泰菌业公司菌种研发、培育、检测基地项目"));
    }

    @Test
    void aCapacityBeforeDeOpensTheProjectsNameWithTheCompanyHeadingIt() {
        Extracted x = Extracted.body("上午，华成振兴(江西)粮油有限公司年产12万吨的稻谷烘干线及米糠油生产线项目同时开工。");
        String name = "华成振兴(江西)粮油有限公司年产12万吨的稻谷烘干线及米糠油生产线项目";
        assertEquals(Set.of(name), x.names(EntityType.PROJECT), "the built line inside it is no project of its own");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("华成振兴(江西)粮油有限公司"), x.names(EntityType.ENTERPRISE)::toString);
        Extracted y = Extracted.body("在东岭镇的工地上，年可消耗50万吨粉煤灰的60多万吨加气砌块二期项目正在施工。");
        assertEquals(Set.of("60多万吨加气砌块二期项目"), y.names(EntityType.PROJECT), "a capacity with 多 is no count of projects");
    }

    @Test
    void aPlusJoinsTwoWordsOfOneName() {
        Extracted x = Extracted.body("3月8日开工的东华光储+生态修复项目，总投资5亿元。");
        assertEquals(Set.of("东华光储+生态修复项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aOneCharacterVerbRightAfterZaiOpensTheName() {
        Extracted x = Extracted.body("在纳仁松镇北沟矿区治理项目现场，他询问了治理进度。");
        assertEquals(Set.of("纳仁松镇北沟矿区治理项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void oneCommonWordOrAQuantifierBeforeTheNameSaysAKindOfWorks() {
        Extracted x = Extracted.body("副区长在现场察看了高铁项目的建设情况。年内要加快各项水务工程的建设。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aVerbGoverningProjectsBeforeANameIsThePredicateNotPartOfTheName() {
        Extracted x = Extracted.body("会议要求，要确保青禾电子材料项目按期投产，紧盯项目不放松。");
        assertEquals(Set.of("青禾电子材料项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void anItemOfAListOfNamesKeepsTheVerbLikeCharacterItOpensWith() {
        Extracted x = Extracted.body("调研组先后深入东山产业园、引沁灌区配套供水工程现场。会议要求聚焦发展目标、聚力项目攻坚。");
        assertEquals(Set.of("引沁灌区配套供水工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void aYearRightAfterACountysNameIsPartOfItsWorksName() {
        Extracted x = Extracted.body("检查组察看了长宁县2022年荒山造林综合治理工程的进展，青州市2019年重大项目全部开工。");
        assertEquals(Set.of("长宁县2022年荒山造林综合治理工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void aZonesNameAndOnlyWorksNamesNoProject() {
        Extracted x = Extracted.body("会议研究了东山经济开发区（河西片）工程建设项目的审批流程，青禾电子材料项目加快建设。");
        assertEquals(Set.of("青禾电子材料项目"), x.names(EntityType.PROJECT));
    }
}
