package org.localkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localkg.TestPages;

/** The bundled sample folder, as the README's examples give it to kg ingest, holds pages only. */
class BundledCorpusTest {
    @Test
    void theSampleFolderYieldsTheFivePagesAndNothingElse() {
        // its list of pages for the jar (kg demo) is no .txt, or it would be ingested as an article
        List<String> files = SourceReader.expand(Path.of("src/main/resources/org/localkg/corpus")).stream()
                .map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(TestPages.SAMPLES, files);
    }
}
