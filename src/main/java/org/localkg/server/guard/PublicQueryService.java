package org.localkg.server.guard;

import static java.lang.String.format;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.modify.TemplateLib;

/**
 * Fuseki's query operation as the public endpoint runs it, whatever path or header brought the
 * query in (the operation, not a path filter, is where every query route ends): a query nested
 * deeper than {@link #MAX_NESTING} is refused before the parser recurses into it; a query with a
 * {@code SERVICE} the {@link ServicePolicy} does not allow is refused before anything is fetched;
 * a query without {@code LIMIT}, or with a larger one, runs with the result limit as its
 * {@code LIMIT}; an {@code OFFSET} beyond the offset limit is refused; the operators that could run without bound inside one row are replaced by
 * bounded ones ({@link BoundedExpressions}). A refusal is a 400 with one sentence and one log
 * line, never a stack trace.
 */
public final class PublicQueryService extends SPARQL_QueryDataset {
    /** Brackets and braces one query may nest; real queries use a handful. */
    public static final int MAX_NESTING = 100;

    private final long maxRows;
    private final long maxOffset;
    private final ServicePolicy services;

    public PublicQueryService(long maxRows, long maxOffset, ServicePolicy services) {
        this.maxRows = maxRows;
        this.maxOffset = maxOffset;
        this.services = services;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        int depth = nesting(queryString);
        if (depth > MAX_NESTING) {
            refuse(action, "the query nests " + depth + " levels deep; at most " + MAX_NESTING + " are allowed");
        }
        super.execute(queryString, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        // the algebra, expressions included: sub-queries and EXISTS hold SERVICE clauses too (and a
        // SERVICE whose IRI is bound at run time meets the same check when it runs: ServicePolicy#install)
        if (query.getQueryPattern() != null) {
            Walker.walk(Algebra.compile(query), new OpVisitorBase() {
                @Override
                public void visit(OpService op) {
                    String refusal = services.refusal(op.getService());
                    if (refusal != null) {
                        refuse(action, refusal);
                    }
                }

                @Override
                public void visit(org.apache.jena.sparql.algebra.op.OpSlice op) {
                    // the skipped rows are read and sorted all the same, and a sort does not stop at the time limit
                    if (op.getStart() > maxOffset) {
                        refuse(action, "OFFSET " + op.getStart() + " is more than the " + maxOffset
                                + " this endpoint skips; narrow the query, or use the dump");
                    }
                }
            }, new ExprVisitorBase());
        }
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            if (query.isSelectType() || query.isConstructType()) {
                // one row more than the limit tells whether the limit cut the answer (see executeQuery)
                query.setLimit(maxRows + 1);
                action.getRequest().setAttribute(LIMITED, Boolean.TRUE);
            } else {
                query.setLimit(maxRows);
            }
        }
    }

    private static final String LIMITED = PublicQueryService.class.getName() + ".limited";

    /**
     * The most rows an ORDER BY of a public query needs to keep: its LIMIT (at most the result
     * limit, and the one row more that tells whether the limit cut the answer) plus its OFFSET
     * (at most the offset limit).
     */
    public static long sortedRowsKept(long maxRows, long maxOffset) {
        return maxRows + 1 + maxOffset;
    }

    /** The query as it runs: with the bounded REGEX, REPLACE, CONCAT and GROUP_CONCAT ({@link BoundedExpressions}). */
    @Override
    protected org.apache.jena.atlas.lib.Pair<org.apache.jena.sparql.core.DatasetGraph, Query> decideDataset(
            HttpAction action, Query query, String queryStringLog) {
        var decided = super.decideDataset(action, query, queryStringLog);
        return org.apache.jena.atlas.lib.Pair.create(decided.getLeft(), BoundedExpressions.rewrite(decided.getRight()));
    }

    /**
     * A SELECT or CONSTRUCT whose LIMIT this service set runs with one solution more than the
     * limit; when that one comes, it is dropped and the {@link ResultLimitHeaders#CUT} header says
     * the answer was cut. Such answers are held in memory, at most the limit's rows.
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        PlanningDeadline.watch(queryExec);
        if (action.getRequest().getAttribute(LIMITED) == null) {
            return super.executeQuery(action, queryExec, query, queryStringLog);
        }
        if (query.isSelectType()) {
            var rows = queryExec.select();
            List<Binding> kept = firstRows(rows, action);
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        Query select = query.cloneQuery();
        select.setQuerySelectType();
        select.setQueryResultStar(true);
        var dataset = DatasetGraphFactory.create();
        try (var exec = QueryExec.dataset(queryExec.getDataset()).query(select).context(queryExec.getContext()).build()) {
            List<Binding> kept = firstRows(exec.select(), action);
            TemplateLib.calcQuads(query.getConstructTemplate().getQuads(), kept.iterator())
                    .forEachRemaining(dataset::add);
        }
        queryExec.close();
        return new QueryExecResult(dataset);
    }

    private List<Binding> firstRows(RowSet rows, HttpAction action) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (kept.size() == maxRows) {
                ResultLimitHeaders.cut(action.getResponse(), maxRows);
                break;
            }
            kept.add(b);
        }
        return kept;
    }

    private static void refuse(HttpAction action, String why) {
        action.log.warn(format("[%d] refused: %s", action.id, why));
        ServletOps.errorBadRequest(why);
    }

    /** The deepest nesting of ( and { in the text (strings included: an over-count only refuses absurd queries). */
    static int nesting(String text) {
        int depth = 0, max = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return max;
    }
}
