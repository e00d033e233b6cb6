package org.localkg.nlp.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.localkg.nlp.WordTable;

/**
 * The mentions of the training corpus, as a feature: where a stretch of text is a name the
 * corpus annotated, each of its characters learns its place in that name and the name's class.
 * A linear model over a few characters either side cannot remember a whole name of six or ten
 * characters; this remembers it, and the model learns how far to trust it. Trained
 * jackknife-style ({@link NerTrainer}): a sentence sees only the names of the other folds, so
 * the weights are those of a name met before in other text, not of the sentence's own answer.
 */
final class NameGazetteer {
    static final int MAX_LENGTH = 16;
    /** Two characters name too many things besides (金山, 兴业): only longer names are remembered. */
    static final int MIN_LENGTH = 3;
    private final Map<String, String> kindByName;
    /** The names of three characters or more, found by position in a text. */
    private final WordTable table;
    /** The features of a name's first, middle and last characters, by the name's class: made once. */
    private final Map<String, String[]> featuresByKind = new HashMap<>();

    NameGazetteer(Map<String, String> kindByName) {
        this.kindByName = Map.copyOf(kindByName);
        List<String> long3 = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : kindByName.entrySet()) {
            String name = e.getKey();
            if (name.length() >= Long.SIZE) {
                throw new IllegalArgumentException("a name of " + name.length() + " characters: " + name);
            }
            if (name.length() >= MIN_LENGTH) {
                long3.add(name);
            }
            featuresByKind.computeIfAbsent(e.getValue(), k -> new String[] {"yB" + k, "yM" + k, "yE" + k});
        }
        this.table = new WordTable(long3);
    }

    /** The names of {@code sentences} (their half-width view), each with the class it was given most often. */
    static NameGazetteer of(List<NerSentence> sentences) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (NerSentence s : sentences) {
            String view = org.localkg.nlp.HalfWidth.of(s.text());
            for (NerSpan span : s.spans()) {
                if (span.length() >= MIN_LENGTH && span.length() <= MAX_LENGTH) {
                    counts.computeIfAbsent(span.in(view), k -> new TreeMap<>()).merge(span.kind(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> kinds = new HashMap<>();
        counts.forEach((name, byKind) -> kinds.put(name,
                byKind.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return new NameGazetteer(kinds);
    }

    int size() {
        return kindByName.size();
    }

    /**
     * For each character of {@code text[from, to)}, a feature naming its place (B, M, E) in the
     * longest known name that starts at the leftmost possible character, and the name's class;
     * null for characters in no known name.
     */
    String[] features(String text, int from, int to) {
        String[] out = new String[to - from];
        int i = from;
        while (i < to) {
            String name = table.longestAt(text, i, to - i);
            if (name == null) {
                i++;
                continue;
            }
            String[] place = featuresByKind.get(kindByName.get(name));
            int found = name.length();
            for (int p = i; p < i + found; p++) {
                out[p - from] = place[p == i ? 0 : p == i + found - 1 ? 2 : 1];
            }
            i += found;
        }
        return out;
    }

    void write(OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : new TreeMap<>(kindByName).entrySet()) {
            w.write(e.getValue());
            w.write('\t');
            w.write(e.getKey());
            w.write('\n');
        }
        w.flush();
    }

    static NameGazetteer read(InputStream in, String where) throws IOException {
        Map<String, String> kinds = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IOException(where + ":" + n + ": expected CLASS<TAB>NAME");
            }
            kinds.put(line.substring(tab + 1), line.substring(0, tab));
        }
        return new NameGazetteer(kinds);
    }
}
