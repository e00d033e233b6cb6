package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.localkg.ingest.Article;

/** {@code kg explain --rules}: each entity records the rules that named it, and only when asked. */
class EntityOriginsTest {
    private static final String TEXT = "市委书记王建平来到北辰高新区，察看了宏远精密轴承项目建设进展。";

    @AfterEach
    void off() {
        ArticleFacts.traceOrigins(false);
    }

    @Test
    void eachEntityNamesTheRuleThatFoundIt() {
        ArticleFacts.traceOrigins(true);
        Extracted x = Extracted.body(TEXT);
        assertTrue(x.entity("王建平").origins().stream().anyMatch(o -> o.startsWith("OfficialRecognizer.")),
                () -> "origins " + x.entity("王建平").origins());
        assertTrue(x.entity("宏远精密轴承项目").origins().stream().anyMatch(o -> o.startsWith("ProjectRecognizer.")),
                () -> "origins " + x.entity("宏远精密轴承项目").origins());
        List<String> lines = Explanation.of(new Article(1, List.of(), null, TEXT, Article.Kind.NEWS, null, 0), x.facts);
        assertTrue(lines.stream().anyMatch(l -> l.contains("王建平") && l.contains(" by OfficialRecognizer.")), () -> String.join("\n", lines));
    }

    @Test
    void offByDefault() {
        Extracted x = Extracted.body(TEXT);
        assertTrue(x.facts.entities().stream().allMatch(e -> e.origins().isEmpty()));
    }
}
