package org.localkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;

/** A real TDB2 store in a temporary folder. */
class KgStoreIT {
    private static final Path FIXTURE = Path.of("src/test/resources/pages/inspection-page.txt");
    private static final IngestListener QUIET = new IngestListener() {};

    private static Set<Quad> contents(KgStore kg) {
        return Txn.calculateRead(kg.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            kg.dataset().asDatasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void ingestingTheSameFileTwiceLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.copy(FIXTURE, page);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            IngestSummary first = kg.ingest(List.of(page), new Pipeline("http://example.org/"), QUIET);
            assertEquals(1, first.added());
            Set<Quad> after1 = contents(kg);
            IngestSummary second = kg.ingest(List.of(page), new Pipeline("http://example.org/"), QUIET);
            assertEquals(1, second.unchanged());
            assertEquals(after1, contents(kg));
        }
    }

    @Test
    void aBulkLoaderFillsAnEmptyStoreOnlyAndAutoThenReplacesInTransactions(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.copy(FIXTURE, page);
        try (KgStore kg = KgStore.open(dir.resolve("store")).loader(Loader.SEQUENTIAL)) {
            assertEquals(1, kg.ingest(List.of(page), new Pipeline("http://example.org/"), QUIET).added());
            assertFalse(kg.isEmpty());
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> kg.ingest(List.of(page), new Pipeline("http://example.org/"), QUIET));
            assertTrue(refused.getMessage().contains("only loads into an empty store"), refused.getMessage());
            Files.writeString(page, "区政协召开会议\n\n本报讯(记者 王五) 昨天，区政协主席郑东主持会议。\n", StandardCharsets.UTF_8);
            IngestSummary s = kg.loader(Loader.AUTO).ingest(List.of(page), new Pipeline("http://example.org/"), QUIET);
            assertEquals(1, s.replaced());
            assertTrue(contents(kg).stream().noneMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().equals("赵明远")), "old article left behind");
            assertFalse(kg.labels().find("郑东", 5).isEmpty(), "the new name is in the label index");
            assertTrue(kg.labels().find("赵明远", 5).isEmpty(), "the old name left the label index");
        }
    }

    @Test
    void aChangedFileReplacesItsOldArticles(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.copy(FIXTURE, page);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(page), new Pipeline("http://example.org/"), QUIET);
            Set<Quad> before = contents(kg);
            Files.writeString(page, "区政协召开会议\n\n本报讯(记者 王五) 昨天，区政协主席郑东主持会议。\n", StandardCharsets.UTF_8);
            IngestSummary s = kg.ingest(List.of(page), new Pipeline("http://example.org/"), QUIET);
            assertEquals(1, s.replaced());
            Set<Quad> after = contents(kg);
            assertNotEquals(before, after);
            assertTrue(after.stream().noneMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().equals("赵明远")), "old article left behind");
            assertTrue(after.stream().anyMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().equals("郑东")));
        }
    }

    @Test
    void badInputsAreReportedByNameAndTheRestIsIngested(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.copy(FIXTURE, good);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
        Path gbk = Files.write(dir.resolve("gbk.txt"),
                "区政协召开会议\n\n本报讯(记者 王五) 昨天，区政协主席郑东主持会议。\n".getBytes("GB18030"));
        Path missing = dir.resolve("missing.txt");
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(good), new Pipeline("http://example.org/"), QUIET);
            Set<Quad> before = contents(kg);
            IngestSummary s = kg.ingest(List.of(empty, binary, gbk, missing, good), new Pipeline("http://example.org/"), QUIET);
            assertFalse(s.ok());
            assertEquals(3, s.failures().size(), s.failures().toString());
            assertTrue(s.failures().stream().anyMatch(f -> f.contains("empty.txt") && f.contains("empty")));
            assertTrue(s.failures().stream().anyMatch(f -> f.contains("binary.txt") && f.contains("binary")));
            assertTrue(s.failures().stream().anyMatch(f -> f.contains("missing.txt") && f.contains("no such")));
            assertEquals(1, s.added(), "the GB18030 file is decoded and ingested");
            assertEquals(1, s.unchanged());
            Set<Quad> after = contents(kg);
            assertTrue(after.containsAll(before), "nothing stored before was lost");
        }
    }

    @Test
    void anArticleThatViolatesTheShapesIsReportedAndNotStored(@TempDir Path dir) {
        // shapes stricter than the project's: every official must have a role, which none has
        var strict = org.localkg.validate.ShapesValidator.withShapes("""
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix lkg: <https://w3id.org/localkg/ontology#> .
                [] a sh:NodeShape ; sh:targetClass lkg:Official ;
                   sh:property [ sh:path lkg:role ; sh:minCount 1 ; sh:message "test: officials need a role" ] .
                """);
        List<String> rejected = new java.util.ArrayList<>();
        try (KgStore kg = KgStore.open(dir.resolve("store"), strict)) {
            IngestSummary s = kg.ingest(List.of(FIXTURE), new Pipeline("http://example.org/"), new IngestListener() {
                @Override
                public void articleRejected(String source, String article, List<org.localkg.validate.Violation> v) {
                    rejected.add(article);
                    assertTrue(v.stream().allMatch(x -> x.message().equals("test: officials need a role")));
                }
            });
            assertEquals(1, s.rejected());
            assertFalse(s.ok());
            assertEquals(1, s.articles(), "the caption without officials is stored");
            Set<Quad> stored = contents(kg);
            assertTrue(stored.stream().noneMatch(q -> q.getGraph().getURI().equals(rejected.get(0))));
        }
    }
}
