package org.localkg.server.ld;

import java.util.List;

/**
 * A project's stage line (签约 → 开工 → 竣工 → 投产, with 在建 and 封顶 where reported): a stage the
 * papers reported is a filled dot with the date of the first article that reports it, linked to
 * that article; a stage not (yet) reported is a hollow dot.
 */
final class StageLineSvg {
    /** A stage; {@code date} and {@code href} are null when no dated article reports it. */
    record Stage(String label, String date, String href, String tip) {}

    private static final int WIDTH = 720;
    private static final int HEIGHT = 86;

    private StageLineSvg() {}

    static String draw(List<Stage> stages, String caption) {
        if (stages.stream().noneMatch(s -> s.date() != null)) {
            return Svg.NO_DATES;
        }
        StringBuilder b = new StringBuilder(Svg.open("stage-line", WIDTH, HEIGHT, caption));
        double gap = (WIDTH - 80.0) / Math.max(1, stages.size() - 1);
        b.append(Svg.line(40, 36, WIDTH - 40, 36, Svg.FAINT, 3));
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            double x = 40 + gap * i;
            boolean reached = s.date() != null;
            b.append(Svg.dot(x, 36, 9, reached ? Svg.ACCENT : "#fff", s.href(), s.tip()));
            b.append(Svg.text(x, 18, "middle", s.label()));
            b.append(Svg.link(s.href(), Svg.text(x, 64, "middle", reached ? s.date() : "—")));
        }
        return b.append(Svg.close(caption)).toString();
    }
}
