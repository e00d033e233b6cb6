package org.localkg.nlp.ner;

/**
 * A named-entity mention: characters {@code start} (inclusive) to {@code end} (exclusive) of a
 * text, of one kind of the benchmark's classes ({@code name}, {@code company}, {@code government},
 * {@code organization}, {@code position}).
 */
public record NerSpan(int start, int end, String kind) implements Comparable<NerSpan> {
    public NerSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + "-" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public String in(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(NerSpan o) {
        int c = Integer.compare(start, o.start);
        if (c == 0) {
            c = Integer.compare(end, o.end);
        }
        return c == 0 ? kind.compareTo(o.kind) : c;
    }
}
