package org.localkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DivisionCodesTest {
    @Test
    void ourCodesInWikidatasForm() {
        assertEquals("32", DivisionCodes.toWikidata("320000"));
        assertEquals("32 04", DivisionCodes.toWikidata("320400"));
        assertEquals("32 04 12", DivisionCodes.toWikidata("320412"));
        assertEquals("32 04 12 400", DivisionCodes.toWikidata("320412400"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCodes.toWikidata("3204"));
    }

    @Test
    void wikidatasFormsReadBack() {
        for (String code : new String[] {"320000", "320400", "320412", "320412400"}) {
            assertEquals(code, DivisionCodes.fromWikidata(DivisionCodes.toWikidata(code)));
        }
        assertEquals("320412", DivisionCodes.fromWikidata("320412"), "unspaced");
        assertEquals("320412400", DivisionCodes.fromWikidata("320412400000"), "the statistics bureau's twelve digits");
        assertNull(DivisionCodes.fromWikidata("320412400201"), "a village");
        assertNull(DivisionCodes.fromWikidata("32-04"));
    }
}
