package org.localkg.extract;

import org.localkg.extract.CoordinationList.Kind;
import org.localkg.extract.CoordinationList.Verb;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A division's name in brackets right after a name's word, in {@code [from, to)} with no 的, 和, 与 or 及 and no
     * verb opening it (来自北京(海淀)的|某公司, 甲(天津)和|乙公司: two phrases, not one name).
     */
    private static boolean bracketedPlaceInName(ArticleText t, int from, int to) {
        String prefix = t.slice(from, to);
        org.localkg.nlp.Token first = t.tokenAt(from);
        if (prefix.chars().anyMatch(c -> "的和与及".indexOf(c) >= 0) || first == null || first.tag().startsWith("v")) {
            return false;
        }
        return LearnedBoundaries.bracketedPlaceAt(t, from, to, true) >= 0;
    }

    /**
     * Takes back the companies read inside an item that is a company's whole legal name, ending where it ends, when a
     * bracketed place before them stopped the reading (某某(某地)电气工程配电|系统有限公司) and nothing else claims the item.
     */
    private static void forgetReadShort(ArticleFacts facts, Span item) {
        List<Entity> found = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (Entity e : facts.entities()) {
            for (Span m : e.mentions()) {
                if (!m.overlaps(item)) {
                    continue;
                }
                if (!e.is(EntityType.ENTERPRISE) || !item.contains(m) || m.end() != item.end() || m.equals(item)
                        || !bracketedPlaceInName(facts.text(), item.start(), m.start())) {
                    return; // (还到|某某股份有限公司: words before the name, no part of it)
                }
                found.add(e);
                spans.add(m);
            }
        }
        for (int k = 0; k < spans.size(); k++) {
            facts.forget(found.get(k), spans.get(k));
        }
    }

    /** A company's name by its trade (某某酒业, 某某面业: a trade of 业) or legal form (某某有限公司), not a kind of companies (外贸企业). */
    private static boolean tradeNamed(String name) {
        return !name.endsWith("企业") && NameChecks.specific(name).length() >= 3 && (Lexicons.INDUSTRY.suffixAt(name, name.length()) != null
                || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(name, name.length()) != null || name.endsWith("业") && !name.endsWith("产业"));
    }

    /** The item's last word is an adjective (关联度|高, 特色|鲜明): it says how something is, it names nothing. */
    private static boolean endsInQuality(ArticleText t, Span s) {
        org.localkg.nlp.Token last = t.tokenAt(s.end() - 1);
        org.localkg.nlp.Token before = last == null || last.start() <= s.start() ? null : t.tokenAt(last.start() - 1);
        // (a common noun and the adjective, subject and predicate; 某地|美好/a, a place and a brand, is a name)
        return last != null && last.end() == s.end() && last.tag().startsWith("a") && before != null && before.end() == last.start()
                && (before.tag().equals("n") || before.tag().equals("vn"));
    }

    /** Openers that name what the count before them counted (企业共有5家，分别是|…), not verbs of visiting. */
    private static final java.util.regex.Pattern NAMING_OPENER = java.util.regex.Pattern.compile("(?:分别|主要)?(?:是|为|有)|包括|包含|[：:]");

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (CoordinationList list : facts.lists()) {
            // 等…企业 after the items, or before them 参展企业共有5家，分别是 (an opener the companies open)
            boolean opened = list.kind() == Kind.ENTERPRISE && list.head() == null && list.opener() != null
                    && NAMING_OPENER.matcher(t.slice(list.opener().start(), list.opener().end())).matches();
            // 以甲、乙为代表的一批企业 (or 项目, of items that are companies' names): the list says what its items are
            boolean stoodFor = list.kind() == Kind.ENTERPRISE && list.head() == null && list.opener() != null
                    && t.slice(list.opener().start(), list.opener().end()).equals("以");
            boolean declared = list.kind() == Kind.ENTERPRISE && list.head() != null || opened || stoodFor || companiesOfPeople(t, list);
            boolean visitedOrSigned = list.verb() == Verb.VISIT || list.verb() == Verb.SIGN;
            boolean withCompanies = visitedOrSigned && (mostlyIndustries(t, list)
                    || list.items().stream().anyMatch(i -> "enterprise".equals(CoordinationLists.endingKind(t, i))));
            if (!declared && !withCompanies || !declared && ProjectListRecognizer.visitedWorks(t, list)
                    || list.kind() == Kind.PROJECT && list.head() != null) {
                continue; // (甲建设、乙建设等项目40个: the head says what the items are, works, whatever their endings)
            }
            long qualities = list.items().stream().filter(i -> endsInQuality(t, i)).count(); // (a list of qualities: none of its items a company's)
            for (Span item : list.items()) {
                Span s = item == list.items().get(0) ? afterClauseOpening(t, item) : item;
                String name = t.slice(s.start(), s.end());
                if (s.length() < 2 || s.length() > 20 || Divisions.get().isPlace(name)
                        || NameChecks.specific(name).length() < 2
                        || Lexicons.ORGANIZATION_SUFFIXES.suffixAt(name, name.length()) != null) {
                    continue; // a government or institute listed with companies stays what it is
                }
                if (declared && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(name, name.length()) == null && (endsInQuality(t, s) || qualities >= 2)) {
                    continue; // 特色鲜明、链条完整、关联度高…的产业体系，形成以甲公司等企业: qualities, and what they are listed with, no company
                }
                if (declared && otherThing(t, s)) {
                    continue; // 考察了某产业园的规划建设、某河治理工程、某中心建设和某公司等企业: a park, works, a building among them
                }
                if (opened && !tradeNamed(name)) {
                    continue; // 企业负责人分别是甲、乙, 企业类型包括：科技型企业: people, kinds; what the opener names are companies by their trade
                }
                if (!declared && (Lexicons.INDUSTRY.suffixAt(name, name.length()) == null || !NameChecks.enterpriseName(name)
                        || Lexicons.PROJECT_SUFFIXES.suffixAt(name, name.length()) != null)) {
                    continue; // 某某干道工程 among visited companies: 工程 ends a works' name there, not a trade's
                }
                if (declared && LearnedNameRecognizer.industryWordsOnly(t.slice(CoordinationLists.afterOpeningVerb(t, s), s.end()))) {
                    continue; // 带动化工、仓储等配套产业百余家企业: the fields the companies are in, none of them
                }
                if (!declared && facts.find(name).isEmpty()) {
                    forgetParentGroup(facts, s); // 某某集团|某某矿业: the parent group opens its subsidiary's name
                }
                if (declared && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(name, name.length()) != null) {
                    forgetReadShort(facts, s); // 汉森(某地)电气工程配电|系统有限公司: the item is the whole name
                }
                if (facts.claimed(s)) {
                    continue;
                }
                Entity shortOf = shortNameOf(facts, name);
                if (shortOf != null) {
                    facts.alias(shortOf, s); // 贝赛尔科技 for 贝赛尔科技(常州)有限公司
                    continue;
                }
                Entity known = facts.find(name).orElse(null);
                Span shaped = NamePhrase.shape(t, EntityType.ENTERPRISE, s);
                if (shaped == null || !shaped.equals(s) && !NameChecks.enterpriseName(t.slice(shaped.start(), shaped.end()))) {
                    continue; // 三台|酒业 read as a count and a trade: what is left names no company
                }
                if (known == null || known.is(EntityType.ENTERPRISE) || known.is(EntityType.ORGANIZATION)) {
                    Entity e = facts.mention(EntityType.ENTERPRISE, s);
                    if (e != null) {
                        e.removeType(EntityType.ORGANIZATION);
                    }
                }
            }
        }
        withOtherCompanies(t, facts);
    }

    /**
     * 会见甲集团、乙国际等企业负责人: the bodies the people of a list come from, companies by the head's word, when each item
     * ends in a company's word or is a name's words (not 邀请了精细化工、食品深加工等企业代表, the fields they are in; nor
     * 甲某、乙某等企业负责人, the people themselves).
     */
    private static boolean companiesOfPeople(ArticleText t, CoordinationList list) {
        return list.kind() == Kind.PERSON && CoordinationLists.headsPeopleOfCompanies(t, list) && list.items().stream().allMatch(i -> {
            String kind = CoordinationLists.endingKind(t, i);
            return "enterprise".equals(kind) || kind == null && CoordinationLists.nameLike(t, i)
                    && !LearnedNameRecognizer.industryWordsOnly(t.slice(i.start(), i.end()));
        });
    }

    /** An activity said of what the item names: 的规划建设, 建设, 改造 after a park's, works' or building's word. */
    private static final java.util.regex.Pattern ACTIVITY_AFTER = java.util.regex.Pattern.compile("(?:的)?(?:规划建设|规划|建设|改造|提升)(?:情况)?$");

    /**
     * The item names works, a park or a building (某某治理工程, 某产业园的规划建设, 文体中心建设) by its ending, before any
     * activity said of it: no company, whatever the list's head counts.
     */
    private static boolean otherThing(ArticleText t, Span item) {
        Span named = item;
        java.util.regex.Matcher m = ACTIVITY_AFTER.matcher(t.view()).region(item.start(), item.end());
        if (m.find() && m.start() - item.start() >= 3) {
            named = new Span(item.start(), m.start());
        }
        String kind = CoordinationLists.endingKind(t, named);
        return kind != null && !kind.equals("enterprise") && !kind.equals("person")
                && (named != item || !kind.equals("facility"));
    }

    /**
     * The first item without the clause's opening verbs and adverbs, two words or more of them (要|充分|发挥|
     * 某某等国有企业, 要|增强|某某等企业): a clause's predicate before its object, no part of a name (one verb-like
     * word alone may open a name the dictionary knows otherwise).
     */
    private static Span afterClauseOpening(ArticleText t, Span item) {
        int s = item.start();
        int words = 0;
        while (s < item.end()) {
            var tk = t.tokenAt(s);
            if (tk == null || tk.start() != s || tk.end() > item.end() - 2
                    || !(tk.tag().startsWith("v") && !tk.tag().equals("vn") || tk.tag().equals("ad") || tk.tag().equals("d"))
                    || t.dictionaryTags(tk.text()).isEmpty()) {
                break;
            }
            s = tk.end();
            words++;
        }
        if (words >= 2) {
            return new Span(s, item.end());
        }
        // 园区已集聚|甲光电、…: a subject, an adverb of time and its verb open the clause; the object starts after them
        for (int i = item.start(); i < item.end(); ) {
            var adverb = t.tokenAt(i);
            if (adverb == null) {
                i++;
                continue;
            }
            var verb = adverb.start() == i ? t.tokenAt(adverb.end()) : null;
            if (verb != null && TIME_ADVERBS.contains(adverb.text()) && verb.start() == adverb.end() && verb.tag().startsWith("v")
                    && verb.end() <= item.end() - 2) { // (a verbal noun too: after 已 it is the verb, 已集聚)
                return new Span(verb.end(), item.end());
            }
            i = Math.max(i + 1, adverb.end());
        }
        return item;
    }

    /** Adverbs of time or order before a clause's verb (已集聚, 先后引进, 陆续落户). */
    private static final java.util.Set<String> TIME_ADVERBS = java.util.Set.of("已", "已经", "先后", "陆续", "相继", "正在", "还", "又");

    /** 及, 和 or 与, then companies of a kind: 上下游企业, 相关企业, 其他企业, 配套企业. */
    private static final java.util.regex.Pattern AND_OTHER_COMPANIES = java.util.regex.Pattern.compile(
            "(?=[以及和与])(?:以及|及|和|与)(?:其)?(?:上下游|相关|其他|配套|周边|入驻|重点)企业");

    /**
     * 听取甲电气及上下游企业…情况介绍: a short name that ends in an industry word, joined to companies of a
     * kind, is a company too. The name is the segmenter's nouns right before the conjunction.
     */
    private static void withOtherCompanies(ArticleText t, ArticleFacts facts) {
        java.util.regex.Matcher m = AND_OTHER_COMPANIES.matcher(t.view());
        while (m.find()) {
            int end = m.start();
            int start = end;
            while (start > 0 && end - start < 10) {
                org.localkg.nlp.Token tk = t.tokenAt(start - 1);
                // nouns, and the lone characters of a name the segmenter does not know (正|泰|电气)
                boolean lone = tk != null && tk.text().length() == 1 && ArticleText.isHan(tk.text().charAt(0))
                        && "pcuw".indexOf(tk.tag().charAt(0)) < 0;
                if (tk == null || tk.end() != start || !(tk.tag().startsWith("n") || tk.tag().equals("b") || lone)) {
                    break;
                }
                start = tk.start();
            }
            Span s = new Span(start, end);
            String name = t.slice(start, end);
            if (s.length() < 3 || Lexicons.INDUSTRY.suffixAt(name, name.length()) == null || !NameChecks.enterpriseName(name)
                    || Divisions.get().isPlace(name) || facts.claimed(s)) {
                continue;
            }
            facts.mention(EntityType.ENTERPRISE, s);
        }
    }

    /**
     * Most items, and at least two, end in an industry word and read as a company's name (甲矿业、乙化工、
     * 丙药业): a list of companies by their short names, whatever their legal suffixes.
     */
    private static boolean mostlyIndustries(ArticleText t, CoordinationList list) {
        long industries = list.items().stream().filter(i -> {
            String name = t.slice(i.start(), i.end());
            String industry = Lexicons.INDUSTRY.suffixAt(name, name.length());
            return industry != null && NameChecks.enterpriseName(name) && !commonWordsOnly(t, i.start(), i.end() - industry.length());
        }).count();
        return industries >= 2 && industries * 2 > list.items().size();
    }

    private static final java.util.Set<String> COMMON = java.util.Set.of("n", "vn", "v", "vi", "a", "an");

    /** Common words of two characters or more only (县域|经济|发展, 产业|项目|建设): a field of work, no company's name. */
    private static boolean commonWordsOnly(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            var tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.text().length() < 2 || !COMMON.contains(tk.tag())) {
                return false;
            }
            i = tk.end();
        }
        return to > from;
    }

    /**
     * Takes back a company named at the start of a list item that ends in an industry word (某某集团
     * 某某矿业: the parent group in its subsidiary's name), so that the item names the subsidiary.
     */
    private static void forgetParentGroup(ArticleFacts facts, Span item) {
        List<Entity> inside = new ArrayList<>();
        List<Span> mentions = new ArrayList<>();
        for (Entity e : facts.entities()) {
            for (Span m : e.mentions()) {
                if (!m.overlaps(item)) {
                    continue;
                }
                if (!e.is(EntityType.ENTERPRISE) || m.start() < item.start() || m.end() >= item.end() - 2) {
                    return; // something else is named there, or the company takes the whole item
                }
                inside.add(e);
                mentions.add(m);
            }
        }
        for (int k = 0; k < inside.size(); k++) {
            facts.forget(inside.get(k), mentions.get(k));
        }
    }

    static Entity shortNameOf(ArticleFacts facts, String name) {
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
