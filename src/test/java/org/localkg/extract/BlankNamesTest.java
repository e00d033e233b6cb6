package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A name without characters names nothing: a rule that cuts a zone's place from its name, where the zone is a
 * district itself and nothing is left, adds no second name (the shapes reject an article with an empty label).
 */
class BlankNamesTest {
    @Test
    void anEmptyOrBlankNameIsNoAlias() {
        Entity park = new Entity(EntityType.PARK, "滨江新区");
        park.addName("");
        park.addName("  ");
        assertTrue(park.aliases().isEmpty(), park.aliases().toString());
        assertEquals("滨江新区", park.name());
    }

    @Test
    void aRealSecondNameIsStillKept() {
        Entity park = new Entity(EntityType.PARK, "滨江新区");
        park.addName("滨江区新区");
        assertEquals(1, park.aliases().size(), park.aliases().toString());
    }
}
