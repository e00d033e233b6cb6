package org.localkg.extract;

import java.util.List;
import java.util.Set;
import org.localkg.resolve.Divisions;
import org.localkg.resolve.Names;

/**
 * Enterprises, other organisations and parks named with a suffix that types them: …有限公司,
 * …集团, …交易所 (enterprise); …研究院, …大学, …局 (organisation); …产业园, …高新区, …创新区
 * (park). The name's start is found by {@link NameBoundary}. A park needs a place or a quoted
 * word in its name (近零碳园区 is no park's name); a company needs a name beyond industry words.
 * Also parks written as a region and a two-character abbreviation: 武进绿建区, 某某综保区.
 */
final class OrganizationRecognizer {
    private static final int MAX_NAME = 24;
    /** Single-character suffixes that end many common words too. */
    private static final Set<String> COMMON_WITH_SUFFIX = Set.of("布局", "格局", "大局", "全局", "当局", "结局", "开局",
            "出局", "僵局", "时局", "骗局", "棋局", "变局", "新局", "破局", "胜局", "败局", "终局", "残局", "战局",
            "政局", "饭局", "牌局", "平局", "赛局", "大厅", "客厅", "餐厅", "展厅", "前厅", "门厅", "舞厅", "歌厅");
    /** Two-character area words that with 区 are no zone: 城区, 辖区, 核心区. */
    private static final Set<String> AREA_WORDS = Set.of("城区", "辖区", "市区", "郊区", "景区", "社区", "园区", "片区",
            "小区", "街区", "老区", "新区", "主城", "中心", "核心", "功能", "东部", "西部", "南部", "北部", "中部", "全区",
            "两区", "三区", "各区", "本区", "我区", "城市", "农村", "山区", "湖区", "库区", "矿区", "灾区", "牧区",
            "林区", "开发", "示范", "集聚", "创新", "先行", "实验", "试验", "合作", "保税", "经开", "高新", "工业");

    /** Bodies named by their place alone: 常州市政府, 区政协 (人民政府, 党委, 政协, 人大…). */
    private static final Set<String> GOVERNMENTS = Set.of("政府", "人民", "党委", "政协", "人大");

    private OrganizationRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        java.util.Set<String> titles = new java.util.HashSet<>(); // zones' titles sought or given, by their keys
        for (int p = 2; p <= v.length(); p++) {
            String ent = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(v, p);
            String org = Lexicons.ORGANIZATION_SUFFIXES.suffixAt(v, p);
            String park = Lexicons.PARK_SUFFIXES.suffixAt(v, p);
            String best = ent;
            EntityType type = EntityType.ENTERPRISE;
            if (org != null && (best == null || org.length() > best.length())) {
                best = org;
                type = EntityType.ORGANIZATION;
            }
            if (park != null && (best == null || park.length() > best.length())) {
                best = park;
                type = EntityType.PARK;
            }
            if (best == null || (best.length() == 1 || type != EntityType.PARK) && !endsWord(t, p)) {
                continue; // the suffix runs on into a word: 局|面, 银行|卡, 大学|生 (a zone's 区|内 is still a zone)
            }
            if (runsOn(t, p, best) || type == EntityType.PARK && branchAfter(v, p) || verbWithAspect(t, p)) {
                continue;
            }
            if (type == EntityType.PARK && best.length() >= 2 && p + 1 < v.length() && v.charAt(p) == '路' && "网段况基口".indexOf(v.charAt(p + 1)) < 0) {
                continue; // 某科学园|路改造工程: the park's word opens a road's name (not 某产业园|路网建设)
            }
            if (type == EntityType.PARK && best.equals("园区") && p - 3 >= 0 && v.charAt(p - 3) == '园') {
                continue; // 某某产业园|园区道路: the park's word said twice, the second opening what is built in it
            }
            if (type == EntityType.ENTERPRISE && COOPERATIVE_AFTER.matcher(v).region(p, v.length()).lookingAt()) {
                continue; // 某村股份|经济合作社: the shares of a village's cooperative, a body of its own, no company
            }
            if (type == EntityType.PARK && best.endsWith("城") && p < v.length() && "市区乡镇".indexOf(v.charAt(p)) >= 0 && !endsWord(t, p)) {
                continue; // 某地智慧|城市|指挥中心, 宜居生态|城区, 生态|城乡: the zone's 城 opens a word of what follows
            }
            if (type == EntityType.PARK && best.length() == 1 && (companyRunsOn(v, p) || tradeRunsOnToCompany(t, p))) {
                continue; // 某丰谷|矿业有限责任公司: a one-character zone word inside a company's name
            }
            int suffixStart = p - best.length();
            if (closesList(t, suffixStart)) {
                continue;
            }
            if (best.length() == 1 && suffixStart > 0 && COMMON_WITH_SUFFIX.contains(v.substring(suffixStart - 1, p))) {
                continue;
            }
            if (type == EntityType.ENTERPRISE && wholeOfIt(t, suffixStart)) {
                continue; // 集全集团之力, 本公司, 该集团: a determiner before the word points at a company, it names none
            }
            int start = listItemStart(t, facts, p, NameBoundary.startOfOrganization(t, suffixStart, MAX_NAME));
            start = NameBoundary.skipLeadingStopWords(t, start, suffixStart);
            start = Math.min(suffixStart, NamePhrase.afterTime(t, start, suffixStart)); // 一季度|某新区
            start = afterDescription(t, start, suffixStart); // 某市重要的|工业集中区
            start = NamePhrase.afterYi(t, start, p); // 以|某产业园为代表
            if (type == EntityType.ENTERPRISE) {
                start = afterPark(t, facts, start, suffixStart); // 某工业园区|某药业公司: the company is in the park
                start = acrossVerbToAgent(t, start, suffixStart);
                start = afterDistrictOfProject(t, start, suffixStart, p);
                start = afterCompanyWord(t, start, suffixStart);
                start = afterWorksCopula(t, start, suffixStart); // 此次项目系|某集团
                start = afterRoleWord(t, start, suffixStart);
                start = afterAdverb(t, start, suffixStart);
                start = atProvince(t, start, suffixStart); // after a park's end: 某市某省某新区|某公司 keeps its zone
            }
            int walked = start;
            if (type == EntityType.ENTERPRISE) {
                start = brandVerbBefore(t, start, suffixStart, p); // 腾飞|机械有限公司
            }
            boolean branded = start != walked;
            if (type == EntityType.PARK) {
                start = atProvince(t, start, suffixStart);
                start = acrossJi(t, start, suffixStart);
                start = afterBuildingVerb(t, start, suffixStart);
                start = afterCopula(v, start, suffixStart);
                start = afterSeeking(t, start, suffixStart); // 9家开发区申报|自治区某某示范园区
                start = afterBareZone(v, start, suffixStart);
                start = afterBorder(v, start, suffixStart);
                start = afterZoneWordsEnd(t, start, suffixStart);
                start = afterSumOrBuilder(t, start, suffixStart);
                start = afterPlacingVerb(t, start, suffixStart);
                start = afterListedWorks(t, start, suffixStart);
                start = afterPartyGoing(t, start, suffixStart);
                start = afterLevel(t, start, suffixStart);
            }
            if (type == EntityType.PARK && (soughtTitle(t, start, suffixStart) || designated(t, start, suffixStart))) {
                titles.add(Names.key(t.slice(start, p)));
                continue; // 申报|某某示范园区, 被认定为|自治区某某示范园区: a title zones seek or are given, not a zone
            }
            if (type == EntityType.PARK && GOAL_KINDS.contains(best) && goalSet(t, facts, start, suffixStart, p)) {
                continue; // 争创生态文明建设示范区: a title a place works for, not a zone
            }
            if (type == EntityType.PARK && themedDesignation(t.slice(start, suffixStart))) {
                continue; // 某创新区“双碳”先导区: what a zone is made a model of, the zone itself found on its own
            }
            if (type == EntityType.PARK && HONOUR_OR_EVENT.matcher(t.slice(start, suffixStart)).find()) {
                continue; // 荣获“中国最具投资价值工业园区”, 第六届中国工业园区…论坛: an honour or an event, not a zone
            }
            if (type == EntityType.PARK && (Divisions.get().namedLikeAZone(t.slice(start, p))
                    || Divisions.get().namedLikeAZone(ShortNames.stripRegion(t.slice(start, p))))) {
                continue; // 某市海港区, 绿园区: a district named like a zone, a place's government, no zone
            }
            if (type == EntityType.PARK && districtNamedNewArea(t, t.slice(start, p))) {
                continue; // 某某新区 that is a county-level district: the government of a place, not a zone
            }
            if (type == EntityType.PARK && collectiveZones(t.slice(start, p))) {
                continue; // 某省开发区, 某市开发区: the zones of a province or city together, not one zone
            }
            boolean state = type == EntityType.ENTERPRISE && stateCompany(t, start, suffixStart, best);
            if (type == EntityType.ENTERPRISE && !state && !branded && CompanyKinds.kindOnly(t, start, suffixStart, p)) {
                continue; // 零售银行, 电影公司: a kind of company, not one
            }
            if (type == EntityType.PARK && TRIAL_ZONES.contains(best) && !NameChecks.namesPlace(t, start, suffixStart)
                    && !ProjectRecognizer.hasProperNoun(t, start, suffixStart) && !isQuoted(t.slice(start, suffixStart))) {
                continue; // 发动机动力试验区: a works' test area, named by what is tested, not a zone
            }
            if (type == EntityType.PARK && start < suffixStart && NameChecks.specific(t.slice(start, suffixStart)).isEmpty()) {
                continue; // 千亿园区, 新兴产业园: words of kinds and sizes alone before the zone's word name none
            }
            if (type == EntityType.PARK && COUNT_OF_GREAT.matcher(t.slice(start, suffixStart)).matches()) {
                continue; // 以“三大园区”为主阵地: how many zones, none named
            }
            if (type == EntityType.ENTERPRISE && !state && !accept(t, type, start, suffixStart)) {
                start = brandBeforeTrades(t, facts, start, suffixStart); // 某集聚区|新向往九和|食品有限公司
            }
            if (type == EntityType.ENTERPRISE && INDEFINITE.matcher(t.slice(start, suffixStart)).find()) {
                continue; // 某市一家生物科技有限公司: a company the text does not name
            }
            if (inSourceField(t, start)) {
                continue; // 时间:… 来源:某开发区: the page's publisher, named in its details, not in the news
            }
            boolean weak = type == EntityType.PARK && WEAK_PARK_SUFFIXES.contains(best);
            if (weak ? weakZone(t, start, suffixStart) : state || accept(t, type, start, suffixStart) || type == EntityType.PARK
                    && best.length() >= 2 && zoneName(t, start, suffixStart)) {
                facts.mention(type, new Span(start, p));
            }
        }
        for (Entity e : new java.util.ArrayList<>(facts.entities())) {
            if (e.is(EntityType.PARK) && !e.is(EntityType.PROJECT) && e.keys().stream().anyMatch(titles::contains)) {
                new java.util.ArrayList<>(e.mentions()).forEach(m -> facts.forget(e, m)); // (符合|自治区某某示范园区|认定条件: the same title)
            }
        }
        describedAsParks(t, facts);
        abbreviatedZones(t, facts);
        initialZones(t, facts);
        administeredBases(t, facts);
        zoneParts(t, facts);
    }

    /**
     * A 新区 the division codes list as a district (its code's last two digits below 70), not as a functional
     * area (71–79, where the codes put zones such as a state-level new area): the district's government is meant.
     */
    private static boolean districtNamedNewArea(ArticleText t, String name) {
        if (!name.endsWith("新区")) {
            return false;
        }
        List<Divisions.Division> districts = Divisions.get().lookup(name).stream().filter(Divisions.Division::isCountyDistrict).toList();
        if (districts.isEmpty()) {
            return false;
        }
        // 锦州滨海新区 in the same article: a zone of that city named like another city's district (滨海新区)
        String v = t.view();
        for (int at = v.indexOf(name); at >= 0; at = v.indexOf(name, at + 1)) {
            String place = regionEndingAt(t, at);
            if (place != null && Divisions.get().lookup(place).stream()
                    .noneMatch(a -> districts.stream().anyMatch(d -> d.code().startsWith(a.code())))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A base (某地能源化工基地) that has an administration of its own, named in the article (某地能源化工基地管委会,
     * or by its first two characters, 某地管委会): a zone, as a 开发区 is; a base without one is works. So is a
     * business or functional district with its own (某某商务区管委会).
     */
    private static void administeredBases(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        for (int at = v.indexOf("基地"); at >= 0; at = v.indexOf("基地", at + 2)) {
            int start = NameBoundary.startOfOrganization(t, at, MAX_NAME);
            start = NameBoundary.skipLeadingStopWords(t, start, at);
            String place = Divisions.get().placeAt(v, start);
            if (at - start < 2 || place == null || !t.isTokenBoundary(at + 2) || at - start < 4 && place.length() != at - start) {
                continue; // a base named after its place: 某地某某基地, or the place alone (某地基地 with its 某地管委会)
            }
            String name = v.substring(start, at + 2);
            if (at - start == place.length() && longerBaseOfPlace(t, place)) {
                continue; // 某地基地 beside 某地能源化工基地: the short form of the base the text names in full
            }
            if (v.contains(name + "管委会") || v.contains(name + "党工委") || v.contains(name.substring(0, 2) + "管委会")) {
                facts.mention(EntityType.PARK, new Span(start, at + 2));
            }
        }
        // 某某商务区 with its own 某某商务区管委会: a zone, named however (no place need open it)
        java.util.regex.Matcher m = ADMINISTERED_DISTRICT.matcher(v);
        while (m.find()) {
            int start = NameBoundary.skipLeadingStopWords(t, NameBoundary.startOfOrganization(t, m.start(), MAX_NAME), m.start());
            String name = v.substring(start, m.end());
            if (m.start() - start >= 2 && t.isTokenBoundary(start) && (v.contains(name + "管委会") || v.contains(name + "党工委"))
                    && facts.within(new Span(start, m.end()), EntityType.PARK).isEmpty()) {
                facts.mention(EntityType.PARK, new Span(start, m.end()));
            }
        }
    }

    /** Whether the text names a longer base that opens with {@code place} (某地能源化工基地 for 某地基地). */
    private static boolean longerBaseOfPlace(ArticleText t, String place) {
        String v = t.view();
        for (int at = v.indexOf(place); at >= 0; at = v.indexOf(place, at + 1)) {
            int from = at + place.length();
            for (int words = 2; words <= 10 && from + words + 2 <= v.length(); words++) {
                if (v.startsWith("基地", from + words) && CompaniesHeadingProjects.allHan(t, from, from + words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Districts of a city's plan that may have an administration of their own, as zones do. */
    private static final java.util.regex.Pattern ADMINISTERED_DISTRICT = java.util.regex.Pattern.compile("(?=[商功合])(?:商务区|功能区|合作区)(?!管委会|党工委)");

    /** A sum, or a company, and the verb that builds: 投资15亿元建设|某产业园, 某集团建设|某产业园. */
    private static final java.util.regex.Pattern SUM_OR_BUILDER_BUILDS = java.util.regex.Pattern.compile(
            "(?:元|集团|公司)(?:投资)?(?:建设|打造|兴建|新建|投建)");

    /** The park's name starts after the last sum or company that builds it, inside what the walk back took. */
    private static int afterSumOrBuilder(ArticleText t, int start, int suffixStart) {
        return afterLast(t, SUM_OR_BUILDER_BUILDS, start, suffixStart, false);
    }

    /**
     * The end of the last match of {@code words} inside [start, suffixStart) that leaves two characters or
     * more of the name, the match a word of its own at its end (or, {@code atItsStart}, at its start: 选址于|羊…
     * may be cut by the segmenter after 于); {@code start} when none.
     */
    private static int afterLast(ArticleText t, java.util.regex.Pattern words, int start, int suffixStart, boolean atItsStart) {
        java.util.regex.Matcher m = words.matcher(t.view()).region(start, suffixStart);
        int after = start;
        while (m.find()) {
            if (suffixStart - m.end() >= 2 && t.isTokenBoundary(atItsStart ? m.start() : m.end())) {
                after = m.end();
            }
        }
        return after;
    }

    /** Verbs of what a place holds, before what it holds (某园区现有|某综合保税区、…): no part of the name after them. */
    private static final java.util.regex.Pattern HAVING = java.util.regex.Pattern.compile("现有|拥有|已有|共有|建有|设有");

    /** Verbs that say where something stands, written before the place: 选址于, 位于, 落户, 坐落在, 地处. */
    static final java.util.regex.Pattern PLACING = java.util.regex.Pattern.compile(
            "(?:位于|地处|选址|落户|落地|坐落|入驻|建在|布局在)(?:于|在)?");

    /** 甲项目选址于|某工业园: the park's name starts after the last verb that places something in it. */
    private static int afterPlacingVerb(ArticleText t, int start, int suffixStart) {
        return afterLast(t, HAVING, afterLast(t, PLACING, start, suffixStart, true), suffixStart, true);
    }

    /** The role a company plays in a project, said before its name: 投资者|某集团, 开发商|某公司. */
    private static final java.util.regex.Pattern ROLE_WORD = java.util.regex.Pattern.compile(
            "投资者|投资方|投资商|开发商|运营商|承包商|合作方|签约方|建设方");

    /** “百亿项目”投资者|某集团有限公司: the company's name starts after the role it is introduced by. */
    private static int afterRoleWord(ArticleText t, int start, int suffixStart) {
        return afterLast(t, ROLE_WORD, start, suffixStart, false);
    }

    /**
     * Adverbs of a clause that the walk back may cross (先后, 相继): no company's name holds one. Only
     * words of two characters: the segmenter tags single characters of names it does not know as
     * adverbs too (某|正|天医疗器械, 莲|都).
     */
    private static final Set<String> CLAUSE_ADVERBS = Set.of("先后", "分别", "相继", "陆续", "随后", "一同", "依次");
    /** The parties of a talk, before 就 and what they talk about: 双方就…, 各方就…. */
    private static final Set<String> PARTIES = Set.of("双方", "各方", "三方", "我方");

    /**
     * 督导组一行先后到|某公司: a company's name starts after an adverb of the clause before it, and after
     * the verb that follows the adverb (到, 走进).
     */
    private static int afterAdverb(ArticleText t, int start, int suffixStart) {
        int after = start;
        for (int i = start; i < suffixStart - 2; ) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            if (tk.tag().equals("d") && CLAUSE_ADVERBS.contains(tk.text()) && tk.end() < suffixStart - 2) {
                after = tk.end();
            }
            if (tk.text().equals("就") && i >= 2 && PARTIES.contains(t.slice(Math.max(0, i - 2), i)) && tk.end() < suffixStart - 2) {
                return tk.end(); // 双方就|某集团来我市发展…: what the parties talk about, after their 就
            }
            i = tk.end();
        }
        if (after == start) {
            return start;
        }
        org.localkg.nlp.Token verb = t.tokenAt(after);
        if (verb != null && verb.start() == after && verb.tag().startsWith("v") && verb.end() < suffixStart - 2) {
            after = verb.end(); // 先后|到|某公司
        }
        return after;
    }

    /** A named work and the word that joins it to the next item: 甲化工项目和|乙物流园. */
    private static final java.util.regex.Pattern LISTED_WORKS = java.util.regex.Pattern.compile("(?:项目|工程)(?:[和与及、]|以及)");

    /** 甲化工项目和|乙物流园项目: a park's name starts after a project listed before it, never across it. */
    private static int afterListedWorks(ArticleText t, int start, int suffixStart) {
        return afterLast(t, LISTED_WORKS, start, suffixStart, true); // 和顺 may be cut as one word
    }

    /** 某经开|区北港工业区 (the segmenter's cut): the last character of the zone before is not the next park's. */
    private static int afterZoneWordsEnd(ArticleText t, int start, int suffixStart) {
        String before = Lexicons.PARK_SUFFIXES.suffixAt(t.view(), start + 1);
        org.localkg.nlp.Token lone = t.tokenAt(start);
        boolean cut = lone != null && lone.start() == start && lone.text().length() == 1; // not 全新|区域…
        return cut && before != null && before.length() >= 2 && suffixStart - start >= 3 ? start + 1 : start;
    }

    /** 北接|某新区, 南邻|某园区: where a place's border lies, a direction and a verb of touching, before the name. */
    private static final java.util.regex.Pattern BORDER = java.util.regex.Pattern.compile("[东南西北](?:接|邻|临|至|连|靠|抵)");

    private static int afterBorder(String v, int start, int suffixStart) {
        java.util.regex.Matcher m = BORDER.matcher(v).region(start, suffixStart);
        return m.lookingAt() && suffixStart - m.end() >= 2 ? m.end() : start;
    }

    /**
     * 某某果蔬冷链物流|暨|现代农业示范园区: 暨 joins two names of one park; the first, without a zone's
     * word of its own, is part of the name (甲产业园暨乙产业园 would be two names, each a park).
     */
    private static int acrossJi(ArticleText t, int start, int suffixStart) {
        if (start < 3 || t.charAt(start - 1) != '暨') {
            return start;
        }
        int left = NameBoundary.startOfOrganization(t, start - 1, MAX_NAME);
        left = NameBoundary.skipLeadingStopWords(t, left, start - 1);
        left = afterBuildingVerb(t, left, start - 1); // 建设|甲暨乙园区
        String first = t.slice(left, start - 1);
        if (first.length() < 4 || Lexicons.PARK_SUFFIXES.suffixAt(first, first.length()) != null
                || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(first, first.length()) != null || first.contains("的")) {
            return start;
        }
        return left;
    }

    /**
     * 来到开发区|半导体产业园: the article's zone said by its bare word, then a park in it named with two
     * characters or more: the park's name starts after the bare word, which names no place.
     */
    private static int afterBareZone(String v, int start, int suffixStart) {
        for (String bare : BARE_ZONES) {
            if (v.startsWith(bare, start) && suffixStart - start - bare.length() >= 2
                    && !BRACKETED_DISTRICT.matcher(v).region(start + bare.length(), suffixStart).lookingAt()) {
                return start + bare.length();
            }
        }
        return start;
    }

    /**
     * The district a zone is one with, in brackets after its bare word: 高新区(新市区)|北区工业园 names the zone by
     * both, a place, so the park's name keeps it.
     */
    private static final java.util.regex.Pattern BRACKETED_DISTRICT = java.util.regex.Pattern.compile("[(（][\\p{IsHan}]{1,6}[区县市旗][)）]");

    private static final java.util.List<String> BARE_ZONES = java.util.List.of("开发区", "高新区", "经开区", "园区");

    /** A count said with 大 (三大, 五大): how many of a kind, no name. */
    private static final java.util.regex.Pattern COUNT_OF_GREAT = java.util.regex.Pattern.compile("[一二三四五六七八九十两\\d]+大");

    /**
     * A superlative (最具, 最佳) says what an honour is given for, and an edition's number (第六届) opens an event's
     * name: no zone's name holds either.
     */
    private static final java.util.regex.Pattern HONOUR_OR_EVENT = java.util.regex.Pattern.compile(
            "最(?:具|佳|美|强|优|受|有|好|大)|^(?:第[一二三四五六七八九十百\\d]+|首)届");

    /** Determiners that point at a company by its kind's word (全集团, 本公司, 该集团, 各公司, 我集团, 贵公司). */
    private static final String DETERMINERS = "全本该各我贵";

    /** A determiner of one character right before the company's word, and after a mark or a word of its own. */
    static boolean wholeOfIt(ArticleText t, int suffixStart) {
        if (suffixStart < 1 || DETERMINERS.indexOf(t.charAt(suffixStart - 1)) < 0) {
            return false;
        }
        var tk = t.tokenAt(suffixStart - 1);
        return tk != null && tk.start() == suffixStart - 1 && tk.end() == suffixStart;
    }

    /**
     * 某某等|公司领导: 等 right before the kind's word closes a list (of people here), and names no company, however a
     * recogniser bounded the words before it (a name the segmenter guessed may have taken 等 in).
     */
    static boolean closesList(ArticleText t, int suffixStart) {
        return suffixStart > 0 && t.charAt(suffixStart - 1) == '等';
    }

    /** A zone's whole name, then a quoted theme: 某创新区“双碳”(先导区), the zone then what it is made a model of. */
    private static final java.util.regex.Pattern ZONE_THEN_THEME = java.util.regex.Pattern.compile("(.+)[“\"][^”\"]{1,8}[”\"]");

    /** The name before a zone's word is a zone's whole name and a quoted theme ({@link #ZONE_THEN_THEME}). */
    private static boolean themedDesignation(String beforeSuffix) {
        java.util.regex.Matcher m = ZONE_THEN_THEME.matcher(beforeSuffix);
        return m.matches() && Lexicons.PARK_SUFFIXES.suffixAt(m.group(1), m.group(1).length()) != null;
    }

    /** The subject of a copula: a base's name opening its clause, no 的 in it (某某无人机基地|是…). */
    private static final java.util.regex.Pattern BASE_SUBJECT = java.util.regex.Pattern.compile("\\p{IsHan}{2,10}基地");

    /**
     * 甲基地是某市唯一的无人机特色产业园: a park's kind after 是…的, in words of kinds alone (no place or proper name), says
     * what the subject is, a description and no zone of its own; the subject, a base named by a place or a proper
     * word, is the park.
     */
    private static void describedAsParks(ArticleText t, ArticleFacts facts) {
        for (Entity park : new java.util.ArrayList<>(facts.entities())) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : new java.util.ArrayList<>(park.mentions())) {
                String kind = Lexicons.PARK_SUFFIXES.suffixAt(t.view(), m.end());
                int words = kind == null ? m.end() : m.end() - kind.length();
                if (m.start() < 3 || t.charAt(m.start() - 1) != '的' || words <= m.start() || NameChecks.namesPlace(t, m.start(), words)
                        || ProjectRecognizer.hasProperNoun(t, m.start(), words)) {
                    continue;
                }
                int clause = t.clauseStart(m.start());
                int copula = t.view().lastIndexOf('是', m.start());
                if (copula <= clause || !t.isTokenBoundary(copula) || !t.isTokenBoundary(copula + 1)) {
                    continue;
                }
                facts.forget(park, m);
                Span subject = new Span(clause, copula);
                if (BASE_SUBJECT.matcher(t.view()).region(clause, copula).matches() && !facts.claimed(subject)
                        && (NameChecks.namesPlace(t, clause, copula - 2) || ProjectRecognizer.hasProperNoun(t, clause, copula - 2))) {
                    facts.mention(EntityType.PARK, subject);
                }
            }
        }
    }

    /**
     * After the last verb of seeking a title inside the span (开发区申报|某某示范园区): the title sought starts there (a
     * verb of two characters or more: 创 alone is a word of names too, 某某双创园).
     */
    private static int afterSeeking(ArticleText t, int start, int suffixStart) {
        int s = start;
        for (int i = start + 1; i < suffixStart; i++) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && tk.end() < suffixStart && tk.text().length() >= 2 && SEEKING.contains(tk.text())) {
                s = tk.end();
            }
        }
        return s;
    }

    /** Verbs that give a place a title, right before it: 认定为, 评为, 命名为, 列为. */
    private static final java.util.regex.Pattern DESIGNATING = java.util.regex.Pattern.compile("(?:认定|评定|命名|确定|列|评|批复)为$");

    /** A zone's level written before its place: 国家级|某某经济技术开发区. */
    private static final java.util.regex.Pattern LEVEL_BEFORE_PLACE = java.util.regex.Pattern.compile("(?:国家|省|自治区|市|县)级");

    /**
     * 国家级|某某经济技术开发区, 省级|某某高新区: the level is what the zone is, not its name, when the zone's own place
     * follows it (a name the level alone opens, 国家级经济技术开发区, names no zone anyway).
     */
    private static int afterLevel(ArticleText t, int start, int suffixStart) {
        java.util.regex.Matcher m = LEVEL_BEFORE_PLACE.matcher(t.view()).region(start, suffixStart);
        return m.lookingAt() && m.end() < suffixStart && Divisions.get().regionAt(t.view(), m.end()) != null ? m.end() : start;
    }

    /**
     * 被认定为自治区高质量发展示范园区, 被评为省级示范园区: a title given to zones, named by no place of its own (a
     * province's or region's word is the giver's), no zone.
     */
    private static boolean designated(ArticleText t, int start, int suffixStart) {
        if (!DESIGNATING.matcher(t.view()).region(Math.max(0, start - 3), start).find()) {
            return false;
        }
        String name = t.slice(start, suffixStart).replaceFirst("^(?:国家级|国家|省级|自治区级|自治区|市级|全国|全省|全市|省|市)", "");
        return !name.isEmpty() && Divisions.get().regionAt(name, 0) == null && !isQuoted(name);
    }

    /**
     * A zone's kind right after a verb of working for a title (创建, 争创, 申报), with no place in it: the
     * title sought (创建国家全域旅游示范区, 争创生态文明建设示范区), which names no zone. A named zone
     * is built, not created (建设某某产业园).
     */
    private static boolean soughtTitle(ArticleText t, int start, int suffixStart) {
        var before = start > 0 ? t.tokenAt(start - 1) : null;
        return before != null && before.end() == start && SEEKING.contains(before.text()) && !NameChecks.namesPlace(t, start, suffixStart);
    }

    /**
     * A goal's kind of zone ({@link #GOAL_KINDS}) named by no place, name or quote set as a goal: right after a verb of setting one and 为 or 成
     * (明确为, 定位为, 打造成|生态宜居示范区), or an item of a list a verb of building up opens (打造甲先行区、…、绿色宜居示范区):
     * what a place is to become, no zone.
     */
    private static boolean goalSet(ArticleText t, ArticleFacts facts, int start, int suffixStart, int end) {
        if (start == 0 || !noNameWords(t, start, suffixStart) || isQuoted(t.slice(start, suffixStart))
                || end < t.length() && t.charAt(end) == '的') {
            return false; // (…示范区的核心区: a part of a zone, which is one)
        }
        for (int i = start; i < suffixStart; i++) {
            if (Divisions.get().regionAt(t.view(), i) != null) {
                return false; // a county's or city's name (not a township's short one, 宜居|乡 read in 生态宜居)
            }
        }
        if (GOAL_BEFORE.matcher(t.view()).region(Math.max(0, start - 5), start).find()) {
            return true;
        }
        for (CoordinationList l : facts.lists()) {
            if (l.opener() != null && GOAL_OPENERS.contains(t.slice(l.opener().start(), l.opener().end()))
                    && l.items().stream().anyMatch(item -> item.start() == start)) {
                return true;
            }
        }
        return false;
    }

    /** Words none of which the segmenter reads as a person's, place's or body's name or an abbreviation (nr, ns, nt, j, nx). */
    private static boolean noNameWords(ArticleText t, int start, int end) {
        for (int i = start; i < end; ) {
            var tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > end) {
                return false;
            }
            String tag = tk.tag();
            if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.equals("j") || tag.equals("nx")) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /** The kinds of zone a place is given as a goal or title (示范区, 先行区); a development zone's kinds name zones (高新区). */
    private static final Set<String> GOAL_KINDS = Set.of("示范区", "先行区", "引领区", "试验区", "实验区", "先导区");

    /** A verb of setting a goal and 为 or 成 right before a zone's kind: 明确为, 定位为, 打造成 (not 为 alone: 为某新区发展). */
    private static final java.util.regex.Pattern GOAL_BEFORE = java.util.regex.Pattern.compile("(?:明确|定位|确定|打造|建设)(?:为|成)$");

    /** Verbs that open a list of what a place is to become: 打造, 建设成, 建成. */
    private static final Set<String> GOAL_OPENERS = Set.of("打造", "建设成", "建成", "打造成");

    /**
     * 某市|某省某某物流中心: a city's or county's full name, then a province's as a word of its own: the
     * first says where the zone or company stands, the name opens with the province it carries as its own.
     */
    static int atProvince(ArticleText t, int start, int suffixStart) {
        int province = provinceAfterCity(t, start, suffixStart);
        for (int i = province + 2; province > start && i < suffixStart; i++) {
            String zone = Lexicons.PARK_SUFFIXES.suffixAt(t.view(), i);
            if (zone != null && zone.length() >= 2) {
                return start; // 某市|某省某新区某公司: the zone is named first, and the company after it is in it
            }
        }
        return province;
    }

    /** Where the province's name opens after a city's or county's full name at {@code start}, or {@code start}. */
    static int provinceAfterCity(ArticleText t, int start, int suffixStart) {
        String v = t.view();
        String place = Divisions.get().regionAt(v, start);
        if (place == null || place.length() < 3 || "市县区旗".indexOf(place.charAt(place.length() - 1)) < 0) {
            return start;
        }
        int next = start + place.length();
        boolean opensProvince = next < suffixStart && provinceOpensAt(t, next, suffixStart, 1)
                && Divisions.get().lookup(place).stream().noneMatch(d -> d.level().equals("province"));
        return opensProvince ? next : start;
    }

    /**
     * A province's name at {@code at}, a word of its own (not 山东|路, 青海湖: a street's or a lake's name that opens
     * with it), with at least {@code rest} characters after it before {@code end}.
     */
    static boolean provinceOpensAt(ArticleText t, int at, int end, int rest) {
        String v = t.view();
        String province = Divisions.get().regionAt(v, at);
        var word = province == null ? null : t.tokenAt(at);
        return province != null && end - at - province.length() >= rest
                && word != null && word.start() == at && word.end() == at + province.length()
                && "路街道巷湖山河江".indexOf(v.charAt(at + province.length())) < 0 // 山东|路: a street named after it
                && Divisions.get().lookup(province).stream().anyMatch(d -> d.level().equals("province"));
    }

    private static final Set<String> SEEKING = Set.of("创建", "争创", "创成", "申创", "申报", "申建", "申请", "申请设立", "成功创建", "创");

    /** Words that grade what a place aims to be (世界一流, 世界级): they describe, they never name. */
    private static final Set<String> GRADES = Set.of("一流", "世界级");
    /** Where a goal's grade is measured (世界一流, 国内一流). */
    private static final Set<String> GOALS_SCOPE = Set.of("世界", "国际", "国内", "全国", "全省", "行业", "业内");

    /**
     * A party (代表团, 考察团, 一行) and where it goes (来, 到, 赴) or what it does next: the park's name
     * starts after that verb (某区政府代表团来|某高新区, 考察团一行车览|高新区); a party is never part of one.
     */
    private static int afterPartyGoing(ArticleText t, int start, int suffixStart) {
        int from = afterLast(t, PARTY_GOES, start, suffixStart, false);
        int party = t.view().lastIndexOf("一行", suffixStart - 3);
        var one = party >= from ? t.tokenAt(party) : null;
        // 一行 is its own word, or the end of one the segmenter guessed to be a name (某某商|会一行|来)
        boolean partyWord = one != null && (one.start() == party && one.text().equals("一行")
                || one.end() == party + 2 && t.guessedName(one));
        if (partyWord) {
            // whatever the party does, which the tagger may read as a guessed name (车览); not a place (一行|东山高新区)
            var verb = t.tokenAt(party + 2);
            boolean acts = verb != null && verb.start() == party + 2 && verb.end() <= suffixStart && (verb.tag().startsWith("v")
                    || t.guessedName(verb));
            from = acts ? verb.end() : party + 2;
        }
        return from;
    }

    private static final java.util.regex.Pattern PARTY_GOES = java.util.regex.Pattern.compile(
            "(?:团|组)(?:一行)?(?:来到|来|到|赴|抵达|走进|莅临)");

    /**
     * An adjective (or a distinguishing word, 主要的, or an adverb-adjective) and 的 describe what
     * follows (某市主要的化工园区, 最大的物流园区): a name starts after them, for a name says which one
     * and not what it is like.
     */
    private static int afterDescription(ArticleText t, int start, int suffixStart) {
        int from = start;
        for (int i = start + 1; i <= suffixStart; i++) {
            var grade = t.tokenAt(i - 1);
            var before = grade == null || grade.start() <= start ? null : t.tokenAt(grade.start() - 1);
            boolean aGoal = grade != null && (grade.start() <= start || before != null && (before.tag().startsWith("v")
                    || GOALS_SCOPE.contains(before.text())));
            if (grade != null && grade.end() == i && GRADES.contains(grade.text()) && aGoal) {
                from = i; // 世界一流|科技园区, 打造世界级|产业园区: a goal's grade, which no name holds (东山市一流企业产业园 keeps it)
            }
        }
        for (int i = start + 1; i < suffixStart; i++) {
            var de = t.tokenAt(i);
            var before = t.tokenAt(i - 1);
            if (de != null && de.start() == i && "的".equals(de.text()) && before != null && before.end() == i
                    && (before.tag().equals("a") || before.tag().equals("ad") || before.tag().equals("b") || before.tag().equals("z"))) {
                from = Math.max(from, i + 1);
            }
        }
        return from;
    }

    /**
     * The suffix is a word the segmenter reads as a verb, and an aspect particle follows it (某某学会|了,
     * 联盟 read as a verb): a clause's predicate, not a body's name.
     */
    private static boolean verbWithAspect(ArticleText t, int p) {
        var tk = t.tokenAt(p - 1);
        return p < t.length() && "了着过".indexOf(t.charAt(p)) >= 0 && tk != null && tk.end() == p
                && tk.tag().startsWith("v") && !tk.tag().equals("vn");
    }

    /** A company's suffix follows within a few characters, with nothing between that ends a name. */
    private static boolean companyRunsOn(String v, int p) {
        for (int k = p + 1; k <= Math.min(v.length(), p + 8); k++) {
            if (!ArticleText.isHan(v.charAt(k - 1))) {
                return false;
            }
            if (Lexicons.ENTERPRISE_SUFFIXES.suffixAt(v, k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A company's legal suffix follows after a longer run of trade words (某某河谷|精酿啤酒生产有限责任公司): up
     * to fourteen characters of Chinese, no word that ends a name (的, 在, 入驻 …: the stop words), no place,
     * no word for companies and no verb of two characters between.
     */
    private static boolean tradeRunsOnToCompany(ArticleText t, int p) {
        String v = t.view();
        for (int k = p + 1; k <= Math.min(v.length(), p + 14); k++) {
            if (!ArticleText.isHan(v.charAt(k - 1)) || NameBoundary.stopWordEndsAt(t, k)
                    || Divisions.get().regionAt(v, k - 1) != null && t.isTokenBoundary(k - 1)) {
                return false; // a place opens another name (某药谷企业|济南某某有限公司)
            }
            var tk = t.tokenAt(k - 1);
            if (tk != null && tk.end() == k && (tk.text().endsWith("企业") || tk.text().length() >= 2 && tk.tag().startsWith("v")
                    && !tk.tag().equals("vn"))) {
                return false; // 某谷龙头企业|某公司, 某谷聚集|某公司: the zone's companies, a clause's verb
            }
            String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(v, k);
            if (suffix != null && suffix.length() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A zone's part named by its side right after the zone (某经济技术开发区|西区): the part is a park of
     * its own, the place a project stands in.
     */
    private static void zoneParts(ArticleText t, ArticleFacts facts) {
        for (Entity park : new java.util.ArrayList<>(facts.entities())) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : new java.util.ArrayList<>(park.mentions())) {
                int e = m.end();
                if (e + 2 <= t.length() && "东西南北".indexOf(t.charAt(e)) >= 0 && t.charAt(e + 1) == '区'
                        && t.isTokenBoundary(e) && t.isTokenBoundary(e + 2)) {
                    facts.mention(EntityType.PARK, new Span(m.start(), e + 2));
                }
                int branch = subZoneEnd(t, e);
                if (branch > e) {
                    facts.mention(EntityType.PARK, new Span(m.start(), branch));
                }
                heldPark(t, facts, park, m);
            }
        }
    }

    /**
     * 某经开区南港工业区: a zone's name, then a park's name of its own that the zone holds (as {@link
     * Coreference} reads them): the zone is a park too, and the held park is also named without it (the
     * way the zone's own papers call it).
     */
    private static void heldPark(ArticleText t, ArticleFacts facts, Entity park, Span m) {
        for (int k = m.start() + 3; k <= m.end() - 4; k++) {
            String rest = t.slice(k, m.end());
            if (t.nameEdgeAt(k) && Coreference.HOLDING_ZONE.matcher(t.slice(m.start(), k)).find()
                    && Coreference.HELD_PARK.matcher(rest).matches()
                    && NameChecks.specific(rest).length() >= 2) {
                facts.mention(EntityType.PARK, new Span(m.start(), k));
                park.addName(t.originalSlice(new Span(k, m.end()))); // a name, not another mention of the same words
                return;
            }
        }
    }

    /** 某省开发区, 某市开发区: a province's or prefecture's name and 开发区 alone name its zones together. */
    static boolean collectiveZones(String name) {
        return name.endsWith("开发区") && provinceOrCityOnly(name.substring(0, name.length() - 3));
    }

    /** The words are a province's or a prefecture's name and nothing more (not a county's, whose zone is one). */
    static boolean provinceOrCityOnly(String part) {
        var divisions = Divisions.get().lookup(part);
        return !divisions.isEmpty() && (part.endsWith("省") || part.endsWith("市"))
                && divisions.stream().allMatch(d -> d.level().equals("province") || d.level().equals("city"));
    }

    /** Words that name a zone's branch by what stands before them (某开发区某某|分区). */
    private static final List<String> BRANCH_ZONES = List.of("分区", "分园");

    /** Words that name a zone's part when a division's name stands before them (某高新区某县|园, 某自贸区某市|片区). */
    private static final List<String> PLACED_PARTS = List.of("片区", "园");

    /**
     * A zone's branch named right after the zone, by a word of two to four characters and a word for
     * a branch (某经济开发区某某|分区), or by a division's name and a word for a part (某高新区某县|园):
     * the branch is a park of its own. The end of the branch's name, or {@code e} when none follows.
     */
    private static int subZoneEnd(ArticleText t, int e) {
        String v = t.view();
        if (!t.isTokenBoundary(e)) {
            return e;
        }
        String place = Divisions.get().regionAt(v, e);
        for (int q = 2; q <= 4 && e + q < v.length(); q++) {
            if (!ArticleText.isHan(v.charAt(e + q - 1))) {
                return e;
            }
            for (String word : BRANCH_ZONES) {
                int end = e + q + word.length();
                if (v.startsWith(word, e + q) && t.isTokenBoundary(e + q) && endsPart(t, end) && nounsOnly(t, e, e + q)
                        && (namedQualifier(t, e, e + q) || end >= v.length() || !ArticleText.isHan(v.charAt(end)))) {
                    return end;
                }
            }
            for (String word : PLACED_PARTS) {
                int end = e + q + word.length();
                if (place != null && place.length() == q && v.startsWith(word, e + q) && endsPart(t, end)) {
                    return end;
                }
            }
        }
        return gardenEnd(t, e);
    }

    /** Words ending in 园 that name no zone: gardens, homes, schools and farms. */
    private static final List<String> GARDENS = List.of("公园", "花园", "家园", "校园", "庄园", "乐园", "陵园", "果园", "菜园",
            "田园", "游园", "动物园", "植物园", "幼儿园", "游乐园", "主题公园", "湿地公园");

    /**
     * 某经开区|低碳|生态园: nouns after a zone that end in a word of 园 name a park within the zone; the
     * end of that word, or {@code e}.
     */
    private static int gardenEnd(ArticleText t, int e) {
        for (int i = e; i < t.length() && i - e < 8; ) {
            var tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || !nounsOnly(t, i, tk.end()) && !tk.tag().equals("a")) {
                return e; // nouns and adjectives (健康|生态园), no verb
            }
            String w = tk.text();
            if (w.endsWith("园")) {
                boolean garden = GARDENS.stream().anyMatch(w::endsWith);
                return w.length() >= 2 && !garden && i > e && endsPart(t, tk.end()) ? tk.end() : e;
            }
            i = tk.end();
        }
        return e;
    }

    /**
     * The part's word ends there: no longer word (园区, 分区域) runs on from it, and no housing estate's
     * or company's word follows (某园小区, 某科技园有限公司: the 园 is theirs).
     */
    private static boolean endsPart(ArticleText t, int end) {
        if (end >= t.length() || !ArticleText.isHan(t.charAt(end))) {
            return true;
        }
        return t.isTokenBoundary(end) && "区域内路街".indexOf(t.charAt(end)) < 0 && !NOT_A_PART_AFTER.matcher(t.view()).region(end, t.length()).lookingAt()
                && !companyRunsOn(t.view(), end);
    }

    private static final java.util.regex.Pattern NOT_A_PART_AFTER = java.util.regex.Pattern.compile("(?:小区|社区|公寓|家园|花园)");

    /**
     * A branch's qualifier that names (a place, a proper or unknown word, a side: 北塘, 东部), not a common
     * noun (功能|分区, 产业|分区: zoning); a common noun qualifies only a branch the sentence then leaves
     * (某开发区兵团分区，…).
     */
    private static boolean namedQualifier(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            var tk = t.tokenAt(i);
            if (tk == null) {
                return false;
            }
            String tag = tk.tag();
            if (tag.startsWith("ns") || tag.startsWith("nr") || tag.equals("nz") || tag.equals("s") || tag.equals("f")
                    || tag.equals("j") || t.dictionaryTags(tk.text()).isEmpty()) {
                return true;
            }
            i = tk.end();
        }
        return false;
    }

    /** The characters are whole words of names, places or things (兵团, 南郊), not a clause (按功能). */
    private static boolean nounsOnly(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            var tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > to) {
                return false;
            }
            String tag = tk.tag();
            if (!(tag.startsWith("n") && !tag.equals("nx") || tag.equals("s") || tag.equals("f") || tag.equals("j"))) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    private static final java.util.regex.Pattern PROJECT_AFTER = java.util.regex.Pattern.compile("[^，,。；;、：:的\\n]{0,30}?(?:项目|工程)");

    /**
     * A district's name before a company known by its short name that heads a project's name
     * (某区|某某集团商贸中心项目) says where the project is: the company's name starts after it (see
     * {@link NameBoundary#districtAt}). A registered name (某区某某有限公司) keeps its place.
     */
    private static int afterDistrictOfProject(ArticleText t, int start, int suffixStart, int end) {
        String suffix = t.slice(suffixStart, end);
        if (suffix.contains("有限") || suffix.contains("股份") || !PROJECT_AFTER.matcher(t.view()).region(end, t.length()).lookingAt()
                || !headsName(t, end)) {
            return start; // 某区某某集团董事长…, 由某区某某集团投资建设的…工程: the district's own company
        }
        return NameBoundary.afterDistrict(t, start, suffixStart, end);
    }

    /** The project's name goes on right after the company: a noun, a number or an adjective, not a title, verb or function word. */
    private static boolean headsName(ArticleText t, int end) {
        var next = t.tokenAt(end);
        if (next == null || next.start() != end) {
            return false;
        }
        String tag = next.tag();
        return (tag.startsWith("n") || tag.startsWith("m") || tag.startsWith("a") || tag.equals("vn") || tag.equals("b"))
                && !tag.startsWith("nnt") && !tag.startsWith("nr");
    }

    /** What the company named after 由 does (由某公司投资建设, 由某集团承建). */
    private static final java.util.regex.Pattern AGENT_VERB = java.util.regex.Pattern.compile("(?:投资|建设|承建|开发|运营|实施|负责|投建)");

    /**
     * A company's name cut at a word the segmenter read as a verb, leaving only a common noun
     * (由大连某某|屏蔽|电泵有限公司投资建设 → 电泵有限公司): in 由…投资建设 everything between 由 and the
     * suffix is the agent's name, verbs and all. Elsewhere (在某县进行|农商行组建) the cut stands.
     */
    private static int acrossVerbToAgent(ArticleText t, int start, int suffixStart) {
        if (start == 0 || start < suffixStart && !lonelyCommonNoun(t, start, suffixStart)) {
            return start; // what is left is more than one common noun: a name of its own
        }
        int whole = wholeNameStart(t, start, suffixStart);
        return whole >= 0 ? whole : start;
    }

    /**
     * Where a company's whole name starts when its frame says that all before the suffix is the
     * name, verbs and all: the agent of 由…(suffix)投资 ({@link #agentStart}), or the object of a verb
     * of visiting that opens with a proper name or a place (走访某地某某文物修复|中心有限公司, 修复 read
     * as a verb); -1 when neither frame holds.
     */
    static int wholeNameStart(ArticleText t, int start, int suffixStart) {
        int agent = agentStart(t, start, suffixStart);
        return agent >= 0 ? agent : visitedStart(t, start);
    }

    /** A common noun (not a name or place) ends at {@code at}. */
    private static boolean commonNounBefore(ArticleText t, int at) {
        var tk = at > 0 ? t.tokenAt(at - 1) : null;
        return tk != null && tk.end() == at && commonNoun(t, tk);
    }

    /** Where the object of a verb of visiting starts, before {@code start}, or -1. */
    private static int visitedStart(ArticleText t, int start) {
        for (int from = start; from > 0 && start - from < 14; ) {
            var tk = t.tokenAt(from - 1);
            if (tk == null || tk.end() != from) {
                return -1;
            }
            if (CoordinationList.Verb.VISIT.words().contains(tk.text())) {
                var first = t.tokenAt(from);
                return from < start && first != null && first.start() == from
                        && (first.tag().startsWith("ns") || first.tag().startsWith("nr") || first.tag().startsWith("nz")) ? from : -1;
            }
            String tag = tk.tag();
            if (tag.startsWith("v") && (tk.end() != start || !commonNounBefore(t, tk.start()))) {
                // only the word the cut was made at may be read as a verb, after a common noun of the trade
                // (文物|修复|技术); other verbs are the clause's (前往某地|参加…, 看望)
                return -1;
            }
            if (tag.startsWith("w") || tag.startsWith("c") || tag.startsWith("p") || tag.startsWith("u")
                    || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), from) != null || !ArticleText.isHan(tk.text().charAt(0))) {
                return -1; // a list, a clause or another company between
            }
            from = tk.start();
        }
        return -1;
    }

    /** Where the agent's name starts in 由…(suffix)投资 around {@code [start, suffixStart)}, or -1. */
    static int agentStart(ArticleText t, int start, int suffixStart) {
        String suffix = Lexicons.ENTERPRISE_SUFFIXES.prefixAt(t.view(), suffixStart);
        int end = suffix == null ? suffixStart : suffixStart + suffix.length();
        if (!AGENT_VERB.matcher(t.view()).region(end, t.length()).lookingAt()) {
            return -1;
        }
        for (int from = start; from > 0 && start - from < 14; from--) {
            char c = t.charAt(from - 1);
            if (c == '由') {
                return from;
            }
            if (ArticleText.isBreak(c) || "，,、：:；;（(“\"".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code [start, end)} is one token, a common noun (电泵 of 电泵有限公司). */
    static boolean lonelyCommonNoun(ArticleText t, int start, int end) {
        var only = t.tokenAt(start);
        return only != null && only.start() == start && only.end() == end && commonNoun(t, only);
    }

    /** A noun the dictionary knows as a common one (电泵, 饮料), not a name, place or term. */
    static boolean commonNoun(ArticleText t, org.localkg.nlp.Token tk) {
        String tag = tk.tag();
        return tag.startsWith("n") && !tag.startsWith("nr") && !tag.startsWith("ns") && !tag.startsWith("nt")
                && !tag.startsWith("nz") && !t.dictionaryTags(tk.text()).isEmpty();
    }

    /** Verbs of making a park that open the clause, not the park's name: 加快建设|某产业园, 打造|某园区. */
    private static final Set<String> BUILDING_VERBS = Set.of("建设", "打造", "新建", "筹建", "建成", "创建", "谋划", "发展");

    /** Words of manner before a building verb (重点建设|某经济区, 高标准打造|某园区), which the tagger may take for nouns. */
    private static final Set<String> MANNER = Set.of("重点", "加快", "全力", "大力", "着力", "高标准", "高质量", "加速", "积极");

    private static int afterBuildingVerb(ArticleText t, int start, int suffixStart) {
        // 某县|重点建设|某某工业园区: a place, the subject, before the words of building
        for (int i = start + 2; i < suffixStart - 2 && i <= start + 8; i++) {
            var tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && "县市区镇乡旗州盟".indexOf(t.charAt(i - 1)) >= 0
                    && (MANNER.contains(tk.text()) || BUILDING_VERBS.contains(tk.text()))) {
                int after = afterBuildingVerbAt(t, i, suffixStart);
                if (after > i) {
                    return after;
                }
            }
        }
        // 以…的理念|建设|航空产业园: a common noun before the words of building ends the clause's adverbial, the name follows
        for (int i = start + 2; i < suffixStart - 2; i++) {
            var noun = t.tokenAt(i - 1);
            var verb = t.tokenAt(i);
            if (noun != null && verb != null && noun.end() == i && verb.start() == i && noun.tag().equals("n")
                    && BUILDING_VERBS.contains(verb.text()) && verb.tag().startsWith("v") && suffixStart - verb.end() >= 2
                    && LearnedBoundaries.bracketedPlaceAt(t, start, i, true) < 0) { // (中日(某地)健康产业发展合作示范区: one name)
                return verb.end();
            }
        }
        return afterBuildingVerbAt(t, start, suffixStart);
    }

    private static int afterBuildingVerbAt(ArticleText t, int start, int suffixStart) {
        var first = t.tokenAt(start);
        if (first != null && first.start() == start && (MANNER.contains(first.text()) || first.tag().equals("d"))
                && first.end() < suffixStart) {
            int after = afterBuildingVerbAt(t, first.end(), suffixStart);
            if (after > first.end()) {
                return after;
            }
        }
        var tk = t.tokenAt(start);
        if (tk != null && tk.start() == start && suffixStart - tk.end() >= 1 && tk.tag().startsWith("v")
                && (BUILDING_VERBS.contains(tk.text()) || Lexicons.GOVERNING_VERBS.contains(tk.text()))) {
            var good = t.tokenAt(tk.end());
            if (good != null && good.start() == tk.end() && good.text().equals("好") && suffixStart - good.end() >= 2) {
                return good.end(); // 建设好|某某产业园: 好 completes the verb, the name follows
            }
            return tk.end();
        }
        return start;
    }

    /**
     * 某街道重点企业|某某有限公司, 龙头企业|某某股份有限公司: the word 企业 inside what the walk back
     * took says what the company is, so its name starts after it (企业管理, 企业服务 are trades, and stay).
     */
    private static int afterCompanyWord(ArticleText t, int start, int suffixStart) {
        int s = start;
        for (int i = start; i < suffixStart; ) {
            var tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            if (tk.text().endsWith("企业") && suffixStart - tk.end() >= 2) {
                var next = t.tokenAt(tk.end());
                if (next != null && next.start() == tk.end() && !COMPANY_TRADES.contains(next.text())) {
                    s = tk.end();
                }
            }
            i = tk.end();
        }
        return s;
    }

    /** The works and a copula or 由 that says whose they are: 项目系, 工程由, 项目为. */
    private static final java.util.regex.Pattern WORKS_COPULA = java.util.regex.Pattern.compile("(?:项目|工程)(?:系|是|为|由)");

    /** Past the works and the copula that opens the clause about them (此次项目系|某集团落地某地的首个厂房). */
    private static int afterWorksCopula(ArticleText t, int start, int suffixStart) {
        java.util.regex.Matcher m = WORKS_COPULA.matcher(t.view()).region(start, suffixStart);
        int s = start;
        while (m.find()) {
            // the copula makes no word with the character after it (某某工程系统集成有限公司: 系统, no copula)
            if (suffixStart - m.end() >= 2 && t.dictionaryTags(t.slice(m.end() - 1, m.end() + 1)).isEmpty()) {
                s = m.end();
            }
        }
        return s;
    }

    private static final Set<String> COMPANY_TRADES = Set.of("管理", "服务", "发展", "咨询", "孵化", "投资", "家", "文化", "信用");

    /**
     * After a park named at the start of a company's name, when a name of two or more characters is
     * left; a park followed by industry words alone names the company after it (某科技园|置业股份有限公司,
     * 某高新区|投资发展有限公司: the park's developer), and stays in its name. A name the segmenter starts
     * inside the park (某经开|区华盛…有限公司: 区华 read as one word) starts after it too.
     */
    /** What a park's own company does for it (某孵化园|管理有限公司, 某产业园|运营管理有限公司): the park names the company. */
    private static final java.util.regex.Pattern PARK_OPERATOR = java.util.regex.Pattern.compile("(?:运营|管理|开发|建设|投资|服务|物业)+");

    private static int afterPark(ArticleText t, ArticleFacts facts, int start, int suffixStart) {
        int s = start;
        int opening = provinceAfterCity(t, start, suffixStart); // 某市|某省某新区某公司: the zone opens at the province
        int operated = -1;
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PARK)) {
                for (Span m : e.mentions()) {
                    boolean operator = m.end() <= suffixStart - 2 && PARK_OPERATOR.matcher(t.slice(m.end(), suffixStart)).matches();
                    if (operator && m.start() < start && start <= m.end()) {
                        operated = m.start(); // 某某孵化|园管理有限公司: the walk stopped inside the park the company runs
                    }
                    if (m.start() <= opening && opening < m.end() && m.end() <= suffixStart - 2 && NameChecks.enterpriseName(t.slice(m.end(), suffixStart))
                            && !operator) {
                        s = Math.max(s, m.end());
                    }
                }
            }
        }
        return operated >= 0 && s == start ? operated : s;
    }

    /**
     * Where a list item ending at {@code end} starts, when it starts before {@code start}: the list
     * stage has read the marks around the name (、东升食品有限公司), which a verb-like word inside it
     * (东升) does not stop.
     */
    private static int listItemStart(ArticleText t, ArticleFacts facts, int end, int start) {
        for (CoordinationList l : facts.lists()) {
            for (Span item : l.items()) {
                if (item.end() == end && item.start() < start && start - item.start() <= 6 && !joinedBefore(t, item.start(), start)
                        && !describedBefore(t, item.start(), start) && !NameBoundary.visitingVerbEndsAt(t, start)) {
                    return item.start(); // (not 某产业园已入驻|某公司、…: the walk stopped at the verb the segmenter fused)
                }
            }
        }
        return start;
    }

    /** 作为新落户企业的|某公司、…: a list's first item that opens with a description and 的, no part of the name. */
    private static boolean describedBefore(ArticleText t, int from, int to) {
        for (int i = from; i < to; i++) {
            var tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && tk.tag().equals("ude1")) {
                return true;
            }
        }
        return false;
    }

    /** 某市政府|与|某公司、…: a list's first item that opens with the other party and a conjunction. */
    private static boolean joinedBefore(ArticleText t, int from, int to) {
        for (int i = from; i < to; i++) {
            var tk = t.tokenAt(i);
            var before = i > from ? t.tokenAt(i - 1) : null;
            // the other party is a word of its own (某市政府|与); after a lone character (甘肃恒|和|矿业) 和 is the name's
            // (与, 同, 跟, 及 are no name's characters: 我区|与 still joins)
            if (tk != null && tk.start() == i && tk.text().length() == 1 && "与和同跟及".contains(tk.text())
                    && (tk.tag().equals("cc") || tk.tag().equals("p")) && !(tk.text().equals("和") && (before == null || before.text().length() < 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the longest suffix of any kind ending at or after {@code p} that the same
     * name runs on into (苏州工业园 | 区): the shorter reading is then no name of its own.
     */
    private static boolean runsOn(ArticleText t, int p, String suffix) {
        String v = t.view();
        for (int q = p + 1; q <= Math.min(v.length(), p + 4); q++) {
            for (var lex : java.util.List.of(Lexicons.PARK_SUFFIXES, Lexicons.ENTERPRISE_SUFFIXES, Lexicons.ORGANIZATION_SUFFIXES)) {
                String longer = lex.suffixAt(v, q);
                if (longer != null && longer.length() > q - p && q - longer.length() <= p - suffix.length()
                        && longer.endsWith(v.substring(p, q)) && longer.startsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Past a zone and 为 or 是 inside the span (某片区为|某自由贸易试验区三大片区之一): a copula between two
     * names, which the segmenter may have hidden in a word (片|区为); a zone word is one ending in 区.
     */
    private static int afterCopula(String v, int start, int suffixStart) {
        int s = start;
        for (int i = start + 2; i < suffixStart - 1; i++) {
            if ((v.charAt(i) == '为' || v.charAt(i) == '是') && (v.charAt(i - 1) == '区' || Lexicons.PARK_SUFFIXES.suffixAt(v, i) != null)) {
                s = i + 1;
            }
        }
        return s;
    }

    /** Words for a branch, which a zone's name before them belongs to (某银行临港新片区|支行). */
    private static final List<String> BRANCHES = List.of("支行", "分行", "分公司", "营业部", "分理处");

    /** A branch word follows at {@code p}: the zone before it names where the branch is, and is no park. */
    private static boolean branchAfter(String v, int p) {
        for (String b : BRANCHES) {
            if (v.startsWith(b, p)) {
                return true;
            }
        }
        return false;
    }

    /** The suffix is not the start of a longer word (公司 in 公司化 is fine, 局 in 局面 is not). */
    private static boolean endsWord(ArticleText t, int p) {
        if (p >= t.length()) {
            return true;
        }
        var tk = t.tokenAt(p - 1);
        return tk == null || tk.end() <= p || tk.text().length() <= 1;
    }

    /**
     * 到某集聚区|新向往九和|食品有限公司, 。|某兰藏地|生物科技有限公司: where the walk back left trades' words alone
     * (食品, 生物科技), stopped by words a brand made of common words holds (向往 a verb, 和 a conjunction, 藏 a verb,
     * 地 a particle), the brand runs back to where a noun phrase must open: a mark, a park's name, a verb of
     * visiting, a verb's 了, or a one-character verb or preposition that takes an object (到, 在, 由). Only words
     * that can be a brand's (nouns, names, adjectives, verbs, numbers, 和, 地), six characters at most, the first a
     * noun, a name or a modifier; a pronoun, a time, a preposition or 的 on the way means a clause, no name.
     */
    private static int brandBeforeTrades(ArticleText t, ArticleFacts facts, int start, int suffixStart) {
        if (start >= suffixStart || NameChecks.enterpriseName(t.slice(start, suffixStart))) {
            return start; // (可以让|公司: no trade's word left, a clause's verbs before a company's word)
        }
        int k = start;
        while (k > 0 && start - k <= 6) {
            var tk = t.tokenAt(k - 1);
            boolean opens = ArticleText.isBreak(t.charAt(k - 1)) || NameBoundary.visitingVerbEndsAt(t, k)
                    || t.charAt(k - 1) == '了' && tk != null && tk.tag().startsWith("u")
                    || ProjectRecognizer.parkEndingAt(facts, k) != null || takesObject(t, k - 1);
            if (opens) {
                var first = t.tokenAt(k);
                boolean nounFirst = first != null && first.start() == k && BRAND_OPENING_TAGS.contains(first.tag());
                return start - k >= 2 && nounFirst && NameChecks.enterpriseName(t.slice(k, suffixStart)) ? k : start;
            }
            if (tk == null || !BRAND_WORD_TAGS.contains(tk.tag()) || tk.text().equals("的") || verbAfterNoun(t, tk)) {
                return start; // (前往滨江|参加|物流有限公司…: a noun and a verb make a clause)
            }
            k = tk.start();
        }
        return start;
    }

    /**
     * A verb of two characters or more right after a noun or a name: the noun is the clause's subject or topic (a
     * brand's verb follows a modifier, 新|向往, or is one character, 某兰|藏|地).
     */
    private static boolean verbAfterNoun(ArticleText t, org.localkg.nlp.Token tk) {
        if (!tk.tag().startsWith("v") || tk.tag().equals("vn") || tk.text().length() < 2 || tk.start() == 0) {
            return false;
        }
        var before = t.tokenAt(tk.start() - 1);
        return before != null && before.end() == tk.start() && before.tag().startsWith("n");
    }

    /** Parts of speech a brand of common words opens with: a noun, a name or a modifier (新, 大), never a verb. */
    private static final Set<String> BRAND_OPENING_TAGS = Set.of("n", "nr", "ns", "nz", "nt", "j", "ng", "a", "ag", "b");

    /** A one-character verb or preposition whose object opens after it: 到, 赴, 在, 对, 与, 由, 向. */
    private static boolean takesObject(ArticleText t, int at) {
        var tk = t.tokenAt(at);
        return tk != null && tk.start() == at && tk.text().length() == 1 && "到赴在对与由向".contains(tk.text())
                && (tk.tag().startsWith("v") || tk.tag().startsWith("p"));
    }

    /** Parts of speech of a brand's words: nouns, names, adjectives, verbs, numbers, 和 and 地 among them. */
    private static final Set<String> BRAND_WORD_TAGS = Set.of("n", "nr", "ns", "nz", "nt", "j", "ng", "a", "ag", "b", "v", "vn",
            "vg", "vi", "m", "cc", "ude2");

    private static boolean accept(ArticleText t, EntityType type, int start, int suffixStart) {
        String part = t.slice(start, suffixStart);
        if (part.isEmpty()) {
            return false;
        }
        return switch (type) {
            case ENTERPRISE -> NameChecks.enterpriseName(part) || properAbbreviation(t, start, suffixStart)
                    || brandOpeningWithModifier(t, start, suffixStart);
            case PARK -> !NameChecks.specific(part).isEmpty() && NameChecks.namesPlace(t, start, suffixStart)
                    || isQuoted(part);
            case ORGANIZATION -> organizationName(t, part, suffixStart);
            default -> false;
        };
    }

    /**
     * 新华|纺织有限公司, 大华|机械有限公司: a proper noun (a brand's or a person's name, to the dictionary) that
     * opens with a generic modifier's character (新, 大) is the name's own word, not the modifier and a fragment
     * left over (华纺织), which {@link NameChecks#enterpriseName} would see. Before a legal form, a registered
     * name, so is a rare word of two characters that is no adjective (大成|机械有限公司; not 大型机|械…), and the
     * modifier read as a word of its own before another lone character (新|桥|电缆有限公司): two pieces of a name
     * the segmenter did not know.
     */
    private static boolean brandOpeningWithModifier(ArticleText t, int start, int suffixStart) {
        var word = t.tokenAt(start);
        if (word == null || word.start() != start || word.end() >= suffixStart) {
            return false;
        }
        String w = word.text();
        boolean registered = LEGAL_FORM_ANYWHERE.matcher(t.view()).region(suffixStart, t.length()).lookingAt();
        if (w.length() == 1) {
            var piece = t.tokenAt(word.end());
            return registered && Lexicons.GENERIC.contains(w) && piece != null && piece.start() == word.end()
                    && piece.end() < suffixStart && piece.text().length() == 1 && ArticleText.isHan(piece.text().charAt(0))
                    && NAME_PIECES.contains(piece.tag());
        }
        String modifier = Lexicons.GENERIC.prefixAt(w, 0);
        if (modifier == null || modifier.length() >= w.length() || Lexicons.GENERIC.contains(w) || Lexicons.INDUSTRY.contains(w)) {
            return false;
        }
        // (or a word of two characters the dictionary lacks that the segmenter reads as a proper noun: 新港)
        java.util.Set<String> tags = t.dictionaryTags(w);
        var after = t.tokenAt(word.end());
        boolean rare = registered && w.length() == 2 && !tags.isEmpty() && t.dictionaryFrequency(w) <= RARE_BRAND
                && tags.stream().noneMatch(tag -> tag.startsWith("a") || tag.equals("b") || tag.startsWith("d"))
                && !(after != null && after.start() == word.end() && PROCESSING.contains(after.text())); // (大豆|加工: what is processed)
        return tags.contains("nz") || tags.contains("nr") || tags.isEmpty() && w.length() == 2 && word.tag().equals("nz") || rare;
    }

    /** Verbs of handling a produce, after the produce a kind of company deals in (大豆|加工有限公司, 大米|销售…). */
    private static final Set<String> PROCESSING = Set.of("加工", "种植", "养殖", "销售", "批发", "收购", "储运", "经营", "贸易");

    /** How seldom the dictionary has seen a word that, opening with a modifier's character, is a brand (大成, not 新闻 or 大学). */
    private static final int RARE_BRAND = 20;

    /** Parts of speech of a lone character that is a piece of a name (桥, 源, 元), not a word of a clause. */
    private static final Set<String> NAME_PIECES = Set.of("n", "ng", "q", "j", "nz", "nr", "ns", "b", "g");

    /**
     * {@code verb} opens a registered company's name that ends before {@code limit} (光大|炭制品有限公司电极糊生产):
     * the first legal form after it, as {@link #brandVerb}.
     */
    static boolean opensRegisteredName(ArticleText t, org.localkg.nlp.Token verb, int limit) {
        java.util.regex.Matcher m = LEGAL_FORM_ANYWHERE.matcher(t.view()).region(verb.end(), limit);
        return m.find() && brandVerb(t, verb, m.start(), m.end());
    }

    /** The legal forms a registered company's name ends in. */
    private static final String LEGAL_FORMS = "股份有限公司|有限责任公司|有限公司";
    private static final java.util.regex.Pattern LEGAL_FORM_ANYWHERE = java.util.regex.Pattern.compile(LEGAL_FORMS);
    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile("(?:" + LEGAL_FORMS + ")$");

    /**
     * 腾飞|机械有限公司, 投资2800万元的|光大|炭制品有限公司: a registered company's name that the walk back left
     * with common words only, after a word of two characters the segmenter reads as a verb, opens with that word:
     * a legal form follows a name, never a kind alone, and a verb opening a clause or standing after 的 or a
     * preposition governs no kind of company (推动|机械有限公司 is no Chinese); the verb is the brand.
     */
    private static int brandVerbBefore(ArticleText t, int start, int suffixStart, int end) {
        var verb = start == 0 ? null : t.tokenAt(start - 1);
        return verb != null && verb.end() == start && start < suffixStart && brandVerb(t, verb, suffixStart, end) ? verb.start() : start;
    }

    /** As {@link #brandVerb}, for a company's name ending at {@code end} in a company's suffix (光大|炭制品有限公司). */
    static boolean brandVerbOfNameEndingAt(ArticleText t, org.localkg.nlp.Token verb, int end) {
        String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), end);
        return suffix != null && brandVerb(t, verb, end - suffix.length(), end);
    }

    /**
     * Whether {@code verb}, a word of two characters the segmenter reads as a verb, opens a registered company's
     * name ending at {@code end}, its legal form (or group word before one) starting at {@code suffixStart}: as
     * {@link #brandVerbBefore}.
     */
    static boolean brandVerb(ArticleText t, org.localkg.nlp.Token verb, int suffixStart, int end) {
        if (verb.text().length() != 2 || !(verb.tag().equals("v") || verb.tag().equals("vi") || verb.tag().equals("vn"))
                || !verb.text().chars().allMatch(c -> ArticleText.isHan((char) c)) || verb.end() >= suffixStart
                || !LEGAL_FORM.matcher(t.slice(suffixStart, end)).find() || !CompanyKinds.commonWordsOnly(t, verb.end(), suffixStart)) {
            return false;
        }
        if (Lexicons.GOVERNING_VERBS.contains(verb.text()) || POLICY_VERBS.contains(verb.text())) {
            return false; // 鼓励|食品有限公司开拓市场: what is done for companies of a kind, a clause's predicate
        }
        if (Lexicons.STOP_WORDS.contains(verb.text())) {
            return false; // 会见|某某生物科技集团…: a verb that introduces its object, never a name's first word
        }
        // a sentence's or an item's start, after 的, a preposition or a conjunction; not after a comma, where a
        // clause goes on with its subject left out (，提升|化工有限公司本质安全水平)
        var before = verb.start() == 0 ? null : t.tokenAt(verb.start() - 1);
        return before == null || before.tag().startsWith("w") && (NAME_OPENING_MARKS.contains(before.text()) || before.text().isBlank())
                || before.tag().equals("ude1") || before.tag().equals("p") || before.tag().startsWith("c");
    }

    /** Marks after which a sentence or a list's item opens (as after a line's break or spaces). */
    private static final Set<String> NAME_OPENING_MARKS = Set.of("。", "！", "？", "!", "?", "、", "“", "\"");

    /** Verbs of what a government does for companies, before a kind of them (扶持|种植有限公司), besides the governing verbs: no brand. */
    private static final Set<String> POLICY_VERBS = Set.of("鼓励", "扶持", "引导", "帮助", "规范", "提升", "发展", "服务",
            "培育", "壮大", "做强", "做大", "整治", "监管", "检查", "清理", "注册", "新增", "新设", "设立", "成立", "组建", "评选",
            "表彰", "奖励", "补贴", "带动", "吸引", "服务好", "要求", "组织");

    /**
     * 中石油|集团, 中石化|公司: one word the segmenter takes for a proper noun or an abbreviation, a
     * character or two before an industry word, is a company's short name, not a trade (光伏|公司: the
     * industry word alone, 新|能源: a generic modifier before it).
     */
    private static boolean properAbbreviation(ArticleText t, int start, int end) {
        var word = t.tokenAt(start);
        if (word == null || word.start() != start || word.end() != end
                || !(word.tag().equals("nz") || word.tag().equals("j") || word.tag().startsWith("nt"))) {
            return false;
        }
        String part = word.text();
        String industry = Lexicons.INDUSTRY.suffixAt(part, part.length());
        if (industry == null || industry.length() >= part.length()) {
            return false;
        }
        String before = part.substring(0, part.length() - industry.length());
        return before.length() <= 2 && Lexicons.INDUSTRY.suffixAt(before, before.length()) == null
                && NameChecks.specific(before).equals(before);
    }

    /**
     * 国家开发投资集团有限公司, 国家电力投资集团: 国家 opens a state company's name as a place opens a local one's,
     * so the common words after it (开发投资) name the company, not a kind; only before a company's or
     * group's word (not 国家级, nor a designation: 国家重点…, 国家示范…).
     */
    private static final java.util.regex.Pattern DESIGNATED = java.util.regex.Pattern.compile("级|重点|重大|示范|试点|高新技术|骨干|龙头|认定|首批");

    private static boolean stateCompany(ArticleText t, int start, int suffixStart, String suffix) {
        String v = t.view();
        if (!v.startsWith("国家", start) || suffixStart - start < 6 || !(suffix.startsWith("集团") || suffix.endsWith("公司"))
                || start > 0 && "个多些各等几国".indexOf(v.charAt(start - 1)) >= 0) {
            return false; // (十多个|国家汽车公司: the countries' companies; 国家投资公司: too few words to name one)
        }
        String rest = v.substring(start + 2, suffixStart);
        return !DESIGNATED.matcher(rest).lookingAt() && rest.chars().allMatch(c -> ArticleText.isHan((char) c));
    }

    /** A trial zone is a place's (某省自由贸易试验区); a test area of some works is named by what it tests. */
    private static final Set<String> TRIAL_ZONES = Set.of("试验区", "实验区");

    /** What turns a company's word into a cooperative's: 股份|经济合作社, 股份|合作社. */
    private static final java.util.regex.Pattern COOPERATIVE_AFTER = java.util.regex.Pattern.compile("(?:经济)?(?:合作社|联合社)");

    /** 一家, 某家: a company spoken of, not named. */
    private static final java.util.regex.Pattern INDEFINITE = java.util.regex.Pattern.compile("(?<!第)一家(?!纺|具|居)|某家|(?<!第)一个");

    /** A web page's source field up to a name's start: 来源：, 信息来源:, 稿源：, and the source's words before the name's. */
    private static final java.util.regex.Pattern SOURCE_FIELD = java.util.regex.Pattern.compile("(?:来源|稿源)\\s*[:：][^\\s，。,;；:：]{0,16}$");

    /** The name at {@code start} is (part of) the publisher a page's details name (来源：某开发区, 来源：某科技园管委会). */
    static boolean inSourceField(ArticleText t, int start) {
        return SOURCE_FIELD.matcher(t.view()).region(Math.max(0, start - 24), start).find();
    }

    /** Suffixes that also end common phrases (近零碳园区, 总部经济区): their names need a place or a proper word just before. */
    private static final Set<String> WEAK_PARK_SUFFIXES = Set.of("园区", "经济区");

    /** 辽中|园区, 近海|经济区: the word before a weak suffix is a place, a locality or a proper noun. */
    private static boolean weakZone(ArticleText t, int start, int suffixStart) {
        int qualifier = beforeQualifier(t, start, suffixStart);
        if (qualifier < suffixStart) {
            String named = t.slice(start, qualifier);
            return named.length() >= 2 && !NameChecks.specific(named).isEmpty() && NameChecks.enterpriseName(named);
        }
        String place = Divisions.get().regionAt(t.view(), start);
        if (place != null && suffixStart - start - place.length() >= 2) {
            String rest = t.slice(start + place.length(), suffixStart);
            if (NameChecks.specific(rest).equals(rest) && !rest.isEmpty() && NameChecks.enterpriseName(rest)) {
                return true; // 东丽|临空|经济区: a place, then a word of its own (not 常州市|近零碳|园区)
            }
        }
        var tk = t.tokenAt(suffixStart - 1);
        if (tk != null && tk.start() > start && tk.end() == suffixStart + 1 && tk.text().length() == 2 && tk.tag().startsWith("ns")
                && suffixStart - start >= 3 && t.isTokenBoundary(suffixStart + 2) && regionEndingAt(t, tk.start()) == null) {
            // (not 某市|梁园区, a city's district; nor 桃园|区域)
            return true; // 风水|梁园|区: the segmenter read a place's name running into the suffix, proper words before it
        }
        if (tk == null || tk.end() != suffixStart || tk.start() < start || suffixStart - start < 2) {
            return false;
        }
        for (int k = 2; k <= 4 && suffixStart - k >= start; k++) {
            String region = Divisions.get().regionAt(t.view(), suffixStart - k);
            if (region != null && region.length() == k && singleCharacters(t, suffixStart - k, suffixStart)) {
                return true; // 辽|中|园区: a division's name the segmenter split (not 合作, a word that is also a town)
            }
        }
        if (properOrPlace(t, tk)) {
            return true;
        }
        // 沈北|医药|园区, 城东|农业|园区: an industry word between the place and the weak suffix
        var before = tk.start() > start ? t.tokenAt(tk.start() - 1) : null;
        return Lexicons.INDUSTRY.contains(tk.text()) && before != null && before.end() == tk.start()
                && before.start() >= start && properOrPlace(t, before);
    }

    /** The province's, city's or county's name (two to four characters) that ends at {@code at}, or null. */
    private static String regionEndingAt(ArticleText t, int at) {
        for (int k = 2; k <= 4 && k <= at; k++) {
            String region = Divisions.get().regionAt(t.view(), at - k);
            if (region != null && region.length() == k) {
                return region;
            }
        }
        return null;
    }

    /** A place, a locality, a person's or proper name, an abbreviation, or a word the dictionary does not know. */
    private static boolean properOrPlace(ArticleText t, org.localkg.nlp.Token tk) {
        String tag = tk.tag();
        return tag.startsWith("ns") || tag.equals("s") || tag.startsWith("nr") || tag.equals("nz") || tag.equals("j")
                || t.dictionaryTags(tk.text()).isEmpty() && tk.text().length() >= 2;
    }

    /**
     * Where a name stops before a bracketed qualifier and the generic words after it (某数港(智算)|特色|园区):
     * a bracket inside a name qualifies a proper name before it, so the name is what precedes the
     * bracket; {@code suffixStart} when no bracket closes the part.
     */
    private static int beforeQualifier(ArticleText t, int start, int suffixStart) {
        int i = suffixStart;
        String v = t.view();
        while (i > start) {
            String generic = Lexicons.GENERIC.suffixAt(v, i);
            if (generic == null || i - generic.length() <= start || !t.isTokenBoundary(i - generic.length())) {
                break;
            }
            i -= generic.length();
        }
        if (i - 1 <= start || ")）".indexOf(v.charAt(i - 1)) < 0) {
            return suffixStart;
        }
        int open = Math.max(v.lastIndexOf('(', i - 1), v.lastIndexOf('（', i - 1));
        return open > start && i - 1 - open >= 2 && i - 1 - open <= 10 ? open : suffixStart;
    }

    private static boolean singleCharacters(ArticleText t, int from, int to) {
        for (int i = from; i < to; i++) {
            var tk = t.tokenAt(i);
            if (tk == null || tk.text().length() > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * 成为…的|典范新区: one common noun after the 的 of a verb of becoming or being, and said only there,
     * is what a place is to become or is like, no zone's name (位于城东的|空港新区 is one: a zone named by a
     * common word is introduced so).
     */
    private static boolean describedAfterDe(ArticleText t, int start, int suffixStart) {
        var word = t.tokenAt(start);
        var de = start > 0 ? t.tokenAt(start - 1) : null;
        if (word == null || word.start() != start || word.end() != suffixStart || !word.tag().equals("n")
                || de == null || de.end() != start || !de.tag().equals("ude1")) {
            return false;
        }
        String v = t.view();
        int clause = t.clauseStart(start);
        return BECOMING.matcher(v).region(clause, start).find() && v.indexOf(word.text()) == v.lastIndexOf(word.text());
    }

    /** Verbs of what a place is to become or is (成为…的, 打造成…的): the noun after their 的 is a description. */
    private static final java.util.regex.Pattern BECOMING = java.util.regex.Pattern.compile("成为|建成|打造成|建设成|作为|是");

    /**
     * A zone named by a word that is no place (空港开发区, 苏银产业园): a zone's suffix of two or more
     * characters after a part that is neither generic nor an industry's name (not 新材料产业园) and
     * holds no verb or function word.
     */
    private static boolean zoneName(ArticleText t, int start, int suffixStart) {
        String part = t.slice(start, suffixStart);
        if (part.length() < 2 || part.length() > 8 || !NameChecks.enterpriseName(part)) {
            return false;
        }
        var only = t.tokenAt(start);
        if (describedAfterDe(t, start, suffixStart)
                || only != null && only.start() == start && only.end() == suffixStart && only.tag().equals("vn")) {
            return false; // 积极申报|保税物流中心: a verbal noun alone says what is done about a zone, it names none
        }
        String specific = NameChecks.specific(part);
        // generic words may follow a proper opening (沈抚改革创新示范区), not stand alone or open it (创新示范区)
        if (!part.startsWith(specific) || specific.length() < 2) {
            return false;
        }
        // the opening's words may be no verb, but a one-character verb morpheme may stand in it (沈|抚: the
        // segmenter's pieces of an abbreviation); the generic words after it may be a theme's set phrase
        // (改革创新) or verbal nouns, not a verb of a clause (某某新建|产业园)
        int specificEnd = start + specific.length();
        for (int i = specificEnd; i < suffixStart; ) {
            var tk = t.tokenAt(i);
            if (tk == null) {
                return false;
            }
            boolean phrase = tk.text().length() >= 4 || tk.tag().equals("vn") || tk.tag().equals("vl") || tk.tag().equals("l");
            if (!phrase && (tk.isFunctionWord() || tk.tag().startsWith("v"))) {
                return false;
            }
            i = Math.max(i + 1, tk.end());
        }
        for (int i = start; i < specificEnd; ) {
            var tk = t.tokenAt(i);
            // a one-character direction opening the name may be its own (中|节能循环产业园)
            boolean opening = i == start && tk != null && tk.text().length() == 1 && tk.tag().equals("f");
            boolean morpheme = tk != null && tk.text().length() == 1 && (tk.tag().equals("vg") || NameBoundary.adjectivePiece(t, tk, suffixStart)
                    || NameBoundary.pieceThenAdjective(t, tk, start));
            // a set phrase of four characters or more reaching the suffix, begun in the opening, names the theme
            boolean theme = tk != null && tk.text().length() >= 4 && tk.end() == suffixStart && tk.start() > start;
            if (tk == null || !opening && !morpheme && !theme && (tk.isFunctionWord() || tk.tag().startsWith("v") && !tk.tag().equals("vn")
                    || tk.tag().equals("a"))) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    private static boolean organizationName(ArticleText t, String part, int suffixStart) {
        if (t.view().startsWith("合作社", suffixStart)) {
            // 某乡丰收粮油专业合作社, 某某园养殖专业合作社: named by a place or a proper word before its trade (not
            // 农民专业合作社 or 粮食种植专业合作社, kinds, nor 县里评选出…示范合作社, a clause)
            int start = suffixStart - part.length();
            return NameChecks.enterpriseName(part.replaceFirst("(?:农民)?专业$", "")) && !CompanyKinds.commonWordsOnly(t, start, suffixStart)
                    && (NameChecks.namesPlace(t, start, suffixStart) || ProjectRecognizer.hasProperNoun(t, start, suffixStart));
        }
        if (isBureau(t, suffixStart) && part.length() >= 2 && bureauOwner(part)) {
            return true;
        }
        if (GOVERNMENTS.contains(t.slice(suffixStart, Math.min(t.length(), suffixStart + 2)))) {
            return "市区县省镇乡".contains(part) || org.localkg.resolve.Divisions.get().isRegion(part);
        }
        return !NameChecks.specific(part).isEmpty() && (part.length() >= 2 || "市区县省镇".contains(part));
    }

    /** 局, 厅, 委员会, 办公室: a government bureau, named by its level and its domain (区科技局). */
    private static boolean isBureau(ArticleText t, int suffixStart) {
        String rest = t.view().substring(suffixStart);
        return rest.startsWith("局") || rest.startsWith("厅") || rest.startsWith("分局") || rest.startsWith("委员会")
                || rest.startsWith("办公室");
    }

    private static boolean bureauOwner(String part) {
        return "市区县省镇乡".indexOf(part.charAt(0)) >= 0 || org.localkg.resolve.Divisions.get().regionAt(part, 0) != null;
    }

    private static boolean isQuoted(String part) {
        return part.matches(".*[“\"][^”\"]{2,}[”\"].*");
    }

    /**
     * Characters that are words of their own before a zone's word, no city's initial there: numbers,
     * determiners, prepositions and conjunctions (在新区, 各开发区), a division's word (市新区), and words of
     * age, size or side (新开发区, 老城区, 东新区).
     */
    private static final String NO_INITIALS = "一二三四五六七八九十两全各本我该在于从对向把被与和及市县区省"
            + "新老大小高低中东西南北上下前后内外总首原旧远近整主副分";

    /** The words of a zone that a city's first character may open (哈|新区, 哈|经开区). */
    private static final java.util.regex.Pattern ZONE_AFTER_INITIAL = java.util.regex.Pattern.compile("(?=[新经高开自综])(?:新区|经开区|高新区|开发区|自贸区|综保区)");

    /**
     * 哈新区, 哈经开区: a zone called by the first character of a city the article names in full (哈尔滨),
     * the way papers shorten a city's zones. The character must open a word there and the city be
     * named elsewhere, so that a lone character no place opens (在新区, 全新区域) stays what it is.
     */
    private static void initialZones(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        Divisions d = Divisions.get();
        java.util.Set<Character> initials = null;
        java.util.regex.Matcher m = ZONE_AFTER_INITIAL.matcher(v);
        while (m.find()) {
            int at = m.start() - 1;
            if (at < 0 || !ArticleText.isHan(v.charAt(at)) || !t.isTokenBoundary(at) || NO_INITIALS.indexOf(v.charAt(at)) >= 0
                    || d.regionAt(v, at) != null || !facts.within(new Span(at, m.end()), EntityType.PARK).isEmpty()) {
                continue;
            }
            org.localkg.nlp.Token before = at > 0 ? t.tokenAt(at - 1) : null;
            if (before != null && before.end() == at && ArticleText.isHan(v.charAt(at - 1)) && "wvpcu".indexOf(before.tag().charAt(0)) < 0) {
                continue; // the character ends a word before it: no opening of a name
            }
            if (initials == null) {
                initials = new java.util.HashSet<>();
                for (int i = 0; i < v.length(); i++) {
                    String region = d.regionAt(v, i);
                    if (region != null && region.length() >= 2) {
                        initials.add(region.charAt(0));
                    }
                }
            }
            if (initials.contains(v.charAt(at))) {
                facts.mention(EntityType.PARK, new Span(at, m.end()));
            }
        }
    }

    /** A region's short name, two characters and 区, that is no division itself: 武进绿建区. */
    private static void abbreviatedZones(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        Divisions d = Divisions.get();
        for (int i = 0; i + 5 <= v.length(); i++) {
            String region = d.regionAt(v, i);
            if (region == null || region.length() < 2 || region.endsWith("区")) {
                continue;
            }
            String earlier = i > 0 ? d.regionAt(v, i - 1) : null;
            if (earlier != null && earlier.length() >= 2 && ArticleText.isHan(v.charAt(i - 1)) && !t.isTokenBoundary(i)) {
                continue; // 海|东河…: the place's name begins a character before, in the middle of another's (海东河湟新区)
            }
            int a = i + region.length();
            if (a + 3 > v.length() || v.charAt(a + 2) != '区') {
                continue;
            }
            var across = t.tokenAt(a);
            if (across != null && across.start() < a && across.start() >= i && across.end() > a) {
                continue; // 全|市中|心城区: the place's last character and the next are one word (中心), no place ends there
            }
            String abbr = v.substring(a, a + 2);
            if (!ArticleText.isHan(abbr.charAt(0)) || !ArticleText.isHan(abbr.charAt(1)) || AREA_WORDS.contains(abbr)
                    || Lexicons.GENERIC.contains(abbr) || d.isPlace(region + abbr + "区") || d.isPlace(abbr + "区")
                    || !d.lookup(abbr + "区").isEmpty()
                    || d.isPlace(abbr) || "一二三四五六七八九十两全各本我该".indexOf(abbr.charAt(0)) >= 0
                    || "在于从对向把被与和及".indexOf(abbr.charAt(0)) >= 0) { // 某市|在新区建成: a preposition, no abbreviation
                continue;
            }
            if (a + 3 < v.length() && ArticleText.isHan(v.charAt(a + 3)) && !t.isTokenBoundary(a + 3)) {
                continue;
            }
            String threeCharacters = v.substring(a, a + 3);
            if (!t.dictionaryTags(threeCharacters).isEmpty() && !Lexicons.PARK_SUFFIXES.contains(threeCharacters)) {
                continue; // 某市|军分区: a word of the language for a body or an area, no zone's abbreviated name
            }
            var word = t.tokenAt(a);
            if (word != null && word.start() == a && word.end() == a + 3 && word.tag().startsWith("ns")) {
                continue; // 新城区: the segmenter knows it as a place, a district, not a zone
            }
            var last = t.tokenAt(a + 1);
            if (last != null && last.start() == a + 1 && last.end() == a + 3) {
                continue; // 友好型|社区: 区 ends a word of its own with the character before it, no zone's abbreviation
            }
            facts.mention(EntityType.PARK, new Span(i, a + 3));
        }
    }
}
