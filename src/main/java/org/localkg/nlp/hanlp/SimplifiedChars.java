package org.localkg.nlp.hanlp;

/**
 * Traditional characters to simplified, character by character, so that a text keeps its length
 * and offsets; a character HanLP would turn into two, or not at all, stays as it is. Only HanLP's
 * conversion table is loaded, not its segmenter, so that name keys can use it anywhere.
 */
public final class SimplifiedChars {
    /**
     * Each character's simplified form, asked of HanLP once and kept (0: not asked yet). Threads may
     * race to fill a slot; they write the same value.
     */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    private SimplifiedChars() {}

    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x3400 || Character.isSurrogate(c)) {
                continue;
            }
            char s = simplified(c);
            if (s != c) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, s);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char simplified(char c) {
        char known = TABLE[c];
        if (known != 0) {
            return known;
        }
        String s = com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(String.valueOf(c));
        char mapped = s.length() == 1 ? s.charAt(0) : c;
        TABLE[c] = mapped;
        return mapped;
    }
}
