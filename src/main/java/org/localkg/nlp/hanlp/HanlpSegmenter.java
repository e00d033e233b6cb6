package org.localkg.nlp.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.localkg.nlp.Segmenter;
import org.localkg.nlp.Token;

/**
 * HanLP's Viterbi segmenter with Chinese, transliterated and Japanese person-name recognition
 * and offsets on. HanLP's configuration is global and not thread-safe, so it is set once here;
 * segmenting with the configured segment is thread-safe.
 */
public final class HanlpSegmenter implements Segmenter {
    private static final HanlpSegmenter INSTANCE = new HanlpSegmenter();

    private final Segment segment;

    private HanlpSegmenter() {
        // HanLP logs through java.util.logging at INFO while loading dictionaries; keep it quiet.
        Logger.getLogger("HanLP").setLevel(Level.WARNING);
        HanLP.Config.ShowTermNature = true;
        segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOffset(true);
    }

    public static HanlpSegmenter get() {
        return INSTANCE;
    }

    @Override
    public java.util.Set<String> dictionaryTags(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (a == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> tags = new java.util.HashSet<>();
        for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature) {
            tags.add(n.toString());
        }
        return tags;
    }

    /** Character by character, keeping the text's length and offsets ({@link SimplifiedChars}). */
    @Override
    public String simplified(String text) {
        return SimplifiedChars.of(text);
    }

    @Override
    public int dictionaryFrequency(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        return a == null ? 0 : a.totalFrequency;
    }

    @Override
    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term t : terms) {
            tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
        }
        return tokens;
    }
}
