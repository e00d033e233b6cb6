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

    /**
     * One event joined to another by 暨 (…集中开工动员会暨某某中心开工仪式, …集中签约开工暨某某中心开工仪式): what
     * stands between 暨 and the ceremony is the subject of that ceremony, as if it were the clause's own; its quotes
     * and an adverb (正式, 隆重) are not its name, and works started together (集中, 统一) name none.
     */
    private static final Pattern JOINED_CEREMONY = Pattern.compile(
            "(?<=[会礼式动工约])暨[“\"]?([^，,。；;、：:“”\"]{4," + MAX_NAME + "}?)[”\"]?(正式|隆重|顺利)?(集中|统一|同步|联合|集体)?"
            + "(?:开工|奠基|竣工|投产|开业)+(?:仪式|典礼)");

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = CEREMONY.matcher(t.view());
        while (m.find()) {
            int clause = m.start();
            while (clause > 0 && !ArticleText.isBreak(t.charAt(clause - 1)) && "，,、：:".indexOf(t.charAt(clause - 1)) < 0) {
                clause--;
            }
            int start = CoordinationLists.trimLeading(t, clause, m.start());
            mentionIfNamed(t, facts, new Span(start, m.start()), true);
        }
        Matcher joined = JOINED_CEREMONY.matcher(t.view());
        while (joined.find()) {
            if (joined.group(3) != null || joined.group(1).endsWith("工程")) {
                continue; // 暨重点工程(集中)开工仪式: many works start together, or a kind of works; none is named
            }
            Span name = new Span(joined.start(1), joined.end(1));
            if (!claimedBesidesOpeningPark(facts, name)) {
                mentionIfNamed(t, facts, name, false);
            }
        }
    }

    /** A mention overlaps the name, other than a park's opening it (某某健康谷|乳业技术创新中心: named after its park). */
    private static boolean claimedBesidesOpeningPark(ArticleFacts facts, Span name) {
        for (Entity e : facts.entities()) {
            for (Span m : e.mentions()) {
                if (m.overlaps(name) && !(e.is(EntityType.PARK) && m.start() == name.start() && m.end() < name.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void mentionIfNamed(ArticleText t, ArticleFacts facts, Span name, boolean mustBeUnclaimed) {
        int start = name.start();
        String text = t.slice(name.start(), name.end());
        if (name.length() < 4 || name.length() > MAX_NAME || text.contains("的") || text.contains("项目")
                || text.matches(".*\\d.*") || !t.isTokenBoundary(start) || mustBeUnclaimed && facts.claimed(name)
                || Lexicons.GENERIC.suffixAt(text, text.length()) != null
                || Lexicons.PARK_SUFFIXES.suffixAt(text, text.length()) != null
                || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(text, text.length()) != null
                || Lexicons.ORGANIZATION_SUFFIXES.suffixAt(text, text.length()) != null
                || NameChecks.specific(text).length() < 2 || !ProjectListRecognizer.nameLike(t, name)) {
            return;
        }
        org.localkg.nlp.Token first = t.tokenAt(start);
        if (first != null && first.tag().startsWith("v") && !first.tag().equals("vn")) {
            return; // 推进某某: a clause, not a name
        }
        facts.mention(EntityType.PROJECT, name);
    }
}
