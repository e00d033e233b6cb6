package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 39's rules: a company's new works named by what it makes; a park's own plain line is no works; a rate's time
 * after its stroke (2万吨/每年) stays in the name; a brand read as a verb after a place and a side of the compass; a
 * quoted slogan before a designation, a modal's clause and a clause's conjunctions name no works; a company's own people
 * saying 我们公司 name no company; a phase ends no company's head; 筹备 governs works; 对 and a country inside a trade's
 * name; a zone's own works named by its bare word; 与 after an adverb opens a list; a sum and a builder for two works
 * joined; companies building a park make it works, the first partner its builder; 中心城区 is no zone; a list's items
 * that come from fields named with the head; a liability form said short; a phase's building is no works; a place the
 * company of the fuller name carries.
 */
class RatesPartnersAndJoinedWorksTest {

    @Test
    void aCompanysNewWorksNamedByWhatItMakes() {
        Extracted x = Extracted.body("本报讯 目前,青川化工有限公司精细化学品新建项目现场,工人正在作业。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("青川化工有限公司精细化学品新建项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("青川化工有限公司"), x.enterprisesOf("青川化工有限公司精细化学品新建项目"));
    }

    @Test
    void aPlainLineBuiltInAParkIsNoWorks() {
        Extracted x = Extracted.body("本报讯 东湖产业园内新建的加工生产线下月投入试运行。\n");
        assertFalse(x.names(EntityType.PROJECT).contains("加工生产线"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aRatesTimeAfterItsStrokeStaysInTheName() {
        Extracted x = Extracted.body("本报讯 开工项目包括:年产5万吨片碱项目、2万吨/每年高纯硅技术提升改造项目、宏川环保科技公司年产3万吨再生铝项目。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("2万吨/每年高纯硅技术提升改造项目"), projects.toString());
        assertFalse(projects.contains("高纯硅技术提升改造项目"), projects.toString());
    }

    @Test
    void aBrandReadAsAVerbAfterAPlaceAndASideOfTheCompass() {
        Extracted x = Extracted.body("本报讯 眼前这片工地是天津东方振兴畜牧有限公司投资的肉牛育肥项目。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("天津东方振兴畜牧有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertEquals(Set.of("天津东方振兴畜牧有限公司"), x.enterprisesOf("肉牛育肥项目"));
    }

    @Test
    void aQuotedSloganBeforeADesignationNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 全县9个体现发展方向的“稳链条、延链条、强集群”重大产业和基础设施项目今天开工。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aModalsClauseNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 县长强调,要树牢项目建设安全底线,要比拼转型项目的速度。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanysOwnPeopleSayingOurCompany() {
        Extracted x = Extracted.body("本报讯 北辰精工机械有限公司年产800台收割机建设项目主体已封顶。"
                + "“我们公司年产800台收割机项目预计2019年8月投产。”该公司经理说。\n", LocalDate.of(2019, 5, 8));
        assertFalse(x.names(EntityType.ENTERPRISE).contains("我们公司"), x.names(EntityType.ENTERPRISE).toString());
        Entity works = x.entity("北辰精工机械有限公司年产800台收割机建设项目");
        assertTrue(works.keys().contains("年产800台收割机项目"), works.keys().toString());
        assertTrue(x.facts.completions().stream().anyMatch(c -> c.project() == works && Integer.valueOf(2019).equals(c.year())),
                x.facts.completions().toString());
    }

    @Test
    void aPhaseEndsNoCompanysHead() {
        Extracted x = Extracted.body("本报讯 鑫茂一期年加工8万吨玉米项目正在安装设备。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("鑫茂一期年加工8万吨玉米项目"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("鑫茂一期"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aClausesConjunctionsNameNoWorks() {
        Extracted x = Extracted.body("本报讯 “过去青禾很多光伏项目只是试点,如今青禾不但有光伏发电项目,"
                + "还有储能装备项目。”县长说。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.stream().noneMatch(p -> p.contains("很多") || p.contains("不但")), projects.toString());
    }

    @Test
    void preparingGovernsTheWorks() {
        Extracted x = Extracted.body("本报讯 园区正在积极筹备汇通冷链仓储项目。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("汇通冷链仓储项目"), projects.toString());
        assertFalse(projects.contains("筹备汇通冷链仓储项目"), projects.toString());
    }

    @Test
    void aTradesDirectionInsideTheName() {
        Extracted x = Extracted.body("本报讯 汇达对俄进出口物流中心项目正在建设。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("汇达对俄进出口物流中心项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZonesOwnWorksNamedByItsBareWord() {
        Extracted x = Extracted.body("本报讯 园区道路管网改造项目投资0.8亿元,已开工。园区转型项目加快推进。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("园区道路管网改造项目"), projects.toString());
        assertFalse(projects.contains("园区转型项目"), projects.toString());
    }

    @Test
    void withAfterAnAdverbOpensTheList() {
        Extracted x = Extracted.body("本报讯 当天,青川县一口气与振兴集团、金石集团、华远商贸等8家企业签约。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.containsAll(Set.of("振兴集团", "金石集团", "华远商贸")), companies.toString());
        assertTrue(companies.stream().noneMatch(c -> c.contains("一口气")), companies.toString());
    }

    @Test
    void aSumAndABuilderForTwoWorksJoined() {
        Extracted x = Extracted.body("本报讯 华宇集团计划投资12亿元,建设风电叶片项目和塔筒制造项目。"
                + "华东公司投资3亿元,建设储能电池项目。\n");
        assertTrue(x.investmentsOf("风电叶片项目").isEmpty(), x.investmentsOf("风电叶片项目").toString());
        assertEquals(Set.of("华宇集团"), x.enterprisesOf("塔筒制造项目"));
        assertEquals(Set.of(300_000_000L), x.investmentsOf("储能电池项目"));
    }

    @Test
    void companiesBuildingAParkMakeItWorks() {
        Extracted x = Extracted.body("本报讯 华飞装备有限公司和金穗面粉有限公司合资打造的绿谷食品产业园日前在北岭工业园区开工。"
                + "该项目总投资2.6亿元。\n");
        assertTrue(x.entity("绿谷食品产业园").is(EntityType.PROJECT), x.entity("绿谷食品产业园").toString());
        assertEquals(Set.of("华飞装备有限公司"), x.enterprisesOf("绿谷食品产业园"));
        assertEquals(Set.of("北岭工业园区"), x.parksOf("绿谷食品产业园"));
    }

    @Test
    void theCitysCentralDistrictsAreNoZone() {
        Extracted x = Extracted.body("本报讯 该区楼宇经济规模位居全市中心城区前列。\n");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }

    @Test
    void itemsComingFromFieldsNamedWithTheHead() {
        Extracted x = Extracted.body("本报讯 申源宏达、吉瑞控股集团、星复国际等来自现代物流、文化旅游等领域的8个重大项目签约落地。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.containsAll(Set.of("申源宏达", "吉瑞控股集团", "星复国际")), companies.toString());
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aLiabilityFormSaidShort() {
        Extracted x = Extracted.body("本报讯 华飞装备有限责任公司在北岭工业园区投资建设面粉加工项目。"
                + "华飞装备有限公司负责人说,项目明年投产。\n");
        assertEquals(1, x.names(EntityType.ENTERPRISE).stream().filter(n -> n.startsWith("华飞装备")).count(),
                x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aPhasesBuildingIsNoWorks() {
        Extracted x = Extracted.body("本报讯 北辰精工机械有限公司年产800台收割机建设项目一期联合厂房、综合楼等已完工。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("北辰精工机械有限公司年产800台收割机建设项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.endsWith("厂房")), projects.toString());
    }

    @Test
    void aPlaceTheCompanyOfTheFullerNameCarries() {
        Extracted x = Extracted.body("本报讯 今年,我市开工建设青河煤制气多联产、北山50万千瓦光伏等重点项目。"
                + "其中,天山能源集团青河清洁科技有限公司煤制气多联产项目总投资12亿元。\n");
        Entity works = x.entity("天山能源集团青河清洁科技有限公司煤制气多联产项目");
        assertTrue(works.keys().contains("青河煤制气多联产"), works.keys().toString());
    }
}
