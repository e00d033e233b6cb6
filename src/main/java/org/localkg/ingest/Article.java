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
 */
public record Article(int position, List<String> title, String byline, String text, Kind kind, String column,
                      int bodyStart) {
    public enum Kind { NEWS, CAPTION }

    public String titleText() {
        return String.join(" ", title);
    }
}
