package org.localkg.ingest;

import java.util.regex.Pattern;

/** One printed line of a page, classified by its form alone. */
record Line(String text, Type type) {
    enum Type { HEADING, BYLINE, CREDIT, BODY, BREADCRUMB }

    /**
     * A web page's trail to the article (当前位置：首页 > 要闻, 您现在的位置:首页>新闻): what came before it
     * is the site's own navigation, and the article's headline comes after it.
     */
    private static final Pattern TRAIL = Pattern.compile("位置\\s*[:：]\\s*首页");

    /** A byline: □ 记者 X, 本报记者 X, 通讯员 X (the 本报讯(...) lead is part of a body line). */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[□■]\\s*.*|(?:本报|特约)?(?:记者|通讯员|实习生)(?:\\s+\\S.*|综合报道)|本报记者综合报道)$");
    /** A photo credit standing alone: one to four names and 摄. */
    private static final Pattern CREDIT = Pattern.compile("^(?:\\p{IsHan}{2,4}\\s*){1,4}摄$");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。，,；;！？!?：:]");
    static final int BODY_LENGTH = 40;
    /** Markdown's headline mark, and a heading's opening words up to a colon; compiled once, as every line passes here. */
    private static final Pattern HEADLINE_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern HEAD_COLON = Pattern.compile("^[^，,。]{2,12}[：:]");

    static Line classify(String raw) {
        // some pages mark headlines with Markdown's #; the mark is not part of the headline
        String s = HEADLINE_MARK.matcher(raw.strip()).replaceFirst("");
        if (s.contains("首页") && TRAIL.matcher(s).find()) {
            return new Line(s, Type.BREADCRUMB);
        }
        if (CREDIT.matcher(s).matches()) {
            return new Line(s, Type.CREDIT);
        }
        if (BYLINE.matcher(s).matches() && s.length() <= BODY_LENGTH) {
            return new Line(s, Type.BYLINE);
        }
        if (isBodyLike(s)) {
            return new Line(s, Type.BODY);
        }
        return new Line(s, Type.HEADING);
    }

    /**
     * What follows a trail on its own line (当前位置：首页 > 新闻 > 正文 某某调研某园区): the words after the
     * trail's last step, or nothing.
     */
    static String afterTrail(String s) {
        int last = Math.max(s.lastIndexOf('>'), Math.max(s.lastIndexOf('＞'), s.lastIndexOf('»')));
        if (last < 0) {
            return "";
        }
        String tail = s.substring(last + 1).strip();
        int space = tail.indexOf(' ');
        int wide = tail.indexOf('\u3000');
        int cut = space < 0 ? wide : wide < 0 ? space : Math.min(space, wide);
        return cut < 0 ? "" : tail.substring(cut + 1).strip();
    }

    static boolean isBodyLike(String s) {
        if (s.startsWith("本报讯") || s.length() >= BODY_LENGTH) {
            return true;
        }
        if (s.length() >= 20 && s.contains("、")) {
            return true; // a list cut by the OCR (…成果展示、培训、住 / 宿、餐饮…)
        }
        // a heading may hold a colon (武进绿建区：从…到…); a sentence has its other marks
        String withoutHeadColon = HEAD_COLON.matcher(s).replaceFirst("");
        return SENTENCE_PUNCT.matcher(withoutHeadColon).find();
    }

    /** Ends where a sentence or a paragraph may end; anything else was cut by the OCR. */
    static boolean endsComplete(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        return "。！？!?…”\"』」）)】摄".indexOf(c) >= 0;
    }
}
