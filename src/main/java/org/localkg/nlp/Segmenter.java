package org.localkg.nlp;

import java.util.List;

/**
 * Segments Chinese text into words with parts of speech and offsets. Implementations are
 * configured once and then safe to share between threads.
 */
public interface Segmenter {
    /** The tokens of {@code text}, in order, each with its UTF-16 offset in {@code text}. */
    List<Token> segment(String text);

    /**
     * The parts of speech the segmenter's dictionary gives {@code word} as a whole word, empty
     * when the word is not in it (then it is likely a proper name the dictionary does not know).
     */
    default java.util.Set<String> dictionaryTags(String word) {
        return java.util.Set.of();
    }

    /**
     * {@code text} with traditional characters written as simplified ones, character for character
     * (so offsets stay): 書記 reads as 书记. Unchanged by default.
     */
    default String simplified(String text) {
        return text;
    }

    /** How often the segmenter's dictionary saw {@code word} in its corpus; 0 when it does not know the word. */
    default int dictionaryFrequency(String word) {
        return dictionaryTags(word).isEmpty() ? 0 : Integer.MAX_VALUE;
    }
}
