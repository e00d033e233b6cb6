package org.localkg.server.ld;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** 406 with the list of what is on offer. */
public final class NotAcceptable {
    private NotAcceptable() {}

    public static void send(HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        resp.setContentType("text/plain; charset=utf-8");
        StringBuilder b = new StringBuilder("406 Not Acceptable: this resource is available as ");
        for (Formats.Format f : Formats.all()) {
            b.append(f.mediaType).append(' ');
        }
        resp.getWriter().println(b.toString().strip());
    }
}
