/**
 * The shipped queries' latency over HTTP, as {@code kg bench} reports it: the queries
 * {@code queries/index.txt} lists, read from the build when the benchmark runs
 * ({@link org.localkg.bench.queries.ShippedQueries}); each asked as a client would, the whole answer
 * read and judged alike on every endpoint ({@link org.localkg.bench.queries.Answer}), warmed up and
 * then timed at each number of clients ({@link org.localkg.bench.queries.QueryBench}), timeouts and
 * errors counted and shown beside the times ({@link org.localkg.bench.queries.QueryTiming}).
 */
package org.localkg.bench.queries;
