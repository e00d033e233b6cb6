package org.localkg;

import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.localkg.ingest.SourceReader;

/** The test pages of src/test/resources/pages, extracted into an in-memory dataset. */
public final class TestPages {
    public static final Path DIR = Path.of("src/test/resources/pages");

    private TestPages() {}

    public static DatasetGraph extracted() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Pipeline p = new Pipeline("http://localhost:3030/");
        for (Path f : SourceReader.expand(DIR)) {
            p.process(SourceReader.read(f), StreamRDFLib.dataset(dsg));
        }
        return dsg;
    }
}
