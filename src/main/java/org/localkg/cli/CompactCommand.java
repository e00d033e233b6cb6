package org.localkg.cli;

import java.util.concurrent.Callable;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts a store with TDB2's compaction: writes its current state as a new generation and deletes the old one.",
            "TDB2 never overwrites in place, so a store grows with every write; compaction gives the space back. Stop the server first.",
            "Example: kg compact --store store"})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(store.path())) {
            System.err.println("kg compact: " + store.path() + ": no such store");
            return 1;
        }
        long before = org.localkg.store.DiskUsage.of(store.path());
        long t0 = System.currentTimeMillis();
        KgStore.compact(store.path());
        System.err.printf("compacted %s: %,d bytes -> %,d bytes in %.1f s%n", store.path(), before,
                org.localkg.store.DiskUsage.of(store.path()), (System.currentTimeMillis() - t0) / 1000.0);
        return 0;
    }
}
