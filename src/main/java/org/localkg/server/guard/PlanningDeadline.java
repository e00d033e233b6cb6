package org.localkg.server.guard;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Stops a query at its time limit even while Jena is still building its plan. Jena's own alarm
 * cannot: it waits for a lock that building the plan holds, and building the plan of a top-N
 * sort (every ORDER BY under the endpoint's LIMIT, {@link BoundedSorts}) reads the sort's whole
 * input, a GROUP BY included. A grouped, sorted query over an accidental cross product ran twelve
 * minutes past a 30-second limit on a 10,000-page store, a core busy all along. Here the query's
 * cancel signal (the flag every query iterator reads on each row it passes on) is set when the
 * limit passes, with no lock; the query then ends with Jena's own cancellation, which Fuseki
 * answers as it answers a timeout.
 */
public final class PlanningDeadline {
    private static final ScheduledThreadPoolExecutor ALARMS = alarms();

    private PlanningDeadline() {}

    private static ScheduledThreadPoolExecutor alarms() {
        ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "kg-query-deadline");
            t.setDaemon(true);
            return t;
        });
        alarms.setRemoveOnCancelPolicy(true);
        return alarms;
    }

    /**
     * Sets {@code exec}'s cancel signal when its time limit (from its context, as Jena reads it:
     * the overall limit, else the limit to the first row) passes; nothing when it has none. Call
     * before the query starts.
     */
    public static void watch(QueryExec exec) {
        Context context = exec.getContext();
        Timeouts.Timeout limit = Timeouts.extractQueryTimeout(context);
        long millis = limit == null ? -1 : limit.hasOverallTimeout() ? limit.overallTimeoutMillis()
                : limit.hasInitialTimeout() ? limit.initialTimeoutMillis() : -1;
        if (millis < 0) {
            return;
        }
        // the same flag the query's iterators read: Jena puts it in the context when it builds the execution
        AtomicBoolean cancel = Context.getOrSetCancelSignal(context);
        // a query that ended before its limit is not touched by a late signal: its execution is done
        ALARMS.schedule(() -> cancel.set(true), millis, TimeUnit.MILLISECONDS);
    }
}
