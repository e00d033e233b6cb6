package org.localkg.nlp.ner;

import org.localkg.nlp.Token;

/**
 * The features of one character, written into a {@link FeatureSink}: the one place that says what
 * they are, so that training (Strings, for HanLP's feature map) and tagging (ids looked up from
 * the characters) agree. The characters two either side, alone and in pairs; their coarse
 * classes; and the segmenter's word there: its length class, its part of speech and its
 * neighbours'. Changing any of them (or their order) changes what the shipped model means.
 */
final class CharFeatures {
    static final char BEGIN = '\u0002';
    static final char END = '\u0003';
    private static final String BEGIN_WORD = String.valueOf(BEGIN);
    private static final String END_WORD = String.valueOf(END);

    private CharFeatures() {}

    /**
     * Writes the features of character {@code i} of {@code text[from, to)}.
     *
     * @param words the token covering each character of {@code text}, or null where none does
     * @param known the {@link NameGazetteer} feature of the character, or null
     */
    static void write(String text, int from, int to, Token[] words, int i, String known, FeatureSink f) {
        char c0 = ch(text, from, to, i);
        char p1 = ch(text, from, to, i - 1);
        char p2 = ch(text, from, to, i - 2);
        char n1 = ch(text, from, to, i + 1);
        char n2 = ch(text, from, to, i + 2);
        f.begin('a').add(p2).end();
        f.begin('b').add(p1).end();
        f.begin('c').add(c0).end();
        f.begin('d').add(n1).end();
        f.begin('e').add(n2).end();
        f.begin('f').add(p2).add(p1).end();
        f.begin('g').add(p1).add(c0).end();
        f.begin('h').add(c0).add(n1).end();
        f.begin('i').add(n1).add(n2).end();
        f.begin('j').add(p1).add(n1).end();
        f.begin('k').add(kind(text, from, to, i - 1)).add(kind(text, from, to, i)).add(kind(text, from, to, i + 1)).end();
        Token w = words[i];
        if (w == null) {
            f.begin('l').add('x').end();
        } else {
            word(w, from, to, words, i, f);
        }
        if (known != null) {
            f.whole(known);
        }
    }

    /** The features of the segmenter's word {@code w} covering character {@code i}. */
    static void word(Token w, int from, int to, Token[] words, int i, FeatureSink f) {
        char position = w.text().length() == 1 ? 'S' : i == w.start() ? 'B' : i == w.end() - 1 ? 'E' : 'M';
        String pos = w.tag();
        f.begin('l').add(position).add(pos).end();
        f.begin('m').add(position).add(w.text().length() > 4 ? ">" : w.text()).end();
        Token prev = w.start() - 1 >= from ? words[w.start() - 1] : null;
        Token next = w.end() < to ? words[w.end()] : null;
        String prevWord = prev == null ? BEGIN_WORD : prev.text();
        String nextWord = next == null ? END_WORD : next.text();
        String prevPos = prev == null ? BEGIN_WORD : prev.tag();
        String nextPos = next == null ? END_WORD : next.tag();
        f.begin('n').add(position).add(prevWord).end();
        f.begin('o').add(position).add(nextWord).end();
        f.begin('p').add(position).add(prevPos).add('|').add(pos).add('|').add(nextPos).end();
        f.begin('q').add(position).add(pos).add(nextWord).end();
        f.begin('r').add(position).add(prevWord).add(pos).end();
    }

    private static char ch(String text, int from, int to, int i) {
        if (i < from) {
            return BEGIN;
        }
        if (i >= to) {
            return END;
        }
        return text.charAt(i);
    }

    /** {@link #kindOf} of every char, worked out once: it is asked three times a character. */
    private static final char[] KINDS = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KINDS[c] = kindOf((char) c);
        }
    }

    /** {@link #kindOf} of {@code c}, from the table. */
    static char kind(char c) {
        return KINDS[c];
    }

    /** The class of character {@code i}, or '#' outside the stretch. */
    private static char kind(String text, int from, int to, int i) {
        return i < from || i >= to ? '#' : KINDS[text.charAt(i)];
    }

    /** A coarse class of the character: Han, digit, Latin letter, punctuation, other. */
    private static char kindOf(char c) {
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
