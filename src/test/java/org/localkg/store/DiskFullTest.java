package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.dboe.base.file.FileException;
import org.apache.jena.tdb2.TDBException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chains a full disk was seen to throw (on a 20–200 MB tmpfs: ingest, bulk load, compaction)
 * and the ones Jena may wrap them in, told from failures that only look alike.
 */
class DiskFullTest {
    /** Thrown bare, without a cause, by TDB2's B+tree writes into a mapped file that could not grow. */
    static InternalError mappedFault() {
        return new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
    }

    @Test
    void aMappedWriteThatFaultsIsAFullDisk() {
        assertTrue(DiskFull.in(mappedFault()));
        // the interpreter's wording, without "recent" or "compiled"
        assertTrue(DiskFull.in(new InternalError("a fault occurred in an unsafe memory access operation")));
    }

    @Test
    void noSpaceOrNoQuotaAnywhereInTheChainIsAFullDisk() {
        // a compaction's dump on a full disk: Jena's wrapper with the IOException as cause and as suppressed
        IOException enospc = new IOException("No space left on device");
        RuntimeIOException dump = new RuntimeIOException(enospc);
        dump.addSuppressed(new IOException("No space left on device"));
        assertTrue(DiskFull.in(dump));
        assertTrue(DiskFull.in(new UncheckedIOException("cannot compact /data/store", new FileSystemException("/data/store.compact-tmp/store.nq.gz",
                null, "Disk quota exceeded"))));
        assertTrue(DiskFull.in(new TDBException("commit failed", new FileException("journal", new IOException("No space left on device")))));
        assertTrue(DiskFull.in(new IllegalStateException("load failed", new RuntimeException("step 2", mappedFault()))));
    }

    @Test
    void onlySuppressedCountsToo() {
        RuntimeException closing = new RuntimeException("the load failed");
        closing.addSuppressed(mappedFault());
        assertTrue(DiskFull.in(closing));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DiskFull.in(null));
        assertFalse(DiskFull.in(new InternalError("unexpected state")));
        assertFalse(DiskFull.in(new IOException("Permission denied")));
        assertFalse(DiskFull.in(new OutOfMemoryError("Java heap space")));
        // the words in a message that is not an I/O failure's (a page's text quoted in a parse error, say)
        assertFalse(DiskFull.in(new IllegalArgumentException("bad id: No space left on device")));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DiskFull.in(a));
        RuntimeException self = new RuntimeException("self");
        self.addSuppressed(new RuntimeException("suppressed", self));
        assertFalse(DiskFull.in(self));
    }

    @Test
    void theLineNamesTheStoreAndTheFreeSpace(@TempDir Path dir) {
        Path store = dir.resolve("gone").resolve("store"); // a failed load removes the store it made: measured at its parent
        String line = DiskFull.line("kg load", store, "nothing was loaded");
        assertTrue(line.matches("kg load: the disk holding " + java.util.regex.Pattern.quote(store.toString())
                + " is full \\(\\d+\\.\\d MB free\\): nothing was loaded"), line);
        assertFalse(line.contains("\n"));
    }
}
