package org.localkg.nlp;

/**
 * The same-length half-width form of a text (，→, （→( ０→0 Ａ→A, ideographic space → space;
 * full-width double quotes → ") so that rules and models see one form of each mark while
 * offsets stay those of the original.
 */
public final class HalfWidth {
    private HalfWidth() {
    }

    public static String of(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '\u3000') {
                c[i] = ' ';
            } else if (ch >= '\uFF01' && ch <= '\uFF5E' && ch != '\uFF02') {
                c[i] = (char) (ch - 0xFEE0);
            } else if (ch == '\uFF02') {
                c[i] = '"';
            }
        }
        return new String(c);
    }
}
