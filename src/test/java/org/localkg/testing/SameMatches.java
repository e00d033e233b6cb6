package org.localkg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a pattern rewritten for speed (a look-ahead of what a match opens with, put before
 * a look-behind) finds exactly what the pattern it replaces found: every match's bounds and
 * groups, by {@link Matcher#find()}, on sentences written for the test and on random strings
 * drawn from the characters the patterns care about.
 */
public final class SameMatches {
    private SameMatches() {}

    /** Every match of {@code p} in {@code text}: its bounds and each group's, in order. */
    public static List<String> of(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            for (int g = 0; g <= m.groupCount(); g++) {
                b.append(m.start(g)).append('-').append(m.end(g)).append(' ');
            }
            out.add(b.toString());
        }
        return out;
    }

    /**
     * Asserts the two find the same on each sentence, and on {@code randomTexts} strings of up to
     * 40 characters drawn from {@code alphabet} and the words in it; returns how many matches were
     * compared (so a test can check it compared something).
     */
    public static int assertSame(Pattern before, Pattern after, List<String> sentences, List<String> pieces, int randomTexts) {
        int matches = 0;
        List<String> texts = new ArrayList<>(sentences);
        Random random = new Random(42);
        for (int i = 0; i < randomTexts; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            List<String> expected = of(before, text);
            assertEquals(expected, of(after, text), text);
            matches += expected.size();
        }
        return matches;
    }
}
