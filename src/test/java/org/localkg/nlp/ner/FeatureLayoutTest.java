package org.localkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layout's rows read back as HanLP's weights: every feature's every label, bit for bit. */
class FeatureLayoutTest {
    /** HanLP's weight of each label in the row at {@code at}, from its mask and packed weights. */
    private static float[] read(int[] rows, int at, int tags) {
        float[] out = new float[tags];
        int mask = rows[at];
        int next = at + 1;
        for (int label = 0; label < tags; label++) {
            if ((mask & 1 << label) != 0) {
                out[label] = Float.intBitsToFloat(rows[next++]);
            }
        }
        return out;
    }

    private static void sameWeights(Iterable<Map.Entry<String, Integer>> features, float[] weights, int tags, int fixed) {
        FeatureLayout layout = new FeatureLayout(features, weights, tags, fixed);
        Map<String, Integer> theirs = new java.util.HashMap<>();
        features.forEach(e -> theirs.put(e.getKey(), e.getValue()));
        assertEquals(theirs.size(), layout.features.size());
        for (Map.Entry<String, Integer> e : layout.features) {
            float[] row = read(layout.rows, e.getValue(), tags);
            int hanlp = theirs.get(e.getKey()) * tags;
            for (int label = 0; label < tags; label++) {
                assertEquals(Float.floatToRawIntBits(weights[hanlp + label]), Float.floatToRawIntBits(row[label]), e.getKey() + " label " + label);
            }
        }
        for (int k = 0; k < fixed * tags; k++) {
            assertEquals(Float.floatToRawIntBits(weights[k]), Float.floatToRawIntBits(layout.transitions[k]), "transition " + k);
        }
    }

    @Test
    void everyRowOfTheShippedModelReadsBackAsHanlpsWeights() {
        var model = NerModel.shipped().linear();
        int tags = model.featureMap.tagSet.size();
        sameWeights(model.featureMap.entrySet(), model.parameter, tags, Math.max(model.featureMap.bosTag(), tags) + 1);
        FeatureLayout layout = new FeatureLayout(model.featureMap.entrySet(), model.parameter, tags, model.featureMap.bosTag() + 1);
        assertTrue(layout.rows.length < model.parameter.length / 2, "rows of " + layout.rows.length + " ints");
    }

    /** Weights made up for the test: a -0.0 is kept (it is not +0.0), a row of zeros is a mask alone, the highest label is read. */
    @Test
    void minusZeroIsKeptAndPlusZeroLeftOut() {
        int tags = 3;
        float[] weights = {
            0.5f, 0f, -1f, // the previous label's row
            -0.0f, 0f, 2f,
            0f, 0f, 0f,
            7f, 0f, 0.25f};
        List<Map.Entry<String, Integer>> features = List.of(Map.entry("B0", 0), Map.entry("a某", 1), Map.entry("b某", 2), Map.entry("c甲", 3));
        sameWeights(features, weights, tags, 1);
        FeatureLayout layout = new FeatureLayout(features, weights, tags, 1);
        assertEquals(4 + 2 + 2 + 2, layout.rows.length, "a mask per row, and the five weights that are not +0.0");
    }
}
