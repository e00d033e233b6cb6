package org.localkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoreTest {
    @Test
    void onlyExactSpansOfTheRightClassCount() {
        NerScore s = new NerScore();
        s.add(List.of(new NerSpan(0, 3, "name"), new NerSpan(5, 9, "company")),
                List.of(new NerSpan(0, 3, "name"), new NerSpan(5, 8, "company"), new NerSpan(10, 12, "name")));
        assertEquals(0.5, s.precision("name"), 1e-9);
        assertEquals(1.0, s.recall("name"), 1e-9);
        assertEquals(0.0, s.f1("company"), 1e-9, "one character short is a miss and a false alarm");
        assertEquals(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), s.microF1(), 1e-9);
    }
}
