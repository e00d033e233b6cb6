package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 42's rules: a transliterated name whose part after the dot the recognisers cut; 说 after a quotation; a visit
 * going on after a meeting (先后到); 项目投资 after a project's name; a park named by its last words; a place and 的
 * opening a list's item; works at their site (建设工地); a verb inside a batch's head; two works counted with 两大, and
 * zones so counted naming none; a zone's key projects, a group; a kind of company before its name; a county's short
 * name that opens with a conjunction's character; works built at a sum; companies visited by brand and trade; a
 * company after the word for its kind; a town's name read as a person's; a base companies settle in; a base named by
 * its place alone with its administration; a party led to a place and then inspecting; a cooperation zone named with a
 * bracketed place.
 */
class CountsSumsAndTradesTest {

    @Test
    void aTransliteratedNameRunsOnPastTheModelsCut() {
        Extracted x = Extracted.body("本报讯 签约仪式上,市委副书记、市长阿力木别克·努尔兰合提汗,各县区主要领导参加。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("阿力木别克·努尔兰合提汗"), x.names(EntityType.OFFICIAL).toString());
        Extracted y = Extracted.body("本报讯 副市长努尔·阿不来提出席仪式并讲话。\n");
        assertTrue(y.names(EntityType.OFFICIAL).contains("努尔·阿不来提"), y.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void saidAfterAQuotationIsNoPartOfTheName() {
        Extracted x = Extracted.body("本报讯 “园区的乳品产能已占全省四成。”北岭开发区管委会主任张明说。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("张明"), x.names(EntityType.OFFICIAL).toString());
        assertFalse(x.names(EntityType.OFFICIAL).contains("张明说"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aVisitGoesOnAfterAMeetingToThePlacesItGoesTo() {
        Extracted x = Extracted.body("本报讯 4月9日,县政协主席王岚带领委员们到北岭经济技术开发区视察,随后召开座谈会听取汇报。\n"
                + "委员们一行先后到岚通集团80万吨项目、北祥30万吨项目等处,听取情况介绍。\n");
        assertTrue(x.targetsOf("王岚").contains("岚通集团80万吨项目"), x.targetsOf("王岚").toString());
    }

    @Test
    void aProjectsSumSaidAfterItsNameAndACommaAndProject() {
        Extracted x = Extracted.body("本报讯 其中,北岭国际物流港项目,项目投资32亿元,将建成集冷库、分拣于一体的枢纽。\n");
        assertEquals(Set.of(3_200_000_000L), x.investmentsOf("北岭国际物流港项目"));
    }

    @Test
    void aParkNamedByItsLastWordsOpensTheWorksName() {
        Extracted x = Extracted.body("本报讯 兵团化工新材料产业园位于北岭开发区北侧,去年新增用地5平方公里。\n"
                + "年内,化工新材料产业园中水回用处理工程将投入使用。\n");
        assertEquals(Set.of("兵团化工新材料产业园"), x.parksOf("化工新材料产业园中水回用处理工程"));
    }

    @Test
    void aPlaceAnd的OpeningAListsItem() {
        Extracted x = Extracted.body("本报讯 今年各县区将着力推进西城区的岚昇化工苯胺衍生物、东城区的北能生物质锅炉供热等项目,确保按期投产。\n");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("岚昇化工苯胺衍生物", "北能生物质锅炉供热")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void worksAtTheirBuildingSite() {
        Extracted x = Extracted.body("本报讯 5月8日,市委书记王岚峰到灯岭市检查工作。在佟岚堡裘皮城辅料交易市场建设工地,王岚峰察看了施工进度。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("佟岚堡裘皮城辅料交易市场"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVerbInsideABatchsHeadQualifiesIt() {
        Extracted x = Extracted.body("本报讯 区里开工建设岚北快速路立交改造工程、滨岚路与岚海大桥匝道等一批路网互联工程和北岚冷链仓等仓储项目。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("北岚冷链仓"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("工程和")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void twoWorksCountedWithGreat() {
        Extracted x = Extracted.body("本报讯 前天,本市岚达集团特种纤维基地和北兴轧钢厂异地改造两大工业项目在北岭县集中开工。\n");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("岚达集团特种纤维基地", "北兴轧钢厂异地改造")), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("两大")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCountOfZonesSaidWithGreatNamesNone() {
        Extracted x = Extracted.body("本报讯 近年来,北岭区把工业强区作为先导,以“三大园区”为主战场,先后引进了一批企业。\n");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aZonesKeyProjectsAreAGroup() {
        Extracted x = Extracted.titled("李岚调研金川高新技术产业开发区重点项目",
                "本报讯 昨天上午,区委书记李岚到金川高新技术产业开发区调研重点项目建设情况。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
        assertTrue(x.targetsOf("李岚").contains("金川高新技术产业开发区"), x.targetsOf("李岚").toString());
    }

    @Test
    void theKindOfCompanyBeforeItsNameIsNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 北岭轧钢厂与岚海县民营企业岚发钢管集团合资建设轧钢异地改造工程,总投资9亿元。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("岚发钢管集团"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).stream().anyMatch(n -> n.contains("民营企业")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCountysShortNameOpeningWithAConjunctionsCharacter() {
        Extracted x = Extracted.body("本报讯 目前,和硕工业园区按照一区多园布局,加快建设特色产业集群。\n");
        assertTrue(x.names(EntityType.PARK).contains("和硕工业园区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void worksBuiltAtASum() {
        Extracted x = Extracted.body("本报讯 两年来,该区建成了总投资4.4亿元的岚海大桥,开工建设总投资1.9亿元的北岭公交换乘中心。\n"
                + "另外,总投资5亿元的岚源酒业一期竣工,年产葡萄酒两万吨。\n");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("岚海大桥", "北岭公交换乘中心", "岚源酒业一期")),
                x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(440_000_000L), x.investmentsOf("岚海大桥"));
        assertEquals(Set.of("岚源酒业"), x.enterprisesOf("岚源酒业一期"));
        Extracted plain = Extracted.body("本报讯 总投资3亿元的工业园区一期已竣工。\n");
        assertTrue(plain.names(EntityType.PROJECT).isEmpty(), plain.names(EntityType.PROJECT).toString());
    }

    @Test
    void companiesVisitedByBrandAndTrade() {
        Extracted x = Extracted.body("本报讯 7月3日,县长包岚到北岭工业区调研。包岚一行先后来到岚兴金属和鑫岚金属制品实地调研,询问订单情况。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("岚兴金属", "鑫岚金属制品")), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.targetsOf("包岚").contains("岚兴金属"), x.targetsOf("包岚").toString());
    }

    @Test
    void aCompanyAfterTheWordForItsKind() {
        Extracted x = Extracted.body("本报讯 去年落户园区的无人机企业岚势科技,员工已由20人增加到150人。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("岚势科技"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aTownsNameReadAsAPersons() {
        Extracted x = Extracted.body("本报讯 镇里持续优化营商环境。金泽镇经贸办主任李岚超告诉记者,镇里为企业提供上门服务。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("李岚超"), x.names(EntityType.OFFICIAL).toString());
        assertEquals(Set.of("金泽镇经贸办主任"), x.posts("李岚超"));
    }

    @Test
    void aBaseCompaniesSettleIn() {
        Extracted x = Extracted.body("本报讯 沈阳智能装备制造业基地成立以来,已入驻企业31家,年产值超过八十亿元。\n");
        assertTrue(x.names(EntityType.PARK).contains("沈阳智能装备制造业基地"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aBaseNamedByItsPlaceAloneWithItsAdministration() {
        Extracted x = Extracted.body("本报讯 9月5日,省政协副主席崔岚带领部分委员到临港基地,视察港口物流产业。\n"
                + "座谈会上,临港管委会负责人介绍了临港基地招商情况。\n");
        assertTrue(x.names(EntityType.PARK).contains("临港基地"), x.names(EntityType.PARK).toString());
        assertTrue(x.targetsOf("崔岚").contains("临港基地"), x.targetsOf("崔岚").toString());
    }

    @Test
    void aCooperationZoneNamedWithABracketedPlace() {
        Extracted x = Extracted.body("本报讯 3月2日,区长金岚江到中韩(长春)医疗产业发展合作示范区检查。\n");
        assertTrue(x.names(EntityType.PARK).contains("中韩(长春)医疗产业发展合作示范区"), x.names(EntityType.PARK).toString());
    }
}
