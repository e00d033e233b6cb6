package org.localkg.server.guard;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The public server's limits, set with Jetty's own handlers around Fuseki's servlet context
 * (outermost first):
 * <ol>
 * <li>{@link SecurityHeaders}: security headers on every response; TRACE refused;</li>
 * <li>{@link PublicCors}: CORS where it is meant;</li>
 * <li>{@link SizeLimitHandler}: a request body over {@code maxBodyBytes} is answered 413;</li>
 * <li>{@link EagerContentHandler}: a request body is read asynchronously, without a thread, before
 * Fuseki (which reads with blocking I/O) is called, so clients whose bodies trickle in hold a
 * connection but never one of the server's threads;</li>
 * <li>{@link QoSHandler}: at most {@code maxActive} requests are handled at once; more wait, without
 * a thread, for up to the query time limit and are then answered 503, so the pool always keeps
 * threads for Jetty's own selectors and for new connections.</li>
 * </ol>
 * Every connector closes a connection idle (nothing read or written) for {@code idleMillis}.
 */
public record HttpLimits(long maxBodyBytes, long idleMillis, int maxThreads, int maxActive, Duration maxWait) {
    public static HttpLimits defaults(long queryTimeoutMillis) {
        // idle a little longer than the query limit: a query still running is not idle I/O the client caused
        return new HttpLimits(1 << 20, queryTimeoutMillis + 10_000, 64, 40, Duration.ofMillis(queryTimeoutMillis));
    }

    public void apply(Server jetty) {
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setIdleTimeout(idleMillis);
            }
        }
        QoSHandler qos = new QoSHandler();
        qos.setMaxRequestCount(maxActive);
        qos.setMaxSuspend(maxWait);
        jetty.insertHandler(qos);
        jetty.insertHandler(new EagerContentHandler(
                new EagerContentHandler.FormContentLoaderFactory(-1, (int) maxBodyBytes),
                new EagerContentHandler.RetainedContentLoaderFactory(maxBodyBytes, -1, true)));
        jetty.insertHandler(new SizeLimitHandler(maxBodyBytes, -1));
        jetty.insertHandler(new PublicCors());
        jetty.insertHandler(new SecurityHeaders());
    }
}
