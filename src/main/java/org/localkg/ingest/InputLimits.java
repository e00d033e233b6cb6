package org.localkg.ingest;

/**
 * How large one input may be. A real newspaper page is tens of kilobytes and an article a few
 * thousand characters; far larger input is a wrong file (a dump, a log, an unsplit archive) and
 * would only exhaust memory in the segmenter, so it is reported and skipped and the run goes on.
 *
 * @param maxFileBytes    the largest file read
 * @param maxArticleChars the longest article extracted (UTF-16 units, as Java counts)
 */
public record InputLimits(long maxFileBytes, int maxArticleChars) implements java.io.Serializable {
    public static final InputLimits DEFAULT = new InputLimits(16L << 20, 200_000);

    public InputLimits {
        if (maxFileBytes <= 0 || maxArticleChars <= 0) {
            throw new IllegalArgumentException("input limits must be positive: " + maxFileBytes + ", " + maxArticleChars);
        }
    }
}
