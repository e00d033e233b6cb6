package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 41's rules: works named by a name and the size they are built to; companies heading alike items of a list;
 * builders listed before a count of their works; a list the sentence before counts as projects; a visit's site of a
 * built thing; a company named in a later clause after 由; posts of a place's bodies in a chain ending in an
 * association's; a transliterated name with and without its dot; zones' titles given or sought; a park taking works
 * in; a cooperative's shares; a label after 我市; a company's built thing and its neighbour joined by 和.
 */
class SizesTitlesAndSitesTest {

    @Test
    void aNameAndItsSizeInAListOfProjectsAreWorks() {
        Extracted x = Extracted.body("本报讯 今年,该县重点抓好岚山煤矿150万吨、北坡煤矿60万吨、东岭煤业60万吨3个基建项目。\n");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("岚山煤矿150万吨", "北坡煤矿60万吨", "东岭煤业60万吨")),
                x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("岚山煤矿"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void companiesHeadingAlikeItemsOfAList() {
        Extracted x = Extracted.body("本报讯 全县今年着力推进总投资30亿元的峰达煤化120万吨焦化二期、总投资12亿元的岚远集团60万吨甲醇、"
                + "总投资8亿元的北矿禾通10万吨合成氨等在建项目。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("峰达煤化", "岚远集团", "北矿禾通")),
                x.names(EntityType.ENTERPRISE).toString());
        assertEquals(Set.of("北矿禾通"), x.enterprisesOf("北矿禾通10万吨合成氨"));
    }

    @Test
    void shortNamesBeforeACountOfTheirWorksAreBuilders() {
        Extracted x = Extracted.body("本报讯 全州共建成岚电新能、北投华峰、国岚、中岚协能等30个风电场项目。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("岚电新能", "北投华峰", "中岚协能")),
                x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aListTheSentenceBeforeCountsAsProjects() {
        Extracted x = Extracted.body("本报讯 据统计,签约项目9个,同比增长12%。主要包括北岭商业综合体、岚峰新材料研发中心、储能电池组装项目等。\n");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("北岭商业综合体", "岚峰新材料研发中心")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aBuiltThingsSiteAVisitGoesTo() {
        Extracted x = Extracted.body("本报讯 3月2日,区长王岚峰到开发区调研。随后,王岚峰前往岚峰生物制药研发基地施工现场,了解项目进度。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("岚峰生物制药研发基地"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanyAfter由InALaterClause() {
        Extracted x = Extracted.body("本报讯 一季度,该区拟开工项目9个,包括北岭医院门诊楼建设项目、岚湾商务地块项目等。\n"
                + "岚湾商务地块项目位于北岭街道,东港路以南、华岚路以西、海岚街以北,总投资12亿元,由北辰置业有限公司投资建设。\n");
        assertEquals(Set.of("北辰置业有限公司"), x.enterprisesOf("岚湾商务地块项目"));
    }

    @Test
    void aChainOfAPlacesPostsEndingInAnAssociations() {
        Extracted x = Extracted.body("本报讯 岚州市委组织部常务副部长、市政府外事办主任、岚州青年企业家协会常务副会长赵岚峰出席活动。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("赵岚峰"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.posts("赵岚峰").contains("市政府外事办主任"), x.posts("赵岚峰").toString());
    }

    @Test
    void aTransliteratedNameWithAndWithoutItsDot() {
        Extracted x = Extracted.body("本报讯 地区行署专员买尔江吐尔逊日前在会议间隙接受采访。\n在大会上,地区行署专员买尔江·吐尔逊对记者说,纺织城将加快建设。\n");
        assertEquals(Set.of("买尔江·吐尔逊"), x.names(EntityType.OFFICIAL));
        assertEquals(2, x.entity("买尔江·吐尔逊").mentions().size(), x.entity("买尔江·吐尔逊").mentions().toString());
    }

    @Test
    void aZonesTitleGivenOrSoughtIsNoZone() {
        Extracted x = Extracted.body("本报讯 岚峰工业园区近日被认定为自治区生态工业示范园区。今年全区有12家园区申报自治区生态工业示范园区,"
                + "岚峰工业园区各项指标达到自治区生态工业示范园区评定标准。\n");
        assertEquals(Set.of("岚峰工业园区"), x.names(EntityType.PARK));
    }

    @Test
    void aParkOpeningTheSentenceTakesItsWorksIn() {
        Extracted x = Extracted.body("本报讯 北坡高新技术产业开发区、岚峰工业园区日前被评为示范园区。\n"
                + "北坡高新技术产业开发区主攻新材料、高端装备两大产业,多项指标位居全省园区前三。岚峰工业园区持续优化营商环境、"
                + "加快产业集聚,先后引进了北岭热电联产、岚峰精密锻件产业园、东岭固废资源化利用等一批循环经济项目。\n");
        assertEquals(Set.of("岚峰工业园区"), x.parksOf("北岭热电联产"));
    }

    @Test
    void aCooperativesSharesAreNoCompany() {
        Extracted x = Extracted.body("本报讯 省委书记赵岚峰前往北岭县岚峰镇下岭村股份经济合作社,察看畜牧业发展情况。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aLabelAfterOurCity() {
        Extracted x = Extracted.body("本报讯 岚州市领导赵一峰、钱二峰,我市市领导孙三峰、李四峰以及各部门负责人参加签约活动。\n");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("孙三峰", "李四峰")), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aLabelOpeningANounPhraseNamesNoOne() {
        Extracted x = Extracted.body("本报讯 今年以来,该县推行专班推进和领导包保重点项目机制,确保项目按期开工。\n");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aCompanysCentreAndTheWorksJoinedToIt() {
        Extracted x = Extracted.body("本报讯 副区长钱岚峰来到上海岚峰新材料有限公司研发中心和国际岚眼集团总部项目施工现场,了解工程进展。\n");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("国际岚眼集团总部项目", "上海岚峰新材料有限公司研发中心")),
                x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(p -> p.contains("中心和")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aBoundaryZonesKindHoldsItsVerbs() {
        Extracted x = Extracted.body("本报讯 甘肃酒泉重点开发开放试验区今年新签约项目12个。\n");
        assertTrue(x.names(EntityType.PARK).contains("甘肃酒泉重点开发开放试验区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void theSameParksWordTwiceOpensWhatIsBuilt() {
        Extracted x = Extracted.body("本报讯 今年该园区完成北岭山产业园园区主干道改造8公里、污水管网5公里。\n");
        assertTrue(x.names(EntityType.PARK).contains("北岭山产业园"), x.names(EntityType.PARK).toString());
        assertFalse(x.names(EntityType.PARK).contains("北岭山产业园园区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void theCompanyThePartiesTalkAbout() {
        Extracted x = Extracted.body("本报讯 市长赵岚峰会见岚峰物流集团有限公司总经理一行。双方就岚峰物流集团在我市布局冷链仓储进行了深入交流。\n");
        assertFalse(x.names(EntityType.ENTERPRISE).stream().anyMatch(n -> n.startsWith("双方")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aBaseSaidToBeAParkOfAKind() {
        Extracted x = Extracted.body("本报讯 华北岚峰机器人基地是西北地区首家的机器人特色产业园,已引进企业60余家。\n");
        assertEquals(Set.of("华北岚峰机器人基地"), x.names(EntityType.PARK));
    }

    @Test
    void whoActsAndTheVerbAreNoWorks() {
        Extracted x = Extracted.body("本报讯 要推动老旧产业改造提升,帮助企业跨过盈亏线、迈上增长线,不断提升竞争能力。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPlainBuiltThingsSiteNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 县长王岚峰走进体育中心施工现场,查看工程进度。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPlaceOrACommonWordHeadingAlikeItemsIsNoCompany() {
        Extracted x = Extracted.body("本报讯 岚远集团60万吨甲醇、园区120万吨焦化、岚州市10万吨合成氨等项目全面投产。\n");
        assertEquals(Set.of("岚远集团"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aParksWordOpeningARoadsName() {
        Extracted x = Extracted.body("本报讯 北岭科学园路改造工程已完工,岚峰产业园路网建设加快推进。\n");
        assertEquals(Set.of("岚峰产业园"), x.names(EntityType.PARK));
    }

    @Test
    void providingInsideAWorksNameStays() {
        Extracted x = Extracted.body("本报讯 岚州市提供就业服务中心项目开工建设。\n");
        assertEquals(Set.of("岚州市提供就业服务中心项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aProjectsObjectOfProvidingIsNoName() {
        Extracted x = Extracted.body("本报讯 各部门要主动作为,为全区“双城”发展提供项目支撑和要素保障。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }
}
