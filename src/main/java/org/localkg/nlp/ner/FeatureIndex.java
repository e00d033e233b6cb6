package org.localkg.nlp.ner;

import java.util.Arrays;
import java.util.Map;

/**
 * The model's feature ids, looked up by a feature's characters in a buffer: an open-addressing
 * hash table over primitive arrays, the keys' characters in one array. HanLP keeps the ids in a
 * double-array trie walked over each string's UTF-8 bytes, and a {@code HashMap<String, Integer>}
 * needs a String per feature: building and hashing those took a third of the recogniser's time.
 * A hit compares the characters, so an id is found exactly when the feature is the model's.
 * Immutable; look-ups are thread-safe.
 */
final class FeatureIndex {
    private static final int EMPTY = -1;
    private final int mask;
    private final int[] hashes;
    private final int[] ids;
    private final int[] starts;
    private final int[] lengths;
    private final char[] keys;

    FeatureIndex(Iterable<Map.Entry<String, Integer>> features) {
        int count = 0;
        int chars = 0;
        for (Map.Entry<String, Integer> e : features) {
            count++;
            chars += e.getKey().length();
        }
        int slots = Integer.highestOneBit(Math.max(4, count * 2) - 1) << 1; // a power of two, at most half full
        mask = slots - 1;
        hashes = new int[slots];
        ids = new int[slots];
        starts = new int[slots];
        lengths = new int[slots];
        keys = new char[chars];
        Arrays.fill(ids, EMPTY);
        int next = 0;
        for (Map.Entry<String, Integer> e : features) {
            char[] key = e.getKey().toCharArray();
            int h = hash(key, key.length);
            int slot = h & mask;
            while (ids[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = h;
            ids[slot] = e.getValue();
            starts[slot] = next;
            lengths[slot] = key.length;
            System.arraycopy(key, 0, keys, next, key.length);
            next += key.length;
        }
    }

    /** The id of the feature {@code chars[0, length)}, or -1 when the model does not know it. */
    int idOf(char[] chars, int length) {
        int h = hash(chars, length);
        for (int slot = h & mask; ids[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && lengths[slot] == length && same(starts[slot], chars, length)) {
                return ids[slot];
            }
        }
        return -1;
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
