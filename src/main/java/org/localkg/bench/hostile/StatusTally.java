package org.localkg.bench.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hostile clients' answers by kind of request: how many were served (200), refused as the
 * client's error (400), stopped at the time limit or turned away (503), and anything else
 * (other statuses, or no answer at all); how many came later than a given time, and the slowest.
 * Any client thread may record.
 */
public final class StatusTally implements ClientLoop.Recorder {
    /** One kind's counts; {@code others} maps each other status (-1: no answer) to its count. */
    public record Row(String kind, long ok, long refused, long unavailable, Map<Integer, Long> others, long late, double slowestSeconds) {
        public long total() {
            return ok + refused + unavailable + otherCount();
        }

        public long otherCount() {
            return others.values().stream().mapToLong(Long::longValue).sum();
        }

        Row plus(int status, double seconds, double lateAfter) {
            Map<Integer, Long> o = others;
            if (status != 200 && status != 400 && status != 503) {
                o = new TreeMap<>(others);
                o.merge(status, 1L, Long::sum);
            }
            return new Row(kind, ok + (status == 200 ? 1 : 0), refused + (status == 400 ? 1 : 0),
                    unavailable + (status == 503 ? 1 : 0), o, late + (seconds > lateAfter ? 1 : 0), Math.max(slowestSeconds, seconds));
        }

        Row plus(Row other) {
            Map<Integer, Long> o = new TreeMap<>(others);
            other.others.forEach((k, v) -> o.merge(k, v, Long::sum));
            return new Row(kind, ok + other.ok, refused + other.refused, unavailable + other.unavailable, o, late + other.late,
                    Math.max(slowestSeconds, other.slowestSeconds));
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final double lateAfterSeconds;

    /**
     * Starts a row for each kind, so that the table lists them in this order, answered or not.
     *
     * @param lateAfterSeconds an answer that took longer than this counts as late
     */
    public StatusTally(List<String> kinds, double lateAfterSeconds) {
        this.lateAfterSeconds = lateAfterSeconds;
        for (String k : kinds) {
            rows.put(k, empty(k));
        }
    }

    @Override
    public synchronized void record(String kind, int status, double seconds) {
        rows.put(kind, rows.getOrDefault(kind, empty(kind)).plus(status, seconds, lateAfterSeconds));
    }

    public double lateAfterSeconds() {
        return lateAfterSeconds;
    }

    public synchronized List<Row> rows() {
        return new ArrayList<>(rows.values());
    }

    /** All kinds together. */
    public synchronized Row total() {
        Row sum = empty("all hostile requests");
        for (Row r : rows.values()) {
            sum = sum.plus(r);
        }
        return sum;
    }

    private static Row empty(String kind) {
        return new Row(kind, 0, 0, 0, Map.of(), 0, 0);
    }
}
