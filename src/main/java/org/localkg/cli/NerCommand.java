package org.localkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.localkg.extract.ArticleExtractor;
import org.localkg.extract.BenchmarkMentions;
import org.localkg.nlp.hanlp.HanlpSegmenter;
import org.localkg.nlp.ner.CluenerCorpus;
import org.localkg.nlp.ner.NerModel;
import org.localkg.nlp.ner.NerScore;
import org.localkg.nlp.ner.NerSentence;
import org.localkg.nlp.ner.NerSpan;
import org.localkg.nlp.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Trains and measures the learned name recogniser on CLUENER2020-format data.",
        subcommands = {NerCommand.Train.class, NerCommand.Eval.class})
final class NerCommand implements Runnable {
    static final String DEFAULT_DATA = "../shared/data/cluener/train.json";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static List<NerSentence> split(List<NerSentence> all, boolean heldOut) {
        List<NerSentence> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (CluenerCorpus.heldOut(i) == heldOut) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** The CLUENER2020-format file both subcommands read. */
    static final class DataOption {
        @Option(names = "--data", paramLabel = "FILE", description = "CLUENER2020 JSON (default: ${DEFAULT-VALUE})")
        Path file = Path.of(DEFAULT_DATA);

        List<NerSentence> read() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": no such file (CLUENER2020 JSON expected)");
            }
            return CluenerCorpus.read(file);
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Trains the recogniser on every sentence of FILE but the held-out tenth (index 9, 19, …) and writes the model.",
                "Example: kg ner train --data ../shared/data/cluener/train.json"})
    static final class Train implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataOption data = new DataOption();

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "model file (default: ${DEFAULT-VALUE}, shipped in the jar)")
        Path output = Path.of("src/main/resources" + NerModel.RESOURCE);

        @Option(names = "--iterations", description = "passes over the data (default: ${DEFAULT-VALUE})")
        int iterations = 8;

        @Option(names = "--compress", description = "share of the least weighty features dropped (default: ${DEFAULT-VALUE})")
        double compress = 0.95;

        @Override
        public Integer call() throws IOException {
            List<NerSentence> all = data.read();
            List<NerSentence> train = split(all, false);
            System.err.printf("kg ner train: %d sentences, %d to train on, %d held out%n", all.size(), train.size(), all.size() - train.size());
            long t0 = System.nanoTime();
            NerModel model = new NerTrainer(HanlpSegmenter.get(), iterations, compress)
                    .train(train, i -> System.err.printf("  iteration %d/%d done (%.0f s)%n", i, iterations, (System.nanoTime() - t0) / 1e9));
            NerTrainer.save(model, output);
            System.err.printf("kg ner train: wrote %s (%,d bytes)%n", output, Files.size(output));
            System.out.print(score(model, split(all, true), false).table());
            return 0;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"Scores the recogniser (or, with --extractor, the whole extractor) on the held-out tenth of FILE: exact spans, per class.",
                "Example: kg ner eval --extractor"})
    static final class Eval implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataOption data = new DataOption();

        @Option(names = "--model", paramLabel = "FILE", description = "a model file (default: the one in the jar)")
        Path model;

        @Option(names = "--extractor", description = "score the whole extractor's mentions (names, companies, organisations) instead of the model")
        boolean extractor;

        @Option(names = {"-v", "--verbose"}, description = "print each missed (-) and wrong (+) mention")
        boolean verbose;

        @Option(names = "--all", description = "every sentence of FILE, not just the held-out tenth (for a split we never trained on)")
        boolean all;

        @Override
        public Integer call() throws IOException {
            List<NerSentence> sentences = data.read();
            if (!all) {
                sentences = split(sentences, true);
            }
            NerScore score;
            if (extractor) {
                BenchmarkMentions mentions = new BenchmarkMentions(new ArticleExtractor(HanlpSegmenter.get()));
                score = new NerScore();
                for (NerSentence s : sentences) {
                    List<NerSpan> gold = new ArrayList<>();
                    for (NerSpan g : s.spans()) {
                        if (!g.kind().equals("position")) {
                            gold.add(new NerSpan(g.start(), g.end(), BenchmarkMentions.goldKind(g.kind())));
                        }
                    }
                    List<NerSpan> found = mentions.of(s.text());
                    score.add(gold, found);
                    if (verbose) {
                        differences(s.text(), gold, found);
                    }
                }
            } else {
                score = score(model == null ? NerModel.shipped() : NerModel.load(model), sentences, verbose);
            }
            System.out.printf("%d sentences%n", sentences.size());
            System.out.print(score.table());
            return 0;
        }
    }

    private static void differences(String text, List<NerSpan> gold, List<NerSpan> found) {
        for (NerSpan g : gold) {
            if (!found.contains(g)) {
                System.out.printf("- %-12s %s\t%s%n", g.kind(), g.in(text), text);
            }
        }
        for (NerSpan f : found) {
            if (!gold.contains(f)) {
                System.out.printf("+ %-12s %s\t%s%n", f.kind(), f.in(text), text);
            }
        }
    }

    static NerScore score(NerModel model, List<NerSentence> sentences, boolean verbose) {
        NerScore score = new NerScore();
        for (NerSentence s : sentences) {
            List<NerSpan> found = model.tag(s.text(), HanlpSegmenter.get());
            score.add(s.spans(), found);
            if (verbose) {
                differences(s.text(), s.spans(), found);
            }
        }
        return score;
    }
}
