package org.localkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** A Turtle file that travels in the jar (the ontology, the shapes), read into a graph of its own. */
public final class BundledTurtle {
    private BundledTurtle() {}

    public static Graph read(String resource) {
        try (InputStream in = BundledTurtle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
