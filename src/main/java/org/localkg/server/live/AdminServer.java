package org.localkg.server.live;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The admin endpoints on a port of their own, apart from the public one: by default bound to the
 * loopback address, so that only the machine itself (or a proxy the operator sets up) reaches
 * it. The public server never has {@code /admin/} unless the operator asks for it.
 */
public final class AdminServer {
    private final Server jetty;

    public AdminServer(String host, int port, HttpServlet ingest) {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(ingest), "/admin/ingest");
        // every other path, whatever the method, is not found (Jetty's default servlet answers a POST with 405)
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }), "/");
        // errors Jetty answers itself, in the context (unknown paths) or before it (malformed requests)
        context.setErrorHandler(new JsonErrors());
        jetty.setErrorHandler(new JsonErrors());
        jetty.setHandler(context);
    }

    public AdminServer start() {
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the admin server: " + e.getMessage(), e);
        }
        return this;
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }


    public void stop() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping anyway
        }
    }
}
