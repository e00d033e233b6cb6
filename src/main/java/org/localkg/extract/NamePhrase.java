package org.localkg.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.nlp.Token;
import org.localkg.resolve.Divisions;

/**
 * The shape every project, park and company name must have, whichever rule proposes it: a noun
 * phrase. Applied once, where mentions are recorded ({@link ArticleFacts#mention}), from the
 * segmenter's parts of speech and the marks, not from lists of what pages mention.
 * <ul>
 *   <li>A name does not start with a time (一季度, 上半年, 3月23日) or a verb that takes it as its
 *       object (建设兰州新区): those are cut off.</li>
 *   <li>A project's name is one project's: not a batch (2026年第一批…项目, 春季…项目, 一批…项目), not
 *       a sum (亿元以上项目), no person or title in it (市长某某宣布…项目), not a verb and its object
 *       (强化产业主导项目, 促成合同项目), not projects of a stage (计划开复工项目), not a part of a
 *       project (甲项目乙车间), not 和项目 or 上项目.</li>
 *   <li>A park is not a division (新城区 is a district) and does not start with common words before
 *       the place it is named after (仪式兰州新区).</li>
 * </ul>
 */
final class NamePhrase {
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:(?:前三|[一二三四])季度|上半年|下半年|年初|年底|年内|今年|去年|明年|近年来|日前|近日|目前|当前|当天|同日)"
                    // 号 is a day only after a month: 3号、12号矿井… counts the things of a project
                    + "|^(?:\\d{4}年(?:度)?)?(?:\\d{1,2}月(?:份)?(?:\\d{1,2}(?:日|号))?|\\d{1,2}日)?(?:上午|下午|晚上|上旬|中旬|下旬|底|初)?");
    /** A span of time up to now: 半年多来, 两个月以来, 3年来. */
    private static final Pattern SPAN_TO_NOW = Pattern.compile("[近这]?(?:[一二三四五六七八九十两半几\\d]+)多?个?多?(?:年|月|天|周|星期)多?以?来");
    private static final Pattern BATCH_TIME = Pattern.compile(
            "\\d{4}年(?!产)|[一二三四五六七八九十]{1,2}月份|第[一二三四五六七八九十\\d]+[批次]|[一二三四]季度|上半年|下半年");
    /** A sum of money: 5亿元, 3000万元, and in headlines 20亿 before a word that is no unit of capacity (20亿单晶硅). */
    private static final Pattern MONEY = Pattern.compile("(?:\\d+(?:\\.\\d+)?)?(?:亿|万)元|(?<!(?:年产|产能|年处理|年加工|年生产)[\\d.]{0,8})\\d亿(?=[\\p{IsHan}&&[^吨千瓦平立度只件片个套块支瓶粒米颗台头包]])");
    /** A count of items opens a phrase about several things (一批, 多个, 3个), not a name. */
    private static final Pattern COUNT_OPENING = Pattern.compile(
            "^(?:[一二三四五六七八九十两几多各]+|\\d+(?:余|多)?|第[一二三四五六七八九十\\d]+|首)(?:批|个|家|项|些|类)");
    /** A count of projects inside: 甲和乙四个项目, 36项, 甲集团5家重点项目. */
    private static final Pattern COUNT_INSIDE = Pattern.compile("(?:\\d+|[一二三四五六七八九十两几多]+)(?:个|家|项)(?:重点|重大)?(?:产业|建设)?(?:项目|工程)?$");
    /** 等, then a few words and the kind: the end of a list (甲、乙等项目), not a name. */
    private static final Pattern LIST_END = Pattern.compile("等[^等]{0,6}(?:项目|工程)$");
    /** Words of several things (一批, 各类, 若干): a phrase about many projects, not one's name. */
    static final Pattern BATCH_WORDS = Pattern.compile("一批|首批|一系列|各类|各种|各项|若干|多个|多项|一些|一轮|部分|更多|众多|诸多");
    /** A document signed: 协议, 合同, 备忘录 end no project's name. */
    private static final Pattern AGREEMENT = Pattern.compile("(?:协议|合同|备忘录|协议书|意向书)$");
    private static final Set<String> VERB_TAGS = Set.of("v", "vi", "vf", "vx");
    /**
     * One-character verbs that slogans do to projects (抓项目, 建项目, 引项目, 谋项目): not those that end
     * a project's own words (扩产|项目, 循环化|项目).
     */
    private static final String SLOGAN_VERBS = "建引谋抓招争跑推促保上";
    /** Stages said of projects in general: 开工项目, 开复工项目, 签约项目 (with a verb's tag). */
    private static final Pattern STAGE_BEFORE_SUFFIX = Pattern.compile(
            ".*(?:开工|复工|开复工|签约|竣工|投产|新开工|续建|新建|在建|拟建|建成)$");

    /** A stage that says how a place is built, not when projects are: 某医院新建|项目, 某中学续建|项目. */
    private static final Pattern BUILT_AS = Pattern.compile("(?:新建|续建|拟建)$");

    /**
     * 中医院新建项目, 某某产业园新建项目: the stage follows the name of the place being built (an institution, a
     * park, a facility, a company: 某某影业新建项目), and the phrase names that place's project; 重点新建项目, 今年新建项目
     * name none.
     */
    static boolean placeBeingBuilt(String head) {
        Matcher stage = BUILT_AS.matcher(head);
        if (!stage.find() || stage.start() < 3) {
            return false;
        }
        int end = stage.start();
        return Lexicons.ORGANIZATION_SUFFIXES.suffixAt(head, end) != null || Lexicons.PARK_SUFFIXES.suffixAt(head, end) != null
                || Lexicons.FACILITY_SUFFIXES.suffixAt(head, end) != null
                || PLANT.matcher(head.substring(0, end)).find() && NameChecks.specific(head.substring(0, end)).length() >= 4
                || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(head, end) != null && end >= 4
                || companyTrade(head, end) || companysProduct(head, end);
    }

    /**
     * 某某化工有限公司|精细化学品|新建项目: a company's legal name, then words of what it makes, then the stage: the
     * company's new works, named by what they make.
     */
    private static boolean companysProduct(String head, int end) {
        for (int k = end - 2; k >= 4; k--) {
            String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(head, k);
            if (suffix != null && suffix.endsWith("公司")) {
                return NameChecks.specific(head.substring(k, end)).length() >= 2;
            }
        }
        return false;
    }

    /** 某某影业|新建项目, 某某乳业…: a brand and a trade of one character and 业 end a company's short name. */
    private static boolean companyTrade(String head, int end) {
        String trade = Lexicons.INDUSTRY.suffixAt(head, end);
        return CompaniesHeadingProjects.companysTrade(trade) && end - 2 >= 2
                && head.substring(0, end - 2).codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A plant or a school, built new as a place (某制造工厂新建项目): the words of the lexicons name bodies and parks. */
    private static final Pattern PLANT = Pattern.compile("(?:工厂|厂|学校|幼儿园)$");

    /** Zones that hold projects rather than being built as one: 开发区, 高新区, 新区, 片区 … */
    private static final Pattern ZONE_BEFORE_SUFFIX = Pattern.compile(
            "(?:开发区|高新区|经开区|新区|新片区|片区|示范区|保税区|综保区|自贸区|经济区|试验区|实验区|合作区)$");

    private NamePhrase() {}

    /**
     * The span a name of {@code type} really has within {@code s} (its leading time words and verbs
     * cut off), or null when what is left is no name of that type. People and bodies pass unchanged.
     */
    static Span shape(ArticleText t, EntityType type, Span s) {
        if (type != EntityType.PROJECT && type != EntityType.PARK && type != EntityType.ENTERPRISE) {
            return s;
        }
        // after 、 a name is a list's item: a verb-like first word (东升食品有限公司) is its own
        // …and so is a company's after 由, the preposition of who acts (由|联想|融科某公司投资建设)
        boolean item = s.start() > 0 && t.charAt(s.start() - 1) == '、'
                || type == EntityType.ENTERPRISE && OrganizationRecognizer.agentStart(t, s.start(), s.end() - suffixLength(t, s)) == s.start();
        int start = trimLeading(t, afterTitleHolder(t, s.start(), s.end()), s.end(), type != EntityType.PROJECT && !item);
        start = afterDesignationOfKind(t, start, s.end());
        Matcher venue = VENUE.matcher(t.view()).region(start, s.end());
        if (venue.lookingAt() && s.end() - venue.end() >= 2) {
            org.localkg.nlp.Token after = t.tokenAt(venue.end());
            if (after != null && after.start() == venue.end() && !after.tag().startsWith("v")) {
                start = venue.end(); // 分会场|某经济技术开发区: the venue of a ceremony held in several places, named
            }
        }
        Matcher placed = VENUE_PLACED_AT.matcher(t.view()).region(start, s.end());
        if (placed.find() && s.end() - placed.end() >= 4) {
            start = placed.end(); // 某基地分会场设在|某公司某某项目开工现场: where the venue is, the works named after it
        }
        Matcher under = UNDER_WAY.matcher(t.view()).region(start, s.end());
        if (under.lookingAt() && s.end() - under.end() >= 4) {
            start = under.end(); // (建设)中的|某区某产业项目: a caption's works under way, its name after 的
        }
        Matcher area = AREA_TAKEN.matcher(t.view()).region(start, s.end());
        if (area.lookingAt() && s.end() - area.end() >= 2) {
            start = area.end(); // 占地1500亩|某发电厂贮灰场治理项目: the land the works take, said before its name
        }
        Matcher whole = WHOLE_PLACE.matcher(t.view()).region(start, s.end());
        if (whole.find() && s.end() - whole.end() >= 2) {
            start = whole.end(); // 某市全市上下|狠抓项目: the place as a whole is a clause's subject, no name's part
        }
        Matcher clause = CLAUSE_OPENING.matcher(t.view()).region(start, s.end());
        if (type != EntityType.ENTERPRISE && clause.lookingAt() && s.end() - clause.end() >= 2 && t.isTokenBoundary(clause.end())) {
            start = clause.end(); // 预计|整个总部项目, 设在|某基地项目现场: a modal or a verb of place opens a clause
            // (a company's walk stops at such verbs already; what is left of one would be its legal form alone)
        }
        if (type == EntityType.PARK) {
            start = startAtPlace(t, start, s.end());
        }
        if (type == EntityType.ENTERPRISE) {
            start = afterDescriptor(t, start, s.end());
            start = afterPreposition(t, start, s.end());
        }
        if (type != EntityType.PARK) {
            start = afterParkBeforePlace(t, start, s.end());
        }
        if (type == EntityType.PROJECT) {
            start = afterPlaceOfBuilding(t, start, s.end());
            start = afterClauseBuildingVerb(t, start, s.end());
            start = afterBodyAndVerb(t, start, s.end());
            int topic = afterTopicPreposition(t, start, s.end());
            String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), s.end());
            if (topic > start && suffix != null && !ProjectRecognizer.isProjectName(t, topic, s.end() - suffix.length())) {
                return null; // 某县就|产业项目建设: the topic after 就 is a kind of project, no name
            }
            start = topic;
        }
        if (type != EntityType.PROJECT) {
            start = afterRelativeClause(t, start, s.end());
        } else {
            start = afterVerbAndDe(t, start, s.end());
        }
        if (s.end() - start < 2) {
            return null;
        }
        Matcher within = WITHIN_PLACE.matcher(t.view()).region(start, s.end());
        if (type == EntityType.ENTERPRISE && within.lookingAt() && t.isTokenBoundary(within.end())) {
            return null; // 县内商业银行: the banks within the county, a kind of company where it stands, no name
        }
        Matcher ordinal = ORDINAL.matcher(t.view()).region(start, s.end());
        if (type == EntityType.ENTERPRISE && ordinal.lookingAt() && t.isTokenBoundary(ordinal.end())) { // (not 第一家|居: a brand)
            return null; // 第一个跨国制药集团: an ordinal before a kind of company, which one the text said before
        }
        if (type == EntityType.ENTERPRISE && s.end() - start - suffixLength(t, new Span(start, s.end())) == 1
                && t.dictionaryTags(t.slice(start, start + 1)).contains("a") && t.isTokenBoundary(start + 1)) {
            return null; // 大集团, 小公司: an adjective and the suffix, a kind of company
        }
        if (type != EntityType.PROJECT && start > 0 && Character.isDigit(t.charAt(start - 1))) {
            return null; // 年产5|万吨某材料项目公司: the tail of a quantity opens no company's or park's name
        }
        int end = type == EntityType.PARK ? beforeBuildingVerb(t, start, s.end()) : s.end();
        if (type == EntityType.PROJECT) {
            int after = afterCompanySaidAgain(t, start, end);
            if (after < 0) {
                return null; // 了解|公司生产经营及某升级项目: the company said again, then what it does: no name
            }
            start = after; // 该公司|年产5万吨钢材项目: the company said again is not in the project's name
        }
        Matcher leading = DEMONSTRATIVE.matcher(t.view()).region(start, end);
        if (leading.lookingAt() && end - leading.end() >= 2) {
            start = leading.end(); // 上述|某开发区, 这些|某项目: the demonstrative points back, the name follows it
        }
        Span span = new Span(start, end);
        String text = t.slice(span.start(), span.end());
        String bare = QUOTE_MARKS.matcher(text).replaceAll("");
        if (type == EntityType.PARK && (QUALITY_OF_INDUSTRIES.matcher(ShortNames.stripRegion(bare)).matches()
                || bare.endsWith("产业区") && !t.isTokenBoundary(span.end()))) {
            return null; // 某县主导产业区: the industries' standing, no name; 优势产业区|块链: 区 opens the word after it
        }
        if (type == EntityType.PARK && (Divisions.get().isPlace(bare) || Divisions.get().isPlace(org.localkg.extract.ShortNames.stripRegion(bare)))
                && Lexicons.PARK_SUFFIXES.suffixAt(text, text.length()) == null) {
            return null; // 呼和浩特市新城区: a district, not a zone (兰州新区 is both)
        }
        if (type == EntityType.PROJECT && !projectShape(t, span, text)) {
            return null;
        }
        if ((type == EntityType.PROJECT || type == EntityType.PARK) && adverbThenVerb(t, span)) {
            return null; // 某车间实地踏查|项目进展, 某高新区大力发展|某产业园: an adverb and its verb make a clause, no name
        }
        if (type == EntityType.PROJECT && start > 0 && t.charAt(start - 1) == '等') {
            return null; // 甲、乙等|新能源项目: the head of a list, naming the kind of its items
        }
        if (DEMONSTRATIVE.matcher(QUOTED.matcher(text).replaceAll("")).find()) {
            return null; // 某区这些|标志性工业项目: a demonstrative inside picks out some of a kind, it names none
        }
        if (type == EntityType.PROJECT && SUPERLATIVE.matcher(text).matches()) {
            return null; // 本次签约的|最大单笔项目: a superlative picks one out by its size or rank, it names none
        }
        if (DETERMINER.matcher(bare).find()) {
            return null; // 有关乡镇, 某地相关风电项目: a determiner picks out some of a kind, it names none
        }
        if (type == EntityType.PROJECT && (GOVERNMENT_LEVELS.matcher(bare).find() || timeThenVerb(t, span))) {
            return null; // 市区两级合作项目, 某新区全年|预计|储备项目: levels of government, a time and its verb: a kind, a clause
        }
        if (type == EntityType.ENTERPRISE && ROLE_OF_A_COMPANY.matcher(ShortNames.stripRegion(bare)).matches()) {
            return null; // 浙江投资商, 外地客商: a company's role and where it comes from, not which company
        }
        if (type == EntityType.ENTERPRISE && LEVEL_OF_A_COMPANY.matcher(bare).find()) {
            return null; // 央企三级公司, 二级子公司: a company's rank in a group, not which company
        }
        if (type == EntityType.ENTERPRISE
                && (Lexicons.ENTERPRISE_SUFFIXES.contains(bare) || COMPANY_WORDS_ONLY.matcher(bare).matches())) {
            return null; // 公司 alone, 集团总公司: the company said again by its kind, never a name
        }
        if (type == EntityType.ENTERPRISE && bare.endsWith("兵团")) {
            return null; // 某某兵团: a production corps, a body of government (or a team), no company
        }
        if (type == EntityType.PROJECT && COUNTED_FIELDS.matcher(bare).find()) {
            return null; // 甲、乙、丙五大产业项目: the fields a count sums up, the projects of each, no one project
        }
        if (type == EntityType.ENTERPRISE && rankedFirst(t, span)) {
            return null; // 某地第一家本土航空公司, 首家…公司: which one it was of its kind, a description, no name
        }
        if (type == EntityType.ENTERPRISE && bare.endsWith("上市公司")) {
            return null; // 香港上市公司: what a company is (listed, and where), never its name
        }
        if (type == EntityType.PARK && bare.endsWith("自治区")) {
            return null; // 某某自治区: a province-level division, whatever its short form (新疆自治区)
        }
        if (type == EntityType.PARK && Lexicons.PARK_SUFFIXES.contains(bare)) {
            return null; // 开发区 alone: the article's zone said again (Coreference), or none, never a name
        }
        if (type == EntityType.PARK && predicateBeforeSuffix(t, span)) {
            return null; // 某市考察团来|开发区: a clause and the bare word for a zone
        }
        if (endsInDegree(t, span)) {
            return null; // 投资最大, 数量较多: a comparison said of something, no name
        }
        return span;
    }

    /** The words a company is said again by: 公司, 该公司, 本公司, 我们公司, 我公司. */
    private static final Set<String> COMPANY_SAID_AGAIN = Set.of("公司", "该公司", "本公司", "我们公司", "我公司");
    /** A place's inside said by its level: 县内, 市内, 区内, 省内, 境内. */
    private static final Pattern WITHIN_PLACE = Pattern.compile("[县市区省境]内");
    /** An ordinal and its measure word: 第一个, 第二家. */
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十\\d]+[个家批]");
    /** What says a company again before 公司: 该, 本, and its own people's 我, 我们. */
    private static final Set<String> SAYING_AGAIN = Set.of("该", "本", "我", "我们");
    /** A village's, town's or hamlet's name right after 公司 (公司坪村): 公司 is that place's word. */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\p{IsHan}{0,2}[村镇乡屯]");

    /**
     * Where a project's name starts when {@code [start, end)} opens with the company said again (该公司|年产5万吨
     * 钢材项目): after those words; -1 when a verb or its noun follows them (公司|生产经营及…项目: what the company
     * does, no works); {@code start} when they are not there, or when a place follows (公司坪村…: a place's name).
     */
    private static int afterCompanySaidAgain(ArticleText t, int start, int end) {
        Token first = t.tokenAt(start);
        if (first == null || first.start() != start) {
            return start;
        }
        // (and 我们|公司, 我|公司: the company's own people saying it)
        Token word = SAYING_AGAIN.contains(first.text()) ? t.tokenAt(first.end()) : first;
        if (word == null || word.end() >= end || !COMPANY_SAID_AGAIN.contains(t.slice(start, word.end()))) {
            return start;
        }
        Token next = t.tokenAt(word.end());
        if (next == null || next.start() != word.end() || next.tag().startsWith("ns") || next.tag().startsWith("nr")
                || PLACE_AFTER.matcher(t.view()).region(word.end(), end).lookingAt()) {
            return start; // 公司坪村…: 公司 opens a place's name
        }
        boolean yearly = next.text().startsWith("年产"); // 年产/v opens what the works make, not what the company does
        return !yearly && (VERB_TAGS.contains(next.tag()) || next.tag().equals("vn")) ? -1 : word.end();
    }

    /** The length of the company suffix that ends {@code s}, 0 when none does. */
    private static int suffixLength(ArticleText t, Span s) {
        String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), s.end());
        return suffix == null ? 0 : suffix.length();
    }

    private static final java.util.regex.Pattern ROLE_OF_A_COMPANY = java.util.regex.Pattern.compile(
            "(?:外地|外资|外商|境外|国内|国外|知名|优质)?(?:投资商|客商|开发商|运营商|供应商|承包商|投资方|投资者|企业家)");
    /** A place's industries by their standing, and the zone's word (主导产业区, 优势产业园): what kind of zone, no name. */
    private static final Pattern QUALITY_OF_INDUSTRIES = Pattern.compile("(?:主导|优势|支柱|特色|重点|新兴)产业(?:区|园|园区|集聚区)");
    private static final java.util.regex.Pattern LEVEL_OF_A_COMPANY = java.util.regex.Pattern.compile("[一二三四五两]级(?:子)?公司$");
    private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile("有关|相关");
    /** Demonstratives that point back at things said before: 这些, 那些, 上述, 这批. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("这些|那些|上述|这批");
    /** A quoted part of a name (“那些年”怀旧街区): its words are the name's own. */
    private static final Pattern QUOTED = Pattern.compile("[“\"][^“”\"]*[”\"]");
    /** The marks that quote a name or part of one. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"]");
    /** Words of a company's kind and rank only (集团总公司, 集团公司, 总公司): which company, the text said before. */
    private static final java.util.regex.Pattern COMPANY_WORDS_ONLY = java.util.regex.Pattern.compile(
            "(?:集团|总|母|子|分)*(?:有限责任公司|股份有限公司|有限公司|总公司|分公司|子公司|公司|集团)");
    /** Levels of government acting together (市区两级, 省市县三级): what they share is a kind of works, no name. */
    private static final java.util.regex.Pattern GOVERNMENT_LEVELS = java.util.regex.Pattern.compile("[省市区县镇乡]{2,4}[两三四五]级");
    /** Words of a time in the year, which open a clause's adverbial, not a name's words. */
    private static final java.util.Set<String> TIMES_OF_THE_YEAR = java.util.Set.of("全年", "今年", "明年", "年内", "当年", "上半年",
            "下半年", "年底", "年初");

    /** A time of the year and a verb right after it inside the span (某新区全年|预计|储备项目): a clause. */
    private static boolean timeThenVerb(ArticleText t, Span s) {
        for (int i = s.start(); i < s.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            Token next = t.tokenAt(tk.end());
            if (TIMES_OF_THE_YEAR.contains(tk.text()) && next != null && next.start() == tk.end() && next.end() <= s.end()
                    && next.tag().startsWith("v") && !next.tag().equals("vn")) {
                return true;
            }
            i = tk.end();
        }
        return false;
    }

    private static final java.util.Set<String> DEGREE_ADVERBS = java.util.Set.of("最", "很", "较", "更", "挺", "太", "极",
            "十分", "非常", "比较", "相当", "特别", "尤为");

    /** The span ends in a degree adverb and an adjective or verb (最大, 较快, 最为集中): a predicate. */
    private static boolean endsInDegree(ArticleText t, Span s) {
        Token last = t.tokenAt(s.end() - 1);
        if (last == null || last.end() != s.end() || last.start() <= s.start()) {
            return false;
        }
        if (last.text().length() == 2 && last.text().charAt(0) == '最' && !last.tag().startsWith("n")) {
            return true; // 最大, 最多: the segmenter keeps the superlative as one word (最大/gm)
        }
        if (!(last.tag().startsWith("a") || last.tag().startsWith("v"))) {
            return false;
        }
        Token before = t.tokenAt(last.start() - 1);
        return before != null && before.end() == last.start() && before.tag().startsWith("d") && DEGREE_ADVERBS.contains(before.text());
    }

    /** A company's legal or short form right after {@code from}, or after its trade words: 科技公司, 集团. */
    private static boolean companyAfter(ArticleText t, int from, int end) {
        int i = from;
        for (String trade; (trade = Lexicons.INDUSTRY.prefixAt(t.view(), i)) != null && i < end; ) {
            i += trade.length();
        }
        return i <= t.length() && Lexicons.ENTERPRISE_SUFFIXES.prefixAt(t.view(), i) != null;
    }

    /**
     * 以|某某产业园为代表, 以|某公司为龙头: the preposition that opens 以…为… (which the segmenter may join with
     * the name's first character, 以东|方…) is no part of the name between.
     */
    static int afterYi(ArticleText t, int start, int end) {
        return end - start >= 3 && t.charAt(start) == '以' && end < t.length() && t.charAt(end) == '为' ? start + 1 : start;
    }

    /** Past a date and time words at a name's start (一季度|某新区): for recognisers that judge what follows. */
    static int afterTime(ArticleText t, int from, int end) {
        return trimLeading(t, from, end, false);
    }

    /**
     * Past a date, time words (一季度, 上半年, 当天) and, with {@code verbs}, a verb taking the name as
     * its object. A project's leading verb is not cut but judged ({@link #verbPhrase}): what follows
     * a verb may be no name at all.
     */
    private static int trimLeading(ArticleText t, int from, int end, boolean verbs) {
        int s = from;
        if (s > 0 && s + 2 < end && "年月日".indexOf(t.charAt(s)) >= 0 && (Character.isDigit(t.charAt(s - 1))
                || s > 1 && t.charAt(s - 1) == ' ' && Character.isDigit(t.charAt(s - 2)))) {
            s++; // 2022年|江北…, 2022 年|江北…: the rest of a date whose digits the walk back stopped at
        }
        java.util.regex.Matcher date = LEADING_DATE.matcher(t.view()).region(s, end);
        if (date.lookingAt() && date.end() > s && end - date.end() >= 2) {
            s = date.end();
        }
        java.util.regex.Matcher span = SPAN_TO_NOW.matcher(t.view()).region(s, end);
        if (span.lookingAt() && end - span.end() >= 2 && !companyAfter(t, span.end(), end)) {
            s = span.end(); // 半年多来|工程…; not 九天来|科技公司, a company named so
        }
        while (s < end) {
            if (s + 4 <= end && "区县市镇乡村".indexOf(t.charAt(s)) >= 0 && "及和与".indexOf(t.charAt(s + 1)) >= 0) {
                s += 2; // 16个区|及某新片区: the unit of a count and a conjunction, not a name's opening
                continue;
            }
            Token tk = t.tokenAt(s);
            if (tk == null || tk.start() != s || tk.end() >= end - 1) {
                break;
            }
            if (tk.tag().equals("p") && tk.text().length() == 1 && end - tk.end() >= 3 && !(s > 0 && t.charAt(s - 1) == '、')) {
                // (not right after a list's 、, where no preposition opens an item: 、同|欣某某项目 is a name's first character)
                s = tk.end(); // 为|某开发区揭牌, 对|某公司: a preposition introduces the name
                continue;
            }
            // a count's measure word left by the walk back (4|个|某科学城), a count (一位|某集团): not the name's
            // …only after a number: 莱/q|宝科技集团 is a name's first character the segmenter took for a measure
            boolean measure = verbs && (tk.tag().equals("q") || tk.tag().equals("mq")) && tk.text().length() == 1
                    && s > 0 && (Character.isDigit(t.charAt(s - 1)) || "一二三四五六七八九十百千万两几多每各".indexOf(t.charAt(s - 1)) >= 0);
            Token next = t.tokenAt(tk.end());
            boolean count = verbs && tk.tag().equals("m") && next != null && next.start() == tk.end()
                    && next.tag().startsWith("q") && next.end() < end - 1;
            if (measure || count) {
                s = count ? next.end() : tk.end();
                continue;
            }
            // a time morpheme alone is a time when it says one (今, 春, 晚); 清|电能源… is a name's first character,
            // and so is one before another lone morpheme (晨|友|新能源…: the segmenter's pieces of a name)
            boolean pieces = tk.text().length() == 1 && next != null && next.start() == tk.end() && next.text().length() == 1
                    && next.tag().endsWith("g") && !next.tag().equals("tg"); // (今|秋: two times, a time)
            boolean time = tk.tag().equals("t") || tk.tag().equals("tg") && (tk.text().length() > 1
                    || "今昨明春夏秋冬晨早晚夜午旬".contains(tk.text()) && !pieces);
            time &= !namesFeature(tk, next); // 立秋|湖堤岸…: a season's word naming a river, lake or hill is the name's own
            // a verb of two or three characters before a name is its predicate (建设兰州新区, 宣布…); a
            // longer one is a compound term of the name (污水处理装备…), 年产 opens a capacity (年产5万吨…)
            // …unless what is left is only a suffix: 兴业银行, where the verb-like word is the name
            boolean verb = verbs && VERB_TAGS.contains(tk.tag()) && tk.text().length() >= 2 && tk.text().length() <= 3
                    && !tk.text().equals("年产") && !onlySuffix(t, tk.end(), end) && !OrganizationRecognizer.brandVerbOfNameEndingAt(t, tk, end); // (光大|炭制品有限公司)
            // a verbal noun right before a place is a predicate too (建设|新疆某某股份有限公司): a name opens
            // with its place, and a verb before the place is no part of it
            verb |= verbs && tk.tag().equals("vn") && tk.text().length() == 2 && next != null && next.start() == tk.end()
                    && Divisions.get().regionAt(t.view(), tk.end()) != null && !onlySuffix(t, tk.end(), end);
            // 继|某某项目落地之后: "following", opening a clause of time, no name's first character (继峰 is a word of its own)
            boolean following = tk.text().equals("继") && tk.tag().startsWith("v") && clauseOfTimeAfter(t, end);
            if (!time && !verb && !following) {
                break;
            }
            s = tk.end();
        }
        return s;
    }

    /** The clause goes on from {@code at} to a word saying "after which" (之后, 以后, 后) before its end. */
    private static boolean clauseOfTimeAfter(ArticleText t, int at) {
        return AFTER_WHICH.matcher(t.view()).region(at, Math.min(t.length(), at + 30)).lookingAt();
    }

    /** The clause's words up to 后 (之后, 以后): a clause of time. */
    private static final Pattern AFTER_WHICH = Pattern.compile("[^，,。；;！？!?]{0,20}?后");

    /** One character for a natural or built feature that a place's name ends in: 河, 湖, 山, 路, 桥. */
    private static final String FEATURES = "河湖山江岭沟泉岛湾峰路街桥港塘坝滩";

    /** Whether the time word {@code tk} names a feature with the one character after it (立秋|湖, 春风|路 read apart). */
    static boolean namesFeature(Token tk, Token next) {
        return tk.text().length() >= 2 && next != null && next.start() == tk.end() && next.text().length() == 1
                && FEATURES.contains(next.text()) && next.tag().startsWith("n");
    }

    /**
     * Past a clause that describes a company or a park and closes with 的 (拟在本市投资的|某某有限公司,
     * 正在建设的|某某产业园): with a verb before it, 的 ends a predicate, and no name of a company or
     * a park holds one. Four characters at least must be left, a name and its suffix.
     */
    private static int afterRelativeClause(ArticleText t, int from, int end) {
        int start = from;
        boolean verb = false;
        for (int i = from; i < end; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            verb |= tk.tag().startsWith("v");
            if (verb && tk.tag().equals("ude1") && end - tk.end() >= 4) {
                start = tk.end();
            }
            i = tk.end();
        }
        return start;
    }

    /**
     * Past a clause that closes with a verb and 的 before a project (备受市民关注的|某某高速铁路): a project's
     * name may hold 的 after nouns (某某的家), not after a predicate. Four characters at least are left.
     */
    private static int afterVerbAndDe(ArticleText t, int from, int end) {
        int start = from;
        for (int i = from + 2; i < end - 4; i++) {
            Token de = t.tokenAt(i);
            Token verb = t.tokenAt(i - 1);
            if (de != null && de.start() == i && de.tag().equals("ude1") && verb != null && verb.end() == i
                    && verb.start() > from && VERB_TAGS.contains(verb.tag())) {
                start = de.end();
            }
        }
        return start;
    }

    /** 入驻企业圆融科技公司: a word for companies before a company's name is no part of it. */
    private static int afterDescriptor(ArticleText t, int from, int end) {
        Token tk = t.tokenAt(from);
        if (tk != null && tk.start() == from && end - tk.end() >= 4
                && (tk.text().equals("企业") || tk.text().equals("公司") || tk.text().endsWith("企业") && tk.text().length() <= 4)) {
            return tk.end();
        }
        return from;
    }

    /**
     * Past a zone's name that a place's name follows (经济开发区|某省某新材有限公司, 某县通航产业基地|某省某飞机制造项目):
     * a company or project is registered under one place, so a zone's suffix and then a province,
     * city or county closes one name and opens the next. Without a place after it, the zone is part
     * of the name (某新区某国际学校项目).
     */
    private static int afterParkBeforePlace(ArticleText t, int from, int end) {
        for (int i = from + 2; i <= end - 6; i++) {
            boolean zoneEnds = Lexicons.PARK_SUFFIXES.suffixAt(t.view(), i) != null || t.view().startsWith("基地", i - 2);
            if (zoneEnds && t.isTokenBoundary(i)) {
                String place = Divisions.get().regionAt(t.view(), i);
                Token word = t.tokenAt(i);
                // a district's short name that is a verb here (新建, 前进) builds or moves, and names no place
                boolean verb = word != null && word.start() == i && word.tag().startsWith("v") && place != null
                        && place.length() == word.text().length(); // (合作|市: a level after it makes it a place)
                if (place != null && t.isTokenBoundary(i + place.length()) && !verb) {
                    return i;
                }
            }
        }
        return from;
    }

    /**
     * Verbs a body or company does to a project (签订 an agreement on it, 承建 it), as opposed to those
     * that describe the project itself (某公司新建|年产…项目 is the project's full name).
     */
    private static final Set<String> ACTS_ON_PROJECT = Set.of("签订", "签署", "签约", "引进", "承建", "实施", "推进", "启动");

    /**
     * Past a body or company and a verb it does to the project, inside a project's span (某园区管委会签订|
     * 某基地建设项目, 某公司承建|某工程): the subject of a clause and its predicate, not the project's name.
     * Four characters at least must be left.
     */
    private static int afterBodyAndVerb(ArticleText t, int from, int end) {
        return afterLastWord(t, from, end, tk -> tk.end() <= end - 4 && ACTS_ON_PROJECT.contains(tk.text()) && VERB_TAGS.contains(tk.tag())
                && (Lexicons.ORGANIZATION_SUFFIXES.suffixAt(t.view(), tk.start()) != null
                        || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), tk.start()) != null));
    }

    /** One-character prepositions that introduce a topic or a target: 某县就|产业项目建设…进行调研. */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("就", "对", "向");

    /** Past a one-character preposition inside a project's span: what follows it is the topic, not a name's tail. */
    private static int afterTopicPreposition(ArticleText t, int from, int end) {
        return afterLastWord(t, from, end, tk -> {
            Token before = t.tokenAt(tk.start() - 1);
            // the segmenter tags 就 an adverb as often as a preposition; after a place or a person it is the preposition
            boolean afterName = before != null && (before.tag().startsWith("ns") || before.tag().startsWith("nr"));
            return TOPIC_PREPOSITIONS.contains(tk.text()) && (tk.tag().equals("p") || tk.tag().equals("d") && afterName)
                    && !NameBoundary.tradeTowardsCountry(t, tk.end()); // (某某对俄进出口…: the trade's direction)
        });
    }

    /**
     * An adverb of two characters or more inside, as the segmenter's word (实地|踏查, 全力|推进): it
     * modifies the word after it as a verb, and a verb phrase is a clause, not a name. A phase (先期|开通)
     * is the name's.
     */
    private static boolean adverbThenVerb(ArticleText t, Span s) {
        for (int i = s.start(); i < s.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            Token next = tk.end() < s.end() ? t.tokenAt(tk.end()) : null;
            // …before a verb, or a word the segmenter could only call a proper noun (实地|踏查/nz); not before a
            // noun (高标准|设施: an attribute the segmenter takes for an adverb)
            if (tk.start() == i && tk.tag().equals("d") && tk.text().length() >= 2 && !PHASE_ADVERBS.contains(tk.text())
                    && next != null && next.start() == tk.end()
                    && (VERB_TAGS.contains(next.tag()) || next.tag().equals("vn") || next.tag().equals("nz"))
                    && !intransitiveBeforeNoun(t, next.start(), s.end())) {
                return true;
            }
            i = Math.max(i + 1, tk.end());
        }
        return false;
    }

    /**
     * 快速|装车|系统: an intransitive verb at {@code at} and a noun after it inside the name, what the noun's thing does (a
     * loading system), so the adverb before them qualifies a compound noun, not a clause's predicate.
     */
    private static boolean intransitiveBeforeNoun(ArticleText t, int at, int end) {
        Token verb = t.tokenAt(at);
        Token noun = verb != null && verb.end() < end ? t.tokenAt(verb.end()) : null;
        return noun != null && verb.start() == at && verb.tag().equals("vi") && noun.start() == verb.end() && noun.end() <= end
                && (noun.tag().equals("n") || noun.tag().equals("nis"));
    }

    /** Past a preposition of two characters inside (某公司关于|公司发展历程): a name holds none. */
    private static int afterPreposition(ArticleText t, int from, int end) {
        return afterLastWord(t, from, end, tk -> tk.start() > from && tk.end() < end && tk.tag().equals("p") && tk.text().length() >= 2);
    }

    /** The end of the last of the segmenter's words after {@code from} and starting before {@code end} that {@code is} holds for; else {@code from}. */
    private static int afterLastWord(ArticleText t, int from, int end, java.util.function.Predicate<Token> is) {
        int s = from;
        for (int i = from + 1; i < end; ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            if (tk.start() == i && is.test(tk)) {
                s = tk.end();
            }
            i = Math.max(i + 1, tk.end());
        }
        return s;
    }

    /** The verbs that build a project ({@link ProjectRecognizer#BUILDING_VERBS}), and 建 and 布局 said alone before a name. */
    private static final Set<String> BUILDING_VERBS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(ProjectRecognizer.BUILDING_VERBS.split("\\|")), java.util.stream.Stream.of("建", "布局"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Verbs of building that open a clause of their own before what they build (，建造|某大桥项目). */
    private static final Set<String> CLAUSE_BUILDING_VERBS = Set.of("建设", "建造", "兴建", "新建", "投建", "打造");

    /**
     * Past a verb of building that opens its clause (…合作，建造|某某大桥项目): the clause's predicate, no
     * part of the name (not before a road's or a village's character: 建设路 is a road's name).
     */
    private static int afterClauseBuildingVerb(ArticleText t, int from, int end) {
        Token verb = t.tokenAt(from);
        if (from == 0 || verb == null || verb.start() != from || !verb.tag().startsWith("v")
                || !CLAUSE_BUILDING_VERBS.contains(verb.text()) || end - verb.end() < 4
                || "，,；;：:。\n".indexOf(t.charAt(from - 1)) < 0) {
            return from;
        }
        return "路街道巷桥村".indexOf(t.charAt(verb.end())) < 0 ? verb.end() : from;
    }

    /**
     * A zone's name that a building verb follows ends there (某经济开发区|建设某物流园): what the verb
     * builds is another thing, not part of the zone's name.
     */
    private static int beforeBuildingVerb(ArticleText t, int from, int end) {
        for (int i = from + 4; i < end - 2; i++) {
            Token verb = t.tokenAt(i);
            if (verb != null && verb.start() == i && verb.tag().startsWith("v") && BUILDING_VERBS.contains(verb.text())
                    && Lexicons.PARK_SUFFIXES.suffixAt(t.view(), i) != null) {
                return i;
            }
        }
        return end;
    }

    /**
     * Past the place a preposition opens and the verb after it (在|某经济开发区建设|某产业园项目): 在 takes
     * where something is built, the verb what is built; the project is the verb's object.
     */
    private static int afterPlaceOfBuilding(ArticleText t, int from, int end) {
        if (from == 0 || t.charAt(from - 1) != '在') {
            return from;
        }
        for (int i = from + 2; i < end - 4; i++) {
            Token verb = t.tokenAt(i);
            if (verb == null || verb.start() != i || !verb.tag().startsWith("v") || !BUILDING_VERBS.contains(verb.text())
                    || end - verb.end() < 4) {
                continue;
            }
            String where = t.slice(from, i);
            boolean division = where.length() >= 3 && "省市县区镇乡旗".indexOf(where.charAt(where.length() - 1)) >= 0;
            boolean within = where.length() >= 2 && "内里".indexOf(where.charAt(where.length() - 1)) >= 0; // 在县域内|建设
            if (Lexicons.PARK_SUFFIXES.suffixAt(where, where.length()) != null || Divisions.get().isPlace(where) || division || within) {
                return verb.end();
            }
        }
        return from;
    }

    /**
     * Past a title and its holder inside a span (区长周敏来到|华辰电气有限公司): a name holds no title,
     * and a person named with one, then a verb, are the subject and predicate before it.
     */
    private static int afterTitleHolder(ArticleText t, int from, int end) {
        int s = from;
        for (int i = from; i < end; ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            if (tk.start() >= from && tk.tag().equals("nnt") && tk.end() < end - 1) {
                int k = tk.end();
                Token holder = t.tokenAt(k);
                if (holder != null && holder.start() == k && holder.isPersonName()) {
                    k = holder.end();
                    Token verb = t.tokenAt(k);
                    while (verb != null && verb.start() == k && verb.tag().startsWith("v") && verb.end() < end - 1) {
                        k = verb.end();
                        verb = t.tokenAt(k);
                    }
                    s = k;
                }
            }
            i = Math.max(i + 1, tk.end());
        }
        return s;
    }

    /** A verb inside a park's span after which only a zone's suffix is left. */
    private static boolean predicateBeforeSuffix(ArticleText t, Span s) {
        for (int i = s.start() + 1; i < s.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            // a verb of two characters, or one of going (来, 到, 赴): 研|谷 and 创|新区 are names the
            // segmenter cut, and the verb must not be part of the suffix itself
            // a verb of four characters or more is a set phrase naming the zone's theme (改革创新|示范区)
            boolean going = tk.text().length() >= 2 && tk.text().length() <= 3 || "来到去赴进".contains(tk.text());
            String suffix = Lexicons.PARK_SUFFIXES.suffixAt(t.view(), s.end());
            if (tk.start() > s.start() && going && VERB_TAGS.contains(tk.tag()) && onlySuffix(t, tk.end(), s.end())
                    && !NameBoundary.placeAfterDivision(t, tk) && !themeAfterPlace(t, s, tk)
                    && (suffix == null || tk.end() <= s.end() - suffix.length())) {
                return true;
            }
            i = Math.max(i + 1, tk.end());
        }
        return false;
    }

    /** What settles in a zone (项目|落地, 企业|入驻): a clause's subject before its verb, never a theme. */
    private static final Set<String> SUBJECTS_OF_SETTLING = Set.of("项目", "企业", "公司", "客商", "产业", "资金", "人才");

    /**
     * The verb is the last word of a zone's theme (某市国际能源科技|创新|产业园): the name opens with a place, a
     * noun stands right before the verb, and the verb is none of going or visiting or of the genre's lists
     * (某市考察团|来|开发区, 某市代表团|走进|开发区, 某市项目|落地|产业园 stay clauses).
     */
    private static boolean themeAfterPlace(ArticleText t, Span s, Token verb) {
        Token before = t.tokenAt(verb.start() - 1);
        String w = verb.text();
        return verb.text().length() == 2 && Divisions.get().placeAt(t.view(), s.start()) != null
                && before != null && before.start() > s.start() && before.end() == verb.start() && before.tag().startsWith("n")
                && !before.tag().startsWith("nr") && !Lexicons.GOING_VERBS.contains(w) && !SUBJECTS_OF_SETTLING.contains(before.text())
                && CoordinationLists.verbOf(w) == CoordinationList.Verb.NONE;
    }

    private static boolean onlySuffix(ArticleText t, int from, int end) {
        if (from >= end) {
            return false; // the word runs past the name's end (某高新区|分园 read as 区分): no suffix is left after it
        }
        String rest = t.slice(from, end);
        return Lexicons.ENTERPRISE_SUFFIXES.contains(rest) || Lexicons.PARK_SUFFIXES.contains(rest)
                || Lexicons.ORGANIZATION_SUFFIXES.contains(rest);
    }

    /**
     * A park named after its place starts there: common words the walk back took before it are no
     * part of it (仪式|兰州新区, 开工仪式|…). A proper word or one the dictionary does not know stays.
     */
    private static int startAtPlace(ArticleText t, int from, int end) {
        for (int i = from + 1; i < end - 2; i++) {
            String region = Divisions.get().regionAt(t.view(), i);
            if (region == null || !t.isTokenBoundary(i)) {
                continue;
            }
            boolean common = i - from >= 2;
            for (int k = from; k < i && common; ) {
                Token tk = t.tokenAt(k);
                if (tk == null || tk.start() < from || tk.end() > i) {
                    common = false;
                    break;
                }
                String tag = tk.tag();
                // nouns and verbs of two or more characters (仪式, 建设); not a direction or an adjective (西|太湖…)
                // a body's name too (中国共产党|某开发区工作委员会): the zone is not the party's
                boolean commonWord = tk.text().length() >= 2 && (tag.equals("n") || tag.startsWith("v") || tag.equals("nt"))
                        && !t.dictionaryTags(tk.text()).isEmpty();
                if (!commonWord) {
                    common = false;
                    break;
                }
                k = tk.end();
            }
            return common ? i : from;
        }
        return from;
    }

    /**
     * 某县2021年某某综合治理工程: a year right after the name of a division (a county, a city …), and then a
     * name of works, is the year of that place's programme, part of its name (not a batch: 某年第一批…,
     * 某市某年重点项目, whose words after the year say only which kind).
     */
    private static boolean yearOfPlacesWorks(String text, java.util.regex.Matcher year, String suffix) {
        if (!year.group().matches("\\d{4}年") || year.start() < 2
                || !Divisions.get().isPlace(text.substring(0, year.start()))) {
            return false;
        }
        String rest = text.substring(year.end(), text.length() - (suffix == null ? 0 : suffix.length()));
        return NameChecks.specific(rest).length() >= 4;
    }

    /**
     * A superlative and a few words before 项目 (最大单笔项目, 最大投资项目): one picked out of a kind, no name (not
     * “最美某某”项目, quoted, nor 最高人民法院…项目, an institution's name).
     */
    private static final Pattern SUPERLATIVE = Pattern.compile("最[大小高多早新]\\p{IsHan}{0,2}(?:项目|工程)");

    /** Whether {@code at} lies inside a quotation opened after {@code from}: more “ than ” between them. */
    private static boolean quotedAt(ArticleText t, int from, int at) {
        int open = 0;
        for (int i = from; i < at; i++) {
            char c = t.charAt(i);
            open += c == '“' ? 1 : c == '”' ? -1 : 0;
        }
        return open > 0;
    }

    private static boolean projectShape(ArticleText t, Span s, String text) {
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(text, text.length());
        if (MONEY.matcher(text).find() || COUNT_OPENING.matcher(text).find() || LIST_END.matcher(text).find()
                || BATCH_WORDS.matcher(text).find() || Lexicons.PROJECT_SUFFIXES.contains(text)
                || COUNT_INSIDE.matcher(text).find() || placesCount(text)) {
            return false;
        }
        if (AGREEMENT.matcher(text).find()) {
            return false; // 某某融资合作协议: what two sides signed, not what is built
        }
        java.util.regex.Matcher batch = BATCH_TIME.matcher(text);
        while (batch.find()) {
            if (!text.startsWith("年产", batch.end() - 1) && !yearOfPlacesWorks(text, batch, suffix)) {
                return false; // 2026年第一批…项目, 一月份重点建设项目: a batch of projects
            }
        }
        int inner = text.indexOf("项目");
        if (inner >= 0 && inner + 2 < text.length() && !text.substring(inner + 2).matches("[(（]?[一二三四五六七八九十\\d]+期.*")) {
            return false; // 奶粉项目奶粉车间: a part of a project
        }
        for (int i = s.start(); i < s.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            if (tk.start() >= s.start() && tk.end() <= s.end()) {
                if (tk.tag().equals("t") && tk.start() > s.start() && tk.text().matches(".*[年月日季度春夏秋冬旬周].*")
                        && !quotedAt(t, s.start(), tk.start()) && !(t.charAt(tk.start() - 1) == '/' && NameBoundary.perTime(t, tk.start()))) {
                    return false; // 春季…项目, 一月份…: projects of a time (not “千年某城”, a quoted name's word)
                }
                if ((tk.tag().equals("nnt") || Lexicons.GOV_TITLES.contains(tk.text())) && !beforeWorkplace(t, tk.end(), s.end())) {
                    return false; // 市长某某宣布…: a title and its holder's words
                }
                if (Lexicons.GOVERNING_VERBS.contains(tk.text()) && (!tk.tag().equals("vn") || quantityAfter(t, tk.end())
                        || tk.start() == s.start() && verbJustBefore(t, s.start()))) {
                    return false; // 紧盯项目, 调研|指导…项目, 储备300兆瓦…项目: what is done with projects, not a project's name
                }
                if (tk.tag().equals("p") && tk.text().length() >= 2
                        || tk.tag().startsWith("d") && tk.text().length() >= 2 && tk.start() > s.start() && !PHASE_ADVERBS.contains(tk.text())
                            && !beforeNoun(t, tk.end(), s.end()) && !intransitiveBeforeNoun(t, tk.end(), s.end())) {
                    return false; // 某公司负责同志关于项目, 经开区牢牢抓住项目: a preposition or adverb makes a clause
                }
            }
            i = Math.max(i + 1, tk.end());
        }
        if (suffix != null && text.length() > suffix.length() && (slogan(t, s.start(), s.end() - suffix.length())
                || parallelSlogan(t, text.substring(0, text.length() - suffix.length())))) {
            return false;
        }
        if (suffix != null && text.length() > suffix.length()) {
            int suffixStart = s.end() - suffix.length();
            char before = t.charAt(suffixStart - 1);
            Token last = t.tokenAt(suffixStart - 1);
            if ("和及与".indexOf(before) >= 0 && t.isTokenBoundary(suffixStart - 1)
                    || last != null && last.end() == suffixStart && last.tag().equals("f")) {
                return false; // 发展和项目, 大地上项目: the word 项目 on its own
            }
            if (last != null && last.end() == suffixStart && last.start() > s.start() && last.text().length() == 1
                    && last.tag().equals("v") && SLOGAN_VERBS.indexOf(last.text().charAt(0)) >= 0) {
                return false; // 提档升级建|项目, 资源优势引|项目: a verb done to projects and its object, a slogan's clause
            }
            if (last != null && last.end() == suffixStart && last.text().equals("好") && last.start() > s.start()) {
                Token verb = t.tokenAt(last.start() - 1);
                if (verb != null && verb.end() == last.start() && verb.tag().startsWith("v")) {
                    return false; // 宣传好|项目, 服务好|项目: a verb and its result, a predicate whose object is projects
                }
            }
            String head = text.substring(0, text.length() - suffix.length());
            if (ZONE_BEFORE_SUFFIX.matcher(head).find()) {
                return false; // 滨湖高新区项目集中开工: the zone's projects, not one (甲产业园项目 builds a park: one)
            }
            if (STAGE_BEFORE_SUFFIX.matcher(head).matches() && last != null && last.end() == suffixStart
                    && VERB_TAGS.contains(last.tag()) && !placeBeingBuilt(head)) {
                return false; // 计划开复工项目: projects of a stage
            }
        }
        if (suffix != null && genericWorks(text.substring(0, text.length() - suffix.length()))) {
            return false; // 基础设施建设项目, 高质量建设项目: a kind of works said of many, no project's name
        }
        if (designated(text, suffix) && !companysOwn(t, s)) {
            return false; // 伊春省百大项目, 某区高大尚重点产业项目: a designation of projects, not one's name
        }
        return !verbPhrase(t, s);
    }

    /**
     * A title before a common noun that it modifies (博士|工作站, 院士|工作站, 电工|电器产品): part of a
     * compound term of what is built; a title's holder is a person's name (市长|某某宣布…).
     */
    private static boolean beforeWorkplace(ArticleText t, int at, int end) {
        Token next = t.tokenAt(at);
        return next != null && next.start() == at && next.end() < end && next.tag().startsWith("n") && !next.isPersonName()
                && !next.tag().equals("nnt") && !Lexicons.GOV_TITLES.contains(next.text());
    }

    /** A verb of two characters or more ends right at {@code at} (调研|指导…): a verb after it is the clause's too. */
    private static boolean verbJustBefore(ArticleText t, int at) {
        Token before = at > 0 ? t.tokenAt(at - 1) : null;
        return before != null && before.end() == at && before.text().length() >= 2 && before.tag().startsWith("v");
    }

    /**
     * Only one-character verbs and adjectives before the suffix (攻|慢|项目, 啃|难|项目): a slogan's verb
     * and the kind of project it is done to, no project's name.
     */
    private static boolean slogan(ArticleText t, int from, int suffixStart) {
        for (int i = from; i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > suffixStart || tk.text().length() != 1
                    || !(tk.tag().startsWith("v") || tk.tag().startsWith("a"))) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /**
     * Three or more pairs of characters sharing their second, each opened by a verb or an adjective (延链补链强链|工程,
     * 稳岗扩岗保岗): things done in turn to one object, a slogan of what a place does, no works of its own (南湖北湖西湖,
     * 一中二中三中, opened by directions and numbers, are places).
     */
    static boolean parallelSlogan(ArticleText t, String head) {
        int n = head.length();
        if (n < 6 || n % 2 != 0) {
            return false;
        }
        for (int i = 1; i < n; i += 2) {
            if (head.charAt(i) != head.charAt(1) || !doing(t, head.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** The dictionary knows the character alone as a verb or an adjective. */
    private static boolean doing(ArticleText t, char c) {
        return t.dictionaryTags(String.valueOf(c)).stream().anyMatch(tag -> tag.startsWith("v") || tag.startsWith("a"));
    }

    /** The verbal nouns of doing works, which a project's name may end in before 项目 (某某路改造|项目). */
    private static final Pattern WORKS_AT_END = Pattern.compile("(?:建设|改造|提升|推进|实施|升级|整治)$");

    /** Generic words only, then a verbal noun of doing works: 基础设施|建设, 高质量|建设. */
    private static boolean genericWorks(String head) {
        Matcher w = WORKS_AT_END.matcher(head);
        return w.find() && w.start() >= 2 && NameChecks.specific(head.substring(0, w.start())).isEmpty();
    }

    /** Adverbs that name a phase of the works, not how a clause's verb is done: 某线先期开通工程, 先行启动区. */
    /**
     * A noun or a verbal noun follows at {@code at}, inside the name: an adverb before it modifies a
     * compound term (自动|包装|码垛生产线), where before a verb it makes a clause (牢牢|抓住项目).
     */
    private static boolean beforeNoun(ArticleText t, int at, int end) {
        Token next = t.tokenAt(at);
        return next != null && next.start() == at && next.end() < end && (next.tag().startsWith("n") || next.tag().equals("vn"));
    }

    private static final java.util.Set<String> PHASE_ADVERBS = java.util.Set.of("先期", "先行", "首期", "远期");

    /** A number starts at {@code at} (储备|300兆瓦): a verbal noun before it is the verb of a clause. */
    private static boolean quantityAfter(ArticleText t, int at) {
        Token next = t.tokenAt(at);
        return next != null && next.start() == at && next.tag().equals("m");
    }

    /** A company, in the same clause, that puts a sum into building what follows: 某集团总投资5亿元建设的|… */
    private static final Pattern BUILT_BY_COMPANY = Pattern.compile(
            "(?:公司|集团)" + ProjectRecognizer.STATED_SUM + "(?:建设|投建|实施|打造|兴建)的$");

    /**
     * Whether the phrase is what a company right before it builds with the sum it states (某集团总投资5亿元建设的生态农业示范项目):
     * then even a designation's words (示范项目) are the name of that company's one project.
     */
    private static boolean companysOwn(ArticleText t, Span s) {
        int clause = t.clauseStart(s.start());
        return clause < s.start() && BUILT_BY_COMPANY.matcher(t.slice(clause, s.start())).find();
    }

    private static final Pattern DESIGNATION = Pattern.compile("重点|重大|[一二三四五六七八九十百千两]大|省级|市级|区级|国家级|示范|试点|典范|招商引资|亿元以上");

    /** A level of government before a designation: 省, 市级, 全市, 国家. */
    private static final Pattern LEVEL = Pattern.compile("(?:全|本|我)?(?:省|市|县|区|旗|州|国家)(?:级)?(?:、(?:省|市|县|区)(?:级)?)*");

    /** A level's word closing a place's name: 东山市|级. */
    private static final Pattern LEVEL_AFTER = Pattern.compile("(?:省|市|县|区)?(?:级)?$");

    /** Nothing, a level of government, or a place (and its level) before a designation. */
    private static boolean levelOrPlace(String prefix) {
        if (prefix.isEmpty() || LEVEL.matcher(prefix).matches()) {
            return true;
        }
        String place = LEVEL_AFTER.matcher(prefix).replaceAll("");
        return Divisions.get().isPlace(prefix) || Divisions.get().isPlace(place) || Divisions.get().isRegion(place);
    }

    /** The venues of a ceremony held in several places, opening a name's stretch: 主会场, 分会场. */
    private static final Pattern VENUE = Pattern.compile("[主分]会场");
    /** A venue and the verb that says where it is: 分会场设在, 主会场位于. */
    private static final Pattern VENUE_PLACED_AT = Pattern.compile("[主分]会场(?:设在|设于|位于)");

    /** A number of one to three digits right before the works' word, after a Han character: 某区24|项目. */
    private static final Pattern BARE_COUNT = Pattern.compile("(\\p{IsHan}+?)(\\d{1,3})(?:项目|工程)$");

    /**
     * A place's count of works without its measure word, as headlines write it (某区24项目签约, 门头沟24项目): the
     * characters before the number end in a division's word or are a division's name. Not a road's or a model's
     * number (国道318项目, 鲲鹏920项目).
     */
    private static boolean placesCount(String text) {
        Matcher m = BARE_COUNT.matcher(text);
        if (!m.find()) {
            return false;
        }
        String before = m.group(1);
        if ("区县市镇乡旗州".indexOf(before.charAt(before.length() - 1)) >= 0) {
            return true;
        }
        for (int k = Math.max(0, before.length() - 4); k <= before.length() - 2; k++) {
            if (Divisions.get().isRegion(before.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** What is under way, before the name of the works it is: (建设)中的, (施工)中的. */
    private static final Pattern UNDER_WAY = Pattern.compile("(?:建设|施工|在建|改造|规划)?中的");
    /** The land works take, opening a phrase before their name: 占地1500亩, 占地约3.2万平方米. */
    private static final Pattern AREA_TAKEN = Pattern.compile("占地(?:面积)?(?:约|近|达)?\\d+(?:\\.\\d+)?(?:多|余)?[万千]?(?:亩|平方米|平方公里|公顷)的?");
    /** A count of fields or trades before the word for their projects: 五大产业项目, 三大板块项目. */
    private static final Pattern COUNTED_FIELDS = Pattern.compile("[一二三四五六七八九十两\\d]+大(?:产业|行业|板块|领域|产业链|工程)(?:项目|工程)$");
    /** Which one of its kind a company was: 第一家, 首家, 首个. */
    private static final Pattern RANKED_FIRST = Pattern.compile("(?:第[一二三四五六七八九十\\d]+|首)([家个])");

    /** 某地第一家|本土航空公司: 家 or 个 a measure word of its own (not 第一|家纺, 第一|家园, 第一|家居: a brand's words). */
    private static boolean rankedFirst(ArticleText t, Span span) {
        Matcher m = RANKED_FIRST.matcher(t.view()).region(span.start(), span.end());
        while (m.find()) {
            org.localkg.nlp.Token measure = t.tokenAt(m.start(1));
            if (measure != null && measure.start() == m.start(1) && measure.end() == m.end(1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What opens a clause before a name, never a name's first word: a verb of what is to come (预计, 有望,
     * 力争), a verb of where something is (设在, 位于, 地处), and 整个 (the whole of what was named).
     */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?:预计|有望|力争|争取|确保|设在|位于|地处|坐落[于在]?)(?:将?整个)?|整个");
    /** A place as a whole, top to bottom: 全市上下, 全区上下 (the subject of a clause). */
    private static final Pattern WHOLE_PLACE = Pattern.compile("[全各][省市县区镇乡旗州盟]上下");

    /** A designation of a kind of works: 重点项目, 百大项目, 重大产业项目, 招商引资项目. */
    private static final Pattern KIND_DESIGNATION = Pattern.compile("(?:重点|重大|百大|十大|招商引资|亿元以上)(?:产业|建设)?(?:项目|工程)");

    /**
     * 省百大项目|甲集团某某项目, 省重点项目|甲集团: a designation of the works' kind in apposition before a name; the
     * name starts after it, when four characters or more are left before {@code end} (a project's 项目, a name's end).
     */
    static int afterDesignationOfKind(ArticleText t, int start, int end) {
        Matcher m = KIND_DESIGNATION.matcher(t.view()).region(start, end);
        int cut = start;
        while (m.find()) {
            org.localkg.nlp.Token next = t.tokenAt(m.end());
            // a name follows (金泰/nz, 东山/ns), not a clause (重大项目|集中签约开工暨…: what the event is); and only a
            // level or a place stands before the designation (省|百大项目, 东山市|重点项目), not a brand whose own name
            // holds the words (宏达重大工程装备有限公司)
            if (end - m.end() >= 4 && next != null && next.start() == m.end() && next.tag().startsWith("n")
                    && levelOrPlace(t.slice(start, m.start()))) {
                cut = m.end();
            }
        }
        return cut;
    }

    /** After the last designation word, nothing but generic or industry words before 项目. */
    private static boolean designated(String text, String suffix) {
        String head = suffix == null ? text : text.substring(0, text.length() - suffix.length());
        Matcher m = DESIGNATION.matcher(head);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return false;
        }
        String rest = head.substring(end);
        boolean genericAfter = rest.isEmpty() || !NameChecks.enterpriseName(rest) && NameChecks.specific(rest).length() <= 4;
        // what stands before the designation says which project, unless it is a place and a word or two
        // (伊春省|百大, 平谷区高大尚|重点产业); 某公司某某电池系统|示范项目 is a name
        String before = ShortNames.stripRegion(head.substring(0, m.reset().find() ? firstStart(head) : 0));
        // a quoted slogan of short phrases (“强某某、补某某、聚某某”重大项目) says what the projects do, no one's name
        before = QUOTED_SLOGAN.matcher(before).replaceAll("");
        return genericAfter && NameChecks.specific(before).length() <= 3;
    }

    /** A quote of two or more short phrases between 、 or a middle dot (“强龙头、补链条”, “聚力某地·合创未来”): a slogan. */
    private static final Pattern QUOTED_SLOGAN = Pattern.compile("[“\"]\\p{IsHan}{2,4}(?:[、·•]\\p{IsHan}{2,4})+[”\"]");

    private static int firstStart(String head) {
        Matcher m = DESIGNATION.matcher(head);
        int last = 0;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /**
     * A verb and its object (强化产业主导项目, 长春市促成合同项目): after any place it opens with, the
     * phrase starts with a verb of two or three characters.
     */
    private static boolean verbPhrase(ArticleText t, Span s) {
        int i = s.start();
        String region = Divisions.get().regionAt(t.view(), i);
        if (region != null && i + region.length() < s.end()) {
            i += region.length();
        }
        String scope = Lexicons.GENERIC.prefixAt(t.view(), i);
        if (scope != null && i + scope.length() < s.end() - 2 && t.isTokenBoundary(i + scope.length())) {
            i += scope.length(); // 全市|深化转型项目
        }
        Token tk = t.tokenAt(i);
        while (tk != null && tk.start() == i && tk.tag().startsWith("ad") && tk.end() < s.end() - 2) {
            i = tk.end(); // 全面|掀起…: an adverb before the verb
            tk = t.tokenAt(i);
        }
        // 能够|看到…, 可以|看到…: a modal of two characters and a verb open a clause, whatever follows
        Token modalVerb = tk != null && tk.start() == i && ABLE.contains(tk.text()) ? t.tokenAt(tk.end()) : null;
        if (modalVerb != null && modalVerb.start() == tk.end() && VERB_TAGS.contains(modalVerb.tag()) && modalVerb.end() < s.end()) {
            return true;
        }
        // a modal opening the clause (要|树牢项目建设…): what follows it is the predicate, whatever its words' tags
        boolean modal = tk != null && tk.start() == i && i == s.start() && MODALS.contains(tk.text()) && tk.tag().startsWith("v")
                && (i == 0 || ArticleText.isBreak(t.charAt(i - 1)) || "，,；;：:".indexOf(t.charAt(i - 1)) >= 0);
        if (modal) {
            return properWordFrom(t, tk.end(), s.end()) < 0;
        }
        // …and so is the word after a modal before the phrase (要|比拼转型项目), a verb the segmenter read as a name
        boolean afterModal = tk != null && tk.start() == i && i == s.start() && i > 0 && MODALS.contains(String.valueOf(t.charAt(i - 1)))
                && t.isTokenBoundary(i - 1) && (t.dictionaryTags(tk.text()).isEmpty() // (a word the dictionary lacks)
                        || t.dictionaryTags(tk.text()).stream().anyMatch(tag -> tag.startsWith("v")));
        if (tk == null || tk.start() != i || tk.end() >= s.end() - 1 || !(VERB_TAGS.contains(tk.tag()) || afterModal)
                || tk.text().length() < 2 || tk.text().length() > 3 || tk.text().equals("年产")) {
            return false;
        }
        // the verb may be a name's first word (远航动力三期项目, 远航精密机械项目): then a phase, a proper
        // word or what is built follows (not 强化产业主导项目, 促成合同项目)
        String rest = t.slice(tk.end(), s.end());
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(rest, rest.length());
        String described = suffix == null ? rest : rest.substring(0, rest.length() - suffix.length());
        if (rest.matches(".*[一二三四五六七八九十\\d]+期.*") || ProjectRecognizer.describesWhatIsBuilt(described)) {
            return false;
        }
        // a capacity right after it (某地腾飞|年产2000吨…项目): the verb-like word is a brand, unless it builds
        if (rest.matches("^(?:年产|\\d).*") && !tk.text().matches(ProjectRecognizer.BUILDING_VERBS + "|扩建|改建|续建|引进|签约")
                && !Lexicons.GOVERNING_VERBS.contains(tk.text())) {
            return false;
        }
        return properWordFrom(t, tk.end(), s.end()) < 0;
    }

    /** Modal verbs of two characters: 能够, 可以. */
    private static final java.util.Set<String> ABLE = java.util.Set.of("能够", "可以", "能否");
    /** Modal verbs of one character that open a clause's predicate: 要, 应, 需, 须. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("要", "应", "需", "须");

    /** Where the first name, place or organisation word stands in [from, end), or -1. */
    private static int properWordFrom(ArticleText t, int from, int end) {
        for (int k = from; k < end; ) {
            Token w = t.tokenAt(k);
            if (w == null) {
                k++;
                continue;
            }
            String tag = w.tag();
            if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.equals("nx") || tag.equals("j")) {
                return k;
            }
            k = Math.max(k + 1, w.end());
        }
        return -1;
    }
}
