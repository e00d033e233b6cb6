package org.localkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.localkg.rdf.LKG;

/** Property names on pages are in Chinese and English, the standard vocabularies' too (issue 19). */
class TermLabelsTest {
    @Test
    void namesAndThePreferredNameAreNamedInBothLanguages() {
        assertEquals("名称 name", TermLabels.of(LKG.label));
        assertEquals("首选名称 preferred name", TermLabels.of(LKG.prefLabel));
        assertEquals("类型 type", TermLabels.of(LKG.rdfType));
    }
}
