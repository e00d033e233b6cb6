package org.localkg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.localkg.ingest.SourceReader;
import org.localkg.rdf.LKG;

/** The ontology is consistent, alone and with extracted data, and declares exactly what the code uses. */
class OntologyReasonerTest {
    private final Model ont = RDFDataMgr.loadModel("ontology/localkg.ttl");

    private static boolean valid(Model m) {
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner(), m);
        return inf.validate().isValid();
    }

    @Test
    void theOntologyIsConsistentWithTheDataItDescribes() {
        DatasetGraph dsg = TestPages.extracted();
        Model all = ModelFactory.createDefaultModel().add(ont);
        all.add(ModelFactory.createModelForGraph(dsg.getUnionGraph()));
        assertTrue(valid(ont), "the ontology alone is inconsistent");
        assertTrue(valid(all), "the ontology with extracted data is inconsistent");
    }

    @Test
    void theReasonerCatchesAContradiction() {
        Model bad = ModelFactory.createDefaultModel().add(ont);
        Resource x = bad.createResource("http://example.org/x");
        x.addProperty(RDF.type, bad.createResource(LKG.NS + "Reporter"));
        x.addProperty(RDF.type, bad.createResource(LKG.NS + "Official"));
        assertFalse(valid(bad), "a reporter who is an official should contradict the ontology");
    }

    @Test
    void everyDeclaredTermIsUsedByTheCodeOrSaysWhyNot() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(q -> q.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                var m = java.util.regex.Pattern.compile("LKG\\.(\\w+)").matcher(src);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> fieldUris = new HashSet<>();
        for (var field : LKG.class.getFields()) {
            if (field.getType() == org.apache.jena.graph.Node.class && used.contains(field.getName())) {
                try {
                    fieldUris.add(((org.apache.jena.graph.Node) field.get(null)).getURI());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        for (var s : org.localkg.extract.ProjectStatus.values()) {
            fieldUris.add(LKG.statusConcept(s).getURI());
        }
        for (String type : new String[] {"Official", "Person", "Reporter", "Enterprise", "Organization", "Park", "Project"}) {
            fieldUris.add(LKG.NS + type); // written through LKG.classOf(EntityType)
        }
        Set<String> unexplained = new java.util.TreeSet<>();
        for (Resource r : ont.listSubjects().toList()) {
            if (!r.isURIResource() || !r.getURI().startsWith(LKG.NS)) {
                continue;
            }
            boolean saysWhy = r.hasProperty(RDFS.comment) && r.getProperty(RDFS.comment).getString().startsWith("Not written by the extractor");
            if (!fieldUris.contains(r.getURI()) && !saysWhy) {
                unexplained.add(r.getURI());
            }
        }
        assertTrue(unexplained.isEmpty(), "declared, never written by the code, and no reason given: " + unexplained);
    }
}
