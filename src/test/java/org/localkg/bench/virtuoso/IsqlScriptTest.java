package org.localkg.bench.virtuoso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsqlScriptTest {
    @Test
    void theLoadRegistersTheFolderRunsTheLoaderAndCountsBeforeAndAfter() {
        String script = IsqlScript.bulkLoad(Path.of("/tmp/v/load"), "urn:x:g");
        List<String> lines = script.lines().toList();
        assertEquals(List.of(IsqlScript.COUNT_QUADS, "ld_dir('/tmp/v/load', '*.nq', 'urn:x:g');", "rdf_loader_run();", "checkpoint;",
                IsqlScript.LOAD_ERRORS, IsqlScript.COUNT_QUADS), lines);
    }

    @Test
    void aQuoteInAPathCannotEndTheLiteral() {
        assertEquals("'/tmp/it''s; drop'", IsqlScript.literal("/tmp/it's; drop"));
        assertTrue(IsqlScript.bulkLoad(Path.of("/tmp/it's"), "urn:x:g").contains("ld_dir('/tmp/it''s', "));
    }

    @Test
    void isqlConnectsOnLoopbackAndRunsTheScriptFile() {
        assertEquals(List.of("/usr/bin/isql-vt", "127.0.0.1:4711", "dba", "dba", "/tmp/v/load.sql"),
                IsqlScript.command("/usr/bin/isql-vt", 4711, Path.of("/tmp/v/load.sql")));
    }

    /** isql's output of the script on a store that had 2,498 quads (its system graphs) and gained 2. */
    private static final String OUTPUT = String.join("\n",
            "Connected to OpenLink Virtuoso",
            "callret-0", "INTEGER", "_______________________________________________________________________________", "",
            "2498", "", "1 Rows. -- 1 msec.", "",
            "Done. -- 1 msec.", "", "Done. -- 4 msec.", "", "Done. -- 55 msec.",
            "callret-0", "VARCHAR", "_______________________________________________________________________________", "",
            "0 Rows. -- 1 msec.",
            "callret-0", "INTEGER", "_______________________________________________________________________________", "",
            "2500", "", "1 Rows. -- 0 msec.");

    @Test
    void theValuesAreReadUnderTheirRulesAndAnEmptyResultGivesNone() {
        assertEquals(List.of("2498", "2500"), IsqlScript.values(OUTPUT));
        assertEquals(List.of(), IsqlScript.errors(OUTPUT));
        assertEquals(List.of("*** Error 42000: [Virtuoso Driver][Virtuoso Server]RDFXX: bad"),
                IsqlScript.errors(OUTPUT + "\n*** Error 42000: [Virtuoso Driver][Virtuoso Server]RDFXX: bad\n"));
    }
}
