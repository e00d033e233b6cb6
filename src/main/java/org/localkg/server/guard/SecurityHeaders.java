package org.localkg.server.guard;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers every response carries, and the methods nobody needs: {@code TRACE} (and {@code TRACK})
 * would echo a request's headers back, so they are answered 405 before anything else sees them.
 * The content policy allows only this server's own scripts and styles (pages are server-rendered;
 * the query page loads its script files from {@code /static/}), and no page may be framed, except
 * the reconciliation preview cards, which clients such as OpenRefine show in a frame of their own.
 */
final class SecurityHeaders extends Handler.Wrapper {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";
    static final String PREVIEW = "/reconcile/preview";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable h = response.getHeaders();
        h.put("X-Content-Type-Options", "nosniff");
        boolean preview = Request.getPathInContext(request).equals(PREVIEW);
        if (!preview) {
            h.put("X-Frame-Options", "DENY");
        }
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY + (preview ? "*" : "'none'"));
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        String method = request.getMethod();
        if (method.equalsIgnoreCase("TRACE") || method.equalsIgnoreCase("TRACK")) {
            h.put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "method not allowed");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
