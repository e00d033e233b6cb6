package org.localkg.bench.queries;

import java.net.http.HttpHeaders;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What one SPARQL request got, judged the same way for every endpoint: rows of a complete answer
 * (the result fully read and parsed), a timeout, or an error with its reason.
 */
public record Answer(Kind kind, long rows, boolean cut, String reason) {
    public enum Kind { ROWS, TIMEOUT, ERROR }

    /**
     * Judges a response to a SELECT asked as SPARQL JSON results. A timeout is our server's 503
     * (its query time limit) or Virtuoso's "anytime" answer, a 200 carrying the partial rows its
     * time limit left with an {@code X-SQL-State} header: counted as a timeout, not as rows.
     */
    public static Answer of(int status, HttpHeaders headers, String body) {
        if (status == 503 || headers.firstValue("X-SQL-State").isPresent()) {
            return timeout("HTTP " + status + headers.firstValue("X-SQL-State").map(s -> " (" + s + ")").orElse(""));
        }
        if (status != 200) {
            return error("HTTP " + status + ": " + firstLine(body));
        }
        JsonArray bindings;
        try {
            JsonObject results = JSON.parse(body).get("results").getAsObject();
            bindings = results.get("bindings").getAsArray();
        } catch (RuntimeException e) {
            return error("not SPARQL JSON results: " + firstLine(body));
        }
        return new Answer(Kind.ROWS, bindings.size(), headers.firstValue("X-Result-Limit-Cut").isPresent(), "");
    }

    public static Answer timeout(String reason) {
        return new Answer(Kind.TIMEOUT, -1, false, reason);
    }

    public static Answer error(String reason) {
        return new Answer(Kind.ERROR, -1, false, reason);
    }

    private static String firstLine(String body) {
        // shown in a Markdown table cell: no bar may end the cell
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("").replace("|", "/");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
