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

    /** A command whose store another process has open: TDB2's words for it. */
    @picocli.CommandLine.Command(name = "locked")
    static final class Locked implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new RuntimeException("Failed to get a lock: file='/data/kg/store/tdb.lock': held by process 4242");
        }
    }

    @Test
    void aStoreOpenElsewhereIsNamedWithTheProcessThatHoldsIt() {
        picocli.CommandLine kg = Main.commandLine();
        kg.addSubcommand(new Locked());
        java.io.StringWriter err = new java.io.StringWriter();
        kg.setErr(new java.io.PrintWriter(err, true));
        assertEquals(2, Main.execute(kg, "locked"));
        assertEquals("kg locked: the store /data/kg/store is open in another process (pid 4242, a running kg serve?):"
                + " stop it first, or work on a copy of the store", err.toString().strip());
    }

    @Test
    void linkHelpShowsItsThreeFormsAndWikidataHelpWorks() {
        for (String[] args : new String[][] {{"link", "--help"}, {"link", "wikidata", "--help"}}) {
            PrintStream out = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int status;
            try {
                status = Main.run(args);
            } finally {
                System.setOut(out);
            }
            String help = captured.toString(StandardCharsets.UTF_8);
            assertEquals(0, status, help);
            assertTrue(help.startsWith("Usage: kg link [OPTIONS] wikidata FILE"), help);
            assertTrue(help.contains("queries/wikidata/divisions-export.rq") && Files.exists(Path.of("queries/wikidata/divisions-export.rq")), help);
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
