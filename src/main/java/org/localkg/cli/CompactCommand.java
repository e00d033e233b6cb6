package org.localkg.cli;

import java.util.concurrent.Callable;
import org.localkg.store.DiskFull;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts a store: writes its quads out and loads them into a new store with TDB2's xloader, which packs every index, then swaps it in.",
            "TDB2 never overwrites in place, so a store grows with every write, and its indexes fill about half of each block; this gives both back.",
            "Stop the server first; the old store stays whole until the new one is complete.",
            "Example: kg compact --store store"})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store = new StoreOption();

    /** The compaction; tests put one in that meets a full disk. */
    java.util.function.Consumer<java.nio.file.Path> compaction = KgStore::compact;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(store.path())) {
            System.err.println("kg compact: " + store.path() + ": no such store");
            return 1;
        }
        long before = org.localkg.store.DiskUsage.of(store.path());
        long t0 = System.currentTimeMillis();
        try {
            compaction.accept(store.path());
        } catch (RuntimeException | Error e) {
            if (!DiskFull.in(e)) {
                throw e;
            }
            // the old store is only renamed once the compacted copy is whole, and renames take no space
            System.err.println(DiskFull.line("kg compact", store.path(), "the store is as it was (the compaction's work folders beside it"
                    + " were removed); a compaction needs room beside the store for a copy of its data and the loader's sorted"
                    + " temporary files: free space and run again"));
            return Main.DISK_FULL;
        }
        System.err.printf("compacted %s: %,d bytes -> %,d bytes in %.1f s%n", store.path(), before,
                org.localkg.store.DiskUsage.of(store.path()), (System.currentTimeMillis() - t0) / 1000.0);
        return 0;
    }
}
