package org.localkg.bench.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.localkg.rdf.LKG;

/**
 * The requests a hostile client sends, one of each kind the public endpoint has had to be
 * defended against (issue 20 and its follow-ups): each would hold a core, fill the heap or
 * overflow the stack of an unguarded server. What the guarded one answers is in the comment of
 * each; the benchmark counts what it does answer.
 */
public final class HostileRequests {
    private static final String NIF = "PREFIX nif: <" + LKG.NIF + ">\n";
    /** Fifty-nine a's and a b: no way of splitting them ends in a, and every way is tried. */
    private static final String AS_B = "a".repeat(59) + "b";

    private HostileRequests() {}

    /**
     * @param root    the server, {@code http://host:port}
     * @param timeout how long a client waits for one answer before it counts the request as lost
     */
    public static List<NamedRequest> all(String root, Duration timeout) {
        List<NamedRequest> out = new ArrayList<>();
        // backtracking: every page's text with the a's after it; holds a core until the time limit (503)
        out.add(sparql(root, timeout, "REGEX, backtracking",
                NIF + "SELECT ?a WHERE { ?a nif:isString ?t FILTER(REGEX(CONCAT(?t, \"" + AS_B + "\"), \"(.*a){20}$\")) }"));
        // every pair of article texts, concatenated into one string: the heap, unguarded; 400 at the string limit
        out.add(sparql(root, timeout, "GROUP_CONCAT, cross join of texts",
                NIF + "SELECT (STRLEN(GROUP_CONCAT(CONCAT(?t, ?u); SEPARATOR=\"|\")) AS ?n)"
                        + " WHERE { ?a nif:isString ?t . ?b nif:isString ?u }"));
        // each text copied 4,096 times over in four steps (12 million characters from a 3,000-character
        // one): 400 at the string limit from the first text of 245 characters or more
        String concat = NIF + "SELECT (STRLEN(?c4) AS ?n) WHERE { ?a nif:isString ?t";
        for (int level = 1; level <= 4; level++) {
            String in = level == 1 ? "?t" : "?c" + (level - 1);
            concat += " BIND(CONCAT(" + String.join(", ", java.util.Collections.nCopies(8, in)) + ") AS ?c" + level + ")";
        }
        out.add(sparql(root, timeout, "CONCAT, huge strings", concat + " }"));
        // each character of a text replaced by ten thousand: 400 at the string limit from the 101st character
        out.add(sparql(root, timeout, "REPLACE, huge strings",
                NIF + "SELECT (STRLEN(REPLACE(?t, \".\", \"" + "x".repeat(10_000) + "\")) AS ?n) WHERE { ?a nif:isString ?t }"));
        // skipping two million sorted rows sorts them all: 400 above --max-offset
        out.add(sparql(root, timeout, "ORDER BY, deep OFFSET",
                "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o OFFSET 2000000 LIMIT 10"));
        // every pair of triples, sorted: rows pile up in the sort until the time limit (503)
        out.add(sparql(root, timeout, "cross join, ORDER BY",
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"));
        // the parser recursed once per bracket until the stack overflowed: 400 before parsing
        out.add(sparql(root, timeout, "nested brackets",
                "SELECT * WHERE " + "{".repeat(5000) + " ?s ?p ?o " + "}".repeat(5000)));
        out.add(new NamedRequest("/reconcile, long batch", reconcileBatch(root, timeout)));
        return out;
    }

    /**
     * The longest batch {@code /reconcile} takes: 100 queries, each for the most candidates (100)
     * of names common to thousands of entities, with constraints to check on every candidate.
     * Answered 200, or 503 at the time limit.
     */
    private static HttpRequest reconcileBatch(String root, Duration timeout) {
        String[] common = {"有限公司", "科技", "项目", "开发区", "区委书记", "产业园", "新能源", "智能装备"};
        StringBuilder batch = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            if (i > 0) {
                batch.append(',');
            }
            batch.append("\"q").append(i).append("\":{\"query\":\"").append(common[i % common.length])
                    .append("\",\"limit\":100,\"type_strict\":\"should\",\"properties\":[{\"pid\":\"division\",\"v\":\"武进区\"},")
                    .append("{\"pid\":\"post\",\"v\":\"书记\"},{\"pid\":\"investment\",\"v\":\"10\"}]}");
        }
        batch.append('}');
        String body = "queries=" + URLEncoder.encode(batch.toString(), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(root + "/reconcile")).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A query as a SPARQL protocol POST (the nested one is 10 KB: too long for a URL). */
    private static NamedRequest sparql(String root, Duration timeout, String kind, String query) {
        return new NamedRequest(kind, HttpRequest.newBuilder(URI.create(root + "/kg/sparql")).timeout(timeout)
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }
}
