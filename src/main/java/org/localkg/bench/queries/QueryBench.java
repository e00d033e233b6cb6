package org.localkg.bench.queries;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.localkg.bench.queries.ShippedQueries.ShippedQuery;

/**
 * A shipped query on an endpoint, at each number of clients: warmed up first (two requests
 * one after the other, the second's rows kept as the query's answer), then timed.
 */
public final class QueryBench {
    /** Requests sent one after the other before a query is timed: the first one warms caches and code. */
    static final int WARM_UP = 2;

    /** One query's results on one endpoint: its warmed-up answer and a timing per number of clients. */
    public record Result(String query, Answer warm, List<QueryTiming> timings) {}

    private final List<Integer> clients;
    private final int requests;
    private final Duration requestTimeout;

    /**
     * @param clients        the numbers of clients asking at once, one timing each (e.g. 1 and 8)
     * @param requests       requests per query and number of clients
     * @param requestTimeout how long a client waits for one answer
     */
    public QueryBench(List<Integer> clients, int requests, Duration requestTimeout) {
        if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1) || requests < 1) {
            throw new IllegalArgumentException("clients and requests must be at least 1: " + clients + ", " + requests);
        }
        this.clients = List.copyOf(clients);
        this.requests = requests;
        this.requestTimeout = requestTimeout;
    }

    /** Times one query on {@code endpoint}: warmed up, then at each number of clients. */
    public Result run(URI endpoint, ShippedQuery query) throws InterruptedException {
        QueryLatency latency = new QueryLatency(endpoint, requestTimeout);
        Answer warm = null;
        for (int i = 0; i < WARM_UP; i++) {
            warm = latency.ask(query.text());
        }
        List<QueryTiming> timings = new ArrayList<>();
        for (int c : clients) {
            timings.add(latency.time(query.name(), query.text(), c, requests));
        }
        return new Result(query.name(), warm, timings);
    }
}
