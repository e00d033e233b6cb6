package org.localkg.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The model's weight rows in an order of our own, for the cache: rows of features that differ only
 * in their template letter side by side. A character's features under the letters of one
 * character (the character two before, one before, itself, …) are read at five neighbouring
 * positions, a pair's under the pair letters at four; stored together, the rows one position
 * reads are mostly still cached from the last, where HanLP's order (the order features were met
 * in training) scatters them over the whole array. The rows of the previous label (ids up to
 * {@code bos}) keep their place. Only where the weights are is changed: each feature's row holds
 * the same floats, so every sum is the same.
 */
final class FeatureLayout {
    /** Each feature with its row in {@link #weights}. */
    final List<Map.Entry<String, Integer>> features;
    /** The weights, row by row in the new order: row × tags + label. */
    final float[] weights;

    /**
     * @param features the model's features and their ids (rows of {@code weights})
     * @param fixed rows below this keep their place (the previous label's)
     */
    FeatureLayout(Iterable<Map.Entry<String, Integer>> features, float[] weights, int tags, int fixed) {
        List<Map.Entry<String, Integer>> moved = new ArrayList<>();
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : features) {
            (e.getValue() < fixed ? kept : moved).add(e);
        }
        moved.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().substring(1))
                .thenComparing(e -> e.getKey().charAt(0)));
        this.weights = new float[weights.length];
        System.arraycopy(weights, 0, this.weights, 0, Math.min(weights.length, fixed * tags));
        List<Map.Entry<String, Integer>> placed = new ArrayList<>(kept);
        int row = fixed;
        for (Map.Entry<String, Integer> e : moved) {
            System.arraycopy(weights, e.getValue() * tags, this.weights, row * tags, tags);
            placed.add(Map.entry(e.getKey(), row));
            row++;
        }
        this.features = List.copyOf(placed);
    }
}
