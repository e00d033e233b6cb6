package org.localkg.server.guard;

import org.apache.jena.query.QueryParseException;

/**
 * A query that builds a string longer than the server allows. A parse exception only in name:
 * Fuseki answers a {@code QueryParseException} raised while a query runs with a 400 and its
 * message, its one way to a client error from there; any other exception is a 500, the server's
 * fault, which this is not.
 */
public final class QueryTooLargeException extends QueryParseException {
    public QueryTooLargeException(String message) {
        super(message, -1, -1);
    }
}
