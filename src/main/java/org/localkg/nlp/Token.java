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
}
