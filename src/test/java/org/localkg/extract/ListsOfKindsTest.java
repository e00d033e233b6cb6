package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Items of a list whose head names a kind of projects (等政府投资项目42项) that are common words only are kinds, not projects. */
class ListsOfKindsTest {
    @Test
    void shortCommonWordsUnderAKindsHeadAreKinds() {
        Extracted x = Extracted.body("本报讯 新能源项目4项，分别是恒丰770兆瓦、华信90兆瓦光伏发电等项目。"
                + "基础设施、社会民生等政府投资项目42项，年度计划投资21亿元，分别是城市南区道路工程等项目。");
        assertFalse(x.names(EntityType.PROJECT).contains("社会民生"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("华信90兆瓦光伏发电"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aClauseOpeningWithATimeIsNoItemOfTheListBeforeIt() {
        Extracted x = Extracted.body("本报讯 孵化基地将为创业者提供服务，实现人才、科技、资本和市场的有效对接，目前已有南川创业学院教学中心等5家企业入驻。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("资本"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("人才"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aParkNameEndsBeforeAVerbOfHaving() {
        Extracted x = Extracted.body("本报讯 南川园区现有南川综合保税区、南川铁路集装箱中心站等30余个重点项目入驻。");
        assertFalse(x.names(EntityType.PARK).stream().anyMatch(n -> n.contains("现有")), x.names(EntityType.PARK).toString());
        assertTrue(x.names(EntityType.PARK).contains("南川园区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void underAHeadThatOnlyCountsACommonNameStaysAProject() {
        Extracted x = Extracted.body("本报讯 目前，南川高新区内恒丰研发产业基地、华信珠宝基地、铁建大厦、海星广场等12个项目已开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("海星广场"), x.names(EntityType.PROJECT).toString());
    }
}
