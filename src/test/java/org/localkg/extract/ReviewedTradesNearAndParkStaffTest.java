package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards from the review of the 59th and 60th batches' rules: a county's sector before a capacity is no company, 临近
 * opens a name (临近空间), a noun holding 入驻 is no clause that places a works, and a park's 项目负责人 leaves the park
 * a park (our own sentences).
 */
class ReviewedTradesNearAndParkStaffTest {

    @Test
    void aCountysSectorBeforeACapacityIsNoCompany() {
        Extracted x = Extracted.body("本报讯 宁远县养殖10万头生猪项目开工。安远县光伏100兆瓦项目同日开工。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void nearSpaceOpensAName() {
        Extracted x = Extracted.body("本报讯 云杉临近空间飞行器产业化项目落户东岭高新区。");
        assertTrue(x.names(EntityType.PROJECT).contains("云杉临近空间飞行器产业化项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aNounHoldingTheWordForSettlingInIsNoClause() {
        Extracted x = Extracted.body("本报讯 青禾企业入驻服务中心，项目总投资2亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("青禾企业入驻服务中心"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aParksProjectLeaderLeavesTheParkAPark() {
        Extracted x = Extracted.body("本报讯 东岭产业园项目负责人李强介绍，园区今年新引进青禾新材料项目、云杉电子项目。");
        assertEquals(Set.of("东岭产业园"), x.parksOf("青禾新材料项目"));
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("东岭产业园")), x.names(EntityType.PROJECT).toString());
    }
}
