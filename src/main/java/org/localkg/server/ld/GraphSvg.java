package org.localkg.server.ld;

import java.util.List;

/** An entity's neighbourhood as a small graph: the entity in the middle, what it is linked to around it. */
final class GraphSvg {
    /** A neighbour: its name, the link's name, its page, and whether the link points away from the entity. */
    record Neighbour(String label, String link, String href, boolean outgoing) {}

    private static final int WIDTH = 720;
    private static final int HEIGHT = 340;

    private GraphSvg() {}

    static String draw(String centre, List<Neighbour> neighbours, String caption) {
        if (neighbours.isEmpty()) {
            return "";
        }
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        String name = Svg.clip(centre, 16);
        double half = Svg.width(name) / 2;
        StringBuilder edges = new StringBuilder();
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < neighbours.size(); i++) {
            Neighbour n = neighbours.get(i);
            double a = 2 * Math.PI * i / neighbours.size() - Math.PI / 2;
            double x = cx + 260 * Math.cos(a);
            double y = cy + 130 * Math.sin(a);
            edges.append(Svg.line(cx, cy, x, y, Svg.FAINT, 1.2));
            // the link's name halfway along, or further out where it would lie over the entity's name
            String link = (n.outgoing() ? "" : "← ") + Svg.clip(n.link(), 8);
            double t = 0.5;
            while (t < 0.8 && overlaps(cx + t * (x - cx), cy + t * (y - cy) - 3, Svg.width(link) / 2, cx, cy + 26, half)) {
                t += 0.05;
            }
            edges.append(Svg.text(cx + t * (x - cx), cy + t * (y - cy) - 3, "middle", link));
            nodes.append(Svg.dot(x, y, 6, "#fff", n.href(), n.label()));
            nodes.append(Svg.link(n.href(), Svg.text(x, y + (y < cy ? -10 : 20), "middle", Svg.clip(n.label(), 14))));
        }
        StringBuilder b = new StringBuilder(Svg.open("neighbourhood", WIDTH, HEIGHT, caption));
        b.append(edges).append(nodes);
        b.append(Svg.dot(cx, cy, 10, Svg.ACCENT, null, centre));
        b.append("<text x=\"").append(Svg.n(cx)).append("\" y=\"").append(Svg.n(cy + 26)).append("\" text-anchor=\"middle\" font-weight=\"bold\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\" fill=\"")
                .append(Svg.INK).append("\">").append(Html.esc(name)).append("</text>");
        return b.append(Svg.close(caption)).toString();
    }

    /** Whether two texts centred at (x, y) and (x2, y2), of half widths {@code half} and {@code half2}, lie over each other. */
    private static boolean overlaps(double x, double y, double half, double x2, double y2, double half2) {
        return Math.abs(x - x2) < half + half2 + 4 && Math.abs(y - y2) < 16;
    }
}
