package org.localkg.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the relative dates of news text against the article's date: 昨天, 今年5月, 年内,
 * 明年. Without a date nothing is resolved: unknown stays unknown.
 */
public final class RelativeDates {
    private static final Pattern ABSOLUTE_YEAR = Pattern.compile("(\\d{4})年");

    private RelativeDates() {}

    /** The year meant by an expression like 今年5月, 年内, 明年底, 2025年; null when unknown. */
    public static Integer year(String expression, LocalDate articleDate) {
        Matcher m = ABSOLUTE_YEAR.matcher(expression);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        if (articleDate == null) {
            return null;
        }
        if (expression.contains("明年")) {
            return articleDate.getYear() + 1;
        }
        if (expression.contains("今年") || expression.contains("年内") || expression.contains("年底")
                || expression.contains("本年") || expression.matches(".*\\d{1,2}月.*") || expression.contains("季度")) {
            return articleDate.getYear();
        }
        return null;
    }

    /** The day meant by 昨天, 前天, 今天, 当天 (or the article's day for 日前/近日); null when unknown. */
    public static LocalDate day(String text, LocalDate articleDate) {
        if (articleDate == null) {
            return null;
        }
        if (text.contains("前天")) {
            return articleDate.minusDays(2);
        }
        if (text.contains("昨天") || text.contains("昨日")) {
            return articleDate.minusDays(1);
        }
        if (text.contains("今天") || text.contains("今日")) {
            return articleDate;
        }
        return null;
    }
}
