package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Works named by size and capacity, the parts of one project that are no projects, and the company
 * and park a project's next sentences give it. Every sentence here is made up for the test.
 */
class WorksAndPartsTest {
    @Test
    void aCompanysLineNamedByItsCapacityIsAProject() {
        Extracted x = Extracted.body("市委书记王大明先后深入宁河硅材料产业园、青禾化工有限公司2万吨新型催化剂生产线等处调研。");
        assertTrue(x.names(EntityType.PROJECT).contains("青禾化工有限公司2万吨新型催化剂生产线"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("青禾化工有限公司"), x.enterprisesOf("青禾化工有限公司2万吨新型催化剂生产线"));
    }

    @Test
    void linesNamedByTheirProductAreParts() {
        Extracted x = Extracted.body("该项目由青禾饲料科技有限公司出资兴建。据介绍，明年春天，饲料生产线、面粉生产线将陆续投产。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void whatOneProjectHoldsIsNoProject() {
        Extracted x = Extracted.body("青禾硅基产业园项目总体规划为：年产30万吨工业硅、10万吨多晶硅。据介绍，二期项目包含5G瓦拉晶厂房、"
                + "5G瓦切片厂房等，拟投资约20亿元。");
        assertEquals(Set.of("青禾硅基产业园项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aSizedWorksIsNamedThoughItEndsInAKindsWord() {
        Extracted x = Extracted.body("活动中，现场签约远帆宁河2×350MW超临界发电示范项目、青禾年产5万吨负极材料项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("远帆宁河2×350MW超临界发电示范项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCountAfterTheLastItemCountsTheList() {
        Extracted x = Extracted.body("主会场仪式后，宁河大桥改造项目，东湾水厂扩建工程，青禾矿区生态修复治理工程3个分会场同步举行开工活动。");
        assertTrue(x.names(EntityType.PROJECT).contains("青禾矿区生态修复治理工程"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void twoCharactersEndingInAVerbAreNoProject() {
        Extracted x = Extracted.body("擂响项目攻坚鼓，跑出发展加速度");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aBracketDoesNotMakeANameTooLong() {
        Extracted x = Extracted.body("2月21日，东平州清水河(含白石河及青石河)宁安市东环高速桥至西环大桥段堤防提标加固综合整治工程开工。");
        assertEquals(Set.of("东平州清水河(含白石河及青石河)宁安市东环高速桥至西环大桥段堤防提标加固综合整治工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void theNextParagraphsGaiXiangMuGivesTheCompany() {
        Extracted x = Extracted.body("吊装钢梁、铺设管线……总投资7亿元的年产10万吨饲料加工项目工地上，工人们忙个不停。\n"
                + "该项目由青禾饲料科技有限公司投资建设，主体厂房已经封顶。");
        assertEquals(Set.of("青禾饲料科技有限公司"), x.enterprisesOf("年产10万吨饲料加工项目"));
    }

    @Test
    void theParkTheSentenceBeforeSetsTheSceneInIsTheProjects() {
        Extracted x = Extracted.body("在宁河经济开发区内，另一场产业变革正在上演。总投资7亿元的年产10万吨饲料加工项目现场，工人正在作业。");
        assertEquals(Set.of("宁河经济开发区"), x.parksOf("年产10万吨饲料加工项目"));
    }

    @Test
    void aProjectNamedByTheCompanysOwnBrandAfterItsParentsLatinBrand() {
        Extracted x = Extracted.body("9月8日，全区秋季项目开竣工仪式在华中QX三期智能车间项目工地举行。"
                + "XYZ华中光伏材料股份有限公司副总裁杨小平致辞。");
        assertEquals(Set.of("XYZ华中光伏材料股份有限公司"), x.enterprisesOf("华中QX三期智能车间项目"));
    }

    @Test
    void aNamesFirstCharacterTaggedATimeMorphemeStaysInTheName() {
        Extracted x = Extracted.body("据悉，负责人李明介绍了情况。\n清禾矿产集团铝业有限公司经理张白玉表示，工期过半。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("清禾矿产集团铝业有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("禾矿产集团铝业有限公司"));
    }
}
