package org.localkg.nlp.ner;

import com.hankcs.hanlp.classification.utilities.io.ConsoleLogger;
import com.hankcs.hanlp.classification.utilities.io.ILogger;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.localkg.nlp.HalfWidth;
import org.localkg.nlp.Segmenter;
import org.localkg.nlp.Token;

/**
 * Trains a {@link NerModel} with HanLP's averaged perceptron: the same update and averaging
 * HanLP's own {@code PerceptronTrainer} does, over our character instances. Deterministic: the
 * order of sentences is shuffled with a fixed seed, so one corpus gives one model.
 */
public final class NerTrainer {
    private static final ILogger SILENT = new ILogger() {
        @Override
        public void out(String format, Object... args) {
        }

        @Override
        public void err(String format, Object... args) {
        }

        @Override
        public void start(String format, Object... args) {
        }

        @Override
        public void finish(String format, Object... args) {
        }
    };

    /** Folds of the jackknife: a sentence's name features come from the names of the other four. */
    private static final int FOLDS = 5;
    private final Segmenter segmenter;
    private final int iterations;
    private final double compressRatio;

    /**
     * @param compressRatio share of the features dropped after training (those with the least
     *                      weight), to keep the model small
     */
    public NerTrainer(Segmenter segmenter, int iterations, double compressRatio) {
        this.segmenter = segmenter;
        this.iterations = iterations;
        this.compressRatio = compressRatio;
    }

    public NerModel train(List<NerSentence> sentences, IntConsumer iterationDone) {
        NERTagSet tagSet = new NERTagSet();
        for (String kind : new java.util.TreeSet<>(CluenerCorpus.CLASSES)) {
            for (String p : new String[] {"B-", "M-", "E-", "S-"}) {
                tagSet.add(p + kind);
            }
        }
        tagSet.lock();
        MutableFeatureMap features = new MutableFeatureMap(tagSet);
        List<Instance> instances = new ArrayList<>(sentences.size());
        NameGazetteer[] otherFolds = new NameGazetteer[FOLDS];
        for (int k = 0; k < FOLDS; k++) {
            List<NerSentence> others = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i % FOLDS != k) {
                    others.add(sentences.get(i));
                }
            }
            otherFolds[k] = NameGazetteer.of(others);
        }
        for (int i = 0; i < sentences.size(); i++) {
            NerSentence s = sentences.get(i);
            String view = HalfWidth.of(s.text());
            List<Token> tokens = segmenter.segment(view);
            int[] tags = tags(s, tagSet);
            String[] known = otherFolds[i % FOLDS].features(view, 0, view.length());
            instances.add(new CharInstance(view, 0, view.length(), NerModel.wordsByChar(view.length(), tokens), known, features, tags));
        }
        AveragedPerceptron model = new AveragedPerceptron(features);
        double[] total = new double[model.parameter.length];
        int[] timestamp = new int[model.parameter.length];
        int current = 0;
        int size = tagSet.size();
        Random random = new Random(20200101L);
        for (int iter = 1; iter <= iterations; iter++) {
            Collections.shuffle(instances, random);
            for (Instance instance : instances) {
                ++current;
                int[] guess = new int[instance.length()];
                model.viterbiDecode(instance, guess);
                for (int i = 0; i < instance.length(); i++) {
                    int[] fv = instance.getFeatureAt(i);
                    int[] gold = new int[fv.length];
                    int[] pred = new int[fv.length];
                    for (int j = 0; j < fv.length - 1; j++) {
                        gold[j] = fv[j] * size + instance.tagArray[i];
                        pred[j] = fv[j] * size + guess[i];
                    }
                    int goldPrev = i == 0 ? tagSet.bosId() : instance.tagArray[i - 1];
                    int predPrev = i == 0 ? tagSet.bosId() : guess[i - 1];
                    gold[fv.length - 1] = goldPrev * size + instance.tagArray[i];
                    pred[fv.length - 1] = predPrev * size + guess[i];
                    model.update(gold, pred, total, timestamp, current);
                }
            }
            iterationDone.accept(iter);
        }
        model.average(total, timestamp, current);
        LinearModel result = model;
        if (compressRatio > 0) {
            // HanLP reports the pruning's progress on the console, a line per 0.01%; keep it quiet
            ILogger console = ConsoleLogger.logger;
            ConsoleLogger.logger = SILENT;
            try {
                result = model.compress(compressRatio, 1e-3);
            } finally {
                ConsoleLogger.logger = console;
            }
        }
        return new NerModel(result, NameGazetteer.of(sentences));
    }

    /** Writes a model in HanLP's binary form, which {@link NerModel#load(Path)} reads. */
    public static void save(NerModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file);
             DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out))) {
            model.linearModel().save(data);
        }
        if (model.names() != null) {
            try (OutputStream out = Files.newOutputStream(Path.of(NerModel.namesOf(file.toString())))) {
                model.names().write(out);
            }
        }
    }

    private static int[] tags(NerSentence s, NERTagSet tagSet) {
        String[] t = new String[s.text().length()];
        java.util.Arrays.fill(t, "O");
        for (NerSpan span : s.spans()) {
            boolean free = true;
            for (int i = span.start(); i < span.end(); i++) {
                free &= t[i].equals("O");
            }
            if (!free) {
                continue; // nested or overlapping annotation: keep the first
            }
            if (span.length() == 1) {
                t[span.start()] = "S-" + span.kind();
            } else {
                t[span.start()] = "B-" + span.kind();
                for (int i = span.start() + 1; i < span.end() - 1; i++) {
                    t[i] = "M-" + span.kind();
                }
                t[span.end() - 1] = "E-" + span.kind();
            }
        }
        int[] ids = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            ids[i] = tagSet.idOf(t[i]);
        }
        return ids;
    }
}
