package org.localkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.ProcBuildNodeTableX;
import org.apache.jena.tdb2.xloader.ProcIngestDataX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;

/**
 * Loads N-Quads files (a Spark job's partitions, or {@code kg extract}'s output) into a new store
 * through TDB2's xloader, the loader Jena provides for inputs far larger than memory: it builds
 * the node table with the system's external {@code sort}, writes the data as node ids to a
 * temporary file, then builds each index from a sorted copy of it. {@code tdb2.xloader} runs
 * these steps for TDB2's default layout; they are run here for this project's (see
 * {@link StoreLayout}), whose index list they are given.
 */
public final class XLoader {
    /**
     * Written into the store before the loader's steps and removed after the last: a store that
     * holds it was stopped mid-load and holds part of its data, which must not be served as if it
     * were all ({@link KgStore#open} refuses it; the next load starts again).
     */
    static final String UNFINISHED = "kg-load-unfinished";

    private XLoader() {}

    /**
     * Loads {@code files} into the store at {@code store}, which must not hold data. A store this
     * call creates is removed again if the load fails; the temporary folder, if this call creates
     * it, is removed in any case.
     *
     * @param tmp     where the loader's temporary files go (as large as the input, compressed)
     * @param threads threads for each external sort
     */
    public static void load(Path store, List<Path> files, Path tmp, int threads) {
        if (Files.exists(store.resolve(UNFINISHED))) {
            // an earlier load into it was stopped (kill -9): what it holds is ours and incomplete
            System.err.println("kg: " + store + " holds an unfinished load; starting it again");
            try {
                Folders.deleteTree(store);
                Folders.deleteTree(tmp);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the unfinished load in " + store, e);
            }
        }
        boolean newStore = !Files.exists(store), newTmp = !Files.exists(tmp);
        boolean loaded = false;
        // when its sort fails, Jena's node-table step ends the process (System.exit with sort's
        // status, after logging sort's message): this hook still removes what the load made
        PrintedTraces printed = PrintedTraces.catchThem();
        Thread exitMidLoad = new Thread(() -> printed.console().println("kg: the loader ended the process (its sort failed: see the"
                + " line above; a full disk says \"No space left on device\"): " + removed(store, tmp, newStore, newTmp, false)
                + "; " + DiskFull.free(tmp) + " on the disk of its temporary folder " + tmp), "kg-xloader-exit");
        Runtime.getRuntime().addShutdownHook(exitMidLoad);
        try (printed) {
            try {
                // the loader's build thread can die (a full disk) and leave this one waiting on the sort
                WatchedWork.run("kg-xloader", () -> loadInto(store, files, tmp, threads, printed));
            } catch (RuntimeException | Error e) {
                if (!DiskFull.in(e)) {
                    printed.replay(); // what the loader printed may explain it; a full disk is said in one line
                }
                throw e;
            }
            loaded = true;
        } finally {
            Runtime.getRuntime().removeShutdownHook(exitMidLoad);
            String failed = removed(store, tmp, newStore, newTmp, loaded);
            if (failed.startsWith("cannot")) {
                System.err.println("kg: " + failed);
            }
        }
    }

    /**
     * Removes what a load made and is not to be kept: the temporary folder it created, and the
     * store it created unless the load finished. Says what it did, or what it could not remove.
     */
    private static String removed(Path store, Path tmp, boolean newStore, boolean newTmp, boolean loaded) {
        Path at = tmp;
        try {
            if (newTmp) {
                Folders.deleteTree(tmp);
            }
            at = store;
            if (newStore && !loaded) {
                Folders.deleteTree(store); // a store this call created holds nothing worth keeping
                return "the store it was making, " + store + ", was removed";
            }
            return loaded ? "the store is loaded" : store + " is kept marked as unfinished (the next kg load into it starts over)";
        } catch (IOException e) {
            return "cannot remove " + at + ": " + e.getMessage();
        }
    }

    private static void loadInto(Path store, List<Path> files, Path tmp, int threads, PrintedTraces printed) {
        try {
            Files.createDirectories(tmp);
            List<String> inputs = namedForTheParser(files, tmp);
            for (int i = 0; i < files.size(); i++) {
                QuadFileCheck.check(files.get(i), inputs.get(i)); // before the sort, which a parse error would leave waiting
            }
            // create the store with this project's layout, then hand it over to the loader's steps
            var dsg = StoreLayout.connect(store);
            boolean empty = org.apache.jena.system.Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
            TDBInternal.expel(dsg);
            if (!empty) {
                throw new IllegalStateException(store + " holds data: the xloader only loads into a new store");
            }
            Files.writeString(store.resolve(UNFINISHED), "a kg load into this store has not finished\n");
            String location = store.toString();
            XLoaderFiles work = new XLoaderFiles(tmp.toString());
            ProcBuildNodeTableX.exec(location, work, threads, null, inputs);
            ProcIngestDataX.exec(location, work, inputs, false);
            for (String index : new String[] {"SPO", "POS", "OSP"}) {
                ProcBuildIndexX.exec(location, index, threads, null, work);
            }
            for (String index : StoreLayout.QUAD_INDEXES) {
                ProcBuildIndexX.exec(location, index, threads, null, work);
            }
            // the graph of current facts the inputs carry is each kg extract run's own (several runs'
            // would give an entity several labels): the store makes its own from all the articles
            // when it is opened (KgStore.open)
            var loaded = StoreLayout.connect(store);
            org.apache.jena.system.Txn.executeWrite(loaded, () -> loaded.removeGraph(org.localkg.rdf.CurrentGraph.NAME));
            TDBInternal.expel(loaded);
            String trace = printed.text();
            if (!trace.isEmpty()) {
                // the node table's step prints a failed write and goes on with part of the table
                throw new UncheckedIOException(new IOException("the loader failed a write and went on: " + trace.lines().findFirst().orElse("")));
            }
            Files.delete(store.resolve(UNFINISHED));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the loader's files in " + tmp, e);
        }
    }

    /**
     * The inputs under names whose extension tells the parser their syntax: a Spark partition
     * ({@code part-00000}, {@code part-00000.gz}) is linked as {@code .nq} or {@code .nq.gz}.
     */
    private static List<String> namedForTheParser(List<Path> files, Path tmp) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".nq") || name.endsWith(".nq.gz")) {
                inputs.add(f.toString());
                continue;
            }
            Path link = tmp.resolve("input-" + inputs.size() + (name.endsWith(".gz") ? ".nq.gz" : ".nq"));
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, f.toAbsolutePath());
            inputs.add(link.toString());
        }
        return inputs;
    }
}
