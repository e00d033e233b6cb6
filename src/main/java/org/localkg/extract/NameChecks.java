package org.localkg.extract;

import java.util.regex.Pattern;
import org.localkg.nlp.Token;
import org.localkg.resolve.Divisions;

/** Tests a candidate name must pass: not generic, long enough, naming a place where needed. */
public final class NameChecks {
    /** Compiled once: these run for every candidate name. */
    private static final Pattern QUOTES_AND_BRACKETS = Pattern.compile("[“”\"'‘’()（）]");
    private static final Pattern COUNTS = Pattern.compile("\\d+家?");

    private NameChecks() {}

    /** What is left of {@code part} once generic words are taken off both ends. */
    public static String specific(String part) {
        String s = QUOTES_AND_BRACKETS.matcher(part).replaceAll("");
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String head = Lexicons.GENERIC.prefixAt(s, 0);
            if (head != null) {
                s = s.substring(head.length());
                changed = true;
                continue;
            }
            String tail = Lexicons.GENERIC.suffixAt(s, s.length());
            if (tail != null) {
                s = s.substring(0, s.length() - tail.length());
                changed = true;
            }
        }
        return s;
    }

    /** A company's name part: not only generic and industry words (新能源科技公司 is no name). */
    static boolean enterpriseName(String part) {
        String s = COUNTS.matcher(specific(part)).replaceAll("");
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String tail = Lexicons.INDUSTRY.suffixAt(s, s.length());
            if (tail != null && tail.length() < s.length()) {
                s = s.substring(0, s.length() - tail.length());
                changed = true;
            } else if (tail != null) {
                s = "";
            }
        }
        return s.length() >= 2 && !Lexicons.STOP_WORDS.contains(s);
    }

    /**
     * A place's name that opens with a conjunction standing alone and whose last character opens a word going
     * on past it (和|龙头: the city 和龙 read across a conjunction and 龙头): no place is named there.
     */
    private static boolean endsInsideNextWord(ArticleText t, int at, String place) {
        Token first = t.tokenAt(at);
        Token last = t.tokenAt(at + place.length() - 1);
        return first != null && first.start() == at && first.text().length() == 1 && (first.tag().startsWith("c") || first.tag().equals("p"))
                && last != null && last.start() > at && last.end() > at + place.length();
    }

    /** A place in the name: a division, a region word, a quoted name, or a place the segmenter finds. */
    static boolean namesPlace(ArticleText t, int start, int end) {
        String part = t.slice(start, end);
        if (part.contains("“") || part.contains("\"")) {
            return true;
        }
        for (int i = start; i < end; i++) {
            String place = Divisions.get().placeAt(t.view(), i);
            if (place != null && i + place.length() <= end && placeInContext(t, i, place) && !endsInsideNextWord(t, i, place)) {
                return true;
            }
        }
        for (String r : Lexicons.REGIONS.longestFirst()) {
            if (part.contains(r)) {
                return true;
            }
        }
        for (int i = start; i < end; i++) {
            Token tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && tk.end() <= end && tk.tag().startsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A division's name counts as a place where the segmenter agrees: many two-character short
     * names are also common words (发展, 创新, 中心 are towns too).
     */
    static boolean placeInContext(ArticleText t, int i, String place) {
        if (place.length() >= 3 && !Lexicons.GENERIC.contains(place)) {
            return true;
        }
        if (Divisions.get().isRegion(place) && !Lexicons.GENERIC.contains(place)) {
            return true; // a county, city or province (滨湖, 溧阳) even where it is also a word
        }
        Token opening = t.tokenAt(i);
        if (opening != null && opening.start() < i && Lexicons.GENERIC.contains(opening.text())) {
            return false; // 重|大科|技: a short place's characters that open inside a generic word are no place
        }
        java.util.Set<String> tags = t.dictionaryTags(place);
        return tags.isEmpty() || tags.stream().anyMatch(tag -> tag.startsWith("ns"));
    }

    /** Whether a government title ends anywhere in {@code (from, to]}: the words are about someone, not a place or works. */
    static boolean titleWithin(ArticleText t, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            if (Lexicons.GOV_TITLES.suffixAt(t.view(), i) != null) {
                return true;
            }
        }
        return false;
    }
}
