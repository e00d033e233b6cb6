package org.localkg.server.ld;

import java.util.Locale;

/**
 * The pieces the pages' pictures are drawn with: inline SVG written on the server, no script and
 * nothing fetched, every text escaped. A point that stands for an article links to its page, and
 * its {@code <title>} is the tooltip a browser shows.
 */
final class Svg {
    static final String INK = "#333";
    static final String ACCENT = "#2a6fb0";
    static final String FAINT = "#bbb";
    /** What a time picture says when the facts it would draw carry no dates. */
    static final String NO_DATES = "<p class=\"no-dates\">没有带日期的事实，无法画出时间图 · no dated facts to draw</p>\n";

    private Svg() {}

    static String open(String kind, int width, int height, String description) {
        return "<figure class=\"picture\"><svg class=\"" + kind + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + width + " " + height + "\" width=\"100%\" role=\"img\" aria-label=\"" + Html.esc(description)
                + "\" font-family=\"system-ui,sans-serif\" font-size=\"12\">";
    }

    static String close(String caption) {
        return "</svg><figcaption>" + Html.esc(caption) + "</figcaption></figure>\n";
    }

    static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + INK + "\">" + Html.esc(s) + "</text>";
    }

    static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\"" + colour
                + "\" stroke-width=\"" + n(width) + "\"/>";
    }

    /** A dot; with {@code href} a link (to the article behind it), with {@code tip} a tooltip. */
    static String dot(double x, double y, double r, String fill, String href, String tip) {
        String c = "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"" + n(r) + "\" fill=\"" + fill + "\" stroke=\"" + ACCENT
                + "\" stroke-width=\"1.5\">" + (tip == null ? "" : "<title>" + Html.esc(tip) + "</title>") + "</circle>";
        return link(href, c);
    }

    static String link(String href, String inner) {
        return href == null ? inner : "<a href=\"" + Html.esc(href) + "\">" + inner + "</a>";
    }

    /** A label cut to {@code max} characters, so that it keeps to its place in a picture. */
    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A text's width at the pictures' 12px: a Chinese character's full width, another character about 7px. */
    static double width(String s) {
        return s.codePoints().mapToDouble(c -> c >= 0x2E80 ? 12 : 7).sum();
    }

    static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
