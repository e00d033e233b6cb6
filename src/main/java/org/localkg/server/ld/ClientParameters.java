package org.localkg.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The output-format parameters SPARQL clients add to a query, made ones Fuseki understands.
 * SPARQLWrapper sends its format under three names at once ({@code format}, {@code output},
 * {@code results}) with values such as {@code rdf+xml}, {@code n3} or {@code json-ld}, often
 * twice (the short name and the media type); Fuseki reads the first of {@code output} or
 * {@code format} as a short name or media type and refuses the rest. Here the first value of
 * any of them that names a known format becomes the one {@code output}; names of no known
 * format are dropped, and the Accept header decides.
 */
final class ClientParameters {
    static final List<String> NAMES = List.of("output", "format", "results");
    /** Names clients use, to what Fuseki understands (its short names, or a media type). */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("json", "json"), Map.entry("xml", "xml"), Map.entry("csv", "csv"), Map.entry("tsv", "tsv"),
            Map.entry("text", "text"),
            Map.entry("application/sparql-results+json", "json"), Map.entry("application/sparql-results+xml", "xml"),
            Map.entry("text/csv", "csv"), Map.entry("text/tab-separated-values", "tsv"),
            Map.entry("rdf+xml", "application/rdf+xml"), Map.entry("rdf", "application/rdf+xml"),
            Map.entry("rdfxml", "application/rdf+xml"), Map.entry("application/rdf+xml", "application/rdf+xml"),
            Map.entry("turtle", "text/turtle"), Map.entry("ttl", "text/turtle"), Map.entry("text/turtle", "text/turtle"),
            Map.entry("n3", "text/turtle"), Map.entry("text/n3", "text/turtle"), Map.entry("text/rdf+n3", "text/turtle"),
            Map.entry("json-ld", "application/ld+json"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("application/ld+json", "application/ld+json"),
            Map.entry("nt", "application/n-triples"), Map.entry("ntriples", "application/n-triples"),
            Map.entry("n-triples", "application/n-triples"), Map.entry("application/n-triples", "application/n-triples"));

    private ClientParameters() {}

    static boolean present(HttpServletRequest req) {
        return NAMES.stream().anyMatch(n -> req.getParameter(n) != null);
    }

    /** The request with at most one {@code output}, a format Fuseki knows, and no {@code format} or {@code results}. */
    static HttpServletRequest normalised(HttpServletRequest req) {
        String chosen = null;
        for (String name : NAMES) {
            String[] values = req.getParameterValues(name);
            for (String v : values == null ? new String[0] : values) {
                String known = KNOWN.get(v.trim().toLowerCase(Locale.ROOT));
                if (chosen == null && known != null) {
                    chosen = known;
                }
            }
        }
        Map<String, String[]> params = new LinkedHashMap<>(req.getParameterMap());
        NAMES.forEach(params::remove);
        if (chosen != null) {
            params.put("output", new String[] {chosen});
        }
        Map<String, String[]> fixed = Collections.unmodifiableMap(params);
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getParameter(String name) {
                String[] v = fixed.get(name);
                return v == null || v.length == 0 ? null : v[0];
            }

            @Override
            public String[] getParameterValues(String name) {
                return fixed.get(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return fixed;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(fixed.keySet());
            }
        };
    }
}
