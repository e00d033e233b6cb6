package org.localkg.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.localkg.nlp.HalfWidth;
import org.localkg.nlp.Token;
import org.localkg.nlp.hanlp.HanlpSegmenter;

/** The sentences of bundled sample pages as the extractor tags them: stretches of the whole page's half-width text, its words segmented once. */
record SampleSentences(String text, int from, int to, Token[] words) {
    static List<SampleSentences> of(String... pages) {
        List<SampleSentences> out = new ArrayList<>();
        for (String page : pages) {
            String text;
            try (InputStream in = SampleSentences.class.getResourceAsStream("/org/localkg/corpus/" + page)) {
                text = HalfWidth.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Token[] words = NerModel.wordsByChar(text.length(), HanlpSegmenter.get().segment(text));
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || "。！？\n".indexOf(text.charAt(i)) >= 0) {
                    if (i > start) {
                        out.add(new SampleSentences(text, start, i, words));
                    }
                    start = i + 1;
                }
            }
        }
        return out;
    }
}
