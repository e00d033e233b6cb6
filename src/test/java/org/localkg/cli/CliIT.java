package org.localkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliIT {
    @Test
    void extractWritesNQuadsAndTrig(@TempDir Path dir) {
        Path nq = dir.resolve("out.nq");
        Path trig = dir.resolve("out.trig");
        assertEquals(0, Main.run("extract", "src/test/resources/pages/inspection-page.txt", "-o", nq.toString()));
        assertEquals(0, Main.run("extract", "src/test/resources/pages/inspection-page.txt", "-o", trig.toString()));
        Dataset a = RDFDataMgr.loadDataset(nq.toString());
        Dataset b = RDFDataMgr.loadDataset(trig.toString());
        assertTrue(a.asDatasetGraph().find().hasNext());
        assertEquals(a.asDatasetGraph().stream().count(), b.asDatasetGraph().stream().count());
    }

    @Test
    void aMissingFileFailsWithItsNameAndTheOthersAreStillExtracted(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("out.nq");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("extract", "no-such-page.txt", "src/test/resources/pages/inspection-page.txt", "-o", nq.toString());
        } finally {
            System.setErr(err);
        }
        assertEquals(1, status);
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("no-such-page.txt"), captured.toString());
        assertTrue(Files.size(nq) > 0);
    }

    @Test
    void ingestThenQueryFromTheCommandLine(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        assertEquals(0, Main.run("ingest", "--store", store, "src/test/resources/pages"));
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("query", "--store", store, "--format", "csv", "queries/officials.rq"));
        } finally {
            System.setOut(out);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("市委书记"), captured.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"extract", "ingest", "serve", "query", "demo"}) {
            assertEquals(0, Main.run(c, "--help"));
        }
    }
}
