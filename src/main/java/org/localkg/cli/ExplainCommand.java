package org.localkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.localkg.extract.ArticleExtractor;
import org.localkg.extract.ArticleFacts;
import org.localkg.extract.Explanation;
import org.localkg.ingest.Article;
import org.localkg.ingest.PageSplitter;
import org.localkg.ingest.Source;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.SourceReader;
import org.localkg.nlp.hanlp.HanlpSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Extracts text files and prints, article by article, every entity with where the text names it",
            "and every fact with the words it rests on (no RDF, no store).",
            "Example: kg explain page.txt"})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "text files, or folders walked for .txt files")
    List<Path> paths;

    @picocli.CommandLine.Option(names = "--tokens", description = "also print each entity's first mention in the segmenter's words and parts of speech")
    boolean tokens;

    @picocli.CommandLine.Option(names = "--rules", description = "also print the rules (class.method:line) that named each entity")
    boolean rules;

    @Override
    public Integer call() {
        ArticleFacts.traceOrigins(rules);
        ArticleExtractor extractor = new ArticleExtractor(HanlpSegmenter.get());
        int failed = 0;
        for (Path p : paths) {
            try {
                for (Path file : SourceReader.expand(p)) {
                    Source source = SourceReader.read(file);
                    System.out.println("== " + source.location()
                            + (source.metadata().date() == null ? "" : " (" + source.metadata().date() + ")"));
                    for (Article a : PageSplitter.split(source.text())) {
                        List<org.localkg.nlp.Token> words = tokens
                                ? HanlpSegmenter.get().segment(HanlpSegmenter.get().simplified(org.localkg.nlp.HalfWidth.of(a.text()))) : null;
                        ArticleFacts facts = extractor.extract(a, source.metadata().date());
                        Explanation.of(a, facts, words).forEach(System.out::println);
                    }
                }
            } catch (SourceException e) {
                System.err.println("kg explain: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
