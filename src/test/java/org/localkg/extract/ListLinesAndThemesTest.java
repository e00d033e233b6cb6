package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A list set one item to a line, and a zone whose theme ends in a verb. */
class ListLinesAndThemesTest {
    @Test
    void aListSetOneItemToALineIsOneList() {
        Extracted x = Extracted.body("6月2日，北岭经济技术开发区招商引资15个项目集中签约。\n此次集中签约的有——\n东禾“智慧冷链港”、\n"
                + "北岭国际会展城、\n西辰(北岭)医疗器械产业基地、\n北岭碳纤维产业园等15个项目，\n涵盖了装备制造、新材料等领域，总投资120.5亿元。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("北岭国际会展城", "西辰(北岭)医疗器械产业基地", "北岭碳纤维产业园")), projects.toString());
        assertEquals(Set.of("北岭经济技术开发区"), x.parksOf("北岭国际会展城"));
        // the sum after the list's head is all fifteen projects', not its last item's
        assertTrue(x.investmentsOf("北岭碳纤维产业园").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aLineBreakAfterAFullStopStillEndsTheSentence() {
        assertEquals("甲、 乙", ArticleText.listLinesJoined("甲、\n乙"));
        assertEquals("甲。\n乙", ArticleText.listLinesJoined("甲。\n乙"));
        assertEquals("有—— 甲", ArticleText.listLinesJoined("有——\n甲"));
    }

    @Test
    void aZoneWhoseThemeEndsInAVerbIsAZone() {
        Extracted x = Extracted.body("5月9日上午，12个项目在北岭市国际能源科技创新产业园集中签约。");
        assertTrue(x.names(EntityType.PARK).contains("北岭市国际能源科技创新产业园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void visitorsGoingToAZoneAreNoZone() {
        Extracted x = Extracted.body("5月9日，北岭市代表团走进开发区，考察了东辰新材料有限公司。");
        assertFalse(x.names(EntityType.PARK).stream().anyMatch(p -> p.contains("代表团")), x.names(EntityType.PARK).toString());
    }
}
