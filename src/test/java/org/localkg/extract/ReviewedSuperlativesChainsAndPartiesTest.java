package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards from a helper's review of 35a9ff3 (our own sentences): a superlative only as 最 and an adjective before
 * 项目 names no works (“最美某某”, quoted, and 最高人民法院…, an institution's, do); a brand among industrial chains is a
 * project; 其 after two parties joined points at neither; a base after a verb of visiting is the works' park too.
 */
class ReviewedSuperlativesChainsAndPartiesTest {

    @Test
    void aQuotedNameOrAnInstitutionOpeningWithZuiNamesWorks() {
        Extracted quoted = Extracted.body("本报讯 “最美溪谷”生态修复项目总投资2亿元，由县林业局实施。");
        assertTrue(quoted.names(EntityType.PROJECT).contains("“最美溪谷”生态修复项目"), quoted.names(EntityType.PROJECT).toString());
        Extracted court = Extracted.body("本报讯 最高人民法院第五巡回法庭项目在我市开工建设。");
        assertTrue(court.names(EntityType.PROJECT).contains("最高人民法院第五巡回法庭项目"), court.names(EntityType.PROJECT).toString());
    }

    @Test
    void aBrandAmongIndustrialChainsIsAProject() {
        Extracted x = Extracted.body("本报讯 他先后察看了天晟光伏一期、润川储能二期、福祥铜箔等产业链重点项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("福祥铜箔"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void itsAfterTwoPartiesJoinedPointsAtNeither() {
        Extracted x = Extracted.body("本报讯 东岭农业有限公司与鑫源食品有限公司签订合作协议。其冷链仓储项目总投资3亿元。");
        assertTrue(x.enterprisesOf("冷链仓储项目").isEmpty(), x.enterprisesOf("冷链仓储项目").toString());
    }

    @Test
    void aBaseAfterAVerbOfVisitingIsTheWorksParkToo() {
        Extracted x = Extracted.body("本报讯 他先后来到苏州纳米产业基地江苏恒瑞新材料项目、无锡传感产业基地江苏智远传感器项目调研。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("苏州纳米产业基地", "无锡传感产业基地")), x.names(EntityType.PARK).toString());
        assertEquals(Set.of("无锡传感产业基地"), x.parksOf("江苏智远传感器项目"));
    }
}
