package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Guards from the review of the 61st and 62nd batches' rules: development zones named as what is to be built stay
 * zones, a facility's kind said to be key works names none, a quoted honour after 承建的 is no works, and 临近 as a
 * verb of lying next to opens no name (our own sentences).
 */
class ReviewedGoalsSubjectsAndQuotesTest {

    @Test
    void developmentZonesToBeBuiltStayZones() {
        Extracted x = Extracted.body("本报讯 到2030年，全市将建成东岭经济开发区、北岭工业园区两个千亿级平台。");
        assertTrue(x.names(EntityType.PARK).containsAll(java.util.Set.of("东岭经济开发区", "北岭工业园区")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aFacilitysKindSaidToBeKeyWorksNamesNone() {
        Extracted x = Extracted.body("本报讯 研发中心是全市今年的重点项目。北岭商务中心和东岭会展中心是青禾新区的重点项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.equals("研发中心") || n.contains("和")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aQuotedHonourAfterABuilderIsNoWorks() {
        Extracted x = Extracted.body("本报讯 云杉公司承建的“精品示范中心”日前获省级表彰。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void lyingNextToOpensNoName() {
        Extracted x = Extracted.body("本报讯 云杉产业园临近北岭港项目建设进展顺利。");
        assertTrue(x.names(EntityType.PROJECT).contains("北岭港项目"), x.names(EntityType.PROJECT).toString());
    }
}
