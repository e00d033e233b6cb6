package org.localkg.extract;

import java.util.regex.Pattern;

/**
 * A person the article never gives a title but who acts as only an official does: opens or
 * attends an event, leads or makes a visit (出席开工仪式, 宣布项目开工, 来到某公司调研), and also gives
 * directions (某某强调，要…). Either alone is not enough: an expert 指出 too, a guest 出席 too; the
 * two together are how these pages report a leader whose post the reader is assumed to know. One act
 * is enough alone: announcing that works start (宣布项目集中开工), which the ceremony's leader does, and
 * directions addressed to public bodies (指出，市政府及有关部门要…).
 */
final class UntitledOfficials {
    /** Right after the name: directions given to others. */
    private static final String DIRECTING = "^(?:在[^，。,]{2,12}(?:时|中))?[，,]?(?:强调|指出|要求)";
    static final Pattern DIRECTS = Pattern.compile(DIRECTING);
    /** Right after the name: an act of office. */
    private static final Pattern ACTS = Pattern.compile("^(?:一行|率队|带队|等)?(?:出席|宣布|主持|来到|深入|走进|先后来到|实地|专程|"
            + "(?:到|赴)[^，。,]{2,16}?(?:调研|考察|视察|检查)|调研|考察|视察|察看|检查|督导)");

    /**
     * Right after the name, in one clause: the announcement that works start (宣布某某项目集中开工): the act
     * of the ceremony's presiding leader.
     */
    private static final Pattern ANNOUNCES = Pattern.compile(
            "^宣布[^，,。；;！!？?]{0,40}?(?:项目|工程)(?:集中|正式|全面)?(?:开工|开园|投产|竣工)");

    /**
     * Right after the name: directions given to public bodies of a place or a zone (指出，市人大常委会要…,
     * 强调，各级党委政府要…): a leader's, which an expert's remark (指出，地方政府要…) or a company head's to its
     * departments (集团各部门要…) is not.
     */
    private static final Pattern DIRECTS_BODIES = Pattern.compile(
            DIRECTING + "[，,：:]?[^。；;]{0,16}?"
                    + "(?:[省市县区州旗盟镇乡](?:人大常委会|人大|政府|党委|政协)|各级(?:党委|政府|党委政府)|党工委|管委会)[^，。；;]{0,6}?要");

    private UntitledOfficials() {}

    static void promote(ArticleText t, ArticleFacts facts) {
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PERSON) || e.is(EntityType.OFFICIAL) || e.is(EntityType.REPORTER) || e.name().length() < 2
                    || e.role() != null) {
                continue; // (a company's chairman, a professor: the article gives them a post of another kind)
            }
            boolean directs = false;
            boolean acts = false;
            boolean announces = false;
            boolean directsBodies = false;
            for (Span m : e.mentions()) {
                if (!opensClause(t, m.start())) {
                    continue;
                }
                String after = t.slice(m.end(), Math.min(t.length(), m.end() + 24));
                directs |= DIRECTS.matcher(after).find();
                acts |= ACTS.matcher(after).find();
                String further = t.slice(m.end(), Math.min(t.length(), m.end() + 48));
                announces |= ANNOUNCES.matcher(further).find();
                directsBodies |= DIRECTS_BODIES.matcher(further).find();
            }
            if (directs && acts || announces || directsBodies) {
                e.addType(EntityType.OFFICIAL);
                e.removeType(EntityType.PERSON);
            }
        }
        listedWithAnOfficial(t, facts);
    }

    /** A party led by the names before it: 甲、乙一行. */
    private static final String PARTY_WORDS = "(?:一行|等)";
    /** Closing a list's last item. */
    private static final Pattern PARTY = Pattern.compile(PARTY_WORDS + "$");
    /** Right after the list's last item (the list stage leaves 一行 out of it). */
    private static final Pattern PARTY_AFTER = Pattern.compile(PARTY_WORDS);

    /**
     * 甲、乙一行深入…: names listed with an official as the subject of one act, the last closed by 一行 or 等,
     * are officials too, whom the segmenter may not have read as names (丁/ng 大/a 为一行/nrj): two or three
     * characters opening with a surname, no common word.
     */
    private static void listedWithAnOfficial(ArticleText t, ArticleFacts facts) {
        for (CoordinationList l : facts.lists()) {
            Span last = l.items().get(l.items().size() - 1);
            java.util.regex.Matcher party = PARTY.matcher(t.slice(last.start(), last.end()));
            boolean partyInside = party.find();
            boolean partyAfter = PARTY_AFTER.matcher(t.view()).region(last.end(), t.length()).lookingAt();
            if (l.items().size() < 2 || !partyInside && !partyAfter || !l.items().stream().anyMatch(i -> officialNamed(facts, i))) {
                continue;
            }
            for (Span item : l.items()) {
                Span name = item == last && partyInside ? new Span(item.start(), item.start() + party.start()) : item;
                if (name.length() < 2 || name.length() > 3 || facts.claimed(name) || Lexicons.SURNAMES.prefixAt(t.view(), name.start()) == null
                        || !PersonNames.plausible(t, name.start(), name.length(), false)
                        || !t.dictionaryTags(t.slice(name.start(), name.end())).stream().allMatch(x -> x.startsWith("nr"))) {
                    continue;
                }
                facts.mention(EntityType.OFFICIAL, name);
            }
        }
    }

    private static boolean officialNamed(ArticleFacts facts, Span item) {
        return facts.entities().stream().anyMatch(e -> e.is(EntityType.OFFICIAL) && e.mentions().contains(item));
    }

    /** Whether a name at {@code i} is a clause's subject: at the start, or after a break. */
    private static boolean opensClause(ArticleText t, int i) {
        if (i == 0 || i == t.article().bodyStart()) {
            return true;
        }
        char before = t.charAt(i - 1);
        return "，,。；;！？!?\n ：:".indexOf(before) >= 0;
    }
}
