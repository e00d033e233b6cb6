package org.localkg.spark;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.localkg.ingest.InputLimits;
import org.localkg.ingest.Metadata;
import org.localkg.ingest.MetadataParser;
import org.localkg.ingest.Source;
import org.localkg.ingest.SourceException;
import org.localkg.ingest.SourceReader;
import scala.Tuple2;

/**
 * A corpus folder on any file system Spark reads (local, HDFS, S3) as the pages {@code kg extract}
 * would read from it: every {@code .txt} file below the folder, named by its path relative to it,
 * with the metadata of its sidecar ({@code NAME.txt.meta}, else {@code NAME.meta}).
 */
final class CorpusFiles {
    private CorpusFiles() {}

    /** One page file with its sidecar, if any, not yet decoded. */
    record PageFile(String id, String location, byte[] bytes, String sidecarLocation, byte[] sidecar) implements Serializable {
        /** Decodes the page as {@link SourceReader} does; throws a {@link SourceException} naming the file. */
        Source source(InputLimits limits) {
            if (bytes.length > limits.maxFileBytes()) {
                throw SourceReader.tooLarge(location, bytes.length, limits);
            }
            Metadata metadata = sidecar == null ? Metadata.NONE : MetadataParser.parse(sidecarLocation, utf8(sidecarLocation, sidecar));
            return SourceReader.fromBytes(id, location, bytes, metadata);
        }
    }

    /** The pages under {@code root}, keyed by id. */
    static JavaPairRDD<String, PageFile> read(SparkSession spark, String root) {
        // qualified by its file system, as Spark names the files it lists: a folder given relative to
        // the working folder (corpus/) is read as file:/…/corpus/…
        org.apache.hadoop.fs.Path given = new org.apache.hadoop.fs.Path(root);
        String rootPath;
        try {
            rootPath = given.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(given)
                    .toUri().getPath().replaceAll("/+$", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot open the file system of " + root, e);
        }
        JavaRDD<Tuple2<String, byte[]>> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(root)
                .select("path", "content")
                .javaRDD()
                .map((Row r) -> new Tuple2<>(relative(rootPath, r.getString(0)), (byte[]) r.get(1)));
        JavaPairRDD<String, byte[]> pages = files.filter(f -> f._1().endsWith(".txt")).mapToPair(f -> f);
        // a sidecar R.meta may belong to the page R (rank 0) or to R.txt (rank 1): the lower rank wins
        JavaPairRDD<String, Tuple2<Integer, Tuple2<String, byte[]>>> sidecars = files
                .filter(f -> f._1().endsWith(".meta"))
                .flatMapToPair(f -> {
                    String owner = f._1().substring(0, f._1().length() - ".meta".length());
                    return List.of(new Tuple2<>(owner, new Tuple2<>(0, f)), new Tuple2<>(owner + ".txt", new Tuple2<>(1, f))).iterator();
                })
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b);
        String base = root.replaceAll("/+$", "");
        return pages.leftOuterJoin(sidecars).mapToPair(p -> {
            String id = p._1();
            Tuple2<String, byte[]> sidecar = p._2()._2().isPresent() ? p._2()._2().get()._2() : null;
            PageFile page = new PageFile(id, base + "/" + id, p._2()._1(),
                    sidecar == null ? null : base + "/" + sidecar._1(), sidecar == null ? null : sidecar._2());
            return new Tuple2<>(id, page);
        });
    }

    /** A file's path relative to the root folder, with {@code /} between the parts. */
    static String relative(String rootPath, String fileUri) {
        String path = new org.apache.hadoop.fs.Path(fileUri).toUri().getPath();
        if (!path.startsWith(rootPath + "/")) {
            throw new IllegalStateException(fileUri + " is not below " + rootPath);
        }
        return path.substring(rootPath.length() + 1);
    }

    private static String utf8(String location, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(location, "cannot read the metadata file: " + e);
        }
    }
}
