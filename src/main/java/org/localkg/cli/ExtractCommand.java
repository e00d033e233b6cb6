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
import org.apache.jena.riot.system.StreamRDFWriter;
import org.localkg.Pipeline;
import org.localkg.ingest.InOrder;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts files or folders without a store and writes RDF: N-Quads, or TriG when FILE ends in .trig.",
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
            InOrder.run(files, pipeline.threads(), f -> pipeline.extract(SourceReader.read(f, pipeline.limits())), (f, outcome) -> {
                try {
                    pipeline.write(outcome.get(), stream);
                } catch (SourceException e) {
                    System.err.println("kg extract: " + e.getMessage());
                    failures[0]++;
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                    System.err.println("kg extract: " + f.file() + ": extraction failed: " + e);
                    failures[0]++;
                }
            });
            failed += failures[0];
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
