package org.localkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Visits made by a party rather than by a named official: 观摩团先后来到甲公司、乙产业园。市领导丙、丁等参加观摩。
 * The report says where the party went (its subject a party noun, 观摩团, 督查组, 代表们, a meeting's guests, or
 * no subject at all) and, before or after, which officials took part (参加观摩, 一同参加活动, 出席). Each who took
 * part visited every site of the party; who only accompanied (陪同) did not, as in {@link Visits}. Run by
 * {@link Visits} once the visits of named officials are known: where one of them leads, the party is theirs.
 */
final class GroupVisits {
    /** Nouns for a visiting party. */
    private static final Pattern PARTY = Pattern.compile(
            "观摩团|观摩组|观摩人员|观摩代表|观摩队伍|督查组|督察组|督导组|调研组|考察组|考察团|检查组|视察组|拉练队伍|代表们|委员们|组成人员");
    /** Nouns for a meeting's guests: a party too, but one whose visit is part of the meeting they came to. */
    private static final Pattern GUESTS = Pattern.compile("与会人员|与会代表|参会人员|参会代表|与会领导");
    /** What a clause of the party's own says before its verb: a time, an adverb. */
    private static final Pattern ADVERBS = Pattern.compile("^(?:随后|接着|之后|其间|期间|当天|上午|下午|先后|依次|陆续|还|又|一行|分别|实地|集体|一同|一起|共同|[\\s　])*");
    /** A verb of the party's going, at the head of a clause without a subject of its own. */
    private static final Pattern GOES = Pattern.compile("^(?:来到|走进|深入到|前往|观摩了?|察看了?|参观了?|考察了?|视察了?|调研了?|检查了?|走访了?|查看了?|踏查了?|实地察看|实地查看|实地观摩|实地踏查)");
    /** Taking part, after the officials listed: 等市领导参加观摩, 一同参加调研, 出席活动, 参加。 */
    private static final Pattern TAKE_PART = Pattern.compile(
            "(?:等|(?:等|、|和|及|以及|[，,])[^，。,;；]{0,30}?(?:领导|同志|负责人|负责同志|干部|代表|成员|委员|人员)){0,4}[，,]?(?:也|还)?(?:一同|一起|共同|分别)?(?:参加|出席|参与)了?"
                    + "(?:[^，。,;；]{0,10}?(?:(?<visit>观摩|调研|督查|督导|视察|考察|检查|拉练)|活动)|[。，,；;])");

    private GroupVisits() {
    }

    /** Officials said to take part, and the words that say it; {@code inVisit} when they name the visit (参加观摩, not 参加活动). */
    record Taking(List<Entity> officials, Span evidence, boolean inVisit) {
    }

    /**
     * Officials who set out with a party (甲一行到某市考察调研) and whose own visit found no site, said in
     * {@code evidence}: the party is named by the verbs of their visit ({@code party}, 调研组 for 考察调研),
     * and its visit lasts until {@code until}, where another official's starts.
     */
    record Led(List<Entity> officials, Span evidence, Pattern party, int until) {
    }

    /**
     * Adds to {@code found} the party's sites for every official said to take part in its visit, and
     * for the officials of each of {@code led}: the sites of their party after their visit's sentence
     * (调研组一行还到乙公司、丙公司), before another official's visit.
     */
    static void apply(ArticleText t, ArticleFacts facts, List<Facts.Inspection> found, List<Led> led) {
        for (Led leader : led) {
            int from = t.sentenceAt(leader.evidence().end()).end();
            Set<Entity> sites = partySites(t, facts, leader.party(), from, leader.until());
            if (!sites.isEmpty()) {
                for (Entity official : leader.officials()) {
                    Visits.add(t, found, official, new ArrayList<>(sites), leader.evidence());
                }
            }
        }
        List<Taking> takings = participants(t, facts);
        if (takings.isEmpty() && found.isEmpty() && facts.frame().event() == ArticleFrame.Event.INSPECTION) {
            Taking leader = leaderSummingUp(t, facts);
            if (leader != null) {
                takings = List.of(leader);
            }
        }
        if (takings.isEmpty()) {
            return; // most articles: nobody takes part in anything, no need to walk the sentences for a party
        }
        Set<Entity> takingPart = new LinkedHashSet<>();
        takings.forEach(k -> takingPart.addAll(k.officials()));
        if (found.stream().anyMatch(i -> !takingPart.contains(i.official()))) {
            return; // an official leads the visit (甲一行来到…。乙参加调研): the visit is theirs, who join it inspect nothing of their own
        }
        Set<Entity> sites = partySites(t, facts, PARTY);
        Set<Entity> guestsSites = partySites(t, facts, GUESTS);
        ArticleFrame.Event event = facts.frame().event();
        for (Taking taking : takings) {
            Set<Entity> theirs = new LinkedHashSet<>(sites);
            if (taking.inVisit() || event == ArticleFrame.Event.INSPECTION) {
                theirs.addAll(guestsSites); // 参加观摩: the guests' visit is what they took part in
            } else if (event != ArticleFrame.Event.REPORT) {
                continue; // 参加活动 at a ceremony or a meeting: the event is what they attended
            }
            // (参加活动 in a report of a party's visit: the visit is the activity; at a meeting whose guests also saw a
            // company, 与会人员参观了…, the meeting is, so the guests' sites are not theirs)
            if (theirs.isEmpty()) {
                continue;
            }
            for (Entity official : taking.officials()) {
                Visits.add(t, found, official, new ArrayList<>(theirs), taking.evidence());
            }
        }
    }

    /**
     * In an inspection that a party made and no named official led or joined (视察组先后到甲、乙项目…。
     * 视察组对…给予肯定。某某指出，…), the first official who then opens a clause with directions
     * ({@link UntitledOfficials#DIRECTS}): the party's leader,
     * who sums up what it saw; null when the party went nowhere or no official speaks so after it.
     */
    private static Taking leaderSummingUp(ArticleText t, ArticleFacts facts) {
        int wentAt = -1;
        int body = t.article().bodyStart();
        for (int at = body; at < t.length() && wentAt < 0; ) {
            Span sentence = t.sentenceAt(at);
            List<Entity> sites = partyClauseSites(t, facts, sentence, PARTY);
            if (sites != null && !sites.isEmpty() && PARTY.matcher(t.slice(sentence.start(), sentence.end())).find()) {
                wentAt = sentence.end();
            }
            at = Math.max(at + 1, sentence.end());
        }
        if (wentAt < 0) {
            return null;
        }
        Entity first = null;
        Span evidence = null;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.OFFICIAL)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() >= wentAt && (evidence == null || m.start() < evidence.start())
                        && (m.start() == 0 || Visits.CLAUSE_BREAKS.indexOf(t.charAt(m.start() - 1)) >= 0)
                        && UntitledOfficials.DIRECTS.matcher(t.view()).region(m.end(), Math.min(t.length(), m.end() + 20)).lookingAt()) {
                    first = e;
                    evidence = new Span(m.start(), Math.min(t.length(), m.end() + 2));
                }
            }
        }
        int went = wentAt;
        if (first == null || facts.entities().stream().anyMatch(e -> e.is(EntityType.OFFICIAL)
                && e.mentions().stream().anyMatch(m -> m.start() < went && m.start() >= body))) {
            return null; // (an official named before the visit: the report's own, who may lead it or host it)
        }
        return new Taking(List.of(first), evidence, true);
    }

    /**
     * The sites of the party's clauses: those whose subject is a party noun, or that open with a verb of
     * going and have no subject; the party goes on in the sentences after one that open with 在 (在甲项目现场，…).
     */
    static Set<Entity> partySites(ArticleText t, ArticleFacts facts, Pattern party) {
        return partySites(t, facts, party, t.article().bodyStart(), t.length());
    }

    /** {@link #partySites(ArticleText, ArticleFacts, Pattern)} of the sentences that open in {@code [from, until)}. */
    private static Set<Entity> partySites(ArticleText t, ArticleFacts facts, Pattern party, int from, int until) {
        Set<Entity> out = new LinkedHashSet<>();
        boolean going = false;
        for (int at = from; at < until; ) {
            Span sentence = t.sentenceAt(at);
            List<Entity> sites = partyClauseSites(t, facts, sentence, party);
            if (sites != null || going && Visits.AT_OPENING.matcher(t.view()).region(sentence.start(), sentence.end()).lookingAt()) {
                out.addAll(sites != null ? sites : Visits.sentenceTargets(t, facts, sentence));
                going = true;
            } else if (mentionsOfficial(facts, sentence)) {
                going = false; // an official of their own: the party's visit is over or not theirs
            }
            at = Math.max(at + 1, sentence.end());
        }
        out.removeIf(e -> e.type().isPerson());
        return out;
    }

    /**
     * What a sentence takes the party to, or null when no clause of it is the party's: a clause whose
     * subject is a party noun and whose verb is one of going (观摩团先后来到…) or 在 (视察组在甲项目…); or one
     * that opens with a verb of going, when no official is named before it in the sentence.
     */
    private static List<Entity> partyClauseSites(ArticleText t, ArticleFacts facts, Span sentence, Pattern partyNoun) {
        int clauseStart = sentence.start();
        for (int i = sentence.start(); i <= sentence.end(); i++) {
            if (i < sentence.end() && Visits.CLAUSE_BREAKS.indexOf(t.charAt(i)) < 0) {
                continue;
            }
            String clause = t.slice(clauseStart, i);
            Matcher party = partyNoun.matcher(clause);
            int rest = -1;
            while (party.find()) {
                if (!mentionsOfficial(facts, new Span(clauseStart, clauseStart + party.start()))) {
                    rest = clauseStart + party.end(); // the last party noun before the verb (第二调研组的代表们依次来到)
                }
            }
            if (rest < 0 && !mentionsOfficial(facts, new Span(sentence.start(), clauseStart))) {
                rest = clauseStart; // a clause with no subject: the party's, when its verb is one of going
            }
            if (rest >= 0) {
                String after = t.slice(rest, i);
                int verb = adverbsEnd(after);
                // (到 alone only after the party's own noun: 视察组先后到甲项目; a clause that opens with 到 is a time's, 到2025年)
                if (GOES.matcher(after).region(verb, after.length()).lookingAt()
                        || rest > clauseStart && after.startsWith("到", verb) && !after.startsWith("到达", verb)) {
                    return Visits.sentenceTargets(t, facts, sentence);
                }
                if (rest > clauseStart && after.startsWith("在", verb)) {
                    return Visits.targetsIn(facts, new Span(rest + verb, i)); // 视察组在甲项目工地，…
                }
            }
            clauseStart = i + 1;
        }
        return null;
    }

    private static int adverbsEnd(String s) {
        Matcher m = ADVERBS.matcher(s);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Between two lists of one sentence's subjects: a comma and another title or label (，市领导乙、丙). */
    private static final Pattern NEXT_LIST = Pattern.compile("[，,]\\s*[^，。,;；！？\\n]{0,16}");

    /**
     * Officials listed as the subjects of taking part (甲，市委副书记、市长乙，市领导丙、丁等参加观摩): the lists of
     * one sentence that follow each other with only a title or label between them take part together.
     */
    static List<Taking> participants(ArticleText t, ArticleFacts facts) {
        List<Taking> out = new ArrayList<>();
        List<Span> mentions = new ArrayList<>();
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.OFFICIAL)) {
                mentions.addAll(e.mentions());
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int covered = -1;
        List<Entity> pending = new ArrayList<>();
        int pendingStart = -1;
        int pendingEnd = -1;
        for (Span m : mentions) {
            if (m.start() < covered || m.start() < t.article().bodyStart()) {
                continue;
            }
            if (pendingEnd < 0 || !NEXT_LIST.matcher(t.slice(pendingEnd, m.start())).matches()) {
                pending = new ArrayList<>();
                pendingStart = m.start();
            }
            List<Entity> officials = new ArrayList<>(pending);
            Entity first = Visits.personAt(facts, m.start());
            if (!officials.contains(first)) {
                officials.add(first);
            }
            int after = Visits.listed(t, facts, m.end(), officials);
            covered = after;
            Matcher take = TAKE_PART.matcher(t.view()).region(after, Math.min(t.length(), after + 160));
            if (take.lookingAt()) {
                out.add(new Taking(officials, new Span(pendingStart, take.end()), take.group("visit") != null));
                pendingEnd = -1;
            } else {
                pending = officials;
                pendingEnd = after;
            }
        }
        return out;
    }

    private static boolean mentionsOfficial(ArticleFacts facts, Span s) {
        return !facts.within(s, EntityType.OFFICIAL).isEmpty();
    }
}
