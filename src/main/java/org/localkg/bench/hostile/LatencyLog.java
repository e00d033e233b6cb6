package org.localkg.bench.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.localkg.bench.Percentile;

/**
 * The light client's answers: the time of every one, and how many were not a 200. A failed
 * request's time counts too: a client that waited 20 s for a 503 was not served in 20 ms.
 */
public final class LatencyLog implements ClientLoop.Recorder {
    private final List<Double> millis = new ArrayList<>();
    private long errors;

    @Override
    public synchronized void record(String kind, int status, double seconds) {
        millis.add(seconds * 1000);
        if (status != 200) {
            errors++;
        }
    }

    public synchronized int count() {
        return millis.size();
    }

    public synchronized long errors() {
        return errors;
    }

    /** The {@code p} percentile in milliseconds ({@link Percentile}); NaN before any answer. */
    public synchronized double percentileMillis(double p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return Percentile.of(sorted, p);
    }
}
