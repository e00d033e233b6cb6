package org.localkg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;
import org.localkg.search.LabelIndex;
import org.localkg.search.LabelVariants;

/**
 * Links our entities to the records of another dataset by name. Candidates come from the label
 * index (a record's names in their {@link LabelVariants}); each is scored by the best agreement of
 * its names with the record's, kept only when its kind fits the record's type and its division
 * does not contradict the record's; an agreeing division adds 0.05. The best candidate at or above
 * the threshold, when no other scores as high, is linked with {@code skos:exactMatch}; every other
 * candidate scoring 0.5 or more is written for review.
 */
public final class TargetLinker {
    public record Result(List<Mapping> links, List<Mapping> candidates) {}

    /** A record's type, by its local name's words, to the classes of ours it may be. */
    private static final Map<String, List<String>> KINDS = Map.of(
            "person", List.of("Person", "Official", "Reporter"), "official", List.of("Official"), "politician", List.of("Official"),
            "company", List.of("Enterprise"), "corporation", List.of("Enterprise"), "enterprise", List.of("Enterprise"),
            "organization", List.of("Organization", "Enterprise"), "organisation", List.of("Organization", "Enterprise"),
            "park", List.of("Park"), "project", List.of("Project"));

    private final DatasetGraph dsg;
    private final LabelIndex labels;
    private final double threshold;

    public TargetLinker(DatasetGraph dsg, LabelIndex labels, double threshold) {
        this.dsg = dsg;
        this.labels = labels;
        this.threshold = threshold;
    }

    private record Scored(Node entity, String label, double score) {}

    public Result link(List<TargetRecords.Record> records) {
        List<Mapping> links = new ArrayList<>(), candidates = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            for (TargetRecords.Record r : records) {
                List<Scored> scored = candidates(r);
                scored.sort((a, b) -> Double.compare(b.score(), a.score()));
                Node object = NodeFactory.createURI(r.id());
                for (int i = 0; i < scored.size(); i++) {
                    Scored s = scored.get(i);
                    boolean unique = scored.size() == 1 || scored.get(1).score() < scored.get(0).score();
                    double confidence = Math.round(s.score() * 1000) / 1000.0;
                    Mapping m = new Mapping(s.entity(), s.label(), WikidataLinker.EXACT_MATCH, object, r.labels().get(0), confidence,
                            Mapping.SEMAPV + "LexicalMatching", null);
                    if (i == 0 && unique && s.score() >= threshold) {
                        links.add(m);
                    } else if (s.score() >= 0.5) {
                        candidates.add(m);
                    }
                }
            }
        });
        return new Result(links, candidates);
    }

    private List<Scored> candidates(TargetRecords.Record r) {
        Set<Node> seen = new HashSet<>();
        List<Scored> out = new ArrayList<>();
        Set<String> kinds = kinds(r.types());
        for (String name : r.labels()) {
            for (String variant : LabelVariants.of(name).keySet()) {
                for (LabelIndex.Hit h : labels.find(variant, 30)) {
                    if (seen.add(h.entity())) {
                        Scored s = score(h.entity(), r, kinds);
                        if (s != null) {
                            out.add(s);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The entity's score for the record, or null when its kind or division rules it out or no name agrees. */
    private Scored score(Node e, TargetRecords.Record r, Set<String> kinds) {
        Set<String> ours = new HashSet<>();
        dsg.find(Node.ANY, e, LKG.rdfType, Node.ANY).forEachRemaining(q -> ours.add(TargetRecords.local(q.getObject().getURI())));
        if (ours.isEmpty() || !kinds.isEmpty() && ours.stream().noneMatch(kinds::contains)) {
            return null;
        }
        double best = 0;
        for (String ourLabel : labelsOf(e)) {
            for (String theirs : r.labels()) {
                best = Math.max(best, LabelVariants.agreement(ourLabel, theirs));
            }
        }
        Boolean division = divisionAgrees(e, r.divisionCode());
        if (best == 0 || Boolean.FALSE.equals(division)) {
            return null;
        }
        return new Scored(e, WikidataLinker.label(dsg, e), Math.min(1.0, best + (Boolean.TRUE.equals(division) ? 0.05 : 0)));
    }

    private List<String> labelsOf(Node e) {
        List<String> out = new ArrayList<>();
        for (Node p : List.of(LKG.label, LKG.altLabel)) {
            dsg.find(Node.ANY, e, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        }
        return out;
    }

    /** True when our entity's division (or its own code) is the record's or within it, false when it is another, null when unknown. */
    private Boolean divisionAgrees(Node e, String code) {
        if (code == null) {
            return null;
        }
        List<String> ours = new ArrayList<>();
        dsg.find(Node.ANY, e, LKG.divisionCode, Node.ANY).forEachRemaining(q -> ours.add(q.getObject().getLiteralLexicalForm()));
        dsg.find(Node.ANY, e, LKG.inDivision, Node.ANY).forEachRemaining(q -> dsg.find(Node.ANY, q.getObject(), LKG.divisionCode, Node.ANY)
                .forEachRemaining(c -> ours.add(c.getObject().getLiteralLexicalForm())));
        if (ours.isEmpty()) {
            return null;
        }
        String theirs = code.replaceAll("(00)+$", "");
        return ours.stream().anyMatch(o -> o.startsWith(theirs) || theirs.startsWith(o.replaceAll("(00)+$", "")));
    }

    private static Set<String> kinds(Set<String> types) {
        Set<String> out = new HashSet<>();
        for (String t : types) {
            String l = t.toLowerCase(Locale.ROOT);
            KINDS.forEach((word, ours) -> {
                if (l.contains(word)) {
                    out.addAll(ours);
                }
            });
        }
        return out;
    }
}
