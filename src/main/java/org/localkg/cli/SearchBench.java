package org.localkg.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;
import org.localkg.server.KgServer;
import org.localkg.store.KgStore;

/**
 * Label search and reconciliation latency over real HTTP on a store: a fixed-seed sample of
 * substrings (two to six characters) of the store's labels, each asked once of {@code /search}
 * (JSON) and once of {@code /reconcile} (a one-query batch, as OpenRefine sends); the median and
 * 95th percentile in milliseconds, after a warm-up.
 */
final class SearchBench {
    private SearchBench() {}

    static void run(KgStore kg, int queries) throws Exception {
        List<String> labels = new ArrayList<>();
        var dsg = kg.dataset().asDatasetGraph();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, LKG.label, Node.ANY).forEachRemaining(q -> {
            String l = q.getObject().getLiteralLexicalForm();
            if (l.length() >= 2) {
                labels.add(l);
            }
        }));
        Random random = new Random(42);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < queries && !labels.isEmpty(); i++) {
            String l = labels.get(random.nextInt(labels.size()));
            int len = 2 + random.nextInt(Math.min(5, l.length() - 1));
            int from = random.nextInt(l.length() - len + 1);
            sample.add(l.substring(from, from + len));
        }
        KgServer server = KgServer.builder(kg).port(0).loopback(true).build().start();
        try {
            String root = "http://localhost:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            System.out.println();
            System.out.println("service,queries,median_ms,p95_ms,found");
            for (String service : List.of("search", "reconcile")) {
                List<Double> ms = new ArrayList<>();
                int found = 0;
                for (int round = 0; round < 2; round++) { // the first round warms up
                    ms.clear();
                    found = 0;
                    for (String q : sample) {
                        String url = service.equals("search") ? root + "/search?format=json&q=" + enc(q)
                                : root + "/reconcile?queries=" + enc("{\"q0\":{\"query\":\"" + q.replace("\"", "") + "\",\"limit\":10}}");
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                        ms.add((System.nanoTime() - t0) / 1e6);
                        if (r.statusCode() == 200 && r.body().contains("\"id\"")) {
                            found++;
                        }
                    }
                }
                Collections.sort(ms);
                System.out.printf("%s,%d,%.1f,%.1f,%d%n", service, ms.size(), ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), found);
            }
        } finally {
            server.stop();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
