package org.localkg.server.ld;

import jakarta.servlet.http.HttpServletResponse;

/** Data documents and pages are public: any origin may read them (browser-based RDF clients). */
final class Cors {
    private Cors() {}

    static void allow(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", "Location, Link, Content-Type, Vary");
    }
}
