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
            assertEquals(name, labels(kg, "滨江經濟開發區").get(0), "traditional characters find the simplified name");
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

    @Test
    void aSearchRunsItsCheckpointWhileReadingLabels() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String marks = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰";
        for (int i = 0; i < marks.length() * marks.length(); i++) { // a page each: names apart, not one entity's forms
            String name = "" + marks.charAt(i / marks.length()) + marks.charAt(i % marks.length()) + "华腾精密机械项目";
            Files.writeString(pages.resolve("p" + i + ".txt"), "园区动态\n\n本报讯 位于滨江经济开发区的" + name + "开工建设。\n",
                    StandardCharsets.UTF_8);
        }
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            kg.ingest(List.of(pages), new Pipeline(org.localkg.rdf.IriMinter.DEFAULT_BASE), new IngestListener() {});
            int[] checks = {0};
            List<LabelIndex.Hit> hits = kg.labels().find("华腾精密", 200, () -> checks[0]++);
            assertTrue(hits.size() > 2 * LabelIndex.CHECK_EVERY, hits.size() + " projects found");
            assertTrue(checks[0] >= hits.size() / LabelIndex.CHECK_EVERY, checks[0] + " checks for " + hits.size() + " projects");
            // a checkpoint that throws (a passed deadline) ends the search
            IllegalStateException passed = new IllegalStateException("late");
            int[] calls = {0};
            assertEquals(passed, org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> kg.labels().find("华腾精密", 200, () -> {
                        if (++calls[0] == 2) {
                            throw passed;
                        }
                    })));
        }
    }
}
