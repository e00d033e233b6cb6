package org.localkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pinyin some web editions print after a character to show how it is read (創(chuàng)新,
 * 產(chǎn)業(yè)園). A gloss is no word of the article: left in, it splits every name it stands in (a
 * company, a park) and the segmenter reads its letters as a word. So articles are read without
 * their glosses, and what was taken out is kept, so that a name can also be given as printed.
 *
 * <p>A gloss is a pair of brackets right after a Chinese character holding one pinyin syllable
 * with its tone mark: letters in brackets without a tone mark ((B型), (kg)) are text.
 *
 * @param text   the text without its glosses
 * @param glosses each gloss taken out, at the offset in {@code text} of the character after the
 *               one it glossed, in order
 */
public record PinyinGlosses(String text, List<Gloss> glosses) {
    public record Gloss(int at, String text) {}

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** A bracket after a Han character holding toned pinyin; the look-behind is tried only at a bracket. */
    static final Pattern GLOSS = Pattern.compile(
            "(?=[(（])(?<=\\p{IsHan})[(（](?=[a-zü]*[" + TONED + "])[a-zü" + TONED + "]{1,7}[)）]");

    public static PinyinGlosses strip(String printed) {
        Matcher m = GLOSS.matcher(printed);
        if (!m.find()) {
            return new PinyinGlosses(printed, List.of());
        }
        StringBuilder text = new StringBuilder(printed.length());
        List<Gloss> glosses = new ArrayList<>();
        int from = 0;
        do {
            text.append(printed, from, m.start());
            glosses.add(new Gloss(text.length(), m.group()));
            from = m.end();
        } while (m.find());
        text.append(printed, from, printed.length());
        return new PinyinGlosses(text.toString(), List.copyOf(glosses));
    }

    /** {@code text} without its glosses (for a title line, whose offsets nothing refers to). */
    public static String without(String printed) {
        return strip(printed).text();
    }

    /**
     * The characters {@code [start, end)} of the text as they were printed, with the glosses
     * inside them; a gloss after the last character is left out, as a name ends with its
     * characters (開發(fā)區, not 開發(fā)區(qū)).
     */
    public String asPrinted(int start, int end) {
        StringBuilder out = new StringBuilder(text.substring(start, end));
        for (int i = glosses.size() - 1; i >= 0; i--) {
            Gloss g = glosses.get(i);
            if (g.at() > start && g.at() < end) {
                out.insert(g.at() - start, g.text());
            }
        }
        return out.toString();
    }

    /**
     * The characters {@code [start, end)} as printed with the gloss of their last character too
     * (開發(fā)區(qū)), or null when the page glossed no character there: copied from the page, a
     * name often keeps it.
     */
    public String asPrintedWithLastGloss(int start, int end) {
        for (Gloss g : glosses) {
            if (g.at() == end && end > start) {
                return asPrinted(start, end) + g.text();
            }
        }
        return null;
    }

    /** How many characters of glosses stood before {@code at} (an offset in the printed text). */
    int removedBefore(int printedAt) {
        int removed = 0;
        for (Gloss g : glosses) {
            if (g.at() + removed >= printedAt) {
                break;
            }
            removed += g.text().length();
        }
        return removed;
    }
}
