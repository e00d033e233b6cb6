package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The edges an independent review found in the fourteenth and fifteenth batches' rules: where they
 * fired on what they should not. Every sentence here is made up for the test.
 */
class ReviewedEdgesTest {
    @Test
    void companiesWhoseProjectsAListPraisesStayCompanies() {
        Extracted x = Extracted.body("会上签约了青禾科技、远帆药业等一批龙头企业的好项目。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("青禾科技", "远帆药业")), x.names(EntityType.ENTERPRISE).toString());
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aWorkshopInAListCalledProjectsIsAProject() {
        Extracted x = Extracted.body("本次集中开工项目包括：宁河工业园标准化厂房、东湾大道改造工程。");
        assertTrue(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.endsWith("标准化厂房")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aSceneSetBeforeIsNotAProjectsThatNamesItsOwnPlace() {
        Extracted x = Extracted.body("在宁河经济开发区内，入驻企业已达120家。而在城东的沙湾镇，青禾有机肥项目正在加紧建设。");
        assertEquals(Set.of(), x.parksOf("青禾有机肥项目"));
    }

    @Test
    void aProjectNamedInPassingIsNoAntecedentAcrossAParagraph() {
        Extracted x = Extracted.body("沙湾水厂项目开工仪式举行。县长李明强要求，要学习东湾大道改造项目经验。\n该项目由远帆集团投资建设。");
        assertTrue(x.facts.enterprises().stream().noneMatch(l -> l.project().name().contains("东湾大道")),
                x.facts.enterprises().toString());
    }

    @Test
    void aNameThatIsAlsoAVerbStaysANameAfterATitle() {
        Extracted x = Extracted.body("县委副书记高升主持召开项目推进会。");
        assertEquals(Set.of("高升"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void heBeforeATitleIsAConjunction() {
        Extracted x = Extracted.body("市长刘伟和副市长陈静出席签约仪式。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("刘伟"), x.names(EntityType.OFFICIAL).toString());
        assertFalse(x.names(EntityType.OFFICIAL).contains("刘伟和"));
    }

    @Test
    void aReportersNameEndingInANewsroomsCharacterIsAName() {
        Extracted x = Extracted.body("本报讯（记者王建社通讯员李海站）4月10日，沙湾水厂项目开工。");
        assertEquals(Set.of("王建社", "李海站"), x.names(EntityType.REPORTER));
    }

    @Test
    void aGenericWordAndATradeBeforeAnOutputAreNoCompany() {
        Extracted x = Extracted.body("本地茶业年产5000吨精制茶项目开工。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void theAspectParticleAfterAVisitIsNoPartOfTheCompany() {
        Extracted x = Extracted.body("县委书记王振国走访了青禾药业，察看生产线运行。");
        assertEquals(Set.of("青禾药业"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aPersonsNameAndATradeIsNoCompanyWhenThePersonIsNamedAgain() {
        Extracted x = Extracted.body("调研组来到张明华药业，总经理张明华介绍了企业情况。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("药业"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aWorkshopsFloorAreaIsNoCapacity() {
        Extracted x = Extracted.body("青禾纺织有限公司10万平方米生产车间，主体已封顶。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aSurroundingGardenIsNoPark() {
        Extracted x = Extracted.body("项目建成后，将带动周边生态园发展乡村旅游。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
    }

    @Test
    void namedItemsOfAVisitedListEndingInATradeAreCompaniesButFieldsAreNot() {
        Extracted x = Extracted.body("会后，王大明一行深入远帆优选、青禾新材料、宁川铝业开展调研。双方围绕物流基地建设、全域旅游、教育等领域开展合作达成共识。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("青禾新材料", "宁川铝业")), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("全域旅游"));
    }
}
