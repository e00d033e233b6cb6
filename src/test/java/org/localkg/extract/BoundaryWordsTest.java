package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A name does not take in the time, verb or clause before it (failure class 1 of issue 7).
 * Every sentence here is made up for the test.
 */
class BoundaryWordsTest {
    @Test
    void aFinishingVerbBeforeAProjectIsNotItsName() {
        Extracted x = Extracted.body("今天，全区集中竣工青山新材料研发中心项目等12个项目。");
        assertEquals(Set.of("青山新材料研发中心项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aSpanOfYearsBeforeAParkIsNotItsName() {
        Extracted x = Extracted.body("五年来南湖经济开发区累计引进项目86个。");
        assertEquals(Set.of("南湖经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void aClauseBeforeAParkIsNotItsName() {
        Extracted x = Extracted.body("钟山区还有云溪智能装备产业园项目正在建设。");
        // the park being built is the project: one entity with both names, a project only while the park is named
        // nowhere but inside the works' name (Session 44)
        assertEquals(Set.of("云溪智能装备产业园项目"), x.names(EntityType.PROJECT));
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
        assertTrue(x.entity("云溪智能装备产业园").is(EntityType.PROJECT));
    }

    @Test
    void anInspectingVerbBeforeAParkIsNotItsName() {
        Extracted x = Extracted.body("副市长周启明督查南湖经济开发区安全生产工作。");
        assertEquals(Set.of("南湖经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void aTitleInsideAWordMakesNoPerson() {
        Extracted x = Extracted.body("建立健全城区长效管理机制，推动街巷环境持续改善。");
        assertEquals(Set.of(), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of(), x.names(EntityType.PERSON));
    }

    @Test
    void aNameDoesNotTakeTheVerbAfterIt() {
        Extracted x = Extracted.body("副区长韦东要求，各部门要压实责任。随后，韦东率队赴青山经开区督查。");
        assertEquals(Set.of("韦东"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aMonthBeforeAProjectIsNotItsName() {
        Extracted x = Extracted.body("9月，华光电气项目正式投产；10月华光电气二期项目开工。");
        assertEquals(Set.of("华光电气项目", "华光电气二期项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aPrepositionTakenIntoAGivenNameIsLeftOut() {
        Extracted x = Extracted.body("市委副书记、代市长李正为滨江市投资促进服务中心揭牌并启动平台。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("李正"), x.names(EntityType.OFFICIAL)::toString);
        assertFalse(x.names(EntityType.OFFICIAL).contains("李正为"), x.names(EntityType.OFFICIAL)::toString);
        Extracted y = Extracted.body("县领导王冠华、王大为及相关部门负责人参加调研。");
        assertTrue(y.names(EntityType.OFFICIAL).contains("王大为"), "为 is a given name's character when no ceremony follows");
    }

    @Test
    void aParkOpensNeitherWithAPrepositionNorWithTheBodyThatRunsIt() {
        Extracted x = Extracted.body("王成、张文为中国共产党山西滨湖经济开发区工作委员会揭牌。刘强、陈东为山西滨湖经济开发区管理委员会揭牌。");
        assertEquals(Set.of("山西滨湖经济开发区"), x.names(EntityType.PARK));
        assertEquals(Set.of(), x.names(EntityType.OFFICIAL), "委员 of 委员会 is no title before a name");
    }

    @Test
    void theUnitOfACountAndAConjunctionOpenNoPark() {
        Extracted x = Extracted.body("全市12个区及滨海新片区管委会负责人参加。");
        assertEquals(Set.of("滨海新片区"), x.names(EntityType.PARK));
    }

    @Test
    void anAdverbTheSegmenterCutOutOfAnUnknownNameStaysInIt() {
        Extracted x = Extracted.body("包头市坤正能源化工有限公司100万吨烧碱项目总投资45亿元。");
        assertEquals(Set.of("包头市坤正能源化工有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aCountOfProjectsInWordsIsNoProjectsName() {
        Extracted x = Extracted.body("五个新能源项目同时开工建设。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void theTailOfAQuantityOpensNoCompany() {
        Extracted x = Extracted.body("江苏鸿业年产5万吨锂电池负极材料项目公司已注册，正在办理相关手续。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("万吨")), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void aHeadlinesSumAndAListsHeadAreNoProjectNames() {
        Extracted x = Extracted.titled("滨江20亿单晶硅等新能源项目奠基", "8月22日，总投资超过20亿元的五个新能源项目在滨江经济技术开发区举行奠基仪式。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
        Extracted y = Extracted.body("远航新材料科技有限公司年产10亿包饰品建设项目已开工。");
        assertTrue(y.names(EntityType.PROJECT).contains("远航新材料科技有限公司年产10亿包饰品建设项目"), "a capacity is no sum");
    }

    @Test
    void aTitleBeforeAWorkplaceAndAVerbLikeBrandBeforeACapacityStayInTheName() {
        Extracted x = Extracted.body("其中，滨江精工五轴数控机床博士工作站研发项目、江苏腾飞年产2000吨医药中间体项目、远航新材料年产5万吨醋酸项目正在进行土建施工。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("滨江精工五轴数控机床博士工作站研发项目", "江苏腾飞年产2000吨医药中间体项目")),
                x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void gongChengBeforeACompanysLegalFormIsTheCompanysTradeNotAProject() {
        Extracted x = Extracted.body("在滨江技术创新中心和滨海设计工程有限责任公司，企业负责人介绍了建设运营情况。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aZonesPartNamedByItsSideIsTheParkOfItsProjects() {
        Extracted x = Extracted.body("8月22日，五个新能源项目在银川经济技术开发区西区举行奠基仪式。这次奠基的项目分别是：华鼎集团年产300套风机塔筒项目、"
                + "远航电气年产5万台逆变器项目。");
        assertEquals(Set.of("银川经济技术开发区西区"), x.parksOf("华鼎集团年产300套风机塔筒项目"));
    }

    @Test
    void aOneCharacterZoneWordInsideACompanysNameAndAMeasureWordWithoutANumberOpenNothing() {
        Extracted x = Extracted.body("内蒙古丰谷矿业有限责任公司60万吨PVC项目开工。株宝科技集团硅光伏全产业链项目签约。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("内蒙古丰谷矿业有限责任公司", "株宝科技集团")), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void anAspectVerbOpensNoProjectsName() {
        Extracted x = Extracted.body("滨江科创园项目已开始楼宇内部装修工程，目前正在准备相关手续。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("开始")), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aSloganCallingAProgrammeAWorkIsNoProject() {
        Extracted x = Extracted.body("要把招商引资作为高质量发展头号工程来抓，滨江大道改建工程年内完工。");
        assertEquals(Set.of("滨江大道改建工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void anAdverbBeforeALoneCharacterOpensAName() {
        Extracted x = Extracted.body("王立群一行先后对青河经济区正萱集团工业地产项目、正岚集团进行了实地调研。");
        assertTrue(x.names(EntityType.PROJECT).contains("正萱集团工业地产项目"), x.names(EntityType.PROJECT)::toString);
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(java.util.Set.of("正萱集团", "正岚集团")), x.names(EntityType.ENTERPRISE)::toString);
    }
}
