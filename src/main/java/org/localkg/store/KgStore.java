package org.localkg.store;

import java.nio.file.Files;
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
import org.apache.jena.tdb2.loader.DataLoader;
import org.localkg.Pipeline;
import org.localkg.ingest.InputFile;
import org.localkg.ingest.Source;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.SourceReader;
import org.localkg.rdf.LKG;
import org.localkg.search.LabelIndex;
import org.localkg.resolve.EntityKeys;
import org.localkg.resolve.NameClaim;

/**
 * A TDB2 store of article graphs. Each source file is read, extracted and checked first (a bad
 * file fails before the store is touched); then, in a write transaction shared with other files
 * of the run, its earlier articles, if any, are removed and the new ones added. A file whose bytes
 * are unchanged is skipped, so ingesting twice leaves the store exactly as after the first time.
 * A source is identified by its path below the folder the run was given.
 */
public final class KgStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path location;
    private final org.localkg.validate.ShapesValidator validator;
    private final LabelIndex labels;
    /** The store through the label index: every write goes here, so the index follows it. */
    private final DatasetGraph indexed;
    private Loader loader = Loader.AUTO;

    private KgStore(Dataset dataset, Path location, org.localkg.validate.ShapesValidator validator, LabelIndex labels) {
        this.dataset = dataset;
        this.location = location;
        this.validator = validator;
        this.labels = labels;
        this.indexed = labels.watching(dataset.asDatasetGraph());
    }

    public static KgStore open(Path dir) {
        return open(dir, new org.localkg.validate.ShapesValidator());
    }

    /** A store that checks articles against other shapes than the project's. */
    public static KgStore open(Path dir, org.localkg.validate.ShapesValidator validator) {
        return open(dir, validator, dsg -> dsg);
    }

    /**
     * A store whose reads and writes pass through {@code around} (a wrapper of the TDB2 dataset):
     * how tests make a write fail as a full disk does, which no test can bring about for real
     * without mounting a small file system.
     */
    static KgStore open(Path dir, org.localkg.validate.ShapesValidator validator,
            java.util.function.UnaryOperator<DatasetGraph> around) {
        String finished = PackedCompaction.finishInterruptedSwap(dir);
        if (finished != null) {
            System.err.println("kg: " + finished);
        }
        if (Files.exists(dir.resolve(XLoader.UNFINISHED))) {
            throw new IllegalStateException(dir + " holds a kg load that was stopped before it finished: run the same kg load again"
                    + " (it starts over), or delete " + dir);
        }
        var dsg = StoreLayout.connect(dir);
        LabelIndex labels = LabelIndex.open(dir);
        try {
            if (labels.isEmpty() && Txn.calculateRead(dsg, () -> dsg.find().hasNext())) {
                labels.rebuild(dsg); // a store written before it had an index
            }
            if (Txn.calculateRead(dsg, () -> CurrentFacts.missing(dsg))) {
                // a store written before it had current facts, or all of them, or before articles
                // named entities by skos:altLabel
                int renamed = Txn.calculateWrite(dsg, () -> {
                    int n = CurrentFacts.namesAsAltLabels(dsg);
                    CurrentFacts.rebuild(dsg);
                    return n;
                });
                if (renamed > 0) {
                    labels.rebuild(dsg); // its documents are the statements renamed
                }
            }
        } catch (RuntimeException e) {
            labels.close();
            throw e;
        }
        return new KgStore(org.apache.jena.query.DatasetFactory.wrap(around.apply(dsg)), dir, validator, labels);
    }

    /**
     * The base IRI to mint and serve under: {@code asked} (null when none was) checked against the
     * one the store records; see {@link StoreBase#resolve}.
     */
    public String base(String asked) {
        return base(asked, org.localkg.rdf.IriMinter.DEFAULT_BASE);
    }

    /** As {@link #base(String)}, with {@code dflt} for a store that has no base yet (a server's own address). */
    public String base(String asked, String dflt) {
        return StoreBase.resolve(location, dataset.asDatasetGraph(), asked, dflt);
    }

    /**
     * Replaces the named graph {@code g} with {@code triples} in one write transaction (an empty
     * list removes it): how linksets are written, so that a re-run replaces its links.
     */
    public void replaceGraph(Node g, java.util.Collection<org.apache.jena.graph.Triple> triples) {
        Txn.executeWrite(indexed, () -> {
            removeGraph(g);
            triples.forEach(t -> add(Quad.create(g, t)));
        });
    }

    /** How ingests write: a bulk loader into an empty store, transactions otherwise (the default, {@link Loader#AUTO}). */
    public KgStore loader(Loader loader) {
        this.loader = loader;
        return this;
    }

    /** The index of every entity's labels, in step with the store. */
    public LabelIndex labels() {
        return labels;
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

    /** Files written in one transaction; each file is still whole or absent (see {@link #ingest(List, Pipeline, IngestListener)}). */
    public static final int BATCH_FILES = 64;

    /**
     * Ingests files and folders (walked for .txt files); problems are reported and the rest goes on.
     * Files are read and extracted on the pipeline's threads, outside any transaction; then, one
     * at a time and in the order the files were given (sorted within folders), their entities are
     * resolved, their articles written and checked, so that the IRIs minted do not depend on the
     * number of threads. Files are written in batches of {@link #BATCH_FILES} per write transaction
     * (one transaction per file made the store grow far faster than its data: TDB2 copies the index
     * blocks each commit touches). A file is in one batch only, whole: a crash loses at most the
     * batch under way, which holds no file partly, and a re-run ingests what is missing.
     */
    public IngestSummary ingest(List<Path> paths, Pipeline pipeline, IngestListener listener) {
        long t0 = System.currentTimeMillis();
        List<String> failures = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(SourceReader.inputs(p));
            } catch (SourceException e) {
                failures.add(e.getMessage());
                listener.fileFailed(p, e.getMessage());
            }
        }
        return ingest(files, failures, t0, pipeline, listener);
    }

    /**
     * Ingests files already named with their source ids (a watched folder's new and changed files,
     * each {@link InputFile#under} the folder), as {@link #ingest(List, Pipeline, IngestListener)}.
     */
    public IngestSummary ingestFiles(List<InputFile> files, Pipeline pipeline, IngestListener listener) {
        return ingest(files, new ArrayList<>(), System.currentTimeMillis(), pipeline, listener);
    }

    private IngestSummary ingest(List<InputFile> files, List<String> failures, long t0, Pipeline pipeline, IngestListener listener) {
        listener.started(files.size());
        List<InputFile> distinct = new ArrayList<>();
        java.util.Map<String, Path> idsThisRun = new java.util.HashMap<>();
        for (InputFile input : files) {
            Path earlier = idsThisRun.putIfAbsent(input.id(), input.file());
            if (earlier == null) {
                distinct.add(input);
            } else {
                String msg = new SourceException(input.file(), "has the same source id '" + input.id() + "' as " + earlier
                        + " in this run; give the folder that holds both, so that their ids (paths below it) differ").getMessage();
                failures.add(msg);
                listener.fileFailed(input.file(), msg);
            }
        }
        Counts counts = new Counts();
        List<Prepared> batch = new ArrayList<>();
        boolean empty = isEmpty();
        Loader mode = loader.forStore(empty);
        DataLoader bulk = mode == Loader.TRANSACTIONS ? null : mode.create(dataset.asDatasetGraph());
        if (bulk != null) {
            bulk.startBulk();
        }
        boolean bulkCommitted = false;
        try {
            org.localkg.ingest.InOrder.run(distinct, pipeline.threads(),
                    // an empty store holds nothing to compare with (and a bulk loader may hold it)
                    input -> extracted(SourceReader.read(input, pipeline.limits()), pipeline, !empty),
                    (input, outcome) -> {
                        Path file = input.file();
                        counts.reached++;
                        try {
                            Prepared prepared = outcome.get();
                            prepared.file = file;
                            if (prepared.outcome == IngestListener.Outcome.UNCHANGED) {
                                counts.add(prepared);
                                listener.fileDone(file, prepared.outcome, 0, 0);
                                return;
                            }
                            if (!empty) {
                                // only a run that writes needs the stored names (read once per pipeline):
                                // re-ingesting unchanged files stays cheap
                                seedRegistry(pipeline);
                            }
                            written(prepared, pipeline, listener);
                            if (prepared.graphs.isEmpty() && prepared.rejected == 0) {
                                listener.fileWarning(file, file + ": no article was found in the file (is it a page of text?)");
                            }
                            batch.add(prepared);
                        } catch (SourceException e) {
                            failures.add(e.getMessage());
                            listener.fileFailed(file, e.getMessage());
                        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                            // one file's failure (even the segmenter running out of memory on it) is that file's alone
                            String msg = file + ": extraction failed: " + e;
                            failures.add(msg);
                            listener.fileFailed(file, msg);
                        }
                        // outside the file's own failures: a transaction that fails is the run's (it holds 64 files)
                        if (batch.size() >= BATCH_FILES) {
                            flush(batch, pipeline, counts, listener, bulk);
                        }
                    });
            flush(batch, pipeline, counts, listener, bulk);
            if (bulk != null) {
                // the current facts of every article loaded, in the load's transaction (a write of
                // their own after it spread over the packed indexes: 36% more disk at 1,000 pages)
                StreamRDF out = bulk.stream();
                counts.current.triples(t -> out.quad(Quad.create(org.localkg.rdf.CurrentGraph.NAME, t)));
                bulk.finishBulk();
                bulkCommitted = true; // what fails from here on undoes nothing of it
                labels.rebuild(dataset.asDatasetGraph()); // the loader wrote around the index
            }
            writeOntology();
        } catch (RuntimeException | Error e) {
            boolean bulkUndone = bulk != null && !bulkCommitted;
            if (bulkUndone) {
                try {
                    bulk.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                } catch (RuntimeException | Error again) {
                    e.addSuppressed(again);
                }
            }
            if (DiskFull.in(e)) {
                throw new StoreFullException(location, bulkUndone ? 0 : counts.added + counts.replaced, batch.size(),
                        distinct.size() - counts.reached, bulkUndone, e);
            }
            throw e;
        }
        IngestSummary summary = new IngestSummary(files.size(), counts.added, counts.replaced, counts.unchanged, counts.articles,
                counts.rejected, counts.triples, System.currentTimeMillis() - t0, List.copyOf(failures));
        listener.finished(summary);
        return summary;
    }

    /** Ingests one source from memory (the bundled samples). */
    public IngestSummary ingestSource(Source source, Pipeline pipeline, IngestListener listener) {
        long t0 = System.currentTimeMillis();
        Counts counts = new Counts();
        Prepared p = extracted(source, pipeline, true);
        if (p.outcome == IngestListener.Outcome.UNCHANGED) {
            counts.add(p);
        } else {
            seedRegistry(pipeline); // once per pipeline
            written(p, pipeline, listener);
        }
        try {
            if (p.outcome != IngestListener.Outcome.UNCHANGED) {
                flush(new ArrayList<>(List.of(p)), pipeline, counts, listener, null);
            }
            writeOntology();
        } catch (RuntimeException | Error e) {
            if (DiskFull.in(e)) {
                throw new StoreFullException(location, 0, p.outcome == IngestListener.Outcome.UNCHANGED ? 0 : 1, 0, false, e);
            }
            throw e;
        }
        return new IngestSummary(1, counts.added, counts.replaced, counts.unchanged, counts.articles, counts.rejected, counts.triples,
                System.currentTimeMillis() - t0, List.of());
    }

    /**
     * Writes the ontology graph the data needs beside it ({@link org.localkg.rdf.OntologyGraph}: the
     * class hierarchy and the project statuses with their names) unless the store holds it as it
     * should be. Ingest writes it with its first files; every ingest and load ends with this check,
     * so a store made before it, or under an older ontology, gets it at its next ingest even when
     * every file is unchanged. Returns whether it wrote.
     */
    public boolean writeOntology() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        // an empty store stays empty (kg demo and kg load take only those): a run that stored nothing describes nothing
        if (Txn.calculateRead(dsg, () -> !dsg.find().hasNext() || org.localkg.rdf.OntologyGraph.isIn(dsg))) {
            return false;
        }
        return Txn.calculateWrite(dsg, () -> org.localkg.rdf.OntologyGraph.writeInto(dsg));
    }

    /** A file read, extracted and checked, not yet written. */
    private static final class Prepared {
        Path file;
        Source source;
        Node sourceNode;
        IngestListener.Outcome outcome;
        Pipeline.Extraction extraction;
        List<Quad> quads = List.of();
        List<Node> graphs = List.of();
        int rejected;
        /** A source node stored for this file under another id (a store keyed by bare file names) to replace. */
        Node movedFrom;
    }

    private static final class Counts {
        int added, replaced, unchanged, articles, rejected;
        /** Files handed to the writing thread so far, stored or not. */
        int reached;
        /** Whether this run has written the ontology's graph with a batch of files. */
        boolean ontologyWritten;
        /** What a bulk load's articles say of their entities: their current facts, written as the load ends. */
        final org.localkg.rdf.CurrentGraph.Gathering current = new org.localkg.rdf.CurrentGraph.Gathering();
        long triples;

        void add(Prepared p) {
            switch (p.outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            articles += p.graphs.size();
            rejected += p.rejected;
            triples += p.quads.size();
        }
    }

    /**
     * The first half of a file's way in, safe on any thread: what the store holds of it and, unless
     * its bytes are unchanged, its extraction. Nothing is written.
     */
    private Prepared extracted(Source source, Pipeline pipeline, boolean lookUp) {
        Prepared p = new Prepared();
        p.source = source;
        p.sourceNode = pipeline.iris().source(source.id());
        Node sources = pipeline.iris().sourcesGraph();
        Stored stored = lookUp ? Txn.calculateRead(dataset, () -> stored(sources, p.sourceNode, source.location()))
                : new Stored(null, null, null);
        String storedHash = stored.hash(), storedLocation = stored.location();
        if (storedLocation != null && !storedLocation.equals(source.location()) && !storedLocation.startsWith("classpath:")
                && Files.isRegularFile(Path.of(storedLocation))) {
            throw new SourceException(source.location(), "its source id '" + source.id() + "' is already taken by " + storedLocation
                    + ", stored before and still there; ingest from the folder that holds both, so that their ids (paths below it) differ");
        }
        if (source.hash().equals(storedHash)) {
            p.outcome = IngestListener.Outcome.UNCHANGED;
            return p;
        }
        p.movedFrom = stored.otherId();
        p.outcome = storedHash == null && p.movedFrom == null ? IngestListener.Outcome.ADDED : IngestListener.Outcome.REPLACED;
        // extract before any transaction: a failure here leaves the store untouched
        p.extraction = pipeline.extract(source);
        return p;
    }

    /**
     * The second half, on the run's one writing thread and in the run's order: entities resolved,
     * articles written as quads and checked against the shapes (an article that violates them is
     * reported and left out).
     */
    private void written(Prepared p, Pipeline pipeline, IngestListener listener) {
        List<Quad> quads = new ArrayList<>();
        StreamRDF sink = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        List<Node> graphs = new ArrayList<>(pipeline.write(p.extraction, sink));
        p.extraction = null; // the quads are all that is needed from here on
        java.util.Map<Node, org.apache.jena.graph.Graph> byGraph = new java.util.HashMap<>();
        for (Quad q : quads) {
            byGraph.computeIfAbsent(q.getGraph(), k -> org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph())
                    .add(q.asTriple());
        }
        for (Node g : List.copyOf(graphs)) {
            var violations = validator.validate(g.getURI(), byGraph.get(g));
            if (!violations.isEmpty()) {
                listener.articleRejected(p.source.location(), g.getURI(), violations);
                graphs.remove(g);
                quads.removeIf(q -> q.getGraph().equals(g));
                p.rejected++;
            }
        }
        p.quads = quads;
        p.graphs = graphs;
    }

    /**
     * Writes a batch of prepared files, then reports them done: in one write transaction, or into
     * the bulk loader's stream when there is one (its one transaction commits when the load ends).
     */
    private void flush(List<Prepared> batch, Pipeline pipeline, Counts counts, IngestListener listener, DataLoader bulk) {
        if (batch.isEmpty()) {
            return;
        }
        Node sources = pipeline.iris().sourcesGraph();
        // the ontology's graph goes with the first files, in their transaction: a write of its own
        // after them could fail (a full disk) where theirs did not, and fail the run that stored them
        if (bulk != null) {
            StreamRDF out = bulk.stream();
            if (!counts.ontologyWritten) { // the bulk loader fills an empty store: it is not there yet
                org.localkg.rdf.OntologyGraph.triples().forEach(t -> out.quad(Quad.create(org.localkg.rdf.OntologyGraph.NAME, t)));
            }
            for (Prepared p : batch) {
                p.quads.forEach(out::quad);
                counts.current.article(p.quads);
                described(p, sources).forEach(out::quad);
            }
        } else {
            Txn.executeWrite(indexed, () -> {
                if (!counts.ontologyWritten) {
                    org.localkg.rdf.OntologyGraph.writeInto(dataset.asDatasetGraph());
                }
                // the articles replaced and written, and their entities: their current facts change
                CurrentFacts.Touched touched = new CurrentFacts.Touched();
                for (Prepared p : batch) {
                    if (p.movedFrom != null) {
                        removeSource(sources, p.movedFrom, touched);
                    }
                    removeSource(sources, p.sourceNode, touched);
                    p.quads.forEach(this::add);
                    touched.writing(p.quads);
                    described(p, sources).forEach(dataset.asDatasetGraph()::add);
                }
                CurrentFacts.refresh(dataset.asDatasetGraph(), touched);
            });
        }
        counts.ontologyWritten = true;
        for (Prepared p : batch) {
            counts.add(p);
            if (p.file != null) {
                listener.fileDone(p.file, p.outcome, p.graphs.size(), p.quads.size());
            }
        }
        batch.clear();
    }

    /** What the sources graph says of a file: its id, location, hash and articles. */
    private static List<Quad> described(Prepared p, Node sources) {
        List<Quad> out = new ArrayList<>();
        out.add(Quad.create(sources, p.sourceNode, LKG.rdfType, LKG.Source));
        out.add(Quad.create(sources, p.sourceNode, LKG.sourceFile, NodeFactory.createLiteralString(p.source.id())));
        out.add(Quad.create(sources, p.sourceNode, LKG.location, NodeFactory.createLiteralString(p.source.location())));
        out.add(Quad.create(sources, p.sourceNode, LKG.sha256, NodeFactory.createLiteralString(p.source.hash())));
        for (Node g : p.graphs) {
            out.add(Quad.create(sources, p.sourceNode, LKG.hasArticle, g));
        }
        return out;
    }

    /**
     * What the store knows of a source: its hash and location (null when not stored) and, when it
     * is not stored, the source node this file's location is stored under with another id, if any.
     */
    private record Stored(String hash, String location, Node otherId) {}

    private Stored stored(Node sources, Node sourceNode, String location) {
        var h = dataset.asDatasetGraph().find(sources, sourceNode, LKG.sha256, Node.ANY);
        var l = dataset.asDatasetGraph().find(sources, sourceNode, LKG.location, Node.ANY);
        String hash = h.hasNext() ? h.next().getObject().getLiteralLexicalForm() : null;
        return new Stored(hash, l.hasNext() ? l.next().getObject().getLiteralLexicalForm() : null,
                hash == null ? storedUnderOtherId(sources, sourceNode, location) : null);
    }

    /**
     * The source node under which this very file (same location) was stored with another id: stores
     * written before sources were keyed by their path below the ingest root keyed them by bare file
     * name. Re-ingesting the file moves it to its new id, so such a store migrates as it is re-ingested.
     */
    private Node storedUnderOtherId(Node sources, Node sourceNode, String location) {
        var it = dataset.asDatasetGraph().find(sources, Node.ANY, LKG.location, NodeFactory.createLiteralString(location));
        while (it.hasNext()) {
            Node other = it.next().getSubject();
            if (!other.equals(sourceNode)) {
                return other;
            }
        }
        return null;
    }

    /**
     * Takes out every article graph that violates the shapes, and reports each to {@code listener}
     * as ingest reports an article it does not store: a bulk load ({@code kg load}) stores what its
     * files hold, so the shapes are checked after it, and both paths keep only articles that pass.
     * The current facts of the entities those articles described are worked out again without them.
     * Returns how many articles were taken out.
     */
    public int rejectViolatingArticles(IngestListener listener) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        java.util.Map<Node, List<org.localkg.validate.Violation>> violating = new java.util.LinkedHashMap<>();
        java.util.Map<Node, String> sources = new java.util.HashMap<>();
        Txn.executeRead(dsg, () -> validator.validate(dsg, CurrentFacts::isArticle).forEach(v -> {
            Node g = NodeFactory.createURI(v.article());
            violating.computeIfAbsent(g, k -> new ArrayList<>()).add(v);
            sources.computeIfAbsent(g, k -> {
                var file = dsg.find(g, g, LKG.sourceFile, Node.ANY);
                return file.hasNext() ? file.next().getObject().getLiteralLexicalForm() : g.getURI();
            });
        }));
        if (violating.isEmpty()) {
            return 0;
        }
        Txn.executeWrite(indexed, () -> {
            CurrentFacts.Touched touched = new CurrentFacts.Touched();
            for (Node g : violating.keySet()) {
                touched.removing(dsg, g);
                removeGraph(g);
                dsg.deleteAny(Node.ANY, Node.ANY, LKG.hasArticle, g);
            }
            CurrentFacts.refresh(dsg, touched);
        });
        violating.forEach((g, violations) -> listener.articleRejected(sources.get(g), g.getURI(), violations));
        return violating.size();
    }

    /** Removes a source's articles and record; adds them and the entities they described to {@code touched}. */
    private void removeSource(Node sources, Node sourceNode, CurrentFacts.Touched touched) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<Node> old = new ArrayList<>();
        dsg.find(sources, sourceNode, LKG.hasArticle, Node.ANY).forEachRemaining(q -> old.add(q.getObject()));
        for (Node g : old) {
            touched.removing(dsg, g);
            removeGraph(g);
        }
        dsg.deleteAny(sources, sourceNode, Node.ANY, Node.ANY);
    }

    /*
     * Writes inside a write transaction begun on the indexed view. Only label quads pass through the
     * index's view: it checks every quad it is given against the store before adding it, which
     * halved ingest speed when all quads went through it; the rest go to the store directly.
     */

    private void add(Quad q) {
        (LabelIndex.indexes(q.getPredicate()) ? indexed : dataset.asDatasetGraph()).add(q);
    }

    private void removeGraph(Node g) {
        for (Node p : LabelIndex.PREDICATES) {
            indexed.deleteAny(g, Node.ANY, p, Node.ANY);
        }
        dataset.asDatasetGraph().removeGraph(g);
    }

    /**
     * Teaches the run's registry the names already in the store, so that new articles reuse the
     * IRIs of entities stored before (spelling variants included).
     */
    private void seedRegistry(Pipeline pipeline) {
        if (!pipeline.registry().markSeeded()) {
            return; // a pipeline kept across ingests (a server's) has learnt them, and all it wrote since
        }
        String q = "SELECT ?e ?label WHERE { GRAPH ?g { ?e <" + LKG.label.getURI() + ">|<" + LKG.altLabel.getURI()
                + ">|<" + LKG.hiddenLabel.getURI() + "> ?label } FILTER(STRSTARTS(STR(?e), \"" + pipeline.iris().base() + "id/entity/\")) }";
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
                List<String> keys = new ArrayList<>();
                for (String l : entry.getValue()) {
                    String key = "thing|" + EntityKeys.thingKey(l);
                    keys.add(EntityKeys.thingKey(l));
                    if (pipeline.iris().entity(key).getURI().equals(entry.getKey())) {
                        canonical = key;
                    }
                }
                if (canonical != null) {
                    pipeline.registry().register(NameClaim.ofNames(canonical, keys.stream().distinct().toList(), false, null), canonical);
                }
            }
        });
    }

    /**
     * Compacts the store in {@code dir} into a new one with packed indexes ({@link PackedCompaction}):
     * its quads written out and loaded by TDB2's xloader. Nothing else may have the store open (the
     * server holds a lock); in this JVM, a {@link KgStore} open on it is closed for good by this.
     */
    public static void compact(Path dir) {
        PackedCompaction.compact(dir, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Loads an RDF file into a new store in {@code dir} with TDB2's sequential bulk loader, as
     * {@code tdb2.tdbloader --loader=sequential} does, in this project's index layout and without
     * the label index: the yardstick {@code kg bench} measures ingest against. Returns the quads loaded.
     */
    public static long bulkLoadFile(Path dir, Path file) {
        var dsg = StoreLayout.connect(dir);
        try {
            var loader = Loader.SEQUENTIAL.create(dsg);
            loader.startBulk();
            try {
                loader.load(file.toString());
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            return loader.countQuads() + loader.countTriples();
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }

    /** The bytes the store's files take on disk (allocated blocks: TDB2's files are sparse). */
    public long diskBytes() {
        return DiskUsage.of(location);
    }

    @Override
    public void close() {
        try {
            dataset.close();
        } finally {
            labels.close();
        }
    }
}
