package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Later mentions of what an article has already named: a person's name alone (陈金虎指出), a
 * company's or park's short name (科恩, 绿建区). Each becomes a mention of the same entity.
 */
final class Coreference {
    private Coreference() {}

    static void resolve(ArticleText t, ArticleFacts facts) {
        parksAtTheirPlace(t, facts);
        nested(facts, EntityType.PARK);
        nested(facts, EntityType.ENTERPRISE);
        parksNamingCompanies(facts);
        sameEnterprises(facts);
        fieldsCalledProjects(t, facts);
        sameProjects(facts);
        nicknamedProjects(t, facts);
        shortenedProjects(facts);
        projectsByCompanyName(t, facts);
        repeatedProjectNames(t, facts);
        projectsWithoutCompany(t, facts);
        projectsWithoutPark(t, facts);
        parksNamingProjects(t, facts);
        sameProjects(facts); // again: a project's name after 暨 (甲园暨乙基地项目) is known only now
        sameParks(t, facts);
        parksWithoutTheirCity(t, facts);
        bracketedParks(t, facts);
        bareZoneWords(t, facts);
        for (Entity e : new ArrayList<>(facts.entities())) {
            if (e.type().isPerson()) {
                for (int at : t.indexesOf(e.form())) {
                    Span s = new Span(at, at + e.form().length());
                    if (!coveredByOther(facts, e, s) && wordEndsAt(t, s.end(), e)) {
                        e.addMention(s);
                    }
                }
            } else if (e.is(EntityType.ENTERPRISE) || e.is(EntityType.PARK) || e.is(EntityType.ORGANIZATION)) {
                shortNames(t, facts, e);
            }
        }
    }

    /**
     * A park that opens a project's name after words of its own and then a region's name (某某大地新能源|
     * 永昌化工循环产业园|集中供汽项目): the words before the place are the builder's, the park starts at
     * its place. Four characters at least before the place (中新|天津生态城 is one name), five after it.
     */
    private static void parksAtTheirPlace(ArticleText t, ArticleFacts facts) {
        var divisions = org.localkg.resolve.Divisions.get();
        for (Entity park : new ArrayList<>(facts.entities())) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : new ArrayList<>(park.mentions())) {
                if (!opensProject(facts, m)) {
                    continue;
                }
                for (int i = m.start() + 4; i <= m.end() - 5; i++) {
                    String region = t.isTokenBoundary(i) ? divisions.regionAt(t.view(), i) : null;
                    if (region != null && region.length() >= 2 && divisions.isRegion(region) && buildersWords(t, m.start(), i)) {
                        facts.forget(park, m);
                        facts.mention(EntityType.PARK, new Span(i, m.end()));
                        break;
                    }
                }
            }
        }
    }

    /**
     * {@code [from, to)} can be a builder's words before a park: no region's name in it but at its start, and
     * four characters at least besides (浙江省杭州湾|上虞…, 湖北宜昌邦|普宁…: a place before the place is the
     * park's own), no bracket or dash (海峡两岸（三明）…, 中国—马来西亚钦州…: a name that holds its place in
     * brackets), whole words at both ends.
     */
    private static boolean buildersWords(ArticleText t, int from, int to) {
        if (!t.isTokenBoundary(from) || !t.isTokenBoundary(to)) {
            return false;
        }
        // a builder's short name may open with its own city (某市某某新能源|某化工园): a region at the start only
        String opening = org.localkg.resolve.Divisions.get().regionAt(t.view(), from);
        for (int i = opening == null ? from : from + opening.length(); i < to; i++) {
            char c = t.charAt(i);
            if (!ArticleText.isHan(c) || org.localkg.resolve.Divisions.get().regionAt(t.view(), i) != null) {
                return false;
            }
        }
        return to - from - (opening == null ? 0 : opening.length()) >= 4;
    }

    /** A project's mention starts where {@code m} does and runs on past it. */
    private static boolean opensProject(ArticleFacts facts, Span m) {
        return facts.entities().stream().anyMatch(e -> e.is(EntityType.PROJECT)
                && e.mentions().stream().anyMatch(pm -> pm.start() == m.start() && pm.end() > m.end()));
    }

    /**
     * A park named with its city and then its county or district (某市某区产业园, the county one of the
     * city's) is also called without the city (某区产业园): the county's name still says where it is, so
     * the shorter form is the same park's.
     */
    private static void parksWithoutTheirCity(ArticleText t, ArticleFacts facts) {
        var divisions = org.localkg.resolve.Divisions.get();
        for (Entity park : facts.entities()) {
            if (!park.is(EntityType.PARK) || park.mentions().isEmpty()) {
                continue;
            }
            Span m = park.mentions().get(0);
            String city = divisions.regionAt(t.view(), m.start());
            if (city == null || m.length() - city.length() < 4) {
                continue;
            }
            int at = m.start() + city.length();
            String county = divisions.regionAt(t.view(), at);
            if (county != null && m.end() - at - county.length() >= 2 && countyOf(divisions, county, city)
                    && divisions.uniqueRegion(county, null).isPresent()) {
                park.addName(t.originalSlice(new Span(at, m.end())));
            }
        }
    }

    /** Whether a county-level division called {@code county} lies in a city called {@code city}. */
    private static boolean countyOf(org.localkg.resolve.Divisions divisions, String county, String city) {
        return divisions.lookup(county).stream().filter(d -> d.level().equals("county"))
                .anyMatch(d -> divisions.withAncestors(d).stream().anyMatch(a -> a.level().equals("city")
                        && (a.name().equals(city) || a.name().startsWith(city) || city.startsWith(a.name()))));
    }

    /**
     * A park's or company's name that opens a longer one of the same kind at the same place is part
     * of it (上海自贸区 in 上海自贸区临港新片区, 某油田某集团 in 某油田某集团电缆有限公司): that mention is
     * taken back.
     */
    private static void nested(ArticleFacts facts, EntityType type) {
        for (Entity e : new ArrayList<>(facts.entities())) {
            if (!e.is(type) || e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : new ArrayList<>(e.mentions())) {
                boolean inside = facts.entities().stream().anyMatch(o -> o != e && o.is(type)
                        && o.mentions().stream().anyMatch(om -> om.start() == m.start() && om.end() > m.end()
                                && !(type == EntityType.PARK && !o.is(EntityType.PROJECT) && holdsPark(facts.text(), m, om))));
                if (inside && facts.entities().contains(e)) {
                    facts.forget(e, m);
                }
            }
        }
    }

    /**
     * A park's name that opens a company's (某某产业园|有限公司, 某高新区|投资发展有限公司) names the
     * company, the park's developer, and one that opens a hospital's or school's names that institution:
     * there it is no mention of the park.
     */
    private static void parksNamingCompanies(ArticleFacts facts) {
        for (Entity e : new ArrayList<>(facts.entities())) {
            if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT) || e.is(EntityType.ENTERPRISE)) {
                continue;
            }
            for (Span m : new ArrayList<>(e.mentions())) {
                if ((opensCompany(facts, m.start(), m.end()) || opensInstitution(facts, m)) && facts.entities().contains(e)) {
                    facts.forget(e, m);
                }
            }
        }
    }

    /** How the names of a place's hospitals and schools end: 医院, 中学, 学校… */
    private static final java.util.regex.Pattern INSTITUTION_END = java.util.regex.Pattern.compile("(?:医院|学校|中学|小学|学院|幼儿园)$");

    /** 某新区|医院: a zone's name that opens a hospital's or a school's names that institution, no zone. */
    private static boolean opensInstitution(ArticleFacts facts, Span m) {
        for (Entity o : facts.entities()) {
            if (!o.is(EntityType.ORGANIZATION) || o.is(EntityType.PARK)) {
                continue;
            }
            for (Span om : o.mentions()) {
                if (om.start() == m.start() && om.end() > m.end()
                        && INSTITUTION_END.matcher(facts.text().slice(om.start(), om.end())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    static final java.util.regex.Pattern HOLDING_ZONE = java.util.regex.Pattern.compile("(?:开发区|高新区|经开区|新区|合作区|工业园区|产业园区)$");
    /** A park a zone holds, or one side of it (某产业园北区). */
    static final java.util.regex.Pattern HELD_PARK = java.util.regex.Pattern.compile("\\p{IsHan}{2,}(?:园|园区|基地|城|谷|集聚区|工业区)(?:[东南西北中]区)?$");

    /**
     * A development zone, then a park of its own name that the zone holds (某经济开发区|某某产业园): both
     * are parks, the zone is no part of the other's name only (unlike 某自贸区|某新片区, a zone's part).
     */
    private static boolean holdsPark(ArticleText t, Span zone, Span whole) {
        return HOLDING_ZONE.matcher(t.slice(zone.start(), zone.end())).find()
                && HELD_PARK.matcher(t.slice(zone.end(), whole.end())).matches() && t.isTokenBoundary(zone.end())
                && !PROJECT_AFTER.matcher(t.view()).region(whole.end(), t.length()).lookingAt();
    }

    /** What makes a park's name the head of a project's (某产业园|二期项目): the zone is then that project's. */
    private static final java.util.regex.Pattern PROJECT_AFTER = java.util.regex.Pattern.compile(
            "(?:[一二三四五六七八九十\\d]+期)?(?:项目|工程)");

    /**
     * One company named twice: with and without its region (鸡东县某某有限公司, 某某有限公司), with and
     * without a word of its legal form (绿地控股集团, 绿地集团; 某某集团有限公司, 某某集团), by its short
     * name and 公司 (某某新材料科技有限公司, 某某公司).
     */
    private static void sameEnterprises(ArticleFacts facts) {
        List<Entity> companies = new ArrayList<>(facts.entities().stream().filter(e -> e.is(EntityType.ENTERPRISE)
                && !e.is(EntityType.PROJECT)).toList());
        for (Entity a : companies) {
            Set<String> forms = null; // a's short forms, made when first asked and again after a merge adds names
            for (Entity b : companies) {
                // (names of one length are tried both ways: 山西某某陶瓷 and 某某陶瓷公司, a short form of the other plus 公司)
                if (a == b || !facts.entities().contains(a) || !facts.entities().contains(b)
                        || org.localkg.resolve.Names.key(a.name()).length() < org.localkg.resolve.Names.key(b.name()).length()) {
                    continue;
                }
                if (forms == null) {
                    forms = shortForms(a);
                }
                if (b.keys().stream().anyMatch(forms::contains) && !shortFormOfAnother(companies, facts, a, b) && !parties(facts, a, b)
                        || abbreviatesOnly(companies, facts, b, a) || tradeNameOnly(companies, facts, b, a)) {
                    facts.merge(a, b);
                    forms = null;
                }
            }
        }
    }

    /** Countries a company's name may open with (美国某某公司, 中国某某集团公司). */
    private static final java.util.regex.Pattern COUNTRY = java.util.regex.Pattern.compile(
            "中国|美国|日本|韩国|德国|法国|英国|意大利|荷兰|瑞士|瑞典|丹麦|芬兰|挪威|比利时|西班牙|加拿大|澳大利亚|新加坡|以色列|俄罗斯");

    /** Two names joined as two parties (甲公司与乙公司签约, 甲和乙之间): two companies, however alike their names. */
    private static boolean parties(ArticleFacts facts, Entity a, Entity b) {
        String v = facts.text().view();
        for (Span x : a.mentions()) {
            for (Span y : b.mentions()) {
                Span first = x.start() < y.start() ? x : y;
                Span second = first == x ? y : x;
                if (second.start() == first.end() + 1 && "与和及同、".indexOf(v.charAt(first.end())) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The shorter names a company may be called by in the article ({@link #sameEnterprises}), normalised. */
    private static Set<String> shortForms(Entity company) {
        Set<String> forms = new java.util.HashSet<>();
        for (String k : company.keys()) {
            for (String f : ShortNames.of(k, EntityType.ENTERPRISE)) {
                forms.add(org.localkg.resolve.Names.key(f));
                String place = org.localkg.resolve.Divisions.get().placeAt(f, 0);
                boolean placeOnly = place != null && (place.length() == f.length()
                        || Lexicons.INDUSTRY.contains(f.substring(place.length()))); // 中国, 中国建设: no brand
                if (!placeOnly) {
                    forms.add(org.localkg.resolve.Names.key(f + "公司")); // 某省某某材料有限公司, then 某某公司
                }
                if (f.endsWith("公司") && !f.endsWith("有限公司") && f.length() >= 5) {
                    // 吉林某某公司 named again as 某某有限公司: the short form with the legal one
                    forms.add(org.localkg.resolve.Names.key(f.substring(0, f.length() - 2) + "有限公司"));
                }
            }
            forms.add(org.localkg.resolve.Names.key(k.replaceFirst("(控股|股份)(?=集团|公司|有限)", "")));
            // 某某集团有限公司 named again as 某某集团: the group without its liability form
            forms.add(org.localkg.resolve.Names.key(k.replaceFirst("(?<=集团)(?:股份有限公司|有限责任公司|有限公司)$", "")));
            // 某某股份有限公司 named again as 某某股份: the joint-stock company without its liability form
            forms.add(org.localkg.resolve.Names.key(k.replaceFirst("(?<=股份)有限公司$", "")));
            // 某某有限责任公司 named again as 某某有限公司: the same liability said short
            forms.add(org.localkg.resolve.Names.key(k.replaceFirst("有限责任公司$", "有限公司")));
            // 美国某某公司 named again as 某某公司: a company's country is no part of what it is called by
            java.util.regex.Matcher country = COUNTRY.matcher(k);
            if (country.lookingAt() && k.length() - country.end() >= 3) {
                forms.add(org.localkg.resolve.Names.key(k.substring(country.end())));
            }
        }
        return forms;
    }

    /**
     * {@code shorter}, 某某公司, is also a short form of another company of the article longer than it
     * (某某精密机械有限公司 and 某某新能源汽车有限公司, then 某某公司): which one the text means is not said.
     */
    private static boolean shortFormOfAnother(List<Entity> companies, ArticleFacts facts, Entity longer, Entity shorter) {
        String s = org.localkg.resolve.Names.key(shorter.name());
        if (!s.endsWith("公司")) {
            return false;
        }
        return companies.stream().filter(c -> c != longer && c != shorter && facts.entities().contains(c)
                        && org.localkg.resolve.Names.key(c.name()).length() > s.length())
                .anyMatch(c -> shortForms(c).contains(s));
    }

    /**
     * {@code shorter} is an abbreviation of {@code longer} and of no other company of the article: three to
     * five characters without a company word, the longer name's first two and then the rest of its characters
     * in order, each further on in the longer name (某华宁煤 for 某华宁夏煤业集团: the first characters of its words).
     */
    private static boolean abbreviatesOnly(List<Entity> companies, ArticleFacts facts, Entity shorter, Entity longer) {
        String s = org.localkg.resolve.Names.key(shorter.name());
        if (s.length() < 3 || s.length() > 5 || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(s, s.length()) != null
                || !abbreviatesNamed(s, longer)) {
            return false;
        }
        return companies.stream().filter(c -> c != longer && c != shorter && facts.entities().contains(c))
                .noneMatch(c -> abbreviatesNamed(s, c));
    }

    /** {@link #abbreviates} the company's name, or that name after the place it opens with (某省|某石清洁能源…公司, 某石能源). */
    private static boolean abbreviatesNamed(String s, Entity company) {
        String name = org.localkg.resolve.Names.key(company.name());
        String afterPlace = ShortNames.stripRegion(name);
        return abbreviates(s, name) || !afterPlace.equals(name) && abbreviates(s, afterPlace);
    }

    /**
     * {@code shorter} is a trade name and 公司 (某某公司) and {@code longer}, after its place, opens with that
     * trade name and goes on with words of its trade (某某制冷设备有限公司): the company called by its trade
     * name, whatever words of its trade the lexicon lacks. Not when what follows the trade name in the
     * longer name is a place or a proper name (某某公司 and 某某南川供电公司, 某某捷通制冷…公司: a branch, a
     * subsidiary of a parent so called), nor when another company of the article opens with the trade
     * name too, a group among them.
     */
    private static boolean tradeNameOnly(List<Entity> companies, ArticleFacts facts, Entity shorter, Entity longer) {
        String s = org.localkg.resolve.Names.key(shorter.name());
        if (!s.endsWith("公司") || !"公司".equals(Lexicons.ENTERPRISE_SUFFIXES.suffixAt(s, s.length()))) {
            return false;
        }
        String trade = s.substring(0, s.length() - 2);
        if (trade.length() < 2 || org.localkg.resolve.Divisions.get().placeAt(trade, 0) != null
                || Lexicons.INDUSTRY.suffixAt(trade, trade.length()) != null || Lexicons.GENERIC.contains(trade)) {
            return false;
        }
        String core = ShortNames.stripRegion(org.localkg.resolve.Names.key(longer.name()));
        String legal = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(core, core.length());
        int end = core.length() - (legal == null ? 0 : legal.length());
        if (!core.startsWith(trade) || end - trade.length() < 2 || core.substring(trade.length(), end).contains("集团")
                || org.localkg.resolve.Divisions.get().placeAt(core, trade.length()) != null
                || properAfterTrade(facts, longer, trade)) {
            return false;
        }
        return companies.stream().filter(c -> c != longer && c != shorter && facts.entities().contains(c))
                .noneMatch(c -> ShortNames.stripRegion(org.localkg.resolve.Names.key(c.name())).startsWith(trade));
    }

    /**
     * Where the text names {@code company}, {@code trade} ends inside a word, or the word after it is a
     * proper name (某某|捷通/nz制冷…): the trade name is part of a longer one.
     */
    private static boolean properAfterTrade(ArticleFacts facts, Entity company, String trade) {
        ArticleText t = facts.text();
        for (Span m : company.mentions()) {
            int at = t.view().indexOf(trade, m.start());
            if (at < 0 || at + trade.length() >= m.end()) {
                continue;
            }
            if (!t.isTokenBoundary(at + trade.length())) {
                return true; // 华信|捷通: the trade name ends inside a word of the longer name, another name's part
            }
            org.localkg.nlp.Token next = t.tokenAt(at + trade.length());
            if (next != null && next.start() == at + trade.length() && PROPER_TAGS.contains(next.tag())) {
                return true;
            }
        }
        return false;
    }

    /** HanLP's tags of proper names: persons, places, organisations, other proper nouns. */
    private static final Set<String> PROPER_TAGS = Set.of("nr", "nrf", "nrj", "nr1", "nr2", "ns", "nsf", "nt", "ntc", "nz", "nx");

    static boolean abbreviates(String s, String longer) {
        if (longer.length() < s.length() + 3 || !longer.startsWith(s.substring(0, 2)) || longer.startsWith(s)) {
            return false;
        }
        int at = 2;
        for (int i = 2; i < s.length(); i++) {
            at = longer.indexOf(s.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * One project the article names twice: with and without 项目 or 工程 (甲基地, 甲基地项目), with and
     * without the place it opens with (中卫市甲项目, 甲项目), with its company's full or short name or
     * without (龙湖集团甲项目, 龙湖甲项目).
     */
    private static void sameProjects(ArticleFacts facts) {
        List<Entity> projects = new ArrayList<>(facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).toList());
        for (int i = 0; i < projects.size(); i++) {
            for (int j = i + 1; j < projects.size(); j++) {
                Entity a = projects.get(i);
                Entity b = projects.get(j);
                if (sameProject(facts, a, b) && !joined(facts, a, b) && !joined(facts, b, a)) {
                    facts.merge(a, b);
                    projects.remove(j);
                    j--;
                }
            }
        }
    }

    /**
     * A demonstrative and what it says of the works, before a nickname: 这个总投资3亿元的|“某某”项目. Not
     * 此外 (besides), 此次 (this time), 该区 (the place): they point at no works.
     */
    private static final java.util.regex.Pattern DEMONSTRATIVE_BEFORE = java.util.regex.Pattern.compile(
            "(?:这个|这一|这项|该(?![区市县镇乡旗州盟省村园公企集])|此(?![外次前后时间]))[^，。；,;！!？?“”]{0,20}?的[“\"]?$");

    /**
     * 甲工程已进场，这个投资3亿元的“某某”项目…: a project named after a demonstrative that
     * describes it is a nickname of the project the sentence (or the one before) has just named, not
     * another project. Merged into it, with what the description says of it.
     */
    private static void nicknamedProjects(ArticleText t, ArticleFacts facts) {
        for (Entity p : new ArrayList<>(facts.entities())) {
            if (!p.is(EntityType.PROJECT) || !facts.entities().contains(p)) {
                continue;
            }
            for (Span m : new ArrayList<>(p.mentions())) {
                java.util.regex.Matcher d = DEMONSTRATIVE_BEFORE.matcher(t.view()).region(Math.max(0, m.start() - 26), m.start());
                if (!d.find()) {
                    continue;
                }
                Entity antecedent = nearestProjectBefore(t, facts, p, d.start());
                if (antecedent != null) {
                    facts.merge(antecedent, p);
                    break;
                }
            }
        }
    }

    /** The project last named before {@code at}, in its sentence or the one before; null when none. */
    private static Entity nearestProjectBefore(ArticleText t, ArticleFacts facts, Entity not, int at) {
        Span sentence = t.sentenceAt(at);
        int from = sentence.start() > 0 ? t.sentenceAt(sentence.start() - 1).start() : 0;
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : facts.entities()) {
            if (e == not || !e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.end() <= at && m.start() >= from && m.end() > bestEnd) {
                    best = e;
                    bestEnd = m.end();
                }
            }
        }
        return best;
    }

    /** Heads of lists of fields: 等领域, 等行业, 等方面, 等产业. */
    private static final java.util.regex.Pattern FIELD_HEAD = java.util.regex.Pattern.compile("领域|行业|方面|产业|板块|类别");

    /**
     * A field the article lists (涉及…交通物流、新能源发电等领域), then 项目 after it (交通物流项目年内投资21亿元):
     * the projects of that field, not one project.
     */
    private static void fieldsCalledProjects(ArticleText t, ArticleFacts facts) {
        Set<String> fields = new java.util.HashSet<>();
        for (CoordinationList l : facts.lists()) {
            if (l.kind() == CoordinationList.Kind.OTHER && l.head() != null && FIELD_HEAD.matcher(t.slice(l.head().start(), l.head().end())).find()) {
                l.items().forEach(i -> fields.add(t.slice(i.start(), i.end())));
            }
        }
        for (Entity p : new ArrayList<>(facts.entities())) {
            if (!p.is(EntityType.PROJECT) || p.is(EntityType.PARK) || p.is(EntityType.ENTERPRISE)) {
                continue;
            }
            boolean field = p.mentions().stream().allMatch(m -> {
                String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), m.end());
                return suffix != null && fields.contains(t.slice(m.start(), m.end() - suffix.length()));
            });
            if (field && !p.mentions().isEmpty()) {
                new ArrayList<>(p.mentions()).forEach(m -> facts.forget(p, m));
            }
        }
    }

    /**
     * A project's full name written again (named first as a list's item, 甲基地、乙中心等5个项目签约, then
     * 计划投资7亿元，建设甲基地): each place it stands as words of its own is a mention of it. A company's or
     * park's short name that the longer name holds there (甲航天 in 打造甲航天城) gives way, when that
     * entity is named elsewhere too; any other name across it keeps the place.
     */
    private static void repeatedProjectNames(ArticleText t, ArticleFacts facts) {
        for (Entity e : new ArrayList<>(facts.entities())) {
            if (!e.is(EntityType.PROJECT) || e.form().length() < 4) {
                continue;
            }
            for (int at : t.indexesOf(e.form())) {
                mentionAgain(t, facts, e, new Span(at, at + e.form().length()));
            }
            // 甲生产基地项目负责人…甲生产基地落户在某园: the name without its 项目, when it ends in a kind of works
            String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(e.form(), e.form().length());
            String bare = suffix == null ? null : e.form().substring(0, e.form().length() - suffix.length());
            if (bare != null && bare.length() >= 6 && (Lexicons.FACILITY_SUFFIXES.suffixAt(bare, bare.length()) != null
                    || Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(bare, bare.length()) != null)) {
                for (int at : t.indexesOf(bare)) {
                    Span s = new Span(at, at + bare.length());
                    if (e.mentions().stream().noneMatch(m -> m.overlaps(s)) && Lexicons.PROJECT_SUFFIXES.prefixAt(t.view(), s.end()) == null) {
                        mentionAgain(t, facts, e, s);
                    }
                }
            }
        }
    }

    /** {@code s} as a mention of {@code e}, unless another name holds it (a shorter company's or park's name gives way). */
    private static void mentionAgain(ArticleText t, ArticleFacts facts, Entity e, Span s) {
        if (e.mentions().contains(s) || !t.isTokenBoundary(s.start()) || !t.isTokenBoundary(s.end())) {
            return;
        }
        List<Entity> givingWay = new ArrayList<>();
        boolean blocked = false;
        for (Entity o : facts.entities()) {
            if (o == e) {
                continue;
            }
            for (Span m : o.mentions()) {
                if (!m.overlaps(s)) {
                    continue;
                }
                boolean shortName = s.contains(m) && m.length() < s.length() && !o.is(EntityType.PROJECT)
                        && !o.type().isPerson();
                if (shortName) {
                    givingWay.add(o);
                } else {
                    blocked = true;
                }
            }
        }
        if (blocked || givingWay.stream().anyMatch(o -> o.mentions().stream().allMatch(s::contains))) {
            return;
        }
        for (Entity o : givingWay) {
            o.mentions().removeIf(s::contains);
        }
        e.addMention(s);
    }

    /**
     * A project named again with words left out (甲乙机场三期改扩建项目, then 机场三期项目; 甲集团乙项目,
     * then 甲乙项目): the shorter name keeps, in order, two or three pieces of the longer one of
     * two characters or more, four at least without its 项目. It is one project only when just one
     * longer name of the article holds it that way: 光伏发电项目 in two such names names neither.
     */
    private static void shortenedProjects(ArticleFacts facts) {
        List<Entity> projects = new ArrayList<>(facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).toList());
        for (Entity shorter : projects) {
            List<Entity> holders = projects.stream().filter(longer -> longer != shorter
                    && facts.entities().contains(longer) && shortens(shorter.form(), longer.form())).toList();
            if (holders.size() == 1 && facts.entities().contains(shorter)) {
                facts.merge(holders.get(0), shorter);
            }
        }
    }


    /**
     * A project called by its company's name and 项目 alone (甲公司年产5万吨某材料项目, then 甲项目正抢工期):
     * the one project of the article whose name opens with that company's name. Two such projects
     * (甲一期项目, 甲二期项目) leave it alone: the article has not said which.
     */
    private static void projectsByCompanyName(ArticleText t, ArticleFacts facts) {
        List<Entity> projects = new ArrayList<>(facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).toList());
        for (Entity shorter : projects) {
            String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(shorter.form(), shorter.form().length());
            if (suffix == null || !facts.entities().contains(shorter) || shorter.is(EntityType.PARK)
                    || shorter.is(EntityType.ENTERPRISE)) {
                continue;
            }
            String company = shorter.form().substring(0, shorter.form().length() - suffix.length());
            String key = org.localkg.resolve.Names.key(company);
            List<Entity> companies = company.length() < 2 ? List.of() : facts.entities().stream()
                    .filter(e -> e.is(EntityType.ENTERPRISE) && (e.keys().contains(key) || shortForms(e).contains(key))).toList();
            if (companies.isEmpty()) {
                continue;
            }
            List<Entity> holders = projects.stream().filter(longer -> longer != shorter && facts.entities().contains(longer)
                    && longer.form().startsWith(company) && longer.form().length() > shorter.form().length()).toList();
            // 甲集团投资建设的乙项目: a project the company is said to build in its sentence is the company's too
            boolean another = projects.stream().anyMatch(o -> o != shorter && !holders.contains(o) && facts.entities().contains(o)
                    && o.mentions().stream().anyMatch(m -> companyBefore(t, companies, m)));
            if (holders.size() == 1 && !another) {
                facts.merge(holders.get(0), shorter);
            }
        }
    }

    /** Whether one of {@code companies} is named before {@code m} in its sentence. */
    private static boolean companyBefore(ArticleText t, List<Entity> companies, Span m) {
        Span sentence = t.sentenceAt(m.start());
        return companies.stream().anyMatch(c -> c.mentions().stream()
                .anyMatch(cm -> cm.start() >= sentence.start() && cm.end() <= m.start()));
    }

    static boolean shortens(String shorter, String longer) {
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(shorter, shorter.length());
        String longSuffix = Lexicons.PROJECT_SUFFIXES.suffixAt(longer, longer.length());
        // a list's item may be written without its 项目 (甲乙数据中心二期, then 甲数据中心二期项目)
        if (suffix == null || shorter.length() >= longer.length() || longSuffix != null && !longSuffix.equals(suffix)) {
            return false;
        }
        String a = shorter.substring(0, shorter.length() - suffix.length());
        String b = longSuffix == null ? longer : longer.substring(0, longer.length() - suffix.length());
        if (a.length() >= 2 && (b.endsWith("(" + a + ")") || b.endsWith("（" + a + "）"))) {
            return true; // 某公司液化天然气(LNG)项目, then LNG项目: the bracket before its 项目 gives the short name
        }
        // a phase left out is another project: 甲产业园项目 is not 甲产业园二期项目
        boolean samePhases = a.chars().filter(c -> c == '期').count() == b.chars().filter(c -> c == '期').count();
        return a.length() >= 4 && samePhases && inPieces(a, b, 0, 3);
    }

    /** Whether {@code a} is made of at most {@code pieces} runs of two characters or more of {@code b}, in order. */
    private static boolean inPieces(String a, String b, int from, int pieces) {
        if (a.isEmpty()) {
            return true;
        }
        if (pieces == 0) {
            return false;
        }
        for (int len = a.length(); len >= 2; len--) {
            if (a.length() - len == 1) {
                continue;
            }
            String piece = a.substring(0, len);
            for (int at = b.indexOf(piece, from); at >= 0; at = b.indexOf(piece, at + 1)) {
                if (inPieces(a.substring(len), b, at + len, pieces - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A mention of {@code a}, then 和, 与, 及 or 、 and a mention of {@code b} (甲县物流园项目和乙公司物流园项目): two works. */
    private static boolean joined(ArticleFacts facts, Entity a, Entity b) {
        String v = facts.text().view();
        for (Span x : a.mentions()) {
            if (x.end() < v.length() && "和与及、".indexOf(v.charAt(x.end())) >= 0
                    && b.mentions().stream().anyMatch(y -> y.start() == x.end() + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameProject(ArticleFacts facts, Entity a, Entity b) {
        for (String x : a.keys()) {
            for (String y : b.keys()) {
                String cx = core(facts, x);
                if (cx.length() >= 3 && cx.equals(core(facts, y)) && leadsAgree(facts, x, y)
                        || namedAfterJi(facts, x, y) || namedAfterJi(facts, y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 甲搬迁改造暨乙新工厂项目 and 乙新工厂: a works named with two names joined by 暨 is named again by the second
     * (of four characters or more, the rest of its name after 暨 as it is, or without its 项目).
     */
    private static boolean namedAfterJi(ArticleFacts facts, String full, String other) {
        int ji = full.lastIndexOf('暨');
        if (ji <= 0 || ji + 1 >= full.length()) {
            return false;
        }
        String second = core(facts, full.substring(ji + 1));
        // (锦州某仓储暨某加工项目 and 阜新某加工项目: another place before the same core, two works)
        return second.length() >= 4 && second.equals(core(facts, other)) && leadsAgree(facts, full, other);
    }

    /**
     * What two names of one core say before it, the place and the company, each left out in one or the same
     * in both, one a part of the other (某县, 某省某县); 甲县物流园项目 and 乙县物流园项目 are two works.
     */
    private static boolean leadsAgree(ArticleFacts facts, String x, String y) {
        String[] lx = leads(facts, x);
        String[] ly = leads(facts, y);
        // a place against a company says nothing (某集团光伏电站项目, 某县光伏电站项目 by that group); a place the other's
        // company is named after agrees with it (某县甲能源多联产 and 某省某集团某县某公司甲能源多联产项目)
        return (agree(lx[0], ly[0]) || inCompany(lx[0], ly[1]) || inCompany(ly[0], lx[1])) && agree(lx[1], ly[1]);
    }

    private static boolean inCompany(String place, String company) {
        return place.length() >= 2 && company.contains(place);
    }

    private static boolean agree(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.contains(b) || b.contains(a);
    }

    /** The place and the company a project's name opens with, as {@link #core} takes them off ("" for none). */
    private static String[] leads(ArticleFacts facts, String name) {
        String s = name;
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(s, s.length());
        if (suffix != null && suffix.length() < s.length()) {
            s = s.substring(0, s.length() - suffix.length());
        }
        String rest = ShortNames.stripRegion(s);
        String place = s.endsWith(rest) ? s.substring(0, s.length() - rest.length()) : "";
        return new String[] {place, ownerOpening(facts, rest)};
    }

    /**
     * A project named in full with its company (易华录数据湖及其…项目) named again without it (数据湖及其…
     * 项目投资约60亿元): each later occurrence of the shorter form is a mention of the project.
     */
    private static void projectsWithoutCompany(ArticleText t, ArticleFacts facts) {
        for (Entity p : new ArrayList<>(facts.entities())) {
            if (!p.is(EntityType.PROJECT)) {
                continue;
            }
            String name = org.localkg.resolve.Names.key(p.name());
            String owner = "";
            for (Entity e : facts.entities()) {
                if (e.is(EntityType.ENTERPRISE) && e != p) {
                    for (String k : e.keys()) {
                        for (String form : forms(k)) {
                            if (form.length() > owner.length() && name.startsWith(form) && name.length() - form.length() >= 5) {
                                owner = form;
                            }
                        }
                    }
                }
            }
            if (owner.isEmpty()) {
                continue;
            }
            String shorter = p.form().substring(Math.min(p.form().length(), owner.length()));
            for (int at : t.indexesOf(shorter)) {
                Span s = new Span(at, at + shorter.length());
                if (!facts.claimed(s) && (at == 0 || !ArticleText.isHan(t.charAt(at - 1)) || t.isTokenBoundary(at))) {
                    facts.alias(p, s);
                }
            }
        }
    }

    /**
     * 临汾经济开发区精密智造项目: a project's name that opens with the zone it is in is also named
     * without it (精密智造项目), the way people call it inside the zone. The shorter name is recorded as
     * another name of the same project, from the same words.
     */
    private static void projectsWithoutPark(ArticleText t, ArticleFacts facts) {
        for (Entity p : new ArrayList<>(facts.entities())) {
            if (!p.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : new ArrayList<>(p.mentions())) {
                zoneOpening(t, facts, p, m);
                for (Entity park : new ArrayList<>(facts.entities())) {
                    if (park == p || !park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                        continue;
                    }
                    for (Span pm : parkAtStart(t, park, m)) {
                        // 甲产业园暨乙项目: the project's other name is what 暨 joins to the park's
                        int restStart = t.charAt(pm.end()) == '暨' ? pm.end() + 1 : pm.end();
                        String rest = t.slice(restStart, m.end());
                        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(rest, rest.length());
                        String parkName = t.slice(pm.start(), pm.end());
                        if (rest.length() >= 5 && suffix != null && (ZONES.matcher(parkName).find()
                                || PARKS.matcher(parkName).find() && ProjectRecognizer.isProjectName(t, restStart, m.end() - suffix.length()))) {
                            facts.alias(p, new Span(restStart, m.end()));
                            if (!park.mentions().contains(pm)) {
                                facts.alias(park, pm); // the park is named here too: the project stands in it
                            }
                        }
                    }
                }
            }
        }
    }

    /** A company's mention opens at {@code start} and goes on past {@code end}. */
    static boolean opensCompany(ArticleFacts facts, int start, int end) {
        return facts.entities().stream().anyMatch(o -> o.is(EntityType.ENTERPRISE) && !o.is(EntityType.PROJECT)
                && o.mentions().stream().anyMatch(om -> om.start() == start && om.end() > end));
    }

    /**
     * A project's mention that opens with a zone the article names nowhere else (宁夏某市经济技术开发区|
     * 智能终端产业园二期项目): a place, then a zone word at a word's end, then a project's name of five
     * characters or more; not where a company's name opens with the zone's words. The zone becomes a
     * park with a mention there; a leading region before another (宁夏|某市…) is the park's wider place,
     * its name also without it.
     */
    private static void zoneOpening(ArticleText t, ArticleFacts facts, Entity p, Span m) {
        String wider = org.localkg.resolve.Divisions.get().regionAt(t.view(), m.start());
        if (wider == null || facts.within(m, EntityType.PARK).stream().anyMatch(e -> e != p && e.mentions().stream()
                        .anyMatch(pm -> m.contains(pm) && ZONES.matcher(t.slice(pm.start(), pm.end())).find()))) {
            return; // the zone is a park of its own already
        }
        for (int k = m.start() + 4; k <= m.end() - 5; k++) {
            String rest = t.slice(k, m.end());
            if (ZONES.matcher(t.slice(m.start(), k)).find() && t.isTokenBoundary(k)
                    && !ZONES.matcher(t.slice(m.start(), Math.min(m.end(), k + 2))).find() // not 新区 of 新区片区
                    && Lexicons.PROJECT_SUFFIXES.suffixAt(rest, rest.length()) != null
                    && NameChecks.specific(t.slice(m.start(), k)).length() >= 2
                    && !OrganizationRecognizer.collectiveZones(t.slice(m.start(), k))
                    && !opensCompany(facts, m.start(), k) // (某某园区|综合能源有限公司…: the company's words, as in parksNamingCompanies)
                    && !opensInstitution(facts, new Span(m.start(), k))) { // (某新区|医院合作项目: the hospital's words)
                Span park = new Span(m.start(), k); // (某省开发区|…: the zones of a province together, no park)
                facts.mention(EntityType.PARK, park);
                String withoutWider = t.originalSlice(new Span(Math.min(k, m.start() + wider.length()), k));
                // (a zone that is a district itself, 某某新区, leaves nothing without it: no second name)
                if (withoutWider.length() >= 2 && org.localkg.resolve.Divisions.get().regionAt(t.view(), m.start() + wider.length()) != null) {
                    facts.find(t.originalSlice(park)).ifPresent(e -> e.addName(withoutWider));
                }
                return; // the alias of the project without it follows from the park's mention
            }
        }
    }

    /**
     * Where the park's name opens the project's mention {@code m}: a mention of the park there, or
     * the park's name written there though the park was recognised elsewhere in the article.
     */
    private static List<Span> parkAtStart(ArticleText t, Entity park, Span m) {
        List<Span> out = new ArrayList<>();
        for (Span pm : park.mentions()) {
            if (pm.start() == m.start() && pm.end() < m.end()) {
                out.add(pm);
            }
        }
        if (out.isEmpty()) {
            String read = t.slice(m.start(), m.end());
            for (String k : park.keys()) {
                // the key's characters as they stand in the text (no quotes or spaces dropped), so that the offsets hold
                if (read.startsWith(k) && k.length() < read.length()) {
                    out.add(new Span(m.start(), m.start() + k.length()));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ZONES = java.util.regex.Pattern.compile(
            "(?:开发区|高新区|经开区|新区|新片区|示范区|保税区|综保区|自贸区|集聚区|集中区|园区)$");
    /**
     * Parks named with 园 (某某产业园|某公司乳制品项目): the rest is the project's own name only when it is a
     * name by itself (a proper word, not 标准厂房项目), since an alias is also how other articles find it.
     */
    private static final java.util.regex.Pattern PARKS = java.util.regex.Pattern.compile(
            "(?:产业园|工业园|科技园|物流园|创新园|创业园|软件园|科创园|孵化园|经济园|生态园|示范园)$");

    /** A project's name without its place, its company and its 项目. */
    private static String core(ArticleFacts facts, String name) {
        String s = name;
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(s, s.length());
        if (suffix != null && suffix.length() < s.length()) {
            s = s.substring(0, s.length() - suffix.length());
            if (s.endsWith("建设") && s.length() >= 6) {
                s = s.substring(0, s.length() - 2); // 甲物流城建设项目 is 甲物流城 being built: the same works
            }
        }
        s = ShortNames.stripRegion(s);
        return s.substring(ownerOpening(facts, s).length());
    }

    /** The longest form of a company of the article that opens {@code s} with two characters or more after it; "" for none. */
    private static String ownerOpening(ArticleFacts facts, String s) {
        String owner = "";
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE)) {
                continue;
            }
            for (String k : e.keys()) {
                for (String form : forms(k)) {
                    if (form.length() > owner.length() && form.length() + 2 <= s.length() && s.startsWith(form)) {
                        owner = form;
                    }
                }
            }
        }
        return owner;
    }

    private static Set<String> forms(String enterprise) {
        Set<String> out = new java.util.LinkedHashSet<>(ShortNames.of(enterprise, EntityType.ENTERPRISE));
        out.add(enterprise);
        return out;
    }

    /**
     * A park whose name is a project's name but for 项目 or a phase after it (甲产业园项目, 甲产业园三期
     * 项目) is the project: the park that the project builds. The two are one entity, of both kinds.
     */
    private static void parksNamingProjects(ArticleText t, ArticleFacts facts) {
        for (Entity park : new ArrayList<>(facts.entities())) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                continue;
            }
            boolean merged = false;
            for (Span m : new ArrayList<>(park.mentions())) {
                if (merged) {
                    break;
                }
                for (Entity p : facts.entities()) {
                    if (p == park || !p.is(EntityType.PROJECT)) {
                        continue;
                    }
                    Span named = p.mentions().stream().filter(pm -> pm.start() <= m.start() && m.end() < pm.end()
                            && PROJECT_TAIL.matcher(t.slice(m.end(), pm.end())).matches()).findFirst().orElse(null);
                    if (named != null) {
                        boolean wasPark = p.is(EntityType.PARK);
                        String parkName = park.form();
                        boolean namedAlone = park.mentions().stream().anyMatch(pm -> p.mentions().stream()
                                .noneMatch(own -> own.start() <= pm.start() && pm.end() <= own.end()));
                        facts.merge(p, park);
                        // a park being built (甲产业园项目) is both where the article also names the park by itself
                        // (甲产业园 alone); written only inside the works' name it is the works' name, and the
                        // works are a project only. A phase of one (甲产业园三期) or a new town (甲生态新城项目) is
                        // the project only; 甲物流港(乙产业园)项目: the park's name in brackets is the other name
                        // of the works before it
                        boolean bracketed = m.start() > named.start() && "(（".indexOf(t.charAt(m.start() - 1)) >= 0;
                        if (!wasPark && (!namedAlone || t.slice(m.end(), named.end()).contains("期") || bracketed
                                || !parkName.endsWith("园") && !parkName.endsWith("园区"))) {
                            p.removeType(EntityType.PARK);
                        }
                        merged = true;
                        break;
                    }
                }
            }
        }
    }

    private static final java.util.regex.Pattern PROJECT_TAIL = java.util.regex.Pattern.compile(
            "[(（]?(?:[一二三四五六七八九十\\d]+期)?[)）]?(?:建设)?(?:项目|工程)?");

    /**
     * 经开区, 开发区, 高新区 written alone, in an article that names exactly one zone of that kind, is that
     * zone again (日前从长春经开区获悉，截至3月31日，经开区已开复工…). Recorded as a mention only: the bare
     * word is no name of the zone, and must not join zones of other articles.
     */
    private static void bareZoneWords(ArticleText t, ArticleFacts facts) {
        for (String word : BARE_ZONE_WORDS) {
            Entity only = null;
            for (Entity e : facts.entities()) {
                if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT)) {
                    continue;
                }
                boolean ofKind = e.keys().stream().anyMatch(k -> k.endsWith(word) && k.length() > word.length())
                        || ShortNames.of(e.form(), EntityType.PARK).stream().anyMatch(k -> k.endsWith(word) && k.length() > word.length());
                if (ofKind) {
                    if (only != null && only != e) {
                        only = null;
                        break;
                    }
                    only = e;
                }
            }
            if (only == null) {
                continue;
            }
            for (int at : t.indexesOf(word)) {
                Span s = new Span(at, at + word.length());
                boolean alone = (at == 0 || !ArticleText.isHan(t.charAt(at - 1)) || t.isTokenBoundary(at)
                        && (NameBoundary.stopWordEndsAt(t, at) || verbEndsAt(t, at))) && (s.end() >= t.length() || !ArticleText.isHan(t.charAt(s.end()))
                        || t.isTokenBoundary(s.end()));
                boolean plural = at > 0 && "各诸众".indexOf(t.charAt(at - 1)) >= 0; // 某市各开发区: every zone, not this one
                if (alone && !plural && !facts.claimed(s)) {
                    only.addMention(s);
                }
            }
        }
    }

    /** A verb of going or a preposition ends right at {@code at}: what follows is its object, no name's tail (not 振兴|示范区). */
    private static boolean verbEndsAt(ArticleText t, int at) {
        org.localkg.nlp.Token before = t.tokenAt(at - 1);
        return before != null && before.end() == at && (before.tag().startsWith("v") && Lexicons.GOING_VERBS.contains(before.text())
                || before.tag().equals("p"));
    }

    private static final List<String> BARE_ZONE_WORDS = List.of("经济技术开发区", "高新技术产业开发区", "经开区", "高新区",
            "开发区", "示范区", "保税区", "综保区", "新区");

    /** A zone's rank inside its name: (国家级), 国家级, 省级, 国家 before the kind of zone, maybe after its theme (某地国家医药高新区). */
    private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile(
            "[(（]?(?:国家级|省级)[)）]?|国家(?=\\p{IsHan}{0,4}?(?:高新区|高新技术产业开发区|经开区|经济技术开发区)$|级)");

    /**
     * A park named again without the place word it opens with (塘沽海洋高新区, then 海洋高新区): the
     * shorter name, ending the longer one after a place or a proper word, is the same park.
     */
    private static void sameParks(ArticleText t, ArticleFacts facts) {
        List<Entity> parks = new ArrayList<>(facts.entities().stream()
                .filter(e -> e.is(EntityType.PARK) && !e.is(EntityType.PROJECT)).toList());
        for (Entity longer : parks) {
            for (Entity shorter : parks) {
                if (longer == shorter || !facts.entities().contains(shorter) || !facts.entities().contains(longer)) {
                    continue;
                }
                // keys, simplified as the rules read the text (山陰經濟技術開發區, 山陰經開區)
                String l = org.localkg.resolve.Names.key(longer.name());
                String s = org.localkg.resolve.Names.key(shorter.name());
                // 某地(国家级)某经济技术开发区, 某地国家高新区: the zone's rank is no part of what it is called by
                String unranked = RANK.matcher(l).replaceAll("");
                boolean rankLeftOut = !unranked.equals(l) && (unranked.equals(s) || ShortNames.of(unranked, EntityType.PARK).stream()
                        .map(org.localkg.resolve.Names::key).anyMatch(s::equals));
                int cut = l.length() - s.length();
                // 塘沽|海洋高新区: without its place; 上海自贸区|临港新片区: without the zone it is part of
                boolean withoutPlace = cut > 0 && l.endsWith(s) && s.length() >= 4
                        && (cut <= 4 && placeWord(t, longer, cut)
                            || cut <= 12 && Lexicons.PARK_SUFFIXES.suffixAt(l, cut) != null && cut > 2
                            || longThemeWithoutName(parks, facts, l, s, cut));
                // 北京经开区 for 北京经济技术开发区: the zone's usual abbreviation
                // (青州市经开区 for 青州经济技术开发区: the abbreviation with its place's level word, 某市, 某县)
                String unleveled = withoutLevel(s);
                boolean abbreviated = (l.length() > s.length() || unleveled != null && l.length() > unleveled.length())
                        && ShortNames.of(l, EntityType.PARK).stream().map(org.localkg.resolve.Names::key)
                            .anyMatch(k -> l.length() > s.length() && k.equals(s) || k.equals(unleveled) && l.length() > unleveled.length());
                if (withoutPlace || abbreviated || rankLeftOut || levelLeftOut(parks, facts, longer, shorter, l, s) || sameStemOtherEnding(l, s) || withoutTheme(l, s)
                        || themedIndustryPark(l, s) && namedFirstApart(t, longer, shorter) && !bothSaid(t, longer, shorter)
                        || initialsOf(l, s) && namedFirstApart(t, longer, shorter)
                                && parks.stream().filter(p -> p != longer && p != shorter && facts.entities().contains(p))
                                .noneMatch(p -> initialsOf(org.localkg.resolve.Names.key(p.name()), s))) {
                    facts.merge(longer, shorter);
                }
            }
        }
    }

    /**
     * 某某市经济技术开发区 named again as 某某经济技术开发区 or 某某经开区: the place said without its level word
     * (市, 县, 区), the zone's name otherwise the same or its usual abbreviation. Not when another park of the
     * article is the same but for its level word (某某县经开区 beside 某某市经开区): which one is meant is not said.
     */
    private static boolean levelLeftOut(List<Entity> parks, ArticleFacts facts, Entity longer, Entity shorter, String l, String s) {
        String bare = withoutLevel(l);
        if (bare == null || withoutLevel(s) != null || bare.length() < s.length()) {
            return false;
        }
        boolean same = bare.equals(s) || bare.length() > s.length()
                && ShortNames.of(bare, EntityType.PARK).stream().map(org.localkg.resolve.Names::key).anyMatch(s::equals);
        String region = org.localkg.resolve.Divisions.get().regionAt(l, 0); // 某某市, whose 某某 opens the bare name
        String place = region.substring(0, region.length() - 1);
        if (!same || parks.stream().anyMatch(p -> p != longer && p != shorter && facts.entities().contains(p)
                && bare.equals(levelDropped(org.localkg.resolve.Names.key(p.name()), place)))) {
            return false;
        }
        String v = facts.text().view();
        for (char level : LEVEL_WORDS.toCharArray()) {
            if (level != region.charAt(region.length() - 1) && v.contains(place + level + l.substring(region.length()))) {
                return false; // (某某县经开区 written in the text too, found as a park or not)
            }
        }
        // two zones said in one sentence (某某市经济开发区与某某经开区同日签约) are two
        return longer.mentions().stream().noneMatch(a -> shorter.mentions().stream()
                .anyMatch(b -> facts.text().sentenceAt(a.start()).equals(facts.text().sentenceAt(b.start()))));
    }

    /** The level words a division's name ends in: 市, 县, 区, 旗. */
    private static final String LEVEL_WORDS = "市县区旗";

    /** {@code name} without the level word right after {@code place} it opens with (某某县经开区 → 某某经开区), or null. */
    private static String levelDropped(String name, String place) {
        return name.startsWith(place) && name.length() > place.length() + 1 && LEVEL_WORDS.indexOf(name.charAt(place.length())) >= 0
                ? place + name.substring(place.length() + 1) : null;
    }

    /**
     * The name without the level word after the division opening it (某市经开区 → 某经开区), or null when no
     * division of two characters or more opens it with 市, 县 or 区 right after.
     */
    private static String withoutLevel(String name) {
        String region = org.localkg.resolve.Divisions.get().regionAt(name, 0);
        if (region == null || region.length() < 3 || "市县区".indexOf(region.charAt(region.length() - 1)) < 0
                || name.length() - region.length() < 3) {
            return null;
        }
        String bare = region.substring(0, region.length() - 1);
        return org.localkg.resolve.Divisions.get().isRegion(bare) || org.localkg.resolve.Divisions.get().isPlace(bare)
                ? bare + name.substring(region.length()) : null;
    }

    /**
     * 某某新型工业现代物流园 and 新型工业现代物流园 (the longer ending in the shorter): a park's words before its suffix long enough (five
     * characters or more) to be one park's own, named again without the two or three characters
     * opening it (a name the segmenter may not know as a place), where no other park of the article
     * ends in them: one park.
     */
    private static boolean longThemeWithoutName(List<Entity> parks, ArticleFacts facts, String l, String s, int cut) {
        String suffix = Lexicons.PARK_SUFFIXES.suffixAt(s, s.length());
        if (cut < 2 || cut > 3 || suffix == null || s.length() - suffix.length() < 5
                || !l.substring(0, cut).chars().allMatch(c -> ArticleText.isHan((char) c))
                || Lexicons.PARK_SUFFIXES.suffixAt(s, s.length() - suffix.length()) != null) {
            return false;
        }
        long ending = parks.stream().filter(p -> facts.entities().contains(p))
                .filter(p -> org.localkg.resolve.Names.key(p.name()).endsWith(s)).count();
        return ending == 2;
    }

    /**
     * The full name comes first, and the two are never named side by side (甲化工园区和甲化纤工业园区: two parks
     * a list joins are two).
     */
    private static boolean namedFirstApart(ArticleText t, Entity longer, Entity shorter) {
        int first = longer.mentions().stream().mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
        if (shorter.mentions().stream().anyMatch(m -> m.start() < first)) {
            return false;
        }
        return longer.mentions().stream().noneMatch(a -> shorter.mentions().stream().anyMatch(b -> ProjectFactRules.joinedTo(t, a, b)));
    }

    /**
     * 某城化学工业循环经济示范园区, then 某城化工园区: the shorter park keeps the longer one's opening two
     * characters (its place) and the park's ending they share, and between them characters of the longer one's words in
     * their order, not a run of them (某城化工工业园区 is no 某城工业园区: a kind of park, not its
     * abbreviation), where the longer one holds no zone of its own (某城新区化工园区 is a park in a zone).
     */
    static boolean initialsOf(String longer, String shorter) {
        // the longest ending of both that is a park's (化工园区 and 示范园区 share 园区)
        String suffix = null;
        for (int k = Math.min(longer.length(), shorter.length()); k >= 2 && suffix == null; k--) {
            String ending = shorter.substring(shorter.length() - k);
            if (longer.endsWith(ending) && Lexicons.PARK_SUFFIXES.contains(ending)) {
                suffix = ending;
            }
        }
        if (suffix == null) {
            return false;
        }
        String ls = longer.substring(0, longer.length() - suffix.length());
        String ss = shorter.substring(0, shorter.length() - suffix.length());
        if (ss.length() < 4 || ls.length() < ss.length() + 2 || !ls.startsWith(ss.substring(0, 2))
                || ls.substring(2).contains(ss.substring(2))) {
            return false;
        }
        // each kept character at most one character after the last (化[学]工[业]…): the first characters of
        // the opening words; 化纤纺织工业 is no 化工, 智能网联汽车制造 no 智能制造
        int at = ls.indexOf(ss.charAt(2), 2); // (a leading modifier may go: 某城精细化学工业…, 某城化工…)
        for (int i = 3; i < ss.length() && at >= 0; i++) {
            int next = ls.indexOf(ss.charAt(i), at + 1);
            if (next < 0 || next - at > 2) {
                return false;
            }
            at = next;
        }
        if (at < 0) {
            return false;
        }
        for (int i = 3; i < ls.length(); i++) {
            if (Lexicons.PARK_SUFFIXES.suffixAt(ls, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * 沈抚改革创新示范区, then 沈抚示范区: the zone's opening and its ending kept, the words of its theme
     * between them (four to six characters, no industry word) dropped, name one zone in one article.
     */
    private static boolean withoutTheme(String longer, String shorter) {
        String suffix = Lexicons.PARK_SUFFIXES.suffixAt(shorter, shorter.length());
        if (suffix == null || suffix.length() < 2 || !longer.endsWith(suffix)) {
            return false;
        }
        String stem = shorter.substring(0, shorter.length() - suffix.length());
        int theme = longer.length() - shorter.length();
        return stem.length() >= 2 && theme >= 4 && theme <= 6 && longer.startsWith(stem)
                && Lexicons.PARK_SUFFIXES.suffixAt(longer, longer.length() - suffix.length()) == null
                && !containsIndustry(longer.substring(stem.length(), longer.length() - suffix.length())); // 北岭化工工业园区 is no 北岭工业园区
    }

    private static boolean containsIndustry(String words) {
        for (int i = 1; i <= words.length(); i++) {
            if (Lexicons.INDUSTRY.suffixAt(words, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Endings that name one kind of park in longer and shorter forms (某某工业园区, 某某工业区). */
    private static final List<List<String>> PARK_ENDING_FORMS = List.of(List.of("工业园区", "工业园", "工业区"),
            List.of("产业园区", "产业园"), List.of("科技园区", "科技园"),
            List.of("高新技术产业开发区", "高新技术产业园区", "高新技术开发区", "高新技术园区"), List.of("经济技术开发区", "经济开发区"));

    /** 工业 and 产业 before 园区 or 园: the two words a themed park is called by in turn. */
    private static final java.util.regex.Pattern INDUSTRY_PARK_ENDING = java.util.regex.Pattern.compile("(?:工业|产业)园区?$");

    /**
     * 某地铝型材工业园区, then 某地铝型材产业园区: one stem that says what the park makes, after its places, with 工业
     * and 产业 taking turns before 园区, names one park. What is left after the places must be a theme of three
     * characters or more, no ordinal (第一), no town's or village's name: a place, a side (城南, 东部) or a
     * company's short name before the two (某县工业园区, 某县产业园区) may name two parks and stays two.
     */
    private static boolean themedIndustryPark(String a, String b) {
        java.util.regex.Matcher ma = INDUSTRY_PARK_ENDING.matcher(a);
        java.util.regex.Matcher mb = INDUSTRY_PARK_ENDING.matcher(b);
        // one stem, 工业 in one and 产业 in the other, and the same 园区 or 园 after them
        if (a.equals(b) || !ma.find() || !mb.find() || a.length() - ma.start() != b.length() - mb.start()) {
            return false;
        }
        String stem = a.substring(0, ma.start());
        if (!stem.equals(b.substring(0, mb.start())) || a.charAt(ma.start()) == b.charAt(mb.start())) {
            return false;
        }
        // the places first: those the gazetteer knows, then any word ending as a division's name does (某某县)
        String theme = LEADING_DIVISION.matcher(ShortNames.stripRegion(ShortNames.stripRegion(stem))).replaceFirst("");
        return theme.length() >= 3 && !theme.startsWith("第") && !PLACE_WORD_END.matcher(theme).find()
                && !org.localkg.resolve.Divisions.get().isPlace(stem);
    }

    /** A division's name the gazetteer may not hold, opening the stem: 某某县, 某某市, 某某旗. */
    private static final java.util.regex.Pattern LEADING_DIVISION = java.util.regex.Pattern.compile("^\\p{IsHan}{0,4}?[省市县区旗盟州]");
    /** A town's, village's or street's name ends the stem: 白马镇, 某某村. */
    private static final java.util.regex.Pattern PLACE_WORD_END = java.util.regex.Pattern.compile("[镇乡村屯]$|街道$|社区$");

    /** Whether the sentence naming {@code a} names {@code b} too: two parks said side by side are two. */
    private static boolean bothSaid(ArticleText t, Entity a, Entity b) {
        return a.mentions().stream().anyMatch(m -> b.mentions().stream().anyMatch(n -> t.sentenceAt(m.start()).contains(n)));
    }

    /**
     * 上庄工业园区, then 上庄工业区 (某某高新技术开发区, then 某某高新技术产业园区): one stem of two
     * characters or more, with two forms of one ending, names one park.
     */
    private static boolean sameStemOtherEnding(String longer, String shorter) {
        if (longer.length() <= shorter.length()) {
            return false;
        }
        for (List<String> forms : PARK_ENDING_FORMS) {
            for (String a : forms) {
                for (String b : forms) {
                    if (a.length() > b.length() && longer.endsWith(a) && shorter.endsWith(b)
                            && longer.length() - a.length() >= 2
                            && longer.substring(0, longer.length() - a.length()).equals(shorter.substring(0, shorter.length() - b.length()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A park named and, in brackets right after, named again (某某工业园(某某经济技术开发区)): the
     * bracket gives the other name of the same park, as 简称 does for a short one.
     */
    private static void bracketedParks(ArticleText t, ArticleFacts facts) {
        for (Entity outer : new ArrayList<>(facts.entities())) {
            if (!outer.is(EntityType.PARK) || outer.is(EntityType.PROJECT) || !facts.entities().contains(outer)) {
                continue;
            }
            for (Span m : new ArrayList<>(outer.mentions())) {
                if (m.end() + 1 >= t.length() || "(（".indexOf(t.charAt(m.end())) < 0) {
                    continue;
                }
                for (Entity inner : facts.within(new Span(m.end() + 1, Math.min(t.length(), m.end() + 26)), EntityType.PARK)) {
                    for (Span im : inner.mentions()) {
                        if (inner != outer && !inner.is(EntityType.PROJECT) && im.start() == m.end() + 1 && im.end() < t.length()
                                && ")）".indexOf(t.charAt(im.end())) >= 0) {
                            facts.merge(outer, inner);
                        }
                    }
                }
            }
        }
    }

    /** The first {@code n} characters of a mention of {@code park} are a place or a proper word (塘沽, 哈尔滨). */
    private static boolean placeWord(ArticleText t, Entity park, int n) {
        for (Span m : park.mentions()) {
            var tk = t.tokenAt(m.start());
            if (tk != null && tk.start() == m.start() && tk.end() == m.start() + n
                    && (tk.tag().startsWith("ns") || tk.tag().startsWith("nr") || tk.tag().equals("nz")
                        || org.localkg.resolve.Divisions.get().regionAt(t.view(), m.start()) != null)) {
                return true;
            }
        }
        return false;
    }

    private static void shortNames(ArticleText t, ArticleFacts facts, Entity e) {
        EntityType type = e.is(EntityType.PARK) ? EntityType.PARK : e.type();
        // a copy in the names' own order: Set.copyOf's order changes from one JVM to the next, and
        // the first name whose short form takes a place in the text decides the mention
        for (String full : List.copyOf(e.keys())) {
            // longest first, so that one place in the text gives one mention, of the fullest form
            List<String> forms = new ArrayList<>(ShortNames.of(full, type));
            forms.sort((a, b) -> b.length() - a.length());
            for (String shortName : forms) {
                for (int at : t.indexesOf(shortName)) {
                    Span s = new Span(at, at + shortName.length());
                    if (e.mentions().stream().anyMatch(f -> f.overlaps(s)) || !startsWord(t, at)) {
                        continue;
                    }
                    Entity other = facts.find(shortName).orElse(null);
                    if (other != null && other != e) {
                        continue; // the short name is another entity's name
                    }
                    if (t.dictionaryFrequency(shortName) >= COMMON_FREQUENCY) {
                        continue; // 东方希望集团 is not 希望: a common word is no short name
                    }
                    if (insideLongerNameOfSameType(facts, e, s, type)) {
                        continue;
                    }
                    facts.alias(e, s);
                }
            }
        }
    }

    /** How often the dictionary must have seen a word for it to be a common word rather than a name. */
    private static final int COMMON_FREQUENCY = 100;

    private static boolean startsWord(ArticleText t, int at) {
        return at == 0 || !ArticleText.isHan(t.charAt(at - 1)) || t.isTokenBoundary(at)
                || Lexicons.STOP_WORDS.suffixAt(t.view(), at) != null;
    }

    private static boolean insideLongerNameOfSameType(ArticleFacts facts, Entity e, Span s, EntityType type) {
        for (Entity o : facts.entities()) {
            if (o != e && o.is(type)) {
                for (Span m : o.mentions()) {
                    if (m.contains(s) && !m.equals(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean coveredByOther(ArticleFacts facts, Entity e, Span s) {
        for (Entity o : facts.entities()) {
            if (o == e) {
                continue;
            }
            for (Span m : o.mentions()) {
                if (m.overlaps(s) && o.type().isPerson()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name is not the start of a longer name (徐俊 in 徐俊杰). */
    private static boolean wordEndsAt(ArticleText t, int end, Entity e) {
        if (end >= t.length() || !ArticleText.isHan(t.charAt(end))) {
            return true;
        }
        var tk = t.tokenAt(end - 1);
        return tk == null || tk.end() == end || Lexicons.AFTER_NAME.prefixAt(t.view(), end) != null
                || Lexicons.GOV_TITLES.prefixAt(t.view(), end) != null;
    }
}
