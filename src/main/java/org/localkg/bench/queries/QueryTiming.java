package org.localkg.bench.queries;

import java.util.List;
import org.localkg.bench.Percentile;

/**
 * One query timed at one number of clients on one endpoint: every request's milliseconds (sorted;
 * a timeout's or an error's wait counts too), what the answers were, and the row's wall time, from
 * which its throughput. {@code rows} is the rows of the complete answers (-1 when there was none);
 * {@code rowsVary} says two complete answers disagreed; {@code unsent} counts requests not sent
 * because the row had already timed out {@link QueryLatency#GIVE_UP_AFTER_TIMEOUTS} times.
 */
public record QueryTiming(String query, int clients, List<Double> millis, int answered, int timeouts, int errors, int unsent,
        long rows, boolean rowsVary, boolean cut, String firstProblem, double seconds) {

    public double percentile(double p) {
        return Percentile.of(millis, p);
    }

    /** Complete answers a second over the row's wall time. */
    public double perSecond() {
        return seconds > 0 ? answered / seconds : Double.NaN;
    }

    /** "p50 / p99" in milliseconds, then whatever was not a complete answer, never left out. */
    public String latency() {
        return String.format("%.1f / %.1f", percentile(0.5), percentile(0.99)) + problems();
    }

    /** Empty when every request got a complete answer; otherwise "(2 timeouts, 1 error: HTTP 500 …)". */
    public String problems() {
        if (timeouts == 0 && errors == 0 && unsent == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        if (timeouts > 0) {
            s.append(timeouts).append(timeouts == 1 ? " timeout" : " timeouts");
        }
        if (errors > 0) {
            s.append(s.length() > 2 ? ", " : "").append(errors).append(errors == 1 ? " error" : " errors");
        }
        if (unsent > 0) {
            s.append(", ").append(unsent).append(" not sent");
        }
        if (!firstProblem.isEmpty()) {
            s.append(": ").append(firstProblem);
        }
        return s.append(')').toString();
    }
}
