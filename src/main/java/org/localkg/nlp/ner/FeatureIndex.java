package org.localkg.nlp.ner;

import java.util.Arrays;
import java.util.Map;

/**
 * The model's feature ids, looked up by a feature's characters in a buffer, without a String:
 * HanLP keeps the ids in a double-array trie walked over each string's UTF-8 bytes, and a
 * {@code HashMap<String, Integer>} needs a String per feature; building and hashing those took a
 * third of the recogniser's time. A feature of a template letter and one character (the single
 * characters around a position, five of a character's features) is read from a table indexed by
 * the two; any other from an open-addressing hash table whose slots keep hash, id and key
 * together, the keys' characters in one array. A hit compares the characters, so an id is found
 * exactly when the feature is the model's. Immutable; look-ups are thread-safe.
 */
final class FeatureIndex {
    private static final int EMPTY = -1;
    /** Ints per slot: hash, id, start of the key in {@link #keys}, its length. */
    private static final int SLOT = 4;
    /** Template letters read from the direct table: those of one character (see {@link CharFeatures}). */
    private static final char FIRST_SINGLE = 'a';
    private static final int SINGLES = 5;

    private final int mask;
    private final int[] slots;
    private final char[] keys;
    /** The id of template letter t and character c at {@code (t - 'a') << 16 | c}, or -1. */
    private final int[] singles = new int[SINGLES << 16];

    FeatureIndex(Iterable<Map.Entry<String, Integer>> features) {
        int count = 0;
        int chars = 0;
        for (Map.Entry<String, Integer> e : features) {
            count++;
            chars += e.getKey().length();
        }
        int size = Integer.highestOneBit(Math.max(4, count * 2) - 1) << 1; // a power of two, at most half full
        mask = size - 1;
        slots = new int[size * SLOT];
        keys = new char[chars];
        for (int s = 0; s < size; s++) {
            slots[s * SLOT + 1] = EMPTY;
        }
        Arrays.fill(singles, EMPTY);
        int next = 0;
        for (Map.Entry<String, Integer> e : features) {
            char[] key = e.getKey().toCharArray();
            int h = hash(key, key.length);
            int slot = h & mask;
            while (slots[slot * SLOT + 1] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot * SLOT] = h;
            slots[slot * SLOT + 1] = e.getValue();
            slots[slot * SLOT + 2] = next;
            slots[slot * SLOT + 3] = key.length;
            System.arraycopy(key, 0, keys, next, key.length);
            next += key.length;
            int single = single(key, key.length);
            if (single >= 0) {
                singles[single] = e.getValue();
            }
        }
    }

    /** The id of the feature {@code chars[0, length)}, or -1 when the model does not know it. */
    int idOf(char[] chars, int length) {
        int single = single(chars, length);
        if (single >= 0) {
            return singles[single];
        }
        int h = hash(chars, length);
        for (int slot = h & mask; slots[slot * SLOT + 1] != EMPTY; slot = (slot + 1) & mask) {
            int at = slot * SLOT;
            if (slots[at] == h && slots[at + 3] == length && same(slots[at + 2], chars, length)) {
                return slots[at + 1];
            }
        }
        return -1;
    }

    /** The index in {@link #singles} of a template letter and one character, or -1 for any other feature. */
    private static int single(char[] chars, int length) {
        int template = chars[0] - FIRST_SINGLE;
        return length == 2 && template >= 0 && template < SINGLES ? template << 16 | chars[1] : -1;
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

    /** String's hash of the characters, its bits then spread so that neighbouring slots differ. */
    private static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
