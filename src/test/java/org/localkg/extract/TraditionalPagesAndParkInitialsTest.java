package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A page reposted in traditional characters reads as the same page in simplified ones: its names are
 * compared in the form the rules read; and a park named again by the initials of its words is one park.
 */
class TraditionalPagesAndParkInitialsTest {
    @Test
    void aTraditionalProjectNamedAgainWithoutItsPlaceIsOneProject() {
        Extracted x = Extracted.body("3月8日，長春恒信能源集團清潔燃料(LNG、CNG)項目簽約儀式舉行。"
                + "去年，我市將恒信能源集團清潔燃料項目列為重點工業項目。");
        assertEquals(Set.of("長春恒信能源集團清潔燃料(LNG、CNG)項目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aTraditionalProjectNamedAgainShorterIsOneProject() {
        Extracted x = Extracted.body("本報訊 恒遠光電第三方檢測項目總投資3億元，預計年底投產。恒遠光電檢測項目由園區引進。");
        assertEquals(Set.of("恒遠光電第三方檢測項目"), x.names(EntityType.PROJECT));
        assertEquals(Set.of(300_000_000L), x.investmentsOf("恒遠光電第三方檢測項目"));
    }

    @Test
    void aTraditionalPageAndItsSimplifiedCopyGiveTheSameProjects() {
        Extracted traditional = Extracted.body("本報訊 北嶺化學工業循環經濟示範園區與華鼎能源集團清潔燃料項目舉行簽約儀式。"
                + "這個總投資15億元的項目落戶北嶺化工園區。");
        Extracted simplified = Extracted.body("本报讯 北岭化学工业循环经济示范园区与华鼎能源集团清洁燃料项目举行签约仪式。"
                + "这个总投资15亿元的项目落户北岭化工园区。");
        assertEquals(1, traditional.names(EntityType.PARK).size(), traditional.names(EntityType.PARK).toString());
        assertEquals(simplified.names(EntityType.PARK).size(), traditional.names(EntityType.PARK).size());
        assertEquals(simplified.parksOf("华鼎能源集团清洁燃料项目").size(), traditional.parksOf("華鼎能源集團清潔燃料項目").size());
        assertEquals(Set.of(1_500_000_000L), traditional.investmentsOf("華鼎能源集團清潔燃料項目"));
    }

    @Test
    void aParkNamedByTheInitialsOfItsWordsIsOnePark() {
        Extracted x = Extracted.body("松原精细化学工业循环经济示范园区与恒达集团签约。恒达集团将在松原化工园区建设两座工厂。");
        assertEquals(Set.of("松原精细化学工业循环经济示范园区"), x.names(EntityType.PARK));
    }

    @Test
    void aKindOfParkIsNoAbbreviation() {
        Extracted x = Extracted.body("北岭化工工业园区和北岭工业园区今年新开工项目12个。");
        assertEquals(Set.of("北岭化工工业园区", "北岭工业园区"), x.names(EntityType.PARK));
    }

    @Test
    void aParkInsideAZoneIsNoAbbreviationOfTheZone() {
        Extracted x = Extracted.body("松原新区精细化学工业园区今年开工项目8个，松原化工园区开工项目5个。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("松原新区精细化学工业园区", "松原化工园区")), x.names(EntityType.PARK).toString());
    }

    @Test
    void initialsThatFitTwoParksNameNeither() {
        assertTrue(Coreference.initialsOf("松原化学工业循环经济示范园区", "松原化工园区"));
        Extracted x = Extracted.body("松原化学工业循环经济示范园区、松原化纤工业循环发展园区和松原化工园区今年开工项目20个。");
        assertEquals(3, x.names(EntityType.PARK).size(), x.names(EntityType.PARK).toString());
    }
}
