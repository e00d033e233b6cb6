package org.localkg.nlp.ner;

import java.util.Arrays;
import java.util.Map;

/**
 * The model's feature ids, looked up by a feature's characters in a buffer, without a String:
 * HanLP keeps the ids in a double-array trie walked over each string's UTF-8 bytes, and a
 * {@code HashMap<String, Integer>} needs a String per feature; building and hashing those took a
 * third of the recogniser's time. A feature of a template letter and one character (the single
 * characters around a position, five of a character's features) is read from a table indexed by
 * the two, a character's five side by side: a character is looked up under each letter at five
 * neighbouring positions, so the five reads share a cache line. Any other feature is found in an
 * open-addressing hash table of one int per slot, the feature's number and some bits of its hash:
 * most features looked up are not the model's, and a small table answers them from the cache
 * without touching the keys; a pair's features under different letters lie side by side there
 * (see {@link #hash}), as their weights do ({@link FeatureLayout}). On a match of those bits the characters are compared (keys in one
 * array; a feature's key, its length and its id side by side, by number), so an id is found
 * exactly when the feature is the model's. The ids are any ints the caller gives (where the
 * feature's weights are). Immutable; look-ups
 * are thread-safe.
 */
final class FeatureIndex {
    /** A slot with no feature. */
    private static final int EMPTY = 0;
    /** Template letters read from the direct table: those of one character (see {@link CharFeatures}). */
    private static final char FIRST_SINGLE = 'a';
    private static final int SINGLES = 5;

    private final int mask;
    /** Bits of a slot holding the feature's number + 1; the bits above them hold bits of the hash and template letter. */
    private final int idBits;
    private final int[] slots;
    /**
     * The characters of every key; and, for each feature by number (its place in the slots), where
     * its key starts in them, how long it is and its id, side by side (3 × number, + 1, + 2).
     */
    private final char[] keys;
    private final int[] keyAt;
    /** The id of template letter t and character c at {@code c × SINGLES + (t - 'a')}, or -1. */
    private final int[] singles = new int[SINGLES << 16];
    /** Template letters of two characters (see {@link CharFeatures}): f, g, h, i of neighbours, j of the two either side. */
    private static final char FIRST_PAIR = 'f';
    static final int PAIRS = 5;
    /**
     * Open addressing on a pair of characters: at {@code 2 × slot} the key {@code x << 16 | y}, beside
     * it the pair's entry + 1 in {@link #pairIds} (0 for a free slot), read in one fetch.
     */
    private final int pairMask;
    private final int[] pairSlots;
    /** For each pair met in the model, the ids of its five pair features side by side (letter - 'f'), -1 for those it lacks. */
    private final int[] pairIds;
    /** The classes a character can have ({@link CharFeatures#kind}), and '#' outside the stretch. */
    private static final String KIND_CHARS = "0AHop#";
    /** The id of the feature k of three classes, at their indices in {@link #KIND_CHARS} in base 6, or -1. */
    private final int noWord;
    private final int[] kinds = new int[KIND_CHARS.length() * KIND_CHARS.length() * KIND_CHARS.length()];

    FeatureIndex(Iterable<Map.Entry<String, Integer>> features) {
        int count = 0;
        int chars = 0;
        for (Map.Entry<String, Integer> e : features) {
            count++;
            chars += e.getKey().length();
        }
        int size = Integer.highestOneBit(Math.max(4, count * 2) - 1) << 1; // a power of two, at most half full
        mask = size - 1;
        idBits = Integer.SIZE - Integer.numberOfLeadingZeros(count + 1);
        if (idBits > 24) {
            throw new IllegalArgumentException("too many features for the index: " + count);
        }
        slots = new int[size];
        keys = new char[chars];
        keyAt = new int[3 * count];
        Arrays.fill(singles, -1);
        Arrays.fill(kinds, -1);
        Map<Integer, int[]> pairs = new java.util.LinkedHashMap<>();
        int next = 0;
        int number = 0;
        for (Map.Entry<String, Integer> e : features) {
            char[] key = e.getKey().toCharArray();
            int id = e.getValue();
            int h = hash(key, key.length);
            int slot = h & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = tagOf(h, key[0]) | (number + 1);
            keyAt[3 * number] = next;
            keyAt[3 * number + 1] = key.length;
            keyAt[3 * number + 2] = id;
            number++;
            System.arraycopy(key, 0, keys, next, key.length);
            next += key.length;
            int single = single(key, key.length);
            if (single >= 0) {
                singles[single] = id;
            }
            int letter = key[0] - FIRST_PAIR;
            if (key.length == 3 && letter >= 0 && letter < PAIRS) {
                pairs.computeIfAbsent(key[1] << 16 | key[2], k -> new int[] {-1, -1, -1, -1, -1})[letter] = id;
            }
            int kind = key.length == 4 && key[0] == 'k' ? kindIndex(key[1], key[2], key[3]) : -1;
            if (kind >= 0) {
                kinds[kind] = id;
            }
        }
        int pairSize = Integer.highestOneBit(Math.max(4, pairs.size() * 2) - 1) << 1;
        pairMask = pairSize - 1;
        pairSlots = new int[2 * pairSize];
        pairIds = new int[PAIRS * pairs.size()];
        int entry = 0;
        for (Map.Entry<Integer, int[]> e : pairs.entrySet()) {
            int slot = spread(e.getKey()) & pairMask;
            while (pairSlots[2 * slot + 1] != EMPTY) {
                slot = (slot + 1) & pairMask;
            }
            pairSlots[2 * slot] = e.getKey();
            pairSlots[2 * slot + 1] = entry + 1;
            System.arraycopy(e.getValue(), 0, pairIds, PAIRS * entry, PAIRS);
            entry++;
        }
        noWord = idOf(new char[] {'l', 'x'}, 2);
    }

    /** The id of the feature of a character no word covers ({@link CharFeatures}), or -1. */
    int noWordId() {
        return noWord;
    }

    /** The id of template letter {@code 'a' + template} and character c (a single-character feature), or -1. */
    int singleId(char c, int template) {
        return singles[c * SINGLES + template];
    }

    /**
     * The entry of the pair of characters x y, for {@link #pairId}, or -1 when the model has no
     * feature of the two: one look-up answers the pair's features under every pair letter.
     */
    int pairEntry(char x, char y) {
        int key = x << 16 | y;
        for (int slot = spread(key) & pairMask; pairSlots[2 * slot + 1] != EMPTY; slot = (slot + 1) & pairMask) {
            if (pairSlots[2 * slot] == key) {
                return PAIRS * (pairSlots[2 * slot + 1] - 1);
            }
        }
        return -1;
    }

    /** The id of the pair feature of letter {@code 'f' + template} of a {@link #pairEntry}, or -1. */
    int pairId(int entry, int template) {
        return entry < 0 ? -1 : pairIds[entry + template];
    }

    /** The number of a character class ({@link CharFeatures#kind}, or '#' outside the stretch) for {@link #kindsId}, or -1. */
    static int kindNumber(char kind) {
        return KIND_CHARS.indexOf(kind);
    }

    /** {@link #kindNumber} of the class of every char, worked out once. */
    private static final byte[] KIND_NUMBERS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KIND_NUMBERS[c] = (byte) kindNumber(CharFeatures.kind((char) c));
        }
    }

    /** {@link #kindNumber} of the class of character c. */
    static int kindNumberOf(char c) {
        return KIND_NUMBERS[c];
    }

    /** The id of the feature k of three characters' {@link #kindNumber}s, or -1. */
    int kindsId(int before, int at, int after) {
        return before < 0 || at < 0 || after < 0 ? -1 : kinds[(before * KIND_CHARS.length() + at) * KIND_CHARS.length() + after];
    }

    private static int kindIndex(char before, char at, char after) {
        int a = kindNumber(before);
        int b = kindNumber(at);
        int c = kindNumber(after);
        return a < 0 || b < 0 || c < 0 ? -1 : (a * KIND_CHARS.length() + b) * KIND_CHARS.length() + c;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The id of the feature {@code chars[0, length)}, or -1 when the model does not know it. */
    int idOf(char[] chars, int length) {
        int single = single(chars, length);
        if (single >= 0) {
            return singles[single];
        }
        int h = hash(chars, length);
        int tag = tagOf(h, chars[0]);
        int idMask = (1 << idBits) - 1;
        for (int slot = h & mask; slots[slot] != EMPTY; slot = (slot + 1) & mask) {
            int s = slots[slot];
            if ((s & ~idMask) == tag) {
                int at = 3 * ((s & idMask) - 1);
                if (keyAt[at + 1] == length && same(keyAt[at], chars, length)) {
                    return keyAt[at + 2];
                }
            }
        }
        return -1;
    }

    /** The index in {@link #singles} of a template letter and one character, or -1 for any other feature. */
    private static int single(char[] chars, int length) {
        int template = chars[0] - FIRST_SINGLE;
        return length == 2 && template >= 0 && template < SINGLES ? chars[1] * SINGLES + template : -1;
    }

    /** Whether the key at {@code start} is {@code chars[0, length)}: a plain loop, features are short. */
    private boolean same(int start, char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (keys[start + i] != chars[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The slot of a feature comes from the characters after its template letter only, so that the
     * features of one character or pair under different letters, looked up at neighbouring
     * positions, share a stretch of the table; the letter is mixed into the bits kept in the slot,
     * so telling them apart rarely needs their keys.
     */
    private static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 1; i < length; i++) {
            h = 31 * h + chars[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The bits of a feature's slot above its id: from its hash and its template letter. */
    private int tagOf(int h, char letter) {
        int mixed = h ^ Integer.rotateLeft((letter + 1) * 0x9E3779B9, 16);
        return mixed >>> idBits << idBits;
    }
}
