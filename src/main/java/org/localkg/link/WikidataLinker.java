package org.localkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.localkg.rdf.LKG;
import org.localkg.resolve.Names;

/**
 * Our divisions to Wikidata items, by the code both record (our {@code lkg:divisionCode}, their
 * P442). A division gets {@code skos:exactMatch} to the one item with its code whose Chinese
 * label (when the export gives one) is its name. The same code under another name (a renamed or
 * merged division: codes are reused) or on several items is not linked but written as a
 * candidate for review. {@code owl:sameAs} is never written: our division is the unit of the
 * 2023 code release, a Wikidata item the place through its history.
 */
public final class WikidataLinker {
    public static final Node EXACT_MATCH = NodeFactory.createURI(LKG.SKOS + "exactMatch");
    public static final Node WIKIDATA = NodeFactory.createURI("http://www.wikidata.org/entity/Q2013");

    public record Result(List<Mapping> links, List<Mapping> candidates) {}

    private WikidataLinker() {}

    public static Result link(DatasetGraph dsg, String base, List<WikidataExport.Row> rows) {
        Map<String, List<WikidataExport.Row>> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r));
        List<Mapping> links = new ArrayList<>(), candidates = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            for (var e : byCode.entrySet()) {
                Node ours = NodeFactory.createURI(base + "id/division/" + e.getKey());
                String name = label(dsg, ours);
                if (name == null) {
                    continue; // a division our articles never name
                }
                String p442 = DivisionCodes.toWikidata(e.getKey());
                List<WikidataExport.Row> agree = e.getValue().stream()
                        .filter(r -> r.label() == null || Names.key(r.label()).equals(Names.key(name))).toList();
                for (WikidataExport.Row r : e.getValue()) {
                    Node item = NodeFactory.createURI(r.item());
                    String objectLabel = r.label() == null ? "" : r.label();
                    if (agree.size() == 1 && agree.get(0) == r) {
                        links.add(new Mapping(ours, name, EXACT_MATCH, item, objectLabel, 1.0, Mapping.SEMAPV + "CompositeMatching",
                                "same division code (P442 \"" + p442 + "\")" + (r.label() == null ? "" : " and name")));
                    } else {
                        candidates.add(new Mapping(ours, name, EXACT_MATCH, item, objectLabel, 0.5, Mapping.SEMAPV + "CompositeMatching",
                                agree.size() > 1 ? "code " + p442 + " is on several items of this name"
                                        : "same code " + p442 + ", another name: a renamed or merged division?"));
                    }
                }
            }
        });
        return new Result(links, candidates);
    }

    static String label(DatasetGraph dsg, Node n) {
        String any = null;
        for (var it = dsg.find(Node.ANY, n, LKG.label, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if ("zh".equals(o.getLiteralLanguage())) {
                return o.getLiteralLexicalForm();
            }
            any = any == null ? o.getLiteralLexicalForm() : any;
        }
        return any;
    }
}
