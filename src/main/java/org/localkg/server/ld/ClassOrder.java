package org.localkg.server.ld;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.localkg.rdf.LKG;

/**
 * The order the home page lists classes in: what a researcher came for first (officials, parks,
 * projects…), then divisions and articles, and the machinery of provenance (mentions, evidence,
 * source files) last.
 */
final class ClassOrder {
    private static final List<String> ORDER = List.of("Official", "Person", "Reporter", "Organization", "Enterprise", "Park",
            "Project", "Post", "Inspection", "Province", "PrefectureCity", "County", "Town", "AdministrativeDivision",
            "ProjectStatus", "Article");
    private static final List<String> LAST = List.of("Mention", "Evidence", "Source");

    private ClassOrder() {}

    static List<String> sorted(Collection<String> classIris) {
        List<String> out = new ArrayList<>(classIris);
        out.sort(Comparator.comparingInt(ClassOrder::rank).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    private static int rank(String iri) {
        String local = iri.startsWith(LKG.NS) ? iri.substring(LKG.NS.length()) : iri;
        int i = ORDER.indexOf(local);
        if (i >= 0) {
            return i;
        }
        int j = LAST.indexOf(local);
        return j >= 0 ? 1000 + j : 500; // a class not listed here: after the known ones, before the machinery
    }
}
