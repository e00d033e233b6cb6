package org.localkg.extract;

/** Small numbers written in Chinese characters (三, 十六, 两百零五), as counts are written in lists. */
final class ChineseNumbers {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {}

    /** The value of a number below ten thousand in Chinese characters, or null when it is not one. */
    static Integer parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        int total = 0;
        int digit = -1;
        for (char c : s.toCharArray()) {
            int d = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }
}
