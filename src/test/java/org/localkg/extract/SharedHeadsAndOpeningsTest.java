package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A list's items sharing the last item's 项目, a park named beside the next item by 暨, and what never
 * opens a name: a paragraph's number, 来自, a set phrase after a place, verbs the segmenter saw in the
 * name of a company that 由 introduces.
 */
class SharedHeadsAndOpeningsTest {
    @Test
    void itemsBeforeTheLastItemsProjectWordAreProjectsOfTheEventsPark() {
        Extracted x = Extracted.body("6月3日，北岭经济开发区举行了东禾食品城、西岭家具、南辰包装项目和北辰储能项目开工仪式。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("东禾食品城", "西岭家具", "南辰包装项目", "北辰储能项目")), projects.toString());
        assertEquals(Set.of("北岭经济开发区"), x.parksOf("西岭家具"));
        assertEquals(Set.of("北岭经济开发区"), x.parksOf("南辰包装项目"));
    }

    @Test
    void aVerbOfHowBeforeTheGenresVerbEndsTheLastItem() {
        Extracted x = Extracted.body("6月3日，北岭经济开发区举行了西岭家具、南辰包装、北辰储能项目集中开工仪式。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("西岭家具", "南辰包装", "北辰储能项目")), projects.toString());
        assertFalse(projects.stream().anyMatch(p -> p.contains("集中")), projects.toString());
    }

    @Test
    void fieldsSharingAHeadAreNoProjects() {
        Extracted x = Extracted.body("目前，北岭高新区休闲旅游、总部经济、科技研发、文化创意产业项目陆续开工建设。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.contains("休闲旅游"), projects.toString());
        assertFalse(projects.contains("总部经济"), projects.toString());
    }

    @Test
    void aParkJoinedByJiToTheNextItemIsAnItemNotTheirPlace() {
        Extracted x = Extracted.body("5月9日，北岭经济开发区隆重举行了东禾食品工业园暨北岭粮食城、西岭家具、南辰包装项目开工奠基仪式。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("北岭粮食城"), projects.toString());
        assertFalse(projects.stream().anyMatch(p -> p.startsWith("暨")), projects.toString());
        assertEquals(Set.of("北岭经济开发区"), x.parksOf("西岭家具"));
        assertEquals(Set.of("北岭经济开发区"), x.parksOf("东禾食品工业园"));
    }

    @Test
    void aParagraphsNumberOpensNoName() {
        Extracted x = Extracted.body("（2）北岭重工年产5万台数控机床建设项目。由北岭重工集团有限公司组织实施，项目总投资20亿元。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("北岭重工年产5万台数控机床建设项目"), projects.toString());
        assertEquals(Set.of(2_000_000_000L), x.investmentsOf("北岭重工年产5万台数控机床建设项目"));
    }

    @Test
    void laiziOpensNoProjectAndTheBracketedShortNameIsTheSameProject() {
        Extracted x = Extracted.body("来自东辰清洁能源有限公司液化天然气(LNG)项目的职工约300人参加仪式。当天开工的还有西岭家具、南辰包装、LNG项目。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.stream().anyMatch(p -> p.startsWith("来自")), projects.toString());
        Entity full = x.entity("东辰清洁能源有限公司液化天然气(LNG)项目");
        assertTrue(full != null && full.keys().contains(org.localkg.resolve.Names.key("LNG项目")), x.facts.entities().toString());
    }

    @Test
    void aSetPhraseAfterAPlaceIsNoProject() {
        Extracted x = Extracted.body("这是北岭开发区有史以来项目建设规模最大的一年。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theAgentAfterYouKeepsWordsTaggedAsVerbs() {
        Extracted x = Extracted.body("北岭科技城项目由联想融创智谷公司投资建设，总投资12亿元。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("联想融创智谷公司"), x.names(EntityType.ENTERPRISE).toString());
    }
}
