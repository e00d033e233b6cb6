package org.localkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.localkg.rdf.LKG;

/** The ontology parses, and every term the code uses is declared in it with labels in both languages. */
class OntologyTest {
    private final Model ont = RDFDataMgr.loadModel("ontology/localkg.ttl");

    @Test
    void everyTermOfTheVocabularyClassIsDeclaredAndLabelled() throws IllegalAccessException {
        for (Field f : LKG.class.getFields()) {
            if (f.getType() != Node.class) {
                continue;
            }
            Node n = (Node) f.get(null);
            if (!n.getURI().startsWith(LKG.NS)) {
                continue;
            }
            var r = ResourceFactory.createResource(n.getURI());
            assertTrue(ont.contains(r, RDF.type), n + " is not declared in ontology/localkg.ttl");
            Set<String> langs = new java.util.HashSet<>();
            ont.listObjectsOfProperty(r, RDFS.label).forEachRemaining(o -> langs.add(o.asLiteral().getLanguage()));
            ont.listObjectsOfProperty(r, ResourceFactory.createProperty(LKG.SKOS + "prefLabel"))
                    .forEachRemaining(o -> langs.add(o.asLiteral().getLanguage()));
            if (!n.getURI().equals(LKG.NS + "statusScheme")) {
                assertTrue(langs.containsAll(Set.of("zh", "en")), n + " lacks a Chinese or English label");
            }
        }
    }

    @Test
    void everyProjectStatusHasAConcept() {
        for (var s : org.localkg.extract.ProjectStatus.values()) {
            var r = ResourceFactory.createResource(LKG.statusConcept(s).getURI());
            assertTrue(ont.contains(r, RDF.type), r + " missing");
        }
    }

    @Test
    void everyClassAndPropertyMapsToAStandardVocabulary() {
        String q = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?t WHERE {
                  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty }
                  ?t a ?kind . FILTER(STRSTARTS(STR(?t), "https://w3id.org/localkg/ontology#"))
                  FILTER NOT EXISTS {
                    ?t (rdfs:subClassOf|rdfs:subPropertyOf)*/(rdfs:subClassOf|rdfs:subPropertyOf|skos:closeMatch) ?std .
                    FILTER(!STRSTARTS(STR(?std), "https://w3id.org/localkg/ontology#"))
                  }
                }""";
        java.util.List<String> unmapped = new java.util.ArrayList<>();
        try (var qe = org.apache.jena.query.QueryExecution.model(ont).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> unmapped.add(r.getResource("t").getURI()));
        }
        assertTrue(unmapped.isEmpty(), "no mapping to a standard vocabulary: " + unmapped);
    }
}
