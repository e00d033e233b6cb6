package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Words of the clause that do not belong to a name (an adverb, a resultative 好, the 企业 that says
 * what a company is, the 为 of purpose), kinds of works that are no names, and where an inspection's
 * park is named. Every sentence here is made up for the test.
 */
class ClauseWordsAndParkFormsTest {
    @Test
    void aWordThatOpensWithAPlaceNameIsNoSecondName() {
        Extracted x = Extracted.body("12月3日，青龙县与东方能源集团签约建设青龙山50兆瓦风力与太阳能互补发电项目，总投资12亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("青龙山50兆瓦风力与太阳能互补发电项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("青龙山50兆瓦风力与太阳能互补发电项目"));
    }

    @Test
    void anAdverbOfTheClauseEndsWhatStandsBeforeTheName() {
        Extracted x = Extracted.body("据测算，今年全县仅新宁山光伏电站项目的装机就将达到200兆瓦。");
        assertTrue(x.names(EntityType.PROJECT).contains("新宁山光伏电站项目"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("仅")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aFieldAndItsActivityOrCommonWordsNameAKindOfWorks() {
        Extracted x = Extracted.body("据测算，全县仅光伏发电项目的装机就达到200兆瓦。"
                + "全年水利项目投资5.8亿元，城市建设项目已投资9.4亿元。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void forWhatTheProjectsServeIsNoListOfProjects() {
        Extracted x = Extracted.body("当天，这8个项目集中开工，将为全县产业结构调整、经济持续增长注入新活力、积蓄新动能。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void weiRightAfterTheCountStillListsTheProjects() {
        Extracted x = Extracted.body("本次集中签约的项目共3个，为青石物流园项目、红叶食品加工厂项目、北山光伏电站项目。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("青石物流园项目", "红叶食品加工厂项目", "北山光伏电站项目")),
                x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theParkAnInspectionGoesToHoldsTheProjectsVisitedThere() {
        Extracted x = Extracted.body("5月20日，市委副书记、市长王立新到青禾高新技术产业开发区东岭园区调研项目建设。\n"
                + "王立新先后深入青禾远大冶金有限公司硅锰合金项目、青禾玻璃纤维制品项目等建设现场，了解项目推进情况。\n"
                + "王立新指出，青禾高新技术产业开发区是全市工业发展的主平台。");
        assertEquals(Set.of("青禾高新技术产业开发区东岭园区"), x.parksOf("青禾远大冶金有限公司硅锰合金项目"));
        assertEquals(Set.of("青禾高新技术产业开发区东岭园区"), x.parksOf("青禾玻璃纤维制品项目"));
    }

    @Test
    void anIndustrialParkAndItsShorterFormAreOnePark() {
        Extracted x = Extracted.body("近年来，青石县重点建设北庄工业园区和南岭工业区。\n"
                + "今年北庄工业区新落户企业5家，固定资产投资达3亿元。");
        assertEquals(Set.of("北庄工业园区", "南岭工业区"), x.names(EntityType.PARK));
    }

    @Test
    void theWordForWhatACompanyIsDoesNotOpenItsName() {
        Extracted x = Extracted.body("12月2日，区委书记张立平先后来到城东街道重点企业华远(中国)有限公司北京分公司、"
                + "龙头企业青云科技股份有限公司调研。");
        assertEquals(Set.of("华远(中国)有限公司北京分公司", "青云科技股份有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aTradeAfterTheWordForCompaniesStaysInTheName() {
        Extracted x = Extracted.body("当天，青云企业管理有限公司与园区签订合作协议。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("青云企业管理有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void haoAfterTheVerbOfBuildingIsNoPartOfTheParksName() {
        Extracted x = Extracted.body("他强调，要用好社会资本，建设好红石文化创意产业园。");
        assertEquals(Set.of("红石文化创意产业园"), x.names(EntityType.PARK));
    }
}
