package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A company visited by its short name (到某某调研) whose project's name opens with it. */
class CompanyVisitedByShortNameTest {
    @Test
    void theShortNameVisitedThatOpensAProjectsNameIsItsCompany() {
        Extracted x = Extracted.titled("北岭市委书记满国栋到东辰兴业调研",
                "11月9日，北岭市委书记满国栋来到东辰兴业有机硅单体项目现场，调研重点项目建设情况。");
        assertEquals(Set.of("东辰兴业"), x.enterprisesOf("东辰兴业有机硅单体项目"), x.facts.entities().toString());
        assertTrue(x.targetsOf("满国栋").contains("东辰兴业"), x.targetsOf("满国栋").toString());
    }

    @Test
    void aVillageVisitedIsNoCompany() {
        Extracted x = Extracted.titled("北岭县委书记满国栋到河湾村调研",
                "5月3日，北岭县委书记满国栋来到河湾村光伏扶贫项目现场，调研乡村振兴工作。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.facts.entities().toString());
    }
}
