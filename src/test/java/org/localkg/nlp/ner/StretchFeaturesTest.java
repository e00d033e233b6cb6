package org.localkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.localkg.nlp.Token;
import org.localkg.nlp.hanlp.HanlpSegmenter;

/**
 * The ids {@link StretchFeatures} finds for a stretch against the features {@link CharFeatures}
 * writes, one String each, looked up in a {@code HashMap<String, Integer>} of the model's
 * features (rows as {@link FeatureLayout} placed them): the same ids, in the same order,
 * character by character.
 */
class StretchFeaturesTest {
    private static final NerModel MODEL = NerModel.shipped();
    private static final FeatureLayout LAYOUT = new FeatureLayout(MODEL.linear().featureMap.entrySet(), MODEL.linear().parameter,
            MODEL.linear().featureMap.tagSet.size(), Math.max(MODEL.linear().featureMap.bosTag(), MODEL.linear().featureMap.tagSet.size()) + 1);
    private static final FeatureIndex INDEX = new FeatureIndex(LAYOUT.features);
    private static final Map<String, Integer> IDS = new HashMap<>();

    static {
        for (Map.Entry<String, Integer> e : LAYOUT.features) {
            IDS.put(e.getKey(), e.getValue());
        }
    }

    /** Compares the two on {@code text[from, to)}; returns the number of ids found. */
    private static int agree(String text, int from, int to, Token[] words) {
        String[] known = MODEL.names().features(text, from, to);
        int[] first = new int[to - from + 1];
        StretchFeatures.Ids ours = StretchFeatures.of(INDEX, text, from, to, words, known, first);
        for (int i = 0; i < to - from; i++) {
            List<Integer> expected = new ArrayList<>();
            for (String f : CharInstance.features(text, from, to, words, from + i, known[i])) {
                Integer id = IDS.get(f);
                if (id != null) {
                    expected.add(id);
                }
            }
            int[] found = java.util.Arrays.copyOfRange(ours.ids, first[i], first[i + 1]);
            String where = "character " + (from + i) + " of " + text.substring(from, to);
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), found, where);
        }
        assertEquals(ours.size, first[to - from]);
        return ours.size;
    }

    private static Token[] words(String text) {
        return NerModel.wordsByChar(text.length(), HanlpSegmenter.get().segment(text));
    }

    @Test
    void sameIdsAsTheFeatureStringsOnEverySentenceOfTheSamplePages() {
        int ids = 0;
        for (SampleSentences s : SampleSentences.of("000_754554d54ba84a54.txt", "003_b801488aa9883082.txt", "004_8b4cbb1f94b06b7f.txt")) {
            ids += agree(s.text(), s.from(), s.to(), s.words());
        }
        assertTrue(ids > 10_000, "ids compared: " + ids);
    }

    /** Sentences made up for this test: one character, Latin letters and digits, characters outside the BMP, long words, no words at all. */
    @Test
    void sameIdsOnSentencesWrittenForIt() {
        for (String s : List.of("张", "，", "某县人民政府副县长王小明在2025年7月8日会见了甲乙丙科技有限公司董事长。",
                "XYZ Ltd.与某某新材料有限公司签约，投资4.5亿元建设𠀀𠀁储能电池生产基地。",
                "市发展和改革委员会、市财政局联合发文", "  两个空格\t和制表符")) {
            agree(s, 0, s.length(), words(s));
        }
        // a stretch in the middle of a text, with words running over both of its ends
        String text = "工作人员中华人民共和国国务院办公厅主持会议并讲话";
        agree(text, 2, text.length() - 3, words(text));
        // characters no word covers
        String bare = "某某公司在某地建设工厂";
        agree(bare, 0, bare.length(), new Token[bare.length()]);
    }
}
