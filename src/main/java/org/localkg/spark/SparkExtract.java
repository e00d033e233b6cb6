package org.localkg.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.localkg.rdf.IriMinter;
import org.localkg.ingest.InputLimits;
import org.localkg.resolve.EntityRegistry;
import org.localkg.resolve.NameClaim;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code kg extract} on a Spark cluster, with the same quads, in three stages.
 *
 * <ol>
 *   <li><b>Extract</b>, on the executors, page by page; each page reports the
 *       {@link NameClaim}s of its entities. Extractions stay cached on the executors.</li>
 *   <li><b>Resolve</b>, on the driver: the claims, collected and put in the order
 *       {@code kg extract} reads the files (their relative paths, sorted), go through one
 *       {@link EntityRegistry}, exactly as in a single-machine run. The table of keys that
 *       resolve to another key is broadcast. This stage is the only ordered one, and it handles
 *       names only, not text.</li>
 *   <li><b>Write</b>, on the executors: each page's quads with the resolved keys, as N-Quads
 *       text partitions ({@code part-00000} …), ready for {@code tdb2.xloader} or
 *       {@code kg load}.</li>
 * </ol>
 */
@Command(name = "SparkExtract", mixinStandardHelpOptions = true,
        description = {"Extracts a corpus folder (local, HDFS, S3) into N-Quads partitions on a Spark cluster; the same quads as kg extract.",
            "Example: spark-submit --class org.localkg.spark.SparkExtract localkg.jar hdfs:///papers hdfs:///papers-nq"})
public final class SparkExtract implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS", description = "folder walked for .txt pages (and their .meta sidecars)")
    String corpus;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "folder for the N-Quads partitions; must not exist")
    String output;

    @Option(names = "--base", paramLabel = "IRI", description = "base of minted IRIs (default: ${DEFAULT-VALUE})")
    String base = IriMinter.DEFAULT_BASE;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: what spark-submit sets, else local[*]: every core of this machine)")
    String master;

    @Option(names = "--max-file-bytes", paramLabel = "N", description = "skip pages larger than this (default: ${DEFAULT-VALUE})")
    long maxFileBytes = InputLimits.DEFAULT.maxFileBytes();

    @Option(names = "--max-article-chars", paramLabel = "N", description = "skip pages with a longer article (default: ${DEFAULT-VALUE})")
    int maxArticleChars = InputLimits.DEFAULT.maxArticleChars();

    /**
     * What a run did: pages written, quads written, how many keys the driver resolved to another
     * entity's key (aliases and spelling variants met across pages), and one message per page
     * that failed, in the pages' order.
     */
    public record Result(long pages, long quads, int keysResolvedToOthers, List<String> failures) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkExtract()).execute(args));
    }

    @Override
    public Integer call() throws java.io.IOException {
        // spark-submit sets the master; run straight from java, the job uses this machine's cores
        SparkConf conf = new SparkConf().setAppName("localkg extract").setIfMissing("spark.master", "local[*]");
        if (master != null) {
            conf.setMaster(master);
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            long t0 = System.nanoTime();
            Result r;
            try {
                r = run(spark, corpus, output, base, new InputLimits(maxFileBytes, maxArticleChars));
            } catch (RuntimeException e) {
                // a missing corpus, an output folder that exists, a cluster that fails: Spark's own message says which
                System.err.println("kg spark-extract: " + corpus + " -> " + output + ": " + e.getMessage());
                return 2;
            }
            r.failures().forEach(f -> System.err.println("kg spark-extract: " + f));
            System.err.printf("kg spark-extract: %d pages, %d quads written to %s in %.1f s (%s); %d pages failed%n", r.pages(), r.quads(), output,
                    (System.nanoTime() - t0) / 1e9, spark.sparkContext().master(), r.failures().size());
            return r.failures().isEmpty() ? 0 : 1;
        }
    }

    /** Runs the three stages over {@code corpus}, writing partitions to {@code output}. */
    public static Result run(SparkSession spark, String corpus, String output, String base, InputLimits limits) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<ExtractedPage> pages = CorpusFiles.read(spark, corpus).values()
                .map(f -> ExtractedPage.of(f, base, limits))
                .persist(StorageLevel.MEMORY_ONLY());
        try {
            // stage 2: the claims in the order kg extract reads the files
            List<Tuple2<String, List<List<NameClaim>>>> claims = new ArrayList<>(pages.filter(p -> !p.failed())
                    .map(p -> new Tuple2<>(p.id, p.claims)).collect());
            claims.sort(Comparator.comparing(Tuple2::_1, SparkExtract::compareBytes));
            EntityRegistry registry = new EntityRegistry();
            HashMap<String, String> canonical = new HashMap<>();
            for (Tuple2<String, List<List<NameClaim>>> page : claims) {
                for (List<NameClaim> article : page._2()) {
                    for (NameClaim claim : article) {
                        String key = registry.resolve(claim);
                        if (!key.equals(claim.key())) {
                            canonical.put(claim.key(), key);
                        }
                    }
                }
            }
            Broadcast<HashMap<String, String>> table = sc.broadcast(canonical);

            // stage 3
            LongAccumulator quads = sc.sc().longAccumulator("quads");
            pages.filter(p -> !p.failed())
                    .flatMap(p -> {
                        List<String> lines = p.nquads(base, limits, table.value());
                        quads.add(lines.size());
                        return lines.iterator();
                    })
                    .saveAsTextFile(output);

            List<Tuple2<String, String>> failed = new ArrayList<>(pages.filter(ExtractedPage::failed)
                    .map(p -> new Tuple2<>(p.id, p.error)).collect());
            failed.sort(Comparator.comparing(Tuple2::_1, SparkExtract::compareBytes));
            table.destroy();
            return new Result(claims.size(), quads.value(), canonical.size(), failed.stream().map(Tuple2::_2).toList());
        } finally {
            pages.unpersist(false);
        }
    }

    /** The order {@code kg extract} walks a folder in: paths compared byte by byte, as the file system spells them. */
    static int compareBytes(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
