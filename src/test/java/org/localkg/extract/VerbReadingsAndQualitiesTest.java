package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 39's rules from the last two batches: a verb after a leaders' label and a modal after a title name no one; a
 * quality and a field, a superlative, a reduplicated quality in a list, a count of big projects, a modal of two characters
 * and its verb, and a model of cooperation name no works.
 */
class VerbReadingsAndQualitiesTest {

    @Test
    void aVerbAfterALeadersLabelNamesNoOne() {
        Extracted x = Extracted.body("本报讯 5月8日,刘明、高峰等市领导来我县检查重点项目建设情况。在东岭膨润土项目现场,市领导听介绍,看进度。\n");
        assertFalse(x.names(EntityType.OFFICIAL).contains("听介绍"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aModalAfterATitleNamesNoOne() {
        Extracted x = Extracted.body("本报讯 会议要求,广大政协委员要完整、准确、全面贯彻新发展理念。\n");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aQualityAndAFieldNameNoWorks() {
        Extracted x = Extracted.body("本报讯 刘明指出,要做大新能源项目,配套建设精深加工项目。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void qualitiesAndCountsOfBigProjectsNameNoWorks() {
        Extracted x = Extracted.body("本报讯 今年开工的这些项目,都是实实在在、具有竞争力的大项目、好项目。北岭区三大项目群建设全面提速。\n");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void superlativesModalsAndModelsNameNoWorks() {
        Extracted x = Extracted.body("本报讯 他说,这是目前在建的最大纺织产业项目。站在园区中央大道,能够看到园区一期项目的厂房已封顶。"
                + "希望企业把项目打造成合作典范项目。\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.isEmpty(), projects.toString());
    }
}
