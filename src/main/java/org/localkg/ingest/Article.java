package org.localkg.ingest;

import java.util.List;

/**
 * One article of a page. Its {@link #text()} is what extraction reads and what mention offsets
 * (UTF-16 units) point into: the title lines, the byline and the paragraphs, one per line.
 *
 * @param position 1-based position of the article in its page
 * @param title    headline lines as printed (may be empty for an article printed without one)
 * @param byline   the byline or credit as printed, or null
 * @param kind     a news article or a photo caption
 * @param column   a column header printed beside a caption (e.g. 重点项目 进行时), or null
 * @param bodyStart offset in {@code text} where the body (after title and byline) starts
 * @param glosses  pinyin printed after characters and taken out of {@code text} (see {@link PinyinGlosses})
 */
public record Article(int position, List<String> title, String byline, String text, Kind kind, String column,
                      int bodyStart, List<PinyinGlosses.Gloss> glosses) {
    public enum Kind { NEWS, CAPTION }

    public Article(int position, List<String> title, String byline, String text, Kind kind, String column, int bodyStart) {
        this(position, title, byline, text, kind, column, bodyStart, List.of());
    }

    /** The characters {@code [start, end)} of {@link #text()} as the page printed them, with their glosses. */
    public String asPrinted(int start, int end) {
        return glosses.isEmpty() ? text.substring(start, end) : new PinyinGlosses(text, glosses).asPrinted(start, end);
    }

    /** As {@link #asPrinted}, with the gloss after the last character; null when there is none. */
    public String asPrintedWithLastGloss(int start, int end) {
        return glosses.isEmpty() ? null : new PinyinGlosses(text, glosses).asPrintedWithLastGloss(start, end);
    }

    public String titleText() {
        return String.join(" ", title);
    }
}
