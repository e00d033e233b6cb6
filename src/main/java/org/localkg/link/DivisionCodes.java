package org.localkg.link;

/**
 * Division codes as we store them (GB/T 2260: six digits, nine for towns) and as Wikidata's
 * P442 writes them: pairs of digits separated by spaces, without the trailing zero pairs of a
 * province or prefecture ("32", "32 04", "32 04 12"), a town's three digits after them
 * ("32 04 12 400"). Reading accepts either form, and the statistics bureau's twelve digits.
 */
public final class DivisionCodes {
    private DivisionCodes() {}

    /** Our six- or nine-digit code for a P442 value (or any of the forms above); null when it is none. */
    public static String fromWikidata(String value) {
        String d = value == null ? "" : value.replaceAll("\\s+", "");
        if (!d.matches("[0-9]+")) {
            return null;
        }
        return switch (d.length()) {
            case 2 -> d + "0000";
            case 4 -> d + "00";
            case 6, 9 -> d;
            case 12 -> d.endsWith("000") ? d.substring(0, 9) : null; // a village: we have none
            default -> null;
        };
    }

    /** The P442 form of our code: 320400 → "32 04", 320412400 → "32 04 12 400". */
    public static String toWikidata(String code) {
        if (code == null || !code.matches("[0-9]{6}|[0-9]{9}")) {
            throw new IllegalArgumentException("not a division code: " + code);
        }
        String six = code.substring(0, 6);
        String pairs = six.endsWith("0000") ? six.substring(0, 2)
                : six.endsWith("00") ? six.substring(0, 2) + " " + six.substring(2, 4)
                : six.substring(0, 2) + " " + six.substring(2, 4) + " " + six.substring(4, 6);
        return code.length() == 9 ? pairs + " " + code.substring(6) : pairs;
    }
}
