package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The faults a review found in the rules of {@link CountedOpenersAndKindsTest}, guarded, and the 46th batch's odd
 * half: posts said again as a form of address, one-character clan initials, zones the segmenter read into a place,
 * brackets inside a listed name, projects headed on a line of their own.
 */
class ReviewedCountsAndHeadingsTest {

    @Test
    void aSumOfProjectsCountedWithMoreWordsAfterTheCountIsNoOnesSum() {
        for (String s : new String[] {"本报讯 近日，阜新县实施北港物流园项目等亿元以上项目36个以上，总投资120亿元。",
                "本报讯 近日，阜新县实施北港物流园项目等重点项目共15个左右，总投资120亿元。"}) {
            Extracted x = Extracted.body(s);
            assertEquals(Set.of(), x.investmentsOf("北港物流园项目"), s);
        }
    }

    @Test
    void aNamedWorksThatDrawsABatchIsStillAProject() {
        Extracted x = Extracted.body("本报讯 近日，锦州港引进了可带动一批配套企业落户的华盛新材料产业园项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("华盛新材料产业园项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCitysZoneNamedLikeAnotherCitysDistrictStaysAPark() {
        Extracted x = Extracted.body("本报讯 近日，锦州滨海新区举行招商推介会。华盛新材料项目落户滨海新区。");
        assertEquals(Set.of("锦州滨海新区"), x.parksOf("华盛新材料项目"));
    }

    @Test
    void twoCountedItemsSplitOnlyWhenEachOpensAsANameDoes() {
        Extracted x = Extracted.body("本报讯 近日，康平县启动两个项目，分别是卧龙湖生态修复和旅游开发项目，总投资8亿元。");
        assertFalse(x.names(EntityType.PROJECT).contains("卧龙湖生态修复"), "a kind of work after the conjunction may be the first's");
        assertEquals(Set.of(), x.investmentsOf("卧龙湖生态修复"));
    }

    @Test
    void companiesListedAfterAVerbOtherThanVisitingAreNoProjects() {
        Extracted x = Extracted.body("本报讯 近日，锦州市引进国家电投、中国华能等企业投资风电项目。");
        assertFalse(x.names(EntityType.PROJECT).contains("国家电投"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aSecondNameAfterJiWithAnotherPlaceIsAnotherWorks() {
        Extracted x = Extracted.body("本报讯 近日，锦州滨海冷链仓储暨海产品加工项目开工。阜新海产品加工项目同步签约。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("锦州滨海冷链仓储暨海产品加工项目", "阜新海产品加工项目")),
                x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theSubParkInsideTheZoneTheNextSentenceNamesIsTheProjects() {
        Extracted x = Extracted.body("本报讯 近日，北港物流园项目开工建设。该项目位于锦州经济技术开发区内的华盛产业园。");
        assertEquals(Set.of("华盛产业园"), x.parksOf("北港物流园项目"));
    }

    @Test
    void aBareTitleAfterTheNameRepeatsThePostAlreadyGiven() {
        Extracted x = Extracted.body("本报讯 近日，阜新市委书记王建国深入园区调研。王建国书记一行先后来到多家企业。");
        assertEquals(Set.of("阜新市委书记"), x.posts("王建国"));
    }

    @Test
    void aBareTitleAloneIsStillAPost() {
        Extracted x = Extracted.body("本报讯 近日，王建国书记一行来到多家企业调研。");
        assertEquals(Set.of("书记"), x.posts("王建国"));
    }

    @Test
    void aMongolianNameWithAOneCharacterInitialIsOneOfficial() {
        Extracted x = Extracted.body("本报讯 近日，达拉特旗旗委书记奇·达楞太、旗发改局局长李锐等陪同调研。");
        assertEquals(Set.of("达拉特旗旗委书记"), x.posts("奇·达楞太"));
        assertEquals(Set.of("旗发改局局长"), x.posts("李锐"));
    }

    @Test
    void aZoneWhosePlaceTheSegmenterReadIntoTheSuffixIsAPark() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国深入风水梁园区视察指导。");
        assertEquals(Set.of("风水梁园区"), x.names(EntityType.PARK));
        assertTrue(x.targetsOf("王建国").contains("风水梁园区"));
    }

    @Test
    void aListInsideBracketsStaysInItsName() {
        Extracted x = Extracted.body("本报讯 近日，开工的项目包括黄河滩景区(环湖大道)、宁安进境肉类(水果、种苗)指定口岸、体育中心等项目。");
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.startsWith("种苗")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aProjectHeadedOnALineOfItsOwnIsPlacedByTheParagraphAfter() {
        Extracted x = Extracted.body("本报讯 近日，全市一季度重点项目集中开工。\n项目包括：\n松川储能装备制造项目\n项目位于大连北黄海经济开发区，总投资5亿元。\n");
        assertEquals(Set.of("大连北黄海经济开发区"), x.parksOf("松川储能装备制造项目"));
    }
}
