package org.localkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

/**
 * How an ingest writes to the store. Into an empty store, TDB2's own bulk loaders are much faster
 * than transactions of ordinary writes: they build the node table and each index in turn, in
 * one transaction (a failed or interrupted load leaves the store as empty as it was). Into a
 * store that holds data, files replace their old articles, which only transactions can do.
 */
public enum Loader {
    /**
     * A bulk loader ({@link #SEQUENTIAL}) into an empty store, {@link #TRANSACTIONS} otherwise. On
     * this project's 2-core machine the sequential loader was the fastest of the three and used
     * the least memory (900 pages: 21.6 s against 22.4 s parallel and 28.3 s phased, with
     * extraction on both cores); with many cores, try the others.
     */
    AUTO,
    /** Write transactions of {@link KgStore#BATCH_FILES} files each: replaces changed files. */
    TRANSACTIONS,
    /** TDB2's parallel loader: every index on a thread of its own (best with many cores). */
    PARALLEL,
    /** TDB2's phased loader: the primary indexes, then the others (fewer threads). */
    PHASED,
    /** TDB2's sequential loader: one index after another on one thread. */
    SEQUENTIAL;

    /** The loader this choice comes to for a store that is, or is not, empty. */
    Loader forStore(boolean empty) {
        if (this == AUTO) {
            return empty ? SEQUENTIAL : TRANSACTIONS;
        }
        if (this != TRANSACTIONS && !empty) {
            throw new IllegalStateException("the " + name().toLowerCase() + " bulk loader only loads into an empty store;"
                    + " this one holds data (use --loader transactions, or auto)");
        }
        return this;
    }

    /*
     * TDB2's plans name the six quad indexes of its default layout; ours keeps four (see
     * StoreLayout), so its plans are restated here for them, in the same shapes: the phased plan
     * loads SPO and GSPO first and builds the others from them, a group at a time; the parallel
     * plan loads every index at once.
     */
    private static final LoaderPlan PHASED_PLAN = new LoaderPlan(LoaderPlans.loaderPlanPhased.dataInputType(),
            new String[] {"SPO"}, new String[] {"GSPO"},
            new String[][] {{"POS", "OSP"}}, new String[][] {{"SPOG", "POSG", "OSPG"}});
    private static final LoaderPlan PARALLEL_PLAN = new LoaderPlan(LoaderPlans.loaderPlanParallel.dataInputType(),
            new String[] {"SPO", "POS", "OSP"}, StoreLayout.QUAD_INDEXES, new String[][] {}, new String[][] {});

    /** TDB2's loader of this kind for {@code dsg}, quiet (ingest reports its own progress). */
    DataLoader create(DatasetGraph dsg) {
        org.apache.jena.system.progress.MonitorOutput quiet = (fmt, args) -> {};
        return switch (this) {
            case PARALLEL -> LoaderFactory.createLoader(PARALLEL_PLAN, dsg, quiet);
            case PHASED -> LoaderFactory.createLoader(PHASED_PLAN, dsg, quiet);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, quiet);
            default -> throw new IllegalStateException(this + " is not a bulk loader");
        };
    }
}
