package org.localkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.bench.queries.ShippedQueries;

/**
 * {@code kg bench} on a tiny generated corpus prints, for every query {@code queries/index.txt}
 * lists, its rows and its p50 and p99 at 1 and 8 clients, taken from {@code kg serve} running in
 * a JVM of its own: complete answers, no timeout or error, and times that could be real.
 */
class ShippedQueryBenchIT {
    private static final Pattern LATENCY = Pattern.compile("(\\d+\\.\\d) / (\\d+\\.\\d)");

    @Test
    void everyShippedQueryHasItsRowsAndItsLatencyAtOneAndEightClients(@TempDir Path dir) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("bench", "--sizes", "4", "--single-thread-pages", "4", "--search-queries", "2",
                    "--query-requests", "4", "--keep", dir.toString());
        } finally {
            System.setOut(out);
        }
        String table = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, table);
        List<ShippedQueries.ShippedQuery> queries = ShippedQueries.all();
        assertFalse(queries.isEmpty());
        for (var q : queries) {
            String prefix = "| query " + q.name() + ": ";
            assertTrue(cell(table, prefix + "rows |").matches("\\d+"), q.name() + " rows:\n" + table);
            for (String clients : List.of("1 client", "8 clients")) {
                String cell = cell(table, prefix + "p50 / p99 ms, " + clients + " |");
                Matcher m = LATENCY.matcher(cell);
                assertTrue(m.matches(), q.name() + " at " + clients + ": a timeout, an error or no row: " + cell);
                double p50 = Double.parseDouble(m.group(1));
                double p99 = Double.parseDouble(m.group(2));
                assertTrue(p50 > 0 && p50 <= p99 && p99 < 60_000, q.name() + " at " + clients + ": " + cell);
            }
        }
        assertEquals("0", cell(table, "| OutOfMemoryError in kg serve's log (lines) |"));
    }

    /** The cell after {@code head} on its line, trimmed; empty when there is no such line. */
    private static String cell(String table, String head) {
        for (String line : table.lines().toList()) {
            if (line.startsWith(head)) {
                String rest = line.substring(head.length());
                return rest.substring(0, rest.lastIndexOf('|')).strip();
            }
        }
        return "";
    }
}
