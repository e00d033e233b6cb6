package org.localkg.bench;

import java.util.List;

/**
 * Percentiles of measured times, as every benchmark of the project reports them: the value at
 * index {@code floor(n × p)} of the sorted list (the largest for p = 1). For p99 of fewer than a
 * hundred values that is the maximum: with few samples the report errs on the slow side.
 */
public final class Percentile {
    private Percentile() {}

    /** The {@code p} percentile (0 ≤ p ≤ 1) of {@code sorted}, ascending; NaN when it is empty. */
    public static double of(List<Double> sorted, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("a percentile is between 0 and 1: " + p);
        }
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(sorted.size() * p)));
    }
}
