package org.localkg.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.localkg.rdf.LKG;

/**
 * The entities of a dataset a researcher brings: RDF (N-Triples, Turtle…; names from rdfs:label,
 * skos:prefLabel/altLabel, schema:name or foaf:name, kinds from rdf:type, a division code from
 * any property named divisionCode or P442) or CSV with a header ({@code id}, {@code label}, and
 * optionally {@code type} and {@code division}).
 */
public final class TargetRecords {
    /** One entity of the other dataset. */
    public record Record(String id, List<String> labels, Set<String> types, String divisionCode) {}

    /**
     * Characters of the longest label taken: names are tens of characters, and a longer one (a
     * 10 MB "label" used to exhaust the heap in matching) is reported on stderr and left out.
     */
    public static final int MAX_LABEL_CHARS = 200;

    private static boolean nameLength(Path file, String id, String label) {
        if (label.length() <= MAX_LABEL_CHARS) {
            return true;
        }
        System.err.println("kg link: " + file + ": the label of " + id + " is " + label.length() + " characters, more than any name ("
                + MAX_LABEL_CHARS + "): left out");
        return false;
    }

    private static final Set<String> NAME_PROPERTIES = Set.of(LKG.RDFS + "label", LKG.SKOS + "prefLabel", LKG.SKOS + "altLabel",
            "http://schema.org/name", "https://schema.org/name", "http://xmlns.com/foaf/0.1/name");

    private TargetRecords() {}

    public static List<Record> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") ? csv(file, name.endsWith(".tsv")) : rdf(file);
    }

    private static List<Record> rdf(Path file) {
        Graph g;
        try {
            g = RDFDataMgr.loadGraph(file.toString());
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not RDF this tool reads (N-Triples, Turtle, RDF/XML, JSON-LD): " + e.getMessage());
        }
        Map<Node, List<String>> labels = new LinkedHashMap<>();
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral() && NAME_PROPERTIES.contains(t.getPredicate().getURI())
                    && nameLength(file, t.getSubject().getURI(), t.getObject().getLiteralLexicalForm())) {
                labels.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm());
            }
        });
        List<Record> out = new ArrayList<>();
        for (var e : labels.entrySet()) {
            Set<String> types = new LinkedHashSet<>();
            String code = null;
            for (var it = g.find(e.getKey(), Node.ANY, Node.ANY); it.hasNext(); ) {
                var t = it.next();
                String p = t.getPredicate().getURI();
                if (t.getPredicate().equals(LKG.rdfType) && t.getObject().isURI()) {
                    types.add(local(t.getObject().getURI()));
                } else if ((p.endsWith("divisionCode") || p.endsWith("P442")) && t.getObject().isLiteral()) {
                    code = DivisionCodes.fromWikidata(t.getObject().getLiteralLexicalForm());
                }
            }
            out.add(new Record(e.getKey().getURI(), e.getValue(), types, code));
        }
        return out;
    }

    private static List<Record> csv(Path file, boolean tsv) throws IOException {
        CSVFormat format = (tsv ? CSVFormat.TDF : CSVFormat.RFC4180).builder().setHeader().setSkipHeaderRecord(true).get();
        List<Record> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : format.parse(in)) {
                Map<String, String> m = new LinkedHashMap<>();
                rec.toMap().forEach((k, v) -> m.put(k.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), v == null ? "" : v.strip()));
                String id = m.getOrDefault("id", m.getOrDefault("iri", m.get("uri")));
                String label = m.getOrDefault("label", m.get("name"));
                if (id == null || label == null) {
                    throw new IllegalArgumentException(file + ": needs id and label columns (has " + m.keySet() + ")");
                }
                if (!org.apache.jena.irix.IRIs.check(id)) {
                    throw new IllegalArgumentException(file + ": line " + (rec.getRecordNumber() + 1) + ": id is no absolute IRI: " + id);
                }
                if (!nameLength(file, id, label)) {
                    continue;
                }
                String type = m.getOrDefault("type", "");
                String division = m.getOrDefault("division", m.getOrDefault("divisioncode", ""));
                out.add(new Record(id, List.of(label), type.isEmpty() ? Set.of() : Set.of(local(type)),
                        division.isEmpty() ? null : DivisionCodes.fromWikidata(division)));
            }
        }
        return out;
    }

    static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
