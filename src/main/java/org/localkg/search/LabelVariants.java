package org.localkg.search;

import com.hankcs.hanlp.HanLP;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localkg.resolve.Divisions;
import org.localkg.resolve.Names;

/**
 * The forms of a Chinese name two datasets may write differently, each with how much a match on
 * it says: the name as written (full/half width, quotes and spaces aside) 1.0; in simplified
 * characters 0.98; without its legal form (有限公司, 股份有限公司, 集团…) 0.92; without the regions
 * it opens with (江苏省常州市…) 0.88.
 */
public final class LabelVariants {
    static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司",
            "有限公司", "集团公司", "股份公司", "集团");

    private LabelVariants() {}

    /** Variant → weight, strongest first; never a variant shorter than two characters. */
    public static Map<String, Double> of(String name) {
        Map<String, Double> out = new LinkedHashMap<>();
        String key = Names.key(name);
        put(out, key, 1.0);
        String simplified = HanLP.convertToSimplifiedChinese(key);
        put(out, simplified, 0.98);
        String core = simplified;
        for (String form : LEGAL_FORMS) {
            if (core.endsWith(form) && core.length() > form.length() + 1) {
                core = core.substring(0, core.length() - form.length());
                put(out, core, 0.92);
                break;
            }
        }
        for (String v : List.of(simplified, core)) {
            String rest = v;
            for (int i = 0; i < 3; i++) {
                String region = Divisions.get().regionAt(rest, 0);
                if (region == null || region.length() >= rest.length() - 1) {
                    break;
                }
                rest = rest.substring(region.length());
                put(out, rest, 0.88);
            }
        }
        return out;
    }

    private static void put(Map<String, Double> out, String v, double w) {
        if (v.codePointCount(0, v.length()) >= 2) {
            out.merge(v, w, Math::max);
        }
    }

    /** How much two names agree: the weaker weight of their best shared variant, 0 when none is shared. */
    public static double agreement(String a, String b) {
        Map<String, Double> va = of(a), vb = of(b);
        double best = 0;
        for (var e : va.entrySet()) {
            Double w = vb.get(e.getKey());
            if (w != null) {
                best = Math.max(best, Math.min(w, e.getValue()));
            }
        }
        return best;
    }
}
