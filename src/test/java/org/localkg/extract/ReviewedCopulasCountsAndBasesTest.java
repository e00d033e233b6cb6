package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The faults a review found in the rules of {@link CopulasCountsAndCitedLeadersTest}, guarded; and a base named
 * after its park, and a sentence that takes the reader into a park before the works there.
 */
class ReviewedCopulasCountsAndBasesTest {

    @Test
    void aModalOrAVerbOfGoingAfterANameLeadsThePredicate() {
        Extracted x = Extracted.body("本报讯 副县长王强要出席签约仪式。县长周平会参加开工仪式。副县长赵明去看望一线工人。");
        assertEquals(Set.of("王强", "周平", "赵明"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aProjectNamedOnceUncountedStaysOne() {
        Extracted x = Extracted.body("本报讯 县长周平察看了丰岭新材料项目。该县今年共实施两个丰岭新材料项目。");
        assertEquals(Set.of("丰岭新材料项目"), x.targetsOf("周平"));
    }

    @Test
    void anOrdinalBatchIsNoCount() {
        Extracted x = Extracted.body("本报讯 第一批丰岭智慧农业项目已投产，县长周平察看了丰岭智慧农业项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("丰岭智慧农业项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCountOfTheNounAfterTheNameIsNotTheNames() {
        Extracted x = Extracted.body("本报讯 宏达大厦项目开工。青原县还开工建设了若干宏达大厦项目配套道路。");
        assertTrue(x.names(EntityType.PROJECT).contains("宏达大厦项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aFacilityNamedByWhatItDoesIsNoProjectBeforeAKind() {
        Extracted x = Extracted.body("本报讯 指挥中心是智慧城市项目的核心，总投资3亿元。创新中心是一个孵化项目，入驻企业20家。");
        assertFalse(x.names(EntityType.PROJECT).contains("指挥中心"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).contains("创新中心"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanysProjectAfterTheCopulaKeepsItsCompany() {
        Extracted x = Extracted.body("本报讯 青原广场是宏达集团项目，总投资8亿元。");
        assertEquals(Set.of("宏达集团"), x.enterprisesOf("宏达集团项目"));
    }

    @Test
    void aQuotedNameThatOpensWithANumeralIsAName() {
        Extracted x = Extracted.body("本报讯 “三峡”项目总投资10亿元，县长周平出席开工仪式。青原县两“新”项目签约仪式举行。");
        assertEquals(Set.of("“三峡”项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCompanyNamedWithDaysAndComingKeepsItsName() {
        Extracted x = Extracted.body("本报讯 九天来科技公司智能制造项目开工。");
        assertEquals(Set.of("九天来科技公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aCopulaInsideAWordOpensNoCompanysName() {
        Extracted x = Extracted.body("本报讯 丰岭工程系统集成有限公司中标青原项目。");
        assertEquals(Set.of("丰岭工程系统集成有限公司"), x.names(EntityType.ENTERPRISE));
        assertFalse(x.names(EntityType.PROJECT).contains("丰岭工程"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aBaseNamedAfterItsParkIsAParkAndTheWorksEnteredAreInIt() {
        Extracted x = Extracted.body("本报讯 进入甘泉经济技术开发区青禾科技产业基地，放眼望去是一片施工现场。据博达靶材产业化项目现场负责人介绍，"
                + "目前地基已完成。");
        assertTrue(x.names(EntityType.PARK).contains("甘泉经济技术开发区青禾科技产业基地"), x.names(EntityType.PARK).toString());
        assertEquals(Set.of("甘泉经济技术开发区青禾科技产业基地"), x.parksOf("博达靶材产业化项目"));
    }

    @Test
    void aBaseThatIsBuiltIsNoPart() {
        Extracted x = Extracted.body("本报讯 甘泉经济技术开发区青禾科技产业基地项目开工。");
        assertFalse(x.names(EntityType.PARK).contains("甘泉经济技术开发区青禾科技产业基地"), x.names(EntityType.PARK).toString());
    }
}
