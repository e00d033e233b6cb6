package org.localkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.localkg.Pipeline;
import org.localkg.store.DiskFull;
import org.localkg.store.IngestSummary;
import org.localkg.store.KgStore;
import org.localkg.store.StoreFullException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts files or folders into a TDB2 store. Unchanged files are skipped; changed files replace their old articles.",
            "A file is identified by its path below the folder given (2024-12-28/A1.txt), so pages of one name in different folders are kept apart.",
            "Example: kg ingest --store store pages/"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "text files, or folders walked for .txt files")
    List<Path> paths;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--base", paramLabel = "IRI",
            description = "base of minted IRIs (default: the one the store records, else " + Defaults.BASE + "); the store records it, and refuses another later")
    String base;

    @Mixin
    InputLimitOptions limits = new InputLimitOptions();

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--loader", paramLabel = "KIND",
            description = {"how to write: auto (a TDB2 bulk loader into an empty store, else transactions), transactions,",
                "or one of TDB2's bulk loaders for an empty store: phased, parallel, sequential (default: ${DEFAULT-VALUE})"})
    String loader = "auto";

    /** How the store is opened; tests open one whose disk fills. */
    java.util.function.Function<Path, KgStore> stores = KgStore::open;

    @Override
    public Integer call() {
        org.localkg.store.Loader kind;
        try {
            kind = org.localkg.store.Loader.valueOf(loader.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("kg ingest: --loader must be auto, transactions, phased, parallel or sequential, not " + loader);
            return 2;
        }
        ProgressPrinter progress = new ProgressPrinter(System.err);
        try (KgStore kg = stores.apply(store.path()).loader(kind)) {
            IngestSummary s = kg.ingest(paths, new Pipeline(kg.base(base)).limits(limits.limits()).threads(threads.threads), progress);
            return s.ok() ? 0 : 1;
        } catch (StoreFullException e) {
            progress.stopped(DiskFull.line("kg ingest", e.store(), e.whatWasStored() + "; " + AGAIN));
            return Main.DISK_FULL;
        } catch (RuntimeException | Error e) {
            if (!DiskFull.in(e)) {
                throw e;
            }
            // before any file was written: opening the store, or recording its base
            progress.stopped(DiskFull.line("kg ingest", store.path(), "nothing of this run was stored; " + AGAIN));
            return Main.DISK_FULL;
        }
    }

    /** What to do after a full disk: a re-run skips what is stored (by each file's hash) and adds the rest. */
    private static final String AGAIN = "free space and run the same command again (files already stored are skipped as unchanged)";
}
