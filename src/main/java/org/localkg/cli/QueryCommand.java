package org.localkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over a store, or over a running server's endpoint (--endpoint);",
            "the default graph is the union of all article graphs.",
            "Example: kg query queries/officials.rq --format csv",
            "         kg query --endpoint http://localhost:3030/kg/sparql queries/projects.rq --format tsv"})
final class QueryCommand implements Callable<Integer> {
    /** Result formats: the first five for SELECT, the last four for CONSTRUCT and DESCRIBE. */
    enum Format { table, csv, tsv, json, xml, turtle, ntriples, rdfxml, jsonld }

    @Parameters(paramLabel = "QUERY-FILE-OR-TEXT", description = "a .rq file, or the query's text")
    String query;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "query this SPARQL endpoint (a running kg serve: http://localhost:3030/kg/sparql) instead of a store; works while a server holds the store")
    String endpoint;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "SELECT: table, csv, tsv, json or xml (default table); CONSTRUCT/DESCRIBE: turtle, ntriples, rdfxml or jsonld (default turtle)")
    Format format;

    @Override
    public Integer call() throws IOException {
        Path file = Path.of(query);
        String text = Files.isRegularFile(file) ? Files.readString(file) : query;
        Query q = QueryFactory.create(text);
        Format f = format != null ? format : q.isSelectType() ? Format.table : Format.turtle;
        boolean graphFormat = f.ordinal() >= Format.turtle.ordinal();
        if ((q.isSelectType() && graphFormat) || ((q.isConstructType() || q.isDescribeType()) && !graphFormat)) {
            throw new IllegalArgumentException("--format " + f + " does not fit a " + (q.isSelectType() ? "SELECT (use table, csv, tsv, json or xml)"
                    : "CONSTRUCT or DESCRIBE (use turtle, ntriples, rdfxml or jsonld)"));
        }
        if (endpoint != null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
                print(qe, q, f);
            }
            return 0;
        }
        try (KgStore kg = KgStore.open(store.path())) {
            kg.dataset().getContext().set(TDB2.symUnionDefaultGraph, true);
            Txn.executeRead(kg.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(q).build()) {
                    print(qe, q, f);
                }
            });
        }
        return 0;
    }

    private static void print(QueryExecution qe, Query q, Format f) {
        if (q.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (f) {
                case csv -> ResultSetMgr.write(System.out, rs, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(System.out, rs, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(System.out, rs, ResultSetLang.RS_JSON);
                case xml -> ResultSetMgr.write(System.out, rs, ResultSetLang.RS_XML);
                default -> ResultSetFormatter.out(System.out, rs, q);
            }
        } else if (q.isAskType()) {
            System.out.println(qe.execAsk());
        } else {
            RDFFormat out = switch (f) {
                case ntriples -> RDFFormat.NTRIPLES;
                case rdfxml -> RDFFormat.RDFXML_PRETTY;
                case jsonld -> RDFFormat.JSONLD11_PRETTY;
                default -> RDFFormat.TURTLE_PRETTY;
            };
            RDFDataMgr.write(System.out, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), out);
        }
    }
}
