package org.localkg.server.guard;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.Context;

/**
 * An {@code ORDER BY} under a {@code LIMIT} (and {@code OFFSET}) keeps only the rows it can
 * answer, {@code LIMIT + OFFSET}, instead of every row it sorts. Every public query has a LIMIT
 * and an OFFSET within the endpoint's limits, but Jena plans this top-N sort only below 1,000
 * rows; above, a sort holds every row of its input until the time limit stops it, and thirty
 * cross joins with ORDER BY filled a 2 GB heap within seconds ({@code kg bench hostile}).
 * <p>
 * Added after Jena's own optimisation, for the dataset the server serves only. <b>Decision:</b>
 * not by raising Jena's threshold ({@code ARQ.topNSortingThreshold}): that also plans
 * {@code SELECT DISTINCT … ORDER BY} as a top-N that checks each new row against every row it
 * keeps, and {@code queries/entities.rq} took 17–23 s instead of 1.5 s. A DISTINCT sort is left
 * to Jena (a hash of the distinct rows, then the sort).
 */
public final class BoundedSorts extends TransformCopy {
    private final long mostRows;

    private BoundedSorts(long mostRows) {
        this.mostRows = mostRows;
    }

    /**
     * Plans the queries run with {@code context} (a dataset's) with Jena's standard optimiser,
     * then turns each sort under a slice of at most {@code mostRows} rows into a top-N.
     */
    public static void install(Context context, long mostRows) {
        RewriteFactory bounded = cxt -> op -> Transformer.transform(new BoundedSorts(mostRows),
                Optimize.stdOptimizationFactory.create(cxt).rewrite(op));
        context.set(ARQConstants.sysOptimizerFactory, bounded);
    }

    /** {@code (slice S L (order C X))} or {@code (slice S L (project V (order C X)))}, X not DISTINCT or REDUCED. */
    @Override
    public Op transform(OpSlice slice, Op sub) {
        long start = slice.getStart() == Query.NOLIMIT ? 0 : slice.getStart();
        if (slice.getLength() == Query.NOLIMIT || start + slice.getLength() > mostRows) {
            return super.transform(slice, sub);
        }
        List<Var> projection = null;
        Op inner = sub;
        if (inner instanceof OpProject p) {
            projection = p.getVars();
            inner = p.getSubOp();
        }
        // Jena's optimiser moves a DISTINCT under the ORDER BY; a top-N over it is run as the
        // distinct top-N, which checks each row against every row kept
        if (!(inner instanceof OpOrder order) || order.getSubOp() instanceof OpDistinct || order.getSubOp() instanceof OpReduced) {
            return super.transform(slice, sub);
        }
        Op top = new OpTopN(order.getSubOp(), (int) (start + slice.getLength()), order.getConditions());
        if (projection != null) {
            top = new OpProject(top, projection);
        }
        return start > 0 ? new OpSlice(top, start, Query.NOLIMIT) : top;
    }
}
