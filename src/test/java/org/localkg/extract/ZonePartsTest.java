package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A zone's branches and parts, named after the zone, are parks of their own; the zones of a province
 * or city together, and a province-level division, are none. Every sentence here is made up for the test.
 */
class ZonePartsTest {
    @Test
    void aBranchNamedAfterTheZoneIsAPark() {
        Extracted x = Extracted.body("3月5日，市长王大明来到宁河经济开发区北塘分区，检查新材料项目建设情况。");
        assertTrue(x.names(EntityType.PARK).contains("宁河经济开发区北塘分区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void zonesDividedByFunctionNameNoBranch() {
        Extracted x = Extracted.body("该开发区按功能分区布局，宁河经济开发区总面积10平方公里。");
        assertEquals(Set.of("宁河经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void aCountysPartOfAZoneIsAPark() {
        Extracted x = Extracted.body("东丽高新区津南园总面积10平方公里，今年新落地项目12个。");
        assertTrue(x.names(EntityType.PARK).contains("东丽高新区津南园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aGardenOfTheZoneIsOneParkUnderBothNamesOfTheZone() {
        Extracted x = Extracted.body("随后，一行人观摩了宁河经开区健康生态园。宁河经济开发区健康生态园规划面积30公顷，"
                + "已入驻企业9家。");
        Entity garden = x.entity("宁河经济开发区健康生态园");
        assertTrue(garden.is(EntityType.PARK));
        assertEquals(garden, x.entity("宁河经开区健康生态园"));
    }

    @Test
    void aPublicGardenInTheZoneIsNoPark() {
        Extracted x = Extracted.body("宁河经济开发区中心公园今年5月向市民开放。");
        assertEquals(Set.of("宁河经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void theZonesOfAProvinceOrCityTogetherAreNoPark() {
        Extracted x = Extracted.body("8月19日，山西省开发区今年第二批项目观摩活动举行。吕梁市开发区签约项目11个，"
                + "其中宁河经济开发区签约项目2个。");
        assertEquals(Set.of("宁河经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void aCountysZoneNamedAgainWithItsCountyIsTheSameZone() {
        Extracted x = Extracted.body("交城经济开发区签约项目2个。交城县开发区今年开工项目5个，总投资4亿元。");
        assertEquals(Set.of("交城经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void everyZoneOfACityIsNotTheOneZoneOfTheArticle() {
        String text = "吕梁市各开发区签约项目11个。其中，交城经济开发区签约项目2个，开发区还将开工3个项目。";
        Entity zone = Extracted.body(text).entity("交城经济开发区");
        int every = text.indexOf("各开发区") + 1;
        int again = text.lastIndexOf("开发区");
        assertTrue(zone.mentions().stream().anyMatch(m -> m.start() == again), "the zone said again: " + zone.mentions());
        assertFalse(zone.mentions().stream().anyMatch(m -> m.start() == every), "every zone of the city: " + zone.mentions());
    }

    @Test
    void anAutonomousRegionIsNoPark() {
        Extracted x = Extracted.body("新疆自治区党委书记王大明视察和田某某水泥公司。");
        assertFalse(x.names(EntityType.PARK).contains("新疆自治区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void zoningByACommonNounNamesNoBranch() {
        Extracted x = Extracted.body("宁河经济开发区功能分区调整方案今年完成，产业分区布局更加合理。");
        assertEquals(Set.of("宁河经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void aCompanysWordAfterAZonesGardenIsTheCompanys() {
        Extracted x = Extracted.body("王大明来到宁河经开区青禾农业科技园有限公司调研。");
        assertFalse(x.names(EntityType.PARK).contains("宁河经开区青禾农业科技园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCitysZoneNamedWithTheCityIsNotItsEconomicZone() {
        Extracted x = Extracted.body("张掖经济技术开发区签约项目3个。张掖市开发区今年开工项目5个。");
        assertFalse(x.entity("张掖经济技术开发区").keys().stream().anyMatch(k -> k.contains("市开发区")),
                x.entity("张掖经济技术开发区").keys().toString());
    }
}
