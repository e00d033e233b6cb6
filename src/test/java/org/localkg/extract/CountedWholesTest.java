package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A list's count says how many items it has: a conjunction inside one of them then joins, it does not split. */
class CountedWholesTest {
    @Test
    void anItemWithAConjunctionIsOneWhenTheCountSaysSo() {
        Extracted x = Extracted.body("本报讯 华瑞智能网联产业基地、恒泰热电厂搬迁改造及电力综合能源建设、南川汽车城产城融合示范区建设3个项目投资超过100亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("恒泰热电厂搬迁改造及电力综合能源建设"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).contains("电力综合能源建设"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theSameItemInAnotherListOfTheArticleIsOneToo() {
        Extracted x = Extracted.body("本报讯 南川区集中签约恒泰热电厂搬迁改造及电力综合能源建设、南川汽车城产城融合示范区建设等项目20个。"
                + "其中，南川储能电站、恒泰热电厂搬迁改造及电力综合能源建设、南川汽车城产城融合示范区建设3个项目投资超过50亿元。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("恒泰热电厂搬迁改造及电力综合能源建设"), projects.toString());
        assertFalse(projects.contains("电力综合能源建设"), projects.toString());
    }

    @Test
    void withoutACountTheItemsStillSplit() {
        Extracted x = Extracted.body("本报讯 会上签约了南川储能电站项目、恒泰新材料项目和华瑞冷链物流项目、博远智能装备项目等项目。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("恒泰新材料项目", "华瑞冷链物流项目")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aListThatSaysItHoldsWorksGivesNoCompanies() {
        Extracted x = Extracted.body("本报讯 南川区集中签约恒泰热电厂搬迁改造及电力综合能源建设、南川汽车城产城融合示范区建设等项目20个。"
                + "其中，南川储能电站、恒泰热电厂搬迁改造及电力综合能源建设、南川汽车城产城融合示范区建设3个项目投资超过50亿元。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE).stream().filter(n -> n.endsWith("建设")).collect(java.util.stream.Collectors.toSet()));
    }
}
