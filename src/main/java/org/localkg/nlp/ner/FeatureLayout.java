package org.localkg.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The model's weights in a layout of our own, for the cache. Three in four of the weights are
 * +0.0 (most features say something of two to five labels only), so each feature's row keeps only
 * the others: at the feature's id, a mask of the labels whose weight is not +0.0, then those
 * weights (their bits), lowest label first; a row is six ints on average instead of a label
 * count of floats, and the whole a third of HanLP's array. Adding +0.0 to a sum that started at
 * +0.0 changes nothing (the sum is never -0.0), so skipping them leaves every sum as it was.
 * And rows of features that differ only in their template letter are side by side: a
 * character's features under the letters of one character (the character two before, one
 * before, itself, …) are read at five neighbouring positions, a pair's under the pair letters at
 * four; stored together, the rows one position reads are mostly still cached from the last,
 * where HanLP's order (the order features were met in training) scatters them. The previous
 * label's weights (HanLP's first rows, below {@code fixed}) are also kept whole, for the search.
 */
final class FeatureLayout {
    /** Each feature with its id: where its row starts in {@link #rows}. */
    final List<Map.Entry<String, Integer>> features;
    /** The rows: at a feature's id, the mask of its labels, then the bits of their weights. */
    final int[] rows;
    /** The weights of each previous label (HanLP's rows below {@code fixed}), row × tags + label. */
    final float[] transitions;

    /**
     * @param features the model's features and their ids (rows of {@code weights})
     * @param weights HanLP's weights, row × tags + label
     * @param fixed HanLP's rows below this are the previous label's
     */
    FeatureLayout(Iterable<Map.Entry<String, Integer>> features, float[] weights, int tags, int fixed) {
        if (tags > Integer.SIZE) {
            throw new IllegalArgumentException(tags + " labels: a row's mask holds " + Integer.SIZE);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>();
        features.forEach(sorted::add);
        sorted.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().substring(1))
                .thenComparing(e -> e.getKey().charAt(0)));
        this.transitions = Arrays.copyOf(weights, Math.min(weights.length, fixed * tags));
        int[] out = new int[sorted.size() * (1 + tags)];
        int size = 0;
        List<Map.Entry<String, Integer>> placed = new ArrayList<>(sorted.size());
        for (Map.Entry<String, Integer> e : sorted) {
            int row = e.getValue() * tags;
            int mask = 0;
            int at = size + 1;
            for (int label = 0; label < tags; label++) {
                int bits = Float.floatToRawIntBits(weights[row + label]);
                if (bits != 0) { // +0.0 only, as the class comment argues; a -0.0 is kept (the model has none)
                    mask |= 1 << label;
                    out[at++] = bits;
                }
            }
            out[size] = mask;
            placed.add(Map.entry(e.getKey(), size));
            size = at;
        }
        this.rows = Arrays.copyOf(out, size);
        this.features = List.copyOf(placed);
    }
}
