package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.nlp.Token;

/**
 * A base where others build is a park: 在某某汽车产业基地建设甲项目, 拟在某区某某产业基地核心区建设乙. After 在, a
 * name ending in 产业基地 (or 工业基地) and then a verb of building or settling, maybe after the base's part
 * (核心区, 园区). A base a company names (某集团某某产业基地) or that is itself built (建设某某产业基地) is a
 * project, and the project rules read it; here only the place where the verb's works go.
 */
final class BasesBuiltIn {
    /** 在, the base's own words (no mark, no 的) and its word, a part of it, then the verb. */
    private static final Pattern BUILT_IN = Pattern.compile(
            "在([^，。；、,;:：()（）\\s的在]{2,14}?(?:产业|工业)基地)(?:核心区|园区|内)?(?:投资|开工)?(?:建设|新建|兴建|投建|打造|落户|布局)");

    private BasesBuiltIn() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = BUILT_IN.matcher(t.view());
        while (m.find()) {
            Span base = new Span(m.start(1), m.end(1));
            if (!t.isTokenBoundary(base.start()) || facts.claimed(base) || startsWithCompany(facts, base) || verbInside(t, base)) {
                continue;
            }
            facts.mention(EntityType.PARK, base);
        }
    }

    /** 在某集团某某产业基地: the company's base, a works of its own. */
    private static boolean startsWithCompany(ArticleFacts facts, Span base) {
        return facts.entities().stream().filter(e -> e.is(EntityType.ENTERPRISE))
                .anyMatch(e -> e.mentions().stream().anyMatch(m -> m.start() == base.start()));
    }

    /** A verb of building among the base's words (在园区建设某某产业基地, 在全市推进某产业基地): a clause, no name. */
    private static final Pattern BUILDING_INSIDE = Pattern.compile("建设|新建|建成|推进|打造|发展|引进|规划|筹建");

    private static boolean verbInside(ArticleText t, Span base) {
        Matcher m = BUILDING_INSIDE.matcher(t.view()).region(base.start(), base.end());
        while (m.find()) {
            Token tk = t.tokenAt(m.start());
            if (tk != null && tk.start() == m.start() && tk.tag().startsWith("v")) {
                return true;
            }
        }
        return false;
    }
}
