package org.localkg.extract;

/** A stretch of an article's text, in UTF-16 units: {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean contains(Span o) {
        return start <= o.start && o.end <= end;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }
}
