package org.localkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an OCR'd newspaper page into articles.
 *
 * <p>The page is read as lines. Body lines that OCR cut mid-sentence (no closing punctuation,
 * the next line continuing the sentence, even mid-word as in 城市环 / 境。) are rejoined. An
 * article starts at a body line opening with 本报讯, or at a body line after a byline, taking the
 * headline lines printed before it; a single heading line inside an article without a byline of
 * its own is a section heading and stays in the article. A paragraph ending in a photo credit
 * (…陆新 徐晶玮 摄) is a photo caption, an article of its own. Heading lines that no body follows
 * (slogans, advertisements, column mastheads) are left out.
 */
public final class PageSplitter {
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?:\\s*\\p{IsHan}{2,4}){1,4}\\s*摄$");
    /** The most heading lines one article's title takes; lines before them are slogans. */
    private static final int MAX_TITLE_LINES = 3;
    private static final int COLUMN_LINE_MAX = 6;
    private static final int MIN_LONE_LINE = 8;

    /** A web page's line of details under the headline: when, from where, by whom, how often read. */
    private static final Pattern PAGE_DETAILS = Pattern.compile(
            "(?:发布时间|发布日期|更新时间|发表时间|时间|日期|来源|信息来源|文章来源|作者|编辑|责任编辑|浏览次数|点击数|阅读量)\\s*[:：]");

    /** A line ending in the month and day it was posted, in brackets ([05/29], (05-29)): with others, a list of links. */
    private static final Pattern DATED_LINK = Pattern.compile("[\\[［【(（]\\d{1,2}[/.-]\\d{1,2}[\\]］】)）]\\s*$");

    private PageSplitter() {}

    /**
     * Whether the text closes with a photo credit (陆新 徐晶玮 摄). The pattern is tried only when
     * the text ends in 摄: tried at every position of every paragraph, it took a tenth of the
     * extraction time.
     */
    private static boolean endsWithCredit(String text) {
        String end = text.stripTrailing();
        return end.endsWith("摄") && CAPTION_CREDIT.matcher(text).find();
    }

    public static List<Article> split(String pageText) {
        List<Line> lines = rejoin(pageText);
        // one headline may end in a date; two lines or more that do are the site's list of links
        long datedLinks = lines.stream().filter(l -> l.type() == Line.Type.HEADING && DATED_LINK.matcher(l.text()).find()).count();
        List<Builder> built = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        StringBuilder byline = null;
        Builder current = null;
        List<String> beforeTrail = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            switch (line.type()) {
                case HEADING -> {
                    // 发布时间：…, 来源：…: a web page's details, no headline; 某刊物征稿要求[05/29] among other such
                    // lines: a link of the site's list of dated links, no headline either
                    if (!PAGE_DETAILS.matcher(line.text()).lookingAt() && !(datedLinks >= 2 && DATED_LINK.matcher(line.text()).find())) {
                        headings.add(line.text());
                    }
                }
                case BREADCRUMB -> {
                    // the site's navigation ends here: the headline after it (on the trail's own line, or
                    // the next) opens an article of its own; a headline printed before the trail stays
                    // the title when none follows it
                    beforeTrail = headings.isEmpty() ? beforeTrail : new ArrayList<>(headings);
                    headings.clear();
                    byline = null;
                    current = null;
                    String rest = Line.afterTrail(line.text());
                    if (!rest.isEmpty()) {
                        headings.add(rest);
                    }
                }
                case BYLINE -> byline = byline == null ? new StringBuilder(line.text()) : byline.append(' ').append(line.text());
                case CREDIT -> {
                    // a credit on its own line closes the caption printed just before it
                    if (current != null && !current.paragraphs.isEmpty()) {
                        String last = current.paragraphs.remove(current.paragraphs.size() - 1);
                        Builder caption = Builder.caption(last + " " + line.text(), columnBefore(headings));
                        if (current.paragraphs.isEmpty() && current.title.isEmpty()) {
                            built.remove(current);
                        }
                        built.add(caption);
                        current = null;
                    }
                }
                case BODY -> {
                    String text = line.text();
                    if (i + 1 < lines.size() && lines.get(i + 1).type() == Line.Type.CREDIT) {
                        text = text + " " + lines.get(++i).text();
                    }
                    if (text.length() > 20 && endsWithCredit(text)) {
                        built.add(Builder.caption(text, columnBefore(headings)));
                        headings.clear();
                        continue;
                    }
                    boolean lead = text.startsWith("本报讯");
                    if (current == null || lead || byline != null) {
                        List<String> title = headings.isEmpty() && beforeTrail != null ? beforeTrail : headings;
                        int works = worksListStart(title);
                        current = new Builder(works >= 0 ? lastLines(title.subList(0, works)) : lastLines(title),
                                byline == null ? null : byline.toString());
                        if (works >= 0) {
                            current.paragraphs.addAll(title.subList(works, title.size())); // a list of works: its lines are text
                        }
                        beforeTrail = null;
                        built.add(current);
                        byline = null;
                    } else if (!headings.isEmpty()) {
                        current.paragraphs.addAll(headings); // section headings stay in the article
                    }
                    headings.clear();
                    current.paragraphs.add(text);
                }
            }
        }
        keepCutLastLine(current, headings, lines);
        attachTrailingColumns(built, lines);
        if (built.isEmpty() && lines.stream().anyMatch(l -> l.text().length() >= MIN_LONE_LINE)) {
            // a text with no body line (one headline, one short item, a line that looks like a
            // byline) is still an article: its lines are its text. Only short lines (a masthead,
            // a slogan) are no article.
            Builder whole = new Builder(List.of(), null);
            lines.forEach(l -> whole.paragraphs.add(l.text()));
            built.add(whole);
        }
        List<Article> articles = new ArrayList<>();
        for (Builder b : built) {
            articles.add(b.build(articles.size() + 1));
        }
        return articles;
    }

    /**
     * A page saved or printed only in part ends inside a sentence: its last line, right after the
     * article's body, looks like a headline only because the cut took its punctuation (某公司某项目是我市和某集).
     * It is the body's last words, not the headline of a story with no text, when it reads as the inside of a
     * sentence and not as a headline or the page's credits; a footer (责任编辑：…, 版权所有 …) is short, or
     * holds a colon or a bracket.
     */
    private static void keepCutLastLine(Builder current, List<String> headings, List<Line> lines) {
        if (current == null || headings.size() != 1 || lines.size() < 2
                || lines.get(lines.size() - 1).type() != Line.Type.HEADING
                || lines.get(lines.size() - 2).type() != Line.Type.BODY) {
            return;
        }
        String last = headings.get(0);
        if (last.length() >= CUT_LINE_MIN && CUT_LINE.matcher(last).matches() && INSIDE_A_SENTENCE.matcher(last).find()
                && !HEADLINE_END.matcher(last).find() && !EDITORS.matcher(last).find()) {
            current.paragraphs.add(last);
            headings.clear();
        }
    }

    /**
     * Words a sentence has between its parts and a headline seldom does: a copula, a conjunction, a
     * preposition (某项目是我市和某集…). The next story's headline (某园区某项目开工) has none.
     */
    private static final Pattern INSIDE_A_SENTENCE = Pattern.compile("[是和与在将为对把被从向以及的]");
    /** How a headline ends: the event it reports (开工, 举行, 调研…情况). */
    private static final Pattern HEADLINE_END = Pattern.compile(
            "(?:开工|竣工|投产|签约|举行|召开|调研|考察|开业|落户|启动|成立|揭牌|仪式|情况|会议|大会)$");
    /** A page's credits (本版编辑…校对…, 下转第二版). */
    private static final Pattern EDITORS = Pattern.compile("编辑|校对|责编|下转|上接|版面");
    /** Sentence words only: ideographs, digits and the marks inside a clause, no colon or bracket. */
    private static final Pattern CUT_LINE = Pattern.compile("\\p{IsHan}[\\p{IsHan}0-9.%、“”\"]+");
    private static final int CUT_LINE_MIN = 12;

    /** A short heading run just before a caption is the column it is printed in. */
    private static String columnBefore(List<String> headings) {
        if (!headings.isEmpty() && headings.size() <= 2
                && headings.stream().allMatch(h -> h.length() <= COLUMN_LINE_MAX)) {
            String column = String.join(" ", headings);
            headings.clear();
            return column;
        }
        return null;
    }

    /** Column mastheads printed after their caption: a short heading run right after it. */
    private static void attachTrailingColumns(List<Builder> built, List<Line> lines) {
        for (Builder b : built) {
            if (b.kind != Article.Kind.CAPTION || b.column != null) {
                continue;
            }
            String para = b.paragraphs.get(0);
            for (int i = 0; i < lines.size(); i++) {
                if (!para.startsWith(lines.get(i).text())) {
                    continue;
                }
                int j = i + 1;
                while (j < lines.size() && lines.get(j).type() == Line.Type.CREDIT) {
                    j++;
                }
                List<String> run = new ArrayList<>();
                while (j < lines.size() && lines.get(j).type() == Line.Type.HEADING
                        && lines.get(j).text().length() <= COLUMN_LINE_MAX && run.size() < 2) {
                    run.add(lines.get(j++).text());
                }
                if (!run.isEmpty()) {
                    b.column = String.join(" ", run);
                }
                break;
            }
        }
    }

    /** A line naming works, maybe after the place they are in and a colon (某县:某公司年产…项目). */
    private static final Pattern WORKS_LINE = Pattern.compile("^(?:\\p{IsHan}{2,12}[:：])?.{4,60}(?:项目|工程)(?:[(（][^)）]{1,12}[)）])?$");

    /**
     * More heading lines than a title takes, most of them naming works (某县:某公司某项目, one a line): not
     * slogans over a headline but a list the page was cut into, the article's text. Returns where the list
     * starts (the lines before its first work are the title), or -1 when the lines are no such list.
     */
    private static int worksListStart(List<String> headings) {
        if (headings.size() <= MAX_TITLE_LINES) {
            return -1;
        }
        int first = -1;
        int works = 0;
        for (int i = 0; i < headings.size(); i++) {
            if (WORKS_LINE.matcher(headings.get(i).strip()).matches()) {
                first = first < 0 ? i : first;
                works++;
            }
        }
        return works * 4 >= headings.size() * 3 ? first : -1;
    }

    private static List<String> lastLines(List<String> headings) {
        int from = Math.max(0, headings.size() - MAX_TITLE_LINES);
        return new ArrayList<>(headings.subList(from, headings.size()));
    }

    /** Lines of the page with OCR-broken paragraphs rejoined. */
    static List<Line> rejoin(String pageText) {
        List<Line> out = new ArrayList<>();
        boolean blankBefore = false;
        for (String raw : pageText.split("\\R")) {
            if (raw.isBlank()) {
                blankBefore = true;
                continue;
            }
            // after an empty line, an indented line opens a paragraph of its own, whatever the last one lacked
            // (a web page's paragraph that ends without its stop, then 　　在某开发区，…)
            boolean newParagraph = blankBefore && INDENT.matcher(raw).lookingAt();
            blankBefore = false;
            Line line = Line.classify(raw);
            if (!out.isEmpty() && !newParagraph) {
                Line prev = out.get(out.size() - 1);
                if (prev.type() == Line.Type.BODY && !Line.endsComplete(prev.text())
                        && continues(prev, line)) {
                    out.set(out.size() - 1, Line.classify(prev.text() + line.text()));
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    /** A paragraph's indent: two spaces or more, or an ideographic one. */
    private static final Pattern INDENT = Pattern.compile("(?: {2,}|\u3000|\t)");

    private static boolean continues(Line prev, Line next) {
        return next.type() == Line.Type.BODY && !next.text().startsWith("本报讯") && !DATE_ENDS_LINE.matcher(prev.text()).find()
                && !(DATELINE.matcher(next.text()).lookingAt() && !ENDS_BEFORE_DATE.matcher(prev.text()).find());
    }

    /**
     * A line that opens with a day and a comma or a time of day (11月28日，…; 3月5日上午…) opens a
     * news paragraph: a web page's long headline, with no closing mark, does not run on into it.
     */
    private static final Pattern DATELINE = Pattern.compile("\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上|晚|早上)?[，,]");
    /**
     * A line that ends with a date set apart (本报讯 2024年5月10日, 发布时间：2023-07-13): a dateline, which no sentence
     * runs on from (not 定于2024年5月10日 / 举行…, a date inside a sentence broken after it).
     */
    private static final Pattern DATE_ENDS_LINE = Pattern.compile(
            "(?:^|[\\s:：|])(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})\\s*$");
    /** …unless the line before breaks off where a date goes on (定于 / 11月28日，…). */
    private static final Pattern ENDS_BEFORE_DATE = Pattern.compile("(?:于|在|至|到|从|自|的|是|为|截至|截止)$");

    private static final class Builder {
        final List<String> title;
        final String byline;
        final List<String> paragraphs = new ArrayList<>();
        Article.Kind kind = Article.Kind.NEWS;
        String column;

        Builder(List<String> title, String byline) {
            this.title = title;
            this.byline = byline;
        }

        static Builder caption(String text, String column) {
            Builder b = new Builder(List.of(), null);
            b.kind = Article.Kind.CAPTION;
            b.column = column;
            b.paragraphs.add(text);
            return b;
        }

        Article build(int position) {
            StringBuilder text = new StringBuilder();
            for (String t : title) {
                text.append(t).append('\n');
            }
            if (byline != null) {
                text.append(byline).append('\n');
            }
            int bodyStart = text.length();
            text.append(String.join("\n", paragraphs));
            String credit = null;
            if (kind == Article.Kind.CAPTION) {
                Matcher m = CAPTION_CREDIT.matcher(paragraphs.get(0));
                credit = m.find() ? m.group().strip() : null;
            }
            PinyinGlosses read = PinyinGlosses.strip(text.toString());
            return new Article(position, title.stream().map(PinyinGlosses::without).toList(),
                    byline != null ? PinyinGlosses.without(byline) : credit, read.text(), kind, column,
                    bodyStart - read.removedBefore(bodyStart), read.glosses());
        }
    }
}
