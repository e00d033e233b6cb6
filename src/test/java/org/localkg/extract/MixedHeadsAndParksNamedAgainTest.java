package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules from the 67th batch's odd half (our own sentences): a head joining projects and companies (等重点项目、重点企业)
 * lists projects beside the companies; a park named again is its mention, so a list placed in it (位于某园的…) is its;
 * a park before the word for its buildings is the works; a company's sole or joint funding (独资的, 合资的) owns the
 * works after it; a head that lists fields of its own (等新能源、机械加工等工业项目) and an aspect particle (储备了)
 * make no works of their items; activities joined inside an item (扩建配套与防渗改造) are the item's own; 得 between
 * a brand's characters may come before a character, a trade and a bracketed place (某得科电器(某地)有限公司).
 */
class MixedHeadsAndParksNamedAgainTest {

    @Test
    void projectsAndCompaniesJoinedInAHeadPlacedInAParkNamedAgain() {
        Extracted x = Extracted.body("本报讯 市长王某来到朔州经济技术开发区智能产业园、先进装备园等地调研。\n\n"
                + "位于先进装备园的汾阳建材产业园厂房建设、恒达冷链园区分拨中心、中磁精工科技公司等重点项目、重点企业正加紧生产。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("恒达冷链园区分拨中心", "汾阳建材产业园")),
                x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("先进装备园"), x.parksOf("恒达冷链园区分拨中心"));
        assertEquals(Set.of("先进装备园"), x.parksOf("汾阳建材产业园"));
        assertTrue(x.names(EntityType.ENTERPRISE).contains("中磁精工科技公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCompanysSoleFundingOwnsTheWorksAfterIt() {
        Extracted x = Extracted.body("本报讯 其中，体量最大的是计划投资12亿元、华远风机制造有限公司独资的清水县风电开发项目。");
        assertEquals(Set.of("华远风机制造有限公司"), x.enterprisesOf("清水县风电开发项目"));
    }

    @Test
    void deBetweenABrandsCharactersBeforeATradeAndABracketedPlace() {
        Extracted x = Extracted.body("本报讯 总投资20亿元的恒得科电器(大连)有限公司新工厂项目开工。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("恒得科电器(大连)有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void activitiesJoinedInsideAnItemStayItsOwn() {
        Extracted x = Extracted.body("本报讯 目前，北岭区中医院迁建、东川扬水灌区扩建配套与防渗改造、茂林110千伏变电站等12个项目已开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("东川扬水灌区扩建配套与防渗改造"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aHeadListingFieldsAndAClauseOfPreparingNameNoWorks() {
        Extracted x = Extracted.body("本报讯 二是光伏发电等新能源、装备加工、果蔬加工等工业项目多、体量大。会议指出，开发区今年储备了高端装备、绿色食品等重点项目。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }
}
