package org.localkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.localkg.Pipeline;
import org.localkg.ingest.SourceReader;
import org.localkg.rdf.LKG;
import org.localkg.store.KgStore;
import org.localkg.validate.ShapesValidator;
import org.localkg.validate.Violation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks article graphs against the SHACL shapes (ontology/shapes.ttl) and reports every violation",
            "with its focus node, path, message and article. Exit status 1 when there is any.",
            "Example: kg validate --store store      kg validate out.nq      kg validate page.txt"})
final class ValidateCommand implements Callable<Integer> {
    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "a TDB2 store")
        Path store;

        @Parameters(paramLabel = "FILE", description = "an RDF file (.nq, .trig, .ttl, .nt) or a text page (.txt), extracted first")
        Path file;
    }

    @ArgGroup(exclusive = true)
    Target target;

    @Override
    public Integer call() {
        ShapesValidator validator = new ShapesValidator();
        List<Violation> violations;
        DatasetGraph dsg;
        KgStore kg = null;
        try {
            if (target == null || target.file == null) {
                kg = KgStore.open(target != null && target.store != null ? target.store : Defaults.store());
                dsg = kg.dataset().asDatasetGraph();
            } else if (target.file.toString().endsWith(".txt")) {
                dsg = DatasetGraphFactory.createTxnMem();
                new Pipeline(Defaults.BASE).process(SourceReader.read(target.file), StreamRDFLib.dataset(dsg));
            } else {
                if (RDFLanguages.filenameToLang(target.file.toString()) == null) {
                    System.err.println("kg validate: " + target.file + ": not an RDF file (.nq, .trig, .ttl, .nt) nor a .txt page");
                    return 2;
                }
                dsg = RDFDataMgr.loadDatasetGraph(target.file.toString());
            }
            DatasetGraph data = dsg;
            violations = Txn.calculateRead(data, () -> {
                List<Violation> found = validator.validate(data,
                        g -> !g.getURI().endsWith("/graph/sources") && !g.equals(org.localkg.rdf.OntologyGraph.NAME)
                                && !g.equals(org.localkg.rdf.CurrentGraph.NAME));
                for (Violation v : found) {
                    System.out.println(describe(data, v));
                }
                return found;
            });
        } finally {
            if (kg != null) {
                kg.close();
            }
        }
        System.err.println(violations.isEmpty() ? "no violation" : violations.size() + " violation(s)");
        return violations.isEmpty() ? 0 : 1;
    }

    /** One line: severity, article (with its title and source), focus node, path, message. */
    private static String describe(DatasetGraph dsg, Violation v) {
        String where = v.article();
        if (v.article().startsWith("http")) {
            Node g = NodeFactory.createURI(v.article());
            String title = first(dsg, g, LKG.title);
            String file = first(dsg, g, LKG.sourceFile);
            where = v.article() + (file == null ? "" : " (" + file + (title == null ? "" : ", 《" + title + "》") + ")");
        }
        return v.severity() + "\t" + where + "\t" + v.focus() + "\t" + (v.path() == null ? "-" : v.path()) + "\t" + v.message();
    }

    private static String first(DatasetGraph dsg, Node g, Node p) {
        var it = dsg.find(g, g, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
