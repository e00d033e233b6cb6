package org.localkg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.localkg.server.ld.Paths;

/** Data extension: property values of reconciled entities, and the properties proposed for a type. */
final class Extension {
    private final DatasetGraph dsg;
    private final Paths paths;
    private final Reconciler reconciler;

    Extension(DatasetGraph dsg, Paths paths, Reconciler reconciler) {
        this.dsg = dsg;
        this.paths = paths;
        this.reconciler = reconciler;
    }

    /** {@code {"ids": [...], "properties": [{"id": ...}]}} to {@code {"meta": [...], "rows": {...}}}; callers hold a read transaction. */
    JsonObject extend(JsonObject query, Deadline deadline) {
        JsonArray meta = new JsonArray();
        java.util.List<ReconProperties.Property> props = new java.util.ArrayList<>();
        for (JsonElement p : query.getAsJsonArray("properties")) {
            String id = p.getAsJsonObject().get("id").getAsString();
            ReconProperties.Property known = ReconProperties.byId(id);
            // a property we do not have is answered with no values, as the protocol's clients expect
            ReconProperties.Property prop = known != null ? known
                    : new ReconProperties.Property(id, id, "not in this service", java.util.List.of(), (d, e) -> java.util.List.of());
            props.add(prop);
            JsonObject m = new JsonObject();
            m.addProperty("id", prop.id());
            m.addProperty("name", prop.name());
            meta.add(m);
        }
        JsonObject rows = new JsonObject();
        for (JsonElement idElement : query.getAsJsonArray("ids")) {
            deadline.check();
            String id = idElement.getAsString();
            Node e = paths.resource(id);
            JsonObject row = new JsonObject();
            for (ReconProperties.Property prop : props) {
                JsonArray values = new JsonArray();
                if (e != null) {
                    for (ReconProperties.Value v : prop.values().apply(dsg, e)) {
                        values.add(cell(v));
                    }
                }
                row.add(prop.id(), values);
            }
            rows.add(id, row);
        }
        JsonObject out = new JsonObject();
        out.add("meta", meta);
        out.add("rows", rows);
        return out;
    }

    private JsonObject cell(ReconProperties.Value v) {
        JsonObject c = new JsonObject();
        if (v.entity() != null && paths.rest(v.entity()) != null) {
            c.addProperty("id", paths.rest(v.entity()));
            c.addProperty("name", reconciler.name(v.entity()));
        } else if (v.number() != null) {
            c.addProperty("float", v.number());
        } else {
            c.addProperty("str", v.display());
        }
        return c;
    }

    static JsonObject propose(String type, int limit) {
        JsonArray props = new JsonArray();
        for (ReconProperties.Property p : ReconProperties.forType(type)) {
            if (props.size() >= limit) {
                break;
            }
            JsonObject o = new JsonObject();
            o.addProperty("id", p.id());
            o.addProperty("name", p.name());
            o.addProperty("description", p.description());
            props.add(o);
        }
        JsonObject out = new JsonObject();
        if (type != null) {
            out.addProperty("type", type);
        }
        out.add("properties", props);
        out.addProperty("limit", limit);
        return out;
    }
}
