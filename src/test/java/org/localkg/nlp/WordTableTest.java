package org.localkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table against the plain way: every word tried at the position, the longest that fits kept. */
class WordTableTest {
    /** A few characters, so that words share beginnings and ends; one half of a surrogate pair among them. */
    private static final String ALPHABET = "市区县武进常州新北\uD840";

    private static String random(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static String plainAt(Set<String> words, String text, int start, int maxLength) {
        String best = null;
        for (String w : words) {
            if (w.length() <= maxLength && start >= 0 && text.startsWith(w, start) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    private static String plainEndingAt(Set<String> words, String text, int end, int maxLength) {
        String best = null;
        for (String w : words) {
            int start = end - w.length();
            if (w.length() <= maxLength && start >= 0 && end <= text.length() && text.startsWith(w, start)
                    && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    @Test
    void findsWhatTryingEveryWordFinds() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            Set<String> words = new LinkedHashSet<>();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                words.add(random(r, 1 + r.nextInt(r.nextInt(10) == 0 ? 12 : 4)));
            }
            WordTable table = new WordTable(new ArrayList<>(words));
            // characters of no word too, among them ones a word's characters share bits of the char table with
            String text = round % 2 == 0 ? random(r, 30) : random(r, 12) + "，的A\u5E01\u5E3F" + random(r, 12) + "\u5E02\u5E41" + random(r, 6);
            int maxLength = 1 + r.nextInt(8);
            for (int i = -1; i <= text.length() + 1; i++) {
                String where = words + " in " + text + " at " + i;
                assertEquals(plainAt(words, text, i, WordTable.MAX_LENGTH), table.longestAt(text, i, WordTable.MAX_LENGTH), where);
                assertEquals(plainAt(words, text, i, maxLength), table.longestAt(text, i, maxLength), where + " up to " + maxLength);
                assertEquals(plainEndingAt(words, text, i, WordTable.MAX_LENGTH), table.longestEndingAt(text, i, WordTable.MAX_LENGTH), where);
                assertEquals(plainEndingAt(words, text, i, maxLength), table.longestEndingAt(text, i, maxLength), where + " up to " + maxLength);
            }
            for (String w : words) {
                assertEquals(true, table.contains(w), w);
            }
            assertEquals(words.contains("武进区"), table.contains("武进区"));
        }
    }

    @Test
    void anEmptyTableFindsNothing() {
        WordTable table = new WordTable(List.of());
        assertNull(table.longestAt("武进区", 0, 5));
        assertNull(table.longestEndingAt("武进区", 3, 5));
    }

    @Test
    void refusesAWordItCouldNeverFind() {
        assertThrows(IllegalArgumentException.class, () -> new WordTable(List.of("")));
        assertThrows(IllegalArgumentException.class, () -> new WordTable(List.of("区".repeat(WordTable.MAX_LENGTH + 1))));
    }
}
