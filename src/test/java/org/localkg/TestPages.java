package org.localkg;

import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.localkg.ingest.SourceReader;

/** The test pages of src/test/resources/pages, extracted into an in-memory dataset. */
public final class TestPages {
    public static final Path DIR = Path.of("src/test/resources/pages");

    /** The bundled sample corpus's pages (classpath {@code org/localkg/corpus/}). */
    public static final java.util.List<String> SAMPLES = java.util.List.of("000_754554d54ba84a54.txt", "001_883dfa0d1b45e9ec.txt",
            "002_d98004dcb15fdeca.txt", "003_b801488aa9883082.txt", "004_8b4cbb1f94b06b7f.txt");

    private TestPages() {}

    /** Copies the sample pages into {@code dir}, created if missing. */
    public static void copySamples(Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        for (String page : SAMPLES) {
            try (java.io.InputStream in = TestPages.class.getResourceAsStream("/org/localkg/corpus/" + page)) {
                java.nio.file.Files.write(dir.resolve(page), in.readAllBytes());
            }
        }
    }

    public static DatasetGraph extracted() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Pipeline p = new Pipeline("http://localhost:3030/");
        for (Path f : SourceReader.expand(DIR)) {
            p.process(SourceReader.read(f), StreamRDFLib.dataset(dsg));
        }
        return dsg;
    }
}
