package org.localkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.resolve.Divisions;

/**
 * A site a visit is said to be at ({@link #recognize}): a sentence that opens with 在, a name that ends in a built thing's
 * word (基地, 中心, 产业园) and a comma, then an official (在某某中试研发基地，某某走进生产车间…; Latin letters and
 * digits may stand in it: 某某AI双创基地). The
 * site is a project visited there, though no suffix of a project's ends it. The name must open with a
 * place or a word the dictionary does not know as a common one, so that 在生产基地，某某… names nothing.
 * And a company's seat an official visits ({@link #seats}): the company.
 */
final class VisitedSites {
    private static final Pattern AT_SITE = Pattern.compile("(?:^|(?=[。！？!?\\n]))(?:^|[。！？!?\\n])\\s*(?:图为)?在([^，,。；;、\\n]{5,20})[，,]");

    /** The place the article is about, said by a pronoun: 该县, 我市, 本区 (the site's name follows it). */
    private static final Pattern OWN_PLACE = Pattern.compile("(?:该|我|本)[省市县区旗州盟镇乡]");

    private VisitedSites() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = AT_SITE.matcher(t.view());
        while (m.find()) {
            Matcher own = OWN_PLACE.matcher(m.group(1));
            int from = own.lookingAt() && m.group(1).length() - own.end() >= 5 ? own.end() : 0;
            Span site = new Span(m.start(1) + from, m.end(1));
            String name = m.group(1).substring(from);
            String park = Lexicons.PARK_SUFFIXES.suffixAt(name, name.length());
            if (park != null && park.length() >= 2 && from > 0 && !facts.claimed(site)
                    && (officialAt(facts, m.end()) || titledOfficialAt(facts, m.end()))) {
                facts.mention(EntityType.PARK, site); // 在该县某某产业园，某某先后深入…: the county's park, however plain its words
                continue;
            }
            Matcher underWay = WORKS_UNDER_WAY.matcher(name);
            if (underWay.matches() && from == 0) {
                worksAtTheirSite(t, facts, new Span(site.start(), site.start() + underWay.end(1)), m.end());
                continue;
            }
            String built = Lexicons.FACILITY_SUFFIXES.suffixAt(name, name.length());
            if (built == null || built.length() < 2 || facts.claimed(site) || !officialAt(facts, m.end())
                    || !t.isTokenBoundary(site.start()) || !name.chars().allMatch(c -> ArticleText.isHan((char) c) || c < 128 && Character.isLetterOrDigit(c))
                    || !named(t, site.start(), site.end() - built.length())) {
                continue;
            }
            facts.mention(EntityType.PROJECT, site);
        }
        sitesGoneTo(t, facts);
        companiesByTrade(t, facts);
        Matcher visited = VISITED_BASE.matcher(t.view());
        while (visited.find()) {
            Span base = new Span(visited.start(1), visited.end(1));
            if (!facts.claimed(base) && t.isTokenBoundary(base.start()) && visited.group(1).chars().allMatch(c -> ArticleText.isHan((char) c))
                    && PRODUCING.matcher(visited.group(1)).find() && !visited.group(1).matches(".*[和与及].*")
                    && ProjectRecognizer.hasProperNoun(t, base.start(), base.end() - 2)) {
                facts.mention(EntityType.PROJECT, base);
            }
        }
    }

    /** A name, then the site where it is being built: 某某市场建设工地, 某某大厦施工现场. */
    private static final Pattern WORKS_UNDER_WAY = Pattern.compile("(.{4,}?)(?:(?:建设|施工)(?:现场|工地)|工地)");

    /**
     * 在某某皮草城原辅料市场建设工地，(official)…: the works being built where the visit stands, named by the words
     * before their site, when a place or a proper word opens them and no company's suffix ends them.
     */
    private static void worksAtTheirSite(ArticleText t, ArticleFacts facts, Span works, int clauseAfter) {
        String text = t.slice(works.start(), works.end());
        if (facts.claimed(works) || !officialAt(facts, clauseAfter) || !t.isTokenBoundary(works.start()) || !t.isTokenBoundary(works.end())
                || !text.chars().allMatch(c -> ArticleText.isHan((char) c)) || text.matches(".*[的和与及].*")
                || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(text, text.length()) != null
                || Lexicons.ORGANIZATION_SUFFIXES.suffixAt(text, text.length()) != null
                || Lexicons.PROJECT_SUFFIXES.suffixAt(text, text.length()) != null // (在援建项目建设工地: the project rules read 项目)
                || !(NameChecks.namesPlace(t, works.start(), works.end()) || named(t, works.start(), works.end()))) {
            return;
        }
        facts.mention(EntityType.PROJECT, works);
    }

    /**
     * 前往某某生物医药产业化基地建设现场: a built thing's name (基地, 中心, 大厦; no park's word) that a visit goes to
     * and whose site is named after it: the works being built, named without 项目. Its words before the built thing's
     * a place's or a proper name's, so that 来到研发中心建设现场 and 走进物流中心施工现场 name nothing.
     */
    private static void sitesGoneTo(ArticleText t, ArticleFacts facts) {
        Matcher m = SITE_GONE_TO.matcher(t.view());
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            String text = m.group(1);
            String built = Lexicons.FACILITY_SUFFIXES.suffixAt(text, text.length());
            if (built == null || built.length() < 2 || Lexicons.PARK_SUFFIXES.suffixAt(text, text.length()) != null
                    || facts.claimed(name) || !t.isTokenBoundary(name.start()) || text.matches(".*[和与及的].*")
                    || !text.chars().allMatch(c -> ArticleText.isHan((char) c)) || text.length() - built.length() < 2
                    || !(NameChecks.namesPlace(t, name.start(), name.end() - built.length())
                        || ProjectRecognizer.hasProperNoun(t, name.start(), name.end() - built.length()))) {
                continue;
            }
            facts.mention(EntityType.PROJECT, name);
        }
    }

    /** A visit to names joined by 和 or 、, then what is done there: 先后来到甲金属和乙金属制品实地调研. */
    private static final Pattern VISITED_NAMES = Pattern.compile(
            "(?=[来走深前先])(?:来到|走进|深入|走访|前往|先后到)([^，,。；;：:]{4,30}?)(?:实地|现场)?(?:调研|考察|察看|查看|检查)");

    /** 先后来到甲金属和乙金属制品实地调研: each name a visit goes to that is a {@link #brandAndTrade} is a company. */
    private static void companiesByTrade(ArticleText t, ArticleFacts facts) {
        Matcher m = VISITED_NAMES.matcher(t.view());
        while (m.find()) {
            java.util.List<Span> items = new java.util.ArrayList<>();
            int from = m.start(1);
            for (int i = m.start(1); i <= m.end(1); i++) {
                if (i == m.end(1) || "和、及与".indexOf(t.charAt(i)) >= 0) {
                    items.add(new Span(from, i));
                    from = i + 1;
                }
            }
            if (items.stream().allMatch(item -> brandAndTrade(t, facts, item))) {
                items.forEach(item -> facts.mention(EntityType.ENTERPRISE, item));
            }
        }
    }

    /**
     * A company's short name: a brand (two to four characters the dictionary does not know as a common word, no county's
     * or city's name; a town's may be a brand too) and a trade's word (金属, 特钢, 酒业); no person named there.
     */
    static boolean brandAndTrade(ArticleText t, ArticleFacts facts, Span item) {
        String text = t.slice(item.start(), item.end());
        String trade = Lexicons.INDUSTRY.suffixAt(text, text.length());
        if (trade == null || trade.length() < 2 || text.length() - trade.length() < 2 || text.length() - trade.length() > 4
                || facts.claimed(item) || !text.chars().allMatch(c -> ArticleText.isHan((char) c))) {
            return false;
        }
        String brand = text.substring(0, text.length() - trade.length());
        int brandEnd = item.start() + brand.length();
        if (Divisions.get().isRegion(brand) || Lexicons.GENERIC.contains(brand) || Lexicons.STOP_WORDS.contains(brand)
                || Lexicons.INDUSTRY.contains(brand) || !CompaniesHeadingProjects.properName(t, item.start(), brandEnd)) {
            return false;
        }
        // no word of the language inside the brand (采用先进|技术, 员工就餐|环境: a clause, not a brand): single characters,
        // or words the dictionary knows as names only
        for (int i = item.start(); i < brandEnd; ) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            if (tk.start() < item.start() || tk.text().length() >= 2 && !CompaniesHeadingProjects.properName(t, tk.start(), tk.end())) {
                return false;
            }
            i = tk.end();
        }
        for (Entity e : facts.entities()) {
            if (e.type().isPerson() && e.mentions().stream().anyMatch(m -> m.overlaps(item))) {
                return false; // 企业家|王某某: a person named there
            }
        }
        return true;
    }

    private static final Pattern SITE_GONE_TO = Pattern.compile(
            "(?=[莅来走深前到])(?:莅临|来到|走进|深入|前往|到)([^，,。；;、\n]{4,20}?)(?:建设|施工)?(?:现场|工地)");

    /**
     * Words of making (生产, 制造, 研发, 加工, 物流 …) that say a base is a company's works, not a school's (教育基地) nor a
     * designated zone's (某新能源汽车产业基地).
     */
    private static final Pattern PRODUCING = Pattern.compile("生产|制造|研发|加工|装备|整机|物流|原料|仓储");
    /**
     * A base a visit's verb goes to, then the verb of what is done there (莅临某某风电整机制造基地调研): a company's
     * works, named by the text's own words (a place or a proper word among them: 中车株洲所某某基地).
     */
    private static final Pattern VISITED_BASE = Pattern.compile(
            "(?=[莅来走深前])(?:莅临|来到|走进|深入|前往)([^，,。；;、\n]{4,22}?基地)(?:调研|考察|视察|检查|指导)");

    /**
     * A company's seat, visited: 在某某汽车总部，(official)… or 走访某某(中国)总部. Only a company keeps
     * a 总部 one visits; a seat's word that goes on into a place's (总部基地, 总部经济区) is not one.
     */
    private static final Pattern SEAT = Pattern.compile(
            "(?:^|(?=[。！？!?\\n走来参考调察前]))(?:(?:^|[。！？!?\\n])\\s*在|(?:走访|来到|走进|参观|考察|调研|察看|前往)[了过]?)(\\p{IsHan}{2,10}?)(?:中国|亚太|全球|国际|亚洲)?总部"
                    + "(?!基地|经济|大厦|大楼|园|区|项目|楼|城|港|中心)");

    /** What no one company's name holds: 的, a conjunction, or a generic last word (企业, 地区). */
    private static final Pattern NOT_ONE_COMPANY = Pattern.compile("[的和与及]|(?:企业|公司|地区|区域|单位|机构)$");

    static void seats(ArticleText t, ArticleFacts facts) {
        Matcher m = SEAT.matcher(t.view());
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            String text = m.group(1);
            boolean at = t.view().startsWith("在", m.start(1) - 1);
            if (at && !(m.end() < t.length() && "，,".indexOf(t.charAt(m.end())) >= 0 && officialAt(facts, m.end() + 1))) {
                continue; // 在…总部 is a visit's place only when an official's clause follows
            }
            if (!t.isTokenBoundary(name.start()) || facts.claimed(name) || Divisions.get().isPlace(text)
                    || NOT_ONE_COMPANY.matcher(text).find()
                    || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(text, text.length()) != null
                    || Lexicons.ORGANIZATION_SUFFIXES.suffixAt(text, text.length()) != null
                    // after a verb of visiting, a name; after 在 with an official's clause, a noun phrase will do (某某|汽车)
                    || !(named(t, name.start(), name.end()) || at && nounPhrase(t, name))) {
                continue;
            }
            facts.mention(EntityType.ENTERPRISE, name);
        }
    }

    /** Two words or more, the first no pronoun or determiner and the last a noun (某某|汽车). */
    private static boolean nounPhrase(ArticleText t, Span s) {
        var first = t.tokenAt(s.start());
        var last = t.tokenAt(s.end() - 1);
        return first != null && last != null && first.start() == s.start() && last.end() == s.end() && first != last
                && !first.tag().startsWith("r") && last.tag().startsWith("n") && !t.dictionaryTags(last.text()).isEmpty();
    }

    /** An official's name (as the article names them elsewhere) opens the clause after the site. */
    private static boolean officialAt(ArticleFacts facts, int at) {
        String v = facts.text().view();
        return facts.entities().stream().anyMatch(e -> e.is(EntityType.OFFICIAL) && v.startsWith(e.form(), at));
    }

    /** An official's post and name start at {@code at} (在该县某产业园，副县长某某…). */
    private static boolean titledOfficialAt(ArticleFacts facts, int at) {
        return facts.posts().stream().anyMatch(p -> p.evidence().start() == at);
    }

    /** The words before the built thing's name a place or a proper thing (山西某某锐科|中试研发|基地). */
    private static boolean named(ArticleText t, int start, int end) {
        if (Divisions.get().regionAt(t.view(), start) != null) {
            return true;
        }
        var first = t.tokenAt(start);
        return first != null && first.start() == start && (first.tag().startsWith("nr") || first.tag().startsWith("nz")
                || first.tag().startsWith("ns") || first.tag().startsWith("nt") || t.dictionaryTags(first.text()).isEmpty())
                || ProjectRecognizer.hasProperNoun(t, start, end); // (科大|讯|飞|AI|双创: Latin letters, a proper word further on)
    }
}
