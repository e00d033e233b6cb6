package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sums said with the works' output before the name, sums cut off where a page ends, designations of ranked lists,
 * and the mends of the review of {@link PartiesAreasAndGroupsTest}'s rules (our own sentences).
 */
class ReviewedPartiesAndSumsTest {

    @Test
    void aSumAndTheOutputBeforeAnItemAreNoPartOfItsName() {
        Extracted x = Extracted.body("本报讯 近日，全县建设了总投资2.8亿元的新誉风机生产、投资2.85亿元年产1万台新型玉米收获机的亚泰农机制造园等一批项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("亚泰农机制造园"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(285_000_000L), x.investmentsOf("亚泰农机制造园"));
    }

    @Test
    void aSumCutOffWhereThePageEndsIsNoProject() {
        Extracted x = Extracted.body("本报讯 近日，全市重点产业项目4个，分别是投资5亿元的宏达淀粉胶囊项目、投资1.5亿元的润丰食品包装项目、投资1.");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("投资")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aRankedListsDesignationIsNoProject() {
        Extracted x = Extracted.body("本报讯 近日，富源县2020年黑河省百大项目集中开工。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("百大项目")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aConjunctionThatOpensAWordOpensNoItem() {
        Extracted x = Extracted.body("本报讯 近日，会议要求推进三个项目及其配套设施、宏达新材料等项目建设。推进12个棚改项目和谐佳苑二期等项目建设。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.stream().noneMatch(n -> n.startsWith("其") || n.startsWith("谐")), projects.toString());
    }

    @Test
    void aLevelBeforeAChiefsTitleIsNoBodyAndTheRoundNoName() {
        Extracted x = Extracted.body("本报讯 近日，县委书记、县级总河长赵刚巡河。");
        assertEquals(Set.of("赵刚"), x.names(EntityType.OFFICIAL));
        assertTrue(x.names(EntityType.ORGANIZATION).stream().noneMatch(n -> n.endsWith("级")), x.names(EntityType.ORGANIZATION).toString());
    }

    @Test
    void anOfficeOfWorksAtItsJobIsNoWorksUnderWay() {
        Extracted x = Extracted.body("本报讯 近日，城北大桥管理处进行吊装作业安全检查。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aFirmLikeNameEndingInRevivalStaysAProject() {
        Extracted x = Extracted.body("本报讯 近日，全县签约宏达新材料、东方振兴等项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("东方振兴"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPartyAfterTheListsLastNameMakesItAnOfficial() {
        Extracted x = Extracted.body("本报讯 近日，孙大军宣布全市项目集中开工。随后，孙大军、马明一行深入宏达公司调研。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("马明"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aLocatedParkHoldsNothingOnceTheSentenceGoesElsewhere() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国到某县调研。东湖现代农业产业园位于县城东部，王建国察看了万亩果蔬基地、冷链仓储中心等项目。"
                + "西岭新型工业物流园地处城市西大门，王建国还到城区察看了铁路货运西站、汽配城等项目。");
        assertFalse(x.parksOf("汽配城").contains("西岭新型工业物流园"), x.parksOf("汽配城").toString());
    }

    @Test
    void theNextStepOpensNoParksName() {
        Extracted x = Extracted.body("本报讯 近日，保税区一季度经济企稳回升。下一步保税区坚持稳中求进，确保全年经济运行良好。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.startsWith("下一步")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCompanysRankOpensNoWorksName() {
        Extracted x = Extracted.body("本报讯 近日，某船舶制造基地、世界500强法国某某集团航空发动机生产基地等17个重点产业项目落地。");
        assertTrue(x.names(EntityType.PROJECT).contains("法国某某集团航空发动机生产基地"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aQuarterBeforeAKindOfWorksNamesNone() {
        Extracted x = Extracted.body("本报讯 近日，一季度产业项目投资同比增长17.2%，占固定资产投资的比重达到81.5%。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aBaseThatLandsIsWorks() {
        Extracted x = Extracted.body("本报讯 近日，深挖央企合作，中海某集团环渤海新能源总部基地落地。");
        assertTrue(x.names(EntityType.PROJECT).contains("中海某集团环渤海新能源总部基地"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZonesWordBeforeAProvinceOpeningTheWorksIsNoPartOfTheirName() {
        Extracted x = Extracted.body("本报讯 近日，区长李吉峰一行先后来到城北垃圾焚烧发电项目、城南有机垃圾处理项目及西扩区辽宁锦华石油化工项目现场。");
        assertTrue(x.names(EntityType.PROJECT).contains("辽宁锦华石油化工项目"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.targetsOf("李吉峰").contains("辽宁锦华石油化工项目"), x.targetsOf("李吉峰").toString());
    }

    @Test
    void aNoteOnTheParkBeforeACompanyIsNoPartOfItsName() {
        Extracted x = Extracted.body("本报讯 近日，调研组来到某某乳业产业园(农业版块)内蒙古草原青牧牧业有限公司8万头奶牛场项目进行实地调研。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("内蒙古草原青牧牧业有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aParksNoteInBracketsStaysInAParksName() {
        Extracted x = Extracted.body("本报讯 近日，项目落户丰宁高新区(国家级)东山科技产业园。");
        assertTrue(x.names(EntityType.PARK).contains("丰宁高新区(国家级)东山科技产业园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aPlaceOrAGroupInBracketsStaysInTheCompanysName() {
        Extracted x = Extracted.body("本报讯 近日，中俄东方石化(天津)有限公司炼油项目开工。宏达科技(集团)股份有限公司投资建设新工厂。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("中俄东方石化(天津)有限公司", "宏达科技(集团)股份有限公司")),
                x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aNameOpeningWithTheConjunctionsWordStartsAfterIt() {
        Extracted x = Extracted.body("本报讯 近日，会议要求推进5个重点项目和平安大道改造等项目建设。");
        assertTrue(x.names(EntityType.PROJECT).contains("平安大道改造"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aLocatedParkKeepsWhatIsBuiltInIt() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国到某县调研。西岭新型工业物流园位于城西，王建国察看了铁路货运站等项目。"
                + "东湖产业园位于县城东部，目前在建华星电子、金源冷链等项目。");
        assertEquals(Set.of("东湖产业园"), x.parksOf("金源冷链"));
    }

    @Test
    void worksUnderWayAfterAnAdverbAreWorks() {
        Extracted x = Extracted.body("本报讯 近日，城南大桥目前正在进行主梁吊装，预计年底通车。");
        assertTrue(x.names(EntityType.PROJECT).contains("城南大桥"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aRankedPlaceKeepsItsRank() {
        Extracted x = Extracted.body("本报讯 近日，全县签约全国百强县乐清电气配套园、宏达新材料等项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("县")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aTownNamedLikeTheNextStepIsAPlace() {
        Extracted x = Extracted.body("本报讯 近日，下步镇工业园区开工建设。");
        assertTrue(x.names(EntityType.PARK).contains("下步镇工业园区"), x.names(EntityType.PARK).toString());
    }
}
