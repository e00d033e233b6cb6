package org.localkg.server.ld;

import java.util.List;

/** A bar chart of one figure per label (a park's investment by year, the articles of each month). */
final class BarChartSvg {
    /** A bar: its label under it, its height, and the figure written over it. */
    record Bar(String label, double value, String shown) {}

    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int BASE = 170;

    private BarChartSvg() {}

    static String draw(String kind, List<Bar> bars, String caption) {
        if (bars.isEmpty()) {
            return Svg.NO_DATES;
        }
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        double slot = (WIDTH - 40.0) / bars.size();
        double width = Math.min(80, slot * 0.7);
        // a label every so many bars, so that labels keep apart (28 months would run together)
        double widest = bars.stream().mapToDouble(bar -> Svg.width(bar.label())).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((widest + 6) / slot));
        StringBuilder b = new StringBuilder(Svg.open(kind, WIDTH, HEIGHT, caption));
        b.append(Svg.line(20, BASE, WIDTH - 20, BASE, Svg.FAINT, 1));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = max <= 0 ? 0 : (BASE - 30) * bar.value() / max;
            double x = 20 + slot * i + (slot - width) / 2;
            b.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(BASE - h)).append("\" width=\"")
                    .append(Svg.n(width)).append("\" height=\"").append(Svg.n(h)).append("\" fill=\"#9cc3e6\"><title>")
                    .append(Html.esc(bar.label() + ": " + bar.shown())).append("</title></rect>");
            if (bars.size() <= 24) { // past that the figures would overlap: the tooltips and the table say them
                b.append(Svg.text(x + width / 2, BASE - h - 6, "middle", bar.shown()));
            }
            if (i % every == 0) {
                b.append(Svg.text(x + width / 2, BASE + 18, "middle", bar.label()));
            }
        }
        return b.append(Svg.close(caption)).toString();
    }
}
