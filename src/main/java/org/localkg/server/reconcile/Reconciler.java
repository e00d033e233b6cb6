package org.localkg.server.reconcile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.localkg.rdf.LKG;
import org.localkg.resolve.Names;
import org.localkg.search.LabelIndex;
import org.localkg.search.LabelVariants;
import org.localkg.server.ld.Describer;
import org.localkg.server.ld.Paths;

/**
 * Answers reconciliation queries: candidates by name from the label index (the name as asked and
 * its {@link LabelVariants}), kept or demoted by type, scored by how much of the name the query
 * covers, times the weight of the form that found it, and by the property constraints they
 * meet. A candidate is a {@code match} when the name is whole, no constraint fails, and no
 * other candidate scores as high. Callers hold a read transaction.
 */
final class Reconciler {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    /** What a constraint the candidate has no value for, or contradicts, does to the score. */
    static final double UNKNOWN = 0.8, CONTRADICTED = 0.4, OTHER_TYPE = 0.5;

    private final DatasetGraph dsg;
    private final LabelIndex labels;
    private final Paths paths;
    private final ReconTypes types;

    Reconciler(DatasetGraph dsg, LabelIndex labels, Paths paths, ReconTypes types) {
        this.dsg = dsg;
        this.labels = labels;
        this.paths = paths;
        this.types = types;
    }

    /** A scored candidate before it is written out. */
    private record Candidate(Node entity, String name, List<ReconTypes.Type> types, double score, int documents,
                             JsonArray features) {}

    /** One query of a batch (already checked to be an object) to its {@code {"result": [...]}}, by the deadline. */
    JsonObject answer(JsonObject query, Deadline deadline) {
        deadline.check();
        String text = query.has("query") ? query.get("query").getAsString() : null;
        int limit = query.has("limit") ? Math.max(0, Math.min(MAX_LIMIT, query.get("limit").getAsInt())) : DEFAULT_LIMIT;
        List<ReconTypes.Type> wanted = new ArrayList<>();
        boolean unknownType = false;
        if (query.has("type")) {
            JsonElement t = query.get("type");
            for (JsonElement e : t.isJsonArray() ? t.getAsJsonArray() : List.of(t)) {
                ReconTypes.Type type = types.byId(e.getAsString());
                if (type == null) {
                    unknownType = true;
                } else {
                    wanted.add(type);
                }
            }
        }
        String strict = query.has("type_strict") ? query.get("type_strict").getAsString() : "any";
        JsonArray constraints = query.has("properties") ? query.getAsJsonArray("properties") : new JsonArray();

        List<Candidate> candidates = new ArrayList<>();
        if (!(unknownType && wanted.isEmpty())) {
            for (Seed seed : seeds(text, constraints, Math.max(limit * 5, 50), deadline)) {
                deadline.check();
                Candidate c = score(seed, wanted, strict, constraints);
                if (c != null) {
                    candidates.add(c);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::documents).reversed())
                .thenComparing(c -> c.entity().getURI()));
        long top = candidates.stream().filter(c -> c.score() >= 100).count();
        JsonArray result = new JsonArray();
        for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
            JsonObject o = new JsonObject();
            o.addProperty("id", paths.rest(c.entity()));
            o.addProperty("name", c.name());
            o.addProperty("description", description(c));
            o.addProperty("score", Math.round(c.score() * 10) / 10.0);
            o.add("features", c.features());
            o.addProperty("match", c.score() >= 100 && top == 1);
            o.add("type", typesJson(c.types()));
            result.add(o);
        }
        JsonObject answer = new JsonObject();
        answer.add("result", result);
        return answer;
    }

    /** An entity to consider, with how much of its best label the query covers. */
    private record Seed(Node entity, double similarity, int documents) {}

    private List<Seed> seeds(String text, JsonArray constraints, int n, Deadline deadline) {
        List<Seed> seeds = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            // the name as asked, then its other forms (simplified, without legal form or leading
            // regions): a spreadsheet's 江苏某某有限公司 finds our 某某有限公司, at the form's weight
            java.util.Map<Node, Seed> best = new java.util.LinkedHashMap<>();
            for (var form : LabelVariants.of(text).entrySet()) {
                deadline.check(); // each form is a search of up to 5,000 labels: seconds under load
                for (LabelIndex.Hit h : labels.find(form.getKey(), n, deadline::check)) {
                    Seed s = new Seed(h.entity(), h.similarity() * form.getValue(), h.documents());
                    best.merge(h.entity(), s, (a, b) -> b.similarity() > a.similarity() ? b : a);
                }
            }
            seeds.addAll(best.values());
            return seeds;
        }
        // no name: identifiers alone can find an entity (a division code, a Wikidata item)
        Set<Node> found = new LinkedHashSet<>();
        for (JsonElement c : constraints) {
            JsonObject pc = c.getAsJsonObject();
            String pid = pc.get("pid").getAsString();
            for (String v : texts(pc.get("v"))) {
                if (pid.equals("divisionCode")) {
                    dsg.find(Node.ANY, Node.ANY, LKG.divisionCode, NodeFactory.createLiteralString(v))
                            .forEachRemaining(q -> found.add(q.getSubject()));
                } else if (pid.equals("wikidata")) {
                    dsg.find(Node.ANY, Node.ANY, ReconProperties.SKOS_EXACT_MATCH,
                            NodeFactory.createURI(ReconProperties.WIKIDATA_ENTITY + v)).forEachRemaining(q -> found.add(q.getSubject()));
                }
            }
        }
        found.stream().filter(Node::isURI).limit(n).forEach(e -> seeds.add(new Seed(e, 1.0, 0)));
        return seeds;
    }

    private Candidate score(Seed seed, List<ReconTypes.Type> wanted, String strict, JsonArray constraints) {
        Node e = seed.entity();
        List<ReconTypes.Type> has = typesOf(e);
        if (has.isEmpty() || paths.rest(e) == null) {
            return null; // not one of the reconcilable kinds (a post, an article), or gone from the store
        }
        double score = 100 * seed.similarity();
        JsonArray features = new JsonArray();
        features.add(feature("name", seed.similarity()));
        if (!wanted.isEmpty()) {
            boolean ok = strict.equals("all") ? has.containsAll(wanted) : wanted.stream().anyMatch(has::contains);
            if (!ok) {
                if (!strict.equals("should")) {
                    return null;
                }
                score *= OTHER_TYPE;
            }
            features.add(feature("type", ok));
        }
        for (JsonElement c : constraints) {
            JsonObject pc = c.getAsJsonObject();
            ReconProperties.Property p = ReconProperties.byId(pc.get("pid").getAsString());
            if (p == null) {
                continue; // a property we do not have says nothing about the candidate
            }
            List<ReconProperties.Value> values = p.values().apply(dsg, e);
            boolean met = values.stream().anyMatch(v -> matchesAny(v, pc.get("v")));
            score *= met ? 1.0 : values.isEmpty() ? UNKNOWN : CONTRADICTED;
            features.add(feature("property:" + p.id(), met));
        }
        return new Candidate(e, name(e), has, score, seed.documents(), features);
    }

    private boolean matchesAny(ReconProperties.Value have, JsonElement asked) {
        for (JsonElement a : asked.isJsonArray() ? asked.getAsJsonArray() : List.of(asked)) {
            if (matches(have, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value asked matches what the entity has: the same entity (by id, or by its name), the
     * same text or one containing the other (书记 meets 市委书记), the same number within 0.5%.
     */
    private boolean matches(ReconProperties.Value have, JsonElement asked) {
        if (asked.isJsonObject()) {
            JsonObject o = asked.getAsJsonObject();
            if (have.entity() != null && o.has("id") && o.get("id").getAsString().equals(paths.rest(have.entity()))) {
                return true;
            }
            return o.has("name") && matches(have, o.get("name"));
        }
        if (!asked.isJsonPrimitive()) {
            return false;
        }
        if (have.number() != null) {
            try {
                double a = Double.parseDouble(asked.getAsString().replace(",", ""));
                return Math.abs(a - have.number()) <= 0.005 * Math.abs(have.number());
            } catch (NumberFormatException ex) {
                return false;
            }
        }
        String a = Names.key(asked.getAsString());
        if (a.isEmpty()) {
            return false;
        }
        if (have.entity() != null) {
            if (a.equals(paths.rest(have.entity()))) {
                return true;
            }
            String n = Names.key(name(have.entity()));
            return !n.isEmpty() && (n.contains(a) || a.contains(n));
        }
        String h = Names.key(have.text());
        return h.contains(a) || a.contains(h);
    }

    private static List<String> texts(JsonElement v) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : v.isJsonArray() ? v.getAsJsonArray() : List.of(v)) {
            if (e.isJsonPrimitive()) {
                out.add(e.getAsString().replace(" ", ""));
            } else if (e.isJsonObject() && e.getAsJsonObject().has("id")) {
                out.add(e.getAsJsonObject().get("id").getAsString());
            }
        }
        return out;
    }

    /** The entity's name: its Chinese label (the first one stored). */
    String name(Node e) {
        String n = new Describer(dsg).literal(e, LKG.label, "zh");
        return n == null ? paths.rest(e) : n;
    }

    List<ReconTypes.Type> typesOf(Node e) {
        Set<Node> classes = new HashSet<>();
        dsg.find(Node.ANY, e, LKG.rdfType, Node.ANY).forEachRemaining(q -> classes.add(q.getObject()));
        return types.of(classes);
    }

    /** 官员 Official · 市委书记: the types and the first post, park or division, to tell namesakes apart. */
    String description(Node e, List<ReconTypes.Type> ts) {
        StringBuilder b = new StringBuilder();
        for (ReconTypes.Type t : ts) {
            b.append(b.isEmpty() ? "" : ", ").append(t.name());
        }
        for (String pid : List.of("post", "park", "division")) {
            List<ReconProperties.Value> vs = ReconProperties.byId(pid).values().apply(dsg, e);
            if (!vs.isEmpty()) {
                ReconProperties.Value v = vs.get(0);
                b.append(" · ").append(v.entity() != null ? name(v.entity()) : v.display());
                break;
            }
        }
        return b.toString();
    }

    private String description(Candidate c) {
        return description(c.entity(), c.types());
    }

    static JsonArray typesJson(List<ReconTypes.Type> ts) {
        JsonArray a = new JsonArray();
        for (ReconTypes.Type t : ts) {
            JsonObject o = new JsonObject();
            o.addProperty("id", t.id());
            o.addProperty("name", t.name());
            a.add(o);
        }
        return a;
    }

    private static JsonObject feature(String id, double value) {
        JsonObject f = new JsonObject();
        f.addProperty("id", id);
        f.addProperty("value", Math.round(value * 1000) / 1000.0);
        return f;
    }

    private static JsonObject feature(String id, boolean value) {
        JsonObject f = new JsonObject();
        f.addProperty("id", id);
        f.addProperty("value", value);
        return f;
    }
}
