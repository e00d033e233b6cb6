package org.localkg.bench.queries;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times SPARQL queries over HTTP against one endpoint, as its users would send them: a POSTed
 * form asking for SPARQL JSON results, the whole answer read and parsed before the clock stops,
 * {@code clients} threads asking at once until the row's requests are used up.
 */
public final class QueryLatency {
    /**
     * A row stops sending after this many timeouts and says how many it did not send: a query that
     * reaches the time limit every time would otherwise hold a short benchmark for many minutes.
     */
    static final int GIVE_UP_AFTER_TIMEOUTS = 3;

    private final URI endpoint;
    private final Duration requestTimeout;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param requestTimeout how long the client waits for one answer: longer than the server's own
     *                       time limit, so that the server's answer to it is what is seen
     */
    public QueryLatency(URI endpoint, Duration requestTimeout) {
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
    }

    /** One request, judged. */
    public Answer ask(String query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return Answer.of(response.statusCode(), response.headers(), response.body());
        } catch (HttpTimeoutException e) {
            return Answer.timeout("no answer in " + requestTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.error("interrupted");
        } catch (Exception e) {
            return Answer.error(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Sends {@code query} {@code requests} times, {@code clients} at a time, and times each. */
    public QueryTiming time(String name, String query, int clients, int requests) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(requests);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger timeouts = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (timeouts.get() < GIVE_UP_AFTER_TIMEOUTS && left.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    Answer a = ask(query);
                    millis.add((System.nanoTime() - t0) / 1e6);
                    answers.add(a);
                    if (a.kind() == Answer.Kind.TIMEOUT) {
                        timeouts.incrementAndGet();
                    }
                }
            }, "query-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return summarise(name, clients, requests, millis, answers, seconds);
    }

    static QueryTiming summarise(String name, int clients, int requests, List<Double> millis, List<Answer> answers, double seconds) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int answered = 0, timeouts = 0, errors = 0;
        long rows = -1;
        boolean vary = false, cut = false;
        String problem = "";
        for (Answer a : answers) {
            switch (a.kind()) {
                case ROWS -> {
                    vary |= rows >= 0 && rows != a.rows();
                    rows = a.rows();
                    cut |= a.cut();
                    answered++;
                }
                case TIMEOUT -> timeouts++;
                case ERROR -> errors++;
            }
            if (problem.isEmpty() && a.kind() != Answer.Kind.ROWS) {
                problem = a.reason();
            }
        }
        return new QueryTiming(name, clients, sorted, answered, timeouts, errors, requests - answers.size(), rows, vary, cut,
                problem, seconds);
    }
}
