package org.localkg.server.live;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.localkg.ingest.Source;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.SourceReader;
import org.localkg.store.DiskFull;
import org.localkg.store.IngestSummary;

/**
 * {@code POST /admin/ingest?id=2024-12-28/A1.txt} with a page's text as the body ingests it under
 * that source id, as if it were that file below an ingested folder: a new id adds the page, a
 * known id with other text replaces its articles, the same text changes nothing. Answers JSON
 * with what was done. Refused (401) without the admin token; a body over the file size limit is
 * refused (413) before anything is stored. Errors are JSON too, never an exception's name or trace.
 */
public final class AdminIngestServlet extends HttpServlet {
    /** A source id: a relative path of plain names, as a folder's files get. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_.-]+(/[\\p{L}\\p{N}_.-]+)*");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdminIngestServlet.class);

    private final LiveIngest ingest;
    private final AdminToken token;

    public AdminIngestServlet(LiveIngest ingest, AdminToken token) {
        this.ingest = ingest;
        this.token = token;
    }

    /**
     * Every answer but a success is {@code {"error": "..."}}: a method other than POST (which
     * {@link HttpServlet} would answer with Jetty's HTML page), a full disk (507), and whatever
     * else goes wrong inside (500, in one line; the log says what it was).
     */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            error(resp, 405, "the admin endpoint takes POST only: POST /admin/ingest?id=ID with the page as the body");
            return;
        }
        try {
            doPost(req, resp);
        } catch (RuntimeException | Error e) {
            if (DiskFull.in(e)) {
                Path store = ingest.store();
                System.err.println(DiskFull.line("kg serve", store, "the page " + idFromQuery(req.getQueryString())
                        + " posted to /admin/ingest was not stored (answered 507)"));
                error(resp, 507, "the disk holding the store is full (" + DiskFull.free(store) + "): the page was not stored;"
                        + " post it again once space is freed");
                return;
            }
            // the class and message of a failure nobody foresaw are for the operator's log, not for the client
            System.err.println("kg serve: POST /admin/ingest?id=" + idFromQuery(req.getQueryString()) + " failed (answered 500): " + e);
            LOG.debug("admin ingest failed", e);
            error(resp, 500, "the page could not be ingested because of an internal error; the server's log says which");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!token.admits(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"kg admin\"");
            error(resp, 401, "the admin token is missing or wrong (send Authorization: Bearer TOKEN)");
            return;
        }
        String id = idFromQuery(req.getQueryString());
        // no . or .. segment: ../x leaves the store's ids, and ./a.txt would be a second id of a.txt
        if (id == null || id.length() > 200 || !ID.matcher(id).matches() || id.contains("..") || ("/" + id + "/").contains("/./")) {
            error(resp, 400, "give the page's source id as ?id=, a relative path such as 2024-12-28/A1.txt");
            return;
        }
        long max = ingest.pipeline().limits().maxFileBytes();
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            error(resp, 400, "the page's body could not be read to its end");
            return;
        }
        if (body.length > max) {
            error(resp, 413, "the page is larger than the limit of " + max + " bytes");
            return;
        }
        IngestSummary s;
        try {
            Source source = SourceReader.fromBytes(id, "admin:" + id, body, org.localkg.ingest.Metadata.NONE);
            s = ingest.page(source);
        } catch (SourceException e) {
            error(resp, 400, e.getMessage());
            return;
        }
        JsonObject out = new JsonObject();
        out.addProperty("id", id);
        out.addProperty("added", s.added());
        out.addProperty("replaced", s.replaced());
        out.addProperty("unchanged", s.unchanged());
        out.addProperty("articles", s.articles());
        out.addProperty("rejected", s.rejected());
        out.addProperty("triples", s.triples());
        out.addProperty("millis", s.millis());
        JsonArray failures = new JsonArray();
        s.failures().forEach(failures::add);
        out.add("failures", failures);
        write(resp, 200, out);
    }

    /**
     * The {@code id} of the query string, read without {@code getParameter}: that would parse the
     * body as a form whenever a client labels it so (curl's {@code --data-binary} does), and
     * refuse a page as form content.
     */
    static String idFromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("id=")) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null; // a broken escape: no usable id
                }
            }
        }
        return null;
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject out = new JsonObject();
        out.addProperty("error", message);
        write(resp, status, out);
    }

    private static void write(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
