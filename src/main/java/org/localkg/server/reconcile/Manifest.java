package org.localkg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.localkg.rdf.LKG;

/** The service manifest: what {@code GET /reconcile} answers. */
final class Manifest {
    static final int PREVIEW_WIDTH = 400, PREVIEW_HEIGHT = 200;

    private Manifest() {}

    static JsonObject of(String base, ReconTypes types, String version) {
        String service = base + "reconcile";
        JsonObject m = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        m.add("versions", versions);
        m.addProperty("name", "localkg 地方政务新闻知识图谱");
        m.addProperty("identifierSpace", base + "id/");
        m.addProperty("schemaSpace", LKG.NS);
        m.addProperty("documentation", base);
        m.addProperty("serviceVersion", version);
        m.add("defaultTypes", Reconciler.typesJson(types.all()));
        JsonObject view = new JsonObject();
        view.addProperty("url", base + "page/{{id}}");
        m.add("view", view);
        JsonObject preview = new JsonObject();
        preview.addProperty("url", service + "/preview?id={{id}}");
        preview.addProperty("width", PREVIEW_WIDTH);
        preview.addProperty("height", PREVIEW_HEIGHT);
        m.add("preview", preview);
        JsonObject suggest = new JsonObject();
        for (String kind : new String[] {"entity", "type", "property"}) {
            JsonObject s = new JsonObject();
            s.addProperty("service_url", service);
            s.addProperty("service_path", "/suggest/" + kind);
            suggest.add(kind, s);
        }
        m.add("suggest", suggest);
        JsonObject extend = new JsonObject();
        JsonObject propose = new JsonObject();
        propose.addProperty("service_url", service);
        propose.addProperty("service_path", "/propose_properties");
        extend.add("propose_properties", propose);
        extend.add("property_settings", new JsonArray());
        m.add("extend", extend);
        return m;
    }
}
