package org.localkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The pictures: well-formed SVG with every text escaped, and drawn from dated facts only. */
class PicturesTest {
    static final String HOSTILE = "<script>alert(1)</script>&\"'";

    static String svg(String html) throws Exception {
        String s = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
        return s;
    }

    @Test
    void aTimelineEscapesWhatItWritesAndLinksItsDots() throws Exception {
        String html = TimelineSvg.draw(List.of(new TimelineSvg.Row(HOSTILE, List.of(
                new TimelineSvg.Point(LocalDate.of(2024, 1, 5), "/page/article/a?x=1&y=2", HOSTILE),
                new TimelineSvg.Point(LocalDate.of(2024, 7, 5), null, "undated link")), true)), HOSTILE);
        String svg = svg(html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(svg.contains("href=\"/page/article/a?x=1&amp;y=2\""), svg);
        assertTrue(svg.contains(">2024-01</text>") && svg.contains(">2024-07</text>"), "month labels along the axis");
    }

    @Test
    void withoutDatesNothingIsDrawn() {
        assertEquals(Svg.NO_DATES, TimelineSvg.draw(List.of(new TimelineSvg.Row("区长", List.of(new TimelineSvg.Point(null, null, "x")), true)), "t"));
        assertEquals(Svg.NO_DATES, StageLineSvg.draw(List.of(new StageLineSvg.Stage("签约", null, null, "x")), "t"));
        assertEquals(Svg.NO_DATES, BarChartSvg.draw("investment-by-year", List.of(), "t"));
    }

    @Test
    void stageLinesBarsAndGraphsAreWellFormedAndEscaped() throws Exception {
        for (String html : List.of(
                StageLineSvg.draw(List.of(new StageLineSvg.Stage("签约", "2024-01-01", "/page/article/a", HOSTILE),
                        new StageLineSvg.Stage(HOSTILE, null, null, HOSTILE)), HOSTILE),
                BarChartSvg.draw("investment-by-year", List.of(new BarChartSvg.Bar(HOSTILE, 3, HOSTILE)), HOSTILE),
                GraphSvg.draw(HOSTILE, List.of(new GraphSvg.Neighbour(HOSTILE, HOSTILE, "/page/x", true)), HOSTILE))) {
            svg(html);
            assertFalse(html.contains("<script>"), html);
        }
    }

    @Test
    void aBarChartOfManyMonthsLabelsSomeOfThemApart() throws Exception {
        List<BarChartSvg.Bar> months = new java.util.ArrayList<>();
        for (LocalDate m = LocalDate.of(2024, 1, 1); m.isBefore(LocalDate.of(2026, 5, 1)); m = m.plusMonths(1)) {
            months.add(new BarChartSvg.Bar(m.toString().substring(0, 7), 30, "30"));
        }
        String svg = svg(BarChartSvg.draw("articles-per-month", months, "t"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text x=\"([0-9.]+)\" y=\"188\"[^>]*>([^<]*)</text>").matcher(svg);
        List<Double> xs = new java.util.ArrayList<>();
        while (m.find()) {
            xs.add(Double.parseDouble(m.group(1)));
        }
        assertTrue(xs.size() >= 4 && xs.size() < months.size(), xs.size() + " labels under " + months.size() + " bars");
        for (int i = 1; i < xs.size(); i++) {
            assertTrue(xs.get(i) - xs.get(i - 1) >= 7 * 7 + 6, "labels " + (i - 1) + " and " + i + " overlap: " + xs);
        }
        assertTrue(svg.contains(">2024-01</text>"), "the first month is named");
        assertEquals(months.size(), svg.split("<rect ").length - 1, "a bar for every month");
    }

    @Test
    void aNeighbourhoodsLinkNamesKeepOffTheEntitysName() throws Exception {
        String centre = "某某市某某区年产五万吨新材料产业化项目";
        for (int count = 2; count <= 12; count++) {
            List<GraphSvg.Neighbour> around = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                around.add(new GraphSvg.Neighbour("邻居" + i, "关联之名", "/page/x" + i, i % 2 == 0));
            }
            String svg = svg(GraphSvg.draw(centre, around, "t"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*>([^<]*)</text>").matcher(svg);
            double[] name = null;
            List<double[]> links = new java.util.ArrayList<>();
            while (m.find()) {
                double x = Double.parseDouble(m.group(1));
                double y = Double.parseDouble(m.group(2));
                double half = Svg.width(m.group(3)) / 2;
                double[] box = {x - half, y - 12, x + half, y + 2};
                if (m.group(3).startsWith("某某市")) {
                    name = box;
                } else if (m.group(3).contains("关联")) {
                    links.add(box);
                }
            }
            assertTrue(name != null && links.size() == count, svg);
            for (double[] l : links) {
                boolean apart = l[2] <= name[0] || l[0] >= name[2] || l[3] <= name[1] || l[1] >= name[3];
                assertTrue(apart, count + " neighbours: a link's name " + java.util.Arrays.toString(l) + " over the entity's "
                        + java.util.Arrays.toString(name));
            }
        }
    }
}
