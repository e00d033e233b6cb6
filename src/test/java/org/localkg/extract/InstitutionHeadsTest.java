package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The head of a design institute, or its deputy, holds no public post: a person, not an official. */
class InstitutionHeadsTest {
    @Test
    void aDesignInstitutesHeadsAreNoOfficials() {
        Extracted x = Extracted.body("本报讯 特邀北岭工程勘察设计院院长陈立平、东川市规划设计院副院长王海军出席仪式。县委书记刘志刚致辞。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("陈立平"), x.names(EntityType.OFFICIAL).toString());
        assertFalse(x.names(EntityType.OFFICIAL).contains("王海军"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.names(EntityType.OFFICIAL).contains("刘志刚"), x.names(EntityType.OFFICIAL).toString());
    }
}
