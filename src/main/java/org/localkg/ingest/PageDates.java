package org.localkg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a web page prints in its head, for a page that comes without metadata: a publication
 * stamp (发布时间：2021-10-14, 2020年03月24日 10:41, 24.04.2017 08:15). Used to resolve the
 * relative dates of the page's articles (今年, 明年) the way a date in the metadata does.
 *
 * <p>Only a date written as a stamp counts: after a cue (发布时间, 发布日期, 日期, 时间) or with a time of
 * day after it, in the page's first {@value #HEAD} characters. A date in the body (2023年12月底，…)
 * is an event's, not the page's, and a page without a stamp has no date: unknown stays unknown.
 */
public final class PageDates {
    /** How far into a page its head may reach. */
    static final int HEAD = 400;

    private static final List<Pattern> STAMPS = List.of(
            // 发布时间：2021-10-14, 日期:2017-08-30, 时间:2025年06月26日
            Pattern.compile("(?:发布时间|发布日期|日期|时间|发表时间|更新时间)\\s*[:：]?\\s*(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})"),
            // 2021-02-07 17:35:09, 2020年03月24日 10:41
            Pattern.compile("(?<!\\d)(\\d{4})\\s*[-年/]\\s*(\\d{1,2})\\s*[-月/]\\s*(\\d{1,2})\\s*日?\\s*\\d{1,2}:\\d{2}"));
    /** 24.04.2017 08:15: day, month, year, then a time. */
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s+\\d{1,2}:\\d{2}");

    private PageDates() {}

    /** The date the page's head prints as its stamp, or null. */
    public static LocalDate find(String page) {
        String head = page.substring(0, Math.min(page.length(), HEAD));
        for (Pattern p : STAMPS) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        Matcher m = DAY_FIRST.matcher(head);
        return m.find() ? date(m.group(3), m.group(2), m.group(1)) : null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1990 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
