package org.localkg.extract;

import java.util.List;

/**
 * A park named right after a company's full name (某集团某新材料产业园, 某某有限公司某物流园): the company's own park,
 * works it builds, so a project whose name runs from the company's to the park's word (the project facts then
 * link the company that opens it). A park already read from the company's first character on (a list's item)
 * becomes works as well; a park read without the company keeps that shorter name as the works' alias.
 */
final class CompaniesParks {
    private CompaniesParks() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (Entity park : List.copyOf(facts.entities())) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : List.copyOf(park.mentions())) {
                Span company = companyOpening(t, facts, m);
                if (company == null || Lexicons.ROLE_TITLES.prefixAt(t.view(), m.end()) != null) {
                    continue; // (某集团某养殖区|总裁某某: a unit of the company someone heads, no works)
                }
                if (park.mentions().stream().anyMatch(o -> !o.equals(m) && companyOpening(t, facts, o) == null)) {
                    continue; // 某公司|某地新区…项目 where the article names the zone on its own too: the company's site there
                }
                if (company.start() == m.start()) {
                    facts.mention(EntityType.PROJECT, m); // the item 某集团某产业园: a park and works
                    continue;
                }
                Entity works = facts.mention(EntityType.PROJECT, new Span(company.start(), m.end()));
                if (works != null && works != park) {
                    String shorter = t.originalSlice(m);
                    facts.forget(park, m);
                    works.addName(shorter);
                }
            }
        }
    }

    /** A company's mention, ending in its legal or group word, that opens {@code m} or ends right where it starts. */
    private static Span companyOpening(ArticleText t, ArticleFacts facts, Span m) {
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE) || e.is(EntityType.PARK) || e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span c : e.mentions()) {
                boolean opens = c.start() == m.start() && c.end() < m.end() - 2 || c.end() == m.start();
                if (opens && COMPANY_END.matcher(t.slice(c.start(), c.end())).find() && namedPark(t.slice(Math.max(c.end(), m.start()), m.end()))) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The park has a name of its own after the company's (某集团|西山新材料产业园), not only the word for one
     * (某集团有限公司|产业园 运营多年: the company's site, spoken of as a place).
     */
    private static boolean namedPark(String park) {
        String suffix = Lexicons.PARK_SUFFIXES.suffixAt(park, park.length());
        String before = suffix == null ? park : park.substring(0, park.length() - suffix.length());
        return NameChecks.specific(before).length() >= 2;
    }

    private static final java.util.regex.Pattern COMPANY_END = java.util.regex.Pattern.compile("(?:集团|公司)$");
}
