package org.localkg.server.ld;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A timeline: one row per post (a bar from its first to its last dated report, a dot per report)
 * and one row of visits, along a shared axis of months. Only dated points are drawn.
 */
final class TimelineSvg {
    /** A dated point: the article behind it and the tooltip that says what it is. */
    record Point(LocalDate date, String href, String tip) {}

    /** A row of points; {@code span} draws the bar from the first to the last. */
    record Row(String label, List<Point> points, boolean span) {}

    private static final int WIDTH = 720;
    private static final int LEFT = 160;
    private static final int RIGHT = 24;
    private static final int ROW = 30;

    private TimelineSvg() {}

    static String draw(List<Row> rows, String caption) {
        List<Row> dated = rows.stream().filter(r -> r.points().stream().anyMatch(p -> p.date() != null)).toList();
        if (dated.isEmpty()) {
            return Svg.NO_DATES;
        }
        LocalDate min = dated.stream().flatMap(r -> r.points().stream()).map(Point::date).filter(Objects::nonNull).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = dated.stream().flatMap(r -> r.points().stream()).map(Point::date).filter(Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
        LocalDate from = min.withDayOfMonth(1);
        LocalDate to = max.withDayOfMonth(1).plusMonths(1);
        long days = ChronoUnit.DAYS.between(from, to);
        int height = 20 + dated.size() * ROW + 30;
        StringBuilder b = new StringBuilder(Svg.open("timeline", WIDTH, height, caption));
        int axis = 20 + dated.size() * ROW;
        b.append(Svg.line(LEFT, axis, WIDTH - RIGHT, axis, Svg.FAINT, 1));
        long months = ChronoUnit.MONTHS.between(from, to);
        int step = (int) Math.max(1, (months + 7) / 8); // at most some eight month labels
        for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(step)) {
            double x = x(m, from, days);
            b.append(Svg.line(x, 14, x, axis + 4, "#eee", 1)).append(Svg.text(x, axis + 18, "middle", m.toString().substring(0, 7)));
        }
        int y = 20 + ROW / 2;
        for (Row r : dated) {
            b.append(Svg.text(LEFT - 8, y + 4, "end", Svg.clip(r.label(), 12)));
            List<Point> ps = r.points().stream().filter(p -> p.date() != null).toList();
            if (r.span()) {
                LocalDate a = ps.stream().map(Point::date).min(LocalDate::compareTo).orElseThrow();
                LocalDate z = ps.stream().map(Point::date).max(LocalDate::compareTo).orElseThrow();
                b.append(Svg.line(x(a, from, days), y, x(z, from, days), y, "#9cc3e6", 8));
            }
            for (Point p : ps) {
                b.append(Svg.dot(x(p.date(), from, days), y, 5, "#fff", p.href(), p.date() + " " + p.tip()));
            }
            y += ROW;
        }
        return b.append(Svg.close(caption)).toString();
    }

    private static double x(LocalDate d, LocalDate from, long days) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, d) / Math.max(1, days);
    }
}
