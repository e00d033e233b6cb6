package org.localkg.bench.virtuoso;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that Virtuoso's {@code isql} runs to bulk-load a folder of N-Quads, and what is read back
 * from its output. Every file's quads go to the graph each quad names; the loader's default graph
 * only takes triples, which N-Quads files do not have.
 */
final class IsqlScript {
    /** Counts every quad of every graph, Virtuoso's own system graphs too: read before and after a load. */
    static final String COUNT_QUADS = "SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } };";

    /** The files the loader failed on, with its reason: no row when every file loaded. */
    static final String LOAD_ERRORS = "SELECT ll_file || ': ' || ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;";

    private IsqlScript() {}

    /**
     * Registers every {@code .nq} file of {@code loadDir} with the bulk loader ({@code ld_dir}),
     * loads them ({@code rdf_loader_run}), makes the load durable ({@code checkpoint}), then lists
     * the loader's failures and counts the quads.
     */
    static String bulkLoad(Path loadDir, String defaultGraph) {
        return String.join("\n",
                COUNT_QUADS,
                "ld_dir(" + literal(loadDir.toAbsolutePath().toString()) + ", '*.nq', " + literal(defaultGraph) + ");",
                "rdf_loader_run();",
                "checkpoint;",
                LOAD_ERRORS,
                COUNT_QUADS,
                "");
    }

    /** A SQL string literal: quotes around, each quote inside doubled. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** The isql command line that runs {@code script} on the server at {@code sqlPort} as the database's administrator. */
    static List<String> command(String isql, int sqlPort, Path script) {
        List<String> c = new ArrayList<>();
        c.add(isql);
        c.add("127.0.0.1:" + sqlPort);
        // a new database's administrator and password; the server listens on loopback only
        c.add("dba");
        c.add("dba");
        c.add(script.toAbsolutePath().toString());
        return c;
    }

    /**
     * The single values of the result sets in isql's output, in order: in its tables a value
     * stands on the first non-blank line under a rule of underscores. A result set with no row
     * ("0 Rows.") gives none.
     */
    static List<String> values(String output) {
        List<String> values = new ArrayList<>();
        List<String> lines = output.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("____")) {
                for (int j = i + 1; j < lines.size(); j++) {
                    String v = lines.get(j).strip();
                    if (!v.isEmpty()) {
                        if (!v.matches("\\d+ Rows\\. -- \\d+ msec\\.")) {
                            values.add(v);
                        }
                        break;
                    }
                }
            }
        }
        return values;
    }

    /** The lines in which isql reports an error ("*** Error 42000: …"). */
    static List<String> errors(String output) {
        return output.lines().filter(l -> l.startsWith("*** Error")).toList();
    }
}
