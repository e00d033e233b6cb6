package org.localkg.link;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Mappings as an SSSOM TSV file (Simple Standard for Sharing Ontological Mappings): a YAML
 * metadata block in {@code #} lines (curie_map, mapping_set_id, license, mapping_date), then
 * one row per mapping with CURIEs for its ids.
 */
public final class SssomTsv {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final String[] COLUMNS = {"subject_id", "subject_label", "predicate_id", "object_id", "object_label",
        "mapping_justification", "confidence", "comment"};

    private SssomTsv() {}

    /** Writes {@code mappings}; {@code ours} is the namespace of our entities ({@code BASE/id/}), CURIE prefix {@code kg}. */
    public static void write(Path file, String mappingSetId, String ours, List<Mapping> mappings) throws IOException {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("kg", ours);
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("semapv", Mapping.SEMAPV);
        prefixes.put("wd", WikidataExport.ENTITY);
        StringBuilder rows = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (Mapping m : mappings) {
            String[] cells = {curie(m.subject(), prefixes), m.subjectLabel(), curie(m.predicate(), prefixes), curie(m.object(), prefixes),
                m.objectLabel(), curie(m.justification(), prefixes), Double.toString(m.confidence()), m.comment() == null ? "" : m.comment()};
            for (int i = 0; i < cells.length; i++) {
                rows.append(i == 0 ? "" : "\t").append(cells[i] == null ? "" : cells[i].replaceAll("[\t\r\n]", " "));
            }
            rows.append('\n');
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# curie_map:\n");
            for (var p : prefixes.entrySet()) {
                w.write("#   " + p.getKey() + ": \"" + p.getValue() + "\"\n");
            }
            w.write("# mapping_set_id: \"" + mappingSetId + "\"\n");
            w.write("# license: \"" + LICENSE + "\"\n");
            w.write("# mapping_date: \"" + LocalDate.now() + "\"\n");
            w.write(rows.toString());
        }
    }

    private static String curie(Node n, Map<String, String> prefixes) {
        return curie(n.getURI(), prefixes);
    }

    /** The IRI as prefix:local; a host not seen before gets a made-up prefix (ns1, ns2…) for its root. */
    private static String curie(String iri, Map<String, String> prefixes) {
        for (var p : prefixes.entrySet()) {
            if (iri.startsWith(p.getValue()) && iri.length() > p.getValue().length()) {
                return p.getKey() + ":" + iri.substring(p.getValue().length());
            }
        }
        int scheme = iri.indexOf("://");
        int slash = scheme < 0 ? -1 : iri.indexOf('/', scheme + 3);
        int cut = slash > 0 ? slash + 1 : Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
        String ns = iri.substring(0, cut);
        String name = "ns" + (prefixes.size() - 3);
        prefixes.put(name, ns);
        return name + ":" + iri.substring(cut);
    }
}
