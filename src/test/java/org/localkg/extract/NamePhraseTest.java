package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names are noun phrases, whatever rule proposes them (issue 18, item 3): no leading time or verb,
 * no batches, sums, titles or verb phrases as projects. Every sentence is made up.
 */
class NamePhraseTest {
    @Test
    void aTimeBeforeAParkIsNoPartOfIt() {
        Extracted x = Extracted.body("一季度江宁高新区固定资产投资增长20%。");
        assertEquals(Set.of("江宁高新区"), x.names(EntityType.PARK));
    }

    @Test
    void anAdverbBeforeANounInsideANameModifiesIt() {
        Extracted x = Extracted.body("区长何文斌督查了青禾食品淀粉加工技术改造、青禾食品自动包装码垛生产线等项目建设情况。");
        assertTrue(x.names(EntityType.PROJECT).contains("青禾食品自动包装码垛生产线"), x.names(EntityType.PROJECT)::toString);
        Extracted y = Extracted.body("开发区牢牢抓住项目建设不放松。");
        assertTrue(y.names(EntityType.PROJECT).isEmpty(), y.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aZoneNamedForItsThemeIsAPark() {
        Extracted x = Extracted.body("4月25日，辽宁改革创新示范区举行重点企业座谈会。");
        assertTrue(x.names(EntityType.PARK).contains("辽宁改革创新示范区"), x.names(EntityType.PARK)::toString);
    }

    @Test
    void aComparisonIsNoName() {
        Extracted x = Extracted.body("今年一季度，青岭经济开发区开复工项目98个、总投资156亿元，为全区开工项目数量最多、投资最大；本次集中开工项目共12个。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("最大") || n.endsWith("最多")),
                x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aBatchOfProjectsIsNoProject() {
        Extracted x = Extracted.body("青岭经济开发区2026年第一批招商引资项目集中签约，总投资亿元以上项目12个。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aTitleAndItsHoldersWordsAreNoProject() {
        Extracted x = Extracted.body("市长王建国宣布全市深化转型项目建设年重点项目集中开工。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVerbAndItsObjectIsNoProjectButAVerbLikeNameIs() {
        Extracted x = Extracted.body("要强化产业主导项目支撑。远航精密机械项目总投资5亿元。");
        assertEquals(Set.of("远航精密机械项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void projectsOfAStageAreNoProject() {
        Extracted x = Extracted.body("江北片区计划开复工项目140个。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aDistrictIsNoPark() {
        Extracted x = Extracted.body("呼和浩特市新城区召开会议。");
        assertFalse(x.names(EntityType.PARK).contains("呼和浩特市新城区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aPersonIsNoPartOfACompanysName() {
        Extracted x = Extracted.body("区长周敏来到华辰电气有限公司调研。");
        assertEquals(Set.of("华辰电气有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void whatABodyDoesWithProjectsIsNoProjectsName() {
        Extracted x = Extracted.body("今年以来，市发改委执行重点产业项目周调度机制。公司已储备300兆瓦光伏发电项目，力争早日开工。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("执行") || n.contains("储备")),
                x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aClauseClosedByDeBeforeACompanyIsNoPartOfItsName() {
        Extracted x = Extracted.body("市长一行“一对一”会见了拟在盘投资的东岳泵业(天津)有限公司、湖北青松碳汇开发有限公司和华控水务集团3家企业负责人。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("东岳泵业(天津)有限公司"), x.names(EntityType.ENTERPRISE)::toString);
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.contains("的")), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void aSlogansVerbAndKindOfProjectIsNoProject() {
        Extracted x = Extracted.body("青林开发区坚持谋新项目、攻慢项目、啃难项目，推动产业升级。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aGoverningVerbAfterAVisitingVerbIsNoProjectsOpening() {
        Extracted x = Extracted.titled("青林市长周明调研指导青林省百大项目建设", "10月8日，青林市长周明深入三个区调研。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("指导")), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aZoneWordAloneIsNoParkOfItsOwn() {
        Extracted x = Extracted.body("青林胜利经济开发区举行签约仪式。副主任唐笑代表开发区作表态发言。");
        assertEquals(Set.of("青林胜利经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void aZoneBeforeABranchWordNamesTheBranchNotAPark() {
        Extracted x = Extracted.body("镇政府与东海农商银行滨港新片区支行、青林城投管理有限公司签订合作协议。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK)::toString);
    }

    @Test
    void aCopulaBetweenTwoZonesEndsTheFirst() {
        Extracted x = Extracted.body("中国(东海)自由贸易试验区青林片区为中国(东海)自由贸易试验区三大片区之一。");
        assertEquals(Set.of("中国(东海)自由贸易试验区"), x.names(EntityType.PARK));
    }

    @Test
    void aZoneThenAPlaceOpensANewName() {
        Extracted x = Extracted.body("张立国一行先后对经济开发区河北明筑新材有限公司、保定清苑通航产业基地河北翔宇飞机制造项目进行了实地调研。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("河北明筑新材有限公司"), x.names(EntityType.ENTERPRISE)::toString);
        assertTrue(x.names(EntityType.PROJECT).contains("河北翔宇飞机制造项目"), x.names(EntityType.PROJECT)::toString);
        // without a place after it, a zone stays in the project's name
        Extracted y = Extracted.body("青林新区明德国际学校项目总投资3亿元。");
        assertTrue(y.names(EntityType.PROJECT).contains("青林新区明德国际学校项目"), y.names(EntityType.PROJECT)::toString);
    }

    @Test
    void whereAProjectIsBuiltIsNoPartOfItsName() {
        Extracted x = Extracted.body("青山物流集团有限公司计划在滨河经济开发区建设智慧冷链物流园项目；东岭燃气公司计划在青林县建设燃气储配站项目。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("智慧冷链物流园项目", "燃气储配站项目")), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void countsOrdinalsAndBatchesOpenNoProject() {
        Extracted x = Extracted.body("青林市首批产业项目集中开工，涉及30余个食品加工业项目，其中有第一家央企装备类产业项目。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void anAgreementIsNoProject() {
        Extracted x = Extracted.body("大会共签约90个重点产业项目，签约总金额503亿元；签约青峰光伏扩容融资合作协议、东岭饲料添加剂技改项目融资合作协议等5个金融合作项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("协议")), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aPrepositionEndsWhatCameBeforeACompanysName() {
        for (String name : List.of("恒鑫科金", "华信科金", "金鑫科技")) {
            Extracted x = Extracted.body("区长冀明带队到青林科技园区实地调研北京" + name + "公司。一行到达北京" + name + "公司,在综合展厅,观看了"
                    + name + "关于公司研发成果和市场布局的介绍。");
            assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.contains("关于") || n.equals("公司")),
                    x.names(EntityType.ENTERPRISE)::toString);
        }
    }

    @Test
    void aPlaceAndAKindAreNoProjectsName() {
        Extracted x = Extracted.body("该项目是黑龙江省产业项目中投资最大的一个，也是近年来落户黑龙江项目中的第一个。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
        Extracted y = Extracted.body("青林县跨海大桥项目总投资50亿元。");
        assertEquals(Set.of("青林县跨海大桥项目"), y.names(EntityType.PROJECT));
    }

    @Test
    void genericWordsAndTheVerbOfWorksNameNoProject() {
        Extracted x = Extracted.body("全区要高起点推动项目、高质量建设项目、高水平服务项目。当天开工的项目包括：基础设施建设项目、青山科技产业园建设项目和东岭商业街改造项目。");
        assertFalse(x.names(EntityType.PROJECT).contains("高质量建设项目"), x.names(EntityType.PROJECT)::toString);
        assertFalse(x.names(EntityType.PROJECT).contains("基础设施建设项目"), x.names(EntityType.PROJECT)::toString);
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("青山科技产业园建设项目", "东岭商业街改造项目")),
                x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void morePhrasesNameNoProject() {
        Extracted x = Extracted.body("希望企业继续发挥资源优势，吸引领域内更多优质产业项目落地，带动众多配套项目建设。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aTopicAfterJiuIsNoProjectsName() {
        // 某县就…进行调研: 就 introduces what the visit is about; 产业项目建设 is a kind of work, no name
        Extracted x = Extracted.body("5月8日，市委书记高明远深入东岭县、延寿县就产业项目建设、安全生产等工作进行调研。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void anAdverbBeforeAVerbMakesAClauseNotAProjectsName() {
        Extracted x = Extracted.body("在恒泰药业有限公司，高明远来到提取车间实地踏查项目进展情况。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aVerbalNounBeforeAPlaceOpensNoCompanysName() {
        Extracted x = Extracted.body("今年拟开工建设新疆宏泰新材料股份有限公司年产5万吨树脂项目。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("新疆宏泰新材料股份有限公司"), () -> x.facts.entities().toString());
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("建设")), () -> x.facts.entities().toString());
    }

    @Test
    void aBodyAndWhatItDoesToAProjectOpenNoProjectsName() {
        Extracted x = Extracted.body("此次签约中，宏泰科技股份有限公司与北辰工业园区管委会签订风电整机生产线建设项目；");
        assertTrue(x.names(EntityType.PROJECT).contains("风电整机生产线建设项目"), () -> x.facts.entities().toString());
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("签订")), () -> x.facts.entities().toString());
    }

    @Test
    void aVerbThatDescribesTheProjectStaysInItsName() {
        Extracted x = Extracted.body("宏泰化工科技有限公司年产8万吨氯碱项目开工建设。");
        assertTrue(x.names(EntityType.PROJECT).contains("宏泰化工科技有限公司年产8万吨氯碱项目"), () -> x.facts.entities().toString());
    }

    @Test
    void anAdverbAndItsVerbMakeNoParksName() {
        Extracted x = Extracted.body("今年，南湖高新区大力发展新材料产业园和数字经济等产业。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.contains("大力发展")), () -> x.facts.entities().toString());
    }

    @Test
    void aSlogansVerbDoneToProjectsMakesNoProjectsName() {
        Extracted x = Extracted.body("全县围绕转型增效抓项目，聚焦提档升级建项目。宏泰公司增资扩产项目开工。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("建项目") || n.endsWith("引项目")),
                () -> x.facts.entities().toString());
        assertTrue(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.endsWith("增资扩产项目")), () -> x.facts.entities().toString());
    }
}
