package org.localkg.server.guard;

import static java.lang.String.format;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;

/**
 * Fuseki's query operation as the public endpoint runs it, whatever path or header brought the
 * query in (the operation, not a path filter, is where every query route ends): a query nested
 * deeper than {@link #MAX_NESTING} is refused before the parser recurses into it; a query with a
 * {@code SERVICE} the {@link ServicePolicy} does not allow is refused before anything is fetched;
 * a query without {@code LIMIT}, or with a larger one, runs with the result limit as its
 * {@code LIMIT}. A refusal is a 400 with one sentence and one log line, never a stack trace.
 */
public final class PublicQueryService extends SPARQL_QueryDataset {
    /** Brackets and braces one query may nest; real queries use a handful. */
    public static final int MAX_NESTING = 100;

    private final long maxRows;
    private final ServicePolicy services;

    public PublicQueryService(long maxRows, ServicePolicy services) {
        this.maxRows = maxRows;
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
            }, new ExprVisitorBase());
        }
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
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
