package org.localkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinGlossesTest {
    @Test
    void aTonedSyllableInBracketsAfterACharacterIsAGlossAndGoes() {
        PinyinGlosses g = PinyinGlosses.strip("東城產(chǎn)業(yè)園開工（kāi）了");
        assertEquals("東城產業園開工了", g.text());
        assertEquals(List.of(new PinyinGlosses.Gloss(3, "(chǎn)"), new PinyinGlosses.Gloss(4, "(yè)"),
                new PinyinGlosses.Gloss(7, "（kāi）")), g.glosses());
    }

    @Test
    void lettersWithoutATonedVowelOrAfterNoCharacterAreText() {
        for (String text : List.of("保稅物流中心(B型)", "每台(kg)計", "產能(capacity)", "見圖 (yè)", "某公司(天津)有限公司")) {
            assertEquals(text, PinyinGlosses.strip(text).text());
        }
    }

    @Test
    void aSpanAsPrintedHasTheGlossesInsideItButNotTheOneAfterItsLastCharacter() {
        PinyinGlosses g = PinyinGlosses.strip("在東城經(jīng)濟(jì)開發(fā)區(qū)簽約");
        int start = g.text().indexOf("東城"), end = g.text().indexOf("簽約");
        assertEquals("東城經(jīng)濟(jì)開發(fā)區", g.asPrinted(start, end));
        assertEquals("東城", g.asPrinted(start, start + 2));
    }

    @Test
    void aPageReadsWithoutGlossesAndItsBodyStartsWhereItsTextSays() {
        String page = "東城產(chǎn)業(yè)園迎來新項(xiàng)目\n\n"
                + "本報訊 昨天，東城產(chǎn)業(yè)園舉行項(xiàng)目集中開工儀式，某某新材料有限公司年產5萬噸膜材料項(xiàng)目等十個項(xiàng)目開工，總投資二十億元。\n";
        Article a = PageSplitter.split(page).get(0);
        assertEquals(List.of("東城產業園迎來新項目"), a.title());
        assertEquals("東城產業園迎來新項目\n", a.text().substring(0, a.bodyStart()));
        assertEquals("本報訊 昨天，東城產業園舉行項目集中開工儀式", a.text().substring(a.bodyStart(), a.text().indexOf('，', a.bodyStart() + 7)));
        int s = a.text().indexOf("某某"), e = a.text().indexOf("等十個");
        assertEquals("某某新材料有限公司年產5萬噸膜材料項(xiàng)目", a.asPrinted(s, e));
    }

    /** The gloss pattern, with a look-ahead of the bracket before its look-behind, finds what it found without. */
    @Test
    void theGlossPatternFindsWhatItFoundWithoutTheLookAhead() {
        String toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
        java.util.regex.Pattern before = java.util.regex.Pattern.compile(
                "(?<=\\p{IsHan})[(（](?=[a-zü]*[" + toned + "])[a-zü" + toned + "]{1,7}[)）]");
        List<String> sentences = List.of("项(xiàng)目", "某（mǒu）地 (a) 甲(jiǎ)乙(yi)", "𠀀(xiàng)", "((xiàng)", "A(xiàng)");
        List<String> pieces = List.of("项", "目", "A", " ", "(", "（", ")", "）", "xiàng", "mǒu", "lǚ", "ya", "ü", "𠀀");
        int matches = org.localkg.testing.SameMatches.assertSame(before, PinyinGlosses.GLOSS, sentences, pieces, 100000);
        org.junit.jupiter.api.Assertions.assertTrue(matches > 100, matches + " matches compared");
    }
}
