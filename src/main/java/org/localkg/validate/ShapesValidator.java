package org.localkg.validate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.compose.Union;
import org.localkg.rdf.BundledTurtle;
import org.localkg.rdf.OntologyGraph;

/**
 * Validates article graphs with the project's SHACL shapes. Each graph is validated together
 * with the ontology graph the store and its dump carry ({@link OntologyGraph}: its sub-class axioms
 * let a County count as an AdministrativeDivision), so a violation is always about the article's
 * own data, and another SHACL engine given an article graph of the dump with that graph sees the same.
 */
public final class ShapesValidator {
    private static final String SHAPES = "org/localkg/ontology/shapes.ttl";

    private final Shapes shapes;
    private final Graph ontology;

    public ShapesValidator() {
        this.ontology = OntologyGraph.graph();
        this.shapes = Shapes.parse(BundledTurtle.read(SHAPES));
    }

    /** A validator with other shapes (Turtle), read with the same ontology. */
    public static ShapesValidator withShapes(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return new ShapesValidator(Shapes.parse(g));
    }

    private ShapesValidator(Shapes shapes) {
        this.ontology = OntologyGraph.graph();
        this.shapes = shapes;
    }

    /** The violations of one article graph. */
    public List<Violation> validate(String article, Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, ontology));
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(article, str(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                    e.message(), e.severity().level().getLocalName()));
        }
        return out;
    }

    /** The violations of every named graph of a dataset (and of its default graph, when not empty). */
    public List<Violation> validate(DatasetGraph dsg, java.util.function.Predicate<Node> graphFilter) {
        List<Violation> out = new ArrayList<>();
        if (!dsg.getDefaultGraph().isEmpty()) {
            out.addAll(validate("default graph", dsg.getDefaultGraph()));
        }
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (graphFilter.test(g)) {
                out.addAll(validate(g.getURI(), dsg.getGraph(g)));
            }
        }
        return out;
    }

    private static String str(Node n) {
        return n == null ? null : n.isURI() ? n.getURI() : n.toString();
    }
}
