package org.localkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleQueryTest {
    @Test
    void theTitleAndDescriptionComeFromTheLeadingCommentLines() {
        ExampleQuery q = ExampleQuery.parse("parks.rq", "# title: 园区 Parks\n# description: every park\n#\n"
                + "# Which parks?\nSELECT * { ?s ?p ?o }\n# title: not this one\n");
        assertEquals("园区 Parks", q.title());
        assertEquals("every park", q.description());
        assertEquals("parks.rq", q.name());
    }

    @Test
    void aFileWithoutThemIsNamedByItsFileAndFirstComment() {
        ExampleQuery q = ExampleQuery.parse("parks.rq", "# Which parks are there?\n#\nSELECT * { ?s ?p ?o }\n");
        assertEquals("parks", q.title());
        assertEquals("Which parks are there?", q.description());
        assertEquals("", ExampleQuery.parse("bare.rq", "ASK {}").description());
    }

    @Test
    void theVersionChangesWithTheShippedText() {
        String v = ExampleQuery.parse("a.rq", "ASK {}").version();
        assertEquals(v, ExampleQuery.parse("a.rq", "ASK {}").version());
        assertNotEquals(v, ExampleQuery.parse("a.rq", "ASK { ?s ?p ?o }").version());
        assertTrue(v.matches("[0-9a-f]{16}"), v);
    }

    @Test
    void everyShippedQueryHasItsOwnTitleAndDescription() throws IOException {
        List<ExampleQuery> all = ExampleQueries.all();
        assertFalse(all.isEmpty(), "the queries are bundled");
        for (ExampleQuery q : all) {
            String text = Files.readString(Path.of("queries", q.name()));
            assertEquals(text, q.text(), q.name() + " is bundled as it is in queries/");
            assertTrue(text.startsWith("# title: ") && text.contains("\n# description: "),
                    q.name() + " opens with # title: and # description: lines for the example gallery");
        }
        assertEquals(all.size(), all.stream().map(ExampleQuery::title).distinct().count(), "titles tell the examples apart");
    }
}
