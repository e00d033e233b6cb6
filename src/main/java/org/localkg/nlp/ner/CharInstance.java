package org.localkg.nlp.ner;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.localkg.nlp.Token;

/**
 * One stretch of text as HanLP's linear models see it: one position per character, each with
 * its features. Characters rather than words, because the benchmark counts exact character
 * spans and the segmenter often cuts a name in the wrong place; the segmenter's words and parts
 * of speech are features, so its opinion counts without deciding boundaries.
 */
final class CharInstance extends Instance {
    private static final String BEGIN = "\u0002";
    private static final String END = "\u0003";

    /**
     * @param text  the text, half-width (as the extractor's view)
     * @param from  first character
     * @param to    end (exclusive)
     * @param words the token covering each character of {@code text}, or null where none does
     * @param known the {@link NameGazetteer} feature of each character of {@code [from, to)}, or null
     * @param tags  gold tag ids per character (training), or null (tagging)
     */
    CharInstance(String text, int from, int to, Token[] words, String[] known, FeatureMap features, int[] tags) {
        this(text, from, to, words, known, features::idOf, tags);
    }

    /** @param idOf a feature's id, or -1 for a feature the model does not know */
    CharInstance(String text, int from, int to, Token[] words, String[] known, ToIntFunction<String> idOf, int[] tags) {
        int n = to - from;
        featureMatrix = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> names = features(text, from, to, words, from + i);
            if (known != null && known[i] != null) {
                names.add(known[i]);
            }
            int[] ids = new int[names.size()];
            int size = 0;
            for (String f : names) {
                int id = idOf.applyAsInt(f);
                if (id != -1) {
                    ids[size++] = id;
                }
            }
            // as HanLP's toFeatureArray: the known ids, then a last slot (0) for the previous label
            featureMatrix[i] = java.util.Arrays.copyOf(ids, size + 1);
        }
        tagArray = tags != null ? tags : new int[n]; // HanLP reads the length from here
    }

    /** The feature strings of character {@code i}. Kept in one place so that training and tagging agree. */
    static List<String> features(String text, int from, int to, Token[] words, int i) {
        String c0 = ch(text, from, to, i);
        String p1 = ch(text, from, to, i - 1);
        String p2 = ch(text, from, to, i - 2);
        String n1 = ch(text, from, to, i + 1);
        String n2 = ch(text, from, to, i + 2);
        List<String> f = new ArrayList<>(24);
        f.add("a" + p2);
        f.add("b" + p1);
        f.add("c" + c0);
        f.add("d" + n1);
        f.add("e" + n2);
        f.add("f" + p2 + p1);
        f.add("g" + p1 + c0);
        f.add("h" + c0 + n1);
        f.add("i" + n1 + n2);
        f.add("j" + p1 + n1);
        f.add("k" + kind(text, from, to, i - 1) + kind(text, from, to, i) + kind(text, from, to, i + 1));
        Token w = words[i];
        if (w == null) {
            f.add("lx");
            return f;
        }
        char position = w.text().length() == 1 ? 'S' : i == w.start() ? 'B' : i == w.end() - 1 ? 'E' : 'M';
        String pos = w.tag();
        f.add("l" + position + pos);
        f.add("m" + position + (w.text().length() > 4 ? ">" : w.text()));
        Token prev = w.start() - 1 >= from ? words[w.start() - 1] : null;
        Token next = w.end() < to ? words[w.end()] : null;
        String prevWord = prev == null ? BEGIN : prev.text();
        String nextWord = next == null ? END : next.text();
        String prevPos = prev == null ? BEGIN : prev.tag();
        String nextPos = next == null ? END : next.tag();
        f.add("n" + position + prevWord);
        f.add("o" + position + nextWord);
        f.add("p" + position + prevPos + "|" + pos + "|" + nextPos);
        f.add("q" + position + pos + nextWord);
        f.add("r" + position + prevWord + pos);
        return f;
    }

    private static String ch(String text, int from, int to, int i) {
        if (i < from) {
            return BEGIN;
        }
        if (i >= to) {
            return END;
        }
        return String.valueOf(text.charAt(i));
    }

    /** A coarse class of the character: Han, digit, Latin letter, punctuation, other. */
    private static char kind(String text, int from, int to, int i) {
        if (i < from || i >= to) {
            return '#';
        }
        char c = text.charAt(i);
        if (Character.isDigit(c) || "零〇一二三四五六七八九十百千万亿".indexOf(c) >= 0) {
            return '0';
        }
        if (c < 128 && Character.isLetter(c)) {
            return 'A';
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return 'H';
        }
        return Character.isLetterOrDigit(c) ? 'o' : 'p';
    }
}
