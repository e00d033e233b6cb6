package org.localkg.server.guard;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * CORS for what browser-based RDF clients read from another origin: the SPARQL endpoint, entity
 * IRIs and data documents, VoID, the ontology, the dump, the label search and the reconciliation service. These are public
 * and read-only, so any origin may read them: {@code Access-Control-Allow-Origin: *}, never with
 * credentials (no cookie or password means anything here). The HTML pages and the query page are
 * for people on this site and get no CORS header.
 */
final class PublicCors extends Handler.Wrapper {
    private static final List<String> PUBLIC_PREFIXES = List.of("/kg/", "/id/", "/data/", "/reconcile");
    private static final List<String> PUBLIC_PATHS = List.of("/kg", "/.well-known/void", "/ontology", "/dump.nq.gz", "/search");

    static boolean isPublic(String path) {
        return PUBLIC_PATHS.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // the same "*" whatever the Origin, so a cached answer is right for every origin
        if (!isPublic(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        boolean preflight = request.getMethod().equals("OPTIONS") && request.getHeaders().get(HttpHeader.ORIGIN) != null
                && request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (preflight) {
            h.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, HEAD, OPTIONS");
            h.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, Content-Type, X-Requested-With");
            h.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "3600");
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        h.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "Location, Link, Content-Type, Vary, " + ResultLimitHeaders.CUT);
        return super.handle(request, response, callback);
    }
}
