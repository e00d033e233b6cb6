package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A county's or city's name and a trade word heading works (某地铝业电解槽…改造) name the place's company. */
class CompaniesNamedAfterPlacesTest {
    @Test
    void aCountysNameAndATradeHeadingWorksIsItsCompany() {
        Extracted x = Extracted.body("本报讯 其中，工业升级改造项目12项，分别是恒远钢铁储运部料场智能化改造、南川铝业电解槽全石墨绿色降碳升级改造四期、"
                + "炼铁厂烧结机工艺装备升级改造等项目。");
        assertEquals(Set.of("南川铝业"), x.enterprisesOf("南川铝业电解槽全石墨绿色降碳升级改造四期"));
    }

    @Test
    void aProvincesNameAndATradeIsItsSector() {
        Extracted x = Extracted.body("本报讯 甘肃铝业电解槽绿色降碳升级改造项目开工。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }
}
