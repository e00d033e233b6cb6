package org.localkg.bench.hostile;

import java.util.List;

/**
 * What one run of the hostile benchmark measured, for {@link HostileReport} to set against the
 * criteria.
 *
 * @param settings          what was run
 * @param hostile           the hostile clients' answers by kind
 * @param hostileTotal      all of them together
 * @param lateAfterSeconds  a hostile answer later than this came after its query's deadline + 1 s
 * @param light             the light client's answers
 * @param busyDuringRun     the most request threads busy at once in the snapshots during the load
 * @param busyAfterDeadline the request threads still busy at the check after the stop
 * @param checkAfterSeconds when that check was taken, in seconds after the hostile clients stopped
 * @param oomLines          lines of the server's log naming an OutOfMemoryError
 * @param peakRss           VmHWM at the end: the largest resident set the server ever had
 * @param finalRss          VmRSS at the end
 * @param maxAnon           the largest anonymous resident set sampled (heap, metaspace, stacks, malloc)
 * @param maxFile           the largest file-backed resident set sampled (jars, and the store TDB2 maps)
 * @param idleRss           VmRSS after start-up and warm-up, before the load
 * @param maxHeap           the server's heap limit (MaxHeapSize)
 * @param gcMillis          the time the server's garbage collectors took from the start of the load to the check (-1: not read)
 * @param storeBytes        the store's size on disk
 * @param serverAlive       whether the server was still running at the end
 */
public record HostileRun(HostileSettings settings, List<StatusTally.Row> hostile, StatusTally.Row hostileTotal, double lateAfterSeconds, LatencyLog light,
                         int busyDuringRun, List<ServerProbe.BusyThread> busyAfterDeadline, double checkAfterSeconds,
                         long oomLines, long peakRss, long finalRss, long maxAnon, long maxFile, long idleRss,
                         long maxHeap, long gcMillis, long storeBytes, boolean serverAlive) {}
