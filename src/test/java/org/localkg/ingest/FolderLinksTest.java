package org.localkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.store.IngestListener;
import org.localkg.store.IngestSummary;
import org.localkg.store.KgStore;

/**
 * Links in a folder given to ingest or watched by the server (issue 20): one that leads out of the
 * folder is refused, with a message naming it, and nothing it points at is stored; one that stays
 * inside is read as any file.
 */
class FolderLinksTest {
    private static final String PAGE = "本报讯 市长王建军昨日到青禾科技有限公司调研，详细了解企业生产经营情况。\n";

    @Test
    void aLinkOutOfTheFolderIsRefusedAndItsTargetNeverStored(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-TOKEN-1234567890\n");
        Path pages = Files.createDirectories(dir.resolve("pages/2024-01-02"));
        Files.writeString(pages.resolve("A1.txt"), PAGE);
        Files.createSymbolicLink(pages.resolve("A2.txt"), outside);
        Files.createSymbolicLink(pages.resolve("A3.txt"), pages.resolve("A1.txt")); // inside: fine
        Files.writeString(pages.resolve("A4.txt"), PAGE.replace("王建军", "李志强"));
        Files.createSymbolicLink(pages.resolve("A4.txt.meta"), outside);

        Map<String, String> problems = new TreeMap<>();
        for (InputFile f : SourceReader.inputs(dir.resolve("pages"))) {
            try {
                SourceReader.read(f, InputLimits.DEFAULT);
            } catch (SourceException e) {
                problems.put(f.id(), e.getMessage());
            }
        }
        assertEquals(List.of("2024-01-02/A2.txt", "2024-01-02/A4.txt"), List.copyOf(problems.keySet()), problems.toString());
        assertTrue(problems.get("2024-01-02/A2.txt").contains("outside the folder"), problems.toString());
        assertTrue(problems.get("2024-01-02/A2.txt").contains("A2.txt"), "the message names the link: " + problems);

        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            IngestSummary s = store.ingest(List.of(dir.resolve("pages")), new Pipeline("http://kg.example.org/"), new IngestListener() {});
            assertEquals(2, s.failures().size(), s.toString());
            String all = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
                StringBuilder b = new StringBuilder();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> b.append(q).append('\n'));
                return b.toString();
            });
            assertFalse(all.contains("TOP-SECRET"), "the link's target was stored");
            assertTrue(all.contains("王建军"), "the pages inside the folder were stored");
        }
    }

    @Test
    void aFileGivenByItselfMayBeALinkButNotOneFoundInAFolderItLeaves(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), page);
        assertEquals(PAGE.strip(), SourceReader.read(link).text().strip(), "the operator named it: it is read");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path inner = Files.createSymbolicLink(sub.resolve("inner.txt"), page);
        SourceException e = assertThrows(SourceException.class, () -> SourceReader.read(InputFile.under(sub, inner), InputLimits.DEFAULT));
        assertTrue(e.getMessage().contains("outside the folder"), e.getMessage());
    }
}
