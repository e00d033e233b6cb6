package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same text gives the same facts in every run. {@code Set.of}, {@code Set.copyOf} and
 * {@code Map.of} iterate in an order drawn anew in each JVM, so a rule that loops over one and
 * keeps the first match it finds decides differently from one run to the next, and re-ingesting a
 * page would change what the store holds. The sentences here are made up for the test.
 */
class StableOrderTest {
    private static final List<Path> RULES = List.of(Path.of("src/main/java/org/localkg/extract"),
            Path.of("src/main/java/org/localkg/nlp"), Path.of("src/main/java/org/localkg/resolve"));
    private static final Pattern UNORDERED_FIELD = Pattern.compile(
            "(?:Set|Map)<[^=;]*>\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*(?:java\\.util\\.)?(?:Set|Map)\\.(?:of|copyOf|ofEntries)\\(");
    private static final Pattern UNORDERED_LOOP = Pattern.compile(
            "for \\([^:;]*:\\s*(?:java\\.util\\.)?(?:Set|Map)\\.(?:of|copyOf|ofEntries)\\(");

    @Test
    void theCompanysFullestShortFormTakesItsPlaceInTheLead() {
        String text = "5月8日,安平县今年第二批重点项目集中开(复)工暨吉林华拓年产8万吨新型铝合金型材项目开工仪式在安平经济开发区举行。\n"
                + "吉林华拓年产8万吨新型铝合金型材项目由吉林华拓铝业有限公司投资2亿元建设,位于安平经济开发区。";
        Extracted x = Extracted.body(text);
        int lead = text.indexOf("吉林华拓");
        Entity company = x.entity("吉林华拓铝业有限公司");
        // before the fix, half of all runs gave the lead's mention as 华拓 (a short form of the alias)
        assertTrue(company.mentions().contains(new Span(lead, lead + 4)), company.mentions().toString());
    }

    @Test
    void noRuleLoopsOverACollectionWhoseOrderChangesBetweenRuns() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path dir : RULES) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    found.addAll(unorderedLoops(Files.readString(f), f.getFileName().toString()));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsALoopOverSetOfAndOverAConstantMadeByIt() {
        String source = "private static final Set<String> WORDS = Set.of(\"a\", \"b\");\n"
                + "void f() { for (String w : WORDS) {} for (String k : Set.copyOf(keys)) {} WORDS.stream().findFirst(); }";
        assertEquals(3, unorderedLoops(source, "X.java").size());
        assertEquals(List.of(), unorderedLoops("private static final List<String> WORDS = List.of(\"a\");\nvoid f() { for (String w : WORDS) {} }", "Y.java"));
    }

    /** Loops (for-each, streams, forEach) over a Set.of/Map.of expression or a constant made by one. */
    private static List<String> unorderedLoops(String source, String file) {
        List<String> out = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        Matcher m = UNORDERED_FIELD.matcher(source);
        while (m.find()) {
            fields.add(m.group(1));
        }
        Matcher loop = UNORDERED_LOOP.matcher(source);
        while (loop.find()) {
            out.add(file + ": " + loop.group());
        }
        for (String name : fields) {
            Matcher use = Pattern.compile(":\\s*" + name + "\\)|\\b" + name + "\\.(?:stream|forEach|iterator|keySet|values|entrySet)\\(")
                    .matcher(source);
            while (use.find()) {
                out.add(file + ": " + use.group());
            }
        }
        return out;
    }
}
