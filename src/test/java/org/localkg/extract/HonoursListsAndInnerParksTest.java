package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An honour or an event named like a zone, a leading group after a title, a campaign's quoted name opening with
 * 项目, a list closed by 等一大批项目, an adverb and an intransitive verb inside a works' name, and a works placed in
 * a zone's inner park (our own sentences).
 */
class HonoursListsAndInnerParksTest {

    @Test
    void anHonourWithASuperlativeNamesNoZone() {
        Extracted x = Extracted.body("本报讯 在日前揭晓的评选中，北岭经济开发区荣获“中国最具成长性开发区”称号。");
        assertEquals(Set.of("北岭经济开发区"), x.names(EntityType.PARK));
    }

    @Test
    void anEventsEditionOpensNoZonesName() {
        Extracted x = Extracted.body("本报讯 “第三届西部开发区合作发展论坛暨优秀开发区表彰会”日前举行，北岭经济开发区作了交流发言。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.startsWith("第三届")), x.names(EntityType.PARK).toString());
        assertTrue(x.names(EntityType.PARK).contains("北岭经济开发区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aLeadingGroupAfterATitleIsNoOfficial() {
        Extracted x = Extracted.body("本报讯 各乡镇主要负责人，开发区领导班子、开发区机关干部，部分企业代表参加会议。");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aCampaignsQuotedNameOpeningWithTheWordForProjectsIsNoWorks() {
        Extracted x = Extracted.body("本报讯 近年来，该县先后开展\"营商环境提升年\"、\"项目攻坚年\"和\"产业招商年\"活动，成效明显。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aListClosedByALargeBatchOfProjectsIsAListOfWorks() {
        Extracted x = Extracted.body("本报讯 目前，北辰化工集团30万吨乙二醇、东岳新材料集团20万吨聚甲醛、"
                + "宏远能源有限公司10万吨甲醇项目等一大批项目正在紧张建设。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("北辰化工集团30万吨乙二醇", "东岳新材料集团20万吨聚甲醛")),
                x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("北辰化工集团"), x.enterprisesOf("北辰化工集团30万吨乙二醇"));
    }

    @Test
    void anAdverbAndAnIntransitiveVerbBeforeANounAreANamesWords() {
        Extracted x = Extracted.body("本报讯 本次集中开工的西岭新能源南沟站快速充电系统、东旺化肥生产线等8个重点项目中，工业类占一半以上。");
        assertTrue(x.names(EntityType.PROJECT).contains("西岭新能源南沟站快速充电系统"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aWorksPlacedInAZonesInnerParkIsInTheInnerPark() {
        Extracted x = Extracted.body("本报讯 位于酒泉经济技术开发区精细化工产业园的东岭风机叶片扩建项目进展顺利，预计年底投产。");
        assertEquals(Set.of("酒泉经济技术开发区精细化工产业园"), x.parksOf("东岭风机叶片扩建项目"));
    }

    @Test
    void aWorksBesideAnInnerParkIsInTheZone() {
        Extracted x = Extracted.body("本报讯 位于酒泉经济技术开发区精细化工产业园西侧的东岭风机叶片扩建项目开工建设。");
        assertEquals(Set.of("酒泉经济技术开发区"), x.parksOf("东岭风机叶片扩建项目"));
    }

    @Test
    void theLargestOrAFirstEditionNamesNoZone() {
        Extracted x = Extracted.body("本报讯 “首届西部农业产业园发展大会”在北岭农业科技园区举行，北岭是全省最大园区之一。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.startsWith("首届") || n.contains("最大")), x.names(EntityType.PARK).toString());
    }
}
