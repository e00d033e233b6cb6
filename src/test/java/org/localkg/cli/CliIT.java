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
    void aBusyPortFailsBeforeAnythingIsIngested(@TempDir Path dir) throws Exception {
        try (java.net.ServerSocket holder = new java.net.ServerSocket(0)) {
            int port = holder.getLocalPort();
            PrintStream err = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int demo;
            int serve;
            try {
                demo = Main.run("demo", "--store", dir.resolve("demo").toString(), "--port", Integer.toString(port));
                serve = Main.run("serve", "--store", dir.resolve("served").toString(), "--port", Integer.toString(port));
            } finally {
                System.setErr(err);
            }
            String said = captured.toString(StandardCharsets.UTF_8);
            assertEquals(1, demo, said);
            assertEquals(1, serve, said);
            assertTrue(said.contains("port " + port + " is in use"), said);
            assertTrue(!Files.exists(dir.resolve("demo")), "the demo made no store: " + said);
        }
    }

    @Test
    void aNewStoreServedOnAPortMintsItsIrisThere(@TempDir Path dir) {
        try (org.localkg.store.KgStore kg = org.localkg.store.KgStore.open(dir.resolve("store"))) {
            assertEquals("http://localhost:3042/", kg.base(null, ServeCommand.localBase(3042)));
            // and keeps them: a later default does not change a store's base
            assertEquals("http://localhost:3042/", kg.base(null, ServeCommand.localBase(3030)));
        }
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
