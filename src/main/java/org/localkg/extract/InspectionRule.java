package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inspections: an official named before 调研, 考察, 视察, 察看 or 走访 (in the headline or the lead:
 * 陈金虎调研“两湖”创新区, 市委书记陈金虎专题调研…) inspects what follows the verb and, in such an
 * inspection article, every project it reports and the companies behind them.
 */
final class InspectionRule {
    /** Verbs of inspecting, with the adverbs and manners that may stand before them. */
    private static final String INSPECT = "(?:调研|考察|视察|察看|走访|检查|督查|督导|查看|巡查)";
    private static final Pattern VERB = Pattern.compile("(?:专题|实地|深入|先后|一行|率队|带队|率|带领\\S{0,8}?)?"
            + "(?:" + INSPECT + "|来到|走进|深入|(?:赴|到)(?=[^，。,;；]{0,20}?" + INSPECT + "))");
    /**
     * Officials who inspect together with the lead (一同调研, 共同察看) inspect the same things.
     * Those who only accompany or attend (陪同, 参加) do not: the annotation guidelines count
     * them as hosts, not inspectors.
     */
    private static final Pattern ALONG = Pattern.compile("(?:一同|一起|共同|同时)(?:参加)?" + INSPECT);
    /** Where a body sentence takes the visit to a place: 在, 来到, 走进 just before a name. */
    private static final Pattern AT = Pattern.compile("(?:在|来到|走进|深入|走访|察看|前往)$");

    private InspectionRule() {}

    static void apply(ArticleText t, ArticleFacts facts) {
        for (Entity official : facts.entities()) {
            if (!official.is(EntityType.OFFICIAL)) {
                continue;
            }
            Span evidence = null;
            List<Entity> targets = new ArrayList<>();
            for (Span m : official.mentions()) {
                if (!inLead(t, m)) {
                    continue;
                }
                Matcher v = VERB.matcher(t.view());
                v.region(afterList(t, facts, m.end()), Math.min(t.length(), afterList(t, facts, m.end()) + 8));
                if (!v.lookingAt()) {
                    continue;
                }
                Span sentence = t.sentenceAt(v.end());
                int clauseEnd = v.end();
                while (clauseEnd < sentence.end() && "，。,;；".indexOf(t.charAt(clauseEnd)) < 0) {
                    clauseEnd++;
                }
                Span object = new Span(v.end(), clauseEnd);
                for (EntityType type : List.of(EntityType.PARK, EntityType.PROJECT, EntityType.ENTERPRISE)) {
                    for (Entity e : facts.within(object, type)) {
                        if (!targets.contains(e)) {
                            targets.add(e);
                        }
                    }
                }
                if (evidence == null) {
                    evidence = new Span(m.start(), clauseEnd);
                }
            }
            if (evidence == null) {
                continue;
            }
            Span body = new Span(t.article().bodyStart(), t.length());
            for (Entity p : facts.within(body, EntityType.PROJECT)) {
                if (!targets.contains(p)) {
                    targets.add(p);
                }
            }
            // parks and companies the body takes the visit to (在某某公司，他详细了解…)
            for (EntityType type : List.of(EntityType.PARK, EntityType.ENTERPRISE)) {
                for (Entity e : facts.within(body, type)) {
                    if (!targets.contains(e) && visitedAt(t, e, body)) {
                        targets.add(e);
                    }
                }
            }
            for (Facts.Link l : facts.enterprises) {
                if (targets.contains(l.project()) && !targets.contains(l.other())) {
                    targets.add(l.other());
                }
            }
            if (!targets.isEmpty()) {
                facts.inspections.add(new Facts.Inspection(official, targets, evidence));
            }
        }
        accompanying(t, facts);
    }

    /** Officials in a sentence that says they inspected together (一同调研) inspect what the inspector did. */
    private static void accompanying(ArticleText t, ArticleFacts facts) {
        if (facts.inspections.isEmpty()) {
            return;
        }
        Facts.Inspection lead = facts.inspections.get(0);
        List<Entity> inspectors = new ArrayList<>();
        facts.inspections.forEach(i -> inspectors.add(i.official()));
        for (Entity official : facts.entities()) {
            if (!official.is(EntityType.OFFICIAL) || inspectors.contains(official)) {
                continue;
            }
            for (Span m : official.mentions()) {
                Span sentence = t.sentenceAt(m.start());
                Matcher along = ALONG.matcher(t.view());
                along.region(m.end(), sentence.end());
                if (along.find()) {
                    facts.inspections.add(new Facts.Inspection(official, lead.targets(), new Span(sentence.start(), along.end())));
                    inspectors.add(official);
                    break;
                }
            }
        }
    }

    /** After a list of other officials' names (甲、乙调研…, 甲、市长乙调研…), where the verb would stand. */
    private static int afterList(ArticleText t, ArticleFacts facts, int end) {
        int at = end;
        while (at < t.length() && "、和及".indexOf(t.charAt(at)) >= 0) {
            String title = Lexicons.GOV_TITLES.prefixAt(t.view(), at + 1);
            int next = personEndingFrom(facts, at + 1, at + 1 + (title == null ? 0 : title.length()));
            if (next < 0) {
                break;
            }
            at = next;
        }
        return at;
    }

    /** The end of a person's mention that starts at {@code a} or {@code b}, or -1. */
    private static int personEndingFrom(ArticleFacts facts, int a, int b) {
        for (Entity e : facts.entities()) {
            if (e.type().isPerson()) {
                for (Span m : e.mentions()) {
                    if (m.start() == a || m.start() == b) {
                        return m.end();
                    }
                }
            }
        }
        return -1;
    }

    private static boolean visitedAt(ArticleText t, Entity e, Span body) {
        for (Span m : e.mentions()) {
            if (body.contains(m) && AT.matcher(t.view().substring(Math.max(body.start(), m.start() - 2), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The headline, or the first sentence of the body. */
    private static boolean inLead(ArticleText t, Span m) {
        if (t.inTitle(m.start())) {
            return true;
        }
        int body = t.article().bodyStart();
        Span first = t.sentenceAt(Math.min(t.length() - 1, body));
        return m.start() < first.end() + 1;
    }
}
