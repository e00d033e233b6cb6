package org.localkg.bench.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run's figures as one Markdown table, each criterion of the requirement with PASS or FAIL:
 * the light client served (every answer a 200, p99 under a second); no hostile answer later than
 * its query's deadline plus a second (its thread was busy until then), and no request thread busy
 * once every query's deadline has passed by a second; no OutOfMemoryError in the server's log; the
 * resident set's peak within the stated bound ({@link MemoryBound}); the server still running.
 */
public final class HostileReport {
    /** The light client's p99 must be under this. */
    static final double LIGHT_P99_MILLIS = 1000;

    private final HostileRun run;
    private final List<String> lines = new ArrayList<>();
    private boolean passed = true;

    public HostileReport(HostileRun run) {
        this.run = run;
        build();
    }

    /** Whether every criterion held. */
    public boolean passed() {
        return passed;
    }

    public List<String> lines() {
        return lines;
    }

    private void build() {
        HostileSettings s = run.settings();
        lines.add(String.format("%d hostile clients + 1 light client, %d s, %d pages, query time limit %d s, server JVM %s",
                s.hostile(), s.seconds(), s.pages(), s.timeoutSeconds(), s.heap() == null ? "heap as this command's (./kg: -Xmx2g)" : "-Xmx" + s.heap()));
        lines.add("");
        lines.add("| figure | measured | criterion | |");
        lines.add("| --- | ---: | --- | --- |");
        for (StatusTally.Row r : run.hostile()) {
            row("hostile: " + r.kind(), statuses(r), "", "");
        }
        row("hostile: all (200 / 400 / 503 / other)", statuses(run.hostileTotal()), "", "");
        row(String.format("hostile answers later than %.0f s (time limit + 1 s)", run.lateAfterSeconds()),
                Long.toString(run.hostileTotal().late()), "0", verdict(run.hostileTotal().late() == 0));
        LatencyLog light = run.light();
        double p99 = light.percentileMillis(0.99);
        row("light client: requests (not 200)", light.count() + " (" + light.errors() + ")", "answered, all 200",
                verdict(light.count() > 0 && light.errors() == 0));
        row("light client: p50 / p99 / max ms", String.format("%.0f / %.0f / %.0f", light.percentileMillis(0.5), p99,
                light.percentileMillis(1)), String.format("p99 < %.0f ms", LIGHT_P99_MILLIS), verdict(p99 < LIGHT_P99_MILLIS));
        row("request threads busy during the load (most in one snapshot)", Integer.toString(run.busyDuringRun()), "", "");
        row(String.format("request threads busy %.1f s after the stop (time limit + 1 s)", run.checkAfterSeconds()),
                Integer.toString(run.busyAfterDeadline().size()), "0", verdict(run.busyAfterDeadline().isEmpty()));
        row("OutOfMemoryError lines in the server's log", Long.toString(run.oomLines()), "0", verdict(run.oomLines() == 0));
        row("server still running at the end", run.serverAlive() ? "yes" : "no", "yes", verdict(run.serverAlive()));
        long bound = MemoryBound.of(run.maxHeap(), run.storeBytes());
        row("RSS before the load", mb(run.idleRss()), "", "");
        row("RSS peak (VmHWM)", mb(run.peakRss()), "≤ " + mb(bound), verdict(run.peakRss() > 0 && run.peakRss() <= bound));
        row("RSS at the end (VmRSS)", mb(run.finalRss()), "", "");
        row("largest anonymous / file-backed RSS sampled", mb(run.maxAnon()) + " / " + mb(run.maxFile()), "", "");
        row("heap max (MaxHeapSize)", mb(run.maxHeap()), "", "");
        row("garbage collection during the load and until the check (s)", run.gcMillis() < 0 ? "-" : String.format("%.1f", run.gcMillis() / 1000.0), "", "");
        row("store on disk", mb(run.storeBytes()), "", "");
        row("stated bound: heap max + " + mb(MemoryBound.ALLOWANCE_BYTES) + " + store", mb(bound), "", "");
        lines.add("");
        lines.add(passed ? "PASS: every criterion held" : "FAIL: see the rows marked FAIL");
    }

    /** {@code total: 200 / 400 / 503 / other (status ×n, …); n late; slowest s}. */
    static String statuses(StatusTally.Row r) {
        StringBuilder out = new StringBuilder(String.format("%d: %d / %d / %d / %d", r.total(), r.ok(), r.refused(), r.unavailable(),
                r.otherCount()));
        if (!r.others().isEmpty()) {
            List<String> others = new ArrayList<>();
            for (Map.Entry<Integer, Long> e : r.others().entrySet()) {
                others.add((e.getKey() == ClientLoop.NO_ANSWER ? "no answer" : e.getKey().toString()) + " ×" + e.getValue());
            }
            out.append(" (").append(String.join(", ", others)).append(')');
        }
        if (r.late() > 0) {
            out.append("; ").append(r.late()).append(" late");
        }
        return out.append(String.format("; slowest %.1f s", r.slowestSeconds())).toString();
    }

    private String verdict(boolean ok) {
        passed &= ok;
        return ok ? "PASS" : "FAIL";
    }

    private void row(String figure, String measured, String criterion, String verdict) {
        lines.add("| " + figure + " | " + measured + " | " + criterion + " | " + verdict + " |");
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "-" : String.format("%,d MB", bytes >> 20);
    }
}
