package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lists that 以 opens and 为代表 closes; places that are all a project's name has before 项目; a preposition of
 * circumstance before a title; a brand that is also a town's name; a ceremony's setting before a works' name;
 * companies joined by 和 inside a list of companies; works, parks and buildings among the items of 等企业; what a
 * speaker urges; 马年 read across a name and 年产; a kind's word after a verb; minority names in a leaders' list;
 * names before 等…县市主要负责同志; a county before a name and its title; an interview's caption; a company's short
 * name and a dash opening its works; companies whose people are listed; projects a clause before the list calls so;
 * a quoted code of a designation; kinds of industry joined; the page's source field.
 */
class StoodForListsPlacesAndCaptionsTest {

    @Test
    void companiesThatStandForABatchOfProjects() {
        Extracted x = Extracted.body("本报讯 当天,以大同华能、恒远新材、忻州泰和、江城宏达为代表的一批重点项目同日开工。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.containsAll(Set.of("大同华能", "恒远新材", "忻州泰和", "江城宏达")), companies.toString());
        assertTrue(companies.stream().noneMatch(c -> c.endsWith("为")), companies.toString());
    }

    @Test
    void aPlaceAndItsDistrictBeforeProjectNameNoProject() {
        Extracted x = Extracted.body("本报讯 当天,忻州市五台县项目建设现场推进会召开。会议要求加快五台县转型项目进度。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.isEmpty(), projects.toString());
    }

    @Test
    void aPrepositionOfCircumstanceOpensNoPost() {
        Extracted x = Extracted.body("本报讯 4月7日上午,随着东川市委书记陈海发出开工号令,一批项目破土动工。\n");
        assertEquals(Set.of("东川市委书记"), x.posts("陈海"));
    }

    @Test
    void aBrandThatIsATownsNameStillOpensItsWorks() {
        Extracted x = Extracted.body("本报讯 签约企业有宁武县红星农牧有限公司。开工的项目分别是投资5亿元的红星生猪饲料加工项目、投资3亿元的宏达食品包装项目。\n");
        assertEquals(Set.of("宁武县红星农牧有限公司"), x.enterprisesOf("红星生猪饲料加工项目"));
    }

    @Test
    void aCeremonysSettingIsNoPartOfTheWorksName() {
        Extracted x = Extracted.body("本报讯 签约典礼设在宏达蔬菜深加工项目现场,各县同步举行。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("宏达蔬菜深加工项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.contains("仪式")), projects.toString());
    }

    @Test
    void companiesJoinedByAConjunctionInAListOfCompanies() {
        Extracted x = Extracted.body("本报讯 副省长在园区察看了东方电讯、北岭龙腾和通达医疗等入驻企业。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.containsAll(Set.of("东方电讯", "北岭龙腾")), companies.toString());
        assertTrue(companies.stream().noneMatch(c -> c.contains("和")), companies.toString());
    }

    @Test
    void worksAndParksAmongCompaniesAreNoCompanies() {
        Extracted x = Extracted.body("本报讯 随后察看了东湖产业园的规划建设、南河生态治理工程、体育中心建设和宏远汽车零部件有限公司等企业。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertEquals(Set.of("宏远汽车零部件有限公司"), companies);
    }

    @Test
    void kindsOfWorksASpeakerUrgesAreNoProjects() {
        Extracted x = Extracted.body("本报讯 他强调,二是要狠抓公路、港口、机场等重大项目建设。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.isEmpty(), projects.toString());
    }

    @Test
    void aYearOfTheZodiacReadAcrossANameAndItsYearlyOutput() {
        Extracted x = Extracted.body("本报讯 检查组察看了飞马年产5万吨齿轮项目。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("飞马年产5万吨齿轮项目"), projects.toString());
    }

    @Test
    void aKindsWordAfterAVerbNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 要确保基地建设稳步推进、早日建成。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.contains("基地"), projects.toString());
    }

    @Test
    void aMinorityNameOfFiveCharactersInALeadersList() {
        Extracted x = Extracted.body("本报讯 8月9日,书记到北岭调研。市领导乌力吉、韩庆生、巴特尔朝鲁、王立新,东川集团董事长陈海陪同。\n");
        Set<String> officials = x.names(EntityType.OFFICIAL);
        assertTrue(officials.containsAll(Set.of("巴特尔朝鲁", "王立新")), officials.toString());
        assertFalse(officials.contains("巴特尔"), officials.toString());
    }

    @Test
    void namesBeforeTheHeadsOfCountiesAreOfficials() {
        Extracted x = Extracted.body("本报讯 副州长主持仪式。周立民、韩德宝、许文杰、马林等六县区主要负责人在各自分会场出席。\n");
        Set<String> officials = x.names(EntityType.OFFICIAL);
        assertTrue(officials.containsAll(Set.of("周立民", "韩德宝", "许文杰", "马林")), officials.toString());
    }

    @Test
    void aCountyBeforeANameAndItsTitleIsThePosts() {
        Extracted x = Extracted.body("本报讯 沁县县长李明致辞。会后,沁县李明县长陪同客商参观了园区。\n");
        Set<String> officials = x.names(EntityType.OFFICIAL);
        assertEquals(Set.of("李明"), officials);
    }

    @Test
    void anInterviewsCaptionNamesAnOfficial() {
        Extracted x = Extracted.body("本报讯 记者看到了繁忙景象。\n  北岭高新区管委会主任 韩立:我们将全力服务企业。\n"
                + "  东湖电子城二期项目项目部部长 赵刚:目前厂房已全部封顶。\n");
        assertEquals(Set.of("北岭高新区管委会主任"), x.posts("韩立"));
        Set<String> officials = x.names(EntityType.OFFICIAL);
        assertTrue(officials.contains("韩立"), officials.toString());
        assertFalse(officials.contains("赵刚"), officials.toString());
        assertTrue(x.names(EntityType.PERSON).contains("赵刚"), x.names(EntityType.PERSON).toString());
    }

    @Test
    void aShortNameAndADashOpenTheCompanysWorks() {
        Extracted x = Extracted.body("本报讯 书记会见了宏远集团总裁陈海,听取了宏远—北岭冷链物流园项目进展汇报。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("宏远—北岭冷链物流园项目"), projects.toString());
        assertEquals(Set.of("宏远集团"), x.enterprisesOf("宏远—北岭冷链物流园项目"));
    }

    @Test
    void theBodiesOfTheCompaniesPeopleAreCompanies() {
        Extracted x = Extracted.body("本报讯 书记会见了东能集团、东能国际、东能新能源、恒远控股集团等企业负责人。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.containsAll(Set.of("东能国际", "东能新能源")), companies.toString());
    }

    @Test
    void projectsTheClauseBeforeCalledSo() {
        Extracted x = Extracted.body("本报讯 新开项目中,北岭云计算产业园、宏达光电产业园、北岭污水处理厂二期均已开工。"
                + "续建项目如红旗科技园三期、青年创业街二期等进展顺利。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("宏达光电产业园", "北岭污水处理厂二期", "红旗科技园三期", "青年创业街二期")), projects.toString());
    }

    @Test
    void aQuotedCodeOfADesignationIsNoName() {
        Extracted x = Extracted.body("本报讯 有12个项目被列入全省“3 个 100”重点工程。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.isEmpty(), projects.toString());
    }

    @Test
    void kindsOfIndustryJoinedNameNoProject() {
        Extracted x = Extracted.body("本报讯 签约项目多为新兴产业和先进制造业项目。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.isEmpty(), projects.toString());
    }

    @Test
    void thePagesSourceFieldNamesNoPark() {
        Extracted x = Extracted.body("时间:2020-06-04  来源:北岭开发区\n  在北岭经开区电子产业园,记者看到工人正在忙碌。\n");
        Set<String> parks = x.names(EntityType.PARK);
        assertFalse(parks.contains("北岭开发区"), parks.toString());
    }

    @Test
    void aConjunctionAfterAWorksWordEndsItsName() {
        String body = "本报讯 调研组察看了宏达年产50万吨钢管和10万吨钢构件配套项目和110KV变电站、35KV线路改造等项目现场。\n";
        Extracted x = Extracted.body(body);
        java.util.List<String> items = x.facts.lists().stream().flatMap(l -> l.items().stream())
                .map(i -> body.substring(i.start(), i.end())).toList();
        assertTrue(items.contains("宏达年产50万吨钢管和10万吨钢构件配套项目"), items.toString());
        assertTrue(items.contains("110KV变电站"), items.toString());
    }

    @Test
    void peopleListedBeforeTheirCompaniesWordAreNoCompanies() {
        Extracted x = Extracted.body("本报讯 刘振东、陈卫平等企业负责人参加座谈。永和实业和宏达物流等企业负责人也参加了座谈会。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertEquals(Set.of("永和实业", "宏达物流"), companies);
    }

    @Test
    void companiesAmongTheProjectsAreNoProjects() {
        Extracted x = Extracted.body("本报讯 在签约项目中，宏远集团、华岳电子分别投资20亿元和15亿元。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aGovernmentBodysOwnWorksDepartment() {
        Extracted x = Extracted.body("本报讯 东湖管委会项目部主任刘军介绍了情况。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("刘军"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aCountedHeadAfterWhatTheItemsStandFor() {
        Extracted x = Extracted.body("本报讯 园区集聚了以宏远科技、华岳电子、东升智造为代表的3家龙头企业。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.containsAll(Set.of("宏远科技", "华岳电子", "东升智造")), companies.toString());
    }
}
