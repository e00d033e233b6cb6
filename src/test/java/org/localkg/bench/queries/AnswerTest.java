package org.localkg.bench.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerTest {
    private static final String TWO_ROWS = "{ \"head\": { \"vars\": [\"s\"] }, \"results\": { \"distinct\": false, \"ordered\": true,"
            + " \"bindings\": [ { \"s\": { \"type\": \"uri\", \"value\": \"http://e/a\" } }, { } ] } }";

    private static HttpHeaders headers(Map<String, List<String>> map) {
        return HttpHeaders.of(map, (k, v) -> true);
    }

    @Test
    void aCompleteAnswerIsItsRowsCounted() {
        Answer a = Answer.of(200, headers(Map.of()), TWO_ROWS);
        assertEquals(Answer.Kind.ROWS, a.kind());
        assertEquals(2, a.rows());
        assertFalse(a.cut());
    }

    @Test
    void anAnswerTheResultLimitCutSaysSo() {
        assertTrue(Answer.of(200, headers(Map.of("X-Result-Limit-Cut", List.of("10000"))), TWO_ROWS).cut());
    }

    @Test
    void ourTimeLimitAndVirtuososPartialAnytimeAnswerAreTimeoutsNotRows() {
        assertEquals(Answer.Kind.TIMEOUT, Answer.of(503, headers(Map.of()), "Query timed out").kind());
        Answer anytime = Answer.of(200, headers(Map.of("X-SQL-State", List.of("S1TAT"))), TWO_ROWS);
        assertEquals(Answer.Kind.TIMEOUT, anytime.kind());
        assertTrue(anytime.reason().contains("S1TAT"), anytime.reason());
    }

    @Test
    void anotherStatusOrABodyThatIsNotResultsIsAnErrorWithItsFirstLine() {
        Answer e = Answer.of(500, headers(Map.of()), "Virtuoso 37000 Error SQ156 | x\nmore");
        assertEquals(Answer.Kind.ERROR, e.kind());
        assertEquals("HTTP 500: Virtuoso 37000 Error SQ156 / x", e.reason());
        assertEquals(Answer.Kind.ERROR, Answer.of(200, headers(Map.of()), "<html>").kind());
        assertEquals(Answer.Kind.ERROR, Answer.of(200, headers(Map.of()), "{\"boolean\": true}").kind());
    }
}
