package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs of three or more numbered parts of one works, written with 、 between them. */
class NumberedRunsTest {

    @Test
    void threeNumberedRoadLinesAreOneWorks() {
        Extracted x = Extracted.body("本报讯 县长王林来到国道112线、207线、309线甘泉市过境公路改线工程现场，查看复工准备工作。");
        assertEquals(Set.of("国道112线、207线、309线甘泉市过境公路改线工程"), x.names(EntityType.PROJECT));
        assertEquals(Set.of("国道112线、207线、309线甘泉市过境公路改线工程"), x.targetsOf("王林"));
    }

    @Test
    void threePhasesWithTheirCounterWrittenOnceAreOneProject() {
        Extracted x = Extracted.body("本报讯 6月30日，甘泉市举行集中开工仪式，青川牧业肉牛养殖二、三、四期项目等20个项目集中开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("青川牧业肉牛养殖二、三、四期项目"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).contains("青川牧业肉牛养殖二"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void fourPhasesEachWithItsCounterAreOneProject() {
        Extracted x = Extracted.body("本报讯 博达公司二期、三期、四期、五期扩建项目今年全部竣工。");
        assertTrue(x.names(EntityType.PROJECT).contains("博达公司二期、三期、四期、五期扩建项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aRunBrokenByANamedPartStaysAList() {
        Extracted x = Extracted.body("本报讯 今年将开工建设国道112线、滨河大道、309线改线工程。");
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.startsWith("国道112线、")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void differentCountersStayApart() {
        Extracted x = Extracted.body("本报讯 今年将开工建设甘泉矿2号、3号井、5期改造工程。");
        assertFalse(x.names(EntityType.PROJECT).contains("甘泉矿2号、3号井、5期改造工程"), x.names(EntityType.PROJECT).toString());
    }
}
