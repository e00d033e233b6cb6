package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The park an article names alone, works named by what a stated sum builds, and names that only
 * pick out some of a kind. Every sentence here is made up for the test.
 */
class OnlyParkAndInvestedWorksTest {
    @Test
    void theOnlyParkNamedHoldsTheProjectsNamedAfterIt() {
        Extracted x = Extracted.body("近年来，青禾县依托宁河经济开发区发展循环经济。\n"
                + "今年，东湾新材料有限公司年产8万吨环保涂料项目完成主体施工，预计年底投产。");
        assertEquals(Set.of("宁河经济开发区"), x.parksOf("东湾新材料有限公司年产8万吨环保涂料项目"));
    }

    @Test
    void aProjectNamedBeforeTheOnlyParkIsNotGivenIt() {
        Extracted x = Extracted.body("今年，东湾新材料有限公司年产8万吨环保涂料项目完成主体施工，预计年底投产。\n"
                + "同时，青禾县正在谋划建设宁河经济开发区。");
        assertEquals(Set.of(), x.parksOf("东湾新材料有限公司年产8万吨环保涂料项目"));
    }

    @Test
    void aCompanyCalledByItsPlaceAndBrandIsTheFullName() {
        Extracted x = Extracted.body("4月6日上午，青州远帆年产12万吨钢结构件项目正式开工。"
                + "青州远帆年产12万吨钢结构件项目由青州远帆钢结构有限公司计划投资2.3亿元建设。");
        assertEquals(Set.of("青州远帆钢结构有限公司"), x.enterprisesOf("青州远帆年产12万吨钢结构件项目"));
        assertEquals(Set.of(230_000_000L), x.investmentsOf("青州远帆年产12万吨钢结构件项目"));
    }

    @Test
    void aParkACompanyInvestsInIsItsProject() {
        Extracted x = Extracted.body("签约项目中，东湾远帆实业公司投资18亿元的青禾茶文化康养产业园备受关注。");
        assertTrue(x.names(EntityType.PROJECT).contains("青禾茶文化康养产业园"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("东湾远帆实业公司"), x.enterprisesOf("青禾茶文化康养产业园"));
        assertEquals(Set.of(1_800_000_000L), x.investmentsOf("青禾茶文化康养产业园"));
    }

    @Test
    void anAmountWithDuoBeforeYuanIsAnInvestment() {
        Extracted x = Extracted.body("公司随后启动了概算投资2.6亿多元的三期500t/d尾矿综合利用项目。");
        assertEquals(Set.of(260_000_000L), x.investmentsOf("三期500t/d尾矿综合利用项目"));
    }

    @Test
    void whatAStatedSumBuildsNamedByCapacityAndProductIsAWorks() {
        Extracted x = Extracted.body("园区将重点建设投资12亿元的40万吨冷轧薄板，投资2亿元的3万吨精制焦油以及配套项目。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("40万吨冷轧薄板", "3万吨精制焦油")), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(1_200_000_000L), x.investmentsOf("40万吨冷轧薄板"));
    }

    @Test
    void parksListedWithOneSuffixAreParksThoughNamedByAnIndustry() {
        Extracted x = Extracted.body("该市以一区三园为模式，设立钢铁工业园区、盐化工业园区、宁河新材料工业园区。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("钢铁工业园区", "宁河新材料工业园区")), x.names(EntityType.PARK).toString());
    }

    @Test
    void industryWordsListedWithoutANamedParkAreNoParks() {
        Extracted x = Extracted.body("该市着力发展钢铁工业园区、化工工业园区、食品工业园区等各类园区。");
        assertFalse(x.names(EntityType.PARK).contains("钢铁工业园区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aDeterminerMakesNoName() {
        Extracted x = Extracted.body("座谈中，他同宁河有关光伏项目负责人交流。会上，相关乡镇与东湾远帆实业公司签约。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
        assertEquals(Set.of("东湾远帆实业公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aProvincesFieldIsNoProjectButACitysMayBe() {
        Extracted x = Extracted.body("他希望企业积极参与甘肃新能源项目建设。随后，他来到宁州光伏项目现场。");
        assertEquals(Set.of("宁州光伏项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCompanysRoleAndWhereItComesFromIsNoCompany() {
        Extracted x = Extracted.body("在察看两家工厂时，王大明与江苏投资商和法国专家深入交流，询问项目进展。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }
}
