package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rules from the 64th batch's odd half: works of a programme of aid between provinces (援疆, 援藏, 援青) name no one
 * works, even when an official inspects them, and each of a place's projects (某新城各个项目) is none of them (our own
 * sentences).
 */
class AidProgrammesAndEachOfThemTest {

    @Test
    void aidProgrammesWorksNameNoOneWorks() {
        Extracted x = Extracted.body("本报讯 9月3日，东岭省援藏工作队领队王某带队赴北岭县调研本年度重点援藏项目推进情况。深入北岭县调研今年东岭对口援藏项目推进情况。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void eachOfAPlacesProjectsIsNoneOfThem() {
        Extracted x = Extracted.body("本报讯 下一步，北岭新区各个项目将倒排工期，确保年底前完成投资任务。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }
}
