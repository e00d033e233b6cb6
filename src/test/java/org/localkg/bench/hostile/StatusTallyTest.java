package org.localkg.bench.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusTallyTest {
    @Test
    void countsEachStatusLateAnswersAndTheSlowestByKindInTheOrderGiven() {
        StatusTally tally = new StatusTally(List.of("regex", "offset", "never sent"), 31);
        tally.record("regex", 503, 30.2);
        tally.record("regex", 503, 35.7);
        tally.record("regex", 200, 0.1);
        tally.record("offset", 400, 0.02);
        tally.record("offset", 500, 0.5);
        tally.record("offset", ClientLoop.NO_ANSWER, 60);
        tally.record("offset", 500, 0.4);

        List<StatusTally.Row> rows = tally.rows();
        assertEquals(List.of("regex", "offset", "never sent"), rows.stream().map(StatusTally.Row::kind).toList());
        StatusTally.Row regex = rows.get(0);
        assertEquals(1, regex.ok());
        assertEquals(2, regex.unavailable());
        assertEquals(1, regex.late(), "35.7 s is later than 31 s; 30.2 s is not");
        assertEquals(35.7, regex.slowestSeconds());
        StatusTally.Row offset = rows.get(1);
        assertEquals(1, offset.refused());
        assertEquals(Map.of(500, 2L, ClientLoop.NO_ANSWER, 1L), offset.others());
        assertEquals(3, offset.otherCount());
        assertEquals(4, offset.total());
        assertEquals(0, rows.get(2).total());

        StatusTally.Row all = tally.total();
        assertEquals(7, all.total());
        assertEquals(2, all.late());
        assertEquals(60.0, all.slowestSeconds());
        assertEquals(Map.of(500, 2L, ClientLoop.NO_ANSWER, 1L), all.others());
    }

    @Test
    void theReportWritesStatusesInTheTableOrder() {
        StatusTally tally = new StatusTally(List.of("k"), 31);
        tally.record("k", 400, 0.25);
        tally.record("k", 500, 1.5);
        tally.record("k", ClientLoop.NO_ANSWER, 2);
        assertEquals("3: 0 / 1 / 0 / 2 (no answer ×1, 500 ×1); slowest 2.0 s", HostileReport.statuses(tally.total()));
        tally.record("k", 503, 40);
        assertEquals("4: 0 / 1 / 1 / 2 (no answer ×1, 500 ×1); 1 late; slowest 40.0 s", HostileReport.statuses(tally.total()));
    }
}
