package org.localkg.nlp.ner;

import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.localkg.nlp.Token;

/**
 * A character-level named-entity tagger on HanLP's linear model (an averaged structured
 * perceptron decoded with Viterbi), with tags B-, M-, E-, S-{class} and O. Immutable once
 * loaded; tagging is thread-safe.
 */
public final class NerModel {
    /** Where the shipped model lives on the class path (trained by {@code kg ner train}). */
    public static final String RESOURCE = "/org/localkg/nlp/ner/cluener.model";

    private static volatile NerModel shipped;

    private final LinearModel model;

    NerModel(LinearModel model) {
        this.model = model;
    }

    /** The model in the jar, loaded on first use; null when the jar has none. */
    public static NerModel shipped() {
        NerModel m = shipped;
        if (m == null) {
            synchronized (NerModel.class) {
                m = shipped;
                if (m == null) {
                    m = load(RESOURCE);
                    shipped = m;
                }
            }
        }
        return m;
    }

    static NerModel load(String resource) {
        try (InputStream in = NerModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no NER model at " + resource + " on the class path: run kg ner train");
            }
            LinearModel m = new LinearModel(null, null);
            if (!m.load(new ByteArray(in.readAllBytes()))) {
                throw new IllegalStateException("the NER model at " + resource + " cannot be read");
            }
            return new NerModel(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NerModel load(java.nio.file.Path file) throws IOException {
        LinearModel m = new LinearModel(null, null);
        if (!m.load(new ByteArray(java.nio.file.Files.readAllBytes(file)))) {
            throw new IOException(file + ": not a NER model");
        }
        return new NerModel(m);
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
        CharInstance instance = new CharInstance(text, from, to, words, model.featureMap, null);
        int[] guess = new int[to - from];
        model.viterbiDecode(instance, guess);
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
