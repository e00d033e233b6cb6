package org.localkg.nlp.ner;

import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.localkg.nlp.HalfWidth;
import org.localkg.nlp.Segmenter;
import org.localkg.nlp.Token;

/**
 * A character-level named-entity tagger on HanLP's linear model (an averaged structured
 * perceptron decoded with Viterbi), with tags B-, M-, E-, S-{class} and O. Immutable once
 * loaded; tagging is thread-safe.
 */
public final class NerModel {
    /** Where the shipped model lives on the class path (trained by {@code kg ner train}). */
    public static final String RESOURCE = "/org/localkg/nlp/ner/cluener.model";

    private final LinearModel model;
    /** Tags with the model over flat arrays, without HanLP's per-feature strings and trie. */
    private final ArrayTagger tagger;
    /** The training corpus's names, or null for a model trained without them. */
    private final NameGazetteer names;

    NerModel(LinearModel model, NameGazetteer names) {
        this.model = model;
        this.names = names;
        this.tagger = new ArrayTagger(model);
    }

    LinearModel linear() {
        return model;
    }

    NameGazetteer names() {
        return names;
    }

    /** Where the names of a model file are kept: beside it, with {@code .names} added. */
    static String namesOf(String modelLocation) {
        return modelLocation + ".names";
    }

    /** Loaded on first use by the JVM's class initialisation, which is lazy and thread-safe. */
    private static final class Shipped {
        static final NerModel MODEL = loadResource();
    }

    /** The model in the jar, loaded on first use. */
    public static NerModel shipped() {
        return Shipped.MODEL;
    }

    private static NerModel loadResource() {
        try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no NER model at " + RESOURCE + " on the class path: run kg ner train");
            }
            NameGazetteer names = null;
            try (InputStream n = NerModel.class.getResourceAsStream(namesOf(RESOURCE))) {
                if (n != null) {
                    names = NameGazetteer.read(n, namesOf(RESOURCE));
                }
            }
            return fromBytes(in.readAllBytes(), RESOURCE, names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model file, with the names file beside it when there is one. */
    public static NerModel load(java.nio.file.Path file) throws IOException {
        java.nio.file.Path namesFile = java.nio.file.Path.of(namesOf(file.toString()));
        NameGazetteer names = null;
        if (java.nio.file.Files.isRegularFile(namesFile)) {
            try (InputStream n = java.nio.file.Files.newInputStream(namesFile)) {
                names = NameGazetteer.read(n, namesFile.toString());
            }
        }
        return fromBytes(java.nio.file.Files.readAllBytes(file), file.toString(), names);
    }

    private static NerModel fromBytes(byte[] bytes, String where, NameGazetteer names) throws IOException {
        LinearModel m = new LinearModel(null, null);
        if (!m.load(new ByteArray(bytes))) {
            throw new IOException(where + ": not a NER model");
        }
        return new NerModel(m, names);
    }

    /** The mentions in a whole sentence, segmented here (for measuring; extraction tags its own tokens). */
    public List<NerSpan> tag(String sentence, Segmenter segmenter) {
        String view = HalfWidth.of(sentence);
        return tag(view, 0, view.length(), wordsByChar(view.length(), segmenter.segment(view)));
    }

    /**
     * The mentions in {@code text[from, to)}, offsets into {@code text}.
     *
     * @param words the token covering each character of {@code text}, or null where none does
     */
    public List<NerSpan> tag(String text, int from, int to, Token[] words) {
        if (to <= from) {
            return List.of();
        }
        String[] known = names == null ? null : names.features(text, from, to);
        int[] guess = new int[to - from];
        tagger.decode(text, from, to, words, known, guess);
        return spans(guess, model.tagSet(), from);
    }

    /** Reads BMES tags back into spans; a span that is not closed properly is dropped. */
    static List<NerSpan> spans(int[] tags, TagSet tagSet, int offset) {
        List<NerSpan> out = new ArrayList<>();
        int start = -1;
        String kind = null;
        for (int i = 0; i < tags.length; i++) {
            String t = tagSet.stringOf(tags[i]);
            char prefix = t.charAt(0);
            String k = t.length() > 2 ? t.substring(2) : null;
            switch (prefix) {
                case 'S' -> {
                    if (k != null) {
                        out.add(new NerSpan(offset + i, offset + i + 1, k));
                    }
                    start = -1;
                }
                case 'B' -> {
                    start = i;
                    kind = k;
                }
                case 'M' -> {
                    if (start >= 0 && !k.equals(kind)) {
                        start = -1;
                    }
                }
                case 'E' -> {
                    if (start >= 0 && k.equals(kind)) {
                        out.add(new NerSpan(offset + start, offset + i + 1, k));
                    }
                    start = -1;
                }
                default -> start = -1;
            }
        }
        return out;
    }

    /** Token covering each character, for {@link #tag}. */
    public static Token[] wordsByChar(int length, List<Token> tokens) {
        Token[] words = new Token[length];
        for (Token t : tokens) {
            for (int p = Math.max(0, t.start()); p < t.end() && p < length; p++) {
                words[p] = t;
            }
        }
        return words;
    }

    LinearModel linearModel() {
        return model;
    }
}
