package org.localkg.server.live;

import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The admin port's answer to what Jetty refuses itself (a path that does not exist, a malformed
 * request): {@code {"error": "..."}}, as {@link AdminIngestServlet} answers, instead of Jetty's
 * HTML page, which names the exception of a failure in its title.
 */
final class JsonErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String error = code == HttpStatus.NOT_FOUND_404 ? "nothing here: the admin endpoint is POST /admin/ingest?id=ID"
                // Jetty's own message for a refused request is safe to show; a failure's may carry its exception
                : cause == null && message != null && code < 500 ? message : HttpStatus.getMessage(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        JsonObject out = new JsonObject();
        out.addProperty("error", error);
        response.write(true, ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
