package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hospital's new campus whose word the segmenter splits, a pilot zone (先导区), the part of a zone a works is placed
 * in when its name carries the zone, a village visited among projects, and a zone made a model of a quoted theme
 * (our own sentences).
 */
class CampusesPilotZonesAndVillagesTest {

    @Test
    void aCampusWordSplitBeforeTheWordForProjectIsNoDistrict() {
        Extracted x = Extracted.body("本报讯 北岭医科大学附属医院东湖院区项目目前已封顶，预计明年投用。");
        assertTrue(x.names(EntityType.PROJECT).contains("北岭医科大学附属医院东湖院区项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPilotZoneIsAZone() {
        Extracted x = Extracted.body("本报讯 东岭风机叶片项目日前落户北岭临空经济先导区，总投资5亿元。");
        assertTrue(x.names(EntityType.PARK).contains("北岭临空经济先导区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aWorksPlacedInAPartOfTheZoneItsNameCarriesIsInThePart() {
        Extracted x = Extracted.body("本报讯 北岭滨湖新城云栖研发楼项目昨日开工。云栖研发楼项目位于北岭滨湖新城数智先导区，"
                + "由东岭投资有限公司建设，总投资约3亿元。");
        assertEquals(Set.of("北岭滨湖新城数智先导区"), x.parksOf("北岭滨湖新城云栖研发楼项目"));
    }

    @Test
    void aVillageVisitedAmongProjectsIsNoWorks() {
        Extracted x = Extracted.body("本报讯 在北岭县，督查组先后察看了东岭风电场扩建项目、美丽乡村示范点李家村、西岭光伏发电项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("村")), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("东岭风电场扩建项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZoneMadeAModelOfAQuotedThemeIsTheZone() {
        Extracted x = Extracted.body("本报讯 省里将支持北岭高新区“零碳”先导区建设，推动北岭高新区“智造”示范区提质扩容。");
        assertEquals(Set.of("北岭高新区"), x.names(EntityType.PARK));
    }
}
