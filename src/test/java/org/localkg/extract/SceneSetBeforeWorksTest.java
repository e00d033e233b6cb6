package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sentence before a works' sets the scene in a park (在某开发区内，…。总投资…的甲项目现场…) when the article has
 * named that park before too, once followed by a comma: only the mention in the sentence before counts, and the
 * stage of project facts finishes (it failed on such a page of a batch, losing the article's facts).
 */
class SceneSetBeforeWorksTest {

    @Test
    void aParkNamedEarlierWithACommaStillSetsTheScene() {
        Extracted x = Extracted.body("本报讯 东川经济开发区，是全省重点园区之一。\n\n在东川经济开发区内，一批项目正加紧建设。总投资5亿元的华源新材料项目现场，工人们正在忙碌。");
        assertTrue(x.facts.warnings().isEmpty(), x.facts.warnings().toString());
        assertEquals(Set.of("东川经济开发区"), x.parksOf("华源新材料项目"));
        assertEquals(Set.of(500_000_000L), x.investmentsOf("华源新材料项目"));
    }
}
