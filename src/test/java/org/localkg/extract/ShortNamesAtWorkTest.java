package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Companies called by their short names where they are visited or head a project's name, the
 * officials beside them, and the lists of works a long head closes. Every sentence here is made up
 * for the test.
 */
class ShortNamesAtWorkTest {
    @Test
    void aPlaceAndANameBeforeTheOutputAreTheCompany() {
        Extracted x = Extracted.body("今年以来，宁夏绿澜年产5000吨特种纤维项目已进入设备调试阶段，预计7月投产。");
        assertEquals(Set.of("宁夏绿澜"), x.enterprisesOf("宁夏绿澜年产5000吨特种纤维项目"));
    }

    @Test
    void aPlaceAloneBeforeTheOutputIsNoCompany() {
        Extracted x = Extracted.body("今年以来，宁夏年产5000吨特种纤维项目已进入设备调试阶段。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aSidesWordAndATradeBeforeTheOutputAreTheCompany() {
        Extracted x = Extracted.body("北方锂业年产2万吨电池级碳酸锂、青禾矿业年产10万吨石灰及联产5万吨液态二氧化碳等项目已开始土建施工。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("北方锂业"), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("青禾矿业年产10万吨石灰及联产5万吨液态二氧化碳"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).contains("联产5万吨液态二氧化碳"));
    }

    @Test
    void companiesVisitedByTheirTradeNamesAreCompanies() {
        Extracted x = Extracted.body("县委书记王大明来到宁夏蒙源药业和金泉药业，了解药材种植情况。随后，他莅临宁夏青岚纺织视察。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("金泉药业", "宁夏青岚纺织")), x.names(EntityType.ENTERPRISE).toString());
        // the learned model may name the first without its region: either way it is a company
        assertTrue(x.names(EntityType.ENTERPRISE).stream().anyMatch(n -> n.endsWith("蒙源药业")));
        assertTrue(x.names(EntityType.PERSON).isEmpty(), x.names(EntityType.PERSON).toString());
    }

    @Test
    void aGivenNamesHeIsNoConjunction() {
        Extracted x = Extracted.body("区委副书记王和平出席会议并讲话。");
        assertEquals(Set.of("王和平"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aDistrictReadAsAPersonsNameOpensThePost() {
        Extracted x = Extracted.body("调研组在利通区商务局局长王小林陪同下视察了园区。");
        assertEquals(Set.of("王小林"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aStandingCommitteeAndAVerbAfterATitleAreNoNames() {
        Extracted x = Extracted.body("区人大常委会主任陈小宇及部分常委会成员在部门负责人陪同下视察。");
        assertEquals(Set.of("陈小宇"), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of(), x.names(EntityType.PERSON));
    }

    @Test
    void aFreeTradeZonesAreaIsAPark() {
        Extracted x = Extracted.body("宁川自贸片区跨境物流中心项目开工。");
        assertEquals(Set.of("宁川自贸片区"), x.parksOf("宁川自贸片区跨境物流中心项目"));
    }

    @Test
    void aLongHeadAfterYiPiClosesAListOfProjects() {
        Extracted x = Extracted.body("全市加快推进青禾光伏电站、东湾储能电池生产等一批优结构、增后劲的大项目前期工作。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("青禾光伏电站", "东湾储能电池生产")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void visitorsBeforeThoseWhoAccompanyThemAreTheInspectors() {
        Extracted x = Extracted.body("11月3日上午,东平市政协主席李大为、东平市政协秘书长周小海一行,在宁川市政协主席王建中、宁川市政协秘书长孙立,"
                + "宁川开发区党工委书记、管委会主任赵明及市直部门负责同志陪同下,深入宁川经济开发区实地调研。");
        Set<String> inspectors = new java.util.HashSet<>();
        x.facts.inspections().forEach(i -> inspectors.add(i.official().name()));
        assertEquals(Set.of("李大为", "周小海"), inspectors);
    }

    @Test
    void aParkAfterTheZonesBareWordIsNotNamedWithIt() {
        Extracted x = Extracted.body("调研组随后走进开发区光电产业园和青禾药业，察看企业运行。");
        assertFalse(x.names(EntityType.PARK).contains("开发区光电产业园"), x.names(EntityType.PARK).toString());
    }
}
