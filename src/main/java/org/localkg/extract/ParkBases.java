package org.localkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 某经济技术开发区某某科技产业基地: a base named right after a park's name, with nothing between, is a part of that
 * park, and a park itself (the works built there are in it); not one named for its industries alone (新能源科技产业基地). Not when the base is a project's (…产业基地项目,
 * …产业基地建设): then it is the works, and the project rules read it. A base named with its place right before
 * works named with theirs is where those works stand (某地某某产业基地|辽宁某某项目), a park too; and so is a base, named
 * by its place, that companies settle in (某地某某制造业基地成立以来，已入驻企业31家).
 */
final class ParkBases {
    private ParkBases() {}

    /** A base's own words and its word: 某某科技产业基地, 某某产业基地. */
    private static final Pattern BASE = Pattern.compile("(\\p{IsHan}{2,6}?)(?:科技|创新)?产业基地");
    /** Words after a base that make it works being built, not a place. */
    private static final Pattern WORKS_AFTER = Pattern.compile("^(?:项目|工程|建设|一期|二期|三期)");

    /** A base named for its industries alone (新能源|科技产业基地) is a kind of base the park holds, no part named. */
    private static boolean industriesOnly(String stem) {
        String s = stem;
        for (String tail; !s.isEmpty() && (tail = Lexicons.INDUSTRY.suffixAt(s, s.length())) != null; ) {
            s = s.substring(0, s.length() - tail.length());
        }
        return s.length() < 2;
    }

    /** The word of a base of industry; the place its name opens with stands up to ten characters before it. */
    private static final String BASE_WORD = "产业基地";
    /** Works named right after: up to a 项目 or 工程 within the clause. */
    private static final Pattern WORKS_NAMED_AFTER = Pattern.compile("[^，,。；;、：:（(）)]{2,25}?(?:项目|工程)");

    /**
     * A base named at a clause's start, then companies settling in it (某地高端制造业基地成立以来，已入驻企业31家):
     * the base holds companies, so it is a park.
     */
    private static final Pattern BASE_COMPANIES_SETTLE_IN = Pattern.compile(
            "(?:^|(?<=[，,。；;：:\\s“”]))(\\p{IsHan}{4,14}?基地)(?:成立以来|建成以来|内|里)?[，,]?[^。；;，,]{0,6}?[，,]?"
                    + "(?:已|先后|累计|共)?(?:入驻|落户|集聚)了?(?:企业|\\d+家|[一二三四五六七八九十百]+家)");

    static void recognize(ArticleText t, ArticleFacts facts) {
        basesBeforeWorks(t, facts);
        if (t.view().contains("基地")) { // the pattern is tried after every mark: skip articles that name no base
            basesCompaniesSettleIn(t, facts);
        }
        for (Entity park : List.copyOf(facts.entities())) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : List.copyOf(park.mentions())) {
                Matcher base = BASE.matcher(t.view()).region(m.end(), Math.min(t.length(), m.end() + 12));
                if (base.lookingAt() && !industriesOnly(base.group(1)) && !WORKS_AFTER.matcher(t.view().substring(base.end())).find()
                        && t.isTokenBoundary(m.end()) && (base.end() == t.length() || t.isTokenBoundary(base.end()))) {
                    facts.mention(EntityType.PARK, new Span(m.start(), base.end()));
                }
            }
        }
    }

    /** 某地高端制造业基地成立以来，已入驻企业31家: a base of a place that companies settle in is a park. */
    private static void basesCompaniesSettleIn(ArticleText t, ArticleFacts facts) {
        Matcher settled = BASE_COMPANIES_SETTLE_IN.matcher(t.view());
        while (settled.find()) {
            Span base = new Span(settled.start(1), settled.end(1));
            String place = org.localkg.resolve.Divisions.get().regionAt(t.view(), base.start());
            if (place != null && t.isTokenBoundary(base.start()) && base.length() - place.length() >= 4
                    && !facts.claimed(base) && !settled.group(1).matches(".*[的和与及].*")) {
                facts.mention(EntityType.PARK, base);
            }
        }
    }

    /**
     * 到甲、沈北某某通航产业基地|辽宁某某飞机制造项目: a base of industry whose name opens at a place's name,
     * right after a mark, the clause's start or a verb of visiting (来到), and right before works whose name opens at a
     * place's name too: the base is where the works stand, a park (the works' name is whole without it).
     */
    private static void basesBeforeWorks(ArticleText t, ArticleFacts facts) {
        org.localkg.resolve.Divisions divisions = org.localkg.resolve.Divisions.get();
        for (int word : t.indexesOf(BASE_WORD)) {
            int end = word + BASE_WORD.length();
            if (divisions.regionAt(t.view(), end) == null || !WORKS_NAMED_AFTER.matcher(t.view()).region(end, t.length()).lookingAt()
                    || !t.isTokenBoundary(end)) {
                continue;
            }
            for (int start = Math.max(0, word - 10); start <= word - 2; start++) {
                boolean opens = start == 0 || "、，,：:；;。 \n".indexOf(t.charAt(start - 1)) >= 0
                        || NameBoundary.visitingVerbEndsAt(t, start);
                if (opens && divisions.regionAt(t.view(), start) != null && t.isTokenBoundary(start)) {
                    facts.mention(EntityType.PARK, new Span(start, end));
                    break;
                }
            }
        }
    }
}
