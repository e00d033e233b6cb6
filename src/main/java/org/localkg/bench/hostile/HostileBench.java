package org.localkg.bench.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.localkg.bench.SyntheticCorpus;
import org.localkg.rdf.IriMinter;
import org.localkg.rdf.LKG;
import org.localkg.server.guard.HttpLimits;
import org.localkg.store.DiskUsage;

/**
 * The hostile benchmark: a generated corpus ingested into a store, the real server started on it
 * in a JVM of its own, then {@code hostile} clients sending {@link HostileRequests} for a fixed
 * time while one light client asks for an entity and a small SELECT. During the load the server's
 * memory is read every second and its threads every few; after the load, once every query's
 * deadline has passed by a second, its threads are read once more.
 */
public final class HostileBench {
    /** Time between two requests of the light client: a person browsing, not a load generator. */
    private static final long LIGHT_PAUSE_MILLIS = 100;
    /** Requests of each light kind sent before the load, so that the light client's figures are not the JIT's. */
    private static final int WARM_UP = 20;

    private final HostileSettings settings;

    public HostileBench(HostileSettings settings) {
        this.settings = settings;
    }

    /** Runs the benchmark in {@code dir} (corpus, store and logs); progress goes to standard error. */
    public HostileRun run(Path dir) throws IOException, InterruptedException {
        Path corpus = dir.resolve("corpus");
        Path store = dir.resolve("store");
        System.err.printf("kg bench hostile: %d pages ...%n", settings.pages());
        new SyntheticCorpus(1).write(corpus, settings.pages());
        KgProcess kg = new KgProcess(settings.heap());
        if (kg.run(dir.resolve("ingest.log"), 60, "ingest", "--store", store.toString(), corpus.toString()) != 0) {
            // a few generated articles can fail the shapes; the others are stored, which is all the load needs
            System.err.printf("kg bench hostile: kg ingest skipped some articles (its log, kept with --keep: %s); going on%n",
                    dir.resolve("ingest.log"));
        }
        long storeBytes = DiskUsage.of(store);
        System.err.printf("kg bench hostile: serving with %s; server log %s%n", kg.jvmOptions(), dir.resolve("server.log"));
        try (ServerProcess server = ServerProcess.start(kg, store, settings.timeoutSeconds(), dir.resolve("server.log"));
             ServerProbe probe = ServerProbe.attach(server.pid())) {
            return load(server, probe, storeBytes);
        }
    }

    private HostileRun load(ServerProcess server, ServerProbe probe, long storeBytes) throws IOException, InterruptedException {
        int timeout = settings.timeoutSeconds();
        Duration patience = Duration.ofSeconds(2L * timeout + 30);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpClient lightHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        List<NamedRequest> light = lightRequests(lightHttp, server.root(), patience);
        warmUp(lightHttp, light);
        MemorySamples memory = new MemorySamples(server.pid());
        memory.run();
        long idleRss = memory.last().rss();
        long maxHeap = probe.maxHeapBytes();
        long gcBefore = probe.gcMillis();

        // every query's thread ends within a second of its deadline, so its client has the answer by
        // then; a request that waited for a slot (more clients than the server handles at once) may
        // start its query up to a time limit later
        int clientsAtOnce = settings.hostile() + 1;
        int mayWait = clientsAtOnce > HttpLimits.defaults(timeout * 1000L).maxActive() ? timeout : 0;
        List<NamedRequest> hostile = HostileRequests.all(server.root(), patience);
        StatusTally tally = new StatusTally(hostile.stream().map(NamedRequest::kind).toList(), timeout + 1 + mayWait);
        LatencyLog lightLog = new LatencyLog();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger busyDuringRun = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < settings.hostile(); i++) {
            clients.add(started("hostile-" + i, new ClientLoop(http, hostile, i, 0, stop, tally)));
        }
        clients.add(started("light", new ClientLoop(lightHttp, light, 0, LIGHT_PAUSE_MILLIS, stop, lightLog)));
        ScheduledExecutorService samplers = Executors.newScheduledThreadPool(2);
        samplers.scheduleAtFixedRate(memory, 1, 1, TimeUnit.SECONDS);
        samplers.scheduleAtFixedRate(() -> busyDuringRun.accumulateAndGet(probe.busyThreads().size(), Math::max),
                settings.sampleSeconds(), settings.sampleSeconds(), TimeUnit.SECONDS);
        System.err.printf("kg bench hostile: %d hostile clients and one light client for %d s ...%n", settings.hostile(), settings.seconds());
        Thread.sleep(settings.seconds() * 1000L);
        stop.set(true);
        long stopped = System.nanoTime();

        // and so every query started before the stop has its deadline by then too
        long checkAfterMillis = (timeout + 1 + mayWait) * 1000L;
        System.err.printf("kg bench hostile: stopped; reading the server's threads %.0f s later ...%n", checkAfterMillis / 1000.0);
        Thread.sleep(Math.max(0, checkAfterMillis - (System.nanoTime() - stopped) / 1_000_000));
        // a server that died under the load has no threads to read: the report fails it as not running
        boolean alive = server.isAlive();
        List<ServerProbe.BusyThread> busyAfter = alive ? probe.busyThreads() : List.of();
        double checkedAfter = (System.nanoTime() - stopped) / 1e9;
        long gcMillis = alive ? probe.gcMillis() - gcBefore : -1;
        for (ServerProbe.BusyThread t : busyAfter) {
            System.err.printf("  still busy: %s in %s%n", t.name(), t.where());
        }
        long giveUp = System.nanoTime() + patience.toNanos();
        for (Thread c : clients) {
            c.join(Math.max(1, (giveUp - System.nanoTime()) / 1_000_000));
        }
        samplers.shutdownNow();
        samplers.awaitTermination(10, TimeUnit.SECONDS);
        memory.run();
        ProcStatus end = memory.last();
        return new HostileRun(settings, tally.rows(), tally.total(), tally.lateAfterSeconds(), lightLog, busyDuringRun.get(), busyAfter, checkedAfter,
                server.outOfMemoryErrors(), end.peakRss(), end.rss(), memory.maxAnon(), memory.maxFile(), idleRss,
                maxHeap, gcMillis, storeBytes, alive && server.isAlive());
    }

    /**
     * The light client's two requests: an enterprise of the store dereferenced as Turtle (following
     * the 303 to its data, as a Linked Data client does) and a SELECT of ten labels.
     */
    private static List<NamedRequest> lightRequests(HttpClient http, String root, Duration patience) throws IOException, InterruptedException {
        String base = IriMinter.DEFAULT_BASE;
        String find = "SELECT ?e WHERE { ?e a <" + LKG.Enterprise.getURI() + "> FILTER(STRSTARTS(STR(?e), \"" + base + "\")) } LIMIT 1";
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query=" + enc(find)))
                .header("Accept", "text/csv").timeout(patience).build(), HttpResponse.BodyHandlers.ofString());
        List<String> lines = found.body().lines().toList();
        if (found.statusCode() != 200 || lines.size() < 2) {
            throw new IllegalStateException("the store has no enterprise to look up: " + found.statusCode() + " " + found.body());
        }
        String entity = lines.get(1).trim();
        String labels = "SELECT ?s ?label WHERE { ?s <" + LKG.label.getURI() + "> ?label } LIMIT 10";
        return List.of(
                new NamedRequest("look-up", HttpRequest.newBuilder(URI.create(root + "/" + entity.substring(base.length())))
                        .header("Accept", "text/turtle").timeout(patience).build()),
                new NamedRequest("SELECT LIMIT 10", HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query=" + enc(labels)))
                        .header("Accept", "application/sparql-results+json").timeout(patience).build()));
    }

    private static void warmUp(HttpClient http, List<NamedRequest> requests) throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            for (NamedRequest r : requests) {
                int status = http.send(r.request(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    throw new IllegalStateException("the light client's " + r.kind() + " is answered " + status + " on an idle server");
                }
            }
        }
    }

    private static Thread started(String name, Runnable client) {
        Thread t = new Thread(client, name);
        t.start();
        return t;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
