package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names and kinds in the words that reports of visits use, beyond the visits themselves. */
class VisitReportWordsTest {
    @Test
    void aSentenceOfANameAndTakingPartNamesAnOfficialWhateverTheSurname() {
        Extracted x = Extracted.body("7月2日，市委书记王卫平来到华泰新材料有限公司调研。\n南海宁参加。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("南海宁"), x.facts.entities().toString());
    }

    @Test
    void aVerbAfterATitleIsNoName() {
        Extracted x = Extracted.body("12月4日，区政协组织委员进行大调研。区政协主席钱立新参加调研。");
        assertEquals(Set.of("钱立新"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aTransliteratedNameEndsBeforeTheConjunction() {
        Extracted x = Extracted.body("10月8日，县人大常委会主任艾买提·吐尔逊、县政协主席阿依古丽·买买提以及部分人大代表对重点项目进行视察。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("阿依古丽·买买提"), x.facts.entities().toString());
    }

    @Test
    void aPlacesNewBuildingIsAProjectAndAVerbWithItsResultIsNone() {
        Extracted x = Extracted.body("调研组先后来到东岭县第二实验小学新建项目、恒丰花卉苗木产业园新建项目。要为群众宣传好项目的意义。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("东岭县第二实验小学新建项目", "恒丰花卉苗木产业园新建项目")), projects::toString);
        assertTrue(projects.stream().noneMatch(n -> n.contains("宣传")), projects::toString);
    }

    @Test
    void aParkNamedOnlyInOneProjectsNameIsNotTheParkOfTheOthers() {
        Extracted x = Extracted.body("检查组先后来到东岭县河道综合治理工程、恒丰花卉苗木产业园新建项目、北方化工有限公司年产5万吨甲醇项目等地。");
        assertTrue(x.parksOf("北方化工有限公司年产5万吨甲醇项目").isEmpty(), x.facts.parks()::toString);
        assertTrue(x.parksOf("东岭县河道综合治理工程").isEmpty(), x.facts.parks()::toString);
    }

    @Test
    void visitedFacilitiesBeforeTheProgressOfTheirWorksAreProjects() {
        Extracted x = Extracted.body("副省长王卫平查看了东岭家居建材商贸城、北辰农产品集散配套中心、城南冷链物流中心及配套工程的项目建设进度。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("东岭家居建材商贸城", "北辰农产品集散配套中心", "城南冷链物流中心及配套工程")),
                projects::toString);
        assertFalse(projects.contains("城南冷链物流中心"), projects::toString);
    }

    @Test
    void aZoneWithinAParkAndAStartingZoneAreParks() {
        Extracted x = Extracted.body("副市长王卫平来到东岭工业园区滨河循环经济园和北辰新城产业起步区调研。");
        Set<String> parks = x.names(EntityType.PARK);
        assertTrue(parks.containsAll(Set.of("东岭工业园区滨河循环经济园", "北辰新城产业起步区")), parks::toString);
    }

    @Test
    void leadersTakingPartEndTheListBeforeThem() {
        Extracted x = Extracted.body("本报讯 9月2日，市领导赵明、孙立华等参加全市重点项目观摩活动。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void worksVisitedAfterCompaniesAreNoCompanies() {
        Extracted x = Extracted.body("上午，调研组先后来到东岭重型机械集团、北辰精密仪器有限公司。下午，调研组先后来到滨江大道改造提升工程、"
                + "城东互通立交工程和金沙文化中心。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.endsWith("工程")), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void theStateOfSomeWorksListedAmongProjectsIsNoProject() {
        Extracted x = Extracted.body("代表们逐一察看了东岭新材料产业园扩建项目、滨江快速路改造及验收筹备情况、城南污水处理厂提标改造工程等三个项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("情况")), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void itemsBeforeTheWorksThatConcernThemAreNoProjects() {
        Extracted x = Extracted.body("调研组实地走访了滨江新区“退城进园”、东岭职教园区、北辰合作区等有关项目的推进情况。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT)::toString);
    }
    @Test
    void aCompanyVisitedWhoseNameOpensWithLoneCharactersIsWhole() {
        // 黑|岭|生物: the segmenter cuts a name it does not know into an adjective and a lone character
        Extracted x = Extracted.body("副县长满国栋来到黑岭生物科技有限公司，了解企业生产情况。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("黑岭生物科技有限公司"), x.facts.entities().toString());
        assertTrue(x.targetsOf("满国栋").contains("黑岭生物科技有限公司"), x.targetsOf("满国栋").toString());
    }

    @Test
    void projectsAsTheObjectOfAGeneralVerbAreNoName() {
        Extracted x = Extracted.body("市项目督查组来北岭县开展项目观摩活动，副县长满国栋一同观摩。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }
}
