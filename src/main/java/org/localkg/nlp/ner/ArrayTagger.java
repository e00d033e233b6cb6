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
    /**
     * The weights of the previous labels of each label, label × labels + previous label, widened to
     * double: the search reads a label's previous labels together, where {@link #transitions} has
     * them a row apart, and adds them as doubles (as the float would be widened anyway).
     */
    private final double[] into;

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
        this.into = new double[allLabels.length * allLabels.length];
        for (int label = 0; label < allLabels.length; label++) {
            for (int b = 0; b < allLabels.length; b++) {
                into[label * allLabels.length + b] = transitions[b * tags + label];
            }
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
        int[] order = new int[labels];
        for (int label = 0; label < labels; label++) {
            order[label] = label;
        }
        // the previous position's scores in the order of order, read in turn by the search
        double[] ranked = new double[labels];
        double[] into = this.into;
        for (int i = 0; i < n; i++) {
            int cur = i & 1;
            int last = 1 - cur;
            int at = i * labels;
            if (i == 0) {
                int row = bos * tags;
                for (int label = 0; label < labels; label++) {
                    previous[label] = label;
                    scores[0][label] = emissions[label] + w[row + label];
                }
                continue;
            }
            double[] before = scores[last];
            double[] now = scores[cur];
            rank(before, order, ranked);
            for (int label = 0; label < labels; label++) {
                double e = emissions[at + label];
                double reach = e + highestTransition[label];
                int from = label * labels;
                double max = Integer.MIN_VALUE; // as HanLP: a label no score beats keeps its old entries
                int arg = -1;
                int r = 0;
                if (labels > 3) {
                    // the three best previous labels, which nearly every label needs, tried without a
                    // branch each: trying one that the bound below would have skipped changes nothing,
                    // since such a label's score is below max and so neither wins nor ties
                    int b0 = order[0];
                    int b1 = order[1];
                    int b2 = order[2];
                    double s0 = ranked[0] + (e + into[from + b0]);
                    if (s0 > max) {
                        max = s0;
                        arg = b0;
                        double s1 = ranked[1] + (e + into[from + b1]);
                        boolean better = max < s1 || s1 == max && b1 < arg;
                        max = better ? s1 : max;
                        arg = better ? b1 : arg;
                        double s2 = ranked[2] + (e + into[from + b2]);
                        better = max < s2 || s2 == max && b2 < arg;
                        max = better ? s2 : max;
                        arg = better ? b2 : arg;
                        r = 3;
                    }
                }
                for (; r < labels; r++) {
                    double s = ranked[r];
                    // addition is monotone, so no label ranked from here on can reach max: stop
                    if (s + reach < max) {
                        break;
                    }
                    int b = order[r];
                    double score = s + (e + into[from + b]);
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
     * Sorts {@code order}, a permutation of the labels, by their score, highest first, and writes
     * the scores in that order into {@code ranked}: an insertion sort of the previous position's
     * order, which the scores mostly keep, so it is nearly sorted already (the order among equal
     * scores does not matter: ties are settled by label). It compares the copies in {@code ranked},
     * side by side, instead of reaching through {@code order} for each.
     */
    static void rank(double[] score, int[] order, double[] ranked) {
        int n = order.length;
        for (int k = 0; k < n; k++) {
            ranked[k] = score[order[k]];
        }
        for (int k = 1; k < n; k++) {
            double s = ranked[k];
            if (ranked[k - 1] < s) {
                int label = order[k];
                int j = k;
                do {
                    ranked[j] = ranked[j - 1];
                    order[j] = order[j - 1];
                    j--;
                } while (j > 0 && ranked[j - 1] < s);
                ranked[j] = s;
                order[j] = label;
            }
        }
    }
}
