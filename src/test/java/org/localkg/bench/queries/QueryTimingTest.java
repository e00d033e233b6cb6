package org.localkg.bench.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTimingTest {
    @Test
    void everyAnswerIsCountedAndTheFirstProblemShown() {
        List<Answer> answers = List.of(new Answer(Answer.Kind.ROWS, 7, false, ""), Answer.timeout("HTTP 503"),
                new Answer(Answer.Kind.ROWS, 7, false, ""), Answer.error("HTTP 500: bad"));
        QueryTiming t = QueryLatency.summarise("q.rq", 8, 6, List.of(40.0, 10.0, 30.0, 20.0), answers, 2.0);
        assertEquals(List.of(10.0, 20.0, 30.0, 40.0), t.millis());
        assertEquals(2, t.answered());
        assertEquals(1, t.timeouts());
        assertEquals(1, t.errors());
        assertEquals(2, t.unsent());
        assertEquals(7, t.rows());
        assertFalse(t.rowsVary());
        assertEquals(1.0, t.perSecond());
        assertEquals("30.0 / 40.0 (1 timeout, 1 error, 2 not sent: HTTP 503)", t.latency());
    }

    @Test
    void answersThatDisagreeAreNoticed() {
        QueryTiming t = QueryLatency.summarise("q.rq", 1, 2, List.of(1.0, 1.0),
                List.of(new Answer(Answer.Kind.ROWS, 3, false, ""), new Answer(Answer.Kind.ROWS, 4, false, "")), 1.0);
        assertTrue(t.rowsVary());
        assertEquals("1.0 / 1.0", t.latency());
    }

    @Test
    void theRatioIsOursOverTheirsAndNoneWhenASideAnsweredNothing() {
        QueryTiming ours = QueryLatency.summarise("q.rq", 1, 2, List.of(1.0, 1.0),
                List.of(new Answer(Answer.Kind.ROWS, 3, false, ""), new Answer(Answer.Kind.ROWS, 3, false, "")), 1.0);
        QueryTiming theirs = QueryLatency.summarise("q.rq", 1, 2, List.of(1.0, 1.0),
                List.of(new Answer(Answer.Kind.ROWS, 3, false, ""), new Answer(Answer.Kind.ROWS, 3, false, "")), 4.0);
        QueryTiming failed = QueryLatency.summarise("q.rq", 1, 1, List.of(1.0), List.of(Answer.error("HTTP 500")), 1.0);
        assertEquals("4.00× (2.00 / 0.50)", QueryTable.ratio(ours, theirs));
        assertTrue(QueryTable.ratio(ours, failed).startsWith("none (2.00 / 0.00: theirs answered none)"), QueryTable.ratio(ours, failed));
    }
}
