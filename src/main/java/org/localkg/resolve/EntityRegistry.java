package org.localkg.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities one run (or one store) has seen, so that the names an article uses resolve to
 * the entity already known: an exact name or alias, or a spelling variant of a long park or
 * project name (长三角低碳循环创新研谷, …创新谷, …研创谷; 江苏理工学院X楼 and 江理工X楼). A variant
 * takes the key of the first spelling seen, so in a store the key depends on what was ingested
 * first; files are ingested in sorted order to keep runs repeatable.
 */
public final class EntityRegistry {
    /** Names shorter than this are never matched as variants. */
    static final int VARIANT_MIN_LENGTH = 8;

    private final Map<String, String> canonicalByName = new HashMap<>();
    /** Long names by their first character: variants share it, so only those are compared. */
    private final Map<Character, List<String>> longNamesByFirstChar = new HashMap<>();

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
        put(name, canonicalKey);
    }

    private void put(String prefixedName, String canonicalKey) {
        if (canonicalByName.putIfAbsent(prefixedName, canonicalKey) == null) {
            int bar = prefixedName.indexOf('|');
            String bare = prefixedName.substring(bar + 1);
            if (bare.length() >= VARIANT_MIN_LENGTH) {
                longNamesByFirstChar.computeIfAbsent(bare.charAt(0), k -> new java.util.ArrayList<>()).add(prefixedName);
            }
        }
    }

    /** The canonical key for a claim; a contextual claim is its own, and teaches the registry nothing. */
    public String resolve(NameClaim claim) {
        if (claim.contextual()) {
            return claim.key();
        }
        return resolve(claim.key(), claim.prefix(), claim.names(), claim.variantsAllowed());
    }

    /**
     * The canonical key a key was resolved to, or null if it never was. Once a key is resolved
     * its canonical key never changes, so this is what every later {@link #resolve} of it returns.
     */
    public String canonicalOf(String key) {
        return canonicalByName.get(key);
    }

    /**
     * The canonical key for an entity with this key and these other names: a known one when
     * any name matches, else the entity's own key, which is then registered for later.
     *
     * @param variantsAllowed whether spelling variants may match (parks and projects)
     */
    public String resolve(String key, String prefix, List<String> names, boolean variantsAllowed) {
        String found = canonicalByName.get(key);
        if (found == null) {
            for (String n : names) {
                found = canonicalByName.get(prefix + n);
                if (found != null) {
                    break;
                }
            }
        }
        if (found == null && variantsAllowed) {
            found = variantOf(prefix, names);
        }
        String canonical = found != null ? found : key;
        put(key, canonical);
        for (String n : names) {
            put(prefix + n, canonical);
        }
        return canonical;
    }

    private String variantOf(String prefix, List<String> names) {
        for (String n : names) {
            if (n.length() < VARIANT_MIN_LENGTH) {
                continue;
            }
            for (String k : longNamesByFirstChar.getOrDefault(n.charAt(0), List.of())) {
                if (k.startsWith(prefix) && isVariant(n, k.substring(prefix.length()))) {
                    return canonicalByName.get(k);
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
            if (!shortOpening.isEmpty() && shortOpening.charAt(0) == longOpening.charAt(0) && subsequence(shortOpening, longOpening)) {
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
