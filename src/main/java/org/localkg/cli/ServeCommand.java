package org.localkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localkg.server.KgServer;
import org.localkg.server.guard.ServicePolicy;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store with embedded Fuseki: read-only SPARQL at /kg/sparql (and /kg/query), entity IRIs under /id/.",
            "Example: kg serve --store store --port 3030"})
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

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "a host SPARQL SERVICE clauses may call (repeat or separate with commas; never loopback or private addresses). Default: SERVICE is refused")
    java.util.List<String> allowService = java.util.List.of();

    @Override
    public Integer call() {
        ServicePolicy services = allowService.isEmpty() ? ServicePolicy.none() : ServicePolicy.allow(allowService);
        KgStore kg = KgStore.open(store.path());
        String served;
        try {
            served = kg.base(base);
        } catch (IllegalArgumentException e) {
            kg.close();
            throw e;
        }
        return serve(kg, port, served, timeout, resultLimit, services);
    }

    static int serve(KgStore kg, int port, String base, int timeoutSeconds, long resultLimit, ServicePolicy services) {
        KgServer server = KgServer.builder(kg).services(services)
                .port(port).base(base).queryTimeout(timeoutSeconds * 1000L).resultLimit(resultLimit).build().start();
        System.err.printf("serving %s on http://localhost:%d/ (SPARQL: http://localhost:%d/kg/sparql); Ctrl-C stops%n",
                kg.location(), server.port(), server.port());
        server.join();
        return 0;
    }
}
