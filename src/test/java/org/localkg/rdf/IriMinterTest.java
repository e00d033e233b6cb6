package org.localkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.localkg.nlp.hanlp.HanlpPinyin;

class IriMinterTest {
    private final IriMinter iris = new IriMinter("http://example.org/kg/", HanlpPinyin.get());

    @Test
    void iriAreAsciiSlashIrisUnderTheBase() {
        String iri = iris.entity("thing|西太湖科技产业园").getURI();
        assertTrue(iri.startsWith("http://example.org/kg/id/entity/xitaihukejichanyeyuan-"), iri);
        assertTrue(iri.chars().allMatch(c -> c < 128), iri);
        assertTrue(!iri.contains("#"));
    }

    @Test
    void theSameKeyGivesTheSameIriAndHomophonesDiffer() {
        assertEquals(iris.entity("person|王平").getURI(), new IriMinter("http://example.org/kg", HanlpPinyin.get()).entity("person|王平").getURI());
        assertNotEquals(iris.entity("person|王平").getURI(), iris.entity("person|王萍").getURI());
    }

    @Test
    void aBadBaseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("ftp://x/", HanlpPinyin.get()));
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("http://例子.中国/", HanlpPinyin.get()));
    }
}
