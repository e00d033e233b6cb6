package org.localkg.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;
import org.localkg.server.KgServer;
import org.localkg.store.KgStore;

/**
 * Latency over real HTTP on a store, at 1 and at 8 clients asking at once: label search (a
 * fixed-seed sample of substrings, two to six characters, of the store's labels, asked of
 * {@code /search} as JSON), reconciliation (each as a one-query batch, as OpenRefine sends) and
 * look-up (an entity IRI dereferenced as Turtle, following the 303 to its data, as Linked Data
 * clients do). Each is warmed up once before it is timed.
 */
final class SearchBench {
    private SearchBench() {}

    /** Latencies of one service at one number of clients: sorted milliseconds, and the answers that found something. */
    record Timing(String service, int clients, List<Double> millis, int found) {
        double percentile(double p) {
            return org.localkg.bench.Percentile.of(millis, p);
        }
    }

    static List<Timing> run(KgStore kg, int queries) throws Exception {
        List<String> labels = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        var dsg = kg.dataset().asDatasetGraph();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, LKG.label, Node.ANY).forEachRemaining(q -> {
            String l = q.getObject().getLiteralLexicalForm();
            if (l.length() >= 2 && q.getSubject().isURI() && q.getSubject().getURI().contains("/id/entity/")) {
                labels.add(l);
                entities.add(q.getSubject().getURI());
            }
        }));
        Random random = new Random(42);
        List<String> sample = new ArrayList<>();
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < queries && !labels.isEmpty(); i++) {
            int k = random.nextInt(labels.size());
            String l = labels.get(k);
            int len = 2 + random.nextInt(Math.min(5, l.length() - 1));
            int from = random.nextInt(l.length() - len + 1);
            sample.add(l.substring(from, from + len));
            picked.add(entities.get(k));
        }
        KgServer server = KgServer.builder(kg).port(0).loopback(true).build().start();
        try {
            String root = "http://localhost:" + server.port();
            String base = kg.base(null);
            Map<String, List<HttpRequest>> requests = new LinkedHashMap<>();
            requests.put("search", sample.stream().map(q -> get(root + "/search?format=json&q=" + enc(q), "application/json")).toList());
            requests.put("reconcile", sample.stream().map(q -> get(root + "/reconcile?queries="
                    + enc("{\"q0\":{\"query\":\"" + q.replace("\"", "") + "\",\"limit\":10}}"), "application/json")).toList());
            // the entity IRIs are minted under the store's base; asked here of this server
            requests.put("lookup", picked.stream().map(e -> get(root + "/" + e.substring(base.length()), "text/turtle")).toList());
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            List<Timing> out = new ArrayList<>();
            for (var e : requests.entrySet()) {
                time(http, e.getKey(), e.getValue(), 1); // warm-up
                for (int clients : new int[] {1, 8}) {
                    out.add(time(http, e.getKey(), e.getValue(), clients));
                }
            }
            return out;
        } finally {
            server.stop();
        }
    }

    /** Sends every request once, {@code clients} at a time, and times each. */
    private static Timing time(HttpClient http, String service, List<HttpRequest> requests, int clients) throws InterruptedException {
        ConcurrentLinkedQueue<HttpRequest> todo = new ConcurrentLinkedQueue<>(requests);
        List<Double> ms = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger found = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (HttpRequest r; (r = todo.poll()) != null; ) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
                        ms.add((System.nanoTime() - t0) / 1e6);
                        if (resp.statusCode() == 200 && (resp.body().contains("\"id\"") || resp.body().contains("rdfs:label")
                                || resp.body().contains("rdf-schema#label"))) {
                            found.incrementAndGet();
                        }
                    } catch (Exception e) {
                        ms.add((System.nanoTime() - t0) / 1e6);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return new Timing(service, clients, sorted, found.get());
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
