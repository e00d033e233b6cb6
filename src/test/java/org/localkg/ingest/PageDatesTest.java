package org.localkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The publication stamp a web page prints in its head; made-up pages. */
class PageDatesTest {
    @Test
    void aStampAfterItsCue() {
        assertEquals(LocalDate.of(2021, 10, 14), PageDates.find("首页 > 要闻\n某某调研\n发布时间：2021-10-14  来源：某某日报\n正文…"));
        assertEquals(LocalDate.of(2025, 6, 26), PageDates.find("时间:2025年06月26日来源:某某日报\n正文"));
    }

    @Test
    void aStampWithATimeOfDay() {
        assertEquals(LocalDate.of(2020, 3, 24), PageDates.find("标题\n\n2020年03月24日 10:41   来源：某某日报\n正文"));
        assertEquals(LocalDate.of(2017, 4, 24), PageDates.find("标题\n24.04.2017 08:15\n正文"));
    }

    @Test
    void aDateInTheBodyIsAnEventsNotThePages() {
        assertNull(PageDates.find("2023年12月底，在某某项目建设现场，工人们加紧施工。"));
        assertNull(PageDates.find("x".repeat(PageDates.HEAD) + "发布时间：2021-10-14"), "only the page's head counts");
    }

    @Test
    void anImpossibleDateIsNone() {
        assertNull(PageDates.find("发布时间：2021-13-45"));
    }
}
