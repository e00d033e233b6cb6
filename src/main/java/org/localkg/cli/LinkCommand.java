package org.localkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.localkg.link.Linksets;
import org.localkg.link.Mapping;
import org.localkg.link.SssomTsv;
import org.localkg.link.TargetLinker;
import org.localkg.link.TargetRecords;
import org.localkg.link.WikidataExport;
import org.localkg.link.WikidataLinker;
import org.localkg.store.KgStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link", mixinStandardHelpOptions = true,
        customSynopsis = {"kg link [OPTIONS] wikidata FILE", "       kg link [OPTIONS] --target=FILE",
            "       kg link [--store=DIR] (--list | --remove=NAME)"},
        description = {"Links the store's entities to other datasets; each run writes one linkset (a named graph, replaced on a re-run).",
            "Examples: kg link wikidata divisions.csv     (an export of queries/wikidata/divisions-export.rq)",
            "          kg link --target companies.csv --sssom links.sssom.tsv",
            "          kg link --list;  kg link --remove wikidata"})
final class LinkCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        // 1..2, not 2: kg link wikidata --help then shows the help (a second word is checked in call)
        @Parameters(arity = "1..2", paramLabel = "wikidata FILE",
                description = "wikidata FILE: link divisions to the items of a Wikidata Query Service export (CSV, TSV or JSON)")
        List<String> wikidata;

        @Option(names = "--target", paramLabel = "FILE", description = "link entities by name to the records of FILE (.nt, .ttl, .rdf, .jsonld or .csv with id,label[,type][,division])")
        Path target;

        @Option(names = "--list", description = "list the store's linksets")
        boolean list;

        @Option(names = "--remove", paramLabel = "NAME", description = "remove the linkset NAME")
        String remove;
    }

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--name", paramLabel = "NAME", description = "the linkset's name (default: wikidata, or the target file's name)")
    String name;

    @Option(names = "--threshold", paramLabel = "SCORE", description = "the least score linked by --target (default: ${DEFAULT-VALUE}); lower ones go to the candidates file")
    double threshold = 0.9;

    @Option(names = "--sssom", paramLabel = "FILE", description = "also write the links as SSSOM TSV")
    Path sssom;

    @Option(names = "--candidates", paramLabel = "FILE", description = "where candidates for review go, as SSSOM TSV (default: NAME-candidates.sssom.tsv)")
    Path candidatesFile;

    @Option(names = "--export-date", paramLabel = "YYYY-MM-DD", description = "the date of the export or target file (default: its modification date)")
    LocalDate exportDate;

    @Override
    public Integer call() throws Exception {
        try (KgStore kg = KgStore.open(store.path())) {
            String base = kg.base(null);
            if (action.list) {
                List<Linksets.Info> all = Linksets.list(kg);
                System.out.println("name\tlinks\tcreated\tsource");
                all.forEach(i -> System.out.println(i.name() + "\t" + i.links() + "\t" + i.created() + "\t" + i.source()));
                return 0;
            }
            if (action.remove != null) {
                if (!Linksets.remove(kg, base, action.remove)) {
                    System.err.println("kg: no linkset " + action.remove + " in " + kg.location());
                    return 1;
                }
                System.err.println("removed linkset " + action.remove);
                return 0;
            }
            Path file;
            List<Mapping> links, candidates;
            String objectsTarget;
            if (action.wikidata != null) {
                if (action.wikidata.size() < 2) {
                    throw new IllegalArgumentException("kg link " + action.wikidata.get(0) + ": the export FILE is missing: kg link wikidata FILE");
                }
                if (!action.wikidata.get(0).equals("wikidata")) {
                    throw new IllegalArgumentException("unknown link source '" + action.wikidata.get(0) + "': use kg link wikidata FILE, or --target FILE");
                }
                file = readable(Path.of(action.wikidata.get(1)));
                var result = WikidataLinker.link(kg.dataset().asDatasetGraph(), base, WikidataExport.read(file));
                links = result.links();
                candidates = result.candidates();
                objectsTarget = WikidataLinker.WIKIDATA.getURI();
                name = name != null ? name : "wikidata";
            } else {
                file = readable(action.target);
                var result = new TargetLinker(kg.dataset().asDatasetGraph(), kg.labels(), threshold).link(TargetRecords.read(file));
                links = result.links();
                candidates = result.candidates();
                objectsTarget = file.toUri().toString();
                name = name != null ? name : file.getFileName().toString().replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9._-]", "-");
            }
            LocalDate date = exportDate != null ? exportDate
                    : LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
            int n = Linksets.write(kg, base, name, links, NodeFactory.createURI(objectsTarget), file.getFileName().toString(), date);
            String set = Linksets.graph(base, name).getURI();
            if (sssom != null) {
                SssomTsv.write(sssom, set, base + "id/", links);
            }
            Path review = candidatesFile != null ? candidatesFile : Path.of(name + "-candidates.sssom.tsv");
            if (!candidates.isEmpty()) {
                SssomTsv.write(review, set + "/candidates", base + "id/", candidates);
            }
            System.err.printf(Locale.ROOT, "linkset %s: %d links written to <%s>%s%s%n", name, n, set,
                    candidates.isEmpty() ? "" : "; " + candidates.size() + " candidates for review in " + review,
                    sssom == null ? "" : "; SSSOM in " + sssom);
            return 0;
        }
    }

    private static Path readable(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(p + ": no such file");
        }
        return p;
    }
}
