package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards from a second review: parks that hold their place, lists opened by a ceremony's verb, brand names, numbers. */
class ReviewedPlacesAndOpeningsTest {
    @Test
    void aParkHoldingItsPlaceInBracketsKeepsItsName() {
        Extracted x = Extracted.body("东湾两岸（永昌）现代林业合作实验区竹木精深加工项目正式开工。");
        assertTrue(x.names(EntityType.PARK).contains("东湾两岸（永昌）现代林业合作实验区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aParkNamedWithItsProvinceAndCityKeepsThem() {
        Extracted x = Extracted.body("甘肃省金昌市永昌经济技术开发区新材料产业基地项目举行开工仪式。");
        assertFalse(x.names(EntityType.PARK).contains("永昌经济技术开发区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aListOpenedByAVerbOfHoldingTheEventSharesItsHead() {
        Extracted x = Extracted.body("6月3日，北岭经济开发区举行东禾食品城、西岭家具、南辰包装项目和北辰储能项目开工仪式。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("东禾食品城", "西岭家具")), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("北岭经济开发区"), x.parksOf("西岭家具"));
    }

    @Test
    void aZoneFollowedByItsCompaniesWordIsAZone() {
        Extracted x = Extracted.body("北岭药谷企业永昌东辰制药有限公司扩建项目开工。");
        assertTrue(x.names(EntityType.PARK).contains("北岭药谷"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aBrandNameWithAVerbAndItsAspectStaysWhole() {
        Extracted x = Extracted.body("兰州越过山丘文化传媒有限公司近日成立。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("兰州越过山丘文化传媒有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void anItemsNumberInRunningTextOpensNoName() {
        Extracted x = Extracted.body("一、重点项目（1）北岭顺通物流园建设项目总投资5亿元。");
        assertEquals(Set.of(500_000_000L), x.investmentsOf("北岭顺通物流园建设项目"));
    }

    @Test
    void aHeadingsBuilderMayFollowItsAmount() {
        Extracted x = Extracted.body("（3）北岭华宇新材料产业园项目。总投资12亿元，由东辰恒达化工有限公司投资建设。");
        assertEquals(Set.of("东辰恒达化工有限公司"), x.enterprisesOf("北岭华宇新材料产业园项目"));
    }
}
