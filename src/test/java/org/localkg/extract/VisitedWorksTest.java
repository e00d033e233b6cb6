package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Works visited in a list that closes with the state of their building, companies heading projects
 * in a zone, and names the learned recogniser or a length limit would cut. Every sentence here is
 * made up for the test.
 */
class VisitedWorksTest {
    private static Set<String> targets(Extracted x) {
        return x.facts.inspections().stream().flatMap(i -> i.targets().stream()).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void worksVisitedBeforeTheStateOfTheirBuildingAreProjects() {
        Extracted x = Extracted.body("在西河县，市委书记王大明调研石门沟水库建设、县城至柳林公路连接线、高标准农田建设、"
                + "南山工业园区药材交易市场建设情况。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("石门沟水库", "县城至柳林公路连接线", "南山工业园区药材交易市场")), projects.toString());
        assertFalse(projects.contains("高标准农田建设"), projects.toString());
        assertTrue(targets(x).containsAll(Set.of("石门沟水库", "县城至柳林公路连接线")), targets(x).toString());
    }

    @Test
    void townsVisitedAreNoProjects() {
        Extracted x = Extracted.body("6月6日，区长王大明先后到东湖街道、柳林镇等镇(街)调研检查市政重点工程进展情况。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void theFieldsOfCompaniesListedAreNoCompanies() {
        Extracted x = Extracted.body("新厂投产后，将带动化工、仓储、装备等上下游产业200多家企业。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void companiesOfAFieldListedAreCompanies() {
        Extracted x = Extracted.body("近年来，园区培育了青禾环境、远帆科技等一批绿色低碳产业龙头企业。");
        assertEquals(Set.of("青禾环境", "远帆科技"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aTradeAndALegalFormAloneNameNoCompany() {
        Extracted x = Extracted.body("考察组一行先后来到华实环保科技有限公司、甘肃青岚新材料有限公司，察看车间生产情况。");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertFalse(companies.contains("环保科技有限公司"), companies.toString());
        assertTrue(companies.contains("甘肃青岚新材料有限公司"), companies.toString());
    }

    @Test
    void aPlaceOpeningWithAPrepositionsCharacterKeepsIt() {
        Extracted x = Extracted.body("自治区党委书记王大明视察和田尧峰水泥公司。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("和田尧峰水泥公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aLongProjectNameStartsAtAWord() {
        Extracted x = Extracted.body("嘉宾们为阳城经济开发区华盛建材股份有限公司二期年产8000吨特种玻纤深加工项目奠基。");
        for (String p : x.names(EntityType.PROJECT)) {
            assertFalse(p.startsWith("城"), p);
        }
        assertEquals(Set.of("华盛建材股份有限公司"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of("华盛建材股份有限公司"),
                x.enterprisesOf("阳城经济开发区华盛建材股份有限公司二期年产8000吨特种玻纤深加工项目"));
    }

    @Test
    void aPlaceWordAndATradeOpeningAProjectNameACompany() {
        Extracted x = Extracted.body("市长王大明先后来到甘肃青岚科技有限公司、东方钛业绿色循环产业项目点，实地调研。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("东方钛业"), x.names(EntityType.ENTERPRISE).toString());
        assertEquals(Set.of("东方钛业"), x.enterprisesOf("东方钛业绿色循环产业项目"));
    }

    @Test
    void aPlacedFacilityAndALongWorksJoinedByAndAreTwoProjects() {
        Extracted x = Extracted.body("随后，王大明重点对城关区青禾冷链物流中心和柳林线东段至南湾段局部线路改建工程施工情况进行了解。");
        assertEquals(Set.of("城关区青禾冷链物流中心", "柳林线东段至南湾段局部线路改建工程"), x.names(EntityType.PROJECT));
    }

    @Test
    void companiesCountedWithTheirFieldsStayCompanies() {
        Extracted x = Extracted.body("新厂投产后，将带动青禾化工、远帆仓储等上下游产业200多家企业。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("远帆仓储")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void commonWorksVisitedBeforeTheirBuildingStateAreNoProjects() {
        Extracted x = Extracted.body("当天，区长王大明察看城区道路、排水管网建设进展。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void oldTownsBuiltAsProjectsStayProjects() {
        Extracted x = Extracted.body("当天，区长王大明察看了青禾古镇、远帆水乡等文旅项目。");
        assertEquals(Set.of("青禾古镇", "远帆水乡"), x.names(EntityType.PROJECT));
    }

    @Test
    void aSideWordAndASectorNameNoCompany() {
        Extracted x = Extracted.body("当天，区长王大明察看中部矿业转型示范区建设项目。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }
}
