package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built thing the text says was built, begun or completed at a sum, with no word for a project after it
 * (建成了总投资4.4亿元的某某大桥，开工建设总投资1.9亿元的某某枢纽中心; 总投资5亿元的某某酒业一期竣工): the works, named
 * by a place's or a proper word and a built thing's last word (大桥, 中心) or a phase (一期), up to the clause's end or
 * the verb of the state the works reached.
 */
final class BuiltAtASum {
    private static final Pattern BUILT_AT_SUM = Pattern.compile(
            "(?=[建新开启竣投])(?:建成|新建|开工建设|启动建设|开工|竣工|投用)了?(?:总|计划)?投资(?:约|达)?\\d+(?:\\.\\d+)?(?:亿|万)元的"
                    + "([^，,。；;、的和与及\\s]{4,20})(?=[，,。；;])");

    /**
     * A sum, 的, a name and a verb of the state its works reached (总投资14亿元的某某铜矿一期已竣工投产): the name, up to
     * the verb, is the works'.
     */
    private static final Pattern SUM_THEN_STATE = Pattern.compile(
            "(?=[总计投])(?:总|计划)?投资(?:约|达)?\\d+(?:\\.\\d+)?(?:亿|万)元的([^，,。；;、的和与及\\s]{4,20}?)"
                    + "(?:已经?|正式|顺利|全面|已全面)?(?:竣工|投产|建成|完工|投用|开工)");

    /** A phase at a name's end (一期, 二期): the name is one stage of some works. */
    private static final Pattern PHASE_END = Pattern.compile("[一二三四五六七八九十\\d]期$");

    private BuiltAtASum() {}

    /** Two to four characters the dictionary does not know as a word (川海|大桥 read as 川|海大|桥): a proper name. */
    private static boolean unknownWord(ArticleText t, String words) {
        return words.length() >= 2 && words.length() <= 4 && t.dictionaryTags(words).isEmpty() && !Lexicons.GENERIC.contains(words);
    }

    static void recognize(ArticleText t, ArticleFacts facts) {
        find(t, facts, BUILT_AT_SUM.matcher(t.view()));
        find(t, facts, SUM_THEN_STATE.matcher(t.view()));
        companysInvestedWorks(t, facts);
    }

    /** A sum a company invests, 的, and what it is spent on, up to the clause's end: 某某公司|投资20亿元的|某某产业园，. */
    private static final Pattern COMPANY_INVESTS = Pattern.compile(
            "(?=投)投资(?:约|达)?\\d+(?:\\.\\d+)?(?:亿|万)元的([^，,。；;、的和与及\\s]{4,20})(?=[，,。；;])");

    /**
     * 某某公司投资15亿元的|智能装备产业园: what a named company invests a sum in, ending in a park's or a built
     * thing's word, is works it builds, a project, though its words are common ones: the company and the sum pick it out.
     */
    private static void companysInvestedWorks(ArticleText t, ArticleFacts facts) {
        Matcher m = COMPANY_INVESTS.matcher(t.view());
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            String text = m.group(1);
            boolean companyBefore = facts.entities().stream().anyMatch(e -> e.is(EntityType.ENTERPRISE)
                    && e.mentions().stream().anyMatch(c -> c.end() == m.start()));
            String kind = Lexicons.PARK_SUFFIXES.suffixAt(text, text.length());
            if (kind == null) {
                kind = Lexicons.FACILITY_SUFFIXES.suffixAt(text, text.length());
            }
            if (!companyBefore || kind == null || kind.length() < 2 || text.length() - kind.length() < 2 || facts.claimed(name)
                    || !t.isTokenBoundary(name.start()) || !text.chars().allMatch(c -> ArticleText.isHan((char) c))) {
                continue;
            }
            facts.mention(EntityType.PROJECT, name);
        }
    }

    private static void find(ArticleText t, ArticleFacts facts, Matcher m) {
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            String text = m.group(1);
            String built = Lexicons.FACILITY_SUFFIXES.suffixAt(text, text.length());
            if (built == null) {
                built = Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(text, text.length());
            }
            Matcher phase = PHASE_END.matcher(text);
            if (built == null && phase.find()) {
                built = phase.group(); // 某某酒业一期: a phase of works whose name the words before it give
            }
            if (built == null || built.length() < 2 || text.length() - built.length() < 2) {
                continue;
            }
            String words = text.substring(0, text.length() - built.length());
            int wordsEnd = name.end() - built.length();
            if (facts.claimed(name) || !t.isTokenBoundary(name.start()) || !text.chars().allMatch(c -> ArticleText.isHan((char) c))
                    || Lexicons.PARK_SUFFIXES.suffixAt(text, text.length()) != null
                    || Lexicons.PARK_SUFFIXES.suffixAt(words, words.length()) != null // (某工业园区|一期: the park's)
                    || NameChecks.specific(words).length() < 2
                    || !(NameChecks.namesPlace(t, name.start(), wordsEnd) || ProjectRecognizer.hasProperNoun(t, name.start(), wordsEnd)
                        || unknownWord(t, words))) {
                continue;
            }
            facts.mention(EntityType.PROJECT, name);
        }
    }
}
