package org.localkg.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CpuIdleTest {
    static final Duration WINDOW = Duration.ofMillis(300);
    static final Duration QUIET = Duration.ofMillis(50);

    @Test
    void anIdleProcessIsWaitedForNoLongerThanOneWindow() throws Exception {
        Process p = new ProcessBuilder("sleep", "30").start();
        try {
            Duration waited = CpuIdle.await(p.toHandle(), WINDOW, QUIET, Duration.ofSeconds(20));
            assertTrue(waited.toMillis() < 2 * WINDOW.toMillis() + 500, "waited " + waited + " for a sleeping process");
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    @Test
    void aBusyProcessIsWaitedForUntilItStopsWorking() throws Exception {
        // a shell spinning on its own (no command it starts: their time would be theirs) for two seconds of
        // the clock, then the same process asleep; a count instead of the clock ran past the limit below when
        // other work shared the machine's cores
        Process p = new ProcessBuilder("bash", "-c", "end=$((SECONDS + 2)); while [ $SECONDS -lt $end ]; do :; done; exec sleep 30").start();
        try {
            Duration waited = CpuIdle.await(p.toHandle(), WINDOW, QUIET, Duration.ofSeconds(20));
            assertTrue(waited.toMillis() >= 2 * WINDOW.toMillis(), "returned after " + waited + " while the process was busy");
            assertTrue(waited.toMillis() < 10_000, "waited " + waited + " though the process went idle");
        } finally {
            p.destroyForcibly().waitFor();
        }
    }
}
