package org.localkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.localkg.store.DiskFull;
import org.localkg.store.KgStore;
import org.localkg.store.XLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads N-Quads into a new store with TDB2's xloader: the partitions the Spark job writes, or kg extract's output.",
            "For inputs far larger than memory; it sorts on disk with the system's sort. Then builds the label index.",
            "Example: kg load --store store papers-nq/"})
final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "N-Quads files (.nq, .nq.gz), or folders of them and of Spark partitions (part-*)")
    List<Path> paths;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--tmpdir", paramLabel = "DIR", description = "for the loader's temporary files, about the input's size compressed (default: a folder beside the store, deleted after)")
    Path tmpdir;

    @Option(names = "--sort-threads", paramLabel = "N", description = "threads of each external sort (default: ${DEFAULT-VALUE})")
    int sortThreads = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** {@link XLoader#load}'s shape, so that tests can put in a load that meets a full disk. */
    interface Load {
        void into(Path store, List<Path> files, Path tmp, int threads);
    }

    Load load = XLoader::load;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("kg load: " + p + ": no such file or folder");
                return 1;
            }
            files.addAll(quadFiles(p));
        }
        if (files.isEmpty()) {
            System.err.println("kg load: no N-Quads files in " + paths);
            return 1;
        }
        Path target = store.path().toAbsolutePath();
        Path tmp = tmpdir != null ? tmpdir : target.resolveSibling(target.getFileName() + ".xloader-tmp");
        long t0 = System.currentTimeMillis();
        boolean newStore = !Files.exists(target);
        try {
            load.into(target, files, tmp, sortThreads);
        } catch (RuntimeException | Error e) {
            if (DiskFull.in(e)) {
                String kept = newStore ? "nothing was loaded, and the store it was making was removed"
                        : "nothing was loaded (the next kg load into it starts over)";
                System.err.println(DiskFull.line("kg load", target, kept + "; the loader needs room for its sorted temporary files"
                        + " (about the input's size) as well as the store" + elsewhere(target, tmp) + ": free space and run again"));
                return Main.DISK_FULL;
            }
            if (e instanceof Error error) {
                throw error;
            }
            System.err.println("kg load: " + target + ": " + e.getMessage());
            return 1;
        }
        int rejected;
        try (KgStore kg = KgStore.open(target)) { // opening an unindexed store builds its label index
            kg.writeOntology();
            // as kg ingest does, an article that violates the shapes is reported and not kept
            rejected = kg.rejectViolatingArticles(new ProgressPrinter(System.err, "kg load"));
            System.err.printf("loaded %d files into %s: %,d quads in %.1f s%s%n", files.size(), target, kg.size(),
                    (System.currentTimeMillis() - t0) / 1000.0, rejected == 0 ? "" : "; " + rejected + " articles violate the shapes and were taken out");
        } catch (RuntimeException | Error e) {
            if (!DiskFull.in(e)) {
                throw e;
            }
            System.err.println(DiskFull.line("kg load", target, "the quads are loaded, but the label index (for search) was not built:"
                    + " free space and open the store again (a store found without its index has it built when opened)"));
            return Main.DISK_FULL;
        }
        return rejected == 0 ? 0 : 1;
    }

    /** Where the temporary folder is on another disk than the store: that disk's free space. */
    private static String elsewhere(Path store, Path tmp) {
        return DiskFull.oneDisk(store, tmp) ? "" : " (the temporary folder " + tmp + " is on another disk, with " + DiskFull.free(tmp) + ")";
    }

    private static List<Path> quadFiles(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".nq") || n.endsWith(".nq.gz") || n.startsWith("part-");
            }).sorted().toList();
        }
    }
}
