package org.localkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractionBenchIT {
    @Test
    void printsOneRowPerCorpusAndRoundWithTheRatio() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("bench", "extraction", "--pages", "2", "--sample-copies", "1", "--rounds", "2");
        } finally {
            System.setOut(out);
        }
        assertEquals(0, status);
        String table = captured.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| extraction / HanLP NER |"), table);
        assertEquals(2, table.lines().filter(l -> l.startsWith("| 2 generated pages |")).count(), table);
        assertEquals(2, table.lines().filter(l -> l.startsWith("| 1 × the 5 sample pages |")).count(), table);
        assertTrue(table.lines().filter(l -> l.startsWith("| 1 × ")).allMatch(l -> l.matches(".*\\| \\d+\\.\\d\\d× \\| \\d+\\.\\d\\d× \\|$")), table);
    }
}
