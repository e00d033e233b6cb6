package org.localkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Compaction that packs the indexes. TDB2's own compaction copies the live quads into a new
 * generation by ordinary inserts, which leave B+tree blocks about half full (an index of this
 * project's data came out at 1.9× its packed size). Here the store's quads are written out and
 * loaded into a new store by TDB2's xloader ({@link XLoader}), which builds every index from
 * sorted input with full blocks; the new store then takes the old one's place.
 *
 * <p>The old store is untouched until the new one is complete: a failure before the swap leaves
 * it as it was (the work folders beside it are removed). The swap is two renames; should the
 * process die between them, the next open of the store finishes it ({@link #finishInterruptedSwap}).
 */
final class PackedCompaction {
    private PackedCompaction() {}

    /**
     * Finishes a swap that a dead process left between its two renames, before anyone opens the
     * store: opening {@code NAME} then would create and serve a new, empty store. The compacted
     * copy is complete before the first rename (the loader has finished and the store's other
     * files have moved into it), so finishing is always right: with {@code NAME.old} and
     * {@code NAME.compacted} and no {@code NAME}, the compacted copy takes the name; with
     * {@code NAME} and {@code NAME.old}, the old copy goes.
     *
     * @return what was done, for the log, or null when nothing was left over
     */
    static String finishInterruptedSwap(Path store) {
        Path dir = store.toAbsolutePath().normalize();
        Path next = sibling(dir, ".compacted"), old = sibling(dir, ".old");
        if (!Files.exists(old)) {
            return null;
        }
        try {
            if (!Files.exists(dir)) {
                if (!Files.isDirectory(next)) {
                    throw new IllegalStateException(dir + " is missing and only " + old + " is left: a compaction stopped"
                            + " while swapping; rename " + old + " to " + dir + " to get the store back");
                }
                Files.move(next, dir);
                Folders.deleteTree(old);
                return "finished the swap of an interrupted compaction: " + next + " is now " + dir + ", " + old + " removed";
            }
            Folders.deleteTree(old);
            return "removed " + old + ", left by an interrupted compaction after its swap";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the interrupted compaction of " + dir + " (" + e.getMessage()
                    + "); if " + dir + " is missing, rename " + next + " to " + dir + " and delete " + old, e);
        }
    }

    static void compact(Path store, int sortThreads) {
        Path dir = store.toAbsolutePath().normalize();
        Path work = sibling(dir, ".compact-tmp"), next = sibling(dir, ".compacted"), old = sibling(dir, ".old");
        String finished = finishInterruptedSwap(dir);
        if (finished != null) {
            System.err.println("kg: " + finished);
        }
        try {
            Folders.deleteTree(work);
            Folders.deleteTree(next);
            Files.createDirectories(work);
            Path dump = work.resolve("store.nq.gz");
            writeQuads(dir, dump);
            XLoader.load(next, List.of(dump), work.resolve("xloader"), sortThreads);
            // what the store folder holds besides TDB2's own files (the label index, the store's settings) moves across
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (!name.startsWith("Data-") && !name.equals("tdb.cfg") && !name.equals("tdb.lock")) {
                        Files.move(f, next.resolve(name));
                    }
                }
            }
            Files.move(dir, old);
            Files.move(next, dir);
            Folders.deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact " + dir + ": " + e.getMessage(), e);
        } finally {
            try {
                Folders.deleteTree(work);
                if (Files.exists(dir)) {
                    Folders.deleteTree(next);
                }
            } catch (IOException e) {
                System.err.println("kg: cannot remove the compaction's work folder " + work + ": " + e.getMessage());
            }
        }
    }

    /** Every quad of the store, as gzipped N-Quads (the default graph's triples as triples). */
    private static void writeQuads(Path dir, Path file) throws IOException {
        var dsg = StoreLayout.connect(dir);
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            Txn.executeRead(dsg, () -> {
                stream.start();
                dsg.find().forEachRemaining(stream::quad);
                stream.finish();
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static Path sibling(Path dir, String suffix) {
        return dir.resolveSibling(dir.getFileName() + suffix);
    }
}
