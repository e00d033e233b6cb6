package org.localkg.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.localkg.nlp.Token;
import org.localkg.resolve.Divisions;

/**
 * 甲广场是城市综合体项目: a works named as the subject of 是 and called by a kind of project after it. The words
 * after 是 say what sort of works the subject is (城市综合体项目, 一个商业综合体项目), so the subject is the project's
 * name and the kind is none. Only when the kind is common words alone (no place, person, body or number: 甲项目是
 * 乙市数据中心项目 names two) and the subject, the clause's whole opening, is a name of a built thing (its last word a
 * facility's: 城, 中心, 广场, 大厦) that is no park and opens with no demonstrative or time.
 */
final class CopulaSubjects {
    private CopulaSubjects() {}

    /** A count before the kind (一个, 一座, 一处): what the subject is one of. */
    private static final Pattern COUNT = Pattern.compile("[一两]?[个座处栋家项]$");
    private static final Pattern COUNT_OPENING = Pattern.compile("[一两][个座处栋家项]");
    /** Words that point back or say when, never open a name (这, 该, 此, 其, 目前). */
    private static final Pattern NO_NAME_OPENING = Pattern.compile("^(?:这|那|该|此|其|本|上述|目前|现在|如今|今年|去年)");
    /** Built things whose words are no facility suffix of a project's name: 广场, 商城, 市场, 酒店. */
    private static final Pattern BUILT_END = Pattern.compile("(?:广场|商城|市场|酒店|公园|医院)$");
    /** Parts of speech of proper names and numbers: a kind holding one names a works of its own. */
    private static final Set<String> NAMING_TAGS = Set.of("ns", "nr", "nt", "nrf", "nsf", "ntc", "m", "mq", "nx", "x");

    /**
     * The subject that {@code [kindStart, suffixStart)}, the words before a project's suffix, says the kind of, or
     * null when it is no such kind or has no such subject.
     *
     * @param nameEnd where the project's name ends, its suffix included
     */
    static Span subjectOf(ArticleText t, ArticleFacts facts, int kindStart, int suffixStart, int nameEnd) {
        String v = t.view();
        java.util.regex.Matcher opening = COUNT_OPENING.matcher(v).region(kindStart, suffixStart);
        if (opening.lookingAt()) {
            kindStart = opening.end(); // the walk back took the count in: 是|一个城市综合体项目
        }
        int copula = kindStart;
        java.util.regex.Matcher count = COUNT.matcher(v).region(Math.max(0, kindStart - 2), kindStart);
        if (count.find()) {
            copula = count.start();
        }
        if (copula < 2 || v.charAt(copula - 1) != '是' || !t.isTokenBoundary(copula - 1) || !t.isTokenBoundary(copula)
                || !kindOnly(t, kindStart, suffixStart) || facts.claimed(new Span(kindStart, nameEnd))
                || nameEnd < v.length() && "的之".indexOf(v.charAt(nameEnd)) >= 0) {
            return null; // 是甲集团项目: whose it is; 是智慧城市项目的核心: a part of it, not what it is
        }
        int end = copula - 1;
        int start = t.clauseStart(end);
        return builtThingSubject(t, start, end, 12) ? new Span(start, end) : null;
    }

    /**
     * The clause's opening {@code [start, end)} names one built thing: three to {@code maxLength} Han characters, no
     * demonstrative or time first, no 的, its last word a facility's (or 广场, 医院…), no park's or project's suffix, not
     * common words alone nor one common word and the facility's.
     */
    private static boolean builtThingSubject(ArticleText t, int start, int end, int maxLength) {
        String v = t.view();
        String subject = v.substring(start, end);
        return subject.length() >= 3 && subject.length() <= maxLength && !NO_NAME_OPENING.matcher(subject).find() && !subject.contains("的")
                && subject.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && (Lexicons.FACILITY_SUFFIXES.suffixAt(v, end) != null || BUILT_END.matcher(subject).find())
                && Lexicons.PARK_SUFFIXES.suffixAt(v, end) == null && Lexicons.PROJECT_SUFFIXES.suffixAt(v, end) == null
                && t.isTokenBoundary(start) && !commonWordsOnly(t, start, end) && !commonStem(t, subject);
    }

    /** 是, perhaps whose plan it is (某新区规划的, 全市的), then a designation of key works: 重点项目, 重大工程. */
    private static final Pattern IS_KEY_WORKS = Pattern.compile(
            "是(?:[^，。；,;！!？?的]{1,12}的)?(?:重点|重大)(?:建设|产业|招商)?(?:项目|工程)");

    /**
     * 甲商务中心是某新区规划的重点项目: a built thing's name opening the clause, said by 是 to be one of the key works
     * (of a zone, a city, or none said): a works, named without 项目. The subject is checked as {@link #subjectOf}'s, and
     * must name a place or a proper word.
     */
    static void keyWorksSubjects(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        java.util.regex.Matcher m = IS_KEY_WORKS.matcher(v);
        while (m.find()) {
            int end = m.start();
            if (end < 3 || !t.isTokenBoundary(end) || !t.isTokenBoundary(end + 1)) {
                continue;
            }
            int start = t.clauseStart(end);
            if (!builtThingSubject(t, start, end, 14) || JOINED.matcher(v.substring(start, end)).find() || !named(t, start, end)) {
                continue; // (研发中心是全市的重点项目: a kind of facility; 甲中心和乙中心: two)
            }
            Span name = new Span(start, end);
            if (!facts.claimed(name)) {
                facts.mention(EntityType.PROJECT, name);
            }
        }
    }

    /** Conjunctions joining two subjects. */
    private static final Pattern JOINED = Pattern.compile("[和与及]");

    /** The subject names a place or holds a proper word before its facility's word (北岭|商务中心), not kinds alone. */
    private static boolean named(ArticleText t, int start, int end) {
        String facility = Lexicons.FACILITY_SUFFIXES.suffixAt(t.view(), end);
        int stem = facility == null ? end : end - facility.length();
        return stem > start && (NameChecks.namesPlace(t, start, stem) || ProjectRecognizer.hasProperNoun(t, start, stem));
    }

    /** Often-seen words of these parts of speech say what a thing does (指挥中心, 创新中心), not which it is. */
    private static final Set<String> COMMON_TAGS = Set.of("n", "vn", "v", "a", "b", "an", "vi", "nis", "nnt");
    private static final int OFTEN = 50;

    /** Whether the subject is common words alone, a facility named by what it does (指挥中心), no one works. */
    private static boolean commonWordsOnly(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || !COMMON_TAGS.contains(tk.tag()) || t.dictionaryFrequency(tk.text()) < OFTEN) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /** The subject without its facility's word is one often-seen common word (创新|中心, however the segmenter cut it). */
    private static boolean commonStem(ArticleText t, String subject) {
        String facility = Lexicons.FACILITY_SUFFIXES.suffixAt(subject, subject.length());
        java.util.regex.Matcher built = BUILT_END.matcher(subject);
        int cut = facility != null ? subject.length() - facility.length() : built.find() ? built.start() : subject.length();
        String stem = subject.substring(0, cut);
        return !stem.isEmpty() && t.dictionaryFrequency(stem) >= OFTEN && COMMON_TAGS.containsAll(t.dictionaryTags(stem));
    }

    /** Whether {@code [from, to)} is common words alone: no proper name, number, place or Latin letter. */
    private static boolean kindOnly(ArticleText t, int from, int to) {
        if (to - from < 2 || to - from > 8 || !t.isTokenBoundary(from)) {
            return false;
        }
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || !ArticleText.isHan(t.charAt(i)) || NAMING_TAGS.contains(tk.tag()) || Divisions.get().placeAt(t.view(), i) != null) {
                return false;
            }
            i = Math.max(i + 1, tk.end());
        }
        return true;
    }
}
