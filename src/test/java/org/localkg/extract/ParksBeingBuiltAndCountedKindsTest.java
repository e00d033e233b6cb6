package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 44's rules: works that build a park are a park too only where the article names the park by itself; a list
 * of offices' fields closed by 等单位 names no companies; a time before 项目 (4月份项目) names the works of that time,
 * no one works; a company's role as the works' party (项目方, 运营方) is no part of its name; a sum, then building
 * something as large as said (建设规划占地300亩的甲产业园), is what is built's; a company's standing (领军企业, 世界500强)
 * before its name or its works' is no part of them; 产业区 ends a zone's name, and 主导, 优势, 支柱, 集群 are no name part;
 * 继 opening a clause of time (继甲项目落地之后) is no part of a name; a title inside a word for a place (主席台) opens no name;
 * a quoted manner and its verb before 项目 (“面对面”化解|项目推进) name no works; a verb governing works (紧盯, 安排)
 * before a list's first item is no part of it; a place and a word of the language ending in 区 (某地军分区) is no zone's
 * short name; a verb among a list head's words before its noun of works (等生物研发、健康服务项目) is no predicate; two kinds of party
 * working together (央地合作项目, 校企合作项目) name a kind of works; what a named company invests a sum in is its works.
 */
class ParksBeingBuiltAndCountedKindsTest {

    @Test
    void worksNamedAfterTheParkTheyBuildAreOnlyAProjectWhereTheParkIsNamedOnlyInsideThem() {
        Extracted x = Extracted.body("本报讯 今年,县里重点推进高标准设施蔬菜产业园项目建设,计划总投资3亿元。\n");
        Entity works = x.entity("高标准设施蔬菜产业园项目");
        assertTrue(works.is(EntityType.PROJECT), works.types().toString());
        assertFalse(works.is(EntityType.PARK), works.types().toString());
    }

    @Test
    void worksNamedAfterTheParkTheyBuildStayAParkWhereTheArticleNamesTheParkAlone() {
        Extracted x = Extracted.body("本报讯 青禾食品产业园项目昨日开工,总投资5亿元。建成后,青禾食品产业园将吸引20家企业入驻。\n");
        Entity works = x.entity("青禾食品产业园项目");
        assertTrue(works.is(EntityType.PROJECT), works.types().toString());
        assertTrue(works.is(EntityType.PARK), works.types().toString());
    }

    @Test
    void officesFieldsClosedByUnitsAreNoCompanies() {
        Extracted x = Extracted.body("本报讯 目前,国土、规划、质检、电力、燃气等单位正积极衔接,为项目开工创造条件。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void companiesClosedByUnitsStayCompanies() {
        Extracted x = Extracted.body("本报讯 会上,华信集团、东方电气、宏达股份等单位作了交流发言。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("华信集团", "宏达股份")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aTimeBeforeTheWordForWorksNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 4月2日,塔城地区5月份项目集中开工仪式在额敏县举行。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aQuantityBeforeTheWordForWorksStillNamesWorks() {
        Extracted x = Extracted.body("本报讯 年产20万吨饲料项目昨日开工,总投资1.2亿元。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("年产20万吨饲料项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theWorksPartyBeforeACompanysNameIsNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 该项目总投资4亿元,项目方上海嘉禾生物科技股份有限公司是一家生物制药企业。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("上海嘉禾生物科技股份有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).stream().anyMatch(n -> n.startsWith("项目方")), x.names(EntityType.ENTERPRISE).toString());
        Extracted y = Extracted.body("本报讯 该物流中心总投资2亿元,运营方北辰物流有限公司负责招商。\n");
        assertEquals(Set.of("北辰物流有限公司"), y.names(EntityType.ENTERPRISE));
    }

    @Test
    void aSumThenBuildingWhatIsAsLargeAsSaidGoesToWhatIsBuilt() {
        Extracted x = Extracted.body("本报讯 红山区计划总投资12亿元,建设规划占地300亩的华康医药健康产业园。\n");
        assertEquals(Set.of(1200000000L), x.investmentsOf("华康医药健康产业园"));
        assertTrue(x.entity("华康医药健康产业园").is(EntityType.PROJECT));
    }

    @Test
    void aCompanysStandingBeforeItsWorksIsNoPartOfTheirName() {
        Extracted x = Extracted.body("本报讯 今年,世界500强瑞典卡森油脂精炼项目、国际领军座椅企业德国罗沃座椅总装基地项目均已落户。\n");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("瑞典卡森油脂精炼项目", "德国罗沃座椅总装基地项目")),
                x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("500强") || n.contains("领军")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanysStandingBeforeItsNameIsNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 全国物流领军企业华远物流有限公司在园区设立区域总部。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("华远物流有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).stream().anyMatch(n -> n.contains("领军")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aZoneOfIndustriesNamedByItsPlaceIsAPark() {
        Extracted x = Extracted.body("本报讯 5月6日,永昌县河西堡循环经济产业区今年第二批项目集中开工。\n");
        assertTrue(x.names(EntityType.PARK).contains("永昌县河西堡循环经济产业区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void zonesOfIndustriesNamedOnlyByTheirStandingAreNoParks() {
        Extracted x = Extracted.body("本报讯 全县要加快打造主导产业区、优势产业区和支柱产业区。\n");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aParksClusterOfProjectsIsNoProject() {
        Extracted x = Extracted.body("本报讯 5月6日,永昌县河西堡循环经济产业区产业集群项目集中开工。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PARK).contains("永昌县河西堡循环经济产业区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void followingBeforeWorksThatOpenAClauseOfTimeIsNoPartOfTheirName() {
        Extracted x = Extracted.body("本报讯 继华锋风电项目落地之后,宏达光伏项目也于上月开工。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("华锋风电项目"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.startsWith("继")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aTitleInsideAWordForAPlaceOpensNoName() {
        Extracted x = Extracted.body("本报讯 大会开始前,20位企业家代表在主席台就座。\n");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.names(EntityType.OFFICIAL).toString());
        Extracted y = Extracted.body("本报讯 大会由市政协主席张宏主持。\n");
        assertTrue(y.names(EntityType.OFFICIAL).contains("张宏"), y.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aQuotedMannerAndItsVerbBeforeTheWordForWorksNameNoWorks() {
        Extracted x = Extracted.body("本报讯 会议要求,要“点对点”解决项目推进难题。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 “煤改电”改造项目本月全面完工。\n");
        assertTrue(y.names(EntityType.PROJECT).contains("“煤改电”改造项目"), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVerbGoverningWorksBeforeAListsFirstItemIsNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 下一步,我们将紧盯华泰药业中药提取线项目、青禾沙棘果汁生产线等已落地项目,做好服务。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("华泰药业中药提取线项目"), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 今年安排凯瑞科技疫苗生产基地项目、华康制药二期项目等共16项。\n");
        assertTrue(y.names(EntityType.PROJECT).contains("凯瑞科技疫苗生产基地项目"), y.names(EntityType.PROJECT).toString());
        assertFalse(y.names(EntityType.PROJECT).stream().anyMatch(n -> n.startsWith("安排")), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPlaceThenAWordForABodyIsNoZonesShortName() {
        Extracted x = Extracted.body("本报讯 赤峰军分区司令员王刚,市委常委、秘书长李明参加调研。\n");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
        Extracted y = Extracted.body("本报讯 今年,武进绿建区新引进企业12家。\n");
        assertTrue(y.names(EntityType.PARK).contains("武进绿建区"), y.names(EntityType.PARK).toString());
    }

    @Test
    void aVerbAmongTheHeadsWordsBeforeItsNounOfWorksIsNoPredicate() {
        Extracted x = Extracted.body("本报讯 其中,华安制药疫苗生产基地、康宁控股康复医院等生物研发、健康服务项目相继签约。\n");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("华安制药疫苗生产基地", "康宁控股康复医院")), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 会上,华信集团、东方电气等相继签约。\n");
        assertTrue(y.names(EntityType.PROJECT).isEmpty(), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void aRanksNumberAndStrongEndTheRankThoughTheSegmenterJoinedTheNameAfter() {
        Extracted x = Extracted.body("本报讯 其中,全国药企前50强恒远制药创新药生产基地、康宁控股康复医院等医疗服务项目签约落地。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("恒远制药创新药生产基地"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void twoKindsOfPartyWorkingTogetherNameAKindOfWorks() {
        Extracted x = Extracted.body("本报讯 全区将深化央地合作项目建设,今年实施校企合作项目12个。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 中德合作光伏组件项目上月开工。\n");
        assertTrue(y.names(EntityType.PROJECT).contains("中德合作光伏组件项目"), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void whatANamedCompanyInvestsASumInIsItsWorksThoughItsWordsAreCommon() {
        Extracted x = Extracted.body("本报讯 签约项目中,南京华远通信设备公司投资15亿元的通信设备产业园,将于明年开工。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("通信设备产业园"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("南京华远通信设备公司"), x.enterprisesOf("通信设备产业园"));
        assertEquals(Set.of(1500000000L), x.investmentsOf("通信设备产业园"));
    }

    @Test
    void aZoneOfIndustriesByTheirStandingOrEndingInsideAWordIsNoPark() {
        Extracted x = Extracted.body("本报讯 梓溪县优势产业区块链应用项目签约。泊川县主导产业区建设成效明显。\n");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }

    @Test
    void theWorksPartyEndsItsRoleThoughTheSegmenterReadsItsLastCharacterAsASurname() {
        Extracted x = Extracted.body("本报讯 县里与项目方华盛新能源有限公司签订了投资协议。\n");
        assertEquals(Set.of("华盛新能源有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aPlaceAndAVerbGoverningWorksBeforeAListsFirstItemAreNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 栖凤区紧盯华源化工项目、金石物流园项目、绿源新材料项目等重点项目,全力推进建设。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("华源化工项目"), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 县里安排汇力精密机械项目、华鑫仓储项目等进行集中观摩。\n");
        assertTrue(y.names(EntityType.PROJECT).contains("汇力精密机械项目"), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void officesClosedByUnitsWithNoCompanysWordAreNoCompanies() {
        Extracted x = Extracted.body("本报讯 税务、人社、医保等单位联合走访园区企业。县委组织部、县总工会等单位负责同志参加会议。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aRankInWordsAndTheFieldsCompanyWordAfterItAreNoPartOfTheWorksName() {
        Extracted x = Extracted.body("本报讯 全球前十强风电整机企业远航风能兰溪项目昨日开工。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("远航风能兰溪项目"), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 中国汽车零部件百强企业恒通汽配有限公司年产50万套制动系统项目开工。\n");
        assertTrue(y.names(EntityType.ENTERPRISE).contains("恒通汽配有限公司"), y.names(EntityType.ENTERPRISE).toString());
    }
}
