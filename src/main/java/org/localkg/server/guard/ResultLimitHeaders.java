package org.localkg.server.guard;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The response header that tells a client the result limit cut its answer:
 * {@code X-Result-Limit-Cut: N}, N the limit. Browsers' scripts (YASGUI) may read it across
 * origins, since the CORS headers expose it.
 */
public final class ResultLimitHeaders {
    public static final String CUT = "X-Result-Limit-Cut";

    private ResultLimitHeaders() {}

    public static void cut(HttpServletResponse resp, long limit) {
        resp.setHeader(CUT, Long.toString(limit));
    }
}
