package org.localkg.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import org.localkg.resolve.Divisions;

/**
 * The shorter names a text uses for an organisation or park it has named in full: the full name
 * without its region (常州某某科技有限公司 → 某某科技有限公司), without its legal form (某某科技),
 * without its industry words (某某). Only forms that still name something are offered.
 */
public final class ShortNames {
    private ShortNames() {}

    public static Set<String> of(String fullName, EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        String s = stripRegion(fullName.replaceAll("[(（][^)）]{1,6}[)）]", ""));
        if (!s.equals(fullName) && keep(s, type)) {
            out.add(s);
        }
        if (type == EntityType.ORGANIZATION) {
            out.removeIf(x -> x.length() < 4);
            return out;
        }
        if (type == EntityType.ENTERPRISE) {
            String legal = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(s, s.length());
            if (legal != null && legal.length() < s.length()) {
                s = s.substring(0, s.length() - legal.length());
                if (keep(s, type)) {
                    out.add(s);
                }
            }
            for (String tail; (tail = Lexicons.INDUSTRY.suffixAt(s, s.length())) != null && tail.length() < s.length(); ) {
                s = s.substring(0, s.length() - tail.length());
                if (keep(s, type)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The name without the region names it opens with (江苏常州… → …). */
    public static String stripRegion(String name) {
        String s = name;
        for (String r; (r = Divisions.get().regionAt(s, 0)) != null && r.length() < s.length(); ) {
            s = s.substring(r.length());
        }
        return s;
    }

    private static boolean keep(String s, EntityType type) {
        if (s.length() < 2 || Divisions.get().isPlace(s) || Lexicons.STOP_WORDS.contains(s)
                || Lexicons.INDUSTRY.contains(s) || Lexicons.GENERIC.contains(s)) {
            return false;
        }
        if (type == EntityType.PARK) {
            String suffix = Lexicons.PARK_SUFFIXES.suffixAt(s, s.length());
            String part = suffix == null ? s : s.substring(0, s.length() - suffix.length());
            return s.length() >= 3 && !NameChecks.specific(part).isEmpty();
        }
        return !NameChecks.specific(s).isEmpty();
    }
}
