package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.localkg.ingest.Article;
import org.localkg.nlp.HalfWidth;
import org.localkg.nlp.Segmenter;
import org.localkg.nlp.Token;
import org.localkg.nlp.ner.NerModel;
import org.localkg.nlp.ner.NerSpan;

/**
 * An article's text as the recognisers read it: the original (which offsets point into) and a
 * view of the same length with full-width punctuation, digits and letters made half-width and
 * traditional characters made simplified, so that rules see one form of each mark and word. Tokens come from the segmenter, on the view.
 */
public final class ArticleText {
    private final Article article;
    private final String original;
    private final String view;
    private final List<Token> tokens;
    private final int[] tokenAt;
    private final Segmenter segmenter;
    private List<NerSpan> learned;

    public ArticleText(Article article, Segmenter segmenter) {
        this.article = article;
        this.segmenter = segmenter;
        this.original = article.text();
        // half-width marks and simplified characters: the rules read one form (a reposted page may be in
        // traditional characters); names are still taken from the original, as printed
        this.view = listLinesJoined(segmenter.simplified(HalfWidth.of(original)));
        this.tokens = SegmentRepairs.apply(view, segmenter.segment(view));
        this.tokenAt = new int[view.length() + 1];
        java.util.Arrays.fill(tokenAt, -1);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (int p = t.start(); p < t.end() && p < tokenAt.length; p++) {
                tokenAt[p] = i;
            }
        }
    }

    /**
     * {@code view} with a line break that follows 、 or a dash (甲、⏎乙、⏎丙等24个项目; 签约的有——⏎甲) read as
     * a space: a page that sets a list one item to a line still writes one sentence, and its breaks end
     * neither the list nor the sentence. Same length, so offsets stay.
     */
    static String listLinesJoined(String view) {
        char[] c = view.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] != '\n' && c[i] != '\r') {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && (c[k] == ' ' || c[k] == '\r')) {
                k--;
            }
            if (k >= 0 && (c[k] == '、' || c[k] == '—' || c[k] == '\u2015')) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    /**
     * The learned recogniser's mentions (people, companies, government bodies, organisations,
     * posts), tagged sentence by sentence on first use.
     */
    public List<NerSpan> learnedMentions() {
        if (learned == null) {
            List<NerSpan> out = new ArrayList<>();
            NerModel model = NerModel.shipped();
            Token[] words = NerModel.wordsByChar(view.length(), tokens);
            int start = 0;
            for (int i = 0; i <= view.length(); i++) {
                if (i == view.length() || endsSentenceAt(view, i)) {
                    for (NerSpan n : model.tag(view, start, i, words)) {
                        NerSpan trimmed = withoutStrayMarks(view, n);
                        if (trimmed != null) {
                            out.add(trimmed);
                        }
                    }
                    start = i + 1;
                }
            }
            learned = List.copyOf(out);
        }
        return learned;
    }

    private static final String OPENING = "(（[【“‘《「";
    private static final String CLOSING = ")）]】”’》」";

    /**
     * {@code n} without a bracket or quote at its edge that it does not close or open: a name never
     * opens with a bracket it leaves open (a sentence's first character, (某某, where the model has no
     * context before it). Null when nothing is left.
     */
    static NerSpan withoutStrayMarks(String text, NerSpan n) {
        int start = n.start();
        int end = n.end();
        while (start < end) {
            int k = OPENING.indexOf(text.charAt(start));
            int close = k < 0 ? -1 : text.indexOf(CLOSING.charAt(k), start + 1);
            if (k < 0 || close >= 0 && close < end) {
                break;
            }
            start++;
        }
        while (end > start) {
            int k = CLOSING.indexOf(text.charAt(end - 1));
            if (k < 0 || text.lastIndexOf(OPENING.charAt(k), end - 2) >= start) {
                break;
            }
            end--;
        }
        if (start == n.start() && end == n.end()) {
            return n;
        }
        return start < end ? new NerSpan(start, end, n.kind()) : null;
    }

    public Article article() {
        return article;
    }

    public String original() {
        return original;
    }

    /** The half-width view; same length and offsets as the original. */
    public String view() {
        return view;
    }

    public int length() {
        return view.length();
    }

    public char charAt(int i) {
        return view.charAt(i);
    }

    public String slice(int start, int end) {
        return view.substring(start, end);
    }

    /** The original characters of a span, for labels as printed. */
    public String originalSlice(Span s) {
        return original.substring(s.start(), s.end());
    }

    /** The segmenter's dictionary tags for a word; empty when the dictionary does not know it. */
    public java.util.Set<String> dictionaryTags(String word) {
        return segmenter.dictionaryTags(word);
    }

    /** How often the segmenter's dictionary saw a word; 0 when it does not know it. */
    public int dictionaryFrequency(String word) {
        return segmenter.dictionaryFrequency(word);
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The token covering offset {@code i}, or null. */
    public Token tokenAt(int i) {
        if (i < 0 || i >= view.length() || tokenAt[i] < 0) {
            return null;
        }
        return tokens.get(tokenAt[i]);
    }

    public boolean isTokenBoundary(int i) {
        Token t = tokenAt(i);
        return t == null || t.start() == i;
    }

    /** 和, 与 or 及 stands at {@code i} as a word of its own (not 和平, 参与, 及时). */
    public boolean conjunctionWordAt(int i) {
        Token t = tokenAt(i);
        return t != null && t.start() == i && t.end() == i + 1 && "和与及".indexOf(view.charAt(i)) >= 0;
    }

    /**
     * 和, 与 or 及 at {@code i} ends a word the segmenter guessed to be a person's name (丁陶大道南延和|: 南延和/nr): where
     * a count says two items are joined, the conjunction it fused into the guess.
     */
    public boolean conjunctionInGuessedNameAt(int i) {
        Token t = tokenAt(i);
        return t != null && t.end() == i + 1 && t.start() < i && t.tag().startsWith("nr") && "和与及".indexOf(view.charAt(i)) >= 0;
    }

    /** A person's name the segmenter guessed and its dictionary does not know (嘉德秋/nr, 区金达/nr, 车览/nr). */
    public boolean guessedName(Token t) {
        return t.tag().startsWith("nr") && dictionaryTags(t.text()).isEmpty();
    }

    /**
     * Whether a name may begin or end at {@code i}: where a word begins, or inside a name the segmenter guessed
     * (嘉德|秋拍 read 嘉德秋, 合作|区金达|木业 read 区金达): such a guess takes in a neighbouring character.
     */
    public boolean nameEdgeAt(int i) {
        if (isTokenBoundary(i)) {
            return true;
        }
        Token guess = tokenAt(i);
        return guess != null && guessedName(guess);
    }

    /** Marks that end a clause or separate list items; quotes, brackets and & are not among them. */
    public static boolean isBreak(char c) {
        return ",.;:!?，。；：！？、\n\r\t —…·|/<>=".indexOf(c) >= 0 || c == '\u2014' || c == '\u2015';
    }

    public static boolean isSentenceEnd(char c) {
        return "。！？!?;；\n".indexOf(c) >= 0;
    }

    /**
     * Whether the character at {@code i} of {@code text} ends a sentence. A ? that opens a pinyin gloss whose
     * bracket it replaced (总?cè)) stands for what a page's encoding lost, not for a question: the sentence goes on.
     */
    private static boolean endsSentenceAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '?' && LOST_GLOSS.matcher(text).region(i + 1, Math.min(text.length(), i + 9)).lookingAt()) {
            return false;
        }
        return isSentenceEnd(c);
    }

    /** A pinyin syllable in lower case, tone marks and all, and the bracket that closes a gloss: cè), chǎn). */
    private static final java.util.regex.Pattern LOST_GLOSS = java.util.regex.Pattern.compile("[a-zà-ǜ]{1,6}[)）]");

    public static boolean isHan(char c) {
        return HanScript.CHARS.get(c);
    }

    /**
     * Which characters are of the Han script, read once: {@link Character.UnicodeScript#of} searches a table of
     * ranges on every call, and the rules ask it of every character they walk over.
     */
    private static final class HanScript {
        static final java.util.BitSet CHARS = new java.util.BitSet(Character.MAX_VALUE + 1);

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    CHARS.set(c);
                }
            }
        }
    }

    /** The sentence holding offset {@code i}: from after the previous 。！？; or line break to the next. */
    public Span sentenceAt(int i) {
        int s = i;
        while (s > 0 && !endsSentenceAt(view, s - 1)) {
            s--;
        }
        int e = i;
        while (e < view.length() && !endsSentenceAt(view, e)) {
            e++;
        }
        if (e < view.length() && view.charAt(e) != '\n') {
            e++;
        }
        return new Span(s, e);
    }

    /** The paragraph (line) holding offset {@code i}. */
    public Span paragraphAt(int i) {
        int s = view.lastIndexOf('\n', Math.max(0, i - 1)) + 1;
        if (i == 0) {
            s = 0;
        }
        int e = view.indexOf('\n', i);
        return new Span(s, e < 0 ? view.length() : e);
    }

    /** The start of the clause holding offset {@code i}: after the previous break mark. */
    public int clauseStart(int i) {
        int s = i;
        while (s > 0 && !isBreak(view.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** Every offset where {@code word} occurs. */
    public List<Integer> indexesOf(String word) {
        List<Integer> out = new ArrayList<>();
        for (int i = view.indexOf(word); i >= 0; i = view.indexOf(word, i + 1)) {
            out.add(i);
        }
        return out;
    }

    public boolean inTitle(int offset) {
        int titleEnd = 0;
        for (String t : article.title()) {
            titleEnd += t.length() + 1;
        }
        return offset < titleEnd;
    }
}
