package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Offsets are UTF-16 units, as Java strings count: a character outside the BMP counts two. */
class OffsetsTest {
    @Test
    void mentionOffsetsCountUtf16UnitsAcrossNonBmpCharacters() {
        String text = "𠮷𠮷，市委书记林建华出席。";
        Extracted x = Extracted.body(text);
        Span s = x.entity("林建华").mentions().get(0);
        assertEquals("林建华", text.substring(s.start(), s.end()));
        assertEquals(text.indexOf("林建华"), s.start());
        assertEquals(9, s.start()); // two surrogate pairs, a comma, four characters of title
    }

    @Test
    void fullWidthPunctuationIsReadLikeHalfWidth() {
        Extracted a = Extracted.body("市委常委、市委秘书长杭立参加调研，区领导沈一陪同。");
        Extracted b = Extracted.body("市委常委、市委秘书长杭立参加调研,区领导沈一陪同.");
        assertEquals(a.posts("杭立"), b.posts("杭立"));
        assertEquals(a.names(EntityType.OFFICIAL), b.names(EntityType.OFFICIAL));
    }
}
