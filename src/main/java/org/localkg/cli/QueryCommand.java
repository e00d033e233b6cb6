package org.localkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.localkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over a store; the default graph is the union of all article graphs.",
            "Example: kg query queries/officials.rq --format csv"})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Parameters(paramLabel = "QUERY-FILE-OR-TEXT", description = "a .rq file, or the query's text")
    String query;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format = Format.table;

    @Override
    public Integer call() throws IOException {
        Path file = Path.of(query);
        String text = Files.isRegularFile(file) ? Files.readString(file) : query;
        Query q = QueryFactory.create(text);
        try (KgStore kg = KgStore.open(store.path())) {
            kg.dataset().getContext().set(TDB2.symUnionDefaultGraph, true);
            Txn.executeRead(kg.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(q).build()) {
                    if (q.isSelectType()) {
                        var rs = qe.execSelect();
                        switch (format) {
                            case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                            case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                            default -> ResultSetFormatter.out(System.out, rs, q);
                        }
                    } else if (q.isAskType()) {
                        System.out.println(qe.execAsk());
                    } else {
                        RDFDataMgr.write(System.out, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
                    }
                }
            });
        }
        return 0;
    }
}
