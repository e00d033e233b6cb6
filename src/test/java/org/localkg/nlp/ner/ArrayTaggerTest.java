package org.localkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.localkg.nlp.Token;
import org.localkg.nlp.hanlp.HanlpSegmenter;

/**
 * The array tagger against the tagger it replaced: feature strings, their ids from a
 * {@code HashMap<String, Integer>} of the model's features, and HanLP's own decoder on that
 * instance. The same labels and the same score, to the bit, on every stretch. (Not HanLP's
 * feature map itself: its trie reads a feature as UTF-8, in which half of a surrogate pair is a
 * question mark, so it finds the id of another feature for 𠀀; the map and the index do not.)
 */
class ArrayTaggerTest {
    private static final NerModel MODEL = NerModel.shipped();
    private static final ArrayTagger TAGGER = new ArrayTagger(MODEL.linear());
    private static final Map<String, Integer> IDS = new HashMap<>();

    static {
        for (Map.Entry<String, Integer> e : MODEL.linear().featureMap.entrySet()) {
            IDS.put(e.getKey(), e.getValue());
        }
    }

    /** Compares the two on {@code text[from, to)}; returns whether any name was found there. */
    private static boolean agree(String text, int from, int to, Token[] words) {
        String[] known = MODEL.names().features(text, from, to);
        CharInstance theirs = new CharInstance(text, from, to, words, known, f -> IDS.getOrDefault(f, -1), null);
        int[] theirLabels = new int[to - from];
        int[] ourLabels = new int[to - from];
        double theirScore = MODEL.linear().viterbiDecode(theirs, theirLabels);
        double ourScore = TAGGER.decode(text, from, to, words, known, ourLabels);
        String where = text.substring(from, to);
        assertArrayEquals(theirLabels, ourLabels, where);
        assertEquals(Double.doubleToRawLongBits(theirScore), Double.doubleToRawLongBits(ourScore), where);
        return !NerModel.spans(ourLabels, MODEL.linear().tagSet(), 0).isEmpty();
    }

    private static Token[] words(String text) {
        return NerModel.wordsByChar(text.length(), HanlpSegmenter.get().segment(text));
    }

    /** Every sentence of three bundled pages, tagged as the extractor does: a stretch of the whole page. */
    @Test
    void agreesWithHanlpsDecoderOnEverySentenceOfTheSamplePages() {
        int sentences = 0, named = 0;
        for (SampleSentences s : SampleSentences.of("000_754554d54ba84a54.txt", "001_883dfa0d1b45e9ec.txt", "002_d98004dcb15fdeca.txt")) {
            sentences++;
            named += agree(s.text(), s.from(), s.to(), s.words()) ? 1 : 0;
        }
        assertTrue(sentences > 100, "sentences compared: " + sentences);
        assertTrue(named > 20, "sentences with a name found: " + named);
    }

    /** Sentences written for this test: Latin letters, digits, a character outside the BMP, long words, known names. */
    @Test
    void agreesWithHanlpsDecoderOnSentencesWrittenForIt() {
        List<String> sentences = List.of(
                "张",
                "，",
                "江苏省南京市人民政府副市长王建国在2024年3月15日会见了华为技术有限公司总裁。",
                "ABC Corp.与某某科技发展有限公司签约，投资3.2亿元建设𠀀𠀁新能源汽车零部件生产基地。",
                "中国工商银行股份有限公司北京分行行长李明表示……",
                "国家发展和改革委员会、中华人民共和国财政部联合发文",
                "   空格  开头\t和制表符");
        for (String s : sentences) {
            agree(s, 0, s.length(), words(s));
        }
        // a stretch in the middle of a text, with words running over both of its ends
        String text = "工作人员中华人民共和国国务院总理李克强主持会议并讲话";
        agree(text, 2, text.length() - 3, words(text));
    }

    /** The search's ranking: a permutation of the labels, highest score first, with the scores copied beside it in that order. */
    @Test
    void rankSortsTheLabelsByScoreAndCopiesTheScoresInThatOrder() {
        java.util.Random random = new java.util.Random(7);
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        double[] ranked = new double[order.length];
        for (int round = 0; round < 200; round++) {
            double[] score = new double[order.length];
            for (int label = 0; label < score.length; label++) {
                // ties too: a few scores drawn from a handful of values
                score[label] = round % 3 == 0 ? random.nextInt(4) : random.nextGaussian() * 50;
            }
            ArrayTagger.rank(score, order, ranked);
            boolean[] seen = new boolean[order.length];
            for (int k = 0; k < order.length; k++) {
                assertTrue(!seen[order[k]], "a permutation");
                seen[order[k]] = true;
                assertEquals(score[order[k]], ranked[k]);
                assertTrue(k == 0 || ranked[k - 1] >= ranked[k], "highest first");
            }
        }
    }

    /** The features the shipped model was trained with: changing them changes what its weights mean. */
    @Test
    void theFeaturesOfACharacterAreTheOnesTheModelWasTrainedWith() {
        String text = "在南京市调研";
        Token[] words = NerModel.wordsByChar(text.length(),
                List.of(new Token("在", "p", 0), new Token("南京市", "ns", 1), new Token("调研", "v", 4)));
        assertEquals(List.of("a在", "b南", "c京", "d市", "e调", "f在南", "g南京", "h京市", "i市调", "j南市", "kHHH",
                "lMns", "mM南京市", "nM在", "oM调研", "pMp|ns|v", "qMns调研", "rM在ns", "yMgovernment"),
                CharInstance.features(text, 0, text.length(), words, 2, "yMgovernment"));
        // at the stretch's ends: the marks for its beginning and end, no neighbouring word
        assertEquals(List.of("a\u0002", "b\u0002", "c在", "d南", "e京", "f\u0002\u0002", "g\u0002在", "h在南", "i南京",
                "j\u0002南", "k#HH", "lSp", "mS在", "nS\u0002", "oS南京市", "pS\u0002|p|ns", "qSp南京市", "rS\u0002p"),
                CharInstance.features(text, 0, text.length(), words, 0, null));
        // inside a stretch cut through a word (南|京): the word's neighbours outside the stretch are not seen
        assertEquals(List.of("a\u0002", "b南", "c京", "d\u0003", "e\u0003", "f\u0002南", "g南京", "h京\u0003",
                "i\u0003\u0003", "j南\u0003", "kHH#", "lMns", "mM南京市", "nM\u0002", "oM\u0003", "pM\u0002|ns|\u0003",
                "qMns\u0003", "rM\u0002ns"),
                CharInstance.features(text, 1, 3, words, 2, null));
    }
}
