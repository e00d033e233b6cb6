package org.localkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.localkg.bench.ExtractionSpeed;
import org.localkg.bench.SyntheticCorpus;
import org.localkg.ingest.InputFile;
import org.localkg.ingest.InputLimits;
import org.localkg.ingest.Source;
import org.localkg.ingest.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg bench extraction}: our one-thread extraction against HanLP's own NER on the same text,
 * on generated pages and on copies of the bundled sample pages, in a minute or two: the check to
 * rerun while making extraction faster. The two alternate page by page, so that the machine's
 * other work and the JIT weigh on both alike; the first round includes the JIT warming up. The
 * last column compares the CPU time of the working thread.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Times one-thread extraction against HanLP's NER alone (its standard segmenter with person,",
            "place and organisation recognition) on generated pages and on copies of the sample pages,",
            "alternating page by page, and prints chars/s and the ratio per round.",
            "Example: kg bench extraction --pages 300 --sample-copies 60 --rounds 3"})
final class ExtractionBenchCommand implements Callable<Integer> {
    @Option(names = "--pages", paramLabel = "N", description = "generated pages (default: ${DEFAULT-VALUE}; 0 for none)")
    int pages = 300;

    @Option(names = "--sample-copies", paramLabel = "N", description = "copies of the five sample pages (default: ${DEFAULT-VALUE}; 0 for none)")
    int sampleCopies = 60;

    @Option(names = "--rounds", paramLabel = "N", description = "rounds per corpus (default: ${DEFAULT-VALUE})")
    int rounds = 3;

    @Override
    public Integer call() throws Exception {
        System.out.println("| corpus | round | chars | HanLP NER alone, 1 thread (chars/s) | full extraction, 1 thread (chars/s)"
                + " | extraction / HanLP NER | the same in thread CPU time |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        if (pages > 0) {
            Path dir = Files.createTempDirectory("kg-bench-extraction");
            try {
                List<Source> sources = new ArrayList<>();
                for (Path p : new SyntheticCorpus(1).write(dir, pages)) {
                    sources.add(SourceReader.read(InputFile.under(dir, p), InputLimits.DEFAULT));
                }
                measure(pages + " generated pages", sources);
            } finally {
                org.localkg.store.Folders.deleteTree(dir);
            }
        }
        if (sampleCopies > 0) {
            List<Source> samples = new ArrayList<>();
            for (String name : DemoCommand.sampleNames()) {
                samples.add(SourceReader.readResource(DemoCommand.CORPUS + name));
            }
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < sampleCopies; i++) {
                sources.addAll(samples);
            }
            measure(sampleCopies + " × the 5 sample pages", sources);
        }
        return 0;
    }

    private void measure(String corpus, List<Source> sources) {
        long chars = sources.stream().mapToLong(s -> s.text().length()).sum();
        for (int round = 1; round <= rounds; round++) {
            ExtractionSpeed.SideBySide both = ExtractionSpeed.alternating(sources, Defaults.BASE);
            ExtractionSpeed.Time ner = both.ner();
            ExtractionSpeed.Time extraction = both.extraction();
            System.out.printf("| %s | %d | %d | %.0f | %.0f | %.2f× | %.2f× |%n", corpus, round, chars, chars / ner.wall(),
                    chars / extraction.wall(), extraction.wall() / ner.wall(), extraction.cpu() / ner.cpu());
        }
    }
}
