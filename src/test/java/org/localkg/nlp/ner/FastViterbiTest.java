package org.localkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.localkg.nlp.HalfWidth;
import org.localkg.nlp.hanlp.HanlpSegmenter;

class FastViterbiTest {
    /** Every sentence of the bundled pages: features and best labels must agree with HanLP's on each. */
    @Test
    void agreesWithHanlpsDecoderOnEverySentenceOfTheSamplePages() throws IOException {
        NerModel model = NerModel.shipped();
        int sentences = 0, named = 0;
        for (String page : new String[] {"000_754554d54ba84a54.txt", "001_883dfa0d1b45e9ec.txt", "002_d98004dcb15fdeca.txt"}) {
            String text;
            try (InputStream in = getClass().getResourceAsStream("/org/localkg/corpus/" + page)) {
                text = HalfWidth.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (String sentence : text.split("[。！？\\n]")) {
                if (sentence.isBlank()) {
                    continue;
                }
                var words = NerModel.wordsByChar(sentence.length(), HanlpSegmenter.get().segment(sentence));
                String[] known = model.names().features(sentence, 0, sentence.length());
                CharInstance a = new CharInstance(sentence, 0, sentence.length(), words, known, model.linear().featureMap, null);
                // ours: feature ids from the model's hash map, not HanLP's trie
                CharInstance b = new CharInstance(sentence, 0, sentence.length(), words, known, model::featureId, null);
                for (int i = 0; i < sentence.length(); i++) {
                    assertArrayEquals(a.getFeatureAt(i), b.getFeatureAt(i), sentence + " at " + i);
                }
                int[] theirs = new int[sentence.length()];
                int[] ours = new int[sentence.length()];
                double theirScore = model.linear().viterbiDecode(a, theirs);
                double ourScore = FastViterbi.decode(model.linear(), b, ours);
                assertArrayEquals(theirs, ours, sentence);
                assertEquals(theirScore, ourScore, 0.0, sentence);
                sentences++;
                if (!NerModel.spans(ours, model.linear().tagSet(), 0).isEmpty()) {
                    named++;
                }
            }
        }
        assertTrue(sentences > 100, "sentences compared: " + sentences);
        assertTrue(named > 20, "sentences with a name found: " + named);
    }

    @Test
    void aOneCharacterSentenceIsDecodedLikeHanlpDoes() {
        NerModel model = NerModel.shipped();
        var words = NerModel.wordsByChar(1, HanlpSegmenter.get().segment("张"));
        int[] theirs = new int[1], ours = new int[1];
        model.linear().viterbiDecode(new CharInstance("张", 0, 1, words, null, model.linear().featureMap, null), theirs);
        FastViterbi.decode(model.linear(), new CharInstance("张", 0, 1, words, null, model.linear().featureMap, null), ours);
        assertArrayEquals(theirs, ours);
    }
}
