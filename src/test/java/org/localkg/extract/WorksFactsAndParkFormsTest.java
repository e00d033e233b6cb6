package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A works' name before its measures, other words for a total investment, and parks named by their place and trade. */
class WorksFactsAndParkFormsTest {
    @Test
    void aWorksNameRunsUpToItsTotalInvestment() {
        Extracted x = Extracted.body("城北污水处理厂提标改造工程总投资约9800万元，年底前完工。");
        assertEquals(Set.of(98_000_000L), x.investmentsOf("城北污水处理厂提标改造工程"), x.facts.entities().toString());
    }

    @Test
    void aWorksNameRunsUpToItsLength() {
        Extracted x = Extracted.body("东环路拓宽改造工程全长6.5公里，计划投资2.4亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("东环路拓宽改造工程"), x.facts.entities().toString());
    }

    @Test
    void aTradeNounAfterWorksStillMakesNoWorks() {
        Extracted x = Extracted.body("北岭重工有限公司生产的工程机械销往海外。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void anEstimatedInvestmentIsTheProjectsInvestment() {
        Extracted x = Extracted.body("南岭光伏发电项目概算投资4.5亿元，计划2026年建成。东山数据中心项目投资规模20亿元。");
        assertEquals(Set.of(450_000_000L), x.investmentsOf("南岭光伏发电项目"));
        assertEquals(Set.of(2_000_000_000L), x.investmentsOf("东山数据中心项目"));
    }

    @Test
    void aSentenceOpeningInsideAParkPlacesItsProject() {
        Extracted x = Extracted.body("走进白水工业园区，南岭精密铸造项目主体厂房已经完工。青松经济开发区内，红星新材料项目已进入设备调试阶段。");
        assertEquals(Set.of("白水工业园区"), x.parksOf("南岭精密铸造项目"));
        assertEquals(Set.of("青松经济开发区"), x.parksOf("红星新材料项目"));
    }

    @Test
    void aProjectSettledInAParkBeforeItsNameIsThatParks() {
        Extracted x = Extracted.body("落户于长风物流园区的飞马冷链仓储项目预计2025年投入使用。");
        assertEquals(Set.of("长风物流园区"), x.parksOf("飞马冷链仓储项目"));
    }

    @Test
    void aParkNamedByItsPlaceAndTradeIsAPark() {
        Extracted x = Extracted.body("沈北医药园区的甲乙制药项目总投资3亿元。城东农业园区的丙丁种植项目总投资1亿元。");
        assertEquals(Set.of("沈北医药园区"), x.parksOf("甲乙制药项目"));
        assertEquals(Set.of("城东农业园区"), x.parksOf("丙丁种植项目"));
    }

    @Test
    void theParksOfAProvinceOrOfATradeAreNoPark() {
        Extracted x = Extracted.body("省级化工园区认定工作启动，全市医药园区加快发展，该县物流园区建设提速。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aNameBeforeReportedEndsThere() {
        Extracted x = Extracted.body("会上，北岭镇镇长满国栋汇报了全镇发展情况。");
        assertEquals(Set.of("北岭镇镇长"), x.posts("满国栋"), x.facts.entities().toString());
    }

    @Test
    void aParkTakingInAListOfProjectsHoldsThem() {
        Extracted x = Extracted.body("北岭经济开发区已入驻东辰新材料项目、南岭精密铸造项目等8个项目。");
        assertEquals(Set.of("北岭经济开发区"), x.parksOf("东辰新材料项目"));
        assertEquals(Set.of("北岭经济开发区"), x.parksOf("南岭精密铸造项目"));
    }

    @Test
    void aParkNamedAfterTheVerbDoesNotHoldTheList() {
        Extracted x = Extracted.body("今年以来，北岭区引进东辰新材料项目、南岭精密铸造项目等8个项目，落户北岭经济开发区的有3个。");
        assertTrue(x.parksOf("东辰新材料项目").isEmpty(), x.facts.parks().toString());
    }

    @Test
    void aProgrammeNamedAPlanIsNoWorks() {
        Extracted x = Extracted.body("3月5日，西河县出台《西河英才工程计划实施办法》，今年将引进博士50名。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.facts.entities().toString());
    }
}
