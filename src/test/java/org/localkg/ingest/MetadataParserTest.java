package org.localkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataParserTest {
    @Test
    void frontMatterGivesMetadataAndIsTakenOffTheText() {
        String text = "---\ndate: 2024-12-28\npaper: 示例日报\npage: A2\nurl: https://example.org/p/1\n---\n标题\n正文。";
        MetadataParser.Split s = MetadataParser.splitFrontMatter("a.txt", text);
        assertEquals(LocalDate.of(2024, 12, 28), s.metadata().date());
        assertEquals("示例日报", s.metadata().paper());
        assertEquals("A2", s.metadata().page());
        assertEquals("https://example.org/p/1", s.metadata().url());
        assertEquals("标题\n正文。", s.body());
    }

    @Test
    void chineseDatesAreRead() {
        assertEquals(LocalDate.of(2024, 5, 9), MetadataParser.parseDate("a", "2024年5月9日"));
    }

    @Test
    void withoutFrontMatterNothingIsKnown() {
        MetadataParser.Split s = MetadataParser.splitFrontMatter("a.txt", "标题\n正文。");
        assertNull(s.metadata().date());
        assertEquals("标题\n正文。", s.body());
    }

    @Test
    void aBadDateIsAnErrorNamingTheFile() {
        SourceException e = assertThrows(SourceException.class,
                () -> MetadataParser.splitFrontMatter("a.txt", "---\ndate: yesterday\n---\n正文。"));
        assertEquals(true, e.getMessage().startsWith("a.txt: "));
    }

    @Test
    void aSidecarFileGivesMetadataAndFrontMatterWins(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "---\npage: B3\n---\n标题\n正文。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("page.txt.meta"), "date: 2024-01-02\npage: A1\n", StandardCharsets.UTF_8);
        Source s = SourceReader.read(page);
        assertEquals(LocalDate.of(2024, 1, 2), s.metadata().date());
        assertEquals("B3", s.metadata().page());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"javascript:alert(1)", "http://x.org/a b", "http://x.org/\"><script>",
        "file:///etc/passwd", "data:text/html,hi", "/relative/page", "http://x.org/<b>"})
    void aBadUrlIsRejectedNamingTheFile(String url) {
        SourceException e = org.junit.jupiter.api.Assertions.assertThrows(SourceException.class,
                () -> MetadataParser.parse("day/A1.txt", "url: " + url));
        assertTrue(e.getMessage().startsWith("day/A1.txt: metadata url"), e.getMessage());
    }

    @Test
    void aGoodUrlIsKept() {
        assertEquals("https://epaper.example.cn/html/2024-12/28/node_2.htm?x=1#a",
                MetadataParser.parse("a.txt", "url: https://epaper.example.cn/html/2024-12/28/node_2.htm?x=1#a").url());
        assertEquals("http://例子.中国/版面/2", MetadataParser.parse("a.txt", "url: http://例子.中国/版面/2").url());
    }
}
