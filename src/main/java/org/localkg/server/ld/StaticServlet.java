package org.localkg.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Files bundled under {@code org/localkg/web/} (the YASGUI build), served from the jar. */
final class StaticServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String p = req.getPathInfo();
        if (p == null || p.contains("..")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/localkg/web" + p)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(p.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : p.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream");
            resp.setHeader("Cache-Control", "max-age=86400");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
