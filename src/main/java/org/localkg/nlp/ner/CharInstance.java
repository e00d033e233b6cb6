package org.localkg.nlp.ner;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.localkg.nlp.Token;

/**
 * One stretch of text as HanLP's linear models see it, for training: one position per character,
 * each with its features ({@link CharFeatures}) as ids of HanLP's feature map. Characters rather
 * than words, because the benchmark counts exact character spans and the segmenter often cuts a
 * name in the wrong place; the segmenter's words and parts of speech are features, so its opinion
 * counts without deciding boundaries. Tagging does not build these ({@link ArrayTagger}).
 */
final class CharInstance extends Instance {
    /**
     * @param text  the text, half-width (as the extractor's view)
     * @param from  first character
     * @param to    end (exclusive)
     * @param words the token covering each character of {@code text}, or null where none does
     * @param known the {@link NameGazetteer} feature of each character of {@code [from, to)}, or null
     * @param tags  gold tag ids per character (training), or null (tagging)
     */
    CharInstance(String text, int from, int to, Token[] words, String[] known, FeatureMap features, int[] tags) {
        this(text, from, to, words, known, features::idOf, tags);
    }

    /** @param idOf a feature's id, or -1 for a feature the model does not know */
    CharInstance(String text, int from, int to, Token[] words, String[] known, ToIntFunction<String> idOf, int[] tags) {
        int n = to - from;
        featureMatrix = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> names = features(text, from, to, words, from + i, known == null ? null : known[i]);
            int[] ids = new int[names.size()];
            int size = 0;
            for (String f : names) {
                int id = idOf.applyAsInt(f);
                if (id != -1) {
                    ids[size++] = id;
                }
            }
            // as HanLP's toFeatureArray: the known ids, then a last slot (0) for the previous label
            featureMatrix[i] = Arrays.copyOf(ids, size + 1);
        }
        tagArray = tags != null ? tags : new int[n]; // HanLP reads the length from here
    }

    /** The feature strings of character {@code i}, the gazetteer's {@code known} last. */
    static List<String> features(String text, int from, int to, Token[] words, int i, String known) {
        List<String> out = new ArrayList<>(24);
        CharFeatures.write(text, from, to, words, i, known, new FeatureSink() {
            @Override
            protected void take(char[] chars, int length) {
                out.add(new String(chars, 0, length));
            }
        });
        return out;
    }
}
