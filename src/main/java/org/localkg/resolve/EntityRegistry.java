package org.localkg.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities one run (or one store) has seen, so that the names an article uses resolve to
 * the entity already known: an exact name or alias, a name without its place in that place
 * ({@link NameClaim}), or, within one place, a spelling variant of a long park or project name
 * (长三角低碳循环创新研谷, …创新谷, …研创谷; 江苏理工学院X楼 and 江理工X楼): an edit of a character or
 * two is no evidence across places. A variant takes the key of the first spelling seen, so in a
 * store the key depends on what was ingested first; files are ingested in sorted order to keep
 * runs repeatable.
 */
public final class EntityRegistry {
    /** Names shorter than this are never matched as variants. */
    static final int VARIANT_MIN_LENGTH = 8;

    /** What a form of a wider place maps to once two entities claim it. */
    private static final String AMBIGUOUS = "";

    private final Map<String, String> canonicalByName = new HashMap<>();
    /** Forms of wider places ({@link NameClaim#wider}), apart: what they may mean, not names. */
    private final Map<String, String> canonicalByWiderForm = new HashMap<>();
    /** Long names by their first character: variants share it, so only those are compared. */
    private final Map<Character, List<String>> longNamesByFirstChar = new HashMap<>();
    /** The place of each long name's entity, where known: variants match only within a place. */
    private final Map<String, String> placeOfLongName = new HashMap<>();

    private boolean seeded;

    /**
     * Marks the registry as taught the names of the store it writes to; true the first time only,
     * so that a registry kept across many ingests (a server's) reads the store's names once.
     */
    public boolean markSeeded() {
        boolean first = !seeded;
        seeded = true;
        return first;
    }

    /** Records a name (normalised) as known under a canonical key. */
    public void register(String name, String canonicalKey) {
        put(name, canonicalKey, null);
    }

    /** Records what a claim of an entity stored before (its labels) says, under its canonical key. */
    public void register(NameClaim claim, String canonicalKey) {
        record(claim, canonicalKey);
    }

    private void put(String prefixedName, String canonicalKey, String place) {
        if (canonicalByName.putIfAbsent(prefixedName, canonicalKey) == null) {
            String bare = prefixedName.substring(prefixedName.indexOf('|') + 1);
            if (bare.length() >= VARIANT_MIN_LENGTH && !bare.startsWith("@")) { // names as written, not their qualified forms
                longNamesByFirstChar.computeIfAbsent(bare.charAt(0), k -> new java.util.ArrayList<>()).add(prefixedName);
                if (place != null) {
                    placeOfLongName.put(prefixedName, place);
                }
            }
        }
    }

    /** A form of a wider place: kept while one entity claims it, void once two do. */
    private void putWider(String form, String canonicalKey) {
        String before = canonicalByWiderForm.putIfAbsent(form, canonicalKey);
        if (before != null && !before.equals(canonicalKey)) {
            canonicalByWiderForm.put(form, AMBIGUOUS);
        }
    }

    private String known(String form) {
        return canonicalByName.get(form);
    }

    private String knownAsWider(String form) {
        String found = canonicalByWiderForm.get(form);
        return found == null || found.equals(AMBIGUOUS) ? null : found;
    }

    /** The canonical key for a claim; a contextual claim is its own, and teaches the registry nothing. */
    public String resolve(NameClaim claim) {
        if (claim.contextual()) {
            return claim.key();
        }
        String found = known(claim.key());
        for (int i = 0; found == null && i < claim.names().size(); i++) {
            found = known(claim.prefix() + claim.names().get(i));
        }
        // 武进X园 in 常州 is 常州X园 or the X园 of an article in 常州; X园 in an article in 武进 is too
        for (int i = 0; found == null && i < claim.wider().size(); i++) {
            found = known(claim.prefix() + claim.wider().get(i));
        }
        // X园 in an article in 常州 is 武进X园, while no other X园 of 常州 is known
        for (int i = 0; found == null && i < claim.names().size(); i++) {
            String n = claim.names().get(i);
            found = n.startsWith("@") ? knownAsWider(claim.prefix() + n) : null;
        }
        if (found == null && claim.variantsAllowed()) {
            found = variantOf(claim.prefix(), claim.names(), claim.place());
        }
        String canonical = found != null ? found : claim.key();
        record(claim, canonical);
        return canonical;
    }

    private void record(NameClaim claim, String canonical) {
        put(claim.key(), canonical, claim.place());
        for (String n : claim.names()) {
            put(claim.prefix() + n, canonical, claim.place());
        }
        for (String w : claim.wider()) {
            putWider(claim.prefix() + w, canonical);
        }
    }

    /**
     * The canonical key a key was resolved to, or null if it never was. Once a key is resolved
     * its canonical key never changes, so this is what every later {@link #resolve} of it returns.
     */
    public String canonicalOf(String key) {
        return canonicalByName.get(key);
    }

    /**
     * The canonical key for an entity with this key and these other names, and no place: a known
     * one when any name matches, else the entity's own key, which is then registered for later.
     *
     * @param variantsAllowed whether spelling variants may match (parks and projects); without a
     *                        place none do
     */
    public String resolve(String key, String prefix, List<String> names, boolean variantsAllowed) {
        return resolve(new NameClaim(key, prefix, names, variantsAllowed));
    }

    private String variantOf(String prefix, List<String> names, String place) {
        if (place == null) {
            return null; // an edit of a character or two is no evidence across places
        }
        for (String n : names) {
            if (n.length() < VARIANT_MIN_LENGTH || n.startsWith("@")) {
                continue;
            }
            for (String k : longNamesByFirstChar.getOrDefault(n.charAt(0), List.of())) {
                if (k.startsWith(prefix) && Places.nested(place, placeOfLongName.get(k)) && isVariant(n, k.substring(prefix.length()))) {
                    return known(k);
                }
            }
        }
        return null;
    }

    /**
     * Two long names are spellings of one: the same opening and ending with at most two
     * characters added, dropped or swapped, or one is an abbreviation of the other sharing a
     * long ending (江苏理工学院… / 江理工…).
     */
    static boolean isVariant(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < VARIANT_MIN_LENGTH) {
            return false;
        }
        int suffix = commonSuffix(a, b);
        if (suffix >= 8 && suffix >= 0.75 * Math.min(a.length(), b.length()) && a.length() != b.length()) {
            // an abbreviation keeps characters of the full opening in order: 江理工 of 江苏理工学院
            String shortOpening = (a.length() < b.length() ? a : b).substring(0, Math.min(a.length(), b.length()) - suffix);
            String longOpening = (a.length() < b.length() ? b : a).substring(0, Math.max(a.length(), b.length()) - suffix);
            // two characters at least: 泰 is no abbreviation of 泰源润
            if (shortOpening.length() >= 2 && shortOpening.charAt(0) == longOpening.charAt(0) && subsequence(shortOpening, longOpening)) {
                return true;
            }
        }
        if (Math.abs(a.length() - b.length()) > 2 || a.charAt(a.length() - 1) != b.charAt(b.length() - 1)
                || !a.substring(0, 4).equals(b.substring(0, 4))) {
            return false;
        }
        return charDice(a, b) >= 0.9;
    }

    private static boolean subsequence(String shorter, String longer) {
        int i = 0;
        for (int k = 0; k < longer.length() && i < shorter.length(); k++) {
            if (longer.charAt(k) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static double charDice(String a, String b) {
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : a.toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        int common = 0;
        for (char c : b.toCharArray()) {
            Integer n = counts.get(c);
            if (n != null && n > 0) {
                common++;
                counts.put(c, n - 1);
            }
        }
        return 2.0 * common / (a.length() + b.length());
    }
}
