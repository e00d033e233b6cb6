package org.localkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localkg.nlp.WordTable;

/**
 * A word list from {@code org/localkg/lexicon/NAME.txt}: one or more entries a line, blank
 * lines and {@code #} comments skipped. Entries are kept longest first, so that matching a
 * suffix or prefix takes the longest one that fits.
 */
public final class Lexicon {
    private final String name;
    private final List<String> longestFirst;
    private final Set<String> entries;
    /*
     * The entries by position in a text: a suffix or prefix is looked for with a probe per length
     * an entry closing (or opening) with the character there has. Going through every entry at
     * every position took a tenth of the extraction time.
     */
    private final WordTable table;

    private Lexicon(String name, Set<String> entries) {
        this.name = name;
        this.entries = Set.copyOf(entries);
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.longestFirst = List.copyOf(sorted);
        this.table = new WordTable(longestFirst);
    }

    public static Lexicon load(String name) {
        Map<String, Lexicon> sections = sections(name);
        return sections.getOrDefault("", new Lexicon(name, Set.of()));
    }

    /**
     * A word list in sections: entries before any {@code [SECTION]} line are under "", the rest
     * under the name of the section they follow (list-heads.txt: [PROJECT] 项目 工程 …).
     */
    public static Map<String, Lexicon> sections(String name) {
        String resource = "org/localkg/lexicon/" + name + ".txt";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing from the classpath: " + resource);
            }
            Map<String, Set<String>> entries = new java.util.LinkedHashMap<>();
            String section = "";
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (content.startsWith("[") && content.endsWith("]")) {
                    section = content.substring(1, content.length() - 1);
                    continue;
                }
                for (String word : content.split("\\s+")) {
                    if (!word.isEmpty()) {
                        entries.computeIfAbsent(section, k -> new LinkedHashSet<>()).add(word);
                    }
                }
            }
            Map<String, Lexicon> out = new java.util.LinkedHashMap<>();
            entries.forEach((k, words) -> out.put(k, new Lexicon(k.isEmpty() ? name : name + "#" + k, words)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** A word list made in code (from words another class holds). */
    public static Lexicon of(String name, Set<String> words) {
        return new Lexicon(name, words);
    }

    public String name() {
        return name;
    }

    public boolean contains(String word) {
        return entries.contains(word);
    }

    public List<String> longestFirst() {
        return longestFirst;
    }

    /** The longest entry that {@code text} ends with at {@code end}, or null. */
    public String suffixAt(CharSequence text, int end) {
        return table.longestEndingAt(text, end, WordTable.MAX_LENGTH);
    }

    /** The longest entry that starts at {@code start} in {@code text}, or null. */
    public String prefixAt(CharSequence text, int start) {
        return table.longestAt(text, start, WordTable.MAX_LENGTH);
    }
}
