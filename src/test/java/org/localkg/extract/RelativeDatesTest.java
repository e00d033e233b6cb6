package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 28);

    @Test
    void yearsResolveAgainstTheArticleDate() {
        assertEquals(2024, RelativeDates.year("今年5月", DAY));
        assertEquals(2024, RelativeDates.year("年内", DAY));
        assertEquals(2025, RelativeDates.year("明年", DAY));
        assertEquals(2026, RelativeDates.year("2026年", null));
        assertNull(RelativeDates.year("今年5月", null));
    }

    @Test
    void daysResolveAgainstTheArticleDate() {
        assertEquals(LocalDate.of(2024, 12, 27), RelativeDates.day("昨天下午", DAY));
        assertEquals(LocalDate.of(2024, 12, 26), RelativeDates.day("前天", DAY));
        assertNull(RelativeDates.day("昨天", null));
    }
}
