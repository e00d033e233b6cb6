package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What holds a ceremony of its own building is a project, whatever its name ends in: 某某生活广场
 * 也举行了开工仪式, 某某中心举行奠基仪式. The subject is the clause's noun phrase before the verb,
 * past its time words; it must read as a name (a proper noun, a place, a word the dictionary does
 * not know), not as a group of projects (全市重点项目举行集中开工仪式).
 */
final class CeremonySubjects {
    /** The look-ahead is the first characters a match can have: tried first, it turns away most positions of the text at once. */
    private static final Pattern CEREMONY = Pattern.compile(
            "(?=[也正同已顺隆举])(?:也|正式|同时|已|已经|顺利|隆重)?(?:举行了?|举办了?)(?:隆重的)?(?:开工|奠基|竣工|投产|开业)(?:仪式|典礼)");
    private static final int MAX_NAME = 20;

    private CeremonySubjects() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = CEREMONY.matcher(t.view());
        while (m.find()) {
            int clause = m.start();
            while (clause > 0 && !ArticleText.isBreak(t.charAt(clause - 1)) && "，,、：:".indexOf(t.charAt(clause - 1)) < 0) {
                clause--;
            }
            int start = CoordinationLists.trimLeading(t, clause, m.start());
            Span name = new Span(start, m.start());
            String text = t.slice(name.start(), name.end());
            if (name.length() < 4 || name.length() > MAX_NAME || text.contains("的") || text.contains("项目")
                    || text.matches(".*\\d.*") || !t.isTokenBoundary(start) || facts.claimed(name)
                    || Lexicons.GENERIC.suffixAt(text, text.length()) != null
                    || Lexicons.PARK_SUFFIXES.suffixAt(text, text.length()) != null
                    || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(text, text.length()) != null
                    || Lexicons.ORGANIZATION_SUFFIXES.suffixAt(text, text.length()) != null
                    || NameChecks.specific(text).length() < 2 || !ProjectListRecognizer.nameLike(t, name)) {
                continue;
            }
            org.localkg.nlp.Token first = t.tokenAt(start);
            if (first != null && first.tag().startsWith("v") && !first.tag().equals("vn")) {
                continue; // 推进某某: a clause, not a name
            }
            facts.mention(EntityType.PROJECT, name);
        }
    }
}
