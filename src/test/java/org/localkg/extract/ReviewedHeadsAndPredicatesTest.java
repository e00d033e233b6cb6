package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards from a review of the shared-head, heading and predicate rules: where they must not fire. */
class ReviewedHeadsAndPredicatesTest {
    @Test
    void fieldsOfIndustrySharingAHeadAreNoProjects() {
        Extracted x = Extracted.body("会上，北岭区先进制造业、现代服务业、现代农业项目集中签约，总投资120亿元。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void worksNamedByTheirVerbKeepTheirName() {
        Extracted x = Extracted.body("5月9日，北岭开发区东禾新材料项目、西岭储能项目和南辰物流园区配套建设项目集中开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("南辰物流园区配套建设项目"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).contains("南辰物流园区"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aNameAfterShiWithItsAmountIsANameStill() {
        Extracted x = Extracted.body("昨天签约的，是总投资20亿元的东禾医药研发中心项目。");
        assertEquals(Set.of(2_000_000_000L), x.investmentsOf("东禾医药研发中心项目"));
    }

    @Test
    void aProjectNamedInsideThePredicateIsANameStill() {
        Extracted x = Extracted.body("西岭储能项目，是北岭市今年招引的南辰储能电池项目的配套项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("南辰储能电池项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZoneAndItsSurroundingsWorksAreOneProject() {
        Extracted x = Extracted.body("北岭高新区及周边道路改造工程开工，总投资3亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("北岭高新区及周边道路改造工程"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZoneAndItsPartnerOpeningAListKeepTheZoneAsTheirPlace() {
        Extracted x = Extracted.body("5月9日，北岭高新区与东禾集团合作项目、西岭储能项目、南辰包装项目集中开工。");
        assertEquals(Set.of("北岭高新区"), x.parksOf("西岭储能项目"));
        assertFalse(x.names(EntityType.PROJECT).contains("北岭高新区"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPhaseInBracketsStaysInTheName() {
        Extracted x = Extracted.body("目前，（二）期工程已开工。东禾新材料产业园（二）期项目总投资20亿元。");
        assertEquals(Set.of(2_000_000_000L), x.investmentsOf("东禾新材料产业园（二）期项目"));
    }

    @Test
    void aSentenceWithASubjectOfItsOwnAfterAHeadingGivesTheHeadingNoBuilder() {
        Extracted x = Extracted.body("（一）东禾新材料产业园项目。配套的南辰物流园由北岭南辰物流有限公司投资建设。");
        assertTrue(x.enterprisesOf("东禾新材料产业园项目").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void worksNamedByAnIdiomAreWorks() {
        Extracted x = Extracted.body("北岭县安居乐业工程启动，总投资10亿元。");
        assertEquals(Set.of(1_000_000_000L), x.investmentsOf("北岭县安居乐业工程"));
    }

    @Test
    void projectsSettlingInAZoneAreNoZone() {
        Extracted x = Extracted.body("北岭市项目落地产业园的速度明显加快。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCountyNameSeveralCitiesHaveGivesNoShorterName() {
        Extracted x = Extracted.body("南京市鼓楼区软件产业园与福州市鼓楼区软件产业园签订合作协议。");
        Entity park = x.entity("南京市鼓楼区软件产业园");
        assertTrue(park != null && !park.keys().contains(org.localkg.resolve.Names.key("鼓楼区软件产业园")), x.facts.entities().toString());
    }
}
