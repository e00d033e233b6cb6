package org.localkg.nlp.ner;

import org.localkg.nlp.Token;

/**
 * The ids of the features of every character of a stretch, in the order {@link CharFeatures}
 * writes them, found with fewer look-ups than one per feature: a feature of one character is
 * read from a direct table; the features of a pair of neighbouring characters under its four
 * letters (the two before a position, the one before and the position, …) come from one
 * look-up of the pair, made once for the stretch, and the pair either side of a position from
 * the same table; the three classes from a direct table. The segmenter's word features are
 * written by {@link CharFeatures#word} and looked up once per word and place in it (a word's
 * middle characters share them). What they find is what {@code CharFeatures.write} and
 * {@link FeatureIndex#idOf} give, feature by feature ({@code StretchFeaturesTest}).
 */
final class StretchFeatures {
    private StretchFeatures() {}

    /**
     * The ids of the features of each character of {@code text[from, to)}, the model's only, the
     * features of character {@code from + i} at {@code [first[i], first[i + 1])}.
     *
     * @param words the token covering each character of {@code text}, or null where none does
     * @param known the {@link NameGazetteer} feature of each character of {@code [from, to)}, or null
     * @param first filled with where each character's ids start, {@code to - from + 1} of them
     */
    static Ids of(FeatureIndex index, String text, int from, int to, Token[] words, String[] known, int[] first) {
        int n = to - from;
        Ids ids = new Ids(index, n * 20);
        // the stretch with two marks either side, as CharFeatures reads its neighbours
        char[] c = new char[n + 4];
        c[0] = CharFeatures.BEGIN;
        c[1] = CharFeatures.BEGIN;
        text.getChars(from, to, c, 2);
        c[n + 2] = CharFeatures.END;
        c[n + 3] = CharFeatures.END;
        // the class of each character, and '#' one either side
        int[] kind = new int[n + 2];
        kind[0] = FeatureIndex.kindNumber('#');
        kind[n + 1] = kind[0];
        for (int i = 0; i < n; i++) {
            kind[i + 1] = FeatureIndex.kindNumberOf(c[i + 2]);
        }
        // the entry of each pair of neighbours c[p] c[p + 1]
        int[] pair = new int[n + 3];
        for (int p = 0; p < n + 3; p++) {
            pair[p] = index.pairEntry(c[p], c[p + 1]);
        }
        int noWord = index.noWordId();
        Token word = null;
        int[][] wordIds = new int[4][];
        String lastKnown = null;
        int knownId = -1;
        for (int i = 0; i < n; i++) {
            first[i] = ids.size;
            int at = i + 2;
            ids.add(index.singleId(c[at - 2], 0));
            ids.add(index.singleId(c[at - 1], 1));
            ids.add(index.singleId(c[at], 2));
            ids.add(index.singleId(c[at + 1], 3));
            ids.add(index.singleId(c[at + 2], 4));
            ids.add(index.pairId(pair[at - 2], 0));
            ids.add(index.pairId(pair[at - 1], 1));
            ids.add(index.pairId(pair[at], 2));
            ids.add(index.pairId(pair[at + 1], 3));
            ids.add(index.pairId(index.pairEntry(c[at - 1], c[at + 1]), 4));
            ids.add(index.kindsId(kind[i], kind[i + 1], kind[i + 2]));
            Token w = words[from + i];
            if (w == null) {
                ids.add(noWord);
            } else {
                if (w != word) {
                    word = w;
                    java.util.Arrays.fill(wordIds, null);
                }
                int place = place(w, from + i);
                if (wordIds[place] == null) {
                    int start = ids.size;
                    CharFeatures.word(w, from, to, words, from + i, ids);
                    wordIds[place] = java.util.Arrays.copyOfRange(ids.ids, start, ids.size);
                } else {
                    for (int id : wordIds[place]) {
                        ids.add(id);
                    }
                }
            }
            String k = known == null ? null : known[i];
            if (k != null) {
                if (k != lastKnown) {
                    lastKnown = k;
                    knownId = ids.idOf(k);
                }
                ids.add(knownId);
            }
        }
        first[n] = ids.size;
        return ids;
    }

    /** Where character {@code i} is in word {@code w}, as {@link CharFeatures#word} tells it: alone, first, middle, last. */
    private static int place(Token w, int i) {
        return w.text().length() == 1 ? 0 : i == w.start() ? 1 : i == w.end() - 1 ? 3 : 2;
    }

    /** The ids of the features the model knows, in the order given; the others are dropped. */
    static final class Ids extends FeatureSink {
        private final FeatureIndex index;
        int[] ids;
        int size;

        Ids(FeatureIndex index, int capacity) {
            this.index = index;
            this.ids = new int[Math.max(16, capacity)];
        }

        void add(int id) {
            if (id != -1) {
                if (size == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, 2 * size);
                }
                ids[size++] = id;
            }
        }

        /** The id of a feature given whole, or -1. */
        int idOf(String feature) {
            char[] chars = feature.toCharArray();
            return index.idOf(chars, chars.length);
        }

        @Override
        protected void take(char[] chars, int length) {
            add(index.idOf(chars, length));
        }
    }
}
