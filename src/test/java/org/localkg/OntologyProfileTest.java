package org.localkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;

/** The ontology is in the OWL 2 DL profile, as the OWL API's checker reads it. */
class OntologyProfileTest {
    @Test
    void theOntologyIsOwl2Dl() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File("ontology/localkg.ttl"));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertTrue(report.isInProfile(), report.getViolations().toString());
    }
}
