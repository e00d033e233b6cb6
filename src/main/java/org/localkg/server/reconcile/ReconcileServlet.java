package org.localkg.server.reconcile;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.localkg.search.LabelIndex;
import org.localkg.server.ld.Html;
import org.localkg.server.ld.Paths;

/**
 * {@code /reconcile}: the W3C Reconciliation Service API 0.2 (what OpenRefine speaks). GET or
 * POST, form parameters: none for the manifest, {@code queries} for a batch, {@code extend} for
 * data extension; {@code /suggest/entity|type|property?prefix=}, {@code /preview?id=} and
 * {@code /propose_properties?type=}. JSONP ({@code callback}) for GET. A malformed request gets
 * 400 with the reason.
 */
public final class ReconcileServlet extends HttpServlet {
    /** The most queries one batch and the most ids one extension may hold. */
    public static final int MAX_BATCH = 100, MAX_IDS = 500;
    /**
     * Characters of one query string or property value: names are tens of characters, and the
     * matching costs grow with the text (a 1 MiB query used to take 10 s of CPU).
     */
    public static final int MAX_QUERY_CHARS = 500;

    private final transient DatasetGraph dsg;
    private final transient LabelIndex labels;
    private final transient Paths paths;
    private final transient ReconTypes types = new ReconTypes();
    private final transient Reconciler reconciler;
    private final transient Extension extension;
    private final String version;
    private final long timeoutMillis;

    /** @param timeoutMillis the time one request may take (the query time limit); longer is a 503 */
    public ReconcileServlet(DatasetGraph dsg, LabelIndex labels, Paths paths, String version, long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        this.dsg = dsg;
        this.labels = labels;
        this.paths = paths;
        this.version = version;
        this.reconciler = new Reconciler(dsg, labels, paths, types);
        this.extension = new Extension(dsg, paths, reconciler);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp, req.getParameter("callback"));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp, null);
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp, String callback) throws IOException {
        if (callback != null && !callback.matches("[A-Za-z_$][A-Za-z0-9_$.]{0,63}")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "callback must be a JavaScript name");
            return;
        }
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (path) {
                case "", "/" -> {
                    if (req.getParameter("queries") != null) {
                        JsonObject batch = object(req.getParameter("queries"), "queries");
                        checkBatch(batch);
                        Deadline deadline = Deadline.from(arrival(req), timeoutMillis);
                        json(resp, callback, read(() -> {
                            JsonObject out = new JsonObject();
                            for (Map.Entry<String, JsonElement> q : batch.entrySet()) {
                                out.add(q.getKey(), reconciler.answer(q.getValue().getAsJsonObject(), deadline));
                            }
                            return out;
                        }));
                    } else if (req.getParameter("extend") != null) {
                        JsonObject q = object(req.getParameter("extend"), "extend");
                        checkExtend(q);
                        Deadline deadline = Deadline.from(arrival(req), timeoutMillis);
                        json(resp, callback, read(() -> extension.extend(q, deadline)));
                    } else {
                        json(resp, callback, Manifest.of(paths.base(), types, version));
                    }
                }
                case "/suggest/entity" -> json(resp, callback, read(() -> suggestEntities(req.getParameter("prefix"),
                        req.getParameter("type"), limit(req))));
                case "/suggest/type" -> json(resp, callback, suggestTypes(req.getParameter("prefix"), limit(req)));
                case "/suggest/property" -> json(resp, callback, suggestProperties(req.getParameter("prefix"), limit(req)));
                case "/propose_properties" -> json(resp, callback, Extension.propose(typeId(req.getParameter("type")), limit(req)));
                case "/preview" -> preview(req.getParameter("id"), resp);
                default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such reconciliation service: " + path);
            }
        } catch (Deadline.Passed e) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
        } catch (IllegalArgumentException | JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    /** When Jetty began to read the request (its queue for a thread included), or now outside Jetty. */
    private static long arrival(HttpServletRequest req) {
        try {
            return org.eclipse.jetty.ee10.servlet.ServletContextRequest.getServletContextRequest(req).getBeginNanoTime();
        } catch (RuntimeException notJetty) {
            return System.nanoTime();
        }
    }

    private <T> T read(Supplier<T> work) {
        return Txn.calculateRead(dsg, work);
    }

    private static JsonObject object(String text, String param) {
        JsonElement e = JsonParser.parseString(text);
        if (!e.isJsonObject()) {
            throw new IllegalArgumentException(param + " must be a JSON object");
        }
        return e.getAsJsonObject();
    }

    private static final java.util.List<String> QUERY_KEYS = java.util.List.of("query", "type", "limit", "properties", "type_strict");

    /** The shape the query-batch schema requires, checked before any work. */
    private static void checkBatch(JsonObject batch) {
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " queries per batch");
        }
        for (Map.Entry<String, JsonElement> q : batch.entrySet()) {
            if (!q.getValue().isJsonObject()) {
                throw new IllegalArgumentException("query " + q.getKey() + " must be an object");
            }
            JsonObject o = q.getValue().getAsJsonObject();
            for (String key : o.keySet()) {
                if (!QUERY_KEYS.contains(key)) {
                    throw new IllegalArgumentException("query " + q.getKey() + ": unknown member '" + key + "' (allowed: " + QUERY_KEYS + ")");
                }
            }
            if (o.has("type_strict") && !java.util.Set.of("any", "should", "all").contains(o.get("type_strict").getAsString())) {
                throw new IllegalArgumentException("query " + q.getKey() + ": type_strict must be any, should or all");
            }
            if (o.has("properties") && !o.get("properties").isJsonArray()) {
                throw new IllegalArgumentException("query " + q.getKey() + ": properties must be an array of {pid, v}");
            }
            boolean hasQuery = o.has("query") && o.get("query").isJsonPrimitive();
            if (hasQuery && o.get("query").getAsString().length() > MAX_QUERY_CHARS) {
                throw new IllegalArgumentException("query " + q.getKey() + ": at most " + MAX_QUERY_CHARS + " characters");
            }
            JsonArray props = o.has("properties") && o.get("properties").isJsonArray() ? o.getAsJsonArray("properties") : null;
            if (!hasQuery && (props == null || props.isEmpty())) {
                throw new IllegalArgumentException("query " + q.getKey() + " needs a query string or properties");
            }
            if (o.has("limit") && !(o.get("limit").isJsonPrimitive() && o.get("limit").getAsJsonPrimitive().isNumber())) {
                throw new IllegalArgumentException("query " + q.getKey() + ": limit must be a number");
            }
            if (props != null) {
                for (JsonElement p : props) {
                    if (!p.isJsonObject() || !p.getAsJsonObject().has("pid") || !p.getAsJsonObject().has("v")) {
                        throw new IllegalArgumentException("query " + q.getKey() + ": each property needs pid and v");
                    }
                    if (p.getAsJsonObject().get("v").toString().length() > MAX_QUERY_CHARS) {
                        throw new IllegalArgumentException("query " + q.getKey() + ": a property value of at most " + MAX_QUERY_CHARS + " characters");
                    }
                }
            }
        }
    }

    private static void checkExtend(JsonObject q) {
        if (!q.has("ids") || !q.get("ids").isJsonArray() || !q.has("properties") || !q.get("properties").isJsonArray()) {
            throw new IllegalArgumentException("extend needs ids and properties arrays");
        }
        if (q.getAsJsonArray("ids").size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids per extension");
        }
        for (JsonElement p : q.getAsJsonArray("properties")) {
            if (!p.isJsonObject() || !p.getAsJsonObject().has("id")) {
                throw new IllegalArgumentException("each property of extend needs an id");
            }
        }
    }

    private static int limit(HttpServletRequest req) {
        String l = req.getParameter("limit");
        if (l == null) {
            return Reconciler.DEFAULT_LIMIT;
        }
        if (!l.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("limit must be a whole number");
        }
        return Math.min(Reconciler.MAX_LIMIT, Integer.parseInt(l));
    }

    private String typeId(String type) {
        if (type == null || type.isEmpty()) {
            return null;
        }
        ReconTypes.Type t = types.byId(type);
        if (t == null) {
            throw new IllegalArgumentException("no such type: " + type);
        }
        return t.id();
    }

    private JsonObject suggestEntities(String prefix, String type, int limit) {
        String wanted = typeId(type);
        JsonArray result = new JsonArray();
        for (LabelIndex.Hit h : labels.find(prefix, Math.max(limit * 5, 50))) {
            var ts = reconciler.typesOf(h.entity());
            if (ts.isEmpty() || paths.rest(h.entity()) == null || wanted != null && ts.stream().noneMatch(t -> t.id().equals(wanted))) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("id", paths.rest(h.entity()));
            o.addProperty("name", reconciler.name(h.entity()));
            o.addProperty("description", reconciler.description(h.entity(), ts));
            o.add("notable", Reconciler.typesJson(ts));
            result.add(o);
            if (result.size() >= limit) {
                break;
            }
        }
        return result(result);
    }

    private JsonObject suggestTypes(String prefix, int limit) {
        JsonArray result = new JsonArray();
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        for (ReconTypes.Type t : types.all()) {
            if (result.size() < limit && (t.id().toLowerCase(Locale.ROOT).contains(p) || t.name().toLowerCase(Locale.ROOT).contains(p))) {
                result.add(Reconciler.typesJson(java.util.List.of(t)).get(0));
            }
        }
        return result(result);
    }

    private static JsonObject suggestProperties(String prefix, int limit) {
        JsonArray result = new JsonArray();
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        for (ReconProperties.Property prop : ReconProperties.ALL) {
            if (result.size() < limit && (prop.id().toLowerCase(Locale.ROOT).contains(p) || prop.name().toLowerCase(Locale.ROOT).contains(p))) {
                JsonObject o = new JsonObject();
                o.addProperty("id", prop.id());
                o.addProperty("name", prop.name());
                o.addProperty("description", prop.description());
                result.add(o);
            }
        }
        return result(result);
    }

    private static JsonObject result(JsonArray a) {
        JsonObject o = new JsonObject();
        o.add("result", a);
        return o;
    }

    /** A small HTML card of the entity, for the client's preview pane. */
    private void preview(String id, HttpServletResponse resp) throws IOException {
        Node e = id == null ? null : paths.resource(id);
        String card = e == null ? null : read(() -> {
            var ts = reconciler.typesOf(e);
            if (ts.isEmpty()) {
                return null;
            }
            return "<div style=\"font-family:sans-serif;font-size:14px\"><a href=\"" + Html.esc(paths.pageHref(e)) + "\" target=\"_blank\">"
                    + Html.esc(reconciler.name(e)) + "</a><p>" + Html.esc(reconciler.description(e, ts)) + "</p><p><code>"
                    + Html.esc(e.getURI()) + "</code></p></div>";
        });
        if (card == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such entity: " + id);
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + Html.esc(id)
                + "</title></head><body>" + card + "</body></html>");
    }

    private static final Gson GSON = new Gson();

    private static void json(HttpServletResponse resp, String callback, JsonObject body) throws IOException {
        if (callback != null) {
            resp.setContentType("text/javascript; charset=utf-8");
            resp.getWriter().write("/**/" + callback + "(" + GSON.toJson(body) + ");");
        } else {
            resp.setContentType("application/json; charset=utf-8");
            resp.getWriter().write(GSON.toJson(body));
        }
    }
}
