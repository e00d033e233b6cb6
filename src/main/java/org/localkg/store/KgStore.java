package org.localkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.localkg.Pipeline;
import org.localkg.ingest.Source;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.SourceReader;
import org.localkg.rdf.LKG;
import org.localkg.resolve.EntityKeys;

/**
 * A TDB2 store of article graphs. Each source file is ingested in one write transaction: the
 * file is read and extracted first (a bad file fails before the store is touched), then its
 * earlier articles, if any, are removed and the new ones added. A file whose bytes are unchanged
 * is skipped, so ingesting twice leaves the store exactly as after the first time.
 */
public final class KgStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path location;
    private final org.localkg.validate.ShapesValidator validator;

    private KgStore(Dataset dataset, Path location, org.localkg.validate.ShapesValidator validator) {
        this.dataset = dataset;
        this.location = location;
        this.validator = validator;
    }

    public static KgStore open(Path dir) {
        return open(dir, new org.localkg.validate.ShapesValidator());
    }

    /** A store that checks articles against other shapes than the project's. */
    public static KgStore open(Path dir, org.localkg.validate.ShapesValidator validator) {
        return new KgStore(TDB2Factory.connectDataset(dir.toString()), dir, validator);
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path location() {
        return location;
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().find().hasNext());
    }

    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Ingests files and folders (walked for .txt files); problems are reported and the rest goes on. */
    public IngestSummary ingest(List<Path> paths, Pipeline pipeline, IngestListener listener) {
        long t0 = System.currentTimeMillis();
        List<String> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(SourceReader.expand(p));
            } catch (SourceException e) {
                failures.add(e.getMessage());
                listener.fileFailed(p, e.getMessage());
            }
        }
        seedRegistry(pipeline);
        listener.started(files.size());
        int added = 0, replaced = 0, unchanged = 0, articles = 0, rejected = 0;
        long triples = 0;
        for (Path file : files) {
            try {
                Source source = SourceReader.read(file);
                Result r = ingest(source, pipeline, listener);
                rejected += r.rejected;
                switch (r.outcome) {
                    case ADDED -> added++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
                articles += r.articles;
                triples += r.triples;
                listener.fileDone(file, r.outcome, r.articles, r.triples);
            } catch (SourceException e) {
                failures.add(e.getMessage());
                listener.fileFailed(file, e.getMessage());
            } catch (RuntimeException e) {
                String msg = file + ": extraction failed: " + e;
                failures.add(msg);
                listener.fileFailed(file, msg);
            }
        }
        IngestSummary summary = new IngestSummary(files.size(), added, replaced, unchanged, articles, rejected, triples,
                System.currentTimeMillis() - t0, List.copyOf(failures));
        listener.finished(summary);
        return summary;
    }

    /** Ingests one source from memory (the bundled samples). */
    public IngestSummary ingestSource(Source source, Pipeline pipeline, IngestListener listener) {
        long t0 = System.currentTimeMillis();
        Result r = ingest(source, pipeline, listener);
        return new IngestSummary(1, r.outcome == IngestListener.Outcome.ADDED ? 1 : 0,
                r.outcome == IngestListener.Outcome.REPLACED ? 1 : 0, r.outcome == IngestListener.Outcome.UNCHANGED ? 1 : 0,
                r.articles, r.rejected, r.triples, System.currentTimeMillis() - t0, List.of());
    }

    private record Result(IngestListener.Outcome outcome, int articles, int rejected, long triples) {}

    private Result ingest(Source source, Pipeline pipeline, IngestListener listener) {
        Node sourceNode = pipeline.iris().source(source.id());
        Node sources = pipeline.iris().sourcesGraph();
        String storedHash = Txn.calculateRead(dataset, () -> storedHash(sources, sourceNode));
        if (source.hash().equals(storedHash)) {
            return new Result(IngestListener.Outcome.UNCHANGED, 0, 0, 0);
        }
        // extract before the transaction: a failure here leaves the store untouched
        List<Quad> quads = new ArrayList<>();
        StreamRDF sink = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        List<Node> graphs = new ArrayList<>(pipeline.process(source, sink));
        // each article's graph is checked against the shapes; one that violates them is reported and left out
        java.util.Map<Node, org.apache.jena.graph.Graph> byGraph = new java.util.HashMap<>();
        for (Quad q : quads) {
            byGraph.computeIfAbsent(q.getGraph(), k -> org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph())
                    .add(q.asTriple());
        }
        int rejected = 0;
        for (Node g : List.copyOf(graphs)) {
            var violations = validator.validate(g.getURI(), byGraph.get(g));
            if (!violations.isEmpty()) {
                listener.articleRejected(source.location(), g.getURI(), violations);
                graphs.remove(g);
                quads.removeIf(q -> q.getGraph().equals(g));
                rejected++;
            }
        }
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            removeSource(dsg, sources, sourceNode);
            quads.forEach(dsg::add);
            dsg.add(sources, sourceNode, LKG.rdfType, LKG.Source);
            dsg.add(sources, sourceNode, LKG.sourceFile, NodeFactory.createLiteralString(source.id()));
            dsg.add(sources, sourceNode, LKG.location, NodeFactory.createLiteralString(source.location()));
            dsg.add(sources, sourceNode, LKG.sha256, NodeFactory.createLiteralString(source.hash()));
            for (Node g : graphs) {
                dsg.add(sources, sourceNode, LKG.hasArticle, g);
            }
        });
        return new Result(storedHash == null ? IngestListener.Outcome.ADDED : IngestListener.Outcome.REPLACED,
                graphs.size(), rejected, quads.size());
    }

    private String storedHash(Node sources, Node sourceNode) {
        var it = dataset.asDatasetGraph().find(sources, sourceNode, LKG.sha256, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static void removeSource(DatasetGraph dsg, Node sources, Node sourceNode) {
        List<Node> old = new ArrayList<>();
        dsg.find(sources, sourceNode, LKG.hasArticle, Node.ANY).forEachRemaining(q -> old.add(q.getObject()));
        for (Node g : old) {
            dsg.removeGraph(g);
        }
        dsg.deleteAny(sources, sourceNode, Node.ANY, Node.ANY);
    }

    /**
     * Teaches the run's registry the names already in the store, so that new articles reuse the
     * IRIs of entities stored before (spelling variants included).
     */
    private void seedRegistry(Pipeline pipeline) {
        String q = "SELECT ?e ?label WHERE { GRAPH ?g { ?e <" + LKG.label.getURI() + ">|<" + LKG.altLabel.getURI()
                + "> ?label } FILTER(STRSTARTS(STR(?e), \"" + pipeline.iris().base() + "id/entity/\")) }";
        Txn.executeRead(dataset, () -> {
            java.util.Map<String, List<String>> labels = new java.util.HashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    labels.computeIfAbsent(s.getResource("e").getURI(), k -> new ArrayList<>())
                            .add(s.getLiteral("label").getLexicalForm());
                }
            }
            for (var entry : labels.entrySet()) {
                String canonical = null;
                for (String l : entry.getValue()) {
                    String key = "thing|" + EntityKeys.thingKey(l);
                    if (pipeline.iris().entity(key).getURI().equals(entry.getKey())) {
                        canonical = key;
                    }
                }
                if (canonical != null) {
                    for (String l : entry.getValue()) {
                        pipeline.registry().register("thing|" + EntityKeys.thingKey(l), canonical);
                    }
                }
            }
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
