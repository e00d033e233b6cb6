package org.localkg.bench.virtuoso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtuosoIniTest {
    private final String ini = VirtuosoIni.text(Path.of("/tmp/v"), 4711, 4712, Path.of("/tmp/v/load"), 10_000, 30);

    private List<String> lines(String key) {
        return ini.lines().filter(l -> l.startsWith(key + " = ")).map(l -> l.substring(key.length() + 3)).toList();
    }

    @Test
    void bothPortsListenOnLoopbackOnly() {
        assertEquals(List.of("127.0.0.1:4711", "127.0.0.1:4712"), lines("ServerPort"));
        assertEquals(List.of("1"), lines("DisableUnixSocket"));
    }

    @Test
    void everyFileIsInTheFolderAndTheLoaderReadsOnlyItsOwnFolder() {
        for (String key : List.of("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file")) {
            assertTrue(lines(key).stream().allMatch(v -> v.startsWith("/tmp/v/")), key + ": " + lines(key));
        }
        assertEquals(List.of("/tmp/v/load"), lines("DirsAllowed"));
    }

    @Test
    void theEndpointHasKgServesLimits() {
        assertEquals(List.of("10000"), lines("ResultSetMaxRows"));
        assertEquals(List.of("30"), lines("MaxQueryExecutionTime"));
    }
}
