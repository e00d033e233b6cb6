package org.localkg.store;

import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

/**
 * The TDB2 layout of a new store. Every article is a named graph of a few hundred quads, so a
 * pattern with its graph bound is answered by scanning that graph in GSPO; the other G-first
 * indexes TDB2 keeps by default (GPOS, GOSP) would only double the cost of such small scans
 * while adding a third to the store's size. The three indexes that lead with S, P and O serve the
 * union default graph and every lookup across articles (the registry's labels, a source by its
 * location). A store keeps the layout it was created with (TDB2 records it in {@code tdb.cfg}).
 */
final class StoreLayout {
    static final String[] QUAD_INDEXES = {"GSPO", "SPOG", "POSG", "OSPG"};

    static final StoreParams PARAMS = StoreParamsBuilder.create(StoreParams.getDftStoreParams())
            .quadIndexes(QUAD_INDEXES)
            .build();

    private StoreLayout() {}

    /** Connects to (or creates) the store in {@code dir} with this layout, kept through compaction. */
    static org.apache.jena.sparql.core.DatasetGraph connect(java.nio.file.Path dir) {
        var dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(org.apache.jena.dboe.base.file.Location.create(dir), PARAMS);
        keepThroughCompaction(dir);
        return dsg;
    }

    /**
     * After a compaction: TDB2 5.6 builds the new generation with its default indexes even when
     * the generation records fewer (it reads no parameters there), while every later connection
     * uses the recorded ones. The index files the recorded layout does not list are never read
     * again; they are deleted here, with no connection open.
     */
    static void dropUnlistedIndexes(java.nio.file.Path store) {
        try (var dirs = java.nio.file.Files.list(store)) {
            for (java.nio.file.Path d : dirs.filter(p -> p.getFileName().toString().matches("Data-\\d+")).toList()) {
                StoreParams recorded = org.apache.jena.tdb2.params.StoreParamsCodec.read(
                        org.apache.jena.dboe.base.file.Location.create(d));
                if (recorded == null) {
                    continue;
                }
                java.util.Set<String> listed = java.util.Set.of(recorded.getQuadIndexes());
                for (String index : StoreParams.getDftStoreParams().getQuadIndexes()) {
                    if (!listed.contains(index)) {
                        for (String ext : new String[] {".dat", ".idn", ".bpt"}) {
                            java.nio.file.Files.deleteIfExists(d.resolve(index + ext));
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot tidy the compacted store " + store, e);
        }
    }

    /**
     * Makes the layout survive compaction: TDB2 records custom parameters in the store folder's
     * {@code tdb.cfg}, but its compaction builds the next generation from the {@code tdb.cfg} of the
     * current generation's folder ({@code Data-NNNN}), which has none, and would fall back to the
     * default six indexes. A copy in each generation's folder carries the layout on.
     */
    static void keepThroughCompaction(java.nio.file.Path store) {
        java.nio.file.Path cfg = store.resolve("tdb.cfg");
        if (!java.nio.file.Files.isRegularFile(cfg)) {
            return;
        }
        try (var dirs = java.nio.file.Files.list(store)) {
            for (java.nio.file.Path d : dirs.filter(p -> p.getFileName().toString().startsWith("Data-")
                    && java.nio.file.Files.isDirectory(p)).toList()) {
                if (!java.nio.file.Files.exists(d.resolve("tdb.cfg"))) {
                    java.nio.file.Files.copy(cfg, d.resolve("tdb.cfg"));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot record the store layout in " + store, e);
        }
    }
}
