package org.localkg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a name is, as division codes (国家统计局's: 32 江苏, 3204 常州, 320412 武进): the place a
 * name opens with, and the place an article is in. Codes nest by prefix, so a place and the
 * places it is part of are the code and its prefixes.
 */
public final class Places {
    private Places() {}

    /** The place names {@code name} opens with (常州市武进区…: 常州市, 武进区), as written. */
    public static List<String> leading(String name) {
        List<String> chain = new ArrayList<>();
        int at = 0;
        for (String r; (r = Divisions.get().regionAt(name, at)) != null && at + r.length() < name.length(); at += r.length()) {
            chain.add(r);
        }
        return chain;
    }

    /**
     * The code of the innermost place {@code name} opens with, or null: within {@code context} (a
     * code, or null) when the place's name is shared (鼓楼); a name shared and not settled by the
     * context is kept as written, prefixed so it can be no code.
     */
    public static String of(String name, String context) {
        List<String> chain = leading(name);
        if (chain.isEmpty()) {
            return null;
        }
        String inner = chain.get(chain.size() - 1);
        String within = chain.size() > 1 ? codeOf(chain.get(chain.size() - 2), context) : context;
        String code = codeOf(inner, within);
        return code != null ? code : "~" + inner;
    }

    /** The part of {@code name} after the places it opens with. */
    public static String afterPlaces(String name) {
        int at = 0;
        for (String r : leading(name)) {
            at += r.length();
        }
        return name.substring(at);
    }

    /** {@code code} and the codes of the places it is part of, nearest first (320412, 3204, 32). */
    public static List<String> withWider(String code) {
        List<String> out = new ArrayList<>();
        out.add(code);
        if (!code.startsWith("~")) {
            for (int len : new int[] {4, 2}) {
                if (code.length() > len) {
                    out.add(code.substring(0, len));
                }
            }
        }
        return out;
    }

    /** Whether two places are one or one lies within the other (3204 and 320412). */
    public static boolean nested(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.startsWith("~") || b.startsWith("~")) {
            return a.equals(b); // a shared name, unsettled: only the same name
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    /**
     * The place an article is in: the paper's region from its metadata when given, else the place
     * the article names most often (towns aside), else the one its page names most often, else
     * null. Ties go to the place named first.
     */
    public static String ofArticle(String metadataRegion, String articleText, String pageText) {
        return ofArticleOrPage(metadataRegion, articleText, () -> mostNamed(pageText));
    }

    /**
     * As {@link #ofArticle(String, String, String)}, with the page's place asked only when the
     * article names none: a page of many articles reads its whole text once, not once per article.
     */
    public static String ofArticleOrPage(String metadataRegion, String articleText, java.util.function.Supplier<String> pagePlace) {
        if (metadataRegion != null && !metadataRegion.isBlank()) {
            String code = codeOf(Names.key(metadataRegion), null);
            if (code != null) {
                return code;
            }
        }
        String named = mostNamed(articleText);
        return named != null ? named : pagePlace.get();
    }

    /** The place (county, city or province) {@code text} names most often, or null; ties go to the first named. */
    public static String mostNamed(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); ) {
            String r = Divisions.get().regionAt(text, i);
            if (r == null) {
                i++;
                continue;
            }
            String code = codeOf(r, null);
            if (code != null) {
                counts.merge(code, 1, Integer::sum);
            }
            i += r.length();
        }
        String best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static String codeOf(String region, String context) {
        String contextName = context == null ? null : Divisions.get().byCode(context).map(Divisions.Division::name).orElse(null);
        return Divisions.get().uniqueRegion(region, contextName).map(Divisions.Division::code).orElse(null);
    }
}
