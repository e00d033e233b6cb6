package org.localkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.localkg.extract.ProjectStatus;

/** What the store carries of the ontology: enough for the shapes and to name a status, and no names of entities. */
class OntologyGraphTest {
    static final Node SUB_CLASS_OF = NodeFactory.createURI(LKG.RDFS + "subClassOf");

    @Test
    void everySubClassAxiomOfTheOntologyIsThere() {
        Graph ontology = BundledTurtle.read("org/localkg/ontology/localkg.ttl");
        Graph carried = OntologyGraph.graph();
        ontology.find(Node.ANY, SUB_CLASS_OF, Node.ANY).forEachRemaining(t -> assertTrue(carried.contains(t), t.toString()));
    }

    @Test
    void everyStatusTheExtractorWritesHasAChineseAndAnEnglishName() {
        Graph carried = OntologyGraph.graph();
        for (ProjectStatus s : ProjectStatus.values()) {
            Set<String> names = carried.find(LKG.statusConcept(s), LKG.prefLabel, Node.ANY).toList().stream()
                    .map(t -> t.getObject().getLiteralLexicalForm() + "@" + t.getObject().getLiteralLanguage()).collect(Collectors.toSet());
            assertTrue(names.contains(s.label() + "@zh"), s + ": " + names);
            assertEquals(2, names.size(), s + ": " + names);
            assertTrue(carried.contains(LKG.statusConcept(s), LKG.rdfType, LKG.term("ProjectStatus")), s.toString());
        }
    }

    @Test
    void itCarriesNoLabelsThatTheLabelIndexWouldTakeForNamesOfEntities() {
        assertTrue(OntologyGraph.triples().stream().noneMatch(t -> org.localkg.search.LabelIndex.indexes(t.getPredicate())));
    }
}
