package org.localkg.search;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's analysis of Chinese names as overlapping character pairs (CJK bigrams), after
 * removing quotation marks and spaces and folding full- and half-width forms. A query of any
 * two or more characters of a name is then a phrase of its pairs, so every substring finds the
 * name. A word segmenter (smartcn) would lose the substrings that cross its word boundaries:
 * 进高新 in 武进高新区, which it splits 武进|高新区.
 */
public final class LabelAnalyzer extends Analyzer {
    /** What {@link org.localkg.resolve.Names#key} drops too, so "两湖"创新区 reads as 两湖创新区. */
    static final Pattern IGNORED = Pattern.compile("[\\s\u3000“”„‟「」『』＂\"'‘’《》〈〉]+");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(IGNORED, "", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
