package org.localkg.bench.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcStatusTest {
    /** The memory lines of a real /proc/PID/status of a server under load (Linux 6), with the lines around them. */
    static final String STATUS = """
            Name:\tjava
            Umask:\t0022
            State:\tS (sleeping)
            VmPeak:\t 5316844 kB
            VmSize:\t 5251308 kB
            VmLck:\t       0 kB
            VmHWM:\t 2532356 kB
            VmRSS:\t 2458884 kB
            RssAnon:\t 2393408 kB
            RssFile:\t   65476 kB
            RssShmem:\t       0 kB
            VmData:\t 2741152 kB
            Threads:\t102
            voluntary_ctxt_switches:\t3
            """;

    @Test
    void readsTheResidentSetItsPeakAndItsTwoParts() {
        ProcStatus s = ProcStatus.parse(STATUS);
        assertEquals(2458884L * 1024, s.rss());
        assertEquals(2532356L * 1024, s.peakRss());
        assertEquals(2393408L * 1024, s.rssAnon());
        assertEquals(65476L * 1024, s.rssFile());
    }

    @Test
    void aKernelWithoutTheSplitGivesMinusOneForItsParts() {
        ProcStatus s = ProcStatus.parse("VmHWM:\t 2048 kB\nVmRSS:\t 1024 kB\n");
        assertEquals(1024L * 1024, s.rss());
        assertEquals(-1, s.rssAnon());
        assertEquals(-1, s.rssFile());
    }

    @Test
    void aStatusWithoutVmRssIsRefused() {
        // a zombie's status has no memory lines: its numbers would be zeros, not measurements
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcStatus.parse("Name:\tjava\nState:\tZ (zombie)\n"));
        assertTrue(e.getMessage().contains("VmRSS"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProcStatus.parse("VmRSS:\t 12 MB\n"));
    }

    @Test
    void readsThisProcess() throws Exception {
        ProcStatus self = ProcStatus.of(ProcessHandle.current().pid());
        assertTrue(self.rss() > 0 && self.peakRss() >= self.rss(), self.toString());
    }
}
