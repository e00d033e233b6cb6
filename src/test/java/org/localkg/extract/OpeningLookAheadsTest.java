package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localkg.testing.SameMatches;

/**
 * The patterns tried at every position of an article open with a look-ahead of the characters a
 * match can start with ({@code (?=[…])}, or {@code (?:^|(?=[…]))} where a match may open the text), so
 * that most positions are turned away by one character test instead of trying each word of an
 * alternation. The look-ahead must change no match: each pattern finds, on sentences written for
 * the test and on random strings of its own words and characters, exactly what it finds without it.
 */
class OpeningLookAheadsTest {
    private static final List<String> SENTENCES = List.of(
            "某市委书记甲乙先后来到某某新材料和某某金属制品实地调研，察看了某某产业基地建设现场。",
            "在某某汽车总部，甲乙详细了解企业生产经营情况。走访某某（中国）总部。",
            "项目总投资5.8亿元、乙项目5.5亿元，两个项目总投资分别为6亿元和8亿元，计划投资均为3亿元。",
            "建成了总投资4.4亿元的某某大桥，总投资5亿元的某某酒业一期竣工投产。预计明年6月底全部建成。",
            "获批省重大项目的甲项目列入全市重点建设项目，包括：甲、乙和丙，分别是丁项目、戊项目。",
            "某某高新区与某某商务区及相关企业负责人座谈，某某合作区管委会，经开区和综保区。",
            "在某某工业园区，甲乙一行到某某公司视察，查看了生产线。",
            "甲乙走进某某装备制造基地考察，又前往某某生物产业基地调研。");

    @ParameterizedTest
    @CsvSource({
        "ArticleFrames, INSPECT", "BuiltAtASum, BUILT_AT_SUM", "BuiltAtASum, SUM_THEN_STATE",
        "CoordinationLists, CLAUSE_OPENER", "CoordinationLists, COMMA_ITEMS_OPENER",
        "EnterpriseListRecognizer, AND_OTHER_COMPANIES", "OrganizationRecognizer, ADMINISTERED_DISTRICT",
        "OrganizationRecognizer, ZONE_AFTER_INITIAL", "ProjectFactRules, INVESTMENT", "ProjectFactRules, PLAIN_INVESTMENT",
        "ProjectFactRules, COMPLETION", "ProjectFactRules, RESPECTIVELY", "ProjectFactRules, EACH_AMOUNT",
        "ProjectFactRules, BARE_ITEM_AMOUNT", "ProjectRecognizer, DESIGNATION", "VisitedSites, AT_SITE",
        "VisitedSites, VISITED_NAMES", "VisitedSites, SITE_GONE_TO", "VisitedSites, VISITED_BASE", "VisitedSites, SEAT",
        "Visits, VISIT_VERB"})
    void theOpeningLookAheadChangesNoMatch(String owner, String field) throws ReflectiveOperationException {
        Pattern withLookAhead = pattern(owner, field);
        String regex = withLookAhead.pattern();
        String rest = withoutOpeningLookAhead(regex);
        assertTrue(rest.length() < regex.length(), field + " opens with no look-ahead of its first characters: " + regex);
        List<String> pieces = pieces(regex);
        int compared = SameMatches.assertSame(Pattern.compile(rest), withLookAhead, variants(pieces, 3000), pieces, 20000);
        assertTrue(compared > 50, field + ": only " + compared + " matches compared");
    }

    /**
     * Each sentence, and {@code perSentence} copies of it with a few pieces put in, characters taken out or a stretch
     * doubled at random places: text near what matches, where a look-ahead too narrow would lose a match.
     */
    private static List<String> variants(List<String> pieces, int perSentence) {
        java.util.Random random = new java.util.Random(7);
        List<String> out = new ArrayList<>(SENTENCES);
        for (String sentence : SENTENCES) {
            for (int i = 0; i < perSentence; i++) {
                StringBuilder b = new StringBuilder(sentence);
                for (int edits = 1 + random.nextInt(4); edits > 0 && b.length() > 2; edits--) {
                    int at = random.nextInt(b.length());
                    switch (random.nextInt(3)) {
                        case 0 -> b.insert(at, pieces.get(random.nextInt(pieces.size())));
                        case 1 -> b.deleteCharAt(at);
                        default -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + random.nextInt(6))));
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static Pattern pattern(String owner, String field) throws ReflectiveOperationException {
        Field f = Class.forName("org.localkg.extract." + owner).getDeclaredField(field);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }

    /** The pattern after its opening {@code (?=[…])} or {@code (?:^|(?=[…]))}; the pattern itself when it has none. */
    static String withoutOpeningLookAhead(String regex) {
        if (regex.startsWith("(?=[")) {
            return regex.substring(regex.indexOf("])") + 2);
        }
        if (regex.startsWith("(?:^|(?=[")) {
            return regex.substring(regex.indexOf("]))") + 3);
        }
        return regex;
    }

    /**
     * What random strings are made of: the pattern's runs of Han characters and each of their characters, so that
     * its words occur whole and cut; digits, sums and marks; a few characters it does not name.
     */
    private static List<String> pieces(String regex) {
        Set<String> out = new LinkedHashSet<>(List.of("1", "25", "3.5", "，", "。", "、", "；", "：", "\n", " ", "的", "甲乙",
                "某某", "亿元", "万元", "“", "”", "（", "）"));
        StringBuilder run = new StringBuilder();
        for (char c : (regex + " ").toCharArray()) {
            if (ArticleText.isHan(c)) {
                run.append(c);
                out.add(String.valueOf(c));
            } else if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
        }
        return new ArrayList<>(out);
    }
}
