package org.localkg.extract;

/**
 * A company named only at the head of its project's name: 某某公司年产5万吨某某项目, a company's
 * word (公司, 集团) and then what the project makes. The head is the company that builds the project
 * (the project facts link a company whose name opens a project's), so it is recorded as one.
 *
 * <p>Only with something after the head (a project that is all company, 某某公司项目, says nothing
 * more), and not for a kind of company (上市公司). An industry word alone (某某铝业氧化铝项目) is not
 * enough: abbreviations and fields (绿建技术, 新能源汽车) end in the same words.
 */
final class CompaniesHeadingProjects {
    /** Company words that may end a head inside a project's name. */
    private static final String[] COMPANY_WORDS = {"公司", "集团"};

    private CompaniesHeadingProjects() {
    }

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (Entity p : new java.util.ArrayList<>(facts.entities())) {
            if (!p.is(EntityType.PROJECT) || p.is(EntityType.ENTERPRISE) || p.is(EntityType.PARK)) {
                continue;
            }
            for (Span m : new java.util.ArrayList<>(p.mentions())) {
                if (named(facts, m.start())) {
                    continue;
                }
                Span head = companyWordHead(t, m);
                if (head != null) {
                    facts.mention(EntityType.ENTERPRISE, head);
                }
            }
        }
    }

    /** Whether a company or body the article knows opens at {@code start} already. */
    private static boolean named(ArticleFacts facts, int start) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE) || e.is(EntityType.ORGANIZATION)) {
                for (Span s : e.mentions()) {
                    if (s.start() == start) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The end of a project's own words: before its 项目 or 工程 when it has one. */
    private static int coreEnd(ArticleText t, Span m) {
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), m.end());
        return suffix == null ? m.end() : m.end() - suffix.length();
    }

    /** 某某公司年产…项目: the first 公司 or 集团 with two characters or more before it and after it. */
    private static Span companyWordHead(ArticleText t, Span m) {
        int end = coreEnd(t, m);
        for (int k = m.start() + 2; k + 2 <= end - 2; k++) {
            for (String w : COMPANY_WORDS) {
                if (t.view().startsWith(w, k) && allHan(t, m.start(), k)
                        && !CompanyKinds.kindOnly(t, m.start(), k, k + w.length())) {
                    return new Span(m.start(), k + w.length());
                }
            }
        }
        return null;
    }

    private static boolean allHan(ArticleText t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ArticleText.isHan(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
