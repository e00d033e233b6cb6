package org.localkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileTest {
    private static List<Double> oneTo(int n) {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            values.add((double) i);
        }
        return values;
    }

    @Test
    void theValueAtFloorOfNTimesP() {
        List<Double> hundred = oneTo(100);
        assertEquals(51.0, Percentile.of(hundred, 0.5));
        assertEquals(100.0, Percentile.of(hundred, 0.99));
        assertEquals(1.0, Percentile.of(hundred, 0));
        List<Double> thousand = oneTo(1000);
        assertEquals(991.0, Percentile.of(thousand, 0.99), "p99 of 1,000 leaves nine above it");
    }

    @Test
    void withFewValuesP99IsTheSlowest() {
        assertEquals(58.0, Percentile.of(oneTo(58), 0.99));
        assertEquals(7.0, Percentile.of(List.of(7.0), 0.5));
        assertEquals(3.0, Percentile.of(oneTo(3), 1));
    }

    @Test
    void nothingMeasuredIsNaNAndAPercentileOutsideZeroToOneIsRefused() {
        assertTrue(Double.isNaN(Percentile.of(List.of(), 0.99)));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(oneTo(3), 99));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(oneTo(3), -0.1));
    }
}
