package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tallies of projects by place, classes of counted projects, counts that close a list of other things, branch
 * parks, a company's plainly named works, and companies pointed back to by 企业 (the 47th and 48th batches' odd
 * halves, written from our own sentences).
 */
class TalliesAndClassesTest {

    @Test
    void projectsTalliedByPlaceNameNoProject() {
        Extracted x = Extracted.body("本报讯 近日，全市集中开工60个项目。其中高新区20个项目，河东区15个项目、城关镇12个项目、临河市13个项目。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aCountAfterTheLastOfNamedWorksStillHeadsThem() {
        Extracted x = Extracted.body("本报讯 近日，青石岭水库、松林大道北延、河西体育公园3个项目同时开工。");
        assertEquals(Set.of("青石岭水库", "松林大道北延", "河西体育公园"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCountClosingTheLastItemSaysTheItemsAreOtherThings() {
        Extracted x = Extracted.body("本报讯 近日，全市围绕东环线、西环线和南部2个产业带，集中启动一批项目。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void classesOfCountedProjectsListTheirProjects() {
        Extracted x = Extracted.body("本报讯 近日，全县集中开工项目共18项，总投资60亿元，其中：产业类项目8项，具体为：宏泰固废、石岭纳米钙、"
                + "北坡风电二期等。民生类6项，具体为：县人民医院、南关城中村改造、西沟沉陷区治理。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("宏泰固废", "石岭纳米钙", "北坡风电二期", "南关城中村改造", "西沟沉陷区治理")),
                projects.toString());
    }

    @Test
    void aClassCountedWithoutProjectsCountedBeforeListsNoProjects() {
        Extracted x = Extracted.body("本报讯 近日，全县梳理各类问题，其中：环境类6项，具体为：南关垃圾堆放、西沟扬尘、北坡噪声。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void twoPlacesAndYuanNameABranchPark() {
        Extracted x = Extracted.body("本报讯 近日，中关村昌平园是全市创新产业集群示范区的核心区，集聚了一批龙头企业。");
        assertTrue(x.names(EntityType.PARK).contains("中关村昌平园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void onePlaceAndYuanIsNoPark() {
        Extracted x = Extracted.body("本报讯 近日，昌平园里的月季花开了，吸引了不少市民。");
        assertFalse(x.names(EntityType.PARK).contains("昌平园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCompanysPlainlyNamedWorksWithItsSumIsItsProject() {
        Extracted x = Extracted.body("本报讯 近日，市里签约一批项目：宏泰集团总投资5亿元建设的生态农业示范项目，"
                + "远航实业有限公司总投资3亿元建设的冷链物流项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("生态农业示范项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("宏泰集团"), x.enterprisesOf("生态农业示范项目"));
    }

    @Test
    void aDesignationWithoutTheCompanysSumStaysNoName() {
        Extracted x = Extracted.body("本报讯 近日，全市推进一批生态农业示范项目建设。");
        assertFalse(x.names(EntityType.PROJECT).contains("生态农业示范项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void companiesNamedBeforeAreTheOnesWalkedInto() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国到新区调研。\n宏泰电缆有限公司、华兴包装有限公司目前已恢复生产。"
                + "王建国走进企业生产车间，询问生产经营情况。");
        assertTrue(x.targetsOf("王建国").containsAll(Set.of("宏泰电缆有限公司", "华兴包装有限公司")), x.targetsOf("王建国").toString());
    }

    @Test
    void companiesOfAnotherParagraphAreNotTheOnesWalkedInto() {
        Extracted x = Extracted.body("本报讯 近日，宏泰电缆有限公司今年产值增长两成。\n市委书记王建国到新区调研，走进企业，询问生产经营情况。");
        assertFalse(x.targetsOf("王建国").contains("宏泰电缆有限公司"), x.targetsOf("王建国").toString());
    }
    @Test
    void aVisitWrittenOutTakesTheParkDescribedAfterIt() {
        Extracted x = Extracted.body("本报讯 近日，市委书记王建国到河东区调查研究。河东科技园是全市创新示范区的核心区，集聚了一批企业。"
                + "王建国了解园区总体情况。在宏泰电缆有限公司，王建国察看生产线。");
        assertTrue(x.targetsOf("王建国").contains("河东科技园"), x.targetsOf("王建国").toString());
    }

    @Test
    void aParkTheCeremonyFoundsIsNoParkOfTheWorksStartedWithIt() {
        Extracted x = Extracted.body("本报讯 近日，我县举行转型项目集中开工暨河西新区文化产业园奠基仪式。今天集中开工项目共3项，"
                + "具体为：东关物流园、南坡风电二期、西沟沉陷区治理。");
        assertTrue(x.names(EntityType.PROJECT).contains("南坡风电二期"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(), x.parksOf("南坡风电二期"));
        assertEquals(Set.of(), x.parksOf("西沟沉陷区治理"));
    }
    @Test
    void verbsDoneInTurnToOneObjectAreASloganNoWorks() {
        Extracted x = Extracted.body("本报讯 近日，全市大力实施延链补链强链工程，推动产业集聚。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void pairsNotSharingTheirObjectStillNameWorks() {
        Extracted x = Extracted.body("本报讯 近日，河西大桥东延工程开工建设。");
        assertEquals(Set.of("河西大桥东延工程"), x.names(EntityType.PROJECT));
    }
    @Test
    void theOnlyParkNamedStillHoldsTheWorksListedAfterIt() {
        Extracted x = Extracted.body("本报讯 近日，全区重点项目集中开工。丰乐经济开发区今年谋划项目20个。"
                + "集中开工的项目有长青智能装备工业园、河西区妇幼保健院、碧水商务中心。");
        assertEquals(Set.of("丰乐经济开发区"), x.parksOf("河西区妇幼保健院"));
    }
}
