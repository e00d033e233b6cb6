package org.localkg.nlp.ner;

import java.util.List;

/** One annotated sentence of a NER corpus: its text and the mentions in it. */
public record NerSentence(String text, List<NerSpan> spans) {
    public NerSentence {
        spans = List.copyOf(spans);
        for (NerSpan s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " beyond the text's " + text.length() + " characters");
            }
        }
    }
}
