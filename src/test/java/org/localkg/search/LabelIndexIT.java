package org.localkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.Pipeline;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/** The label index follows the store: built at ingest, changed with a re-ingested page, rebuilt when missing. */
class LabelIndexIT {
    @TempDir
    Path dir;

    static final String PAGE = "园区动态\n\n本报讯 昨天，位于滨江经济开发区的华腾精密机械项目开工建设。\n";

    static List<String> labels(KgStore kg, String q) {
        return kg.labels().find(q, 20).stream().map(LabelIndex.Hit::label).toList();
    }

    @Test
    void findsEverySubstringOfTwoOrMoreCharacters() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(pages), new Pipeline(org.localkg.rdf.IriMinter.DEFAULT_BASE), new IngestListener() {});
            String name = "滨江经济开发区";
            for (int from = 0; from < name.length(); from++) {
                for (int to = from + 2; to <= name.length(); to++) {
                    String part = name.substring(from, to);
                    assertTrue(labels(kg, part).contains(name), part + " should find " + name);
                }
            }
            // widths and quotes do not count; the whole name ranks first
            assertEquals(name, labels(kg, "“滨江”经济开发区").get(0));
            assertEquals(List.of(), labels(kg, "滨"), "one character is no query");
            assertEquals(List.of(), labels(kg, "开发滨江"), "the pairs of a name, out of order, are no substring");
        }
    }

    @Test
    void followsReingestAndIsRebuiltWhenMissing() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path page = pages.resolve("a.txt");
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        Path storeDir = dir.resolve("store");
        try (KgStore kg = KgStore.open(storeDir)) {
            kg.ingest(List.of(pages), new Pipeline(org.localkg.rdf.IriMinter.DEFAULT_BASE), new IngestListener() {});
            assertEquals(List.of("华腾精密机械项目"), labels(kg, "华腾精密"));
            Files.writeString(page, PAGE.replace("华腾", "远航"), StandardCharsets.UTF_8);
            kg.ingest(List.of(pages), new Pipeline(org.localkg.rdf.IriMinter.DEFAULT_BASE), new IngestListener() {});
            assertEquals(List.of(), labels(kg, "华腾精密"), "the replaced article's names leave the index");
            assertEquals(List.of("远航精密机械项目"), labels(kg, "远航精密"));
        }
        // a store written before it had an index gets one when opened
        try (var files = Files.walk(storeDir.resolve(LabelIndex.FOLDER))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (KgStore kg = KgStore.open(storeDir)) {
            assertEquals(List.of("远航精密机械项目"), labels(kg, "远航精密"));
        }
    }
}
