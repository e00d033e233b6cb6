package org.localkg.link;

import org.apache.jena.graph.Node;

/**
 * One mapping from our entity to another dataset's: the SSSOM fields we fill. {@code justification}
 * is a SEMAPV term (semapv:LexicalMatching, semapv:ManualMappingCuration…), {@code confidence} 0..1.
 */
public record Mapping(Node subject, String subjectLabel, Node predicate, Node object, String objectLabel,
                      double confidence, String justification, String comment) {
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
}
