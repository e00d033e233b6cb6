package org.localkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 重点实施十二项工程：甲创新工程、乙培育工程、丙建设工程…: a count of 工程 before a colon introduces a plan's
 * programmes, each called 工程 as a programme is, not works built at a site, when more than half the items say what the
 * programme does (提升, 培育, 创新…); the items' names are no projects.
 */
final class ProgrammesListed {
    private ProgrammesListed() {}

    /** A count of programmes closing the words before the colon: 十二项工程, 五大工程, 3项重点工程. */
    private static final Pattern PROGRAMMES_COUNTED = Pattern.compile(
            "[一二三四五六七八九十两\\d]+(?:项|大)(?:重点|重大)?工程$");

    /** What a programme does, right before its 工程: 提升工程, 培育工程, 创新工程 (more than half the items say it). */
    private static final Pattern PROGRAMME_WORK = Pattern.compile(
            "(?:提升|培育|引育|发展|创新|优化|治理|服务|振兴|保护|惠民|强基|升级|攻坚|引领|促进|行动|赋能|育人|帮扶|示范)工程$");

    static void apply(ArticleText t, ArticleFacts facts) {
        for (CoordinationList l : facts.lists()) {
            if (l.opener() == null || l.items().size() < 3 || !":：".contains(t.slice(l.opener().start(), l.opener().end()))
                    || !PROGRAMMES_COUNTED.matcher(t.view()).region(t.clauseStart(l.opener().start()), l.opener().start()).find()
                    || !l.items().stream().allMatch(i -> t.slice(i.start(), i.end()).endsWith("工程"))
                    || 2 * l.items().stream().filter(i -> PROGRAMME_WORK.matcher(t.slice(i.start(), i.end())).find()).count() <= l.items().size()) {
                continue; // (三项重点工程：甲大桥工程、乙机场改扩建工程: works built, each at its place)
            }
            for (Entity e : List.copyOf(facts.entities())) {
                if (!e.is(EntityType.PROJECT) || e.types().size() > 1) {
                    continue;
                }
                for (Span m : List.copyOf(e.mentions())) {
                    if (l.items().stream().anyMatch(i -> i.start() <= m.start() && m.end() <= i.end())) {
                        facts.forget(e, m);
                    }
                }
            }
        }
    }
}
