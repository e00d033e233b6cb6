package org.localkg.nlp.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP's own named-entity recognition, the yardstick for the speed of our extraction: its
 * standard segmenter ({@code HanLP.newSegment()}, the Viterbi segmenter) with person, place and
 * organisation recognition enabled, everything else at HanLP's defaults (transliterated names
 * on, Japanese names and offsets off). That is the configuration HanLP documents for finding
 * names; our own segmenter ({@link HanlpSegmenter}) leaves place and organisation recognition
 * off, since our recognisers find those, so the two are measured apart.
 */
public final class HanlpNer {
    private static final Segment SEGMENT = newSegment();

    private HanlpNer() {}

    private static Segment newSegment() {
        HanlpSegmenter.get(); // HanLP's global settings (quiet logging, term natures) made once, there
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
    }

    /**
     * The number of names (person, place and organisation terms) HanLP finds in {@code text}:
     * a result the caller can keep, so that a benchmark's loop is not optimised away.
     */
    public static int names(String text) {
        int names = 0;
        for (Term t : SEGMENT.seg(text)) {
            String nature = t.nature == null ? "" : t.nature.toString();
            if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt")) {
                names++;
            }
        }
        return names;
    }
}
