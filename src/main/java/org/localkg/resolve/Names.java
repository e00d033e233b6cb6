package org.localkg.resolve;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Name normalisation: the same name written with full- or half-width characters, other
 * quotation marks or spaces, or in traditional characters, or without the dot inside a transliterated name, is
 * one name (“两湖”创新区, "两湖"创新区, 两湖创新区 and 兩湖創新區 are equal).
 */
public final class Names {
    /** Runs of white space, ideographic included; compiled once, as every label passes here. */
    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");
    private static final String QUOTES = "“”„‟「」『』＂\"'‘’《》〈〉";
    /** The dots between the parts of a transliterated name, written or left out (某某·某某 and 某某某某 are one name). */
    private static final String NAME_DOTS = "·•・";

    private Names() {}

    /** The comparison form: NFKC, simplified characters, no white space, no quotation marks, no name dots. */
    public static String key(String name) {
        String s = org.localkg.nlp.hanlp.SimplifiedChars.of(Normalizer.normalize(name, Normalizer.Form.NFKC));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || QUOTES.indexOf(c) >= 0 || NAME_DOTS.indexOf(c) >= 0) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The display form: trimmed, inner runs of white space removed, quotes kept. */
    public static String display(String name) {
        return SPACE.matcher(name.strip()).replaceAll("");
    }
}
