package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.nlp.Token;

/**
 * Projects, infrastructure included. A name is a project when:
 * <ol>
 *   <li>it ends in 项目 or 工程 and names something beyond generic words (重大项目, 示范项目 and
 *       programmes such as 人才培养项目 are not names);</li>
 *   <li>it stands in a list closed by 等…项目 (丹金高速、…快速路等重大项目建设);</li>
 *   <li>it stands in a list of works after a building verb, each ending in an infrastructure
 *       word (开工宁常高速金坛至武进段、…拓宽工程);</li>
 *   <li>the text calls it a major or key project (…是省重大项目, 市重大项目——…), or it is the subject
 *       of a photo caption printed in a projects column;</li>
 *   <li>it won a project designation (…获批省级…示范项目);</li>
 *   <li>it is a built thing (…中心, …基地, …大楼) that the text reports started, topped out,
 *       completed or in use, or that the next sentence calls 项目;</li>
 *   <li>it is quoted right after the word 项目 or 工程, in apposition (省重点项目“某某风电场”).</li>
 * </ol>
 */
final class ProjectRecognizer {
    private static final int MAX_NAME = 32;
    /* compiled once, as these run for every candidate name (isProjectName, trimSubject) */
    private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’]");
    /** 201个项目, 100多重点项目: a count of projects (80多万吨某某项目 is a capacity: 多 before a unit). */
    private static final Pattern COUNTED = Pattern.compile(".*\\d+(?:多|余)?(?:个|家|项|批).*|.*\\d+(?:多|余)(?![万千百亿吨平方米亩瓦台套辆件公升立]).*");
    private static final Pattern WORKS_LISTED = Pattern.compile(".*(工程|项目)(及|和|与).*");
    private static final Pattern JOINED = Pattern.compile(".*[和与].*");
    private static final Pattern QUOTED_END = Pattern.compile("[“\"]([^”\"]{4,})[”\"]$");
    private static final Pattern LIST_CLOSE = Pattern.compile("等[^，。,;；、]{0,8}?项目");
    private static final Pattern KEY_PROJECT = Pattern.compile("(?:重大|重点)(?:产业|建设|实事)?项目");
    private static final Pattern BUILD_VERB = Pattern.compile("(?:建成|开工|开建|新建|续建|推进|加快|实施|启动)");
    private static final Pattern DESIGNATION = Pattern.compile("(?=[获入列被])(?:获批|获评|入选|列入|被评为)[^，。,;；]{0,24}项目");
    /** Stages of works, said right after their name or a few words on (开工, 通车, 完成主体工程 …). */
    private static final String STAGES = "开工|竣工|封顶|建成|投产|投用|投运|通车|完工|试生产|试运行|完成(?:土建|主体|基础)?(?:工程|施工)";
    private static final Pattern STATUS_AFTER = Pattern.compile(
            "^(?:[^，。,;；]{0,12}?)(?:" + STAGES + "|建成投用|启动建设|主体结构|开通|启用|开馆|开园|落成|完成投资)");
    /** Works under way or landed, said right after the works' name: 进行坝体浇筑, 落地。 (not 某大桥管理处进行…). */
    private static final Pattern UNDERWAY_RIGHT_AFTER = Pattern.compile(
            "^(?:目前|当前|现|正|正在|全面|加紧|紧张|抓紧|全力|已|成功|正式)*(?:进行[^，。,;；]{0,4}?(?:浇筑|吊装|施工)|落地(?:[，,。；;]|$))");
    /** What follows a works' name says it is being built, finished or landed. */
    private static boolean statusAfter(String rest) {
        return STATUS_AFTER.matcher(rest).find() && !rest.startsWith("的") || UNDERWAY_RIGHT_AFTER.matcher(rest).lookingAt();
    }

    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十\\d]+期(?:工程)?$");
    /** 是(省|市|区|某某省|全省…)(级)? before 重大项目. */
    private static final Pattern IS_KEY_PROJECT =
            Pattern.compile("是(?:\\p{IsHan}{1,3}省|省|市|区|县|国家|全省|全市)?(?:级)?$");
    private static final Pattern ANAPHOR = Pattern.compile("^(?:该)?项目");

    private ProjectRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        namedWithSuffix(t, facts);
        keyProjects(t, facts);
        designations(t, facts);
        builtThings(t, facts);
        capacityFacilities(t, facts);
        investedCapacities(t, facts);
        investedFacilities(t, facts);
        quotedAfterKind(t, facts);
        quotedWorksBuilt(t, facts);
        CopulaSubjects.keyWorksSubjects(t, facts);
        parksBuiltWithASum(t, facts);
        namedInAField(t, facts);
        if (t.article().kind() == org.localkg.ingest.Article.Kind.CAPTION) {
            captionSubject(t, facts);
        }
    }

    /** What a builder does to the works named next: 承建的, 建设的, 在建的, 投资建设的, 新建的. */
    private static final Pattern BUILT_BY = Pattern.compile("(?:承建|投资建设|建设|在建|新建|兴建)的$");
    /** A quoted name of four characters or more, the quotation marks' contents the group. */
    private static final Pattern QUOTED_NAME = Pattern.compile("[“\"]([^”\"，。,;；]{4,30})[”\"]");

    /**
     * 视察了某集团承建的某科学城“甲研发平台”和“乙研究平台”: quoted names of built things (平台, 中心, 基地…) right after
     * what a builder does to them (承建的, 建设的), after the park they stand in or named by a place or a proper word, and
     * the quoted names joined to them (和, 及, 、): works, named without 项目.
     */
    private static void quotedWorksBuilt(ArticleText t, ArticleFacts facts) {
        Matcher m = QUOTED_NAME.matcher(t.view());
        int joinedUntil = -1; // the end of the last quoted works found, which a conjunction may join the next one to
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            String text = m.group(1);
            Token first = t.tokenAt(name.start());
            if (Lexicons.FACILITY_SUFFIXES.suffixAt(text, text.length()) == null || NameChecks.specific(text).length() < 2
                    || first != null && first.tag().startsWith("m")) {
                continue; // (“百亿级产业基地”: a size, a goal's slogan)
            }
            int before = m.start();
            Span park = parkEndingAt(facts, before);
            int verbEnd = park != null ? park.start() : before;
            // …and the park they stand in named between, or a place or proper word in the quote (a quote of common
            // words after 承建的 alone may be a slogan or an honour: “百亿级产业基地”, “精品示范中心”)
            boolean built = (park != null || NameChecks.namesPlace(t, name.start(), name.end()) || hasProperNoun(t, name.start(), name.end()))
                    && BUILT_BY.matcher(t.view()).region(Math.max(0, verbEnd - 6), verbEnd).find();
            boolean joined = joinedUntil >= 0 && JOINING.matcher(t.slice(joinedUntil, before)).matches();
            if ((built || joined) && !facts.insideLonger(name, EntityType.PROJECT)) {
                facts.mention(EntityType.PROJECT, name);
                joinedUntil = m.end();
            }
        }
    }

    /** What joins two quoted names of works: 和, 及, 以及, 与, 、. */
    private static final Pattern JOINING = Pattern.compile("(?:和|及|以及|与|、)");

    /** The mention of a park (not a project) that ends at {@code at}, or null. */
    static Span parkEndingAt(ArticleFacts facts, int at) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PARK) && !e.is(EntityType.PROJECT)) {
                for (Span pm : e.mentions()) {
                    if (pm.end() == at) {
                        return pm;
                    }
                }
            }
        }
        return null;
    }

    /** A form's field for the project's name: 项目名称：某某物流港； (the value up to the field's end). */
    private static final Pattern NAME_FIELD = Pattern.compile("项目名称[:：]\\s*(?!暂|待|未|无)([^；;，,。:：\\s]{4,40})(?=[；;，,。\\s]|$)");

    /** 项目名称：某某物流港；建设单位：…: what the field gives is a project's name, whatever it ends in. */
    private static void namedInAField(ArticleText t, ArticleFacts facts) {
        Matcher m = NAME_FIELD.matcher(t.view());
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            if (NameChecks.specific(t.slice(name.start(), name.end())).length() >= 2 && !facts.insideLonger(name, EntityType.PROJECT)) {
                facts.mention(EntityType.PROJECT, name);
            }
        }
    }

    /**
     * 某某生产基地项目负责人: the leader of a works named before 项目 by a place or a proper noun and a kind of works
     * (基地, 中心…) of its own, not of projects in general (企业项目负责人, 重点项目负责人).
     */
    private static boolean leaderOfNamedWorks(ArticleText t, int at, int end) {
        if (!t.view().startsWith("负责人", end)) {
            return false;
        }
        String kind = Lexicons.FACILITY_SUFFIXES.suffixAt(t.view(), at);
        if (kind == null) {
            kind = Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(t.view(), at);
        }
        if (kind == null || Lexicons.PARK_SUFFIXES.suffixAt(t.view(), at) != null) {
            return false; // (某软件园项目负责人: the park's staff; the park stays a park)
        }
        int start = NameBoundary.startOf(t, at, MAX_NAME, true);
        int kindStart = at - kind.length();
        return start < kindStart && (NameChecks.namesPlace(t, start, kindStart) || hasProperNoun(t, start, kindStart));
    }

    /**
     * 项目 inside a quotation that goes on after it with words of its own and closes within a few characters
     * (“某某产业项目招商年”, “项目建设攻坚月”): a campaign's or slogan's name, in which no works is named.
     */
    private static boolean insideQuotedCampaign(String v, int at, int end) {
        int open = v.lastIndexOf('“', at);
        if (open < 0 || v.lastIndexOf('”', at) > open || at - open > 20) {
            return false;
        }
        int close = v.indexOf('”', end);
        if (close < 0 || close == end || close - end > 5) {
            return false;
        }
        for (int i = end; i < close; i++) {
            if (!ArticleText.isHan(v.charAt(i))) {
                return false;
            }
        }
        return CAMPAIGN_END.matcher(v.substring(end, close)).find();
    }

    /** What a campaign's name ends in: a span of time (年, 月, 季) or an action (行动, 活动, 攻坚). */
    private static final Pattern CAMPAIGN_END = Pattern.compile("(?:年|月|季|周|行动|活动|攻坚|大会战)$");

    /** The character before {@code at} is a quotation mark that opens a quote: “, or " after a mark, a space or the start. */
    private static boolean afterOpeningQuote(String v, int at) {
        if (at == 0) {
            return false;
        }
        char q = v.charAt(at - 1);
        return q == '“' || q == '"' && (at == 1 || "、，,；;：:（( \n".indexOf(v.charAt(at - 2)) >= 0);
    }

    /**
     * 新上2条|高端某某酸奶生产线项目: how many lines or buildings a company adds is no part of the works' name, which
     * starts after the count (where what follows is a name of its own). Only after a verb of adding: a bare count or
     * 新建2座 opening the words stays in the name, as the pages' own names have it.
     */
    private static int afterCountOfUnits(ArticleText t, int start, int suffixStart) {
        Matcher added = UNITS_ADDED.matcher(t.view()).region(start, suffixStart);
        while (added.find()) {
            boolean opens = added.start() == start;
            // (某某乳业有限公司|新上2条|高端酸奶生产线项目: after the company that adds them, too)
            if ((opens || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), added.start()) != null)
                    && suffixStart - added.end() >= 4 && isProjectName(t, added.end(), suffixStart)) {
                return added.end();
            }
            if (opens) {
                return start;
            }
        }
        return start;
    }

    /** A verb of adding and a count of units: 新上2条, 新增3座, 上马两台 (not a bare count, which a name may hold). */
    static final String UNITS_ADDED_WORDS = "(?:新上|新增|上马)[\\d一二两三四五六七八九十]+(?:条|座|台|套|栋|幢)";
    private static final Pattern UNITS_ADDED = Pattern.compile(UNITS_ADDED_WORDS);

    /** Staff of works after 项目: 管家, 总工, 总监, 经理. */
    private static final Pattern STAFF_AFTER = Pattern.compile("管家|总工|总监|经理");

    /** {@code s} is names of divisions one after another and nothing else (某省某市). */
    private static boolean placesOnly(String s) {
        int i = 0;
        while (i < s.length()) {
            String region = org.localkg.resolve.Divisions.get().regionAt(s, i);
            if (region == null) {
                return false;
            }
            i += region.length();
        }
        return i > 0;
    }

    /** 某某项目|部分生产线: the word 部分 (part of) after the name, not the project's office (项目部). */
    private static boolean partOfTheWorksAfter(ArticleText t, int end) {
        Token tk = t.tokenAt(end);
        return tk != null && tk.start() == end && tk.text().equals("部分");
    }

    /** Rule 1: …项目, …工程. */
    private static void namedWithSuffix(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        for (String suffix : Lexicons.PROJECT_SUFFIXES.longestFirst()) {
            for (int found : t.indexesOf(suffix)) {
                int end = found + suffix.length();
                // 某某中心主体工程封顶: the centre is the works, 主体工程 its main structure that the clause reports on
                int at = suffix.equals("工程") && facilitysStructure(v, found) ? found - 2 : found;
                if (at < found) {
                    end = at;
                }
                if (end < v.length() && "团库化组超个方部负".indexOf(v.charAt(end)) >= 0 && !leaderOfNamedWorks(t, at, end)
                        && !partOfTheWorksAfter(t, end)) {
                    continue; // 项目团队, 项目库, 项目超900个, 项目负责人: not one project
                }
                if (suffix.equals("项目") && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(v, at) != null
                        && STAFF_AFTER.matcher(v).region(end, Math.min(v.length(), end + 3)).lookingAt()) {
                    continue; // 某某有限公司项目管家, 某总公司项目总工: a company's staff for its works, no works named
                }
                if (afterOpeningQuote(v, at)) {
                    continue; // "优化环境年"、"项目推进年": the word opens a quoted phrase, it ends no name
                }
                if (insideQuotedCampaign(v, at, end)) {
                    continue; // 开展“某某产业项目招商年”活动: the quote names a campaign, 项目 is a word inside it
                }
                Span quoted = quotedWorks(t, at, end);
                if (quoted != null) {
                    facts.mention(EntityType.PROJECT, quoted); // 签订“甲、乙等保健产品的开发及产业化项目”合作协议
                    continue;
                }
                if (Lexicons.PROJECT_SUFFIXES.prefixAt(v, end) != null && !(suffix.equals("项目") && v.startsWith("工程", end))) {
                    continue; // 某某工程|项目: the name ends at the second (某某项目|工程现场: 工程 is the works of the project named)
                }
                if (designationOfWhatFollows(t, at, end)) {
                    continue; // 作为甲与乙“某某合作”示范项目，丙中心由…: what 作为 says the subject after the comma is, no name
                }
                if (MANY_AFTER.matcher(v).region(end, Math.min(v.length(), end + 2)).lookingAt()
                        && !properBeyondDescriptors(t, NameBoundary.startOf(t, at, MAX_NAME, true), at)
                        && Lexicons.FACILITY_SUFFIXES.suffixAt(v, at) == null) { // (某某会展中心项目纷纷…: a built thing, one works)
                    continue; // 现代农业产业化项目纷纷落户: 纷纷 says many, the words a kind of them
                }
                Matcher count = COUNT_AFTER.matcher(v).region(end, Math.min(v.length(), end + 6));
                boolean counted = count.lookingAt(); // 清洁能源项目10个: a kind of project and how many
                if (suffix.equals("工程") && end < v.length() && v.charAt(end) == '师') {
                    continue; // 总工程师, 工程师: a staff title, no works
                }
                if (suffix.equals("工程") && at == found && (nounAt(t, end) && !ROUTE_AFTER.matcher(v).region(end, v.length()).lookingAt()
                        || Lexicons.ENTERPRISE_SUFFIXES.prefixAt(v, end) != null)) {
                    continue; // 工程机械, 工程疫苗: 工程 modifies the noun after it; 某设计工程有限责任公司: a company's trade
                }
                java.util.regex.Matcher phase = BRACKETED_PHASE.matcher(v).region(end, Math.min(v.length(), end + 6));
                if (phase.lookingAt()) {
                    end = phase.end(); // 某某项目(二期): the phase is part of the name
                }
                int start = NameBoundary.startOf(t, at, MAX_NAME, true);
                start = NameBoundary.skipLeadingStopWords(t, start, at);
                start = skipYear(t, start, at);
                start = skipAmount(t, start, at);
                start = afterCountOfUnits(t, start, at);
                start = NameBoundary.skipLeadingVerbs(t, start, at);
                start = afterListOpener(t, start, at);
                start = afterEarlierProject(t, start, at);
                start = NamePhrase.afterDesignationOfKind(t, start, at);
                start = acrossConjunction(t, start, at);
                start = acrossItsParts(t, start, at);
                start = acrossDashFromCompany(t, facts, start, at);
                start = afterSiteAndConjunction(t, start, at);
                start = afterPlacedConjunct(t, facts, start, at);
                start = atPlaceAfterDescription(t, start, at);
                start = afterAmountBuilt(t, start, at);
                start = acrossCoordinatedActivities(t, start, at);
                start = acrossCapacityOf(t, start, at);
                start = afterProgressVerb(t, start, at);
                start = afterGoverningVerb(t, start, at);
                start = afterSigningOrBuilding(t, start, at);
                start = afterCeremonySetting(t, start, at);
                start = afterBuildingInPark(t, facts, start, at);
                start = afterBuildingInBase(t, start, at);
                start = afterClauseAdverb(t, start, at);
                start = afterAdverbAndVerb(t, start, at);
                start = NamePhrase.afterYi(t, start, end); // 以|某某改造项目为代表
                start = afterTopicJoined(t, start, at);
                start = backToCompanyOpening(facts, start, at);
                start = afterDummyVerb(t, start, at);
                start = atProvinceAfterZoneWord(t, start, at);
                String words = org.localkg.resolve.Names.key(t.slice(start, at));
                if (words.length() > 2 && words.endsWith("投资") && placesOnly(words.substring(0, words.length() - 2))) {
                    continue; // 某集团在某省某市|投资项目的情况: where the company invests, and its projects, no name
                }
                Span subject = CopulaSubjects.subjectOf(t, facts, start, at, end);
                if (subject != null) {
                    facts.mention(EntityType.PROJECT, subject); // 甲广场是|城市综合体项目: the kind names no works, 甲广场 does
                    continue;
                }
                if (counted && !countsTheList(t, start, count.end())) {
                    continue;
                }
                if (signingInside(t, start, at)) {
                    continue; // 某新区连续签署|两份百亿项目: what is signed is no name, and the clause is none either
                }
                int named = skipStage(t, start, at);
                if (named > start && isProjectName(t, named, at)) {
                    start = named;
                }
                if ((isProjectName(t, start, at) || ownedDescription(t, facts, start, at) || investedBuild(t, facts, start, at)
                        || sumOpensItem(t, start, at)
                        || companyPrefixed(facts, start, at)
                        || visitedNounPhrase(t, start, at))
                        && !facts.insideLonger(new Span(start, end), EntityType.ENTERPRISE, EntityType.ORGANIZATION) && !companysProjects(t, start, at)
                        && !opensWithPerson(facts, t, start) && !countsListedWorks(t, start, at)
                        && !(suffix.equals("项目") && worksOfAPlace(t.slice(start, at)))) { // (某高新区重点项目: a group)
                    facts.mention(EntityType.PROJECT, new Span(start, end));
                    Span first = NameBoundary.quotedItemBeforeSpan(t, start);
                    if (first != null && isProjectName(t, first.start(), first.end())) {
                        facts.mention(EntityType.PROJECT, first); // “甲”及|“乙”项目: 甲 is a project too
                    }
                }
            }
        }
    }

    /**
     * 某某—通辽某某城项目: a company's short name (or whole name) and a dash open the works' name, the company's works;
     * the name starts at the company's (the dash alone would end the walk back).
     */
    private static int acrossDashFromCompany(ArticleText t, ArticleFacts facts, int start, int at) {
        if (start < 3 || start >= at || "—-－".indexOf(t.charAt(start - 1)) < 0) {
            return start;
        }
        int dash = start - 1;
        while (dash > 0 && t.charAt(dash - 1) == '—') {
            dash--;
        }
        for (int from = Math.max(0, dash - 8); from <= dash - 2; from++) {
            if (from > 0 && ArticleText.isHan(t.charAt(from - 1)) && !t.isTokenBoundary(from)) {
                continue;
            }
            String name = t.slice(from, dash);
            if (!name.chars().allMatch(c -> ArticleText.isHan((char) c))) {
                continue;
            }
            if (facts.find(name, EntityType.ENTERPRISE).isPresent() || EnterpriseListRecognizer.shortNameOf(facts, name) != null) {
                return from;
            }
        }
        return start;
    }

    /**
     * 签订“甲、乙等保健产品的开发及产业化项目”合作协议: a works' name the text quotes whole, closed by its kind word right
     * before the closing quote, that holds what the walk back stops at (、, 等, 的) and says what is made or done (开发,
     * 产业化, a trade or a facility): the quote bounds the name. Null when the quote holds none of those marks, or names
     * no such works.
     */
    private static Span quotedWorks(ArticleText t, int at, int end) {
        String v = t.view();
        if (end >= v.length() || "”\"".indexOf(v.charAt(end)) < 0) {
            return null;
        }
        int open = -1;
        for (int i = at - 1; i >= Math.max(0, at - 45); i--) {
            char c = v.charAt(i);
            if ("“\"".indexOf(c) >= 0) {
                open = i;
                break;
            }
            if ("”。；;！？!?\n".indexOf(c) >= 0) {
                return null;
            }
        }
        if (open < 0 || at - open - 1 < 6) {
            return null;
        }
        String inside = v.substring(open + 1, at);
        boolean held = inside.indexOf('、') >= 0 || inside.contains("等") || inside.contains("的");
        return held && describesWhatIsBuilt(inside) && !inside.contains("，") && !inside.contains(",")
                ? new Span(open + 1, end) : null;
    }

    /** 仪式设|甲项目主会场, 活动在|乙项目现场: where a ceremony is held, said before the works' name. */
    private static final Pattern CEREMONY_SET_AT = Pattern.compile("(?:仪式|典礼|大会|活动)(?:设在|设于|设|在|于)");

    /** The name starts after a ceremony's setting (此次开工仪式设|某某全产业链项目主会场). */
    private static int afterCeremonySetting(ArticleText t, int start, int at) {
        Matcher m = CEREMONY_SET_AT.matcher(t.view()).region(start, at);
        int after = start;
        while (m.find()) {
            if (at - m.end() >= 2 && t.isTokenBoundary(m.end())) {
                after = m.end();
            }
        }
        return after;
    }

    /** 项目一期、二期, 该工程二期: the word for the works just named and its phases. */
    private static final Pattern PHASES_OF_THE_PROJECT = Pattern.compile(
            "(?:该|本|此)?(?:项目|工程)(?:[、和及与]?[一二三四五六七八九十\\d]+期)+");

    /**
     * 甲项目现场|和|乙公司某某项目现场: a site (or a works' word) and then 和, read as a conjunction, join two places
     * visited; the name starts after 和 (和平路 is one word, and 和 between two names of one works stays inside).
     */
    private static int afterSiteAndConjunction(ArticleText t, int start, int suffixStart) {
        Token and = t.tokenAt(start);
        boolean joins = and != null && and.start() == start && and.text().equals("和") && and.tag().startsWith("c")
                && start + 1 < suffixStart && (t.view().startsWith("现场", start - 2) || t.view().startsWith("工地", start - 2)
                    || Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), start) != null);
        return joins ? start + 1 : start;
    }

    /** Whether 主体 before the 工程 at {@code at} follows a built thing's word (某某中心主体工程): the thing's main structure. */
    private static boolean facilitysStructure(String v, int at) {
        boolean people = at + 2 < v.length() && "师队".indexOf(v.charAt(at + 2)) >= 0; // 主体工程师团队: engineers, no works
        return at >= 4 && !people && v.startsWith("主体", at - 2) && Lexicons.FACILITY_SUFFIXES.suffixAt(v, at - 2) != null;
    }

    /** Words of a project's stage before its name (一期在建|某某项目: the works under way; not 正在建设). */
    private static final Pattern STAGE = Pattern.compile("新建|续建|拟建|(?<![正现])在建(?!设)|投资建设|开工建设");

    private static boolean activity(Token tk) {
        return tk != null && tk.text().length() == 2 && (tk.tag().equals("v") || tk.tag().equals("vn"));
    }

    /**
     * 某公司菌种研发、培育、检测基地项目: activities of two characters joined by 、 inside one
     * project's name, the name opening before the first of them. The walk back stopped at the first 、
     * it met; when the name starts with such an activity and every 、 before it joins another, the name
     * goes on before the first (a list of projects joins names, not bare verbs).
     */
    private static int acrossCoordinatedActivities(ArticleText t, int start, int suffixStart) {
        Token first = t.tokenAt(start);
        if (!activity(first) || first.start() != start) {
            return start;
        }
        int s = start;
        int joined = 0;
        while (s > 1 && t.charAt(s - 1) == '、') {
            Token before = t.tokenAt(s - 2);
            if (!activity(before) || before.end() != s - 1) {
                return start;
            }
            s = before.start();
            joined++;
        }
        if (joined < 2 || s == 0 || ArticleText.isBreak(t.charAt(s - 1))) {
            return start; // one 、 may join two projects' names (甲研发、乙检测基地项目); the first activity must follow a name
        }
        int opening = NameBoundary.skipLeadingStopWords(t, NameBoundary.startOf(t, s, MAX_NAME - (suffixStart - s), true), s);
        return opening < s ? opening : start;
    }

    /** Words that make a company's projects a kind of them, not one named (某集团重点项目, 某公司有关项目). */
    private static final Pattern OF_A_KIND = Pattern.compile("(?:重点|重大|有关|相关|在建|新建|续建|系列|各类|一批|部分|其他)+$");

    /** 某集团重点项目, 某公司有关项目: a company's name, then only words of a kind: its projects, no name of one. */
    private static boolean companysProjects(ArticleText t, int start, int suffixStart) {
        Matcher kind = OF_A_KIND.matcher(t.slice(start, suffixStart));
        if (!kind.find() || kind.start() == 0) {
            return false;
        }
        int companyEnd = start + kind.start();
        return companyEnd - start >= 3 && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), companyEnd) != null;
    }

    /** What a works brings together, before its name: 集研发、生产、销售于一体的. */
    static final String ALL_IN_ONE = "(?:集[^，。；,;]{2,30}?于一体的)";
    /** A sum of money as written: 12.5亿元, 3000万美元人民币, with the comma that may follow. */
    private static final String SUM = "[\\d.]+(?:亿|万)(?:美)?元(?:人民币)?[，,]?";
    /** A sum and the verb that spends it on building: 投资12.5亿元建设|甲项目. */
    private static final Pattern AMOUNT_BUILT = Pattern.compile(SUM + "(?:启动|开工|新|用于|投资)?(?:建设|兴建|打造|新建|建)");
    /** 投资, a sum and the verb of building, right before what is built: 拟投资20亿元建设|某产业园. */
    private static final Pattern SUM_BUILDS = Pattern.compile("投资" + SUM + "(?:启动|开工|新|用于)?(?:建设|兴建|打造|新建)" + ALL_IN_ONE + "?$");

    /**
     * 某集团拟投资20亿元建设某某产业园: a park that a sum is spent on building is a project as well (the
     * guidelines' park that is itself a project), so the sum and the builder are its facts.
     */
    private static void parksBuiltWithASum(ArticleText t, ArticleFacts facts) {
        List<Span> built = new ArrayList<>();
        for (Entity park : facts.entities()) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                continue;
            }
            // every place the name is written, as the text reads it (another rule may hold a part of one of them)
            for (String written : park.mentions().stream().map(m -> t.slice(m.start(), m.end())).distinct().toList()) {
                for (int at : t.indexesOf(written)) {
                    int end = at + written.length();
                    boolean whole = end == t.length() || !ArticleText.isHan(t.charAt(end)); // not 建设某新区|某产业园
                    if (whole && SUM_BUILDS.matcher(t.view()).region(Math.max(0, at - 56), at).find()) {
                        built.add(new Span(at, end));
                    }
                }
            }
        }
        built.forEach(m -> facts.mention(EntityType.PROJECT, m));
    }

    /** Past a sum and its building verb inside the walk back (引进某集团投资12.5亿元建设|甲项目): the project is the verb's object. */
    private static int afterAmountBuilt(ArticleText t, int start, int suffixStart) {
        Matcher m = AMOUNT_BUILT.matcher(t.view()).region(start, suffixStart);
        int s = start;
        while (m.find()) {
            if (suffixStart - m.end() >= 2) {
                s = m.end();
            }
        }
        return s;
    }

    /**
     * 打造国家清洁能源产业高地|格尔木南山口…项目: common words the walk back took before the place a name
     * opens with are the clause's, not the name's (a proper word among them keeps them: 华为…暨山西…).
     */
    private static int atPlaceAfterDescription(ArticleText t, int start, int suffixStart) {
        for (int i = start + 4; i < suffixStart - 2; i++) {
            String region = org.localkg.resolve.Divisions.get().regionAt(t.view(), i);
            if (region == null || region.length() < 2 || !t.isTokenBoundary(i)) {
                continue;
            }
            for (int k = start; k < i; ) {
                var tk = t.tokenAt(k);
                if (tk == null || tk.start() != k || tk.end() > i || !COMMON.contains(tk.tag())
                        || t.dictionaryTags(tk.text()).isEmpty()) {
                    return start;
                }
                k = tk.end();
            }
            return i;
        }
        return start;
    }

    private static final java.util.Set<String> COMMON = java.util.Set.of("n", "vn", "v", "a", "b", "gi");

    /**
     * 某控制系统及其部件研发制造项目: a thing and its parts (及其, which stops the walk back as a joiner of bodies,
     * 某企业及其子公司) are made by one works; the name takes in the thing before 及其 when that names no kind of
     * works, company or park of its own and holds no 的.
     */
    private static int acrossItsParts(ArticleText t, int start, int suffixStart) {
        if (start < 6 || !t.view().startsWith("及其", start - 2) || !t.isTokenBoundary(start - 2) || suffixStart - start < 2) {
            return start;
        }
        int left = NameBoundary.skipLeadingStopWords(t, NameBoundary.startOf(t, start - 2, MAX_NAME, true), start - 2);
        Span thing = new Span(left, start - 2);
        boolean one = thing.length() >= 4 && suffixStart - left <= MAX_NAME && CoordinationLists.endingKind(t, thing) == null
                && !t.slice(left, start - 2).contains("的");
        return one ? left : start;
    }

    /**
     * 甲公司磷酸铁锂和动力电池项目, 常泰大桥和南接线项目: a name whose walk back stopped at 和, 及 or 与
     * takes the part before it too when that part ends in no kind word of its own (then it is one
     * conjunct of the name, not an item of a list) and no break or other stop word comes first.
     */
    private static int acrossConjunction(ArticleText t, int start, int suffixStart) {
        if (start < 3 || "和及与暨、".indexOf(t.charAt(start - 1)) < 0 || !t.isTokenBoundary(start - 1)
                || suffixStart - start < 2) {
            return start;
        }
        // a 、 is a list's mark, unless it joins the things one project makes (高频变压器、电感元器件项目)
        if (t.charAt(start - 1) == '、' && !CoordinationLists.oneNameAcross(t, start - 1)) {
            return start;
        }
        if ("“\"".indexOf(t.charAt(start)) >= 0 && NameBoundary.quotedItemBefore(t, start)) {
            return start; // “甲”及“乙”项目: each quoted name is one of its own (“甲”暨“乙” stays one)
        }
        boolean ji = t.charAt(start - 1) == '暨'; // 甲总部暨乙总部项目: 暨 joins two names of one thing
        int left = NameBoundary.startOf(t, start - 1, MAX_NAME, true);
        left = NameBoundary.skipLeadingStopWords(t, left, start - 1);
        Span conjunct = new Span(left, start - 1);
        // (国道112线、207线某过境公路工程: numbered parts of one name, each opening like a name)
        boolean numbered = t.charAt(start - 1) == '、' && CoordinationLists.numberedParts(t.view(), start - 1);
        if (!ji && !numbered && opensName(t, start) && nameLikeStart(t, left)) {
            return start; // 丁陶大道南延和河东文体广场项目: two named things
        }
        if (conjunct.length() < 2 && !numbered || !ji && !numbered && CoordinationLists.endingKind(t, conjunct) != null
                || t.slice(left, start - 1).contains("的") || start - left > MAX_NAME
                || EVENT_NOUN.matcher(t.slice(left, start - 1)).find() || TOPIC_NOUN.matcher(t.slice(left, start - 1)).find()
                || PROGRESS_OF_WORKS.matcher(t.slice(left, start - 1)).find()) {
            return start; // (等项目建设进度|和乙项目前期工作: how works stand, a matter, then the next works)
        }
        if (numbered && left > 0 && t.charAt(left - 1) == '、' && CoordinationLists.numberedParts(t.view(), left - 1)) {
            return acrossConjunction(t, left, suffixStart); // a run of them: 112线、207线、309线某工程
        }
        if (left > 0 && t.charAt(left - 1) == '、' && CoordinationLists.oneNameAcross(t, left - 1)) {
            return acrossConjunction(t, left, suffixStart); // 年产40万吨甲、6万吨乙、6万吨丙及…项目: every output of one works
        }
        return left;
    }

    /** A mention overlaps {@code span}, other than a company's that opens it and ends inside it. */
    private static boolean claimedButByItsCompany(ArticleFacts facts, Span span) {
        for (Entity e : facts.entities()) {
            for (Span m : e.mentions()) {
                if (m.overlaps(span) && !(e.is(EntityType.ENTERPRISE) && m.start() == span.start() && m.end() < span.end() - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 甲市某科技城和乙市某分校项目: a conjunction inside the walk back between two names that each open
     * with a place (or the second a long name of its own), the first ending in a built thing's word
     * (城, 中心, 基地): two things, the project's
     * name starts after it, and the first is a project of its own. (磷酸铁锂和动力电池项目, with no place
     * on either side, stays one name.) A zone the article knows, then a conjunction and a place: the name starts after it.
     */
    private static int afterPlacedConjunct(ArticleText t, ArticleFacts facts, int start, int suffixStart) {
        var divisions = org.localkg.resolve.Divisions.get();
        for (int i = suffixStart - 3; i >= start + 4; i--) {
            if ("和与及".indexOf(t.charAt(i)) < 0 || !t.isTokenBoundary(i) || !t.isTokenBoundary(i + 1)) {
                continue;
            }
            if (divisions.regionAt(t.view(), i + 1) != null && parkEndingAt(facts, i) != null) {
                return i + 1; // 来到某工业园区和|某区某线改建工程: a zone the visit went to, then the works, each a name
            }
            String built = Lexicons.FACILITY_SUFFIXES.suffixAt(t.view(), i);
            // the second opens with a place too, or is a long name of its own (某地某某中心和某某线某段改建工程)
            if (built != null && divisions.regionAt(t.view(), start) != null && i - start - built.length() >= 2
                    && (divisions.regionAt(t.view(), i + 1) != null
                        || suffixStart - i - 1 >= 8 && isProjectName(t, i + 1, suffixStart))) {
                Span first = new Span(start, i);
                if (!claimedButByItsCompany(facts, first)) {
                    facts.mention(EntityType.PROJECT, first); // (上海某某有限公司|研发中心: the company's, still works)
                }
                return i + 1;
            }
        }
        return start;
    }

    /**
     * The name starts after the verb of the clause that lists it: a verb of two characters or more
     * that opens a list (全市共有|甲公司乙项目, 主要包括|甲项目), or 有 or 是 right after a kind of works or
     * after 的 (主要项目有|甲项目, 签约的有|甲项目, 重点工程是|乙工程).
     */
    private static int afterListOpener(ArticleText t, int start, int suffixStart) {
        return afterLastWord(t, start, suffixStart, tk -> tk.end() < suffixStart && tk.text().length() >= 2 && tk.tag().startsWith("v")
                && CoordinationLists.opensList(tk.text()) || copulaOfAList(t, tk, suffixStart));
    }

    /**
     * The end of the last word that opens in [start, suffixStart) and that {@code cuts} (the clause's
     * word the name follows), or {@code start} when none does: the shape of the steps that move a
     * name's start past the words of its clause.
     */
    private static int afterLastWord(ArticleText t, int start, int suffixStart, java.util.function.Predicate<Token> cuts) {
        int s = start;
        for (int i = start; i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            if (cuts.test(tk)) {
                s = tk.end();
            }
            i = tk.end();
        }
        return s;
    }

    private static boolean copulaOfAList(ArticleText t, Token tk, int suffixStart) {
        int i = tk.start();
        return i > 0 && tk.end() + 2 <= suffixStart && (tk.tag().equals("vyou") || tk.tag().equals("vshi")) && tk.text().length() == 1
                && (t.charAt(i - 1) == '的' || Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), i) != null);
    }

    /**
     * 甲项目和乙项目: the walk back from the second 项目 passes 和 (磷酸铁锂和动力电池项目 is one name),
     * but a conjunction right after another project's kind word ends that project: the name starts
     * after it. So does one right after a company's legal form (甲有限公司及乙项目: a company and a
     * project, items of one list), and one after how works stand (等项目建设进度和|乙项目前期工作: a matter, then
     * the next works).
     */
    private static int afterEarlierProject(ArticleText t, int start, int suffixStart) {
        int cut = start;
        for (int k = start + 2; k < suffixStart - 1; k++) {
            if ("和及与暨".indexOf(t.charAt(k)) >= 0 && t.isTokenBoundary(k + 1)
                    && (Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), k) != null || legalFormBefore(t, k)
                        || PROGRESS_OF_WORKS.matcher(t.view()).region(Math.max(0, k - 8), k).find())) {
                cut = k + 1;
            }
        }
        return cut;
    }

    /** How works stand, right before a conjunction (等项目建设进度|和乙项目…): a matter, then the next item. */
    private static final Pattern PROGRESS_OF_WORKS = Pattern.compile("(?:项目|工程)(?:建设|施工)?(?:进度|进展|情况)$");

    private static boolean legalFormBefore(ArticleText t, int at) {
        String legal = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), at);
        return legal != null && legal.length() >= 2 && legal.endsWith("公司");
    }

    private static boolean opensName(ArticleText t, int i) {
        var tk = t.tokenAt(i);
        if (tk != null && tk.start() == i && (tk.tag().startsWith("ns") || tk.tag().startsWith("nr") || tk.tag().startsWith("nt"))) {
            return true;
        }
        // a place's name must end where a word ends: 太阳能 opens with a town's name, but is a word of its own
        String place = org.localkg.resolve.Divisions.get().placeAt(t.view(), i);
        return place != null && t.isTokenBoundary(i + place.length());
    }

    private static boolean nameLikeStart(ArticleText t, int i) {
        return opensName(t, i) || hasProperNoun(t, i, Math.min(t.length(), i + 4));
    }

    /** A verb of inspecting with its aspect, right before what is inspected: 调研了, 察看了, 考察. */
    private static final Pattern INSPECTED_BY = Pattern.compile(
            "(?:(?:调研|察看|考察|视察|查看|观摩|走访|参观)了?|(?:来到|走进|深入)(?:位于[^，。；,;的]{2,10}的)?)$");

    /**
     * 调研了某某大容量输液项目: the project an official inspects, named by a noun phrase (what it makes),
     * is one project though no word of the lexicons says so; a designation (重点项目) is no such name.
     */
    private static boolean visitedNounPhrase(ArticleText t, int start, int suffixStart) {
        String part = t.slice(start, suffixStart);
        if (part.length() < 6 || NameChecks.specific(part).length() < 6 || Lexicons.PROGRAM_HEADS.suffixAt(part, part.length()) != null
                || !INSPECTED_BY.matcher(t.view()).region(Math.max(0, start - 16), start).find()) {
            return false; // (调研年度重点援疆|项目: a programme's works, whatever the visit)
        }
        for (int i = start; i < suffixStart; ) {
            var tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || !(i == start ? tk.tag().startsWith("n") : productWord(tk))) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /**
     * A word of a product's description after its first noun: nouns, attributes (大|容量), and the lone
     * characters the segmenter makes of technical words it does not know (崩|解); no predicate of two
     * characters or more, no function word.
     */
    private static boolean productWord(Token tk) {
        String tag = tk.tag();
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("b") || tag.equals("a") || tag.equals("ag")
                || tag.equals("vg") || tag.startsWith("v") && tk.text().length() == 1;
    }

    /** An event before 暨 (开工典礼暨甲项目奠基仪式): the two are events, not one name. */
    private static final Pattern EVENT_NOUN = Pattern.compile("(?:典礼|仪式|活动|会议|大会|推进会|签约会|发布会)$");
    /** What a visit looks into, joined to a project (就种业发展情况及|某某项目…): a topic, no conjunct of a name. */
    private static final String TOPICS = "(?:情况|工作|问题|进展|成效|经验|做法)";
    private static final Pattern TOPIC_NOUN = Pattern.compile(TOPICS + "$");
    private static final Pattern TOPIC_JOINED = Pattern.compile(TOPICS + "[及和与、]");

    /** 就种业发展情况及|某某共建项目推进情况: a topic and a conjunction inside the walk back; the name starts after them. */
    private static int afterTopicJoined(ArticleText t, int start, int suffixStart) {
        Matcher m = TOPIC_JOINED.matcher(t.view()).region(start, suffixStart);
        int after = start;
        while (m.find()) {
            if (t.isTokenBoundary(m.end() - 1) && suffixStart - m.end() >= 2) {
                after = m.end();
            }
        }
        return after;
    }
    /** A count in characters after two characters of a name (甲整治两个…项目, 甲和乙两大…项目); not 第三个, not a slogan's opening count. */
    private static final Pattern COUNTED_IN_WORDS = Pattern.compile(".*\\p{IsHan}[^第一二两三四五六七八九十百千万\\d\\p{Punct}][一二两三四五六七八九十](?:个|大(?!批)).*");

    /**
     * 甲集团某基地和乙搬迁改造两大工业项目: a count in characters of the items joined before it, whatever opens them (a
     * company's name too); the list's items are the works, not the whole.
     */
    private static boolean countsListedWorks(ArticleText t, int start, int end) {
        if (COUNTED_IN_WORDS.matcher(t.slice(start, end)).matches() && countsItemsBefore(t, start, end)) {
            return true;
        }
        for (Matcher c = COUNT_IN_WORDS.matcher(t.view()).region(start, end); c.find(); ) {
            if (c.start() - start >= 2 && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), c.start()) != null) {
                return true; // 某集团两大工业项目: how many works the company has, no name
            }
        }
        return false;
    }

    /** A count in characters and its measure word (两个, 三个; 两大, 三大 said of great works). */
    private static final Pattern COUNT_IN_WORDS = Pattern.compile("[一二两三四五六七八九十](?:个|大(?!批))");

    /**
     * The count in characters inside a name follows items joined by 、 or a conjunction (甲、乙三个项目, 甲和乙两个项目):
     * it counts them; without such items (城区五个城中村改造项目) it counts the sites of one works.
     */
    private static boolean countsItemsBefore(ArticleText t, int start, int end) {
        int last = -1;
        for (Matcher c = COUNT_IN_WORDS.matcher(t.view()).region(start, end); c.find(); ) {
            last = c.start();
        }
        if (last < 0) {
            return false;
        }
        // 甲、乙、|丙三个项目, 甲和|乙两个项目: the name is the last item; 甲、乙三个项目: the items are in it
        for (int i = Math.max(0, start - 1); i < last; i++) {
            if (t.charAt(i) == '、' || t.conjunctionWordAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** Words of manner or mood before a clause's verb (全区|精准|把握, 要|锚定). */
    private static final Pattern MANNER_OR_MOOD = Pattern.compile("^(?:全[省市区县旗镇])?(?:精准|全力|着力|加快|切实|持续|不断|积极|牢牢|紧紧|认真|始终|要|能|都|更|将|必须|还)+");

    /**
     * 精准把握|项目建设黄金期, 要锚定|项目建设目标, 感受到|项目建设…: before 项目建设, after a zone's name and words of
     * manner or mood, only a verb of three characters or fewer: the verb governs 项目建设, and the words are no name
     * (not 某某装备研发|项目建设情况, where the works' own words come before the verb).
     */
    private static boolean verbGoverningTheBuilding(ArticleText t, int start, int suffixStart) {
        if (!t.view().startsWith("项目建设", suffixStart)) {
            return false;
        }
        Token last = t.tokenAt(suffixStart - 1);
        if (last == null || last.end() != suffixStart || !(last.tag().equals("v") || last.text().length() >= 2 && last.text().endsWith("到"))) {
            return false;
        }
        int from = start;
        for (int i = suffixStart - 2; i > start; i--) {
            String zone = Lexicons.PARK_SUFFIXES.suffixAt(t.view(), i);
            if (zone != null && zone.length() >= 2) {
                from = i; // 某高新区|精准把握: the zone is the clause's subject
                break;
            }
        }
        String region = from == start ? org.localkg.resolve.Divisions.get().regionAt(t.view(), start) : null;
        if (region != null && start + region.length() < suffixStart) {
            from = start + region.length(); // 某市|始终保持: a city or county is the clause's subject as well
        }
        Matcher manner = MANNER_OR_MOOD.matcher(t.view()).region(from, suffixStart);
        if (manner.lookingAt()) {
            from = manner.end();
        }
        return suffixStart - from <= 3;
    }

    /** A number, in digits or in characters. */
    private static final String NUMBER = "(?:\\d+|[一二两三四五六七八九十百]+)";

    /** A count opening a phrase: a number and a measure word of things counted (两份, 3个, 五项, 一批). */
    private static final Pattern COUNT_OPENING = Pattern.compile(NUMBER + "(?:份|个|项|批|类|大(?!批))");

    /**
     * How many projects of a kind, right after it: 清洁能源项目10个, 服务平台项目有6个 (with 有, 共 or 达 only a
     * count that ends the clause: 某工程共12个标段 counts the sections of one project).
     */
    /** A proper noun in {@code [start, end)} that is no descriptor the segmenter took for a name (现代/ntc of 现代农业). */
    static boolean properBeyondDescriptors(ArticleText t, int start, int end) {
        for (int i = start; i < end; ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            if (tk.start() >= start && (tk.tag().startsWith("nr") || tk.tag().startsWith("ns") || tk.tag().startsWith("nt")
                    || tk.tag().startsWith("nz")) && !DESCRIPTORS.contains(tk.text())) {
                return true;
            }
            i = Math.max(i + 1, tk.end());
        }
        return false;
    }

    /** A designation's words before a works' word: 示范, 重点, 重大, 试点, 标杆. */
    private static final Pattern DESIGNATION_WORD = Pattern.compile("(?:示范|重点|重大|试点|标杆|样板)(?:性)?(?:产业)?$");

    /**
     * A clause opening with 作为 and ending in a designation of works and a comma (作为某集团与某区政府合作示范项目，某中心…):
     * it says what the clause's subject after the comma is, and names no works of its own.
     */
    private static boolean designationOfWhatFollows(ArticleText t, int suffixStart, int end) {
        if (end + 1 >= t.length() || "，,".indexOf(t.charAt(end)) < 0 || !DESIGNATION_WORD.matcher(t.slice(Math.max(0, suffixStart - 6), suffixStart)).find()
                || "该这此其它项".indexOf(t.charAt(end + 1)) >= 0) {
            return false; // (作为某某示范项目，该项目…: the subject points back, the phrase is the only name said)
        }
        int clause = t.clauseStart(suffixStart);
        while (clause < suffixStart && Character.isWhitespace(t.charAt(clause))) {
            clause++;
        }
        return t.view().startsWith("作为", clause);
    }

    /** Adverbs that only a plural subject takes: 纷纷, 竞相. */
    private static final Pattern MANY_AFTER = Pattern.compile("纷纷|竞相");
    private static final Pattern COUNT_AFTER = Pattern.compile(NUMBER + "(?:个|项)|(?:有|共|共有|达)" + NUMBER + "(?:个|项)(?=[，,。；;、)）]|$)");
    private static final Pattern BRACKETED_PHASE = Pattern.compile("[(（][一二三四五六七八九十\\d]+期[)）]");

    /** Where a road or line runs, right after the works' name: 西起某路, 东至某路, 起于, 全长 (the segmenter may read a name there). */
    private static final Pattern ROUTE_AFTER = Pattern.compile("[东西南北]起|[东西南北]至|起于|起自|全长");

    /** A noun starts at {@code i}, as one word of the segmenter's. */
    private static boolean nounAt(ArticleText t, int i) {
        var tk = t.tokenAt(i);
        return tk != null && tk.start() == i && tk.tag().startsWith("n") && ArticleText.isHan(t.charAt(i))
                && !PARTS_OF_WORKS.contains(tk.text())
                && !(tk.text().equals("计划") && t.view().startsWith("投资", tk.end())); // 某某工程|计划投资, not 某某工程计划
    }

    /**
     * Parts, sites and measures of a works after its name (某某工程|主坝, 某某工程|工地, 某某工程|总投资3亿元,
     * 某某工程|全长5公里): the noun is the works', not 工程 a modifier.
     */
    private static final java.util.Set<String> PARTS_OF_WORKS = java.util.Set.of("主坝", "大坝", "坝址", "主体", "工地", "现场",
            "厂房", "标段", "隧洞", "渠首", "取水口", "总投资", "投资额", "概算", "工期", "总工期", "造价", "总造价",
            "全长", "总长", "进度", "占地面积", "建筑面积", "总面积");

    /**
     * 新建某某项目 → 某某项目, 某某产业园新建某某项目 → 某某项目: the verb of building and what comes
     * before it are no part of the name (when what is left is one).
     */
    private static int skipStage(ArticleText t, int start, int end) {
        Matcher m = STAGE.matcher(t.slice(start, end));
        int after = start;
        while (m.find()) {
            if (m.start() > 0 && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), start + m.start()) != null) {
                continue; // 某某有限公司新建|甲项目: the company's name and its stage are the project's fullest name
            }
            after = start + m.end();
        }
        if (after == start && t.view().startsWith("建设", start) && t.isTokenBoundary(start + 2)) {
            after = start + 2; // 建设|某产业园项目: the verb opening the phrase (not 城市建设 inside a name)
        }
        return end - after >= 2 ? after : start;
    }

    /**
     * A description of what is built (高端伺服电机, 年产5万吨锂电隔膜) is a project's name when the
     * sentence says whose project it is: 某某公司(投资建设)的…, 某某产业园的….
     */
    private static boolean ownedDescription(ArticleText t, ArticleFacts facts, int start, int suffixStart) {
        int specific = NameChecks.specific(t.slice(start, suffixStart)).length();
        if (suffixStart - start < 3 || specific < 2 || start == 0 || t.charAt(start - 1) != '的') {
            return false;
        }
        Span sentence = t.sentenceAt(start);
        List<Entity> owners = new ArrayList<>(facts.within(sentence, EntityType.ENTERPRISE));
        owners.addAll(facts.within(sentence, EntityType.PARK));
        for (Entity e : owners) {
            for (Span m : e.mentions()) {
                // plain words (生态农业示范) name the works only with the sum the company puts in: 某集团总投资5亿元建设的|…
                if (m.end() <= start && (specific >= 3 ? OWNED : OWNED_WITH_SUM).matcher(t.slice(m.end(), start)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 类项目3个：0.5亿元的医疗器械生产项目、…: a sum opening a list's item and 的, right before plain words of what is made
     * or done: the item is one project the sum is stated for, however plain its words.
     */
    private static final Pattern MONEY_WORDS = Pattern.compile("投资|融资|资金|债券|贷款|补助");

    private static boolean sumOpensItem(ArticleText t, int start, int suffixStart) {
        if (suffixStart - start < 4 || NameChecks.specific(t.slice(start, suffixStart)).length() < 2
                || MONEY_WORDS.matcher(t.slice(start, suffixStart)).find()) {
            return false; // 10亿元的固定资产投资项目: a statistic of money, no works
        }
        Matcher sum = ProjectFactRules.LISTED_AMOUNT.matcher(t.view()).region(Math.max(0, start - 12), start);
        while (sum.find()) {
            if (sum.end() == start && t.charAt(start - 1) == '的' && "：:、".indexOf(t.charAt(sum.start() - 1)) >= 0) {
                return true;
            }
        }
        // 。总投资27亿元的|某某制某某项目已…: the clause opens with the works' sum, and what it is stated for is one works
        Matcher opening = SUM_OPENS_CLAUSE.matcher(t.view()).region(Math.max(0, start - 20), start);
        while (opening.find()) {
            int before = opening.start();
            while (before > 0 && Character.isWhitespace(t.charAt(before - 1)) && t.charAt(before - 1) != '\n') {
                before--;
            }
            if (opening.end() == start && (before == 0 || "。；;，,\n".indexOf(t.charAt(before - 1)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** A sum invested and 的, right before a name (总投资27亿元的, 投资5000万元的): at a clause's opening, see {@link #sumOpensItem}. */
    private static final Pattern SUM_OPENS_CLAUSE = Pattern.compile(
            "(?:总投资|投资)(?:约|达|超)?\\d+(?:\\.\\d+)?(?:亿|万)?元(?:人民币)?的");

    /** A company's plan, a sum and the verb that builds, right before what is built (计划在新区投资100亿元建设|). */
    private static final Pattern INVESTS_TO_BUILD = Pattern.compile(
            "(?:计划|拟|将)?(?:在[^，。；,;]{1,8}?)?投资(?:约|达)?\\d+(?:\\.\\d+)?(?:亿|万)?元(?:人民币)?(?:建设|打造|兴建|新建)");

    /**
     * 某集团计划在新区投资100亿元建设智慧科技园项目: a company that invests a sum to build a park or a
     * facility names its project by it, however plain its words (what a name of its own would say is
     * said by the company and the sum).
     */
    private static boolean investedBuild(ArticleText t, ArticleFacts facts, int start, int suffixStart) {
        String built = t.slice(start, suffixStart);
        String suffix = Lexicons.PROJECT_SUFFIXES.prefixAt(t.view(), suffixStart);
        int after = suffix == null ? suffixStart : suffixStart + suffix.length();
        if (after < t.length() && "和与及、".indexOf(t.charAt(after)) >= 0) {
            return false; // 投资100亿元建设甲项目和乙项目: the sum is both's, and what is built a list
        }
        if (built.length() < 4 || built.contains("的") || Lexicons.PARK_SUFFIXES.suffixAt(built, built.length()) == null
                && Lexicons.FACILITY_SUFFIXES.suffixAt(built, built.length()) == null || onlyField(t, start, suffixStart)) {
            return false;
        }
        int clause = t.clauseStart(start);
        for (Entity e : facts.within(new Span(clause, start), EntityType.ENTERPRISE)) {
            for (Span m : e.mentions()) {
                if (m.start() >= clause && m.end() < start && INVESTS_TO_BUILD.matcher(t.view()).region(m.end(), start).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name whose walk back stopped inside the company it opens with (cut by the length limit:
     * 某某|半导体科技有限公司年产…项目, or at a word inside the company's name) starts where the company's
     * legal name starts: a name never opens inside another.
     */
    private static int backToCompanyOpening(ArticleFacts facts, int start, int suffixStart) {
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() < start && start < m.end() && m.end() < suffixStart && suffixStart - m.start() <= 2 * MAX_NAME
                        && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(facts.text().view(), m.end()) != null) {
                    return m.start();
                }
            }
        }
        return start;
    }

    /**
     * Verbs that only carry the noun after them (进行项目对接, 开展项目洽谈): the predicate of a clause, never
     * words of a project's name, whatever the segmenter tagged them.
     */
    private static final java.util.Set<String> DUMMY_VERBS = java.util.Set.of("进行", "开展", "加以", "予以", "给予", "作出", "做出",
            // verbs of lying next to something: 某乡毗邻|甲项目, the subject a place, the object the works
            "毗邻", "紧邻", "邻近", "靠近", "紧靠", "临近");

    /** 来到某公司进行|项目对接, 某乡毗邻|甲项目: a name starts after a dummy verb or one of lying next to inside the walk back. */
    private static int afterDummyVerb(ArticleText t, int start, int suffixStart) {
        int after = start;
        for (int i = start; i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            if (DUMMY_VERBS.contains(tk.text()) && tk.end() <= suffixStart && !t.view().startsWith("空间", tk.end())) { // (临近空间: near space, a field)
                after = tk.end();
            }
            i = tk.end();
        }
        return after;
    }

    /**
     * 某某有限公司年产2000万条膜袋项目, 某某有限公司物流服务项目: a name that opens with a company's full
     * name and goes on to say what it builds is that company's project, whatever words follow.
     */
    private static boolean companyPrefixed(ArticleFacts facts, int start, int suffixStart) {
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() == start && suffixStart - m.end() >= 3
                        && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(facts.text().view(), m.end()) != null) {
                    return true;
                }
            }
        }
        return namedAfterCompanyInText(facts.text(), start, suffixStart);
    }

    /**
     * 远通集团投资建设的远通|总部项目: the name opens with a word the article also writes with a
     * company's legal form (远通集团), so it is named after that company, whether or not the
     * company has been found yet.
     */
    private static boolean namedAfterCompanyInText(ArticleText t, int start, int suffixStart) {
        String v = t.view();
        for (int len = Math.min(6, suffixStart - start - 2); len >= 2; len--) {
            String word = v.substring(start, start + len);
            for (int at = v.indexOf(word); at >= 0; at = v.indexOf(word, at + 1)) {
                String legal = at == start ? null : Lexicons.ENTERPRISE_SUFFIXES.prefixAt(v, at + len);
                if (legal != null && legal.length() >= 2 && t.isTokenBoundary(at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs of building, owning or funding a project (某某公司投资建设的…, 由某某公司打造, 某某公司独资的…). */
    static final String BUILDING_VERBS = "投资|投建|建设|建造|打造|实施|新建|开发|兴建|独资|合资";
    /** The sum a company states it puts in: 总投资5亿元, 投资约3000万元. */
    static final String STATED_SUM = "总?投资(?:约|达)?\\d+(?:\\.\\d+)?(?:亿|万)?元(?:人民币)?";
    private static final Pattern OWNED = Pattern.compile("^(?:" + STATED_SUM + ")?(?:" + BUILDING_VERBS + ")*的$");
    private static final Pattern OWNED_WITH_SUM = Pattern.compile("^" + STATED_SUM + "(?:" + BUILDING_VERBS + ")+的$");

    /** A type word opening the phrase (综合型, 一座创新型): a description of the works. */
    private static final Pattern KIND_OF = Pattern.compile("(?:[一两三四五六七八九十\\d]+[座个处项条])?\\p{IsHan}{2,3}型");

    /** A year written without 年 before the words of a name (2023某地): not a quantity (2000吨). */
    private static final Pattern BARE_YEAR = Pattern.compile("(?:19|20)\\d{2}(?=[\\p{IsHan}])(?![年度万亿千百吨兆瓦平方米亩台套辆个件只头元户张座间家人条项])");

    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:\\d{4}年(?:度)?)?(?:\\d{1,2}月(?:份)?)?(?:\\d{1,2}日)?(?:上旬|中旬|下旬|底|初)?"
            + "(?:(?:今年|去年|明年)?(?:第?[一二三四]季度|前三季度|上半年|下半年))?");

    /** 2024年江苏省重大项目, 10月某某二期项目 → the date is not part of a name. */
    private static int skipYear(ArticleText t, int start, int end) {
        Matcher m = LEADING_DATE.matcher(t.slice(start, end));
        return m.find() && m.end() > 0 && end - start - m.end() >= 2 ? start + m.end() : start;
    }

    /** A zone's word of a place's part, two to four characters ending in 区 (西扩区, 南片区, 北区). */
    private static final Pattern ZONE_WORD = Pattern.compile("\\p{IsHan}{1,3}区");

    /**
     * 及西扩区|辽宁某某石油化工项目: a zone's word, then a province's name opening a company's works: the zone says
     * where the works are, the name starts at the province (as 某市|某省某公司… does).
     */
    static int atProvinceAfterZoneWord(ArticleText t, int start, int end) {
        Matcher zone = ZONE_WORD.matcher(t.view()).region(start, end);
        if (!zone.lookingAt() || org.localkg.resolve.Divisions.get().regionAt(t.view(), start) != null) {
            return start;
        }
        return OrganizationRecognizer.provinceOpensAt(t, zone.end(), end, 4) ? zone.end() : start;
    }

    /** A sum of money before a name qualifies it (签订的|10亿元|甲项目): it is no part of the name. */
    private static final Pattern LEADING_AMOUNT = Pattern.compile("^\\d+(?:\\.\\d+)?(?:亿|万)(?:美)?元(?:人民币)?(?:的)?");

    private static int skipAmount(ArticleText t, int start, int end) {
        Matcher m = LEADING_AMOUNT.matcher(t.slice(start, end));
        return m.find() && end - start - m.end() >= 2 ? start + m.end() : start;
    }

    /** Verbs saying how far works have got: no project's name holds one. */
    private static final java.util.Set<String> PROGRESS_VERBS = java.util.Set.of("完成", "进行", "开展", "实现", "加快", "推进");

    /**
     * 某某高速|完成|土建工程, 某某水库|完成|主体工程: a verb of progress inside what the walk back took
     * says what the works before it have done; the name, if any, is what follows it (generic here, so none).
     */
    private static int afterProgressVerb(ArticleText t, int start, int suffixStart) {
        return afterLastWord(t, start, suffixStart, tk -> tk.tag().startsWith("v") && !tk.tag().equals("vn")
                && (PROGRESS_VERBS.contains(tk.text()) || tk.text().startsWith("已") && PROGRESS_VERBS.contains(tk.text().substring(1)))
                && tk.end() < suffixStart);
    }

    /** Adverbs that modify a clause's predicate (仅, 都, 已经): no name holds one. */
    private static final java.util.Set<String> CLAUSE_ADVERBS = java.util.Set.of(
            "仅", "仅仅", "只", "就", "都", "也", "均", "已", "已经", "亦", "才", "还", "仍", "正在");

    /**
     * 全县仅光伏发电项目的装机…: an adverb inside what the walk back took belongs to the clause (the
     * subject before it, the predicate after), so the name, if any, is what follows it.
     */
    private static int afterClauseAdverb(ArticleText t, int start, int suffixStart) {
        return afterLastWord(t, start, suffixStart, tk -> tk.start() > start && tk.end() <= suffixStart && tk.tag().equals("d")
                && CLAUSE_ADVERBS.contains(tk.text()));
    }

    /**
     * 视察组充分肯定|某区项目建设: an adverb of manner and the verb it modifies (充分肯定, 高度评价) inside what the
     * walk back took are a clause's predicate; a name, if any, is its object after them.
     */
    private static int afterAdverbAndVerb(ArticleText t, int start, int suffixStart) {
        return afterLastWord(t, start, suffixStart, verb -> {
            Token adverb = verb.start() > start ? t.tokenAt(verb.start() - 1) : null;
            return verb.tag().equals("v") && verb.text().length() >= 2 && verb.end() < suffixStart && adverb != null
                    && adverb.end() == verb.start() && adverb.start() >= start && adverb.tag().equals("ad");
        });
    }


    /** Verbs whose object is a project: who signs, builds or invests in it comes before them. */
    private static final java.util.Set<String> SIGNING_OR_BUILDING = java.util.Set.of(
            "签订", "签署", "签约", "建设", "投建", "兴建", "投资建设", "开工建设", "启动建设");
    /** What 建设 opens as a name of its own: 建设路, 建设西路, 建设大街, 建设银行. */
    private static final Pattern NAMED_AFTER_BUILDING = Pattern.compile("[东西南北中]?(?:路|街|大街|大道|巷|桥|广场|小区)|银行|村|社区"
            + "|[东西南北中](?:区|片区|侧)"); // 某小区建设|北区二期工程: a part of the place before, not a name of its own
    /** Words of more than one thing (甲和乙两个项目): the object is a list, which the list stage reads. */
    private static final Pattern SEVERAL = Pattern.compile("[和与及、]|[\\d两二三四五六七八九十]+个");

    /** A verb of signing (a verb to the tagger) inside [start, suffixStart), with words after it: a clause, no name. */
    private static boolean signingInside(ArticleText t, int start, int suffixStart) {
        for (int i = start; i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && tk.tag().equals("v") && SIGNING.contains(tk.text()) && tk.end() < suffixStart) {
                return true;
            }
            i = tk == null ? i + 1 : Math.max(i + 1, tk.end());
        }
        return false;
    }

    private static final java.util.Set<String> SIGNING = java.util.Set.of("签订", "签署", "签约");

    /**
     * 某公司与某开发区签订|某某工厂项目, 某集团在某园区投资建设|某某产业园项目: a verb of signing or building
     * inside what the walk back took (a verb or verbal noun to the tagger) is the clause's predicate, its
     * subject before it; the name is its object, four characters or more that make a project's name.
     */
    private static int afterSigningOrBuilding(ArticleText t, int start, int suffixStart) {
        return afterLastWord(t, start, suffixStart, tk -> tk.tag().startsWith("v") && SIGNING_OR_BUILDING.contains(tk.text())
                && suffixStart - tk.end() >= 4 && !NAMED_AFTER_BUILDING.matcher(t.view()).region(tk.end(), suffixStart).lookingAt()
                && !SEVERAL.matcher(t.view()).region(tk.end(), suffixStart).find() && isProjectName(t, tk.end(), suffixStart));
    }

    /**
     * 在某某产业基地|建设|甲及乙平台项目: a park the walk back took, then a verb of building, is where the works go
     * and the verb the predicate; the name is what follows (two characters or more), a list or not.
     */
    private static int afterBuildingInPark(ArticleText t, ArticleFacts facts, int start, int suffixStart) {
        if (!zaiWithin(t, start, suffixStart)) {
            return start; // most names hold no 在: no walk over the parks
        }
        for (Entity park : facts.entities()) {
            if (!park.is(EntityType.PARK)) {
                continue;
            }
            for (Span m : park.mentions()) {
                if (m.start() < start || m.end() >= suffixStart || m.start() == 0 || t.charAt(m.start() - 1) != '在') {
                    continue;
                }
                Token verb = t.tokenAt(m.end());
                if (verb != null && verb.start() == m.end() && BasesBuiltIn.BUILDING_VERBS.contains(verb.text()) && suffixStart - verb.end() >= 2
                        && t.charAt(verb.end()) != '了') {
                    return verb.end();
                }
            }
        }
        return start;
    }

    /** 在, a base's words, maybe its part, and a verb of building (在某集团某某产业基地|建设|). */
    private static final Pattern BUILT_IN_BASE = Pattern.compile(
            "在[^，。；、,;:：\\s的在]{2,16}?基地(?:核心区|园区|内)?(?:" + String.join("|", BasesBuiltIn.BUILDING_VERBS) + ")");

    /**
     * 某集团在某集团某某产业基地建设|甲项目: a base, a park or not (a company's own), then a verb of building: the
     * name is what the verb builds, two characters or more, not after 了.
     */
    private static int afterBuildingInBase(ArticleText t, int start, int suffixStart) {
        if (!zaiWithin(t, start, suffixStart)) {
            return start;
        }
        Matcher m = BUILT_IN_BASE.matcher(t.view()).region(Math.max(0, start - 1), suffixStart);
        int after = start;
        while (m.find()) {
            if (suffixStart - m.end() >= 2 && t.charAt(m.end()) != '了' && t.isTokenBoundary(m.end())) {
                after = m.end();
            }
        }
        return after;
    }

    /** 在 stands in the words the walk back took, or right before them. */
    private static boolean zaiWithin(ArticleText t, int start, int suffixStart) {
        return t.view().lastIndexOf('在', suffixStart - 1) >= Math.max(0, start - 1);
    }

    /**
     * 确保|某某项目按期投产, 力争|某某工程年内完工: a verb that governs projects (the governing-verbs
     * lexicon), inside what the walk back took, is the clause's predicate when a name follows it; the
     * name is what follows. With no name after it (紧盯项目) the phrase stays whole, a slogan.
     */
    private static int afterGoverningVerb(ArticleText t, int start, int suffixStart) {
        for (int i = start; i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            // (a verbal noun too after an adverb that makes it the clause's verb: 全力|保障/vn|某某项目)
            if (tk.start() == i && tk.tag().startsWith("v") && (!tk.tag().equals("vn") || adverbBefore(t, tk.start())) && tk.text().length() >= 2
                    && Lexicons.GOVERNING_VERBS.contains(tk.text()) && isProjectName(t, tk.end(), suffixStart)
                    && (NameChecks.namesPlace(t, tk.end(), suffixStart) || taggedProper(t, tk.end(), suffixStart)
                        || YEARLY_OUTPUT.matcher(t.view()).region(tk.end(), suffixStart).lookingAt())) {
                return tk.end();
            }
            i = Math.max(i + 1, tk.end());
        }
        return start;
    }

    /** A yearly output opening a works' name (正在实施|年产10万吨某某项目): what it makes says which works it is. */
    private static final Pattern YEARLY_OUTPUT = Pattern.compile("年(?:产|生产|加工|处理)(?:能力)?\\d");

    /** The word right before {@code at} is an adverb of two characters or more (全力, 加快地). */
    private static boolean adverbBefore(ArticleText t, int at) {
        Token before = at > 0 ? t.tokenAt(at - 1) : null;
        return before != null && before.end() == at && (before.tag().equals("d") || before.tag().equals("ad")) && before.text().length() >= 2;
    }

    /** A word the segmenter tags a person's, place's or body's name within [from, to) (nz also tags terms: 科创, 高铁). */
    private static boolean taggedProper(ArticleText t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && tk.end() <= to && (tk.tag().startsWith("nr") || tk.tag().startsWith("ns")
                    || tk.tag().startsWith("nt"))) {
                return true;
            }
        }
        return false;
    }

    /** What a stated capacity says it makes or handles a year or a day: 年产, 日处理. */
    static final String CAPACITY_VERB = "(?:年|日)(?:产|处理|加工|生产|屠宰)(?:能力)?(?:达)?";
    /** A stated capacity's amount and unit: 1.5万吨, 80多万吨, 30台. */
    static final String CAPACITY_AMOUNT = "[\\d.]+(?:多|余)?[万千百亿]?(?:吨|件|台|套|辆|平方米|立方米|千瓦|兆瓦|片|只|头|条)";
    private static final Pattern CAPACITY_OF = Pattern.compile(CAPACITY_VERB + CAPACITY_AMOUNT + "[^，。、,；;的\\s]{0,8}的$");

    /**
     * 某公司日处理900吨某原料的|某生产线项目, 年产1万吨的|某材料二期项目: a capacity that the walk back
     * stopped at 的 after is the opening of the project's name, with what heads it (the company). A
     * capacity of what it uses up (年消耗…的) describes the project and stays out.
     */
    private static int acrossCapacityOf(ArticleText t, int start, int suffixStart) {
        if (start < 6 || t.charAt(start - 1) != '的') {
            return start;
        }
        int from = Math.max(0, start - 24);
        Matcher m = CAPACITY_OF.matcher(t.view()).region(from, start);
        int capacity = -1;
        while (m.find()) {
            if (m.end() == start) {
                capacity = m.start();
                break;
            }
        }
        if (capacity < 0) {
            return start;
        }
        int head = NameBoundary.skipLeadingStopWords(t, NameBoundary.startOf(t, capacity, MAX_NAME, true), capacity);
        return suffixStart - head <= 2 * MAX_NAME ? head : capacity;
    }

    /**
     * A company's facility named by its capacity and product, without 项目: 某某有限公司1.5万吨某材料生产线,
     * 某某公司年产10万吨某某车间. The company, the amount and the product say which works it is, as a
     * project's name does; a line named by its product alone (豆油生产线) is a part of one.
     */
    private static void capacityFacilities(ArticleText t, ArticleFacts facts) {
        for (Entity company : new java.util.ArrayList<>(facts.entities())) {
            if (!company.is(EntityType.ENTERPRISE)) {
                continue;
            }
            for (Span m : company.mentions()) {
                Matcher f = CAPACITY_FACILITY.matcher(t.view()).region(m.end(), Math.min(t.length(), m.end() + 36));
                // (…建设项目一期生产车间: a phase's building of a project already named, no works of its own)
                if (f.lookingAt() && Lexicons.PROJECT_SUFFIXES.prefixAt(t.view(), f.end()) == null && !t.slice(f.start(), f.end()).contains("项目")
                        && (f.end() == t.length() || !ArticleText.isHan(t.charAt(f.end())) || "等和及与".indexOf(t.charAt(f.end())) >= 0)) {
                    facts.mention(EntityType.PROJECT, new Span(m.start(), f.end()));
                }
            }
        }
    }

    /**
     * 重点建设投资30亿元的100万吨某某管，投资5亿元的10万吨某某铁: what a stated sum builds, named by its
     * capacity and its product alone, up to the clause's end or the next item, is a works of its own.
     */
    private static void investedCapacities(ArticleText t, ArticleFacts facts) {
        Matcher m = INVESTED_CAPACITY.matcher(t.view());
        while (m.find()) {
            Span s = new Span(m.start(1), m.end(1));
            if (!facts.claimed(s)) {
                facts.mention(EntityType.PROJECT, s);
            }
        }
    }

    /**
     * 某某热电有限公司投资3亿元建设了某某秸秆发电厂: what a company spends a stated sum to build, named by a
     * built thing's word (电厂, 中心, 基地) up to the clause's end, is a works of its own, 项目 or not: the company and
     * the sum say it is built, as 项目 would.
     */
    private static void investedFacilities(ArticleText t, ArticleFacts facts) {
        for (Entity company : new java.util.ArrayList<>(facts.entities())) {
            if (!company.is(EntityType.ENTERPRISE) || company.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : company.mentions()) {
                Matcher f = SUM_THEN_BUILT.matcher(t.view()).region(m.end(), Math.min(t.length(), m.end() + 50));
                if (!f.lookingAt()) {
                    continue;
                }
                Span built = new Span(f.start(1), f.end(1));
                String name = t.slice(built.start(), built.end());
                String kind = Lexicons.FACILITY_SUFFIXES.suffixAt(name, name.length());
                if (kind != null && name.length() - kind.length() >= 2 && t.isTokenBoundary(built.start())
                        && NameChecks.specific(name.substring(0, name.length() - kind.length())).length() >= 2
                        && !plainWordsOnly(t, built.start(), built.end())
                        && !facts.claimed(built) && !commonBuilding(t, built)) {
                    facts.mention(EntityType.PROJECT, built);
                }
            }
        }
    }

    /**
     * Every word of {@code [start, end)} is a common word of the dictionary (研发中心, 企业|技术中心): a kind of building,
     * which a company's own works would name by a place or a proper word.
     */
    private static boolean plainWordsOnly(ArticleText t, int start, int end) {
        for (int i = start; i < end; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > end || t.dictionaryTags(tk.text()).isEmpty() && !tk.tag().equals("nis")
                    || !PLAIN_TAGS.contains(tk.tag())) {
                return false;
            }
            i = tk.end();
        }
        return end > start;
    }

    private static final java.util.Set<String> PLAIN_TAGS = java.util.Set.of("n", "vn", "v", "vi", "a", "an", "b", "nis");

    /** After a company: a stated sum, a verb of building, then a name up to the clause's end. */
    private static final Pattern SUM_THEN_BUILT = Pattern.compile("(?:计划|拟|将|已)?投资(?:约|达)?[\\d.]+(?:多|余)?[亿万]?元(?:人民币)?"
            + "(?:建设|兴建|新建|建成|投建)了?([^了，。、,；;：:的和及与\\s\\d][^，。、,；;：:的和及与\\s\\d]{3,19}?)(?=[，。,；;]|$)");

    /** 投资N亿元的, a capacity, a product of two to ten characters with no clause word, then a list's or clause's end. */
    private static final Pattern INVESTED_CAPACITY = Pattern.compile("投资[\\d.]+(?:多|余)?[亿万]?元的("
            + CAPACITY_AMOUNT.replace("|平方米|立方米", "") + "[^，。、,；;：:的已将在了是和及与\\s\\d]{2,10}?)(?=[，。、,；;]|以及|和|及)");

    /** After a company: a capacity, what it makes (two or more characters, no clause word) and a facility's word. */
    private static final Pattern CAPACITY_FACILITY = Pattern.compile("(?:" + CAPACITY_VERB + ")?"
            + CAPACITY_AMOUNT.replace("|条)", ")").replace("|平方米|立方米", "") + "[^，。、,；;的已将在了和及与\\s\\d]{2,16}?(?:生产线|生产车间|车间|生产基地|工厂)");

    /**
     * 甲项目，乙工程，丙工程5个分会场: a count right after the last item of a list, and a noun after the
     * count, counts the list's items (as 等5个项目 does), not projects of the last item's kind.
     */
    private static boolean countsTheList(ArticleText t, int start, int countEnd) {
        return start > 0 && "、，,".indexOf(t.charAt(start - 1)) >= 0 && countEnd < t.length() && ArticleText.isHan(t.charAt(countEnd));
    }

    /** A project's name does not open with the name of a person the article knows (陈金虎希望项目方…). */
    private static boolean opensWithPerson(ArticleFacts facts, ArticleText t, int start) {
        for (Entity e : facts.entities()) {
            if (e.type().isPerson() && t.view().startsWith(e.form(), start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A size of what is built (2×700MW, 20万千瓦, 1000台): a works of that size is one works, so a kind's
     * word at the end (某地2×700MW发电示范项目) no longer makes the name a designation.
     */
    private static final Pattern SIZED = Pattern.compile("\\d(?:[\\d.]|[×xX*]\\d)*(?:多|余)?[万千百亿]?(?:吨|台|套|辆|千瓦|兆瓦|MW|GW|kW|KW|立方米|平方米)");

    /**
     * The name follows 的 in a clause that opens with 是 and names no region (甲项目，是填补空白的|延链补链项目): a
     * predicate classifying the clause before, not a name (the tagger's proper nouns, 延链/nr, are no sign here).
     */
    private static boolean classifiedAfterCopula(ArticleText t, int start, int suffixStart) {
        if (start == 0 || t.charAt(start - 1) != '的') {
            return false;
        }
        for (int i = start; i < suffixStart; i++) {
            String region = t.isTokenBoundary(i) ? org.localkg.resolve.Divisions.get().regionAt(t.view(), i) : null;
            if (region != null && region.length() >= 2) {
                return false; // 是某地的某某项目: a name with its place
            }
        }
        // the predicate ends its clause: what the subject is, nothing said of the name after it
        String suffix = Lexicons.PROJECT_SUFFIXES.prefixAt(t.view(), suffixStart);
        int end = suffixStart + (suffix == null ? 0 : suffix.length());
        if (t.view().startsWith("之一", end)) {
            end += 2; // 是…的延链补链项目之一: one of the kind, still the kind
        }
        if (end < t.length() && "，,。；;！？!?\n".indexOf(t.charAt(end)) < 0) {
            return false;
        }
        // the clause, or one of the two before it in the sentence (是填补某某空白，促进某某发展的|延链补链项目), opens
        // with 是 right after a project's name (甲项目，是…): a project said to be of a kind
        int clause = t.clauseStart(start);
        int sentence = t.sentenceAt(start).start();
        for (int k = 0; k < 3 && clause > sentence; k++) {
            Token first = t.tokenAt(clause);
            if (first != null && first.start() == clause && first.tag().equals("vshi")) {
                String before = t.slice(sentence, clause).replaceAll("[，,\\s]+$", "");
                return Lexicons.PROJECT_SUFFIXES.suffixAt(before, before.length()) != null
                        && !NameBoundary.STATED_SUM.matcher(t.slice(clause, start)).find(); // 是总投资20亿元的甲项目 names it
            }
            clause = t.clauseStart(clause - 1);
        }
        return false;
    }

    /** Words that pick out some of a kind (重点企业, 相关单位, 各类园区): after them comes a kind, not a name. */
    private static final List<String> KIND_OPENERS = List.of("重点", "相关", "有关", "各类", "各", "部分", "骨干", "龙头", "规上");

    private static boolean opensWithKindWord(ArticleText t, int at) {
        return KIND_OPENERS.stream().anyMatch(w -> t.view().startsWith(w, at));
    }

    /**
     * A conjunction after a park's or an area's word (片区), and after it common words that open with a word
     * that picks out some of a kind (某片区及|重点企业项目): two things listed, not one name (某高新区及周边道路改造工程 is one).
     */
    private static boolean parkAndKindJoined(ArticleText t, int start, int suffixStart) {
        for (int j = start + 2; j < suffixStart - 2; j++) {
            Token c = t.tokenAt(j);
            if (c != null && c.start() == j && c.end() == j + 1 && "及和与".indexOf(t.charAt(j)) >= 0 && c.tag().startsWith("c")
                    && (Lexicons.PARK_SUFFIXES.suffixAt(t.view(), j) != null || "区园".indexOf(t.charAt(j - 1)) >= 0)
                    && commonWordsOnly(t, j + 1, suffixStart, 6) && opensWithKindWord(t, j + 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code [from, to)} is empty, or a place or park and nothing else. */
    private static boolean onlyPlaceBefore(ArticleText t, int from, int to) {
        String before = t.slice(from, to);
        return before.isEmpty() || org.localkg.resolve.Divisions.get().isPlace(before)
                || Lexicons.PARK_SUFFIXES.suffixAt(before, before.length()) != null;
    }

    /**
     * {@code [from, to)} is acts only, two or more, each a verb of two characters holding its object (出城/vi) or a
     * verb of one and its object of one (入/v 园/ng): what is to be done, no works' name (河/n 湖/n 泡/v 塘/ng 连通/v,
     * nouns first, names works).
     */
    private static boolean actsOnly(ArticleText t, int from, int to) {
        int acts = 0;
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > to || !ACT_TAGS.contains(tk.tag())) {
                return false;
            }
            if (tk.text().length() == 1) {
                Token object = t.tokenAt(tk.end());
                if (object == null || object.start() != tk.end() || object.end() > to || object.text().length() != 1
                        || !object.tag().startsWith("n")) {
                    return false;
                }
                i = object.end();
            } else if (tk.text().length() == 2) {
                i = tk.end();
            } else {
                return false;
            }
            acts++;
        }
        return acts >= 2;
    }

    private static final java.util.Set<String> ACT_TAGS = java.util.Set.of("v", "vi", "vf");

    /** A phase and a size, nothing else: 一期350兆瓦, 二期10万吨. */
    private static final Pattern PHASE_AND_CAPACITY = Pattern.compile(
            "[一二三四五六七八九十]期(?:年产)?[\\d.]+[万亿千百]?(?:兆瓦|千瓦|瓦|吨|万吨|平方米|亩|台|套|件|GW|MW|kW)?");
    private static final Pattern COUNTED_QUOTED_CHARACTER = Pattern.compile("[一二三四五六七八九十两\\d][“\"]\\p{IsHan}[”\"]$");

    /** Two kinds of party, abbreviated, and their working together (央地合作, 校企合作, 政企合作): a kind of works. */
    private static final Pattern PARTIES_COOPERATING = Pattern.compile("(?:央地|校地|校企|政企|银企|院地|军地|村企|中外|省市|市县)合作");

    /** A time right before 项目 (4月份, 2024年, 一季度, 上半年): the works of that time, whatever place comes before. */
    private static final Pattern TIME_BEFORE_THE_WORD = Pattern.compile(
            "(?:\\d{2,4}年度?|(?:\\d+|[一二三四五六七八九十]+)月份?|[一二三四1-4]季度|[上下]半年)$");

    /** Verbs of giving right before 项目, whose object it is (提供|项目支撑, 给予|项目扶持). */
    private static final java.util.Set<String> PROVIDING = java.util.Set.of("提供", "给予");

    static boolean isProjectName(ArticleText t, int start, int suffixStart) {
        if (suffixStart - start < 2 || opensWithDegree(t, start) || afterQuantifier(t, start)) {
            return false;
        }
        String part = t.slice(start, suffixStart);
        String bare = QUOTES.matcher(part).replaceAll("");
        if (COUNTED_QUOTED_CHARACTER.matcher(part).find()) {
            return false; // 三“子”项目, 某县两“新”项目: a number and one quoted character abbreviate kinds of works, no name
        }
        if (PARTIES_COOPERATING.matcher(bare).matches()) {
            return false; // 打造央地合作|项目新样板, 校企合作|项目: the kind of parties that work together, no one works
        }
        if (TIME_BEFORE_THE_WORD.matcher(bare).find()) {
            return false; // 某州4月份|项目集中开工, 某市2024年|项目: the projects of a time, no one works
        }
        if (part.contains("其他") || part.contains("其它")) {
            return false; // 道路8610米及其他配套附属设施工程: the others of a list of parts, no one works' name
        }
        if (bare.equals(part) && adjectiveAndField(t, start, suffixStart)) {
            return false; // (做)大|新能源项目, 精深|加工项目: a quality and a field, a kind of works
        }
        if (bare.length() == 2 && bare.equals(part) && commonWord(t, start, suffixStart)) {
            return false; // 高铁项目, 地铁工程: one common word says the kind of works, not which
        }
        if (bare.equals(part) && commonNounThenPhase(t, start, suffixStart)) {
            return false; // 企业二期工程, 厂区一期工程: a phase of the works of whatever the common noun points back to
        }
        if (PHASES_OF_THE_PROJECT.matcher(part).matches()) {
            return false; // 项目一期、二期|工程: the phases of the project just spoken of, no name
        }
        if (PHASE_AND_CAPACITY.matcher(part).matches() && (start == 0 || ArticleText.isBreak(t.charAt(start - 1)))) {
            return false; // 。一期350兆瓦工程占地…: a phase of the works just named, told by its size, no works of its own
        }
        Token last = t.tokenAt(suffixStart - 1);
        if (bare.length() == 2 && bare.equals(part) && last != null && last.start() == suffixStart - 1 && last.tag().equals("v")) {
            return false; // 擂|响|项目建设: two characters ending in a verb are a predicate, its object the 项目 after
        }
        if (last != null && last.end() == suffixStart && PROVIDING.contains(last.text())) {
            return false; // 为某某建设提供|项目支撑: what is given, its object the 项目 after (not 某市提供服务中心项目)
        }
        if (EACH_OF_THEM.matcher(bare).find()) {
            return false; // 某新城各个|项目: each of a place's projects, no one of them
        }
        if (EVENT_JOINED.matcher(part).find()) {
            return false; // 某论坛暨某市重点项目(签约仪式): an event's title, in which 项目 names the signings, no works
        }
        if (predicateOnly(t, start, suffixStart)) {
            return false; // ，深入分析|项目当前存在的问题: a verb alone, its object the 项目 after
        }
        if (classOrField(t, suffixStart) || kindsJoined(t, start, suffixStart) || CODED_DESIGNATION.matcher(part).matches()
                || QUOTED_CODE_ENDING.matcher(part).find()) {
            return false; // 央企类项目, “四大经济”领域项目, 基础设施和社会事业项目, “1311”重大工程项目: kinds of works
        }
        if (bare.endsWith("会场")) {
            return false; // 某大会某地分会场|项目: the projects started at a venue of a ceremony, no one project
        }
        if (bare.equals(part) && actsOnly(t, start, suffixStart)) {
            return false; // 出城入园项目: acts, each a verb and perhaps its one-character object, name a programme
        }
        if (classifiedAfterCopula(t, start, suffixStart)) {
            return false; // 甲工程，是“变废为宝”的|循环经济环保科技项目: what kind of project 甲 is, said of it
        }
        if (parkAndKindJoined(t, start, suffixStart)) {
            return false; // 某自贸区某片区及|重点企业项目: a zone and a kind of projects, joined, name no one project
        }
        if (last != null && last.end() == suffixStart && last.text().length() >= 4 && last.tag().equals("l")
                && onlyPlaceBefore(t, start, last.start())) {
            // (某开发区)有史以来|项目建设: a set phrase (l) after no more than a place says how, never which works;
            // not an idiom (i) nor one acting as a verb or adjective (安居乐业/vl names works)
            return false;
        }
        if (last != null && last.end() == suffixStart && last.start() > start && last.tag().equals("v")
                && Lexicons.GOVERNING_VERBS.contains(last.text())) {
            return false; // 某组来某县开展|项目观摩: a verb that governs projects in general, its object any project
        }
        String genericTail = Lexicons.GENERIC.suffixAt(bare, bare.length());
        if (genericTail != null && (!t.isTokenBoundary(suffixStart - genericTail.length()) || bare.length() != part.length())) {
            genericTail = null; // 社区: 区 is the end of a word, not the generic 区
        }
        if (genericTail != null && genericTail.length() == 1 && verbBefore(t, suffixStart - 1, start)) {
            genericTail = null; // 休闲度假|区项目: a zone for what the verb says, not the district's projects
        }
        if (genericTail != null && genericTail.length() == 1 && facilityWordEnd(bare)) {
            genericTail = null; // 某医院通州院|区项目: the segmenter split the campus word 院区, whose 区 is no district
        }
        if (genericTail != null && NamePhrase.placeBeingBuilt(bare)) {
            genericTail = null; // 某中学新建项目: the new building of the place named, not new projects in general
        }
        if (genericTail != null && !DESCRIPTORS.contains(genericTail) && !SIZED.matcher(bare).find()
                || Lexicons.PROGRAM_HEADS.suffixAt(bare, bare.length()) != null) {
            return false; // 江苏省重大项目, 示范项目: a designation, not a name (深圳某某新材料产业项目 is one)
        }
        if (genericTail != null && !NameChecks.namesPlace(t, start, suffixStart) && !hasProperNoun(t, start, suffixStart)) {
            return false; // 文化创意产业项目, 新兴产业项目: projects of a kind, unless a proper name says which
        }
        String specific = NameChecks.specific(part);
        if (specific.length() < 2) {
            return false;
        }
        if (zoneWordThenCommonWords(t, start, suffixStart, bare)) {
            return false; // 开发区转型项目: the zone's projects of a kind, the zone said by its bare word
        }
        if (bare.equals(part) && onlyField(t, start, suffixStart) && !NameChecks.namesPlace(t, start, suffixStart)) {
            return false; // (建设)新能源项目, 新材料项目: the field the projects are in, not which one (the tagger may call it nz)
        }
        if (bare.equals(part) && commonWordsOnly(t, start, suffixStart, 6)) {
            return false; // 城市建设项目: a kind of works
        }
        if (bare.equals(part) && fieldOfAWideRegion(t, start, suffixStart, bare)) {
            return false; // 新疆能源项目, 某省新能源项目: a province's projects of a field, not one project (a city's may be one)
        }
        if (worksOfAPlace(part + (t.view().startsWith("工程", suffixStart) ? "工程" : ""))) {
            return false; // 某开发区(某区)工程建设项目: the works of a zone or place in general
        }
        String afterPlace = ShortNames.stripRegion(bare);
        if (org.localkg.resolve.Divisions.get().isPlace(bare) || DESCRIPTORS.contains(afterPlace)
                || org.localkg.resolve.Divisions.get().isRegion(afterPlace) && DIVISION_ENDING.matcher(afterPlace).find()) {
            return false; // 某省项目, 某省产业项目, 某市某区项目: the projects of a place, not one project's name
        }
        if (COUNTED.matcher(bare).matches()) {
            return false; // 201个项目: a count of projects
        }
        if (verbGoverningTheBuilding(t, start, suffixStart)) {
            return false; // 精准把握|项目建设黄金期, 要锚定|项目建设目标: 项目建设 is the verb's object, no name before it
        }
        if (COUNTED_IN_WORDS.matcher(bare).matches() && countsItemsBefore(t, start, suffixStart)) {
            return false; // 甲调蓄、乙整治两个水利项目: the count of the list's items, in characters, as 2个 above
        }
        if (COUNT_OPENING.matcher(bare).lookingAt()) {
            return false; // 两份百亿项目, 三个重点项目: how many, then what kind; no name
        }
        Token beforeSuffix = t.tokenAt(suffixStart - 1);
        if (beforeSuffix != null && beforeSuffix.end() == suffixStart && beforeSuffix.tag().equals("t")
                && beforeSuffix.text().chars().noneMatch(Character::isDigit)) {
            return false; // 某某运营及现阶段项目, 今年项目: the projects of a time, not one (2019年项目 may end a name)
        }
        if (KIND_OF.matcher(bare).lookingAt() && !NameChecks.namesPlace(t, start, suffixStart) && !hasProperNoun(t, start, suffixStart)) {
            return false; // 综合型水库工程: a type of works described, not named
        }
        if (bare.endsWith("时期") || bare.endsWith("期间")) {
            return false; // “十五五”时期项目: the projects of a period
        }
        Matcher year = BARE_YEAR.matcher(bare);
        if (year.lookingAt()) {
            String rest = bare.substring(year.end());
            if (Lexicons.PARK_SUFFIXES.suffixAt(rest, rest.length()) != null || rest.endsWith("新城")
                    || org.localkg.resolve.Divisions.get().isPlace(rest)) {
                return false; // 2023某某新城项目: a year's projects of a place or zone, a batch, not one
            }
        }
        if (bare.contains("相关") || WORKS_LISTED.matcher(bare).matches()) {
            return false; // 室外管网工程及相关配套工程: a list of works, not one project's name
        }
        java.util.regex.Matcher phase = PHASE.matcher(bare);
        if (phase.find() && NameChecks.specific(bare.substring(0, phase.start())).length() >= 2) {
            return true; // 某某三期项目: a name and a phase
        }
        boolean proper = NameChecks.namesPlace(t, start, suffixStart) || hasProperNoun(t, start, suffixStart)
                || NameChecks.enterpriseName(bare) && Lexicons.INDUSTRY.suffixAt(bare, bare.length()) != null;
        if (JOINED.matcher(bare).matches() && !proper) {
            return false; // 绿建技术和减碳工艺项目: kinds of projects
        }
        if (INVESTOR_KIND.matcher(bare).matches()) {
            return false; // 政府投资项目, 企业投资项目: projects counted by who invests, none of them named
        }
        // a name must say which project: a proper name, a place, or a description of what is built
        return proper || bare.length() >= 6 && describesWhatIsBuilt(bare);
    }

    /**
     * 某开发区(某区)工程建设, 某县工程: a zone's or a place's name (with a bracketed place) and then only
     * 工程 or 工程建设, which say works in general, or 重点 or 重大 (某高新区重点项目: the zone's key projects, a group).
     * (A zone and 建设 or nothing, 某产业园建设项目, is the zone being built: a project.)
     */
    private static boolean worksOfAPlace(String part) {
        String core = part.replaceAll("[(（][^)）]*[)）]", "");
        for (String works : new String[] {"工程建设", "工程", "重点", "重大"}) {
            if (core.endsWith(works) && core.length() > works.length()) {
                String head = core.substring(0, core.length() - works.length());
                if (Lexicons.PARK_SUFFIXES.suffixAt(head, head.length()) != null || org.localkg.resolve.Divisions.get().isPlace(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One common noun of the dictionary (企业, 公司, 厂区), then a phase: no name says which works. */
    private static boolean commonNounThenPhase(ArticleText t, int start, int suffixStart) {
        Token tk = t.tokenAt(start);
        return tk != null && tk.start() == start && tk.text().length() == 2 && (tk.tag().equals("n") || tk.tag().equals("nis"))
                && !t.dictionaryTags(tk.text()).isEmpty() && PHASE.matcher(t.slice(tk.end(), suffixStart)).matches();
    }

    /**
     * One word from start to end that the segmenter tags no person's, place's or body's name (高铁 is
     * nz and unknown to the dictionary, so the dictionary cannot tell it from a brand: a brand of two
     * characters alone before 项目 is lost, which no annotated article has had).
     */
    private static boolean commonWord(ArticleText t, int start, int end) {
        Token tk = t.tokenAt(start);
        return tk != null && tk.start() == start && tk.end() == end && !tk.tag().startsWith("nr")
                && !tk.tag().startsWith("ns") && !tk.tag().startsWith("nt") && !tk.tag().equals("j");
    }

    /**
     * The name is a verb of three characters or more that builds nothing, perhaps after a pronoun or an adverb
     * (深入分析|项目, 大家深入分析|项目; not 西沟污水处理|项目, a name before it), or holds a verb that makes
     * one thing another (将“黄金周”变成|项目建设“攻坚周”): a predicate whose object is the 项目 after it.
     */
    private static boolean predicateOnly(ArticleText t, int start, int suffixStart) {
        Token last = t.tokenAt(suffixStart - 1);
        if (last != null && last.end() == suffixStart && last.start() >= start && last.tag().equals("v") && last.text().length() >= 3
                && !BUILDING_CHARACTERS.matcher(last.text()).find() && onlyPronounsOrAdverbs(t, start, last.start())) {
            return true;
        }
        if (last != null && last.end() == suffixStart && last.start() > start && last.tag().equals("v") && last.text().length() == 2
                && !BUILDING_CHARACTERS.matcher(last.text()).find() && QUOTED_MANNER.matcher(t.slice(start, last.start())).find()) {
            return true; // (某县运用)“面对面”化解|项目推进的难题: a quoted manner and its verb, whose object the 项目 after is
        }
        for (int i = start; i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk != null && tk.start() >= start && tk.end() <= suffixStart && tk.tag().startsWith("v") && MAKES_INTO.contains(tk.text())) {
                return true;
            }
            i = tk == null ? i + 1 : Math.max(i + 1, tk.end());
        }
        return false;
    }

    /** A quoted phrase ending the words before a verb: (运用)“点对点”. */
    private static final Pattern QUOTED_MANNER = Pattern.compile("[“\"‘'][^”\"’']{1,8}[”\"’']$");

    /** Whether {@code [from, to)} holds pronouns and adverbs only (大家, 认真), or nothing: a verb's subject and manner. */
    private static boolean onlyPronounsOrAdverbs(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > to || !(tk.tag().startsWith("r") || tk.tag().startsWith("d") || tk.tag().equals("ad"))) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /** Words for each or all of something, right before 项目: 各个, 所有, 其他. */
    private static final Pattern EACH_OF_THEM = Pattern.compile("(?:各个|各|所有|其他|其它|全部)$");

    /** An event's name joined by 暨 to what follows: 某论坛暨…, 某产业推介暨… (an event's title, no works). */
    private static final Pattern EVENT_JOINED = Pattern.compile("(?:论坛|峰会|大会|博览会|洽谈会|推介会|交易会|推介)暨");

    /** Characters of building (改扩建, 提升改造, 迁建): a verb of them before 项目 says what the works does. */
    private static final Pattern BUILDING_CHARACTERS = Pattern.compile("[建造修改扩迁装拆治]");
    /** Verbs that make one thing another: what follows them is what something becomes, not a works' name. */
    private static final java.util.Set<String> MAKES_INTO = java.util.Set.of("变成", "成为", "变为", "转化为");

    /** The word before 项目 says a class (某某类, 类/q) or a field (某某领域) of works, not which one. */
    private static boolean classOrField(ArticleText t, int suffixStart) {
        Token last = suffixStart > 0 ? t.tokenAt(suffixStart - 1) : null;
        return last != null && last.end() == suffixStart && (last.text().equals("类") || last.text().equals("领域"));
    }

    /** A programme's number, quoted or not, and words of a designation only, perhaps after 全市: “1311”重大工程(项目). */
    /** A division's name written with its level's word (某区, 某县, 某旗), not a short form that is also a lake's or a town's. */
    private static final Pattern DIVISION_ENDING = Pattern.compile("[省市区县旗州盟]$");

    /** 纳入某市“3个100”重点(工程): a quoted code of numbers, then the kind of designation, ends the words before the works' word. */
    private static final Pattern QUOTED_CODE_ENDING = Pattern.compile("[“\"][\\d个十百千万\\s]+[”\"](?:重大|重点|民生|产业)*$");
    private static final Pattern CODED_DESIGNATION = Pattern.compile("(?:全?[省市区县])?[“\"]?\\d+[”\"]?(?:重大|重点|民生|产业|工程|建设)*");

    /**
     * 基础设施和社会事业(项目): common words on each side of a conjunction (和, 及, 与, 以及), no place, no proper noun,
     * no word the dictionary lacks (gi, a general term, is one of its own): kinds of works joined, not a name.
     */
    private static boolean kindsJoined(ArticleText t, int start, int suffixStart) {
        int joins = 0;
        int side = 0;
        Matcher ranked = RANKED.matcher(t.view());
        for (int i = start; i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > suffixStart) {
                return false;
            }
            if (JOINS.contains(tk.text())) {
                if (side < 2) {
                    return false;
                }
                joins++;
                side = 0;
            } else if (ranked.region(i, suffixStart).lookingAt()) {
                side += 2; // “500强”: the top of a ranking, a kind of company, no name
                i = ranked.end();
                continue;
            } else if (KIND_TAGS.contains(tk.tag()) && tk.text().length() >= 2 && (tk.tag().equals("gi") || !t.dictionaryTags(tk.text()).isEmpty())) {
                side += tk.text().length();
            } else {
                return false;
            }
            i = tk.end();
        }
        return joins > 0 && side >= 2;
    }

    private static final java.util.Set<String> JOINS = java.util.Set.of("和", "及", "与", "以及");
    /** A ranking's top, quoted or not: “500强”, 世界500强. */
    private static final Pattern RANKED = Pattern.compile("[“\"]?(?:世界|中国|全国)?\\d+强[”\"]?");
    /** Tags of the words of kinds: nouns, verbs of activity, and the adjectives that qualify a kind (新兴/b, 先进/a). */
    private static final java.util.Set<String> KIND_TAGS = java.util.Set.of("n", "vn", "gi", "v", "vi", "a", "b");

    /** The name ends in a works' kind word of two or more characters (院区, 校区) with something before it. */
    private static boolean facilityWordEnd(String bare) {
        String kind = Lexicons.FACILITY_SUFFIXES.suffixAt(bare, bare.length());
        return kind != null && kind.length() >= 2 && kind.length() < bare.length();
    }

    /** The word before position {@code at}, inside the name, is a verb (度假, 游览, 居住). */
    private static boolean verbBefore(ArticleText t, int at, int nameStart) {
        Token before = at - 1 >= nameStart ? t.tokenAt(at - 1) : null;
        return before != null && before.start() >= nameStart && before.end() == at && before.tag().startsWith("v");
    }

    /**
     * The name opens with a zone's bare word (开发区, 园区, 高新区) and goes on in common words only,
     * no proper noun, place or figure (开发区转型|项目): it says which kind of the zone's projects, as
     * the bare word says the article's zone, not which project.
     */
    private static boolean zoneWordThenCommonWords(ArticleText t, int start, int suffixStart, String bare) {
        String zone = Lexicons.PARK_SUFFIXES.prefixAt(bare, 0);
        if (zone == null && (bare.startsWith("园区") || bare.startsWith("新区"))) {
            zone = bare.substring(0, 2); // the words for an article's zone that are no park's suffix
        }
        if (zone == null || zone.length() < 2 || !bare.equals(t.slice(start, suffixStart)) || start + zone.length() >= suffixStart
                || !t.isTokenBoundary(start + zone.length())) {
            return false;
        }
        int from = start + zone.length();
        Matcher works = ZONES_OWN_WORKS.matcher(t.slice(from, suffixStart));
        String done = works.find() ? t.slice(from, from + works.start()) : "";
        // (not the zone's companies' works, 园区企业技术改造项目, nor its body's, 开发区管委会改造…: kinds of many)
        if (NameChecks.specific(done).length() >= 4 && !done.contains("企业") && Lexicons.ORGANIZATION_SUFFIXES.prefixAt(done, 0) == null) {
            return false; // 园区环境绿化综合整治项目: what the zone itself has built and done, named by it
        }
        return !hasProperNoun(t, from, suffixStart) && !NameChecks.namesPlace(t, from, suffixStart)
                && t.slice(from, suffixStart).chars().allMatch(c -> ArticleText.isHan((char) c));
    }

    /** Doing works, at the end of what follows a zone's bare word: 整治, 改造, 提升, 治理. */
    private static final Pattern ZONES_OWN_WORKS = Pattern.compile("(?:整治|改造|提升|治理|修缮|升级)$");

    /**
     * After any verbs of building or promoting it opens with (建设, 推进), the name is one industry word
     * (新能源, 新材料): a field. Other "verbs" may be a brand (远航|新材料项目).
     */
    /** A province, then nothing but a field's word. */
    private static boolean fieldOfAWideRegion(ArticleText t, int start, int suffixStart, String bare) {
        String rest = ShortNames.stripRegion(bare);
        if (rest.length() == bare.length() || rest.isEmpty()) {
            return false;
        }
        var divisions = org.localkg.resolve.Divisions.get().lookup(bare.substring(0, bare.length() - rest.length()));
        // a town of the same name (新疆街道) does not make the province a city or a county
        return divisions.stream().anyMatch(d -> d.level().equals("province"))
                && divisions.stream().noneMatch(d -> d.level().equals("city") || d.level().equals("county"))
                && onlyField(t, start + bare.length() - rest.length(), suffixStart);
    }

    static boolean onlyField(ArticleText t, int start, int suffixStart) {
        int s = start;
        for (Token tk = t.tokenAt(s); tk != null && tk.start() == s && tk.end() < suffixStart
                && CoordinationList.Verb.PROMOTE.words().contains(tk.text()); tk = t.tokenAt(s)) {
            s = tk.end();
        }
        String field = NameChecks.specific(t.slice(s, suffixStart));
        Token last = t.tokenAt(suffixStart - 1);
        if (last != null && last.end() == suffixStart && last.start() > s && FIELD_ACTIVITIES.contains(last.text())) {
            field = NameChecks.specific(t.slice(s, last.start())); // 光伏发电, 新材料制造: the field and what is done in it
        }
        return Lexicons.INDUSTRY.contains(field);
    }

    private static final java.util.Set<String> FIELD_ACTIVITIES = java.util.Set.of("发电", "建设", "制造", "生产", "开发",
            "利用", "加工", "应用", "储能");

    /**
     * 城市建设项目, 道路改造工程: two or three common words of the dictionary (nouns and verbs, no place,
     * proper noun, number or letter), {@code maxLength} characters at most, say what kind of works, not which.
     */
    static boolean commonWordsOnly(ArticleText t, int start, int suffixStart, int maxLength) {
        if (suffixStart - start < 4 || suffixStart - start > maxLength) {
            return false;
        }
        int words = 0;
        for (int i = start; i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > suffixStart || t.dictionaryTags(tk.text()).isEmpty()
                    || !COMMON_TAGS.contains(tk.tag()) || tk.text().length() < 2) {
                return false;
            }
            words++;
            i = tk.end();
        }
        return words <= 3;
    }

    private static final java.util.Set<String> COMMON_TAGS = java.util.Set.of("n", "vn", "v", "vi");

    /** A word of several things right before the name (各项|水务工程, 一批|某某项目): a kind of works, not one. */
    private static boolean afterQuantifier(ArticleText t, int start) {
        var before = start > 0 ? t.tokenAt(start - 1) : null;
        return before != null && before.end() == start && NamePhrase.BATCH_WORDS.matcher(before.text()).matches()
                || batchDescribed(t, start);
    }

    /**
     * 招引一批科技含量高、带动性强的|某某项目: 一批 and what the batch is like, an adjective last before 的, right before
     * a name that opens with no place: the kind of the batch (not 带动一批配套企业落户的|某某产业园项目, a works that
     * draws a batch of others).
     */
    private static boolean batchDescribed(ArticleText t, int start) {
        if (!BATCH_QUALIFIED.matcher(t.view()).region(Math.max(t.sentenceAt(start).start(), start - 40), start).find()) {
            return false;
        }
        Token quality = start >= 2 ? t.tokenAt(start - 2) : null;
        return quality != null && quality.end() == start - 1 && quality.tag().startsWith("a")
                && org.localkg.resolve.Divisions.get().placeAt(t.view(), start) == null;
    }

    /** 一批 and what the batch is like, up to 的 right before the name (招引一批附加值高、带动性强的|某某项目): a kind again. */
    private static final Pattern BATCH_QUALIFIED = Pattern.compile("一批[^，。；,;的]{2,30}的$");

    /**
     * A phrase that opens with an adverb of degree or a pronoun of kind (更多|优质项目, 各类|重点项目,
     * 其他|项目) speaks of how many or which kind of projects, not of one.
     */
    private static boolean opensWithDegree(ArticleText t, int start) {
        var first = t.tokenAt(start);
        if (first == null || first.start() != start || first.text().length() < 2) {
            return false; // one character tagged so may be a name's own (常|泰大桥)
        }
        String tag = first.tag();
        if (first.text().length() == 2 && first.text().charAt(0) == '最') {
            return true; // 最大|纺织产业项目: a superlative says how a project ranks, no name
        }
        if (GRADES.contains(first.text())) {
            var next = t.tokenAt(first.end());
            if (next != null && next.start() == first.end() && next.tag().startsWith("n")) {
                return false; // 高标准|设施农业产业园项目: a grade before a noun describes the works, as an adjective would
            }
        }
        return tag.equals("ad") || tag.equals("d") || tag.equals("r") || tag.equals("rz") || tag.equals("ry");
    }

    /** An adjective, then one word of a field or of working (新能源, 加工), and nothing else before the suffix. */
    private static boolean adjectiveAndField(ArticleText t, int start, int end) {
        for (Token lead = t.tokenAt(start); lead != null && lead.start() == start && lead.end() < end
                && lead.tag().equals("vn"); lead = t.tokenAt(start)) {
            start = lead.end(); // (配套建设|精深加工项目: verbal nouns of building before it change nothing; not 远航/v, a brand)
        }
        Token first = t.tokenAt(start);
        if (first == null || first.start() != start || !first.tag().equals("a") || first.end() >= end) {
            return false;
        }
        Token second = t.tokenAt(first.end());
        return second != null && second.start() == first.end() && second.end() == end
                && (Lexicons.INDUSTRY.contains(second.text()) || second.tag().equals("vn"));
    }

    /** Grades the segmenter may call adverbs (高标准建设) that describe a noun after them as well. */
    private static final java.util.Set<String> GRADES = java.util.Set.of("高标准", "高质量", "高水平", "高品质");

    /** Generic words that describe what a project is about and may end its name (某某新材料产业项目, 某某数字项目). */
    private static final java.util.Set<String> DESCRIPTORS = java.util.Set.of("产业", "科技", "创新", "创业", "数字", "智慧",
            "绿色", "生态", "低碳", "零碳", "近零碳", "现代", "新兴", "特色", "工业", "未来", "基础设施", "转型", "民生", "招商");

    /** A description names an industry or a built thing (新能源汽车视觉控制系统), not an abstraction. */
    private static final java.util.List<String> ACTIVITIES = java.util.List.of("研发", "生产", "制造", "产业化", "技改",
            "扩能", "产能", "发电", "供热", "供水", "焚烧", "处理", "回收", "综合利用");

    static boolean describesWhatIsBuilt(String bare) {
        if (ACTIVITIES.stream().anyMatch(bare::contains)) {
            return true;
        }
        for (int i = 0; i < bare.length(); i++) {
            String industry = Lexicons.INDUSTRY.prefixAt(bare, i);
            String facility = Lexicons.FACILITY_SUFFIXES.prefixAt(bare, i);
            if (industry != null && !ACTIVITY_WORDS.contains(industry)
                    || facility != null && Lexicons.PROJECT_SUFFIXES.prefixAt(bare, i) == null) {
                return true;
            }
        }
        return false;
    }

    /** Words of a company's name that say what it does in general, not what a project builds. */
    private static final java.util.Set<String> ACTIVITY_WORDS = java.util.Set.of("建设", "发展", "投资", "实业", "控股",
            "集团", "股份", "工程", "设计", "产业", "工业", "商业", "商贸", "贸易", "金融");

    /** Parts of speech of lone characters that are words of their own (的, 和, 在, 三, 个, 上, 其). */
    private static final String FUNCTION_TAGS = "upcwmqfrdey";

    /**
     * Two lone characters side by side that the dictionary does not know as one word (港|能 of
     * 港能总部): a name the segmenter did not know and broke up.
     */
    private static boolean brokenName(ArticleText t, int start, int end) {
        for (int i = start; i + 2 <= end; i++) {
            var a = t.tokenAt(i);
            var b = t.tokenAt(i + 1);
            if (a != null && b != null && a.start() == i && a.end() == i + 1 && b.start() == i + 1 && b.end() == i + 2
                    && ArticleText.isHan(a.text().charAt(0)) && ArticleText.isHan(b.text().charAt(0))
                    && FUNCTION_TAGS.indexOf(a.tag().charAt(0)) < 0 && FUNCTION_TAGS.indexOf(b.tag().charAt(0)) < 0
                    && !(a.tag().startsWith("v") && b.tag().startsWith("v")) // 调|蓄: a verb the dictionary lacks
                    && t.dictionaryTags(t.slice(i, i + 2)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Kinds of investor and 投资 alone before 项目, after a scope or not (全区政府投资, 社会投资, 中央预算内投资). */
    private static final Pattern INVESTOR_KIND = Pattern.compile(
            "(?:全[省市区县旗州]|本[市区县])?(?:政府|企业|社会|民间|外商|外资|国有|民营|私人|财政|中央|省级|市级|区级|县级)+(?:预算内)?投资");

    static boolean hasProperNoun(ArticleText t, int start, int end) {
        if (brokenName(t, start, end)) {
            return true;
        }
        for (int i = start; i < end; i++) {
            var tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && tk.end() <= end
                    && (tk.tag().startsWith("nr") || tk.tag().startsWith("ns") || tk.tag().startsWith("nt")
                        || tk.tag().equals("nz") || tk.tag().equals("nx") || tk.tag().equals("j")
                        || tk.text().length() >= 2 && t.dictionaryTags(tk.text()).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** Rule 2: A、B、C等重大项目. */
    private static void listsClosedByProject(ArticleText t, ArticleFacts facts) {
        Matcher m = LIST_CLOSE.matcher(t.view());
        while (m.find()) {
            List<Span> items = listItemsBefore(t, m.start());
            if (items.size() >= 2) {
                for (Span s : items) {
                    if (s.length() >= 3 && NameChecks.specific(t.slice(s.start(), s.end())).length() >= 2) {
                        facts.mention(EntityType.PROJECT, s);
                    }
                }
            }
        }
    }

    /** The items of a 、-separated list ending at {@code end}, the first trimmed of its verb. */
    static List<Span> listItemsBefore(ArticleText t, int end) {
        List<Span> items = new ArrayList<>();
        int e = end;
        while (e > 0) {
            int s = NameBoundary.startOf(t, e, MAX_NAME, true);
            s = NameBoundary.skipLeadingStopWords(t, s, e);
            if (s >= e) {
                break;
            }
            items.add(0, new Span(s, e));
            if (s > 0 && t.charAt(s - 1) == '、') {
                e = s - 1;
            } else {
                break;
            }
        }
        return items;
    }

    /** Rule 3: 开工A段、B工程 — a list of works after a building verb. */
    private static void worksAfterBuildVerb(ArticleText t, ArticleFacts facts) {
        Matcher m = BUILD_VERB.matcher(t.view());
        while (m.find()) {
            int s = m.end();
            int clauseEnd = s;
            while (clauseEnd < t.length() && "，。,;；！？\n".indexOf(t.charAt(clauseEnd)) < 0) {
                clauseEnd++;
            }
            List<Span> items = new ArrayList<>();
            int i = s;
            for (int k = s; k <= clauseEnd; k++) {
                if (k == clauseEnd || t.charAt(k) == '、') {
                    if (k > i) {
                        items.add(new Span(i, k));
                    }
                    i = k + 1;
                }
            }
            if (items.isEmpty() || items.size() > 8) {
                continue;
            }
            boolean allWorks = items.stream().allMatch(sp -> sp.length() >= 4 && sp.length() <= MAX_NAME
                    && !t.slice(sp.start(), sp.end()).matches(".*(的|等|一批).*")
                    && Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(t.view(), sp.end()) != null
                    && NameChecks.specific(t.slice(sp.start(), sp.end())).length() >= 3);
            if (allWorks) {
                for (Span sp : items) {
                    if (isProjectNameOrWork(t, sp)) {
                        facts.mention(EntityType.PROJECT, sp);
                    }
                }
            }
        }
    }

    private static boolean isProjectNameOrWork(ArticleText t, Span sp) {
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), sp.end());
        return suffix == null || isProjectName(t, sp.start(), sp.end() - suffix.length());
    }

    /** Rule 4: X是省重大项目; 市重大项目——X. */
    private static void keyProjects(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        Matcher m = KEY_PROJECT.matcher(v);
        while (m.find()) {
            int after = m.end();
            if (after + 1 < v.length() && (v.charAt(after) == '—' || v.charAt(after) == '-')) {
                int s = after;
                while (s < v.length() && (v.charAt(s) == '—' || v.charAt(s) == '-')) {
                    s++;
                }
                Span subject = subjectFrom(t, s);
                if (subject != null) {
                    facts.mention(EntityType.PROJECT, subject);
                }
                continue;
            }
            int before = m.start();
            String lead = v.substring(Math.max(0, before - 6), before);
            Matcher is = IS_KEY_PROJECT.matcher(lead);
            if (is.find()) {
                int isAt = before - (lead.length() - is.start());
                Span subject = subjectBefore(t, isAt);
                if (subject != null) {
                    facts.mention(EntityType.PROJECT, subject);
                }
            }
        }
    }

    /** Rule 5: X获批…项目. */
    private static void designations(ArticleText t, ArticleFacts facts) {
        Matcher m = DESIGNATION.matcher(t.view());
        while (m.find()) {
            Span subject = subjectBefore(t, m.start());
            if (subject != null) {
                facts.mention(EntityType.PROJECT, subject);
            }
        }
    }

    /**
     * A line or a workshop named by its product alone (豆油生产线, 总装车间): a part of a company's works,
     * not a project; one with a company, a place or a size (某公司1万吨某某生产线) is one, and so is any
     * item of a list the text calls projects (开工项目包括：…标准化厂房、…).
     */
    static boolean partOfWorks(ArticleText t, ArticleFacts facts, Span name) {
        String text = t.slice(name.start(), name.end());
        return PART_OF_WORKS.matcher(text).find() && !DIGIT.matcher(text).find() && !NameChecks.namesPlace(t, name.start(), name.end())
                && facts.within(name, EntityType.ENTERPRISE).isEmpty() && !taggedProper(t, name.start(), name.end());
    }

    private static final Pattern PART_OF_WORKS = Pattern.compile("(?:生产线|产线|车间|厂房)$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** 15栋单体楼, 3座厂房: how many buildings of a kind, not the name of one. */
    private static final Pattern COUNTED_BUILDINGS = Pattern.compile("[“\"]?[\\d一二三四五六七八九十两百]+(?:栋|座|幢)");

    private static final Pattern THE_PROJECTS = Pattern.compile("(?:该|这个|此)?项目(?!总投资|计划|位于|由|占地|建成|预计)");

    /**
     * 项目研发中心、职工宿舍楼已完成封顶: a clause that opens with 项目 and lists buildings lists the parts
     * of the project just named, none of them a project of its own.
     */
    private static boolean inClauseOfTheProjectsParts(String v, Span subject) {
        int at = subject.start();
        int from = at;
        while (from > 0 && "，,。；;！!？?：:\n".indexOf(v.charAt(from - 1)) < 0) {
            from--;
        }
        while (from < at && Character.isWhitespace(v.charAt(from))) {
            from++;
        }
        if (from == at) { // the first item itself: 项目研发中心、…
            return subject.end() < v.length() && v.charAt(subject.end()) == '、'
                    && THE_PROJECTS.matcher(v).region(at, subject.end()).lookingAt();
        }
        return THE_PROJECTS.matcher(v).region(from, at).lookingAt();
    }

    /** Two quoted names joined: “甲”及“乙”, “甲”、“乙”. */
    private static final Pattern JOINED_QUOTES = Pattern.compile("[”\"](?:以及|及|和|与|、)[“\"]");

    /** Rule 6: a built thing reported started or finished, or called 项目 by the next sentence. */
    private static void builtThings(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        for (int i = 0; i < v.length(); i++) {
            if (i > 0 && !ArticleText.isBreak(v.charAt(i - 1)) && "“\"".indexOf(v.charAt(i)) < 0) {
                continue;
            }
            Span subject = subjectFrom(t, i);
            if (subject == null) {
                subject = facilityBeforeStatus(t, i);
            } else if (Lexicons.FACILITY_SUFFIXES.suffixAt(v, unquotedEnd(t, subject)) == null) {
                // 某水库|完成主体工程: a predicate word further on cut no work's name; one the status follows at once is
                Span facility = facilityBeforeStatus(t, i);
                if (facility != null && statusRightAfter(v, facility.end())) {
                    subject = facility;
                }
            }
            if (subject == null) {
                subject = clauseCalledProject(t, i); // ——某某智奥园，项目总投资19.7亿元
            }
            if (subject != null && JOINED_QUOTES.matcher(t.slice(subject.start(), subject.end())).find()) {
                continue; // “甲”及“乙”: two quoted names, not one work's
            }
            subject = subject == null ? null : afterParkAndDe(t, subject);
            String facility = subject == null ? null : Lexicons.FACILITY_SUFFIXES.suffixAt(v, unquotedEnd(t, subject));
            if (facility == null || NameChecks.specific(t.slice(subject.start(), unquotedEnd(t, subject) - facility.length())).length() < 2) {
                continue; // 部分车间: no name beside the kind of building
            }
            if (commonBuilding(t, subject)) {
                continue; // 办公楼主体已建成: a kind of building, one common noun, names none
            }
            if (UNITS_ADDED.matcher(v).region(subject.start(), subject.end()).find()) {
                continue; // 某公司新上1条某某生产线|项目建成: the units a company adds, the works named with 项目 after them
            }
            if (disposalObject(t, subject)) {
                continue; // 提出把某城|建成…产业城: what 把 takes is made into something, a place, not works reported built
            }
            if (partOfWorks(t, facts, subject) || inClauseOfTheProjectsParts(v, subject)
                    || PHASE_OF_NAMED_WORKS.matcher(v).region(subject.start(), subject.end()).find() // 某某项目一期生产车间
                    || COUNTED_BUILDINGS.matcher(v).region(subject.start(), subject.end()).lookingAt()) {
                continue;
            }
            String rest = v.substring(subject.end(), Math.min(v.length(), subject.end() + 40));
            Span sentence = t.sentenceAt(subject.start());
            String next = sentence.end() < v.length() ? v.substring(sentence.end(), Math.min(v.length(), sentence.end() + 4)) : "";
            // a work named by its kind and, in the clause after it, called 项目 (——某某智奥园，项目总投资…)
            boolean calledProject = rest.matches("^[，,]\\s*(?:该)?项目(?:总投资|计划|占地|建筑面积|位于|由).*");
            if ((statusAfter(rest) || ANAPHOR.matcher(next.strip()).find()
                    || calledProject) && !facts.insideLonger(subject, EntityType.PROJECT)) { // 甲生产线|及乙生产线项目: part of a named project
                for (Span work : worksJoined(t, subject)) {
                    String kind = Lexicons.FACILITY_SUFFIXES.suffixAt(v, unquotedEnd(t, work));
                    Token before = kind == null ? null : t.tokenAt(work.start());
                    if (before != null && before.start() == work.start() && before.end() == unquotedEnd(t, work) - kind.length()
                            && before.tag().startsWith("v")) {
                        continue; // 确保|基地建设加快推进: a verb and the kind's word, which alone names nothing
                    }
                    if (!facts.insideLonger(work, EntityType.PROJECT)) { // 甲总部|及|乙中心主体工程: the whole is named already
                        facts.mention(EntityType.PROJECT, work);
                    }
                }
            }
        }
    }

    /** A works' word, then a phase: what follows is a building of that phase of works already named (某某项目一期|生产车间). */
    private static final Pattern PHASE_OF_NAMED_WORKS = Pattern.compile("(?:项目|工程)[一二三四五六七八九十\\d]+期");

    /** Whether 把 (read as a preposition) stands inside the subject: 把X建成Y makes X into Y, X is no works. */
    private static boolean disposalObject(ArticleText t, Span subject) {
        for (int i = subject.start(); i < subject.end(); i++) {
            Token tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && tk.text().equals("把") && tk.tag().startsWith("p")) {
                return true;
            }
        }
        return false;
    }

    /** 某产业园的|甲生产基地即将建成: the park before 的 is where the work stands, no part of its name. */
    private static Span afterParkAndDe(ArticleText t, Span subject) {
        String text = t.slice(subject.start(), subject.end());
        int de = text.lastIndexOf('的');
        if (de > 1 && text.length() - de - 1 >= 3) {
            Matcher between = IN_PARK_BUILT.matcher(text.substring(0, de));
            int parkEnd = between.find() ? between.start() : de;
            if (parkEnd > 1 && Lexicons.PARK_SUFFIXES.suffixAt(text, parkEnd) != null) {
                return new Span(subject.start() + de + 1, subject.end());
            }
        }
        return subject;
    }

    /** Between a park's name and 的: where in it and the verb of building (某产业园|内新建|的…). */
    private static final Pattern IN_PARK_BUILT = Pattern.compile("(?:内|里|中)?(?:新建|在建|续建|建设|投资建设|建成)?$");

    /**
     * 甲产业基地和乙产业链基地正式开工: two works joined by 和, 及 or 与, the first ending in a built thing's
     * word of its own with a name before it: each is a work; else the subject is one.
     */
    private static List<Span> worksJoined(ArticleText t, Span subject) {
        String v = t.view();
        for (int k = subject.start() + 4; k < subject.end() - 4; k++) {
            if ("和及与".indexOf(v.charAt(k)) < 0 || !t.isTokenBoundary(k) || !t.isTokenBoundary(k + 1)) {
                continue;
            }
            String built = Lexicons.FACILITY_SUFFIXES.suffixAt(v, k);
            if (built != null && NameChecks.specific(t.slice(subject.start(), k - built.length())).length() >= 2
                    && NameChecks.specific(t.slice(k + 1, subject.end())).length() >= 4) {
                return List.of(new Span(subject.start(), k), new Span(k + 1, subject.end()));
            }
        }
        return List.of(subject);
    }

    /** The whole span is one word the dictionary knows as a common noun (办公楼, 体育馆), unquoted. */
    private static boolean commonBuilding(ArticleText t, Span subject) {
        Matcher measure = MEASURED.matcher(t.view()).region(subject.start(), subject.end());
        int from = measure.lookingAt() ? measure.end() : subject.start();
        Token word = t.tokenAt(from);
        if (from > subject.start() && commonWordsOnly(t, from, subject.end(), 6)) {
            return true; // 6000平方米|钢结构厂房: a size and a kind of building in words of the language, no name
        }
        // (after a size, any noun of the dictionary: 110千伏|变电站/nis)
        return word != null && word.start() == from && word.end() == subject.end()
                && (word.tag().equals("n") || from > subject.start() && word.tag().startsWith("n") && !word.tag().startsWith("nr")
                    && !word.tag().startsWith("ns") && !word.tag().equals("nz"))
                && !t.dictionaryTags(word.text()).isEmpty();
    }

    /** A size opening a building's words: 1600平方米|办公楼, 2万平米|厂房, 110千伏|变电站 (how big, not which). */
    private static final Pattern MEASURED = Pattern.compile("[\\d.]+[万千]?(?:平方米|平米|亩|米|千伏|伏|千瓦|兆瓦|[kK][vV])");

    /** 项目“…”, 工程“…”: a quoted phrase of one clause, long enough to be more than a slogan (项目“快开快建”). */
    private static final Pattern QUOTED_AFTER_KIND = Pattern.compile("(?:项目|工程)[“\"]([^”\"，,。；;、！!？?：:]{6,30})[”\"]");

    /**
     * Rule 7: a name quoted right after the word 项目 or 工程 is that project's name, whatever it ends
     * in (省级重点项目“某某风电场”): the kind word and the quotes set it off as the name. Four- and
     * five-character quotes are slogans (项目“快开快建”), a quote with a break inside is a list or a
     * sentence, and one ending in a verb or an adverb is a clause (工程“一天也不停”); a name that is
     * only common words is none.
     */
    private static void quotedAfterKind(ArticleText t, ArticleFacts facts) {
        Matcher m = QUOTED_AFTER_KIND.matcher(t.view());
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            Token last = t.tokenAt(name.end() - 1);
            boolean endsInClause = last != null && (last.tag().startsWith("v") && !last.tag().equals("vn") || last.tag().startsWith("d"));
            if (!endsInClause && NameChecks.specific(t.slice(name.start(), name.end())).length() >= 2) {
                facts.mention(EntityType.PROJECT, name);
            }
        }
    }

    private static final Pattern STATUS_AT_ONCE = Pattern.compile(
            "^(?:已|已经|正式|全部|基本|顺利)?(?:实现|进入)?(?:" + STAGES + "|主体(?:结构)?(?:施工|封顶|完工))");

    private static boolean statusRightAfter(String v, int at) {
        return STATUS_AT_ONCE.matcher(v.substring(at, Math.min(v.length(), at + 12))).find();
    }

    private static final Pattern CALLED_PROJECT = Pattern.compile("^[，,]\\s*(?:该)?项目(?:总投资|计划|占地|建筑面积|位于|由)");

    /** A clause that is a work's name alone, the next clause calling it 项目. */
    private static Span clauseCalledProject(ArticleText t, int s) {
        int e = s;
        while (e < t.length() && !ArticleText.isBreak(t.charAt(e)) && e - s <= MAX_NAME) {
            e++;
        }
        if (e >= t.length() || e - s < 3 || !CALLED_PROJECT.matcher(t.view()).region(e, Math.min(t.length(), e + 10)).lookingAt()) {
            return null;
        }
        if (placingVerbIn(t, s, e)) {
            return null; // 甲基地落户在某产业园，项目总投资…: the clause places a works, it is no name
        }
        return trimSubject(t, s, e);
    }

    /** Verbs that place a works somewhere: a clause holding one says where it is, it names nothing. */
    private static final java.util.Set<String> PLACING_VERBS = java.util.Set.of("落户", "位于", "落地", "坐落", "选址", "入驻");

    /** A word of {@link #PLACING_VERBS} in {@code [from, to)} that the segmenter reads as a verb (not 入驻|服务中心, a noun's). */
    private static boolean placingVerbIn(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            if (PLACING_VERBS.contains(tk.text()) && tk.tag().startsWith("v") && !tk.tag().equals("vn")) {
                return true;
            }
            i = tk.end();
        }
        return false;
    }

    /**
     * A clause opening with a work named by its kind and then its stage, with no predicate word
     * between (某某城际铁路全线通车, 某某医院新院区正式启用): the name up to the kind word.
     */
    private static Span facilityBeforeStatus(ArticleText t, int s) {
        String v = t.view();
        int clauseEnd = s;
        while (clauseEnd < v.length() && clauseEnd < s + MAX_NAME && !ArticleText.isBreak(v.charAt(clauseEnd))) {
            clauseEnd++;
        }
        for (int e = clauseEnd; e >= s + 3; e--) {
            if (Lexicons.FACILITY_SUFFIXES.suffixAt(v, e) == null || !t.isTokenBoundary(e)) {
                continue;
            }
            String rest = v.substring(e, Math.min(v.length(), e + 12));
            if (statusAfter(rest)) {
                return trimSubject(t, s, e);
            }
        }
        return null;
    }

    private static int unquotedEnd(ArticleText t, Span s) {
        int e = s.end();
        while (e > s.start() && "”\"".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** The subject of a photo caption printed in a projects column. */
    private static void captionSubject(ArticleText t, ArticleFacts facts) {
        String column = t.article().column();
        if (column == null || !column.contains("项目")) {
            return;
        }
        int body = t.article().bodyStart();
        Matcher located = Pattern.compile("^位于[^，。,]{2,30}?的").matcher(t.view().substring(body));
        int s = located.find() ? body + located.end() : body;
        Span subject = subjectFrom(t, s);
        if (subject != null) {
            facts.mention(EntityType.PROJECT, subject);
        }
    }

    /**
     * The noun phrase starting at {@code s} up to the first predicate word (是, 位于, 总投资 …),
     * or null when none is found within a name's length. A quoted name inside a longer
     * description (全市首个近零能耗建筑“X”) is taken alone.
     */
    static Span subjectFrom(ArticleText t, int s) {
        String v = t.view();
        for (int e = s + 2; e <= Math.min(v.length(), s + MAX_NAME); e++) {
            char c = v.charAt(e - 1);
            if (ArticleText.isBreak(c)) {
                return null;
            }
            String marker = e < v.length() ? Lexicons.PREDICATE_MARKERS.prefixAt(v, e) : null;
            if (marker != null && OfficialRecognizer.wordAt(t, e, marker)) {
                return trimSubject(t, s, e);
            }
        }
        return null;
    }

    /** The subject ending at {@code e}: back to the start of its clause. */
    static Span subjectBefore(ArticleText t, int e) {
        int s = NameBoundary.startOf(t, e, MAX_NAME, true);
        s = NameBoundary.skipLeadingStopWords(t, s, e);
        return trimSubject(t, s, e);
    }

    private static Span trimSubject(ArticleText t, int s, int e) {
        if (s < e && t.charAt(s) == '“' && t.slice(s, e).indexOf('”') < 0) {
            s++; // “目前某某变电站已经投产…: a quote not closed inside the subject opens what someone says, not a name
        }
        s = NameBoundary.skipLeadingVerbs(t, s, e);
        String text = t.slice(s, e);
        Matcher quoted = QUOTED_END.matcher(text);
        if (quoted.find() && quoted.start() > 0) {
            s = s + quoted.start(1);
            e = s + quoted.group(1).length();
        }
        if (e - s < 3 || e - s > MAX_NAME) {
            return null;
        }
        int skipped = NameBoundary.skipLeadingStopWords(t, s, e);
        if (skipped > s) {
            return trimSubject(t, skipped, e);
        }
        String subject = t.slice(s, e);
        if (NameChecks.specific(subject).length() < 2 || subject.startsWith("该") || subject.startsWith("这")
                || Lexicons.STOP_WORDS.prefixAt(subject, 0) != null && subject.length() <= 4) {
            return null;
        }
        for (char c : subject.toCharArray()) {
            if (ArticleText.isBreak(c)) {
                return null;
            }
        }
        return new Span(s, e);
    }
}
