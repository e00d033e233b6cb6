package org.localkg.bench.queries;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query's results as rows of {@code kg bench}'s table: the rows it answers, its latency at each
 * number of clients, and beside another store (Virtuoso) that store's rows and latency and the
 * throughput ratio, ours over theirs.
 */
public final class QueryTable {
    private QueryTable() {}

    /**
     * The rows for one query, named after it, in the order they are printed; {@code theirs} is null
     * when there is nothing to compare with.
     */
    public static Map<String, String> rows(QueryBench.Result ours, QueryBench.Result theirs, String theirName) {
        Map<String, String> rows = new LinkedHashMap<>();
        String q = "query " + ours.query() + ": ";
        if (theirs == null) {
            rows.put(q + "rows", answer(ours.warm()));
        } else {
            String a = answer(ours.warm());
            String b = answer(theirs.warm());
            boolean same = ours.warm().kind() == Answer.Kind.ROWS && theirs.warm().kind() == Answer.Kind.ROWS
                    && ours.warm().rows() == theirs.warm().rows();
            rows.put(q + "rows (ours / " + theirName + ")", a + " / " + b + (same ? "" : " (differ)"));
        }
        for (int i = 0; i < ours.timings().size(); i++) {
            QueryTiming o = ours.timings().get(i);
            String clients = o.clients() + (o.clients() == 1 ? " client" : " clients");
            rows.put(q + "p50 / p99 ms, " + clients, o.latency() + varying(o));
            if (theirs != null) {
                QueryTiming t = theirs.timings().get(i);
                rows.put(q + theirName + " p50 / p99 ms, " + clients, t.latency() + varying(t));
                rows.put(q + "ours / " + theirName + " queries per second, " + clients, ratio(o, t));
            }
        }
        return rows;
    }

    /**
     * "0.85× (11.80 / 13.90)": the ratio of complete answers a second, and both; no ratio when one
     * side answered nothing (its errors stand in its latency row).
     */
    static String ratio(QueryTiming ours, QueryTiming theirs) {
        double a = ours.perSecond();
        double b = theirs.perSecond();
        String both = String.format("%.2f / %.2f", a, b);
        if (theirs.answered() == 0 || ours.answered() == 0) {
            return "none (" + both + ": " + (ours.answered() == 0 ? "ours" : "theirs") + " answered none)";
        }
        return String.format("%.2f× (%s)", a / b, both);
    }

    static String answer(Answer a) {
        return switch (a.kind()) {
            case ROWS -> a.rows() + (a.cut() ? " (cut at the result limit)" : "");
            case TIMEOUT -> "timeout (" + a.reason() + ")";
            case ERROR -> "error (" + a.reason() + ")";
        };
    }

    private static String varying(QueryTiming t) {
        return t.rowsVary() ? " (rows varied between answers)" : "";
    }
}
