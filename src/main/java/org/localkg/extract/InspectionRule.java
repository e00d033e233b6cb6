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
    private static final Pattern VERB = Pattern.compile("(?:专题|实地|深入|先后|一行|率队|带队)?(?:调研|考察|视察|察看|走访|检查)");

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
                v.region(m.end(), Math.min(t.length(), m.end() + 8));
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
            for (Facts.Link l : facts.enterprises) {
                if (targets.contains(l.project()) && !targets.contains(l.other())) {
                    targets.add(l.other());
                }
            }
            if (!targets.isEmpty()) {
                facts.inspections.add(new Facts.Inspection(official, targets, evidence));
            }
        }
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
