package org.localkg.nlp;

/**
 * A word of a segmented text.
 *
 * @param text  the word as written
 * @param tag   part of speech in the PKU/ICTCLAS tag set (nr person, ns place, nt organisation, v verb …)
 * @param start offset in UTF-16 units in the segmented text
 */
public record Token(String text, String tag, int start) {
    public int end() {
        return start + text.length();
    }

    public boolean isPersonName() {
        return tag.startsWith("nr");
    }

    /**
     * A word that does not belong to a name: a verb (not a verbal noun), preposition, time,
     * number, measure word, pronoun, adverb, conjunction, particle, direction or mark.
     */
    public boolean isFunctionWord() {
        char c = tag.isEmpty() ? 'x' : tag.charAt(0);
        return c == 'v' ? !tag.startsWith("vn") : "ptmqrdcuwf".indexOf(c) >= 0;
    }
}
