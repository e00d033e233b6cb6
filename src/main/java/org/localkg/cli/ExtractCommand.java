package org.localkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.localkg.Pipeline;
import org.localkg.ingest.InOrder;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.SourceReader;
import org.localkg.rdf.CurrentGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts files or folders without a store and writes RDF: N-Quads, or TriG when FILE ends in .trig.",
            "An article graph per article, then the graph of current facts of the whole run (each entity's one rdfs:label",
            "and skos:prefLabel among them), as kg ingest would store them.",
            "Example: kg extract page.txt -o page.nq"})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "text files, or folders walked for .txt files")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: standard output)")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", description = "base of minted IRIs (default: ${DEFAULT-VALUE})")
    String base = Defaults.BASE;

    @picocli.CommandLine.Mixin
    InputLimitOptions limits = new InputLimitOptions();

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = new Pipeline(base).limits(limits.limits()).threads(threads.threads);
        List<org.localkg.ingest.InputFile> files = new ArrayList<>();
        int failed = 0;
        for (Path p : paths) {
            try {
                files.addAll(SourceReader.inputs(p));
            } catch (SourceException e) {
                System.err.println("kg extract: " + e.getMessage());
                failed++;
            }
        }
        RDFFormat format = output != null && output.toString().endsWith(".trig") ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS;
        try (OutputStream out = output == null ? nonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(output))) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            // extracted on many threads, written in the files' order: the same output for any number of threads
            int[] failures = {0};
            // the graph of current facts of every article written (as a bulk load gathers it):
            // in the article graphs an entity's names are skos:altLabels, its one rdfs:label is there
            CurrentGraph.Gathering current = new CurrentGraph.Gathering();
            InOrder.run(files, pipeline.threads(), f -> pipeline.extract(SourceReader.read(f, pipeline.limits())), (f, outcome) -> {
                try {
                    List<Quad> quads = new ArrayList<>();
                    pipeline.write(outcome.get(), new StreamRDFWrapper(stream) {
                        @Override
                        public void quad(Quad quad) {
                            quads.add(quad);
                            super.quad(quad);
                        }
                    });
                    current.article(quads);
                } catch (SourceException e) {
                    System.err.println("kg extract: " + e.getMessage());
                    failures[0]++;
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                    System.err.println("kg extract: " + f.file() + ": extraction failed: " + e);
                    failures[0]++;
                }
            });
            failed += failures[0];
            current.triples(t -> stream.quad(Quad.create(CurrentGraph.NAME, t)));
            stream.finish();
        }
        return failed == 0 ? 0 : 1;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
