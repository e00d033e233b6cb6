package org.localkg.server.live;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.localkg.ingest.Source;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.SourceReader;
import org.localkg.store.IngestSummary;

/**
 * {@code POST /admin/ingest?id=2024-12-28/A1.txt} with a page's text as the body ingests it under
 * that source id, as if it were that file below an ingested folder: a new id adds the page, a
 * known id with other text replaces its articles, the same text changes nothing. Answers JSON
 * with what was done. Refused (401) without the admin token; a body over the file size limit is
 * refused (413) before anything is stored.
 */
public final class AdminIngestServlet extends HttpServlet {
    /** A source id: a relative path of plain names, as a folder's files get. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_.-]+(/[\\p{L}\\p{N}_.-]+)*");

    private final LiveIngest ingest;
    private final AdminToken token;

    public AdminIngestServlet(LiveIngest ingest, AdminToken token) {
        this.ingest = ingest;
        this.token = token;
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
