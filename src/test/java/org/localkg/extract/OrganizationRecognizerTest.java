package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationRecognizerTest {
    @Test
    void aCompanyNameCutAtAWordReadAsAVerbRunsBackToItsPlace() {
        Extracted x = Extracted.body("项目总投资1亿元，由大连恒友屏蔽电泵有限公司投资建设。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("大连恒友屏蔽电泵有限公司"), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void aVisitedCompanysNameRunsBackOverAWordReadAsAVerbToTheVerbOfVisiting() {
        // 修复 read as a verb: the object of 走访 is the whole name, not 中心有限公司, and not nothing
        Extracted x = Extracted.body("随后，副市长高峰走访东岭青石古籍修复技术有限公司，又走访西川远山设备修复有限公司。");
        assertEquals(Set.of("东岭青石古籍修复技术有限公司", "西川远山设备修复有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void withoutAVerbOfVisitingTheCutAtTheVerbStands() {
        Extracted x = Extracted.body("随后，副市长高峰表示东岭青石古籍修复技术有限公司将扩产。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("东岭青石古籍修复技术有限公司"), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void aCompanysSeatAnOfficialVisitsNamesTheCompany() {
        Extracted x = Extracted.body("副市长韩松先后调研多家企业。在星辰汽车总部，韩松察看研发中心。随后，韩松走访宏达航空中国总部。"
                + "在公司总部，韩松听取汇报。");
        assertEquals(Set.of("星辰汽车", "宏达航空"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aSeatVisitedAfterAnAspectParticleOrOfSeveralCompaniesNamesNoneWrongly() {
        Extracted x = Extracted.body("副市长韩松考察了星辰汽车总部，又走访星辰汽车和海鸥航空总部，调研了多家民营企业总部。");
        assertFalse(x.names(EntityType.ENTERPRISE).stream().anyMatch(n -> n.startsWith("了") || n.contains("和") || n.endsWith("企业")),
                x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void otherVerbsBeforeTheCutAreTheClausesNotTheName() {
        Extracted x = Extracted.body("副市长韩松前往滨江参加物流有限公司揭牌仪式。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("滨江参加物流有限公司"), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void aSeatsWordThatGoesOnIntoAPlacesNamesNoCompany() {
        Extracted x = Extracted.body("副市长高峰调研星辰汽车总部基地，察看研发中心。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("星辰汽车"), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void aLegalNameIsAnEnterpriseStartingAfterTheFunctionWord() {
        Extracted x = Extracted.body("总部位于新北区的常州天辰精密机械有限公司，是行业龙头。");
        assertEquals(Set.of("常州天辰精密机械有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aVerbOfBuildingIsNoPartOfAParksName() {
        Extracted x = Extracted.body("全县加快建设青峰食品产业园，推动企业集聚。");
        assertEquals(Set.of("青峰食品产业园"), x.names(EntityType.PARK));
    }

    @Test
    void theOtherPartyOfASigningIsNoPartOfTheListsFirstCompany() {
        Extracted x = Extracted.body("东岭市政府与内蒙古华通国际新能源有限公司、江苏中恒电气股份有限公司签约。");
        assertEquals(Set.of("内蒙古华通国际新能源有限公司", "江苏中恒电气股份有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aPlaceAndThePrepositionZaiOpenNoParksName() {
        Extracted x = Extracted.body("青峰装备产业园是洛阳市在新区建成的“出城入园”重点项目。");
        assertEquals(Set.of("青峰装备产业园"), x.names(EntityType.PARK));
    }

    @Test
    void aWordOfMannerBeforeTheBuildingVerbIsNoPartOfAParksName() {
        Extracted x = Extracted.body("会议提出“重点建设青岭经济区，加快打造北部城市群”。");
        assertEquals(Set.of("青岭经济区"), x.names(EntityType.PARK));
    }

    @Test
    void aPlaceInBracketsStaysInTheName() {
        Extracted x = Extracted.body("当天，博锐新材料(无锡)有限公司、江苏恒远环保科技有限公司等5家企业签约。");
        assertEquals(Set.of("博锐新材料(无锡)有限公司", "江苏恒远环保科技有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void shortNamesInAListClosedByEnterprisesAreEnterprises() {
        Extracted x = Extracted.body("园区培育了蓝湾智造、云杉科技等一批龙头企业。");
        assertEquals(Set.of("蓝湾智造", "云杉科技"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void industryWordsAloneAreNoCompanyName() {
        Extracted x = Extracted.body("多家新能源科技公司入驻。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty());
    }

    @Test
    void aParkNamesAPlaceOrAQuotedWord() {
        Extracted x = Extracted.body("位于无锡高新区的项目，与“三山”创新区和溧阳经济开发区合作。");
        assertEquals(Set.of("无锡高新区", "“三山”创新区", "溧阳经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void genericZonesAreNoParks() {
        Extracted x = Extracted.body("加快推进近零碳园区建设，打造绿色建筑产业集聚示范区。");
        assertTrue(x.names(EntityType.PARK).isEmpty());
    }

    @Test
    void aVerbBeforeTheParkIsNotPartOfIt() {
        Extracted x = Extracted.body("要做大溧阳高新区，加快建设。");
        assertEquals(Set.of("溧阳高新区"), x.names(EntityType.PARK));
    }

    @Test
    void aRegionAndATwoCharacterAbbreviationWithZoneIsAPark() {
        Extracted x = Extracted.body("金坛数谷区今年新签约项目12个，数谷区负责人介绍。");
        assertTrue(x.names(EntityType.PARK).contains("金坛数谷区"));
        assertTrue(x.entity("金坛数谷区").aliases().contains("数谷区"));
    }

    @Test
    void theLongestZoneSuffixWins() {
        Extracted x = Extracted.body("苏州工业园区管委会召开会议。");
        assertTrue(x.names(EntityType.PARK).contains("苏州工业园区"));
        assertFalse(x.names(EntityType.PARK).contains("苏州工业园"));
    }

    @Test
    void governmentBodiesAreOrganisations() {
        Extracted x = Extracted.body("市工信局、南京理工大学和区科技局负责人出席。");
        assertTrue(x.names(EntityType.ORGANIZATION).containsAll(Set.of("市工信局", "南京理工大学", "区科技局")));
    }

    @Test
    void wordsEndingInASuffixCharacterAreNoOrganisations() {
        Extracted x = Extracted.body("优化产业布局，打开新局面。");
        assertTrue(x.names(EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void aNameDoesNotRunBackOverACountACopulaOrAnotherCompany() {
        Extracted x = Extracted.body("开发区里有个瑞丰置业有限公司。此前已有几个宏达房产中介公司进驻。"
                + "东方银行和美景银行昨日联合发布声明。");
        var names = x.names(EntityType.ENTERPRISE);
        assertTrue(names.stream().noneMatch(n -> n.contains("有个") || n.contains("几个") || n.contains("银行和")),
                names.toString());
        assertTrue(names.contains("美景银行"), names.toString());
    }

    @Test
    void aCompanyNamedAfterAParkWithIndustryWordsKeepsThePark() {
        Extracted x = Extracted.body("会上，江宁科技园置业有限公司与三家企业签约。武进高新区投资发展有限公司负责园区基础设施建设。");
        var names = x.names(EntityType.ENTERPRISE);
        assertTrue(names.contains("江宁科技园置业有限公司") && names.contains("武进高新区投资发展有限公司"), names::toString);
    }

    @Test
    void aCompanysNameKeepsAPlaceWordAndAConjunctionCharacterAtItsHead() {
        // 北方/东方 are place words that open names; 恒和 holds 和 as a name's character, not a conjunction
        Extracted x = Extracted.body("省长王明实地考察北方恒瑞化学工业集团有限公司、临江储气库项目，听取汇报。"
                + "随后来到临江某某项目、甘肃恒和矿用设备集团有限公司、白银科诺生物科技有限公司。");
        var names = x.names(EntityType.ENTERPRISE);
        assertTrue(names.contains("北方恒瑞化学工业集团有限公司") && names.contains("甘肃恒和矿用设备集团有限公司"), names::toString);
    }

    @Test
    void aOneCharacterPartyBeforeWithStaysOutOfTheCompany() {
        // 和 after a lone character may be a name's (恒和); 与 never is: 我区|与 is the other party
        Extracted x = Extracted.body("会上，我区与恒瑞化工有限公司、华晟电子有限公司签约。");
        var names = x.names(EntityType.ENTERPRISE);
        assertTrue(names.contains("恒瑞化工有限公司") && names.stream().noneMatch(n -> n.contains("与")), names::toString);
    }

    @Test
    void aParksNameMayHoldABracketedQualifierBeforeGenericWords() {
        Extracted x = Extracted.body("区委书记周明率队前往南湖智能终端制造特色产业园和青石数港(智算)特色园区开展调研。");
        assertTrue(x.names(EntityType.PARK).contains("青石数港(智算)特色园区"), x.names(EntityType.PARK)::toString);
        Extracted y = Extracted.body("全市将打造一批(省级)特色园区。");
        assertTrue(y.names(EntityType.PARK).isEmpty(), y.names(EntityType.PARK)::toString);
    }

    @Test
    void softwareAndScienceParksAreParks() {
        Extracted x = Extracted.body("青溪软件园及周边区域为存量区域，白沙嘴·柳桥科创园则为增量区域。");
        assertEquals(Set.of("青溪软件园", "白沙嘴·柳桥科创园"), x.names(EntityType.PARK));
    }

    @Test
    void aPlaceAndTwoLoneCharactersOpenACompanysName() {
        // 大连|青|都|房地产: the segmenter knows no 青都 and reads 都 as an adverb
        Extracted x = Extracted.body("青山药业有限公司总投资5亿元建设的医药生产项目，大连青都房地产开发有限公司总投资5亿元建设的佰泉温泉庄园项目。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("大连青都房地产开发有限公司"), x.names(EntityType.ENTERPRISE)::toString);
        assertEquals(Set.of("大连青都房地产开发有限公司"), x.enterprisesOf("佰泉温泉庄园项目"));
    }

    @Test
    void aGroupsCompanyNamedAfterItsProvinceKeepsTheGroupInItsName() {
        Extracted x = Extracted.body("在管理大厦，宋建国走访了华药集团黑龙江医疗器械有限公司，详细了解企业经营状况。");
        assertEquals(Set.of("华药集团黑龙江医疗器械有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aVerbOfVisitingIsInNoNameWhateverTheSegmenterMadeOfIt() {
        // the segmenter reads 张明|生来|到: the walk back from 公司 must stop at 来到
        Extracted x = Extracted.body("雨后初晴。张明生来到青海东岭公司磷酸铁锂项目施工现场，察看项目规划布局。");
        assertEquals(Set.of("青海东岭公司"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of("青海东岭公司磷酸铁锂项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aDescriptionInAppositionIsNoPartOfTheName() {
        Extracted x = Extracted.body("今年4月，代表团赴温州考察，当地知名企业浙江东岭不锈钢有限公司董事长张建国了解到一条重要信息。");
        assertEquals(Set.of("浙江东岭不锈钢有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aJointStockCompanysShortNameHeadsItsProject() {
        Extracted x = Extracted.body("一般性工业项目11个，主要有东岭矿业南沟镍钴矿采选、西山股份钾肥增产保供等。公司持有股份较多，推进股份制改革。");
        assertEquals(Set.of("东岭矿业", "西山股份"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of("西山股份"), x.enterprisesOf("西山股份钾肥增产保供"));
        assertEquals(Set.of("东岭矿业"), x.enterprisesOf("东岭矿业南沟镍钴矿采选"));
    }

    @Test
    void aShortNameJoinedToCompaniesOfAKindIsACompany() {
        Extracted x = Extracted.body("陈建华来到东岭创新体验中心，听取东岭电气及上下游企业参与产业生态建设情况介绍。会议要求加强研发及相关企业服务。");
        assertEquals(Set.of("东岭电气"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aPlaceInBracketsInsideACompanysNameOpensNoName() {
        // the learned model may start the company at the bracket (a made-up name); the name runs on before it
        Extracted x = Extracted.body("先后走访了安培达散热器(天津)有限公司。");
        assertEquals(Set.of("安培达散热器(天津)有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aPlaceAndALegalFormAloneNameNoCompanyTheTradeNameBeforeIsTheNames() {
        // the learned model may keep only 依兰有限公司; the place names where the subsidiary is, not who it is
        Extracted x = Extracted.body("隆冬时节，华宇清洁能源依兰有限公司20台风机正在运转。");
        assertEquals(Set.of("华宇清洁能源依兰有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aGroupAndTheCompanyUnderItAreTwoCompanies() {
        Extracted x = Extracted.body("上海华创传媒集团旗下宏远数字科技有限公司在该区投资设厂。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(java.util.Set.of("上海华创传媒集团", "宏远数字科技有限公司")),
                () -> x.facts.entities().toString());
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.contains("旗下")), () -> x.facts.entities().toString());
    }

    @Test
    void aConjunctionJoiningTheFieldsOfOneBodyIsItsName() {
        Extracted x = Extracted.body("北辰市规划与自然资源局的负责同志介绍了情况。北辰经济技术开发区与宏远轨道交通科技有限公司签署了协议。");
        assertTrue(x.names(EntityType.ORGANIZATION).contains("北辰市规划与自然资源局"), () -> x.facts.entities().toString());
        assertTrue(x.facts.entities().stream().noneMatch(e -> e.name().contains("开发区与")), () -> x.facts.entities().toString());
    }

    @Test
    void twoBodiesJoinedByAConjunctionAreTwoNames() {
        // whichever recogniser proposes the whole stretch (the model may), the first body's suffix closes a name
        String body = "今年，市税务局与宏远商业银行联合开展专项行动。";
        ArticleFacts facts = Extracted.unextracted(body);
        int at = body.indexOf("市税务局");
        Entity e = facts.mention(EntityType.ORGANIZATION, new Span(at, body.indexOf("联合")));
        assertEquals("宏远商业银行", e.name());
    }

    @Test
    void aDivisionBeforeAnAdverbCutOutOfANameOpensIt() {
        // the segmenter cuts 正 out as an adverb (a word that stops the walk back); the city before it is the name's
        Extracted x = Extracted.body("先后察看了宏达纺织有限公司无纺布生产线和通化正岚菌业公司。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("通化正岚菌业公司"), () -> x.facts.entities().toString());
    }

    @Test
    void anAdjectiveWithDeOrAGenericModifierBeforeTheSuffixNamesNoPark() {
        Extracted x = Extracted.body("东城园区总面积12平方公里。作为青州市主要的装备集中区、河西区制造业的主阵地，园区要建成现代化产业园区，争创综合示范区。");
        assertEquals(Set.of("东城园区"), x.names(EntityType.PARK));
    }

    @Test
    void aPlaceOpeningWithASideOfTheCompassAfterACountyIsPartOfTheParksName() {
        // the segmenter reads 北川 as a verb
        Extracted x = Extracted.body("代表团来到长宁县北川工业园展示中心，察看了园区的规划。");
        assertEquals(Set.of("长宁县北川工业园"), x.names(EntityType.PARK));
    }

    @Test
    void guojiaOpensAStateCompanysRegisteredName() {
        // the learned recogniser reads the name from 海能 on; 国家 is no description before it
        Extracted x = Extracted.body("据悉，国家海能集团甘肃新材料有限责任公司将在园区建设储能基地。");
        assertEquals(Set.of("国家海能集团甘肃新材料有限责任公司"), x.names(EntityType.ENTERPRISE));
    }
}
