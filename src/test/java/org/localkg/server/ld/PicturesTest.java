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
}
