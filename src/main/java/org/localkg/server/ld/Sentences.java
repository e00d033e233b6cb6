package org.localkg.server.ld;

import java.util.List;

/** The sentence around a span of an article's text, with the span marked, as escaped HTML. */
final class Sentences {
    private static final String ENDS = "。！？!?\n";

    private Sentences() {}

    static String marked(String text, int begin, int end) {
        int[] s = bounds(text, begin, end);
        return s == null ? "" : marked(text, s, List.of(new int[] {begin, end}));
    }

    /** The sentence that holds {@code [begin, end)}: its start and end offsets, or null for a span outside the text. */
    static int[] bounds(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) {
            return null;
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
        return new int[] {s, e};
    }

    /**
     * The sentence {@code [sentence[0], sentence[1])} with each span in it marked (spans sorted by
     * start; one that overlaps an earlier one is left unmarked): several mentions in one sentence
     * are shown once.
     */
    static String marked(String text, int[] sentence, List<int[]> spans) {
        StringBuilder b = new StringBuilder();
        int at = sentence[0];
        for (int[] span : spans) {
            if (span[0] < at || span[1] > sentence[1]) {
                continue;
            }
            b.append(Html.esc(text.substring(at, span[0]))).append("<mark>").append(Html.esc(text.substring(span[0], span[1])))
                    .append("</mark>");
            at = span[1];
        }
        return b.append(Html.esc(text.substring(at, sentence[1]))).toString();
    }
}
