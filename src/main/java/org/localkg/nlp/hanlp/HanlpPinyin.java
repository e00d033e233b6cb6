package org.localkg.nlp.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.List;
import org.localkg.nlp.Transliterator;

/** Pinyin without tones from HanLP's dictionary; other letters and digits kept as ASCII. */
public final class HanlpPinyin implements Transliterator {
    private static final HanlpPinyin INSTANCE = new HanlpPinyin();

    private HanlpPinyin() {}

    public static HanlpPinyin get() {
        return INSTANCE;
    }

    @Override
    public String toAscii(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Pinyin> pinyin = HanLP.convertToPinyinList(s);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    b.append(Character.toLowerCase(c));
                }
                continue;
            }
            Pinyin p = i < pinyin.size() ? pinyin.get(i) : null;
            if (p != null && p != Pinyin.none5) {
                b.append(p.getPinyinWithoutTone().replace("ü", "v"));
            }
        }
        return b.toString();
    }
}
