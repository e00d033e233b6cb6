package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 39's rules from later batches: a county's park a visit is at, however plain its words; companies a visit
 * counts (在两家企业…) are the ones just named; an adjective and a suffix, an ordinal and a kind name no company; 纷纷
 * says many; the parts of one comprehensive works are no works each; a breeder's trade words leave its brand; a group's
 * company named after it by its trade builds the works; a foreign company without its country, a short form with its
 * legal one; a company by its trade in a list of companies and projects; a company department's head is no official; 县内
 * opens no name; numbers of one name's plots; 其他 names no works; a designation after 作为 and
 * partners who build together; a name the segmenter read short runs on to a word after names.
 */
class VisitedParksTradesAndPartnersTest {

    @Test
    void aCountysParkAVisitIsAt() {
        Extracted x = Extracted.body("本报讯 5月6日,副市长王立到北岭县调研。在该县绿色建材产业聚集区卫浴产业园,王立先后走进"
                + "金润陶瓷公司、东岭集团废渣综合利用项目现场,了解生产情况。\n");
        assertTrue(x.names(EntityType.PARK).contains("绿色建材产业聚集区卫浴产业园"), x.names(EntityType.PARK).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(p -> p.startsWith("该县")), x.names(EntityType.PROJECT).toString());
        assertTrue(x.targetsOf("王立").contains("绿色建材产业聚集区卫浴产业园"), x.targetsOf("王立").toString());
    }

    @Test
    void companiesAVisitCountsAreTheOnesJustNamed() {
        Extracted x = Extracted.body("本报讯 5月6日,副市长王立到北岭县调研。沐禾食品有限公司和华森食品有限公司,是北岭县两家肉制品加工企业。"
                + "在两家企业的加工车间,王立察看了生产线。\n");
        assertTrue(x.targetsOf("王立").containsAll(Set.of("沐禾食品有限公司", "华森食品有限公司")), x.targetsOf("王立").toString());
    }

    @Test
    void anAdjectiveOrAnOrdinalAndAKindNameNoCompany() {
        Extracted x = Extracted.body("本报讯 全市瞄准大企业大集团招商。华瑞动物药业公司是开发区引进的第一个外资制药集团投资项目。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertFalse(companies.contains("大集团"), companies.toString());
        assertTrue(companies.stream().noneMatch(c -> c.startsWith("第一个")), companies.toString());
    }

    @Test
    void manySaysAKind() {
        Extracted x = Extracted.body("本报讯 今年以来,总投资5亿元以上的智慧农业产业化项目纷纷落地。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void thePartsOfOneComprehensiveWorks() {
        Extracted x = Extracted.body("本报讯 其中港川控股有限公司投资9亿元,在东区建设生态养殖合作社、饲料研发中心、有机肥生产基地等综合开发项目。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.contains("饲料研发中心"), projects.toString());
        assertFalse(projects.contains("有机肥生产基地"), projects.toString());
    }

    @Test
    void aBreedersBrandOpensItsWorks() {
        Extracted x = Extracted.body("本报讯 春季开工仪式在鑫牧生猪屠宰加工项目现场举行。"
                + "黑龙江鑫牧种猪繁育有限公司总经理王立在仪式上发言。\n");
        assertEquals(Set.of("黑龙江鑫牧种猪繁育有限公司"), x.enterprisesOf("鑫牧生猪屠宰加工项目"));
    }

    @Test
    void aGroupsCompanyNamedByItsTradeBuildsTheWorks() {
        Extracted x = Extracted.body("本报讯 辽宁禾川集团禾泽牧业年产8万吨精饲料项目正在建设厂房。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("禾泽牧业"), x.names(EntityType.ENTERPRISE).toString());
        assertEquals(Set.of("禾泽牧业"), x.enterprisesOf("辽宁禾川集团禾泽牧业年产8万吨精饲料项目"));
    }

    @Test
    void aForeignCompanyWithoutItsCountryAndAShortFormWithItsLegalOne() {
        Extracted x = Extracted.body("本报讯 投资2亿元的吉林华瑞生物制品公司近日揭牌。美国华瑞公司是知名的跨国药企,"
                + "吉林华瑞生物制品公司是华瑞公司在国内的首家合资企业。华瑞生物制品有限公司主要生产动物疫苗。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertEquals(2, companies.size(), companies.toString());
    }

    @Test
    void aCompanyByItsTradeInAListOfCompaniesAndProjects() {
        Extracted x = Extracted.body("本报讯 长春海川制药、广州森明服装、城东新区等一批大企业、大项目先后签约。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.containsAll(Set.of("长春海川制药", "广州森明服装")), companies.toString());
        assertFalse(x.names(EntityType.PROJECT).contains("长春海川制药"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanyDepartmentsHeadIsNoOfficial() {
        Extracted x = Extracted.body("本报讯 用电成本是企业最看重的,据杉川能源(宁夏)有限公司综合管理部部长刘强介绍,园区电价较低。\n");
        assertFalse(x.names(EntityType.OFFICIAL).contains("刘强"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void inTheCountyOpensNoName() {
        Extracted x = Extracted.body("本报讯 省长一行先后来到青岭建材项目工地、华山果酒有限公司等地。县内商业银行今年向企业放贷3亿元。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.contains("华山果酒有限公司"), companies.toString());
        assertTrue(companies.stream().noneMatch(c -> c.startsWith("县内")), companies.toString());
    }

    @Test
    void numbersOfOneNamesPlots() {
        Extracted x = Extracted.body("本报讯 民生领域包括西城棚改311、312地块、滨河公园改造等5个项目。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("西城棚改311、312地块"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theOthersNameNoWorks() {
        Extracted x = Extracted.body("本报讯 该项目总投资2亿元,将新建供热管网5200米、雨水管网6100米、园区道路4300米及其他配套管廊工程。\n");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(p -> p.contains("其他")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aDesignationAfterAsAndPartnersWhoBuildTogether() {
        Extracted x = Extracted.body("本报讯 随后,区委书记李立来到北环中心项目。作为江港集团与北河区政府“校地合作”示范项目,北环中心项目由江港集团、"
                + "华地(集团)有限公司、中泰建工集团有限公司三家企业携手共建。\n");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(p -> p.contains("示范项目")), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("江港集团"), x.enterprisesOf("北环中心项目"));
    }

    @Test
    void aNameReadShortRunsOnToAWordAfterNames() {
        Extracted x = Extracted.body("本报讯 市委常委、宣传部部长苏仁其木格在仪式上致辞。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("苏仁其木格"), x.names(EntityType.OFFICIAL).toString());
        assertEquals(Set.of("市委常委", "宣传部部长"), x.posts("苏仁其木格"));
    }
}
