package org.localkg.server.guard;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which {@code SERVICE} calls the public endpoint may make. By default none: a query must not make
 * the server fetch anything, or it could read the host's network (loopback, private ranges) and
 * hand back what it found. An operator may name hosts for federation ({@code --allow-service});
 * even then only http(s) IRIs to those hosts are called, and only while every address the host
 * resolves to is public (never loopback, link-local, private, shared or multicast ranges).
 */
public final class ServicePolicy {
    private final Set<String> hosts;

    private ServicePolicy(Set<String> hosts) {
        this.hosts = hosts;
    }

    public static ServicePolicy none() {
        return new ServicePolicy(Set.of());
    }

    /** Federation to these host names only; each is checked here, so a bad one fails at start-up. */
    public static ServicePolicy allow(List<String> hostNames) {
        Set<String> set = new TreeSet<>();
        for (String h : hostNames) {
            String host = h.strip().toLowerCase(Locale.ROOT);
            if (host.isEmpty() || !host.matches("[a-z0-9.-]+|\\[[0-9a-f:]+\\]")) {
                throw new IllegalArgumentException("--allow-service takes host names (e.g. query.wikidata.org): " + h);
            }
            if (host.equals("localhost") || host.endsWith(".localhost")) {
                throw new IllegalArgumentException("--allow-service never allows the loopback host: " + h);
            }
            set.add(host);
        }
        return new ServicePolicy(Set.copyOf(set));
    }

    public Set<String> hosts() {
        return hosts;
    }

    /**
     * Installs the policy in a dataset's context: SERVICE is off altogether when no host is allowed,
     * and every SERVICE call, wherever it stands in a query (sub-query, EXISTS, a variable bound at
     * run time), passes the check before ARQ's HTTP executor is reached.
     */
    public void install(Context context) {
        context.set(ARQ.httpServiceAllowed, !hosts.isEmpty());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addBulkLink((op, input, execCxt, chain) -> {
            String refusal = refusal(op.getService());
            if (refusal != null) {
                throw new QueryDeniedException(refusal);
            }
            return chain.createExecution(op, input, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    /** Why a SERVICE to this node is refused, or null when it is allowed. */
    public String refusal(Node service) {
        if (hosts.isEmpty()) {
            return "SERVICE is not allowed on this endpoint";
        }
        if (service == null || !service.isURI()) {
            return "SERVICE must name its endpoint IRI; a variable is not allowed";
        }
        URI uri;
        try {
            uri = new URI(service.getURI());
        } catch (URISyntaxException e) {
            return "SERVICE IRI is not a valid URI";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "SERVICE may only call http or https endpoints";
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getUserInfo() != null || !hosts.contains(host)) {
            return "SERVICE may only call these hosts: " + String.join(", ", hosts);
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!isPublic(a)) {
                    return "SERVICE host " + host + " resolves to a non-public address";
                }
            }
        } catch (UnknownHostException e) {
            return "SERVICE host " + host + " does not resolve";
        }
        return null;
    }

    /** Not loopback, wildcard, link-local, private (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10) or multicast. */
    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xFF, second = b[1] & 0xFF;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 198 && (second == 18 || second == 19))
                    && first < 224;
        }
        return (b[0] & 0xFE) != 0xFC;
    }
}
