package org.localkg.bench.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostileReportTest {
    static final long MB = 1L << 20;
    static final HostileSettings SETTINGS = new HostileSettings(300, 30, 60, 30, null, 5);

    /** A run in which every criterion holds, with {@code light} as its light client and the figures given. */
    private static HostileRun run(LatencyLog light, StatusTally tally, List<ServerProbe.BusyThread> busyAfter, long oomLines,
            long peakRss, boolean alive) {
        return new HostileRun(SETTINGS, tally.rows(), tally.total(), tally.lateAfterSeconds(), light, 31, busyAfter, 31.0,
                oomLines, peakRss, peakRss - 100 * MB, 1800 * MB, 100 * MB, 400 * MB, 2048 * MB, 3000, 105 * MB, alive);
    }

    private static LatencyLog light(double... seconds) {
        LatencyLog log = new LatencyLog();
        for (double s : seconds) {
            log.record("look-up", 200, s);
        }
        return log;
    }

    private static StatusTally tally(double... seconds) {
        StatusTally tally = new StatusTally(List.of("regex"), 31);
        for (double s : seconds) {
            tally.record("regex", 503, s);
        }
        return tally;
    }

    private static String failed(HostileReport report) {
        return String.join("\n", report.lines().stream().filter(l -> l.endsWith("| FAIL |")).toList());
    }

    @Test
    void aRunThatMeetsEveryCriterionPasses() {
        HostileReport report = new HostileReport(run(light(0.02, 0.03, 0.9), tally(30.5, 2), List.of(), 0, 2500 * MB, true));
        assertTrue(report.passed(), String.join("\n", report.lines()));
        assertTrue(report.lines().get(report.lines().size() - 1).startsWith("PASS"));
    }

    @Test
    void eachCriterionFailsTheRunOnItsOwn() {
        long bound = MemoryBound.of(2048 * MB, 105 * MB);
        List<HostileRun> runs = List.of(
                run(light(0.02, 1.2), tally(30.5), List.of(), 0, 2500 * MB, true),
                run(light(0.02), tally(30.5, 31.5), List.of(), 0, 2500 * MB, true),
                run(light(0.02), tally(30.5), List.of(new ServerProbe.BusyThread("qtp-1", "org.apache.jena.X.y")), 0, 2500 * MB, true),
                run(light(0.02), tally(30.5), List.of(), 1, 2500 * MB, true),
                run(light(0.02), tally(30.5), List.of(), 0, bound + 1, true),
                run(light(0.02), tally(30.5), List.of(), 0, 2500 * MB, false));
        for (HostileRun r : runs) {
            HostileReport report = new HostileReport(r);
            assertFalse(report.passed(), String.join("\n", report.lines()));
            assertTrue(failed(report).lines().count() == 1, "one criterion fails:\n" + failed(report));
        }
        // a light client that got no answer at all was not served, whatever its (empty) percentiles say
        assertFalse(new HostileReport(run(light(), tally(30.5), List.of(), 0, 2500 * MB, true)).passed());
        LatencyLog withAnError = light(0.02);
        withAnError.record("look-up", 503, 0.01);
        assertFalse(new HostileReport(run(withAnError, tally(30.5), List.of(), 0, 2500 * MB, true)).passed());
    }
}
