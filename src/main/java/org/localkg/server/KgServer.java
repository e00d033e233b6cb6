package org.localkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * Embedded Fuseki over a store. The dataset {@code /kg} answers SPARQL queries at
 * {@code /kg/sparql} and {@code /kg/query} (GET and POST), nothing else: no update, no upload.
 * The default graph is the union of all article graphs. Entity IRIs under {@code BASE/id/}
 * dereference. What the public may not do (SERVICE, unbounded results, slow bodies that hold
 * threads, cross-origin credentials) is refused by the classes of {@code server/guard}.
 */
public final class KgServer {
    public static final String DATASET = "/kg";

    /**
     * Above this many rows a top-N sort ({@link org.localkg.server.guard.BoundedSorts}) is not worth
     * its priority queue, which Jena allocates at its full size for every such query (4 MB at this size);
     * with larger limits the sort is Jena's full one.
     */
    private static final long MOST_ROWS_KEPT_BY_TOP_N = 1_000_000;

    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    public static Builder builder(org.localkg.store.KgStore store) {
        return new Builder(store.dataset().asDatasetGraph(), store.labels());
    }

    public KgServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getPort();
    }

    public void stop() {
        server.stop();
    }

    public void join() {
        server.join();
    }

    /** Settings checked as they are given; {@link #build()} freezes them. */
    public static final class Builder {
        private final DatasetGraph dsg;
        private final org.localkg.search.LabelIndex labels;
        private int port = 3030;
        private String base = org.localkg.rdf.IriMinter.DEFAULT_BASE;
        private long timeoutMillis = 30_000;
        private long maxRows = 10_000;
        private int maxStringChars = 1_000_000;
        private long maxOffset = 100_000;
        private boolean loopback = false;
        private String host;
        private org.localkg.server.guard.ServicePolicy services = org.localkg.server.guard.ServicePolicy.none();
        private org.localkg.server.guard.HttpLimits limits;
        private jakarta.servlet.http.HttpServlet publicAdmin;

        private Builder(DatasetGraph dsg, org.localkg.search.LabelIndex labels) {
            this.dsg = dsg;
            this.labels = labels;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder base(String base) {
            new org.localkg.rdf.IriMinter(base, s -> s); // validates
            this.base = base.endsWith("/") ? base : base + "/";
            return this;
        }

        public Builder queryTimeout(long millis) {
            if (millis <= 0) {
                throw new IllegalArgumentException("the query time limit must be positive: " + millis);
            }
            this.timeoutMillis = millis;
            return this;
        }

        /** The most rows a query returns on the public endpoint. */
        public Builder resultLimit(long rows) {
            if (rows <= 0) {
                throw new IllegalArgumentException("the result size limit must be positive: " + rows);
            }
            this.maxRows = rows;
            return this;
        }

        /**
         * The largest OFFSET a query may skip; larger is a 400. Skipping still sorts and reads every
         * skipped row, and a sort is not interrupted by the time limit; deep pages belong to the dump.
         */
        public Builder maxOffset(long rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("the offset limit must not be negative: " + rows);
            }
            this.maxOffset = rows;
            return this;
        }

        /** The longest string a query may build (CONCAT, REPLACE, GROUP_CONCAT); longer is a 400. */
        public Builder maxStringChars(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("the string size limit must be positive: " + chars);
            }
            this.maxStringChars = chars;
            return this;
        }

        /**
         * Serves {@code /admin/ingest} on the public port too: only when the operator asks for it
         * ({@code kg serve --admin-on-public-port}); by default the admin endpoint has a port of its own.
         */
        public Builder adminOnPublicPort(jakarta.servlet.http.HttpServlet ingest) {
            this.publicAdmin = ingest;
            return this;
        }

        /** The interface to listen on (an address or a host name); every interface by default. */
        public Builder host(String host) {
            try {
                java.net.InetAddress.getByName(host);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("unknown host to listen on: " + host);
            }
            this.host = host;
            return this;
        }

        /** Listen on the loopback interface only. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** Hosts a SERVICE clause may call; none by default. */
        public Builder services(org.localkg.server.guard.ServicePolicy services) {
            this.services = services;
            return this;
        }

        /** Body size, idle time and concurrency limits; by default {@link org.localkg.server.guard.HttpLimits#defaults}. */
        public Builder httpLimits(org.localkg.server.guard.HttpLimits limits) {
            this.limits = limits;
            return this;
        }

        public KgServer build() {
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            long sorted = org.localkg.server.guard.PublicQueryService.sortedRowsKept(maxRows, maxOffset);
            if (sorted < MOST_ROWS_KEPT_BY_TOP_N) {
                org.localkg.server.guard.BoundedSorts.install(dsg.getContext(), sorted);
            }
            services.install(dsg.getContext());
            org.localkg.server.guard.BoundedExpressions.configure(maxStringChars, timeoutMillis);
            org.localkg.server.guard.HttpLimits http = limits != null ? limits
                    : org.localkg.server.guard.HttpLimits.defaults(timeoutMillis);
            DataService service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "")
                    .build();
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    // CORS, body and concurrency limits are Jetty handlers around Fuseki (HttpLimits)
                    .enableCors(false)
                    // liveness (/$/ping) and Prometheus metrics (/$/metrics) for whoever runs the server
                    .enablePing(true)
                    .enableMetrics(true)
                    .numServerThreads(4, http.maxThreads())
                    .registerOperation(Operation.Query, org.apache.jena.riot.WebContent.contentTypeSPARQLQuery,
                            new org.localkg.server.guard.PublicQueryService(maxRows, maxOffset, services))
                    .add(DATASET, service)
                    .addServlet("/ontology", new OntologyServlet())
                    .fusekiModules(org.apache.jena.fuseki.main.sys.FusekiModules.create(
                            new org.localkg.server.ld.LinkedDataModule(dsg, labels, base, timeoutMillis, maxRows)));
            if (publicAdmin != null) {
                builder.addServlet("/admin/ingest", publicAdmin);
            }
            FusekiServer fuseki = builder.build();
            http.apply(fuseki.getJettyServer());
            if (host != null) {
                for (var c : fuseki.getJettyServer().getConnectors()) {
                    if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                        sc.setHost(host);
                    }
                }
            }
            return new KgServer(fuseki);
        }
    }
}
