package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Phrases that describe a kind of works, or the works of a time, and name none. Every sentence here is made up. */
class KindsOfWorksTest {
    @Test
    void theProjectsOfATimeAreNoName() {
        Extracted x = Extracted.body("座谈中，公司负责人就企业规模、生产运营及现阶段项目推进情况作了汇报。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aTimeBeforeANameIsNoPartOfIt() {
        Extracted x = Extracted.body("据悉，现阶段青石光伏电站项目进展顺利。");
        assertTrue(x.names(EntityType.PROJECT).contains("青石光伏电站项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aTypeOfWorksIsNoName() {
        Extracted x = Extracted.body("该县将因地制宜，努力建成一座综合型灌区水库工程。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void kindsOfWorkListedInCommonWordsAreNoProjects() {
        Extracted x = Extracted.body("围绕民生短板，申报棚户区改造、乡村振兴等民生项目20个。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aBuildingNamedByCommonNounsInAListOfProjectsStays() {
        Extracted x = Extracted.body("目前，青石物流园、白鹭广场等5个项目已开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("白鹭广场"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPartOfTheWorksAfterItsNameLeavesTheNameWhole() {
        Extracted x = Extracted.body("县长王立来到青河县调水工程主坝施工区察看进度。");
        assertTrue(x.names(EntityType.PROJECT).contains("青河县调水工程"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aNounThatWorksModifiesIsNoPartOfWorks() {
        Extracted x = Extracted.body("近年来，青河县工程机械产业发展迅速。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aCommonNounAndAPhaseNameNoWorks() {
        Extracted x = Extracted.body("在东山工业园，企业二期工程目前加紧施工，公司三期项目即将开工，青岚光电二期项目也已进场。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.contains("企业二期工程"), projects.toString());
        assertFalse(projects.contains("公司三期项目"), projects.toString());
        assertTrue(projects.contains("青岚光电二期项目"), projects.toString());
    }

    @Test
    void unitedBetweenAProperWordAndACommonNounIsPartOfTheName() {
        Extracted x = Extracted.body("今年，北湖联合化工年产10万吨环氧树脂项目开工建设，青岚石化联合装置改造工程也已完工。"
                + "区商务局联合华鑫集团有限公司举办招商推介会。南山风力与太阳能联合发电站项目并网发电。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("北湖联合化工年产10万吨环氧树脂项目"), projects.toString());
        assertTrue(projects.contains("青岚石化联合装置改造工程"), projects.toString());
        assertTrue(projects.contains("南山风力与太阳能联合发电站项目"), projects.toString());
        assertTrue(x.names(EntityType.ENTERPRISE).contains("华鑫集团有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }
}
