package org.localkg.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.extract.CoordinationList.Kind;
import org.localkg.nlp.Token;

/**
 * Projects that the article's coordination lists ({@link CoordinationLists}) say are projects: the
 * items of a list closed by 等…项目 or a count (甲、乙等16个项目, 甲、乙3个关联产业项目), opened after
 * a clause about projects (签约项目共有4个，分别是…), or whose items end like works. Each item may
 * carry what it says of itself, and the list what it says of all of them:
 * <ul>
 *   <li>总投资15亿元的甲: the item's investment;</li>
 *   <li>某某公司投资的甲项目: the item's enterprise;</li>
 *   <li>某某开发区甲、乙等新建项目, 某某高新区内甲、乙等项目: a park before the first item is the park
 *       of every item.</li>
 * </ul>
 * An item that names something already known as a park or an institution (甲产业园, 乙医院) is
 * also a project; a company stays a company.
 */
final class ProjectListRecognizer {
    /** 总投资, 投资额约, 投资达: the words that say a sum is invested, before the sum. */
    private static final String INVESTING = "(?:总投资|投资总额|投资)(?:额)?(?:约|达|超|近|逾|为)?";
    /** 投资5亿元的|甲, 投资37.96亿元|甲: the item's sum before its name, with or without 的 (not 投资5亿元以上|项目, a bound). */
    private static final Pattern INVESTED = Pattern.compile(
            "^(?:计划)?" + INVESTING + "(\\d+(?:\\.\\d+)?)(亿|万)?元(?:人民币)?(?:左右)?(?:(?:[，,]?" + ProjectRecognizer.CAPACITY_VERB
            + "[^，。；、的]{1,20})?的|(?=\\p{IsHan})(?!以上|以下|左右|人民币|的))");
    /**
     * 投资2000万美元的甲, 完成投资亿元以上的乙: a sum in another currency, or a bound, says the same of the item,
     * but no sum of its own in yuan.
     */
    private static final Pattern INVESTED_WITHOUT_SUM = Pattern.compile(
            "^(?:计划|完成|累计)?" + INVESTING + "(?:\\d+(?:\\.\\d+)?(?:亿|万)?(?:美元|欧元|港元|港币|日元|英镑)(?:以上|以下|左右)?"
            + "|(?:\\d+(?:\\.\\d+)?)?(?:亿|万)元?(?:以上|以下))的");
    /** 投资的, 投资建设的, 签约投资35亿元的, 投资2.15亿元建设的: what a company says of the project after it. */
    private static final Pattern OWNED = Pattern.compile("(?:签约)?(?:" + ProjectRecognizer.BUILDING_VERBS
            + ")+(?:约|达)?(?:(\\d+(?:\\.\\d+)?)(亿|万)?元?)?(?:人民币)?(?:" + ProjectRecognizer.BUILDING_VERBS + ")*的");
    /** A company's rank: 世界500强, 中国民营企业500强, 全国百强. */
    private static final Pattern RANKED = Pattern.compile(
            "(?:世界|全球|中国|全国|国内)(?:民营企业|企业)?(?:\\d+|百|五百)强(?:企业|房企)?(?:之一)?的?(?![县镇区市村乡])");
    /** Words of a sum and its figures alone: 投资1., 总投资5, 计划投资. */
    private static final Pattern SUM_WORDS_ONLY = Pattern.compile("(?:计划|完成)?(?:总投资|投资)?(?:额)?(?:约|达)?[\\d.]*(?:亿|万)?元?\\s*");
    /** Words that end a programme of change, not works: 转型发展, 乡村振兴, 高质量发展 (not a name's 振兴 or 转型: 东方振兴). */
    private static final Pattern PROGRAMME_END = Pattern.compile("(?:发展|乡村振兴|全面振兴|产业振兴)$");
    /** Who builds, unnamed: 企业, 该公司, 客商, 政府. */
    private static final Pattern UNNAMED_BUILDER = Pattern.compile("^(?:该|这家|这些)?(?:企业|公司|集团|客商|外商|政府)");
    /** Founding a company (共同出资成立的, 合资组建的): what follows is the company founded and its works. */
    private static final Pattern FOUNDED = Pattern.compile("(?:共同)?(?:出资|合资|投资)?(?:成立|组建|设立)的");
    private static final Pattern COUNT_OR_MONEY = Pattern.compile(".*(\\d+|[一二三四五六七八九十两]+)(个|家|项|批)$|.*\\d+(亿|万)?元.*|^\\d+.{0,2}$");
    private static final Pattern SITE = Pattern.compile("(?:建设|施工)?现场$");
    /**
     * A head that counts a class of projects (等工业类项目, 等民生类工程): its items are the fields the class holds (not
     * 等同类项目, 等各类项目: projects like those, of all kinds).
     */
    private static final Pattern CLASS_HEAD = Pattern.compile("(?<![同各此该这本])类(?:项目|工程)");
    /** A head that lists fields of its own before its noun (等新能源、零部件加工等工业项目): a second 等 after a 、. */
    private static final Pattern NESTED_HEAD = Pattern.compile("^等.*、.*等");
    /** A head that counts the projects of industrial chains (等产业链重点项目): its items are mostly the chains. */
    private static final Pattern CHAIN_HEAD = Pattern.compile("产业链(?:重点|重大)?(?:项目|工程)");
    /** A town's or a subdistrict's name: a few characters and 街道, 镇 or 乡 (not a 小镇, 古镇, 新镇 or 水乡 built as a project). */
    private static final Pattern TOWN = Pattern.compile(".{1,5}(?<![小古新水])(?:街道|镇|乡)");
    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十\\d]+期(?:工程)?\\)?$");

    private ProjectListRecognizer() {}

    /** The name is one common noun the dictionary knows (铁路, 港口), no proper word: a kind of works. */
    private static boolean commonNounAlone(ArticleText t, Span name) {
        org.localkg.nlp.Token tk = t.tokenAt(name.start());
        return tk != null && tk.start() == name.start() && tk.end() == name.end() && tk.tag().startsWith("n")
                && !CoordinationLists.nameTag(tk) && !t.dictionaryTags(tk.text()).isEmpty();
    }

    static void recognize(ArticleText t, ArticleFacts facts) {
        Entity lastPark = null;
        int lastParkEnd = -1;
        for (CoordinationList list : facts.lists()) {
            if ((list.kind() == Kind.PLACE || list.kind() == Kind.UNKNOWN) && list.verb() == CoordinationList.Verb.VISIT) {
                worksAmongVisitedProjects(t, facts, list);
            }
            if (list.items().stream().anyMatch(item -> actorActs(t, item))) {
                continue; // 助力企业迈过某线、达到某线: clauses, who acts and what they do (the lines are no works)
            }
            if (list.kind() != Kind.PROJECT && !companiesWorksStarted(t, facts, list) || parallelPhrases(t, list)
                    || fewerCountedThanListed(list) || events(t, list)) {
                continue;
            }
            // 某开发区甲、乙等新建项目16个，丙、丁等续建项目28个；: the next list of the same clause chain
            // (no 。 or ； between) is the same park's
            Entity park = lastPark != null && !t.slice(lastParkEnd, list.extent().start()).matches("(?s).*[。；;！？\\n].*")
                    ? lastPark : null;
            if (park == null) {
                park = parkInHead(facts, list);
            }
            if (park == null) {
                park = parkTakingIn(t, facts, list);
            }
            if (list.head() == null && list.count() != null && list.count() == 2 && list.items().size() == 2) {
                // 两个项目，分别是甲和乙项目: the count before the opener split the name another rule took whole
                forgetProjectSpanning(facts, new Span(list.items().get(0).start(), list.items().get(1).end()));
            }
            if (buildersListed(t, list)) {
                for (int k = 0; k < list.items().size(); k++) {
                    facts.mention(EntityType.ENTERPRISE, k == 0 ? afterLastVerb(t, list.items().get(0)) : list.items().get(k));
                }
                continue;
            }
            for (int k = 0; k < list.items().size(); k++) {
                Span item = list.items().get(k);
                if (k == 0) {
                    Span opening = parkOpening(t, facts, item);
                    if (opening != null && opening.end() < item.end() - 2 && namedBesideByJi(t, opening, item)) {
                        // 甲工业园暨乙粮食城、丙…项目开工: the park is named beside the next thing, as one more
                        // item of the list (a park being built is works too), not as the place of the rest (甲产业园暨
                        // 乙总部项目 is one project's two names; 甲高新区与乙集团合作项目 a partner and its project)
                        if (list.head() == null && list.verb() != CoordinationList.Verb.NONE) {
                            facts.mention(EntityType.PROJECT, opening);
                        }
                        item = new Span(opening.end() + 1, item.end());
                        opening = null;
                    }
                    // 某高新区内甲、乙…, 某开发区甲、乙等新建项目: the park is the list's; 某港区甲道路工程项目 is one
                    // project's full name, with its park in it
                    // (not 甲科技园|三期: a phase of the park, which the item names as works)
                    boolean topic = opening != null && (afterLocative(t, opening.end(), item.end()) > opening.end()
                            || Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), item.end()) == null)
                            && !PHASE_ONLY.matcher(t.view()).region(opening.end(), item.end()).matches()
                            // (not 甲乐谷——乙音乐城: a dash gives the same thing's second name)
                            && !(opening.end() < t.length() && "—-―".indexOf(t.charAt(opening.end())) >= 0)
                            // (not 甲科学城某输变电站 where the text calls 甲科学城某输变电站项目 a project: the park is in its name)
                            && !projectNamedWithSuffix(t, facts, item);
                    if (topic) {
                        park = parkAt(facts, opening);
                        forgetProjectSpanning(facts, item); // 北湖开发区甲 taken whole by another rule
                        item = new Span(afterLocative(t, opening.end(), item.end()), item.end());
                    }
                }
                if (k == 0 && list.head() != null) {
                    item = afterLeadingVerb(t, item); // 安排甲、乙等4个重大项目
                }
                item(t, facts, list, item, park);
            }
            if (calledProjects(t, list)) {
                worksAmongNamedProjects(t, facts, list, park);
            }
            if (park != null) {
                lastPark = park;
                lastParkEnd = list.extent().end();
            }
        }
    }

    /**
     * 来到甲工程、乙项目、县医院新建项目、丙小区等地: where two items or more of a list of visited places
     * are projects already, another item that ends like one (项目, 工程) is one too, though its name
     * alone is too plain to tell (县医院新建项目): the list says it is one of them; so is a base built for an
     * industry (来到甲项目、某旗光伏基地、乙项目). The list's kind may be unknown: a visit's stops mix
     * companies, their workshops and projects.
     */
    private static void worksAmongVisitedProjects(ArticleText t, ArticleFacts facts, CoordinationList list) {
        if (projectsAmong(facts, list) < 2) {
            return;
        }
        for (Span item : list.items()) {
            String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), item.end());
            if (suffix == null) {
                suffix = industryBase(t, item);
            }
            if (suffix == null || isProject(facts, item) || facts.insideLonger(item, EntityType.PROJECT)
                    || NameChecks.specific(t.slice(item.start(), item.end() - suffix.length())).length() < 2) {
                continue;
            }
            facts.mention(EntityType.PROJECT, item);
        }
    }

    /**
     * 基地 after an industry's word that a place or a proper word opens (某旗光伏基地, 某某乳业基地): a base
     * built for that trade, works among visited projects; null for any other item (生产基地, 示范基地, and
     * bases of culture, services or investing: 某村文化基地, 某某服务基地).
     */
    private static String industryBase(ArticleText t, Span item) {
        String v = t.view();
        String trade = item.length() < 5 || !v.startsWith("基地", item.end() - 2) ? null : Lexicons.INDUSTRY.suffixAt(v, item.end() - 2);
        if (trade == null || NOT_A_TRADE.matcher(trade).find() || !nameLike(t, new Span(item.start(), item.end() - 2))) {
            return null;
        }
        return "基地";
    }

    /** Industry words that name no trade a base is built for: culture, services, investing, building, research. */
    private static final Pattern NOT_A_TRADE = Pattern.compile("文化|服务|投资|建设|旅游|教育|培训|研究|科研|创业|创新|孵化|康养|养老|体育|实训|咨询|管理|发展|贸易|商贸|金融|会展|农业");

    /**
     * 甲基地项目、减震器生产项目、乙产业园项目等19个项目: in a list the text calls projects, where most
     * items are named projects, an item ending in 项目 or 工程 that is too plain to tell alone (what it
     * makes, and 生产) is one of them too; a field of industry or a designation (新能源项目, 示范项目)
     * still says what kind, not which. It takes the list's park as its neighbours do.
     */
    private static void worksAmongNamedProjects(ArticleText t, ArticleFacts facts, CoordinationList list, Entity park) {
        long projects = projectsAmong(facts, list);
        if (projects < 2 || 2 * projects < list.items().size()) {
            return;
        }
        for (Span item : list.items()) {
            String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), item.end());
            if (suffix == null || isProject(facts, item) || facts.insideLonger(item, EntityType.PROJECT)) {
                continue;
            }
            int suffixStart = item.end() - suffix.length();
            String bare = t.slice(item.start(), suffixStart);
            if (NameChecks.specific(bare).length() < 2 || bare.length() < 3 || COUNT_OR_MONEY.matcher(bare).matches()
                    || bare.contains("的") || ProjectRecognizer.onlyField(t, item.start(), suffixStart)
                    || Lexicons.GENERIC.suffixAt(bare, bare.length()) != null
                    || Lexicons.PROGRAM_HEADS.suffixAt(bare, bare.length()) != null
                    || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(bare, bare.length()) != null
                    || FIELD_OR_PROGRAMME.matcher(bare).find() || actionOrQuality(t, item.start(), suffixStart)) {
                continue;
            }
            Entity project = facts.mention(EntityType.PROJECT, item);
            if (project != null && park != null && project != park) {
                link(facts.parks, project, park, list.extent());
            }
        }
    }

    /** How many of the list's items name a project already. */
    private static long projectsAmong(ArticleFacts facts, CoordinationList list) {
        return list.items().stream().filter(item -> isProject(facts, item)).count();
    }

    /** Verbs of works begun or finished (not 启动 or 运营, said of platforms and of parks long built). */
    private static final Pattern WORKS_BEGUN = Pattern.compile("^[^。；;！？]{0,8}?(?:开工|动工|奠基|开建|竣工|建成|完工)");

    /**
     * 甲公司某物流园、乙公司某基地同时开工建设: a list of parks or bases (each item ends like one), each named after the
     * company that builds it, that a verb of works begins or finishes, is a list of works being built
     * (a park standing already is not begun); the first item may open with the park they stand in
     * (某工业园三期的甲公司…).
     */
    private static boolean companiesWorksStarted(ArticleText t, ArticleFacts facts, CoordinationList list) {
        int last = list.items().get(list.items().size() - 1).end();
        if (list.kind() != Kind.PARK && list.kind() != Kind.UNKNOWN || list.items().size() < 2
                || !WORKS_BEGUN.matcher(t.view()).region(last, t.length()).lookingAt()) {
            return false;
        }
        for (int k = 0; k < list.items().size(); k++) {
            Span item = list.items().get(k);
            if (Lexicons.PARK_SUFFIXES.suffixAt(t.view(), item.end()) == null && !t.view().startsWith("基地", item.end() - 2)) {
                return false; // a park or a base (not a platform or a centre, which a company may open inside itself)
            }
            Span opening = k == 0 ? parkOpening(t, facts, item) : null;
            int start = opening != null ? afterLocative(t, opening.end(), item.end()) : item.start();
            boolean companyFirst = facts.within(item, EntityType.ENTERPRISE).stream()
                    .anyMatch(e -> e.mentions().stream().anyMatch(m -> m.start() == start && m.end() <= item.end() - 3));
            if (!companyFirst) {
                return false;
            }
        }
        return true;
    }

    /** Words that end a field, a programme or a kind of works, not a thing made (数字经济, 乡村振兴, 民生). */
    private static final Pattern FIELD_OR_PROGRAMME = Pattern.compile("(?:经济|产业|振兴|发展|民生|服务|建设|改造|提升|治理|保护)$");

    /**
     * A verb inside (道路提升改造, 乡村振兴) or a quality at the end (农村饮水安全): what is done or achieved, a
     * kind of works; a thing made and its making (减震器生产) is one project's.
     */
    private static boolean actionOrQuality(ArticleText t, int start, int end) {
        Token last = null;
        for (int i = start; i < end; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            if (tk.tag().equals("v")) {
                return true;
            }
            last = tk;
            i = tk.end();
        }
        return last != null && last.end() == end && last.tag().startsWith("a");
    }

    /** Verbs of a park taking projects in: the park is the clause's subject, the list their object. */
    private static final java.util.Set<String> TAKING_IN = java.util.Set.of("入驻", "落户", "落地", "引进", "招引", "引入");
    /** Between the park and the verb: where, when and how many, nothing named. */
    private static final Pattern BEFORE_TAKING_IN = Pattern.compile("(?:内|里)?(?:今年|目前|已经|已|先后|累计|共|成功|新)*");

    /**
     * 某产业园已入驻甲、乙等8个项目; 某开发区先后引进甲、乙…: a park opening the clause whose verb takes the
     * list's items in is the park they stand in; so is a park opening the sentence, the subject of clauses that
     * end in the verb (某工业园区不断提高…，提升…，先后引进建设了甲、乙等一批项目), with nothing else named between.
     */
    private static Entity parkTakingIn(ArticleText t, ArticleFacts facts, CoordinationList list) {
        Span opener = list.opener();
        if (opener == null) {
            return null;
        }
        int verb = opener.start();
        if (!TAKING_IN.contains(t.slice(opener.start(), opener.end()).replaceFirst("了$", ""))) {
            verb = opener.start() - 2; // 引进|建设了: a verb of taking in before the opener's
            if (verb < 0 || !TAKING_IN.contains(t.slice(verb, opener.start()))) {
                return null;
            }
        }
        int clause = t.clauseStart(verb);
        int sentence = t.sentenceAt(verb).start();
        while (sentence < verb && Character.isWhitespace(t.charAt(sentence))) {
            sentence++;
        }
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() == clause && m.end() <= verb && BEFORE_TAKING_IN.matcher(t.slice(m.end(), verb)).matches()) {
                    return e;
                }
                if (m.start() == sentence && m.end() < clause && BEFORE_TAKING_IN.matcher(t.slice(clause, verb)).matches()
                        && nothingNamedBetween(facts, m.end(), verb)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The text names the item's words with a project's suffix after them elsewhere (甲…变电站|项目), a project. */
    private static boolean projectNamedWithSuffix(ArticleText t, ArticleFacts facts, Span item) {
        String text = t.slice(item.start(), item.end());
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : e.mentions()) {
                String name = t.slice(m.start(), m.end());
                String suffix = name.length() > text.length() && name.startsWith(text)
                        ? Lexicons.PROJECT_SUFFIXES.suffixAt(name, name.length()) : null;
                if (suffix != null && text.length() + suffix.length() == name.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nothingNamedBetween(ArticleFacts facts, int from, int to) {
        return facts.entities().stream().filter(e -> !e.is(EntityType.OFFICIAL) && !e.is(EntityType.PERSON))
                .flatMap(e -> e.mentions().stream()).noneMatch(x -> x.start() >= from && x.end() <= to);
    }

    /**
     * 共建成甲、乙、丙等40个光伏发电项目: three or more short names (two to five characters, no kind of works, company,
     * place or trade among them, and no more than one in common words alone, as fields are) before a head that counts
     * more projects of a trade than the list names: the companies that built them, each named for its many works.
     */
    private static boolean buildersListed(ArticleText t, CoordinationList list) {
        if (list.head() == null || list.count() == null || list.count() <= list.items().size() || list.items().size() < 3
                || !tradeInHead(t, list.head())) {
            return false;
        }
        int commonWords = 0;
        for (int k = 0; k < list.items().size(); k++) {
            Span item = k == 0 ? afterLastVerb(t, list.items().get(0)) : list.items().get(k);
            String text = t.slice(item.start(), item.end());
            if (knownWords(t, item, FIELD_WORD_TAGS) || org.localkg.resolve.Divisions.get().isPlace(text)) {
                commonWords++; // 装备制造, 新兴产业: a field, said in common words, or a place (one may be a brand's: 省|发|投, 大唐)
            }
            if (text.length() < 2 || text.length() > 5 || !text.chars().allMatch(c -> ArticleText.isHan((char) c))
                    || Lexicons.PROJECT_SUFFIXES.suffixAt(text, text.length()) != null || builtThing(text)
                    || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(text, text.length()) != null
                    || Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(text, text.length()) != null
                    || text.equals(Lexicons.INDUSTRY.suffixAt(text, text.length()))
                    || Lexicons.GENERIC.contains(text)) {
                return false;
            }
        }
        return commonWords <= 1;
    }

    /** The item holds a clause: one of {@link #ACTORS} and right after it a verb (企业|迈过生存线, 帮助企业|跨过…). */
    private static boolean actorActs(ArticleText t, Span item) {
        for (int i = item.start(); i < item.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            Token next = tk.end() < item.end() ? t.tokenAt(tk.end()) : null;
            if (next != null && next.start() == tk.end() && ACTORS.contains(tk.text()) && verb(next) && !BEING.contains(next.text())) {
                return true;
            }
            i = tk.end();
        }
        return false;
    }

    /** Verbs of being and having, which lead into a list's names rather than act (企业有|甲、乙). */
    private static final java.util.Set<String> BEING = java.util.Set.of("有", "还有", "是", "为", "包括", "共有");

    /** Common nouns of those who act, a clause's subject when a verb follows (企业|迈过, 群众|享受). */
    private static final java.util.Set<String> ACTORS = java.util.Set.of("企业", "群众", "居民", "农民", "政府");

    /** The first item after the clause's words up to its last verb (全县共建成|甲): the list's verb, not the name's. */
    private static Span afterLastVerb(ArticleText t, Span item) {
        int start = item.start();
        for (int i = item.start(); i < item.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            if (verb(tk) && tk.end() <= item.end() - 2) {
                start = tk.end();
            }
            i = tk.end();
        }
        return start == item.start() ? afterLeadingVerb(t, item) : new Span(start, item.end());
    }

    /** The head names the trade of the works it counts (等30个光伏发电项目, 等12个风电项目): a trade's word in it. */
    private static boolean tradeInHead(ArticleText t, Span head) {
        for (int i = head.start() + 2; i <= head.end(); i++) {
            String trade = Lexicons.INDUSTRY.suffixAt(t.view(), i);
            if (trade != null && trade.length() >= 2 && i - trade.length() >= head.start()) {
                return true;
            }
        }
        return false;
    }

    /** Parts of speech of the common words fields are said in (not a brand's nz or an abbreviation's j). */
    private static final java.util.Set<String> FIELD_WORD_TAGS = java.util.Set.of("n", "vn", "v", "vi", "a", "b");

    /** {@code item} is a project's mention already (looked up only: {@link #existing} makes parks projects). */
    private static boolean isProject(ArticleFacts facts, Span item) {
        return facts.entities().stream().anyMatch(e -> e.is(EntityType.PROJECT) && e.mentions().contains(item));
    }

    /** 甲、乙等4个某科学城领域重大项目: the park the list's closing head names is each item's. */
    private static Entity parkInHead(ArticleFacts facts, CoordinationList list) {
        if (list.head() == null) {
            return null;
        }
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PARK) && !e.is(EntityType.PROJECT) && e.mentions().stream().anyMatch(list.head()::contains)) {
                return e;
            }
        }
        return null;
    }

    private static Entity parkAt(ArticleFacts facts, Span m) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PARK) && e.mentions().contains(m)) {
                return e;
            }
        }
        return null;
    }

    /**
     * 甲厂搬迁、乙矿关停、丙线开工等一系列项目的推进: most items, three or more, end in a verb of something that happens
     * to a thing (not of the work done on it, which names works: 某公路改建, 某航道整治): the items are events that
     * the head calls projects.
     */
    private static boolean events(ArticleText t, CoordinationList list) {
        long happenings = list.items().stream().filter(i -> {
            Token last = t.tokenAt(i.end() - 1);
            return last != null && last.end() == i.end() && last.start() > i.start() && last.tag().startsWith("v")
                    && HAPPENING.matcher(last.text()).matches();
        }).count();
        return list.items().size() >= 3 && happenings * 2 > list.items().size();
    }

    /** What happens to a works or a company, said of it after its name: it starts, ends, moves or stops. */
    private static final Pattern HAPPENING = Pattern.compile("开工|竣工|完工|建成|投产|投用|开业|开通|搬迁|关停|关闭|停产|落地|签约|启动");

    /**
     * 航天老港、智慧老港、美丽老港: items that all end in one word that names no kind of work are
     * variations of a slogan, not projects.
     */
    private static boolean parallelPhrases(ArticleText t, CoordinationList list) {
        if (list.items().size() < 3 || list.items().stream().allMatch(i -> SIZED.matcher(t.slice(i.start(), i.end())).matches())) {
            return false; // (甲煤矿120万吨、乙煤矿90万吨: each a name and its size, the unit shared)
        }
        String first = t.slice(list.items().get(0).start(), list.items().get(0).end());
        for (int n = 2; n <= 3 && n < first.length(); n++) {
            String tail = first.substring(first.length() - n);
            boolean shared = list.items().stream().allMatch(i -> t.slice(i.start(), i.end()).endsWith(tail));
            boolean kindWord = Lexicons.PROJECT_SUFFIXES.suffixAt(tail, tail.length()) != null
                    || Lexicons.FACILITY_SUFFIXES.suffixAt(tail, tail.length()) != null
                    || Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(tail, tail.length()) != null
                    || Lexicons.PARK_SUFFIXES.suffixAt(tail, tail.length()) != null;
            if (shared && (!kindWord || slogans(t, list, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 航天某港、智慧某港、美丽某港: one place praised by common words in turn, not ports or projects. Each
     * item is a common word (no place, name or number) before the same ending of {@code n} characters.
     */
    private static boolean slogans(ArticleText t, CoordinationList list, int n) {
        for (Span item : list.items()) {
            int end = item.end() - n;
            org.localkg.nlp.Token w = t.tokenAt(item.start());
            if (w == null || w.start() != item.start() || w.end() != end || w.text().length() < 2
                    || w.tag().startsWith("ns") || w.tag().startsWith("nr") || w.tag().startsWith("m")
                    || t.dictionaryFrequency(w.text()) < 10) {
                return false;
            }
        }
        return true;
    }

    /** A park named at the start of the first item, with more after it: 北湖开发区甲, 高新区内甲. */
    private static Span parkOpening(ArticleText t, ArticleFacts facts, Span item) {
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PARK)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() == item.start() && m.end() <= item.end() - 2) {
                    return m;
                }
            }
        }
        return null;
    }

    private static Span afterLeadingVerb(ArticleText t, Span item) {
        Token tk = t.tokenAt(item.start());
        if (tk != null && tk.start() < item.start() && verb(tk) && item.end() - tk.end() >= 2) {
            return new Span(tk.end(), item.end()); // 共建|成甲、乙等: the list opened inside the verb's word (建成)
        }
        if (tk != null && tk.start() == item.start() && verb(tk) && tk.text().length() >= 2 && tk.text().length() <= 3
                && !tk.text().equals("年产") && item.end() - tk.end() >= 3
                && Lexicons.PARK_SUFFIXES.prefixAt(t.view(), tk.end()) == null // (东升|科技园三期: the park's own name)
                && !OrganizationRecognizer.opensRegisteredName(t, tk, item.end())) { // (光大|炭制品有限公司…: a brand)
            Token complement = t.tokenAt(tk.end());
            if (complement != null && complement.start() == tk.end() && complement.text().length() == 1
                    && RESULT_COMPLEMENTS.indexOf(complement.text().charAt(0)) >= 0 && verb(complement) && item.end() - complement.end() >= 3) {
                return new Span(complement.end(), item.end()); // 共建|成|甲、乙等: the verb's complement of result too
            }
            return new Span(tk.end(), item.end());
        }
        return item;
    }

    /** One-character complements of result after a verb: 建|成, 引|进, 做|好. */
    private static final String RESULT_COMPLEMENTS = "成好完到";

    private static void forgetProjectSpanning(ArticleFacts facts, Span whole) {
        for (Entity e : new java.util.ArrayList<>(facts.entities())) {
            if (e.is(EntityType.PROJECT) && !e.is(EntityType.PARK) && e.mentions().contains(whole)) {
                facts.forget(e, whole);
            }
        }
    }

    /** A phase of a park before the word that places things in it: 某工业园|三期的甲…. */
    private static final Pattern PHASE_OF_PARK = Pattern.compile("[一二三四五六七八九十\\d]期(?=[内里的])");

    /** Past 内, 里 or 的 after a park (某高新区内|甲…, 某工业园三期的|甲…), with the park's phase before it. */
    private static int afterLocative(ArticleText t, int at, int end) {
        Matcher phase = PHASE_OF_PARK.matcher(t.view()).region(at, end);
        int after = phase.lookingAt() ? phase.end() : at;
        return after < end - 2 && "内里的".indexOf(t.charAt(after)) >= 0 ? after + 1 : at;
    }

    /**
     * 甲有限公司及乙项目, an item of a list: a company and a project joined by 及, 和 or 与 are two
     * of the list's items, not one project's name; the project starts after the conjunction.
     */
    private static int afterCompanyAndConjunction(ArticleText t, ArticleFacts facts, int s, int e) {
        for (Entity c : facts.entities()) {
            if (!c.is(EntityType.ENTERPRISE)) {
                continue;
            }
            for (Span m : c.mentions()) {
                if (m.start() >= s && m.end() < e - 3 && "及和与".indexOf(t.charAt(m.end())) >= 0 && t.isTokenBoundary(m.end() + 1)) {
                    return m.end() + 1;
                }
            }
        }
        return s;
    }

    /** A phase alone: 三期, 二期工程, (二期). */
    private static final Pattern PHASE_ONLY = Pattern.compile("[(（]?[一二三四五六七八九十\\d]+期[)）]?(?:工程|项目)?");

    /** A counted group of projects and a conjunction: 20余个配套项目和, 一批重点工程及. */
    private static final Pattern COUNTED_GROUP = Pattern.compile(
            "(?:\\d+|[一二三四五六七八九十两几]+)(?:余|多)?个[^，。；、和及与]{0,8}?(?:项目|工程)(和|及|以及|与)");

    /**
     * 推进20余个配套项目和甲半导体材料、乙切磨抛等项目建设: an item opening with a counted group of
     * projects and a conjunction names the group, which is no project, and then the list's first named
     * one; the item starts after the conjunction.
     */
    private static int afterCountedGroup(ArticleText t, int s, int e) {
        Matcher m = COUNTED_GROUP.matcher(t.view()).region(s, e);
        if (!m.lookingAt() || e - m.end() < 4) {
            return s;
        }
        // the conjunction a word of its own (not 及|其, 和|谐佳苑: the start of what follows)
        org.localkg.nlp.Token conjunction = t.tokenAt(m.start(1));
        org.localkg.nlp.Token next = t.tokenAt(m.end());
        // 和|谐佳苑, 及|其配套: one character left on its own after the conjunction is the rest of a word opening with it
        // (和谐, 及其); 和|平安大道, 及|时代广场 start a name
        return conjunction != null && conjunction.start() == m.start(1) && conjunction.end() == m.end(1)
                && next != null && next.start() == m.end() && next.text().length() >= 2 ? m.end() : s;
    }

    /**
     * 某区的|甲化工某某项目: a county's or district's name and 的 opening an item says where the works are, no part of their
     * name; the item starts after 的 (when four characters or more are left).
     */
    private static int afterPlaceOf(ArticleText t, int s, int e) {
        String place = org.localkg.resolve.Divisions.get().regionAt(t.view(), s);
        int of = place == null ? -1 : s + place.length();
        return of > s && of < e - 4 && t.charAt(of) == '的' && t.isTokenBoundary(of) ? of + 1 : s;
    }

    /** 世界500强|甲集团某基地: the company's rank, no part of the works' name; the item starts after it. */
    private static int afterRank(ArticleText t, int s, int e) {
        Matcher ranked = RANKED.matcher(t.view()).region(s, e);
        return ranked.lookingAt() && e - ranked.end() >= 4 ? ranked.end() : s;
    }

    /**
     * The park {@code park} opens {@code item} and 暨 joins it to the next name, in an item that is no
     * project's name (甲工业园暨乙粮食城; 甲产业园暨乙总部项目 is one project's two names).
     */
    static boolean namedBesideByJi(ArticleText t, Span park, Span item) {
        return park.start() == item.start() && park.end() < item.end() && t.charAt(park.end()) == '暨'
                && Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), item.end()) == null;
    }

    /** A head naming companies and projects together (等一批大企业、大项目; 等重点企业和项目). */
    private static final Pattern COMPANIES_AND_WORKS_HEAD = Pattern.compile("企业[、和及与]?\\p{IsHan}{0,3}项目|项目[、和及与]\\p{IsHan}{0,3}企业");

    /**
     * An item of a list whose head names companies and projects together that is a place, a name's words and a
     * company's trade (长春某某制药, 广州某某服装): a company, as a project would not end in its trade.
     */
    private static boolean companyByItsTrade(ArticleText t, CoordinationList list, Span item) {
        if (list.head() == null || !COMPANIES_AND_WORKS_HEAD.matcher(t.slice(list.head().start(), list.head().end())).find()
                || item.length() < 5 || item.length() > 10) {
            return false;
        }
        String text = t.slice(item.start(), item.end());
        String trade = Lexicons.INDUSTRY.suffixAt(text, text.length());
        String place = org.localkg.resolve.Divisions.get().regionAt(text, 0);
        if (trade == null || trade.length() < 2 || place == null || place.length() < 2
                || Lexicons.PROJECT_SUFFIXES.suffixAt(text, text.length()) != null) {
            return false; // (某港二期工程 among them: works, whatever trade its last word names)
        }
        String brand = text.substring(place.length(), text.length() - trade.length());
        return brand.length() >= 2 && brand.length() <= 4 && !Lexicons.INDUSTRY.contains(brand) && !Lexicons.STOP_WORDS.contains(brand)
                && brand.chars().allMatch(c -> ArticleText.isHan((char) c));
    }

    private static void item(ArticleText t, ArticleFacts facts, CoordinationList list, Span item, Entity park) {
        int s = item.start();
        int e = item.end();
        Token only = t.tokenAt(item.start());
        if (only != null && only.start() == item.start() && only.end() == item.end() && (only.tag().equals("z") || only.tag().startsWith("a"))) {
            return; // 都是实实在在、具有核心竞争力的大项目: a quality said of the projects, no item named
        }
        String itemText = t.slice(item.start(), item.end());
        if (itemText.chars().filter(c -> ArticleText.isHan((char) c)).count() < 2 || itemText.contains("%")) {
            return; // 分别为90%、62.5%, 某某占到70%以上: figures and shares, no name
        }
        if (companyByItsTrade(t, list, item)) {
            facts.mention(EntityType.ENTERPRISE, item); // 甲地某某制药、乙地某某服装等一批大企业、大项目: a company, by its trade
            return;
        }
        Matcher site = SITE.matcher(t.view()).region(s, e);
        if (site.find() && site.start() - s >= 3) {
            e = site.start(); // 甲项目现场: the project, at its site
        }
        if (e - s >= 5 && t.view().startsWith("建设", e - 2) && builtThing(t.slice(s, e - 2))) {
            e -= 2; // 察看甲水库建设、乙…: the works, named without the word for building them
        }
        Span parksBuildings = parkBeforeItsBuildings(facts, s, e);
        String parkItself = parksBuildings == null ? null : t.slice(parksBuildings.start(), parksBuildings.end());
        if (parksBuildings != null && list.items().stream().noneMatch(o -> t.slice(o.start(), o.end()).equals(parkItself))) {
            e = parksBuildings.end(); // 甲产业园厂房建设: the park being built is the works (not when the park is an item too)
        }
        s = afterCompanyAndConjunction(t, facts, s, e);
        s = afterCountedGroup(t, s, e);
        s = ProjectRecognizer.atProvinceAfterZoneWord(t, s, e); // 西扩区|辽宁某某项目
        s = afterRank(t, s, e);
        s = afterPlaceOf(t, s, e);
        BigDecimal invested = null;
        Span investedSpan = null;
        Matcher inv = INVESTED.matcher(t.view()).region(s, e);
        if (inv.lookingAt()) {
            invested = ProjectFactRules.yuan(inv.group(1), inv.group(2));
            investedSpan = new Span(s, inv.end() - 1);
            s = inv.end();
        } else {
            Matcher noSum = INVESTED_WITHOUT_SUM.matcher(t.view()).region(s, e);
            s = noSum.lookingAt() ? noSum.end() : s;
        }
        Entity owner = null;
        Span ownerSpan = null;
        // 某公司投资的甲项目, 市政府与某集团签约投资35亿元的甲项目: the project after the last such 的
        Matcher owned = OWNED.matcher(t.view()).region(s, e);
        int ownedStart = -1;
        int ownedEnd = -1;
        String amount = null;
        String unit = null;
        while (owned.find()) {
            ownedStart = owned.start();
            ownedEnd = owned.end();
            amount = owned.group(1);
            unit = owned.group(2);
        }
        if (ownedEnd > 0 && e - ownedEnd >= 2) {
            for (Entity c : facts.entities()) {
                if (!c.is(EntityType.ENTERPRISE)) {
                    continue;
                }
                for (Span m : c.mentions()) {
                    if (m.start() >= s && m.end() <= ownedStart && ownedStart - m.end() <= 2
                            && (ownerSpan == null || m.start() > ownerSpan.start())) {
                        owner = c;
                        ownerSpan = new Span(m.start(), ownedEnd);
                    }
                }
            }
            if (owner != null || amount != null) {
                if (amount != null && invested == null) {
                    invested = ProjectFactRules.yuan(amount, unit);
                    investedSpan = new Span(ownedStart, ownedEnd - 1);
                }
                if (ownerSpan == null) {
                    ownerSpan = new Span(ownedStart, ownedEnd);
                }
                s = ownedEnd;
            } else if (UNNAMED_BUILDER.matcher(t.view()).region(s, ownedStart).find()) {
                s = ownedEnd; // 企业在某新区投资的|甲项目: a builder the text does not name, and where; the works follow
            }
        }
        Matcher founded = FOUNDED.matcher(t.view()).region(s, e);
        while (founded.find()) {
            s = founded.end(); // 甲、乙和丙共同出资成立的|丁公司某某项目: the founders are no owners, the founded company is
        }
        if (e - s < 2) {
            return;
        }
        Span name = new Span(s, e);
        if (SUM_WORDS_ONLY.matcher(t.slice(s, e)).matches()) {
            return; // 投资1.: a sum cut off where the page ends, no name
        }
        if (t.slice(e, t.length()).isBlank() && Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), e) == null
                && t.slice(item.start(), e).contains("与")) {
            return; // 甲公司与某县人民…: the last signing, cut off where the page ends before its works, names none
        }
        if (PROGRAMME_END.matcher(t.slice(s, e)).find()) {
            return; // 某创新城转型发展: what a place is to become, a programme, whatever the head calls it
        }
        if (partsOfAProject(t, list, name) && !isProject(facts, name)) {
            return; // 项目建设主要包括某研究院、…: a part of the project, though an institution is named
        }
        if (ADMINISTRATION.matcher(t.slice(name.start(), name.end())).find() && !facts.within(name, EntityType.ORGANIZATION).isEmpty()) {
            return; // 从某市人民政府、某新区管委会与某公司举行的…项目签约仪式: the parties, no works
        }
        if (commonNounAlone(t, name)) {
            return; // 抓好铁路、高速公路、港口等重大基础设施: kinds of works, each one word of the language, none named
        }
        Entity project = existing(t, facts, name);
        if (project == null && facts.insideLonger(name, EntityType.PROJECT)) {
            return; // 甲中心及配套工程: the list cut one project's name at 及; the whole name is found already
        }
        // 某公司投资2亿元建设的某某种植及深加工: a company's sum to build it says it is one project, however plain
        boolean ownedAndFunded = owner != null && invested != null && name.length() >= 4 && !t.slice(name.start(), name.end()).contains("的");
        if (project == null && !ownedAndFunded && (!acceptable(t, name, list) || !calledProjects(t, list) && ProjectRecognizer.partOfWorks(t, facts, name)
                || !declared(list) && !nameLike(t, name)
                || visitedWorks(t, list) && (!nameLike(t, name) || endsInVerb(t, name) || !works(t, name)))) {
            return;
        }
        if (project == null) {
            project = facts.mention(EntityType.PROJECT, name);
            if (project == null) {
                return;
            }
            if (project.is(EntityType.ENTERPRISE) && list.kind() == CoordinationList.Kind.PROJECT && list.head() != null
                    && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), name.end()) == null) {
                // 甲风机装备制造、乙锂电池等项目: the head says what the items are; a company's brand opening an
                // item does not make the item a company
                project.removeType(EntityType.ENTERPRISE);
            }
        }
        if (park != null && park != project) {
            link(facts.parks, project, park, new Span(list.extent().start(), Math.max(name.end(), list.extent().end())));
        }
        if (owner != null) {
            link(facts.enterprises, project, owner, new Span(ownerSpan.start(), name.end()));
        }
        if (invested != null && !ProjectFactRules.sumsTheGroup(t, list, investedSpan)) {
            final Entity p = project;
            if (facts.investments.stream().noneMatch(i -> i.project() == p)) {
                facts.investments.add(new Facts.Investment(project, invested, t.originalSlice(investedSpan),
                        new Span(investedSpan.start(), name.end())));
            }
        }
    }

    /**
     * A head that names a kind of projects (等民生项目, 等政府投资项目42项), not their number, level or weight
     * only (等12个重点项目, 等省级重点项目).
     */
    private static final Pattern KINDS_HEAD = Pattern.compile(
            "等(?:[\\d一二三四五六七八九十百]+[个项批])?(?:(?:国家|省|市|县|区)级?)?(?!重点|重大)\\p{IsHan}{2,8}?(?:项目|工程)");

    /**
     * A list of kinds of work: its head names a kind of projects and every item is four characters or
     * fewer of common words (基础设施、社会民生等政府投资项目); a named item among them (某某研发基地) makes
     * it a list of projects.
     */
    private static boolean listOfKinds(ArticleText t, CoordinationList list) {
        return list.head() != null && KINDS_HEAD.matcher(t.view()).region(list.head().start(), list.head().end()).lookingAt()
                && list.items().stream().allMatch(i -> i.length() <= 4 && (ProjectRecognizer.commonWordsOnly(t, i.start(), i.end(), 8)
                        || oneCommonWord(t, i)));
    }

    /** The item is one word the segmenter tags as a common one (基础设施/gi, 城市更新/l), not a proper name. */
    private static boolean oneCommonWord(ArticleText t, Span item) {
        Token tk = t.tokenAt(item.start());
        return tk != null && tk.start() == item.start() && tk.end() == item.end() && COMMON_WORD_TAGS.contains(tk.tag());
    }

    private static final java.util.Set<String> COMMON_WORD_TAGS = java.util.Set.of("n", "vn", "gi", "l");

    /** A name and the size it is built to, nothing after: 某某煤矿120万吨, 某某煤业90万吨. */
    private static final Pattern SIZED = Pattern.compile("(\\p{IsHan}{2,10}?)" + ProjectRecognizer.CAPACITY_AMOUNT);

    /**
     * 抓好甲煤矿120万吨、乙煤业90万吨等4个基建项目: in a list a head calls projects, a name and the size it is built to
     * are works (the mine's or plant's new capacity), though no kind of works ends the item.
     */
    private static boolean sizedWorks(String text, CoordinationList list) {
        if (list.head() == null || list.kind() != CoordinationList.Kind.PROJECT) {
            return false;
        }
        Matcher m = SIZED.matcher(text);
        return m.matches() && NameChecks.enterpriseName(m.group(1)) && !org.localkg.resolve.Divisions.get().isPlace(m.group(1));
    }

    /** The words end in a kind of built thing: a facility, a work or a park (大厦, 水库, 产业园). */
    private static boolean builtThing(String core) {
        return Lexicons.FACILITY_SUFFIXES.suffixAt(core, core.length()) != null
                || Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(core, core.length()) != null
                || Lexicons.PARK_SUFFIXES.suffixAt(core, core.length()) != null;
    }

    /**
     * The entity an item names when another rule found it: a project (甲项目), or a park or
     * institution that the list says is also a project (甲产业园, 乙医院). A company is not made a project.
     */
    private static Entity existing(ArticleText t, ArticleFacts facts, Span name) {
        for (Entity e : facts.entities()) {
            for (Span m : e.mentions()) {
                if (!m.equals(name)) {
                    continue;
                }
                if (e.is(EntityType.PROJECT)) {
                    return e;
                }
                if (e.is(EntityType.PARK) || e.is(EntityType.ORGANIZATION)) {
                    return facts.mention(EntityType.PROJECT, name);
                }
                return null;
            }
        }
        return null;
    }

    /** The words that end an administration's name: a government, a committee, a bureau, which no works are. */
    private static final Pattern ADMINISTRATION = Pattern.compile("(?:管委会|管理委员会|政府|委员会|党工委|党委|工委|局|厅|办公室|办事处|政协)$");

    /**
     * Items that say what one project holds, not projects: after 该项目/一期项目包含 (一期项目包含甲厂房、乙厂房)
     * or a clause of what one project builds (项目建设主要包括…), and capacities of products in a list no verb
     * or head calls projects (规划为:年产40万吨某某、20万吨某某). An item called 项目 or 工程 is a project
     * still; so are the items of 签约项目包括….
     */
    private static boolean partsOfAProject(ArticleText t, CoordinationList list, Span name) {
        if (Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), name.end()) != null) {
            return false;
        }
        String text = t.slice(name.start(), name.end());
        if (PRODUCT_CAPACITY.matcher(text).matches() && Lexicons.FACILITY_SUFFIXES.suffixAt(text, text.length()) == null
                && list.verb() == CoordinationList.Verb.NONE && list.head() == null) {
            return true; // (no verb of signing or starting, nor a head, calls them projects)
        }
        Span opener = list.opener();
        return opener != null && HOLDS.matcher(t.slice(opener.start(), opener.end())).matches()
                && (ONE_PROJECT.matcher(t.slice(Math.max(0, opener.start() - 4), opener.start())).find()
                    || THE_PROJECTS_CONTENT.matcher(t.slice(t.clauseStart(opener.start()), opener.start())).matches());
    }

    /**
     * A clause about what one project builds: 项目建设主要包括, 某某项目建设内容包括 (not 项目包括, which may
     * list many projects, nor 重点项目建设…, the works of many).
     */
    private static final Pattern THE_PROJECTS_CONTENT = Pattern.compile(
            "\\s*(?:该|本)?(?:[^，。；,;]{2,20}?(?<!重点|重大|一批|个))?项目(?:主要)?建设(?:内容)?(?:主要|将)?");

    /**
     * The text calls the items projects: its head does (等5个项目), or the words before its opener do
     * (集中开工的项目有：, 开工项目包括). A verb of building state alone (甲生产线、乙生产线都将投产) does not.
     */
    private static boolean calledProjects(ArticleText t, CoordinationList list) {
        if (list.head() != null && CALLED.matcher(t.slice(list.head().start(), list.head().end())).find()) {
            return true;
        }
        Span opener = list.opener();
        return opener != null && CALLED.matcher(t.slice(Math.max(0, opener.start() - 6), opener.end())).find();
    }

    private static final Pattern CALLED = Pattern.compile("项目|工程");

    /** One project, not projects, before 包含: 该项目, 一期项目, 整个项目. */
    private static final Pattern ONE_PROJECT = Pattern.compile("(?:该|[一二三四五六七八九十]期|整个)项目$");

    private static final Pattern PRODUCT_CAPACITY = Pattern.compile("(?:" + ProjectRecognizer.CAPACITY_VERB + ")?"
            + "[\\d.]+(?:多|余)?[万千百亿]?(?:吨|件|台|套|辆|GW|MW|千瓦|兆瓦|G瓦|片|只|头)[^\\d]{2,10}");
    private static final Pattern HOLDS = Pattern.compile("包含|包括|含");
    /** An item that ends in the state of some works (建设情况, 筹备情况, 推进进度): no name. */
    private static final Pattern STATE_OF_WORKS = Pattern.compile("(?:情况|进展|进度|成效)$");

    /**
     * An item no other rule named is a project when it is a name: not generic, no count or sum, no
     * clause (的, a verb at either end), and some word in it a proper noun, a place, a word the
     * dictionary does not know, Latin letters, a phase (二期) or a kind of work (大厦, 大道, 基地).
     */
    static boolean acceptable(ArticleText t, Span name, CoordinationList list) {
        String text = t.slice(name.start(), name.end());
        if (name.length() < 3 || name.length() > CoordinationLists.MAX_ITEM || COUNT_OR_MONEY.matcher(text).matches()
                || text.contains("的") || NameChecks.specific(text).length() < 2
                || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), name.end()) != null) {
            return false;
        }
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), name.end());
        if (suffix != null) {
            return ProjectRecognizer.isProjectName(t, name.start(), name.end() - suffix.length())
                    || nounsAmongNames(t, name, name.end() - suffix.length(), list);
        }
        if (org.localkg.resolve.Divisions.get().isPlace(text) || TOWN.matcher(text).matches()) {
            return false; // 先后到某某街道、某某镇等镇(街)调研: places visited, not projects
        }
        if (list.head() != null && CLASS_HEAD.matcher(t.slice(list.head().start(), list.head().end())).find()) {
            return false; // 有色冶金、装备制造等工业类项目42个: the items are fields of a class of projects, no names
        }
        if (aspectParticleIn(t, name)) {
            return false; // 一季度筹备了现代某某: a verb and its aspect particle make a clause, no name
        }
        if (list.head() != null && NESTED_HEAD.matcher(t.slice(list.head().start(), list.head().end())).find() && !PHASE.matcher(text).find()
                && (dictionaryWordsOnly(t, name) && !personOrPlaceIn(t, name) || endsInVerb(t, name))) {
            return false; // 风能发电等新能源、零部件加工等工业项目: a head that lists fields makes its items examples of fields
            // (not 某桥纺织: a place's or person's name the segmenter reads opens a brand)
        }
        if (list.head() != null && CHAIN_HEAD.matcher(t.slice(list.head().start(), list.head().end())).find()
                && !PHASE.matcher(text).find() && dictionaryWordsOnly(t, name)) {
            return false; // 精细化工、纺织及服装等产业链项目: chains of industry in known words (not 某某铜箔, a brand's; nor 某某二期)
        }
        if (Lexicons.GOV_TITLES.suffixAt(t.view(), name.end()) != null || Lexicons.ROLE_TITLES.suffixAt(t.view(), name.end()) != null) {
            return false; // 某集团党委书记、董事长某某一行…: a title, whose holder's name follows, is no works
        }
        if (villageLast(t, name)) {
            return false; // 乡村振兴示范点某某村: a village visited, whatever it is a model of, is a place
        }
        if (STATE_OF_WORKS.matcher(text).find()) {
            return false; // 甲项目、某路改造及验收筹备情况、乙工程: how some works stand, listed among projects
        }
        // the kind of work before any brackets after it (某综合保税区(一期)(北京部分))
        String core = text.replaceAll("([(（][^)）]{1,10}[)）])+$", "");
        boolean builtThing = PHASE.matcher(text).find() || text.matches(".*[(（][一二三四五六七八九十\\d]+期[)）].*")
                || builtThing(core) || sizedWorks(text, list);
        if (!builtThing && !NameChecks.enterpriseName(text)) {
            return false; // 现代农业, 高端装备制造: a field of industry, not one project
        }
        if (!builtThing && amongFields(t, name, list)) {
            return false; // 数字经济、文旅产业、机械制造…等26个重点项目: one more field, listed among fields
        }
        if (!builtThing && (endsInVerb(t, name) || name.length() <= 4 && listOfKinds(t, list))
                && ProjectRecognizer.commonWordsOnly(t, name.start(), name.end(), 8)) {
            // 申报棚户区改造、乡村振兴等民生项目, 基础设施、社会民生等政府投资项目: kinds of work, said in common words
            // (not 某某广场); a verb last, or four characters at most in a list of kinds ({@link #listOfKinds})
            return false;
        }
        // a verb of two or three characters first, after any place, makes a clause (进行道路交通, 晋中市贯彻省委)
        int i = name.start();
        String region = org.localkg.resolve.Divisions.get().regionAt(t.view(), i);
        if (region != null && i + region.length() < name.end()) {
            i += region.length();
        }
        Token first = t.tokenAt(i);
        // an item after 、 opens there: a verb first is the name's own word (甲、重塑某某氢燃料电池), no clause's
        // …and so is a company's brand the segmenter reads as a verb (光大|炭制品有限公司电极糊生产)
        return first == null || first.start() != i || !verb(first) || first.text().length() < 2 || first.text().length() > 3
                || first.text().equals("年产") || name.start() > 0 && t.charAt(name.start() - 1) == '、'
                || OrganizationRecognizer.opensRegisteredName(t, first, name.end());
    }

    /**
     * Most of the list's other items are fields of industry (文旅产业, 机械制造: no built thing, no name) and the
     * item is words the dictionary knows, with no place, person, letter or number (数字经济, 石墨新材料): a list
     * joins things of one kind, so the item is one more field, whatever words of a name it may hold.
     */
    private static boolean amongFields(ArticleText t, Span name, CoordinationList list) {
        java.util.List<Span> others = list.items().stream().filter(o -> !o.equals(name)).toList();
        if (others.size() < 2 || !knownWordsOnly(t, name) || NameChecks.namesPlace(t, name.start(), name.end())) {
            return false;
        }
        return others.stream().filter(o -> field(t, o)).count() * 2 > others.size();
    }

    /** An item that is a field of industry: no kind of works or phase ends it, and it names nothing (现代农业). */
    private static boolean field(ArticleText t, Span item) {
        String text = t.slice(item.start(), item.end());
        if (Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), item.end()) != null || PHASE.matcher(text).find() || builtThing(text)) {
            return false;
        }
        return !NameChecks.enterpriseName(text) || ProjectRecognizer.commonWordsOnly(t, item.start(), item.end(), 8);
    }

    /**
     * Every word of the span one the dictionary or the trades' words know, as a common noun, verb or modifier (no
     * place, person, number).
     */
    private static boolean knownWordsOnly(ArticleText t, Span span) {
        return knownWords(t, span, KNOWN_WORD_TAGS);
    }

    /** Every word of the span known to the dictionary or the trades' words, of one of {@code tags} when not null. */
    private static boolean knownWords(ArticleText t, Span span, java.util.Set<String> tags) {
        for (int i = span.start(); i < span.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > span.end() || tags != null && !tags.contains(tk.tag())
                    || t.dictionaryTags(tk.text()).isEmpty() && !Lexicons.INDUSTRY.contains(tk.text())) {
                return false; // (a trade's word the dictionary lacks, 新材料, is a known word too)
            }
            i = tk.end();
        }
        return true;
    }

    /** The park (a mention of one) that opens {@code [s, e)} when only the word for its buildings follows (甲产业园|厂房). */
    private static Span parkBeforeItsBuildings(ArticleFacts facts, int s, int e) {
        String v = facts.text().view();
        for (Entity p : facts.entities()) {
            for (Span m : p.mentions()) {
                if (p.is(EntityType.PARK) && m.start() == s && BUILDINGS.matcher(v).region(m.end(), e).matches()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A park's buildings after its name: 厂房, 标准化厂房. */
    private static final Pattern BUILDINGS = Pattern.compile("(?:标准化)?厂房");

    /** An aspect particle (了, 过) as a word of its own inside the span. */
    private static boolean aspectParticleIn(ArticleText t, Span span) {
        return wordInside(t, span, tk -> tk.tag().equals("ule") || tk.tag().equals("uguo"));
    }

    /** A word the segmenter reads as a person's or a place's name inside the span. */
    private static boolean personOrPlaceIn(ArticleText t, Span span) {
        return wordInside(t, span, tk -> tk.tag().startsWith("nr") || tk.tag().startsWith("ns"));
    }

    /** Some word wholly inside the span is one {@code test} accepts. */
    private static boolean wordInside(ArticleText t, Span span, java.util.function.Predicate<Token> test) {
        for (int i = span.start(); i < span.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk != null && tk.start() >= span.start() && tk.end() <= span.end() && test.test(tk)) {
                return true;
            }
            i = tk == null ? i + 1 : Math.max(i + 1, tk.end());
        }
        return false;
    }

    /** Every word of the span is one the dictionary or the trades' words know, whatever its part of speech (no brand). */
    private static boolean dictionaryWordsOnly(ArticleText t, Span span) {
        return knownWords(t, span, null);
    }

    private static final java.util.Set<String> KNOWN_WORD_TAGS = java.util.Set.of("n", "nz", "vn", "v", "vi", "a", "b");

    /** The item ends in a village's name: a word the segmenter calls a place, ending in 村, of three characters at most. */
    private static boolean villageLast(ArticleText t, Span name) {
        Token last = t.tokenAt(name.end() - 1);
        return last != null && last.end() == name.end() && last.tag().equals("ns") && last.text().endsWith("村")
                && last.text().length() <= 3;
    }

    /**
     * 亿元以上的有5个，包括甲芯片项目、琥珀幻境项目、乙示范基地项目…: an item whose words are common nouns alone (no
     * verb, no kind of works the dictionary calls generic, one word at least seldom seen) is a project's name when the
     * text counts the list's items one by one (as many as it lists) and two other items at least are names: among
     * names so counted, nouns make a brand (琥珀幻境), not a kind. Uncounted, or counted with more than it lists
     * (甲、数字经济项目、乙等12个项目), the nouns may be a field the other projects are in.
     */
    private static boolean nounsAmongNames(ArticleText t, Span name, int suffixStart, CoordinationList list) {
        Integer count = list.count() != null ? list.count() : countBeforeOpener(t, list);
        if (count == null || count != list.items().size() || suffixStart - name.start() < 4
                || Lexicons.GENERIC.suffixAt(t.view(), suffixStart) != null || ProjectRecognizer.onlyField(t, name.start(), suffixStart)) {
            return false;
        }
        boolean rare = false;
        for (int i = name.start(); i < suffixStart; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > suffixStart || !tk.tag().equals("n")) {
                return false;
            }
            rare |= t.dictionaryFrequency(tk.text()) <= RARE_WORD;
            i = tk.end();
        }
        if (!rare) {
            return false; // 道路桥梁, 水果蔬菜: everyday nouns name kinds of works; a brand takes a word seldom seen (视界)
        }
        long names = list.items().stream().filter(o -> !o.equals(name)).filter(o -> {
            String s = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), o.end());
            return s != null && ProjectRecognizer.isProjectName(t, o.start(), o.end() - s.length());
        }).count();
        return names >= 2;
    }

    /**
     * 年产甲、乙、丙和丁、戊两个项目: a head counting half the items or fewer lists what the works make or hold,
     * not the works; their names the text does not give (one item more than counted may be the clause's
     * subject the list took in: 某县政府与甲、乙2个项目签订…).
     */
    private static boolean fewerCountedThanListed(CoordinationList list) {
        return list.head() != null && list.count() != null && list.count() * 2 <= list.items().size();
    }

    /** How seldom the dictionary has seen a word that makes nouns a brand. */
    private static final int RARE_WORD = 10;

    /** A count of works in the clause before the list's opener (亿元以上的有5个，包括): null when none. */
    private static Integer countBeforeOpener(ArticleText t, CoordinationList list) {
        if (list.opener() == null) {
            return null;
        }
        Span sentence = t.sentenceAt(list.opener().start());
        Matcher m = COUNT_BEFORE_OPENER.matcher(t.slice(sentence.start(), list.opener().start()));
        return m.find() ? CoordinationLists.countIn(m.group()) : null;
    }

    private static final Pattern COUNT_BEFORE_OPENER = Pattern.compile("(?:\\d+|[一二三四五六七八九十两]+)个[，,]?$");

    /** Whether the list's items are said to be projects by an opener or a head, not only by their endings. */
    static boolean declared(CoordinationList list) {
        return list.head() != null || list.opener() != null;
    }

    /**
     * 察看甲、乙、丙建设情况: a list of visited things whose works are being built, without a head that
     * says they are projects; its items must be names (not 高标准农田建设, 遗址保护利用).
     */
    static boolean visitedWorks(ArticleText t, CoordinationList list) {
        if (list.head() != null || list.verb() != CoordinationList.Verb.VISIT) {
            return false;
        }
        int end = list.items().get(list.items().size() - 1).end();
        return CoordinationLists.BUILDING_STATE.matcher(t.view()).region(end, t.length()).lookingAt();
    }

    /**
     * The item names works: it ends in a kind of built thing or project (水库, 连接线, 基地, 项目), or
     * holds a zone's word before what is built in it (某工业园区|某某批发市场); not 城区道路 or 示范点.
     */
    private static boolean works(ArticleText t, Span name) {
        String text = t.slice(name.start(), name.end());
        if (builtThing(text) || Lexicons.PROJECT_SUFFIXES.suffixAt(text, text.length()) != null) {
            return true;
        }
        for (int i = 3; i < text.length() - 2; i++) {
            String zone = Lexicons.PARK_SUFFIXES.suffixAt(text, i);
            if (zone != null && zone.length() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInVerb(ArticleText t, Span name) {
        Token last = t.tokenAt(name.end() - 1);
        return last != null && last.end() == name.end() && last.tag().startsWith("v");
    }

    /** The stricter test for items only their endings call projects: a name, not a description. */
    static boolean nameLike(ArticleText t, Span name) {
        String text = t.slice(name.start(), name.end());
        if (PHASE.matcher(text).find() || Lexicons.FACILITY_SUFFIXES.suffixAt(t.view(), name.end()) != null
                || Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(t.view(), name.end()) != null
                || Lexicons.PARK_SUFFIXES.suffixAt(t.view(), name.end()) != null || text.matches(".*[A-Za-z].*")) {
            return true;
        }
        for (int i = name.start(); i < name.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            String tag = tk.tag();
            if (tk.start() >= name.start() && tk.end() <= name.end() && (tag.startsWith("nr") || tag.startsWith("ns")
                    || tag.startsWith("nt") || tag.startsWith("nz") || tag.equals("j") || tag.equals("nx")
                    || t.dictionaryTags(tk.text()).isEmpty())) {
                return true;
            }
            i = Math.max(i + 1, tk.end());
        }
        return NameChecks.namesPlace(t, name.start(), name.end());
    }

    private static boolean verb(Token tk) {
        return tk.tag().startsWith("v") && !tk.tag().equals("vn");
    }

    static void link(java.util.List<Facts.Link> into, Entity project, Entity other, Span evidence) {
        if (into.stream().noneMatch(l -> l.project() == project && l.other() == other)) {
            into.add(new Facts.Link(project, other, evidence));
        }
    }
}
