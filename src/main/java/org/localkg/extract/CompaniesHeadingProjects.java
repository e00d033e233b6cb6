package org.localkg.extract;

/**
 * A company named only at the head of its project's name: 某某公司年产5万吨某某项目, a company's
 * word (公司, 集团) and then what the project makes; or 某地某某纺织30万锭紧密纺项目, a proper name and
 * an industry word before the project's capacity. The head is the company that builds the project
 * (the project facts link a company whose name opens a project's), so it is recorded as one.
 *
 * <p>Only with something after the head (a project that is all company, 某某公司项目, says nothing
 * more), and not for a kind of company (上市公司). An industry word before anything but a capacity is
 * not enough (abbreviations and fields, 绿建技术和…, 新能源汽车…, end in the same words), except a
 * trade of one character and 业 (某某铝业氧化铝项目, 某某乳业…), which names companies only.
 */
final class CompaniesHeadingProjects {
    /** Company words that may end a head inside a project's name (总厂: a works' head plant, a company of its own). */
    private static final String[] COMPANY_WORDS = {"公司", "集团", "总厂"};

    private CompaniesHeadingProjects() {
    }

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (Entity p : new java.util.ArrayList<>(facts.entities())) {
            if (!p.is(EntityType.PROJECT) || p.is(EntityType.ENTERPRISE) || p.is(EntityType.PARK)) {
                continue;
            }
            for (Span whole : new java.util.ArrayList<>(p.mentions())) {
                // 某开发区|某某公司年产…项目: the company is in the park; 某市|某省某某公司…: it opens at the province
                // (某市|某省某新区|某公司…: after the zone that opens there)
                int opening = afterPark(facts, whole);
                if (opening == whole.start()) {
                    opening = afterPark(facts, new Span(OrganizationRecognizer.provinceAfterCity(t, whole.start(), whole.end()), whole.end()));
                }
                Span m = new Span(opening, whole.end());
                if (named(facts, m.start())) {
                    subsidiaryAfter(t, facts, namedEnd(facts, m.start()), m.end());
                    continue;
                }
                Span head = companyWordHead(t, m);
                if (head == null) {
                    head = industryBeforeCapacity(t, m);
                }
                if (head == null) {
                    head = tradeWordHead(t, m);
                }
                if (head == null) {
                    head = placeAndNameBeforeOutput(t, m);
                }
                if (head == null) {
                    head = visitedAlone(t, m);
                }
                if (head != null) {
                    head = withoutOutputVerb(t, head);
                }
                if (head != null) {
                    facts.mention(EntityType.ENTERPRISE, head);
                    subsidiaryAfter(t, facts, head.end(), m.end());
                }
            }
        }
        headsOfAlikeItems(t, facts);
    }

    /** A name right before a capacity at a project's start: 某某集团|197万吨…. */
    private static final java.util.regex.Pattern NAME_BEFORE_SIZE = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,8}?)" + ProjectRecognizer.CAPACITY_AMOUNT);

    /**
     * 总投资…的甲集团197万吨某某、总投资…的乙煤化254万吨某某等续建项目: every item of a list of projects names its
     * works by a name, a capacity and what is made; where one item's name is a company's, the others' are their companies
     * too, though no company word ends them (a list joins things of one kind). Not a place (某县|20万吨…, a name ending
     * in a level's word) nor a common word (园区|120万吨…, 新建|…).
     */
    private static void headsOfAlikeItems(ArticleText t, ArticleFacts facts) {
        for (CoordinationList list : facts.lists()) {
            if (list.kind() != CoordinationList.Kind.PROJECT || list.items().size() < 2) {
                continue;
            }
            java.util.List<Span> heads = new java.util.ArrayList<>();
            boolean company = false;
            for (Span item : list.items()) {
                Span project = projectEndingAt(facts, item);
                java.util.regex.Matcher m = project == null ? null
                        : NAME_BEFORE_SIZE.matcher(t.view()).region(project.start(), project.end());
                if (m == null || !m.lookingAt() || m.end() >= project.end()) {
                    heads = null; // (甲煤矿120万吨、乙煤业90万吨: a size is all the works are named by, no product after it)
                    break;
                }
                Span head = withoutOutputVerb(t, new Span(project.start(), m.end(1)));
                if (head == null) {
                    heads = null;
                    break;
                }
                company |= named(facts, head.start()) && namedEnd(facts, head.start()) == head.end();
                heads.add(head);
            }
            if (heads == null || !company) {
                continue;
            }
            for (Span head : heads) {
                String name = t.slice(head.start(), head.end());
                if (!named(facts, head.start()) && allHan(t, head.start(), head.end())
                        && !org.localkg.resolve.Divisions.get().isPlace(name) && !Lexicons.GENERIC.contains(name)
                        && !Lexicons.STOP_WORDS.contains(name) && "省市县区旗州盟镇乡村".indexOf(name.charAt(name.length() - 1)) < 0
                        && t.dictionaryTags(name).stream().noneMatch(x -> x.equals("n") || x.equals("vn") || x.startsWith("v"))) {
                    facts.mention(EntityType.ENTERPRISE, head);
                }
            }
        }
    }

    /** The project a list's item names, its mention ending where the item does. */
    private static Span projectEndingAt(ArticleFacts facts, Span item) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PROJECT)) {
                for (Span m : e.mentions()) {
                    if (m.end() == item.end() && m.start() >= item.start()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** A verb of output at a head's end (某某年加工|22万吨…): the project's words, which the company's name stops before. */
    private static final java.util.regex.Pattern OUTPUT_VERB_END = java.util.regex.Pattern.compile("(?:年产|日产|年处理|年加工|年生产)$");

    /** A phase at a head's end: 一期, 二期, 首期. */
    private static final java.util.regex.Pattern PHASE_END = java.util.regex.Pattern.compile("(?:[一二三四五六七八九十\\d]+|首)期$");

    /** {@code head} without a verb of output at its end, or null when too little is left to name a company. */
    private static Span withoutOutputVerb(ArticleText t, Span head) {
        java.util.regex.Matcher m = OUTPUT_VERB_END.matcher(t.slice(head.start(), head.end()));
        if (PHASE_END.matcher(t.slice(head.start(), m.find() ? head.start() + m.start() : head.end())).find()) {
            return null; // 某某一期|年加工…项目: a phase is the works', so the words before it name them, not a company
        }
        if (!m.reset().find()) {
            return head;
        }
        int end = head.start() + m.start();
        return end - head.start() >= 2 ? new Span(head.start(), end) : null;
    }

    /**
     * The end of the longest park named at the start of the project's name, or its start when none is;
     * not a park whose words open a company's name there (某某园区|综合能源有限公司: the company's own words).
     */
    private static int afterPark(ArticleFacts facts, Span m) {
        int from = m.start();
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PARK) && !e.is(EntityType.PROJECT)) {
                for (Span s : e.mentions()) {
                    if (s.start() == m.start() && s.end() > from && s.end() + 4 < m.end() && !Coreference.opensCompany(facts, s.start(), s.end())) {
                        from = s.end();
                    }
                }
            }
        }
        return from;
    }

    /**
     * 某集团|某某牧业年产…项目: after a group's name (ending in a company's word at {@code groupEnd}), a company named by a
     * brand and its trade (one character and 业) is the group's company that builds the works: recorded as a company too.
     */
    private static void subsidiaryAfter(ArticleText t, ArticleFacts facts, int groupEnd, int end) {
        if (groupEnd < 0 || groupEnd >= end || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), groupEnd) == null) {
            return;
        }
        Span subsidiary = tradeWordHead(t, new Span(groupEnd, end));
        if (subsidiary != null && subsidiary.start() == groupEnd) {
            facts.mention(EntityType.ENTERPRISE, subsidiary);
        }
    }

    /** The end of the longest company's mention opening at {@code start}, or -1. */
    private static int namedEnd(ArticleFacts facts, int start) {
        int end = -1;
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE)) {
                for (Span s : e.mentions()) {
                    if (s.start() == start) {
                        end = Math.max(end, s.end());
                    }
                }
            }
        }
        return end;
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

    /**
     * 某某公司年产…项目: the first 公司 or 集团 with two characters or more before it and after it. A
     * district's name opening the project's name says where the project is (某区|某某集团商贸中心项目),
     * not the company's name: the company starts after it.
     */
    private static Span companyWordHead(ArticleText t, Span m) {
        int end = coreEnd(t, m);
        for (int k = m.start() + 2; k + 2 <= end - 2; k++) {
            for (String w : COMPANY_WORDS) {
                if (t.view().startsWith(w, k) && allHan(t, m.start(), k)
                        && !CompanyKinds.kindOnly(t, m.start(), k, k + w.length())
                        && !(w.equals("总厂") && "房区".indexOf(t.charAt(k + 2)) >= 0)) { // (总厂房, 总厂区: a works' building, its grounds)
                    return new Span(NameBoundary.afterDistrict(t, m.start(), k, k + w.length()), k + w.length());
                }
            }
        }
        return null;
    }

    /** What follows the name of a place visited: 到某某调研, 来到某某，. */
    /** How the names of places a leader visits end (某某村, 某某街道): no company's. */
    private static final java.util.regex.Pattern PLACE_END = java.util.regex.Pattern.compile("(?:[村镇乡县区市州旗盟]|街道|社区)$");
    private static final java.util.regex.Pattern VISIT_AFTER = java.util.regex.Pattern.compile("(?:调研|考察|视察|检查|督导|走访|[，,。])");

    /**
     * 书记到某某调研 … 来到某某有机硅项目: the first four to six characters of a project's name, written
     * alone elsewhere in the article as the place a leader goes to (到 it, then 调研 or a break), are
     * the company whose project it is (a visit goes to a company by its short name). Not a place, a
     * park's or another entity's name, nor common words.
     */
    private static Span visitedAlone(ArticleText t, Span m) {
        int end = coreEnd(t, m);
        String v = t.view();
        for (int k = Math.min(6, end - m.start() - 2); k >= 4; k--) {
            String head = t.slice(m.start(), m.start() + k);
            if (!allHan(t, m.start(), m.start() + k) || !t.isTokenBoundary(m.start() + k)
                    || org.localkg.resolve.Divisions.get().isPlace(head) || PLACE_END.matcher(head).find() || Lexicons.GENERIC.contains(head)
                    || Lexicons.PARK_SUFFIXES.suffixAt(head, head.length()) != null || Lexicons.PROJECT_SUFFIXES.suffixAt(head, head.length()) != null
                    || Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(head, head.length()) != null) { // (来到某某机场: a facility, no company)
                continue;
            }
            for (int at = v.indexOf(head); at >= 0; at = v.indexOf(head, at + 1)) {
                int after = at + k;
                if (at != m.start() && Lexicons.GOING_VERBS.suffixAt(v, at) != null
                        && VISIT_AFTER.matcher(v).region(after, Math.min(v.length(), after + 2)).lookingAt()) {
                    return new Span(m.start(), m.start() + k);
                }
            }
        }
        return null;
    }

    /** A capacity right after the head: 50万锭, 年产3万吨, 年处理8万吨. */
    private static final java.util.regex.Pattern CAPACITY = java.util.regex.Pattern.compile("\\d|年产|日产|年处理|年加工|[十百千]万吨");
    /** A stated output right after the head: 年产3万吨, 日产50万盒 (a figure alone may be a phase's or a year's). */
    private static final java.util.regex.Pattern OUTPUT = java.util.regex.Pattern.compile("(?:年产|日产|年处理|年加工)[\\d.]");

    /**
     * 某省某某年产1万吨…项目, 某市某某公社日产50万盒…项目: a place, then a name of two to five characters
     * the dictionary does not know as a common word, then the project's output: the way papers name a
     * project by its company's short name. The place alone (某县年产…) or a common word (某省新建年产…)
     * is no company.
     */
    private static Span placeAndNameBeforeOutput(ArticleText t, Span m) {
        int end = coreEnd(t, m);
        int nameStart = afterRegion(t, m);
        if (nameStart == m.start()) {
            return null;
        }
        for (int j = nameStart + 2; j <= Math.min(end - 4, nameStart + 5); j++) {
            if (OUTPUT.matcher(t.view()).region(j, end).lookingAt()) {
                return properName(t, nameStart, j) && !NameChecks.namesPlace(t, nameStart, j) ? new Span(m.start(), j) : null;
            }
        }
        return null;
    }

    /**
     * 某地某某纺织30万锭紧密纺项目: after any place, a proper name of two to four characters and an
     * industry word, then the project's capacity. The capacity says the words before it are who
     * produces; an industry word before anything else may be a field or an abbreviation (新能源汽车…,
     * 绿建技术和…), which no rule can tell from a company.
     */
    private static Span industryBeforeCapacity(ArticleText t, Span m) {
        int end = coreEnd(t, m);
        int nameStart = afterRegion(t, m);
        for (int j = nameStart + 4; j <= Math.min(end - 2, nameStart + 8); j++) {
            String industry = Lexicons.INDUSTRY.suffixAt(t.view(), j);
            if (industry == null || industry.length() < 2 || !CAPACITY.matcher(t.view()).region(j, end).lookingAt()) {
                continue;
            }
            if (properName(t, nameStart, j - industry.length())) {
                return new Span(m.start(), j);
            }
        }
        // 某地石化百万吨乙烯项目: a place named without its 市 or 县 and a trade that only works run (石化, 钢铁)
        // before a capacity, the place's company of that trade (not 某县养殖, 某市纺织: the sector of a place)
        int j = nameStart + 2;
        String trade = nameStart > m.start() && j <= end - 2 ? t.slice(nameStart, j) : null;
        if (trade != null && WORKS_TRADES.contains(trade) && "省市县区旗州盟".indexOf(t.charAt(nameStart - 1)) < 0
                && t.isTokenBoundary(nameStart) && CAPACITY.matcher(t.view()).region(j, end).lookingAt()) {
            return new Span(m.start(), j);
        }
        return null;
    }

    /** Trades a place's name before them makes one company of: its petrochemical or steel works (某地石化, 某地钢铁). */
    private static final java.util.Set<String> WORKS_TRADES = java.util.Set.of("石化", "钢铁", "炼化");

    /** Where a name starts after the place that may open the project's name (某地|某某纺织…). */
    private static int afterRegion(ArticleText t, Span m) {
        String region = org.localkg.resolve.Divisions.get().regionAt(t.view(), m.start());
        return m.start() + (region == null ? 0 : region.length());
    }

    /** Two Han characters or more that the dictionary knows as no common word (a brand: 恒锦, 宏达). */
    static boolean properName(ArticleText t, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        java.util.Set<String> tags = t.dictionaryTags(t.slice(from, to));
        return allHan(t, from, to)
                && (tags.isEmpty() || tags.stream().allMatch(x -> x.startsWith("nr") || x.startsWith("nz")));
    }

    /** Sectors of a region's economy, which a place's word before them names, not a company: 某地矿业, 某地牧业. */
    static final java.util.Set<String> SECTORS = java.util.Set.of("矿业", "牧业", "林业", "渔业", "农业", "副业");

    /** A word the dictionary knows as a person's or brand's name as well as a place or side (东方): no bare side or place. */
    private static boolean brandAndPlace(java.util.Set<String> tags) {
        return tags.stream().anyMatch(x -> x.startsWith("nr") || x.equals("nz"))
                && tags.stream().allMatch(x -> x.startsWith("nr") || x.equals("nz") || x.startsWith("ns") || x.equals("s") || x.equals("f"));
    }

    /**
     * What a place's sector goes on with (某市钛业|产业集群, 某市煤业|转型升级): the trade is the place's, no company's
     * (not 发展, which a company does too: 某地铝业|发展新材料项目).
     */
    private static final java.util.regex.Pattern SECTOR_AFTER = java.util.regex.Pattern.compile("产业|行业|集群|转型|高质量");

    /** A trade of one character and 业 that names a company's (乳业, 药业, 影业), not a field's or a region's sector. */
    static boolean companysTrade(String trade) {
        return trade != null && trade.length() == 2 && trade.endsWith("业") && !FIELDS.contains(trade) && !SECTORS.contains(trade);
    }

    /** Fields, not trades: no company is named 某某产业 or 某某工业 by its field alone. */
    static final java.util.Set<String> FIELDS = java.util.Set.of("产业", "农业", "工业", "商业");

    /**
     * 某某乳业酸奶车间项目, 某某药业针剂生产线: a proper name and a trade word of one character and 业
     * (乳业, 药业, 矿业) before more of the project's words. Unlike an industry word (科技, 汽车, which
     * end fields and abbreviations too: 新能源汽车…), such a word names the trade of a company and
     * nothing else.
     */
    private static Span tradeWordHead(ArticleText t, Span m) {
        int end = coreEnd(t, m);
        int nameStart = afterRegion(t, m);
        for (int j = nameStart + 4; j <= Math.min(end - 2, nameStart + 6); j++) {
            String trade = Lexicons.INDUSTRY.suffixAt(t.view(), j);
            if (trade != null && trade.length() == 2 && trade.endsWith("业") && !FIELDS.contains(trade)
                    && properName(t, nameStart, j - 2)) {
                return new Span(m.start(), j);
            }
        }
        // 东方|钛业: a word that is a place's name and a person's or brand's too, then a trade of a company's
        // (not 中部|矿业, 某省|畜牧业: a side or a province and a sector)
        int j = m.start() + 4;
        String trade = j <= end - 2 ? Lexicons.INDUSTRY.suffixAt(t.view(), j) : null;
        String head = t.slice(m.start(), j - 2);
        if (companysTrade(trade)
                && (brandAndPlace(t.dictionaryTags(head))
                    || OUTPUT.matcher(t.view()).region(j, end).lookingAt() && allHan(t, m.start(), j - 2)
                        && !org.localkg.resolve.Divisions.get().isPlace(head) && !Lexicons.GENERIC.contains(head)
                        && !Lexicons.STOP_WORDS.contains(head))) {
            // …or a side's word and a trade before the project's output (西部|镁业|年产…): the output says who makes it
            return new Span(m.start(), j);
        }
        // 某地|铝业电解槽…改造项目: a city's or county's name and a trade word of one character and 业 heading
        // works is the company named after its place (a place's sector is its 铝产业 or 铝工业), not a
        // province's (某省|铝业…, a sector of the province)
        // (a place's name of three characters too: 某某克|乳业…; not the sector going on, 某市煤业|转型升级…)
        for (int placeLength = 2; placeLength <= 3; placeLength++) {
            j = m.start() + placeLength + 2;
            trade = j <= end - 4 ? Lexicons.INDUSTRY.suffixAt(t.view(), j) : null;
            head = t.slice(m.start(), Math.min(j - 2, t.length()));
            if (companysTrade(trade)
                    && !SECTOR_AFTER.matcher(t.view()).region(j, end).lookingAt()
                    && allHan(t, m.start(), j - 2) && org.localkg.resolve.Divisions.get().isRegion(head)
                    && org.localkg.resolve.Divisions.get().lookup(head).stream().noneMatch(d -> d.level().equals("province"))) {
                return new Span(m.start(), j);
            }
        }
        return null;
    }

    /** Every character of {@code [from, to)} a Han character. */
    static boolean allHan(ArticleText t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ArticleText.isHan(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
