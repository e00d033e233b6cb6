package org.localkg.server.ld;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.localkg.ontology.OntologyDocs;
import org.localkg.rdf.LKG;

/**
 * The names of the ontology's terms (classes, properties, status concepts) as pages show them:
 * Chinese and English from the ontology's labels, so that no page shows a raw {@code org:holds}.
 * The ontology labels the standard terms the data uses too; RDF's own two are named here.
 */
final class TermLabels {
    private static final Model ONTOLOGY = OntologyDocs.bundled();

    private TermLabels() {}

    /** 中文 English, or the prefixed name when the ontology has no label for the term. */
    static String of(Node term) {
        if (!term.isURI()) {
            return term.toString();
        }
        if (term.equals(LKG.rdfType)) {
            return "类型 type";
        }
        if (term.equals(LKG.label)) {
            return "名称 name";
        }
        if (term.equals(LKG.prefLabel)) {
            return "首选名称 preferred name"; // from the graph of current facts; SKOS's, not our ontology's term
        }
        String zh = label(term, "zh");
        String en = label(term, "en");
        if (zh != null) {
            return en == null ? zh : zh + " " + en;
        }
        return en != null ? en : ONTOLOGY.shortForm(term.getURI());
    }

    /** Whether the ontology (or this class) names the term. */
    static boolean labelled(Node term) {
        return term.isURI() && (term.equals(LKG.rdfType) || term.equals(LKG.label) || term.equals(LKG.prefLabel)
                || label(term, "zh") != null || label(term, "en") != null);
    }

    /** The Chinese label alone (for pictures, where space is short), else {@link #of}. */
    static String zh(Node term) {
        String zh = term.isURI() ? label(term, "zh") : null;
        return zh != null ? zh : of(term);
    }

    private static String label(Node term, String lang) {
        Resource r = ONTOLOGY.getResource(term.getURI());
        for (var p : new org.apache.jena.rdf.model.Property[] {RDFS.label, ONTOLOGY.createProperty(LKG.SKOS + "prefLabel")}) {
            for (Statement st : r.listProperties(p).toList()) {
                if (lang.equals(st.getLanguage())) {
                    return st.getString();
                }
            }
        }
        return null;
    }
}
