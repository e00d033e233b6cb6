package org.localkg.store;

import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

/**
 * The TDB2 layout of a new store. Every article is a named graph of a few hundred quads, so a
 * pattern with its graph bound is answered by scanning that graph in GSPO; the other G-first
 * indexes TDB2 keeps by default (GPOS, GOSP) would only double the cost of such small scans
 * while adding a third to the store's size. The three indexes that lead with S, P and O serve the
 * union default graph and every lookup across articles (the registry's labels, a source by its
 * location). A store keeps the layout it was created with (TDB2 records it in {@code tdb.cfg}); compaction
 * ({@link PackedCompaction}) builds the new store with it.
 */
final class StoreLayout {
    static final String[] QUAD_INDEXES = {"GSPO", "SPOG", "POSG", "OSPG"};

    static final StoreParams PARAMS = StoreParamsBuilder.create(StoreParams.getDftStoreParams())
            .quadIndexes(QUAD_INDEXES)
            .build();

    private StoreLayout() {}

    /** Connects to (or creates) the store in {@code dir} with this layout. */
    static org.apache.jena.sparql.core.DatasetGraph connect(java.nio.file.Path dir) {
        return org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(org.apache.jena.dboe.base.file.Location.create(dir), PARAMS);
    }
}
