package org.localkg.server.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.localkg.rdf.CurrentGraph;
import org.localkg.rdf.LKG;

/**
 * The properties a reconciliation query may constrain and data extension may fetch. Each reads
 * its values from the store (callers hold a read transaction): an entity (with id and name), a
 * string or a number.
 */
final class ReconProperties {
    /** A property value: {@code entity} set for a link to one of our entities, else {@code text} or {@code number}. */
    record Value(Node entity, String text, Double number) {
        String display() {
            return text != null ? text : number != null ? number.toString() : entity.getURI();
        }
    }

    record Property(String id, String name, String description, List<String> types,
                    BiFunction<DatasetGraph, Node, List<Value>> values) {}

    static final Node SKOS_EXACT_MATCH = NodeFactory.createURI(LKG.SKOS + "exactMatch");
    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    static final List<Property> ALL = List.of(
            new Property("post", "职务 post", "a post the official is reported holding, as written (市委书记)", List.of("Official", "Person"),
                    (d, e) -> strings(d, objects(d, e, LKG.orgHolds), LKG.postTitle)),
            new Property("park", "园区 park", "the park a project is in", List.of("Project"),
                    (d, e) -> entities(current(d, e, LKG.park))),
            new Property("enterprise", "企业 enterprise", "the enterprise behind a project", List.of("Project"),
                    (d, e) -> entities(current(d, e, LKG.enterprise))),
            new Property("investment", "总投资 investment", "a project's total investment in yuan", List.of("Project"),
                    (d, e) -> numbers(current(d, e, LKG.investment))),
            new Property("status", "状态 status", "a project's current stage (签约, 开工, 竣工…: the latest reported)", List.of("Project"),
                    (d, e) -> chineseNames(d, current(d, e, LKG.status))),
            new Property("division", "行政区 division", "the administrative division a thing is in", List.of("Park", "Project",
                    "Enterprise", "Organization", "AdministrativeDivision"),
                    (d, e) -> entities(objects(d, e, LKG.inDivision, LKG.withinDivision))),
            new Property("divisionCode", "区划代码 division code", "the division code (GB/T 2260) of a division, or of the division a thing is in",
                    List.of("AdministrativeDivision", "Park", "Project", "Enterprise", "Organization"),
                    (d, e) -> {
                        List<Node> own = objects(d, e, LKG.divisionCode);
                        return strings(d, own.isEmpty() ? objects(d, e, LKG.inDivision) : List.of(e), LKG.divisionCode);
                    }),
            new Property("wikidata", "Wikidata", "the Wikidata item linked to this entity (after kg link wikidata)",
                    List.of("AdministrativeDivision", "Park", "Project", "Enterprise", "Organization", "Official", "Person"),
                    (d, e) -> {
                        List<Value> out = new ArrayList<>();
                        for (Node o : objects(d, e, SKOS_EXACT_MATCH)) {
                            if (o.isURI() && o.getURI().startsWith(WIKIDATA_ENTITY)) {
                                out.add(new Value(null, o.getURI().substring(WIKIDATA_ENTITY.length()), null));
                            }
                        }
                        return out;
                    }));

    private ReconProperties() {}

    static Property byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    static List<Property> forType(String type) {
        return type == null ? ALL : ALL.stream().filter(p -> p.types().contains(type)).toList();
    }

    private static List<Node> objects(DatasetGraph d, Node s, Node... predicates) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : predicates) {
            d.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        }
        return new ArrayList<>(out);
    }

    /**
     * The one value of a functional fact, from the graph of current facts (the latest dated report's
     * status, not every stage ever reported); every article's values when that graph holds none for
     * this entity and property (a store written before it existed).
     */
    private static List<Node> current(DatasetGraph d, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        d.find(CurrentGraph.NAME, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out.isEmpty() ? objects(d, s, p) : out;
    }

    /** The literals of {@code p} on each of {@code subjects}, once each. */
    private static List<Value> strings(DatasetGraph d, List<Node> subjects, Node p) {
        Set<String> out = new LinkedHashSet<>();
        for (Node s : subjects) {
            for (Node o : objects(d, s, p)) {
                if (o.isLiteral()) {
                    out.add(o.getLiteralLexicalForm());
                }
            }
        }
        return out.stream().map(t -> new Value(null, t, null)).toList();
    }

    /**
     * The Chinese name (skos:prefLabel, from the store's ontology graph) of each of {@code concepts},
     * once each: the data points at status concepts, whose names the store holds beside it.
     */
    private static List<Value> chineseNames(DatasetGraph d, List<Node> concepts) {
        Set<String> out = new LinkedHashSet<>();
        for (Node c : concepts) {
            objects(d, c, LKG.prefLabel).stream()
                    .filter(l -> l.isLiteral() && "zh".equals(l.getLiteralLanguage()))
                    .findFirst().ifPresent(l -> out.add(l.getLiteralLexicalForm()));
        }
        return out.stream().map(t -> new Value(null, t, null)).toList();
    }

    private static List<Value> entities(List<Node> nodes) {
        return nodes.stream().filter(Node::isURI).map(n -> new Value(n, null, null)).toList();
    }

    private static List<Value> numbers(List<Node> nodes) {
        List<Value> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isLiteral()) {
                try {
                    out.add(new Value(null, null, Double.parseDouble(n.getLiteralLexicalForm())));
                } catch (NumberFormatException e) {
                    // a malformed number is no value
                }
            }
        }
        return out;
    }
}
