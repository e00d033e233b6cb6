package org.localkg.nlp;

import java.util.Collection;

/**
 * A set of words found in a text by position: the longest word that starts, or ends, at an
 * offset. Rules ask this at every position of every article (a place name here? a company suffix
 * ending here?); going through the words that share a first character, or cutting a substring
 * for each length, made those questions a tenth of the extraction. Here each length a word can
 * have is one probe of a hash table, with the hash of the text's characters built one character
 * at a time (String's hash, so the words' own hashes are the keys), and only the lengths of the
 * words that open (or close) with the character at hand are tried; a character that opens (or
 * closes) none is told by one bit. Immutable; thread-safe.
 */
public final class WordTable {
    /** The longest word a table takes (no rule's word comes near). */
    public static final int MAX_LENGTH = 63;
    private static final int[] POWERS = new int[MAX_LENGTH + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i <= MAX_LENGTH; i++) {
            POWERS[i] = POWERS[i - 1] * 31;
        }
    }

    private final int mask;
    private final String[] words;
    private final int[] hashes;
    /**
     * For a character's slot in {@link #chars} (the character + 1; 0 for a free slot): the lengths
     * of the words it opens and closes, as bits. Sized by the characters, not the words, so that
     * it stays small enough to be cached.
     */
    private final int[] chars;
    private final long[] opening;
    private final long[] closing;
    private final int charMask;
    /**
     * A bit for each char that opens (or closes) a word: most positions of a text have none, and
     * these 8 KB answer them without a probe of {@link #chars}.
     */
    private final long[] opens = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    private final long[] closes = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    public WordTable(Collection<String> all) {
        int size = Integer.highestOneBit(Math.max(4, all.size() * 2) - 1) << 1;
        mask = size - 1;
        words = new String[size];
        hashes = new int[size];
        java.util.Set<Character> edges = new java.util.HashSet<>();
        for (String w : all) {
            if (w.isEmpty() || w.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("a word of " + w.length() + " characters: " + w);
            }
            edges.add(w.charAt(0));
            edges.add(w.charAt(w.length() - 1));
        }
        int charSize = Integer.highestOneBit(Math.max(4, edges.size() * 2) - 1) << 1;
        charMask = charSize - 1;
        chars = new int[charSize];
        opening = new long[charSize];
        closing = new long[charSize];
        for (String w : all) {
            int h = w.hashCode();
            int slot = spread(h) & mask;
            boolean known = false;
            while (words[slot] != null) {
                if (words[slot].equals(w)) {
                    known = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (known) {
                continue;
            }
            words[slot] = w;
            hashes[slot] = h;
            opening[charSlot(w.charAt(0))] |= 1L << w.length();
            closing[charSlot(w.charAt(w.length() - 1))] |= 1L << w.length();
            opens[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
            closes[w.charAt(w.length() - 1) >>> 6] |= 1L << w.charAt(w.length() - 1);
        }
    }

    /** The slot of character c in {@link #chars}, taken for it when free. */
    private int charSlot(char c) {
        int slot = spread(c) & charMask;
        while (chars[slot] != 0 && chars[slot] != c + 1) {
            slot = (slot + 1) & charMask;
        }
        chars[slot] = c + 1;
        return slot;
    }

    /** The lengths of the words that open (or close) with c, as bits, from {@code lengths}. */
    private long lengthsOf(char c, long[] lengths) {
        for (int slot = spread(c) & charMask; chars[slot] != 0; slot = (slot + 1) & charMask) {
            if (chars[slot] == c + 1) {
                return lengths[slot];
            }
        }
        return 0;
    }

    public boolean contains(String word) {
        return word.length() <= MAX_LENGTH && !word.isEmpty() && find(word, 0, word.length(), word.hashCode()) != null;
    }

    /** The longest word that {@code text} has at {@code start}, of at most {@code maxLength} characters, or null. */
    public String longestAt(CharSequence text, int start, int maxLength) {
        return start < 0 || start >= text.length() ? null : longest(text, start, false, maxLength);
    }

    /** The longest word that {@code text} ends with at {@code end}, of at most {@code maxLength} characters, or null. */
    public String longestEndingAt(CharSequence text, int end, int maxLength) {
        return end <= 0 || end > text.length() ? null : longest(text, end, true, maxLength);
    }

    /** The longest word that {@code text} has starting at {@code at}, or ending there when {@code ending}. */
    private String longest(CharSequence text, int at, boolean ending, int maxLength) {
        int room = Math.min(Math.min(maxLength, MAX_LENGTH), ending ? at : text.length() - at);
        if (room <= 0) {
            return null;
        }
        char edge = text.charAt(ending ? at - 1 : at);
        if (((ending ? closes : opens)[edge >>> 6] & 1L << edge) == 0) {
            return null; // no word opens (or closes) with it
        }
        long lengths = lengthsOf(edge, ending ? closing : opening) & (-1L >>> (Long.SIZE - 1 - room));
        if (lengths == 0) {
            return null;
        }
        int longest = Long.SIZE - 1 - Long.numberOfLeadingZeros(lengths);
        // the hash of the first len characters from the edge, for each len: String's hash either way
        int[] hashes = new int[longest + 1];
        int h = 0;
        for (int len = 1; len <= longest; len++) {
            h = ending ? h + text.charAt(at - len) * POWERS[len - 1] : 31 * h + text.charAt(at + len - 1);
            hashes[len] = h;
        }
        for (long left = lengths; left != 0; ) {
            int len = Long.SIZE - 1 - Long.numberOfLeadingZeros(left);
            String w = find(text, ending ? at - len : at, len, hashes[len]);
            if (w != null) {
                return w;
            }
            left &= ~(1L << len);
        }
        return null;
    }

    /** The word {@code text[start, start + length)}, whose String hash is {@code h}, or null. */
    private String find(CharSequence text, int start, int length, int h) {
        for (int slot = spread(h) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && same(words[slot], text, start, length)) {
                return words[slot];
            }
        }
        return null;
    }

    private static boolean same(String w, CharSequence text, int start, int length) {
        if (w.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (w.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
