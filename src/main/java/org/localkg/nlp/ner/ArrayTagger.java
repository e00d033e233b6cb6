package org.localkg.nlp.ner;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import org.localkg.nlp.Token;

/**
 * Tagging with the model over flat arrays: each character's features are looked up as ids straight
 * from their characters ({@link FeatureIndex}), into one int array for the whole stretch, and
 * Viterbi runs over the model's weight array. It finds the same best path, with the same score, as
 * HanLP's {@link LinearModel#viterbiDecode}: HanLP sums all of a position's feature weights again
 * for every pair of previous and current label, although only the previous label's weight changes
 * with the pair; here they are summed once per label, and the previous label's weight is added to
 * that sum. The additions happen in the same order, so every score, and so every tie, is bit for
 * bit HanLP's. And for each label the previous labels are tried best first, stopping where even
 * the highest transition weight could not reach the best score found: floating-point addition is
 * monotone, so what is skipped could neither win nor tie. Immutable; tagging is thread-safe (each
 * call has its own buffers).
 */
final class ArrayTagger {
    private final FeatureIndex index;
    /** The features' weights, as {@link FeatureLayout#rows}. */
    private final int[] rows;
    /** The weights of each previous label: row × {@link #tags} + label. */
    private final float[] transitions;
    private final int tags;
    private final int[] allLabels;
    /** The feature "no previous label", at the start of a stretch. */
    private final int bos;
    /** For each label, the highest weight any previous label gives it: a bound that ends the search early. */
    private final double[] highestTransition;

    ArrayTagger(LinearModel model) {
        this.tags = model.featureMap.tagSet.size();
        this.allLabels = model.featureMap.allLabels();
        this.bos = model.featureMap.bosTag();
        FeatureLayout layout = new FeatureLayout(model.featureMap.entrySet(), model.parameter, tags, Math.max(bos, tags) + 1);
        this.index = new FeatureIndex(layout.features);
        this.rows = layout.rows;
        this.transitions = layout.transitions;
        if (allLabels.length != tags) {
            throw new IllegalArgumentException(allLabels.length + " labels in a tag set of " + tags);
        }
        this.highestTransition = new double[allLabels.length];
        for (int label = 0; label < allLabels.length; label++) {
            float high = Float.NEGATIVE_INFINITY;
            for (int b = 0; b < allLabels.length; b++) {
                high = Math.max(high, transitions[b * tags + label]);
            }
            highestTransition[label] = high;
        }
    }

    /**
     * Fills {@code guess} with the best tag of each character of {@code text[from, to)}; returns the
     * path's score.
     *
     * @param words the token covering each character of {@code text}, or null where none does
     * @param known the {@link NameGazetteer} feature of each character of {@code [from, to)}, or null
     */
    double decode(String text, int from, int to, Token[] words, String[] known, int[] guess) {
        int n = to - from;
        int[] first = new int[n + 1];
        int[] ids = StretchFeatures.of(index, text, from, to, words, known, first).ids;
        return viterbi(ids, first, n, guess);
    }

    private double viterbi(int[] ids, int[] first, int n, int[] guess) {
        float[] w = transitions;
        int labels = allLabels.length;
        int[] previous = new int[n * labels];
        double[][] scores = new double[2][labels];
        // every position's feature weights summed first, in a pass of its own: the rows it reads are
        // independent of each other, so the processor fetches many at once instead of a position's
        // few between the steps of the search
        double[] emissions = new double[n * labels];
        for (int i = 0; i < n; i++) {
            int at = i * labels;
            for (int k = first[i]; k < first[i + 1]; k++) {
                int row = ids[k];
                int weight = row + 1;
                // the labels whose weight is not +0.0, lowest first: each sum gets its additions in the same order
                for (int mask = rows[row]; mask != 0; mask &= mask - 1) {
                    emissions[at + Integer.numberOfTrailingZeros(mask)] += Float.intBitsToFloat(rows[weight++]);
                }
            }
        }
        double[] emission = new double[labels];
        int[] order = new int[labels];
        for (int label = 0; label < labels; label++) {
            order[label] = label;
        }
        for (int i = 0; i < n; i++) {
            int cur = i & 1;
            int last = 1 - cur;
            System.arraycopy(emissions, i * labels, emission, 0, labels);
            if (i == 0) {
                int row = bos * tags;
                for (int label = 0; label < labels; label++) {
                    previous[label] = label;
                    scores[0][label] = emission[label] + w[row + label];
                }
                continue;
            }
            double[] before = scores[last];
            double[] now = scores[cur];
            rank(before, order);
            int at = i * labels;
            for (int label = 0; label < labels; label++) {
                double e = emission[label];
                double reach = e + highestTransition[label];
                double max = Integer.MIN_VALUE; // as HanLP: a label no score beats keeps its old entries
                int arg = -1;
                for (int r = 0; r < labels; r++) {
                    int b = order[r];
                    // addition is monotone, so no label ranked from here on can reach max: stop
                    if (before[b] + reach < max) {
                        break;
                    }
                    double score = before[b] + (e + w[b * tags + label]);
                    // HanLP's choice among equal scores: the lowest previous label
                    if (max < score || score == max && b < arg) {
                        max = score;
                        arg = b;
                    }
                }
                if (arg >= 0) {
                    previous[at + label] = arg;
                    now[label] = max;
                }
            }
        }
        double[] end = scores[(n - 1) & 1];
        int best = 0;
        double max = end[0];
        for (int label = 1; label < labels; label++) {
            if (max < end[label]) {
                best = label;
                max = end[label];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            guess[i] = allLabels[best];
            best = previous[i * labels + best];
        }
        return max;
    }

    /**
     * Sorts {@code order}, a permutation of the labels, by their score, highest first: an insertion
     * sort of the previous position's order, which the scores mostly keep, so it is nearly sorted
     * already (the order among equal scores does not matter: ties are settled by label).
     */
    private static void rank(double[] score, int[] order) {
        for (int k = 1; k < order.length; k++) {
            int label = order[k];
            double s = score[label];
            int j = k;
            while (j > 0 && score[order[j - 1]] < s) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = label;
        }
    }
}
