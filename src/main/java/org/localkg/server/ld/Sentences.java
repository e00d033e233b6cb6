package org.localkg.server.ld;

/** The sentence around a span of an article's text, with the span marked, as escaped HTML. */
final class Sentences {
    private static final String ENDS = "。！？!?\n";

    private Sentences() {}

    static String marked(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) {
            return "";
        }
        int s = begin;
        while (s > 0 && ENDS.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = end;
        while (e < text.length() && ENDS.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return Html.esc(text.substring(s, begin)) + "<mark>" + Html.esc(text.substring(begin, end)) + "</mark>"
                + Html.esc(text.substring(end, e));
    }
}
