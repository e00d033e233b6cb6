package org.localkg.server.ld;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The Linked Data publisher as a Fuseki module: it adds its servlets and the endpoint guard to
 * the server being built, without forking it.
 */
public final class LinkedDataModule implements FusekiModule {
    private final DatasetGraph dsg;
    private final org.localkg.search.LabelIndex labels;
    private final Paths paths;
    private final long timeoutMillis;
    private final long maxRows;

    public LinkedDataModule(DatasetGraph dsg, org.localkg.search.LabelIndex labels, String base, long timeoutMillis, long maxRows) {
        this.dsg = dsg;
        this.labels = labels;
        this.paths = new Paths(base);
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return "localkg-linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/kg/*", new SparqlGuard(dsg, paths.base(), timeoutMillis, maxRows))
                .addServlet("/id/*", new ResourceServlet(dsg, paths))
                .addServlet("/data/*", new DataServlet(dsg, paths))
                .addServlet("/page/*", new PageServlet(dsg, paths))
                .addServlet("/class/*", new ClassListServlet(dsg, paths))
                .addServlet("/search", new SearchServlet(dsg, labels, paths))
                .addServlet("/reconcile/*", new org.localkg.server.reconcile.ReconcileServlet(dsg, labels, paths,
                        org.localkg.Version.get(), timeoutMillis))
                .addServlet("/query", new QueryPageServlet())
                .addServlet("/titles", new TitlesServlet(dsg))
                .addServlet("/static/*", new StaticServlet())
                .addServlet("/.well-known/void", new VoidServlet(dsg, paths))
                .addServlet("/dump.nq.gz", new DumpServlet(dsg))
                .addServlet("", new HomeServlet(dsg));
    }
}
