package org.localkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localkg.Pipeline;
import org.localkg.server.KgServer;
import org.localkg.server.live.AdminIngestServlet;
import org.localkg.server.live.AdminServer;
import org.localkg.server.live.AdminToken;
import org.localkg.server.live.FolderWatcher;
import org.localkg.server.live.LiveIngest;
import org.localkg.server.guard.ServicePolicy;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store with embedded Fuseki: read-only SPARQL at /kg/sparql (and /kg/query), entity IRIs under /id/.",
            "With --watch DIR, new and changed pages in DIR are ingested while serving; with an admin token, POST /admin/ingest takes pages.",
            "Example: kg serve --store store --port 3030 --watch pages/"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 3030;

    @Option(names = "--base", paramLabel = "IRI",
            description = "base of the IRIs in the store (default: the one the store records); another than the recorded one is refused")
    String base;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit of one query (default: ${DEFAULT-VALUE})")
    int timeout = 30;

    @Option(names = "--result-limit", paramLabel = "ROWS", description = "most rows one query returns (default: ${DEFAULT-VALUE})")
    long resultLimit = 10_000;

    @Option(names = "--host", paramLabel = "HOST", description = "the interface to listen on, e.g. 127.0.0.1 behind a proxy (default: every interface)")
    String host;

    @Option(names = "--max-string-chars", paramLabel = "CHARS",
            description = "longest string one query may build with CONCAT, REPLACE or GROUP_CONCAT; longer is a 400 (default: ${DEFAULT-VALUE})")
    int maxStringChars = 1_000_000;

    @Option(names = "--max-offset", paramLabel = "ROWS",
            description = "largest OFFSET one query may skip; larger is a 400 (default: ${DEFAULT-VALUE})")
    long maxOffset = 100_000;

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "a host SPARQL SERVICE clauses may call (repeat or separate with commas; never loopback or private addresses). Default: SERVICE is refused")
    java.util.List<String> allowService = java.util.List.of();

    @Option(names = "--watch", paramLabel = "DIR",
            description = "ingest the .txt files below DIR now, and every one that appears or changes while serving (ids: paths below DIR)")
    Path watch;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "enables POST /admin/ingest, for requests with Authorization: Bearer <the file's first line>; or set $" + AdminToken.ENV)
    Path adminTokenFile;

    @Option(names = "--admin-port", paramLabel = "N", description = "port of the admin endpoint (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int adminPort = 3031;

    @Option(names = "--admin-host", paramLabel = "HOST", description = "address the admin port listens on (default: ${DEFAULT-VALUE}: this machine only)")
    String adminHost = "127.0.0.1";

    @Option(names = "--admin-on-public-port", description = "serve /admin/ingest on the public port instead of a port of its own")
    boolean adminOnPublicPort;

    @Mixin
    InputLimitOptions limits = new InputLimitOptions();

    @Override
    public Integer call() {
        ServicePolicy services = allowService.isEmpty() ? ServicePolicy.none() : ServicePolicy.allow(allowService);
        String busy = portInUse(port);
        if (busy != null) {
            System.err.println("kg serve: " + busy);
            return 1;
        }
        KgStore kg = KgStore.open(store.path());
        String served;
        try {
            served = kg.base(base, localBase(port));
        } catch (IllegalArgumentException e) {
            kg.close();
            throw e;
        }
        AdminToken token = adminToken();
        KgServer.Builder builder = configured(kg, port, served, timeout, resultLimit, services).maxStringChars(maxStringChars).maxOffset(maxOffset);
        if (host != null) {
            builder.host(host);
        }
        if (watch == null && token == null) {
            started(kg, builder).join();
            return 0;
        }
        LiveIngest live = new LiveIngest(kg, new Pipeline(served).limits(limits.limits()), new ProgressPrinter(System.err));
        AdminIngestServlet ingest = token == null ? null : new AdminIngestServlet(live, token);
        if (ingest != null && adminOnPublicPort) {
            builder.adminOnPublicPort(ingest);
        }
        KgServer server = started(kg, builder);
        if (ingest != null) {
            String host = "localhost";
            int at = server.port();
            if (!adminOnPublicPort) {
                host = adminHost;
                at = new AdminServer(adminHost, adminPort, ingest).start().port();
            }
            System.err.printf("admin: POST http://%s:%d/admin/ingest?id=ID with Authorization: Bearer TOKEN%n", host, at);
        }
        if (watch != null) {
            new FolderWatcher(watch, live).start();
            System.err.printf("watching %s for new and changed .txt files%n", watch);
        }
        server.join();
        return 0;
    }

    /** The admin token from --admin-token-file or the environment, or null when neither gives one. */
    private AdminToken adminToken() {
        if (adminTokenFile != null) {
            return AdminToken.fromFile(adminTokenFile);
        }
        String env = System.getenv(AdminToken.ENV);
        return env == null || env.isBlank() ? null : AdminToken.of(env);
    }

    /** The address a server on {@code port} of this machine answers at: a new store's default base. */
    static String localBase(int port) {
        return port == 0 ? org.localkg.rdf.IriMinter.DEFAULT_BASE : "http://localhost:" + port + "/"; // 0: a port chosen at start
    }

    /** Why {@code port} cannot be served on (another program holds it), or null when it is free. */
    static String portInUse(int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(port));
            return null;
        } catch (java.io.IOException e) {
            return "port " + port + " is in use (" + e.getMessage() + "): stop what holds it or choose another with --port";
        }
    }

    static int serve(KgStore kg, int port, String base, int timeoutSeconds, long resultLimit, ServicePolicy services) {
        started(kg, configured(kg, port, base, timeoutSeconds, resultLimit, services)).join();
        return 0;
    }

    private static KgServer.Builder configured(KgStore kg, int port, String base, int timeoutSeconds, long resultLimit,
            ServicePolicy services) {
        return KgServer.builder(kg).services(services).port(port).base(base).queryTimeout(timeoutSeconds * 1000L).resultLimit(resultLimit);
    }

    private static KgServer started(KgStore kg, KgServer.Builder builder) {
        KgServer server = builder.build().start();
        System.err.printf("serving %s on http://localhost:%d/ (SPARQL: http://localhost:%d/kg/sparql); Ctrl-C stops%n",
                kg.location(), server.port(), server.port());
        return server;
    }
}
