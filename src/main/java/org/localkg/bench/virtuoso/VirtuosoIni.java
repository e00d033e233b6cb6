package org.localkg.bench.virtuoso;

import java.nio.file.Path;

/**
 * The configuration of a private Virtuoso: every file in one folder, both ports on the loopback
 * interface, the bulk loader allowed to read only the folder of files to load, and the SPARQL
 * endpoint held to the limits {@code kg serve} has by default, so that both answer the same
 * queries under the same rules.
 */
final class VirtuosoIni {
    /**
     * Buffers of 8 KB: about 1.3 GB, what Virtuoso's own sample configuration suggests for a machine
     * with 2 GB free, set against the 2 GB heap {@code ./kg} gives our server.
     */
    static final int BUFFERS = 170_000;
    static final int DIRTY_BUFFERS = 130_000;

    private VirtuosoIni() {}

    /**
     * @param dir          the instance's folder (database, log, lock, transaction files)
     * @param loadDir      the folder the bulk loader reads
     * @param resultLimit  most rows one SPARQL answer carries ({@code kg serve --result-limit})
     * @param timeoutSeconds the time one SPARQL query may take ({@code kg serve --timeout})
     */
    static String text(Path dir, int sqlPort, int httpPort, Path loadDir, long resultLimit, int timeoutSeconds) {
        String d = dir.toAbsolutePath().toString();
        return String.join("\n",
                "[Database]",
                "DatabaseFile = " + d + "/virtuoso.db",
                "ErrorLogFile = " + d + "/virtuoso.log",
                "LockFile = " + d + "/virtuoso.lck",
                "TransactionFile = " + d + "/virtuoso.trx",
                "xa_persistent_file = " + d + "/virtuoso.pxa",
                "TempStorage = TempDatabase",
                "",
                "[TempDatabase]",
                "DatabaseFile = " + d + "/virtuoso-temp.db",
                "TransactionFile = " + d + "/virtuoso-temp.trx",
                "",
                "[Parameters]",
                "ServerPort = 127.0.0.1:" + sqlPort,
                "DisableUnixSocket = 1",
                "DirsAllowed = " + loadDir.toAbsolutePath(),
                "NumberOfBuffers = " + BUFFERS,
                "MaxDirtyBuffers = " + DIRTY_BUFFERS,
                "",
                "[HTTPServer]",
                "ServerPort = 127.0.0.1:" + httpPort,
                "ServerRoot = " + d,
                // more request threads than the benchmark has clients, so that none waits for a thread
                "ServerThreads = 12",
                "MaxClientConnections = 12",
                "Charset = UTF-8",
                "",
                "[SPARQL]",
                "ResultSetMaxRows = " + resultLimit,
                "MaxQueryExecutionTime = " + timeoutSeconds,
                "");
    }
}
