package org.localkg.extract;

import org.localkg.extract.CoordinationList.Kind;
import org.localkg.extract.CoordinationList.Verb;
import org.localkg.resolve.Divisions;

/**
 * Companies that the article's coordination lists ({@link CoordinationLists}) name by short names:
 * the items of a list closed by 等…企业 (北汽重卡、中汽研、常州易控等代表企业) are enterprises unless
 * they are places or known as something else; in a list that already names companies and is
 * visited or signed with (走进甲公司、乙药业), an item that ends in an industry word (药业, 科技) is one
 * too. A short name of a company named in full is an alias of it.
 */
final class EnterpriseListRecognizer {
    private EnterpriseListRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (CoordinationList list : facts.lists()) {
            boolean declared = list.kind() == Kind.ENTERPRISE && list.head() != null;
            boolean withCompanies = (list.verb() == Verb.VISIT || list.verb() == Verb.SIGN)
                    && list.items().stream().anyMatch(i -> CoordinationLists.endingKind(t, i) != null
                        && CoordinationLists.endingKind(t, i).equals("enterprise"));
            if (!declared && !withCompanies) {
                continue;
            }
            for (Span s : list.items()) {
                String name = t.slice(s.start(), s.end());
                if (s.length() < 2 || s.length() > 20 || Divisions.get().isPlace(name)
                        || NameChecks.specific(name).length() < 2 || facts.claimed(s)
                        || Lexicons.ORGANIZATION_SUFFIXES.suffixAt(name, name.length()) != null) {
                    continue; // a government or institute listed with companies stays what it is
                }
                if (!declared && (Lexicons.INDUSTRY.suffixAt(name, name.length()) == null || !NameChecks.enterpriseName(name))) {
                    continue;
                }
                Entity shortOf = shortNameOf(facts, name);
                if (shortOf != null) {
                    facts.alias(shortOf, s); // 贝赛尔科技 for 贝赛尔科技(常州)有限公司
                    continue;
                }
                Entity known = facts.find(name).orElse(null);
                if (known == null || known.is(EntityType.ENTERPRISE) || known.is(EntityType.ORGANIZATION)) {
                    Entity e = facts.mention(EntityType.ENTERPRISE, s);
                    if (e != null) {
                        e.removeType(EntityType.ORGANIZATION);
                    }
                }
            }
        }
    }

    private static Entity shortNameOf(ArticleFacts facts, String name) {
        String k = org.localkg.resolve.Names.key(name);
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE) && !e.keys().contains(k)) {
                for (String full : e.keys()) {
                    if (ShortNames.of(full, EntityType.ENTERPRISE).contains(k)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }
}
