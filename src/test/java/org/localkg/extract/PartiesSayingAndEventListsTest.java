package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A party (某商会一行) going to a park is no part of the park's name, even where the segmenter glued 一行 to
 * the word before; 代表 (acting for a body) opens no name; a verb of saying before a quotation is no
 * name's last character; 和 read as a conjunction opens no name; what 把 makes into something is no works;
 * a clause opening with a sum and 的 names one works, however plain its words; a centre's 主体工程 is the
 * centre's; a list of things that happen (甲搬迁、乙关停) names no works; 项目一期、二期工程 names none either; a
 * thing and its parts (某系统及其部件) are made by one works; a reading as a person after 的 that runs into a zone's
 * word (的某某信创软件产业园区) is no person.
 */
class PartiesSayingAndEventListsTest {

    @Test
    void aPartyGoingToAParkIsNoPartOfItsName() {
        Extracted x = Extracted.titled("东海福建商会一行来东川工业园区参观考察", "本报讯 近日，商会会员来到东川工业园区，参观了园区企业。\n");
        Set<String> parks = x.names(EntityType.PARK);
        assertTrue(parks.contains("东川工业园区"), parks.toString());
        assertTrue(parks.stream().noneMatch(p -> p.contains("一行")), parks.toString());
    }

    @Test
    void actingForABodyOpensNoName() {
        Extracted x = Extracted.body("本报讯 园区党工委副书记、管委会主任、北岭区委常委马春林同志代表开发区党工委、管委会对客人来访表示感谢。"
                + "宏达集团总裁陈文涛代表公司和东川市、北岭市政府签约。\n");
        assertTrue(x.facts.entities().stream().noneMatch(e -> e.name().contains("代表")),
                x.facts.entities().stream().map(Entity::name).toList().toString());
    }

    @Test
    void aVerbOfSayingBeforeAQuotationIsNoPartOfTheName() {
        Extracted x = Extracted.body("本报讯 北岭县分会场设在宏达公司新厂区施工现场。北岭县委书记于明说,“要保障好工程推进。”\n");
        Set<String> officials = x.names(EntityType.OFFICIAL);
        assertTrue(officials.contains("于明"), officials.toString());
        assertFalse(officials.contains("于明说"), officials.toString());
    }

    @Test
    void aConjunctionOpensNoName() {
        Extracted x = Extracted.body("本报讯 县长石林先后来到北岭经济开发区的宏达新材料有限公司、华泰医药科技有限公司中药提取一期项目现场"
                + "和恒远能源科技(北岭)有限公司储能装备生产项目现场，听取企业汇报。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("恒远能源科技(北岭)有限公司储能装备生产项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("和")), projects.toString());
    }

    @Test
    void whatBaMakesIntoSomethingIsNoWorks() {
        Extracted x = Extracted.body("本报讯 他到任后即赴深圳拜访总裁，提出把东城建成一流的光电产业城；\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theBrandsOfLeadingCompaniesListedAreCompanies() {
        Extracted x = Extracted.body("本报讯 近年来，华泰、宏达、恒远、盛和等众多行业领军企业先后落户东川。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.containsAll(Set.of("宏达", "恒远")), companies.toString());
    }

    @Test
    void aClauseOpeningWithASumNamesOneWorksHoweverPlain() {
        Extracted x = Extracted.body("本报讯 今年各重点工程进展良好。总投资36亿元的焦炉煤气制甲醇项目已报请省发改委核准；"
                + "投资8亿元的东川物流园项目正在建设。\n");
        assertEquals(Set.of(3_600_000_000L), x.investmentsOf("焦炉煤气制甲醇项目"));
    }

    @Test
    void aCentresMainStructureIsTheCentres() {
        Extracted x = Extracted.body("本报讯 今年以来，投资5亿元的华泰(北方大区)东川数据中心主体工程封顶，项目进展顺利。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("华泰(北方大区)东川数据中心"), projects.toString());
        assertEquals(Set.of(500_000_000L), x.investmentsOf("华泰(北方大区)东川数据中心"));
    }

    @Test
    void aListOfThingsThatHappenNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 他表示，随着老钢厂搬迁、采石场关停、滨河路西延和地铁2号线开工等一批重点工程的实施，"
                + "东川与主城的联系更加紧密。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void thePhasesOfTheProjectJustNamedAreNoName() {
        Extracted x = Extracted.body("本报讯 东川健康科技园加快推进。目前，项目一期、二期工程已经完工，正在推进收尾工作。\n");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(p -> p.startsWith("项目")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aThingAndItsPartsAreMadeByOneWorks() {
        Extracted x = Extracted.body("本报讯 投资1.5亿元的华泰智能科技新能源客车电控系统及其零部件生产项目正式开工。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("华泰智能科技新能源客车电控系统及其零部件生产项目"),
                x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aReadingAsAPersonThatRunsIntoAZonesWordIsNoPerson() {
        Extracted x = Extracted.body("本报讯 其中，投资10亿多元的李晨信创软件产业园区主体完工，当年投产。\n▲李晨信创软件产业园区\n");
        assertFalse(x.names(EntityType.PERSON).contains("李晨信"), x.names(EntityType.PERSON).toString());
    }
}

