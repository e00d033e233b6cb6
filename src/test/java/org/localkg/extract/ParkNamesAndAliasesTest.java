package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parks named twice in one article (园区 and 园, a name in brackets), titles that name no park, and the
 * company names that stand next to parks. Every sentence here is made up for the test.
 */
class ParkNamesAndAliasesTest {
    @Test
    void aParksYuanquAndYuanAreOnePark() {
        Extracted x = Extracted.body("县委书记王大明走进宁河低碳硅材料产业园，察看企业生产。他要求宁河低碳硅材料产业园区做优营商环境。");
        assertEquals(x.entity("宁河低碳硅材料产业园"), x.entity("宁河低碳硅材料产业园区"));
        assertEquals(1, x.names(EntityType.PARK).size(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aParksOtherNameInBracketsIsTheSamePark() {
        Extracted x = Extracted.body("会上，宁河工业园(宁河经济技术开发区)负责人介绍了园区招商情况。");
        assertEquals(x.entity("宁河工业园"), x.entity("宁河经济技术开发区"));
    }

    @Test
    void aTitleAPlaceWorksForIsNoPark() {
        Extracted x = Extracted.body("全县要加快争创生态文明建设示范区，加大优质文旅项目的招引力度。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void kindsOfZoneBeyondTheDevelopmentZones() {
        Extracted x = Extracted.body("宁河出口加工区和东湾湿地生态园今年新增入驻企业48家，东湾湿地生态园规划了中央商务区和仓储物流区。");
        assertEquals(Set.of("宁河出口加工区", "东湾湿地生态园"), x.names(EntityType.PARK));
    }

    @Test
    void aParkOpeningACompanysNameIsTheCompanysName() {
        Extracted x = Extracted.body("区长李小华来到宁河科技产业园有限公司，察看了项目进展。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("宁河科技产业园有限公司"));
        assertFalse(x.names(EntityType.PARK).contains("宁河科技产业园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCompanyAfterAnAbbreviatedZoneStartsAfterIt() {
        Extracted x = Extracted.body("市长刘明来到安平经开区华盛新材料有限公司，察看生产线。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("华盛新材料有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.PARK).contains("安平经开区"));
    }

    @Test
    void aGroupAndItsTradeCompanyAreTwoCompanies() {
        Extracted x = Extracted.body("该项目由青禾矿产集团出资兴建。青禾矿产集团铝业有限公司经理张小白表示，工期过半。");
        assertNotEquals(x.entity("青禾矿产集团"), x.entity("青禾矿产集团铝业有限公司"));
    }

    @Test
    void aCitedLeaderIsNoParticipant() {
        Extracted x = Extracted.body("他说，各级干部要自觉落实好习近平总书记“两山”发展新战略，时时牢记习近平总书记的嘱托。");
        assertEquals(Set.of(), x.names(EntityType.OFFICIAL));
    }
}
