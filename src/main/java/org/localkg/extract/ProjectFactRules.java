package org.localkg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about the projects an article names, each read from the sentence (or the photo caption)
 * that names the project, or from the next sentence when that one has no subject of its own
 * (。计划总投资8亿元，预计…):
 * <ul>
 *   <li>investment: 总投资(额)10亿元, 计划总投资, 投资总额, 一期A地块总投资4.7亿元 → yuan; not for
 *       a sum after a list of projects (甲、乙，总投资…), which is the list's;</li>
 *   <li>expected completion: 预计2025年竣工投产 (a year), 预计今年5月… (the words, and a year only
 *       when the article's date is known); 上述项目预计… for every project just listed;</li>
 *   <li>status: the stages the text reports reached (开工, 封顶, 竣工 …), not the ones it expects;</li>
 *   <li>park: 位于某园的…, a park named in the project's name, 某园的…项目, 某园新建…项目, 某园里…打造…项目, 园区
 *       or 落户园区 for the one park an article is about; otherwise the park of the article's
 *       context (the only one its title names, or where it holds a signing or ground-breaking)
 *       unless the project's sentence names another park;</li>
 *   <li>enterprise: a company whose name or short name opens the project's name, 由某某公司投资
 *       建设, 某某公司(投资建设)的…, or 企业投资的… for the company the article just introduced;
 *       otherwise the only company the article's title names, unless the sentence names another.</li>
 * </ul>
 */
final class ProjectFactRules {
    /** A sum's last word: 元, or 亿 alone before a clause's end (签约额15亿，). */
    private static final String YUAN_OR_BARE_YI = "(?:元|(?<=亿)(?=[，,。；;的]))";
    /**
     * A project's total investment: 总投资(额), 计划总投资, 投资总额, 投资额, 投资规模, 概算投资 or 估算投资 (an estimate
     * of the total), a signed project's (合同)引资额 (not 完成投资额 or 累计投资额, which report money spent so far,
     * nor 固定资产投资规模 or 全社会投资, a place's totals); 亿 alone before a clause's end is 亿元 (投资额15亿，).
     * The look-ahead only repeats the words each match opens with (here and in {@link #PLAIN_INVESTMENT}):
     * tried first, it turns away the positions where no match can start before the look-behind's
     * alternatives are tried at each.
     */
    private static final Pattern INVESTMENT = Pattern.compile(
            "(?=[总投引合概估])(?=总投资|投资|引资|合同引资|概算|估算)(?<!完成|累计|年度|当年|已|资产|全社会)(?:总投资(?:额|规模|概算)?|(?:概算|估算)(?:总)?投资|投资(?:总额|规模|概算)|投资额|(?:合同)?引资额)[:：]?\\s*(?:(?:预计|约为|约|达到|高达|达|超过|超|近|逾|为|共计|合计)\\s*){0,2}(\\d+(?:\\.\\d+)?)\\s*(亿|万)?(?:多|余)?" + YUAN_OR_BARE_YI);
    /**
     * A project's 签约额 (签约金额) right after its name (甲项目签约额3亿元, 签约额15亿，): its investment; an
     * event's 签约额 (本届签约额超过120亿元) stands after no project's name.
     */
    private static final Pattern SIGNED_SUM = Pattern.compile(
            "签约(?:金)?额[:：]?\\s*(?:(?:约为|约|达到|达|为|共计)\\s*)?(\\d+(?:\\.\\d+)?)\\s*(亿|万)?" + YUAN_OR_BARE_YI);
    /** Words of an event or a period before a signed sum: its total, no one project's. */
    private static final Pattern EVENTS_SUM = Pattern.compile("本届|本次|此次|当天|当日|现场|今年|全年|全市|全县|全区|共|累计|合计|总");
    /* where a park stands against its project (park()), compiled once */
    private static final Pattern LOCATING_VERB_BEFORE = Pattern.compile(".*(位于|在|地处|落户|落户于|落地|坐落于)$");
    private static final Pattern NEAR_OR_OF = Pattern.compile("[^，。,;；]{0,12}的.*|[^，。,;；]{0,3}");
    private static final Pattern INSIDE_BUILDING = Pattern.compile("^(里|内|中)[^。;；]{0,20}(打造|建设|建成|规划|布局|落户|实施)[^。;；]{0,6}$");
    private static final Pattern BUILDING_OF = Pattern.compile("^(?:内|里|中)?(?:新建|续建|引进|开工建设|投资建设|签约|落地)?的?$");
    private static final Pattern LOCATING_VERB_AFTER = Pattern.compile("^(位于|是|落户|坐落于|地处)[^，。,;；]{0,2}$");
    private static final Pattern IN_THE_PARK = Pattern.compile(".*在园区[^。]{0,12}[，,]$");
    private static final Pattern SETTLES_IN_THE_PARK = Pattern.compile("^(?:正式|成功|已)?(?:落户|入驻|位于|签约落户)(?:该)?园区.*");
    /** Verbs that place a project in a park named after them: 落地, 落户, 位于, 选址, 坐落于, 建在. */
    private static final Pattern PLACED = Pattern.compile("(?:落地|落户|位于|选址|坐落于|坐落在|建在|入驻)(?:在|于)?$");
    /**
     * 投资 alone, counted only right against its project; not a year's or a sum spent so far (亿 alone before a
     * verb of building or 的 is 亿元: 投资2亿建设的, 投资2亿的). 引进 an amount to build a project (某县引进9亿元建设某项目) is the
     * same money said from the place's side.
     */
    private static final Pattern PLAIN_INVESTMENT = Pattern.compile(
            "(?=[计拟预投引])(?=计划|拟|预计|投资|引进)(?<!完成|累计|年度|当年|年内|已|总|计划完成)(?:(?:计划|拟|预计)?投资|引进(?:资金)?)(?:(?:约为|约|达到|高达|达|超过|超|近|逾|为)\\s*){0,2}(\\d+(?:\\.\\d+)?)\\s*(亿|万)?(?:多|余)?(?:元|(?<=亿)(?=建设|投建|兴建|打造|新建|的))");
    /** Units a company adds, named before the works they make up: 新上2条, 新增3座. */
    private static final String UNITS_ADDED = ProjectRecognizer.UNITS_ADDED_WORDS;
    /** How large what is built is, said before it (建设|规划占地300亩的|某产业园, 建设|建筑面积3万平方米的|某中心). */
    private static final String SIZE_CLAUSE = "(?:规划)?(?:占地|用地|建筑)(?:面积)?(?:约|达|近)?\\d+(?:\\.\\d+)?万?(?:亩|平方米|平米|公顷|平方公里)的";
    /**
     * After an amount: 的 (总投资8亿元的甲项目), or a verb of building, maybe in phases or with 了 (投资150亿元启动建设甲园, 投资2亿元建设了甲电厂,
     * 投资3亿元建设的甲项目, 投资30亿元，建设甲项目, 投资2亿元，分两期建设的甲项目, 投资20亿元建设集研发、生产于一体的甲园).
     */
    private static final Pattern AMOUNT_TAIL = Pattern.compile(
            "(?:人民币)?(?:的|[，,]?(?:将|拟|计划)?(?:在[^，。,;；]{1,8}?)?(?:分[一二两三四五\\d]期)?(?:(?:启动|开工|新)?建设|打造|兴建|" + UNITS_ADDED + ")(?:的|了|"
            + ProjectRecognizer.ALL_IN_ONE + "|" + SIZE_CLAUSE + ")?)");
    private static final Pattern GAP = Pattern.compile("(?:计划|拟|预计|共|项目)?");
    /**
     * What may follow a count of projects (项目36个以上, 共15个左右, 20个均已开工, 10个次): anything else after the count
     * (涉及10个行政村, 新建2个车间) says what else is counted.
     */
    private static final String COUNT_GOES_ON = "项目|工程|以上|左右|之多|多|余|均|已|次|共|都|全|总|合计|计|亿|万";
    private static final Pattern COUNTED = Pattern.compile(
            "(?:\\d+|[一二三四五六七八九十百两]+)(?:个|项)[^，。,]{0,6}?(?:项目|工程)|(?:项目|工程)[^，。,]{0,4}?(?:\\d+|[一二三四五六七八九十百两]+)(?:个|项)"
                    + "(?=[^\\p{IsHan}]|$|" + COUNT_GOES_ON + ")"); // (not 某工程项目涉及10个|行政村, 可提供500个|就业岗位: a count of other things)
    /** The words of a project finished or put to use, said with a date to come. */
    static final String FINISHING = "竣工|建成|完工|投产|投用|投运|交付|投入使用|投入运营";
    /**
     * A cue of the future (预计, 力争, 将于), or a date that is itself to come (明年, 年内, 年底前: 项目年底前建成;
     * 年底将: 项目年底将全部竣工),
     * then the date and the stage. The look-ahead only repeats the words a match opens with, as in
     * {@link #INVESTMENT}: most positions are turned away by it, before the look-behind is tried.
     */
    static final Pattern COMPLETION = Pattern.compile(
            "(?=[预计争力确有将今本年明])(?=预计|计划|争取|力争|确保|有望|将于|将在|今年|本年|年底前|年内|明年|年底将)"
            + "(?:(?:预计|计划|争取|力争|确保|有望|将于|将在)(?:将于|将在|于|在|到)?|(?<![去前]|去年|前年)(?=(?:今年|本年)?(?:年底前|年内|明年|年底将)))"
            + "((?:\\d{4}年|今年|明年|年内|年底|本年)?[^，。,;；]{0,8}?)"
            + "(?:全部|全面|整体|主体)?(?:实现)?(" + FINISHING + "|运营|开业|达产|投入生产|并网|通车|(?:实现|达到)?设计(?:产能|产量))");
    /**
     * What a company does to a project between the two: 投资2.5亿元 (投入10亿元), 分两期建设, 计划投资建设, 拟投资…建设; a verb's
     * aspect said too (正在实施, 实施了, 已建设).
     */
    private static final String INVESTS = "(?:(?:正在|已经|已)?(?:(?:总)?(?:投资|投入)(?:\\d+(?:\\.\\d+)?(?:亿元?|万元|元))?[，,、]?|分[一二两三四五\\d]期|"
            + ProjectRecognizer.BUILDING_VERBS + "|计划|拟|将|(?:此次|本次)?签约|" + UNITS_ADDED + ")了?)";
    private static final Pattern ENTERPRISE_ANAPHOR = Pattern.compile("(?:该)?(?:企业|公司)" + INVESTS + "{1,3}的$");
    /** Right after a stage's word: it is the condition of what follows (达产后…, 建成以后…). */
    private static final Pattern CONDITION = Pattern.compile("(?:投产|达产|运营)?(?:后|之后|以后)");
    /**
     * A stage's word as the matter a visit looks into (调研甲项目和乙公司生产运营情况: how the company runs, no stage of the
     * works): 情况 after it, and no judgement of how it goes (情况良好 is one).
     */
    private static final Pattern MATTER = Pattern.compile("情况(?!良好|平稳|顺利|正常|稳定|较好|很好)");
    /** Verbs of looking into something, before the matter: 调研, 了解, 听取…汇报. */
    private static final Pattern LOOKING_INTO = Pattern.compile("调研|了解|察看|查看|听取|检查|考察|询问|督导");
    private static final Pattern FUTURE = Pattern.compile("预计|计划|将|力争|争取|有望|拟|早日|尽早|尽快|确保");
    /** A sentence that goes on about the last project without naming it: 。计划总投资…, 。其中一期… */
    private static final Pattern ELIDED_SUBJECT = Pattern.compile(
            "[\\s，,]*(?:该|这一|此|这个|其)?(?:工程|项目)?(?:其中)?(?:一期|二期|三期|首期)?(?:工程|项目)?(?:计划|预计|规划)?");
    /** A sentence's subject that is only a project pointed back at, maybe its first phase: 项目一期, 该工程. */
    private static final Pattern PROJECT_AS_SUBJECT = Pattern.compile(
            "\\s*(?:该|这一|此|这个|其)?(?:工程|项目)(?:其中)?(?:一期|首期)?(?:工程)?");
    /** Projects counted or listed in a sentence: 15个项目, 项目12个, 等重点项目, 其中包括. */
    private static final Pattern MANY_PROJECTS = Pattern.compile("\\d+\\s*[个项批]|[个项批](?:重点|重大)?(?:项目|工程)|(?:项目|工程)\\d+|等[^，。,;；]{0,8}?(?:项目|工程)|其中|包括");
    private static final Pattern FACT_OPENING = Pattern.compile("(?:总投资|投资总额|投资额|预计|占地|建成后|达产后|项目)");
    /** Words that make a statement about every project just listed: 上述项目, 以上项目均, 这些项目全部. */
    private static final Pattern ALL_LISTED = Pattern.compile("上述|以上|这些|均|全部|都");
    /**
     * 由某某公司投资建设: the company named after 由 builds or runs the project named before it, also
     * after a clause of its own (该项目位于某镇，由某某公司投资建设), and after words that say what sort of company it is
     * (由世界500强企业|某某公司投资建设).
     */
    private static final Pattern BUILT_BY = Pattern.compile(
            "^(?:[^，。,;；]{0,16}[，,])?[^，。,;；]{0,10}?由(?:[^，。,;；、]{0,10}?(?:企业|央企|国企|民企))?$");
    /** 由 opening a later clause of the sentence, after clauses that say where the works stand and what they cost. */
    private static final Pattern BUILT_BY_LATER = Pattern.compile("^[^。；;！？!?]{0,90}[，,][^，。,;；]{0,10}?由$");

    /**
     * 甲项目位于某街道，某路以南、某路以西，总投资17亿元，由某公司投资建设: the project opens the sentence and the
     * company comes after 由 in a later clause, with no other works or company named between (the clauses between,
     * a park where it stands among them, are the project's).
     */
    private static boolean builtByLaterClause(ArticleText t, ArticleFacts facts, Span sentence, Span project, Span company) {
        if (!t.slice(sentence.start(), project.start()).isBlank()
                || !BUILT_BY_LATER.matcher(t.slice(project.end(), company.start())).matches()) {
            return false;
        }
        Span between = new Span(project.end(), company.start());
        return facts.within(between, EntityType.PROJECT).isEmpty() && facts.within(between, EntityType.ENTERPRISE).isEmpty();
    }

    /** After a list of partners: their count and a verb of building together (…四家企业联袂共筑, …共同投资建设). */
    private static final Pattern PARTNERS_BUILD = Pattern.compile(
            "(?:[一二三四五六七八九十两\\d]+家(?:企业|公司|单位))?(?:联袂|携手|共同|联合|合作)?(?:共筑|共建|投资|建设|打造|开发|兴建|投建)");
    private static final Pattern BUILDS = Pattern.compile(
            "^(?:[^，。,;；]{0,4}?)(?:" + ProjectRecognizer.BUILDING_VERBS + "|运营)");
    /**
     * 某某公司(投资建设)的某某项目, 某某公司投资10亿元建设某某项目, 某某公司(计划)在某县投资建设的某某项目: the company
     * before the project (where it builds, said with 在, only before a verb of building).
     */
    private static final Pattern OWNER_BEFORE = Pattern.compile("^(?:(?:计划|拟|将)?在[^，。,;；、的]{1,16}?" + INVESTS + "+|" + INVESTS + "*)(?:的[“\"]?)?$");

    private ProjectFactRules() {}

    /**
     * The words from a company's end to its works' start say it builds them ({@link #OWNER_BEFORE}); none do where the
     * works open before the company's partners end (the works joined to others, named first).
     */
    private static boolean ownerBefore(ArticleText t, int from, int to) {
        return from <= to && OWNER_BEFORE.matcher(t.slice(from, to)).matches();
    }

    /** An amount of investment said after it: what makes the park works being paid for, not a zone run. */
    private static final Pattern AMOUNT_SAID = Pattern.compile("投资[^，。,;；]{0,6}?\\d+(?:\\.\\d+)?\\s*(?:亿|万)");
    /** 由 a company and its investing right after a park's name: 甲产业园由某某集团投资(建设). */
    private static final Pattern INVESTED_BY = Pattern.compile("由([^，。,;；]{2,30}?)(?:投资|出资|投资建设|投资兴建)(?:[，,。；;]|建设|兴建)");

    /**
     * 甲产业园由某某集团投资，总投资110亿元: a park a company invests in is works being built, a project as well
     * (as 某公司投资26亿元的甲产业园 is, {@link #attached}), when the sentence goes on to say how much; not a
     * zone (某开发区, 某新区) nor the park the article is about, which may have a developer of its own
     * without being one project.
     */
    private static void parksCompaniesInvestIn(ArticleText t, ArticleFacts facts) {
        for (Entity park : facts.entities()) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT) || park == facts.frame().park()
                    || org.localkg.resolve.Names.key(park.name()).endsWith("区")) {
                continue; // (某开发区, 某新区: a zone a company develops is still a zone)
            }
            for (Span m : park.mentions()) {
                Matcher by = INVESTED_BY.matcher(t.view()).region(m.end(), Math.min(t.length(), m.end() + 40));
                if (!by.lookingAt()) {
                    continue;
                }
                Span company = new Span(by.start(1), by.end(1));
                int sentenceEnd = t.sentenceAt(m.start()).end();
                if (facts.entities().stream().anyMatch(c -> c.is(EntityType.ENTERPRISE) && c.mentions().contains(company))
                        && AMOUNT_SAID.matcher(t.view()).region(Math.min(by.end(), sentenceEnd), sentenceEnd).find()) {
                    park.addType(EntityType.PROJECT);
                    break;
                }
            }
        }
    }

    /** Companies' building of what follows, then 的: 合资打造的, 共同开发建设的, 投资建设的. */
    private static final Pattern COMPANIES_BUILD = Pattern.compile("(?:合资|共同|联合|携手|合作)?(?:开发建设|投资建设|投资兴建|打造|建设|兴建|投建)的$");

    /**
     * 甲公司和乙公司合资打造的|丙产业园在某园区举行开工奠基仪式: a park that companies named in the clause build is works
     * being built, a project as well; not a zone (某开发区), nor the park the article is about.
     */
    private static void parksCompaniesBuild(ArticleText t, ArticleFacts facts) {
        for (Entity park : facts.entities()) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT) || park == facts.frame().park()
                    || org.localkg.resolve.Names.key(park.name()).endsWith("区")) {
                continue;
            }
            for (Span m : park.mentions()) {
                int clause = t.clauseStart(m.start());
                Matcher built = COMPANIES_BUILD.matcher(t.view()).region(clause, m.start());
                if (built.find() && !facts.within(new Span(clause, built.start()), EntityType.ENTERPRISE).isEmpty()
                        && facts.within(new Span(clause, built.start()), EntityType.PARK).isEmpty()
                        && facts.within(new Span(clause, built.start()), EntityType.ORGANIZATION).isEmpty()) {
                    park.addType(EntityType.PROJECT);
                    break;
                }
            }
        }
    }

    static void apply(ArticleText t, ArticleFacts facts, LocalDate articleDate) {
        parksCompaniesInvestIn(t, facts);
        parksCompaniesBuild(t, facts);
        investments(t, facts, facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).toList());
        // an amount invested in a park makes it a project too (投资26亿元的甲产业园): count it from here on
        List<Entity> projects = facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).toList();
        completions(t, facts, articleDate);
        statuses(t, facts, projects, articleDate);
        ArticleFrame frame = facts.frame();
        Optional<Context> park = frame.park() == null ? Optional.empty() : Optional.of(new Context(frame.park(), frame.parkEvidence()));
        Optional<Context> enterprise = frame.enterprise() == null ? Optional.empty()
                : Optional.of(new Context(frame.enterprise(), frame.enterpriseEvidence()));
        for (Entity p : projects) {
            // a list may have given the park or the company already
            boolean listed = facts.parks.stream().anyMatch(l -> l.project() == p);
            if (!listed && !park(t, facts, p)) {
                Optional<Context> section = sectionPark(t, facts, p);
                Optional<Context> context = section.isPresent() ? section : park.filter(c -> (!frame.parkOnlyNamed() || namedAfter(p, c.entity())
                        && !PLACE_OF_ITS_OWN.matcher(sentenceOfFirst(t, p)).find()) && !clauseOpensWithRegion(t, p, c.entity()));
                context.ifPresent(c -> fromContext(t, facts, p, EntityType.PARK, c, facts.parks));
            }
            boolean owned = facts.enterprises.stream().anyMatch(l -> l.project() == p);
            if (!owned && !enterprise(t, facts, p)) {
                enterprise.ifPresent(c -> fromContext(t, facts, p, EntityType.ENTERPRISE, c, facts.enterprises));
            }
        }
        ProjectPhases.shareCompanies(facts);
    }

    /** A region's way of saying it brings in a project: 某县引进, 某市投资. */
    private static final Pattern REGION_BRINGS_IN = Pattern.compile("引进|招引|投资|建设|实施|新建");

    /**
     * 某县引进某公司投资…建设某项目: the clause that names the project opens with a county or city bringing it
     * in, so the project is that place's, not the one park the article names (unless the park's own
     * name opens with that place).
     */
    private static boolean clauseOpensWithRegion(ArticleText t, Entity project, Entity park) {
        if (project.mentions().isEmpty()) {
            return false;
        }
        int at = firstStart(project);
        int k = t.clauseStart(at);
        while (k < at && Character.isWhitespace(t.charAt(k))) {
            k++;
        }
        String region = org.localkg.resolve.Divisions.get().regionAt(t.view(), k);
        return region != null && k + region.length() <= at
                && REGION_BRINGS_IN.matcher(t.view()).region(k + region.length(), at).lookingAt() && !park.form().startsWith(region);
    }

    /** Whether the project is first named after the park is. */
    private static boolean namedAfter(Entity project, Entity park) {
        return !project.mentions().isEmpty() && !park.mentions().isEmpty() && firstStart(park) < firstStart(project);
    }

    /** The sentence that first names {@code e}, without that name (乡村振兴项目 names no village). */
    private static String sentenceOfFirst(ArticleText t, Entity e) {
        int at = firstStart(e);
        Span s = t.sentenceAt(at);
        int end = e.mentions().stream().filter(m -> m.start() == at).mapToInt(Span::end).max().getAsInt();
        return t.slice(s.start(), at) + t.slice(Math.min(end, s.end()), s.end());
    }

    private static int firstStart(Entity e) {
        return e.mentions().stream().mapToInt(Span::start).min().getAsInt();
    }

    /** A park, then a count of its projects in the same clause: 其中，某工业园区开工建设项目117项. */
    private static final Pattern PARK_COUNTS_PROJECTS = Pattern.compile(
            "^[^，。,;；:：\\n]{0,16}?项目(?:共|合计)?(?:\\d+|[一二三四五六七八九十百两]+)(?:个|项)");

    /**
     * The park whose stretch of a paragraph the project is named in: a report that goes park by park
     * (某园区开工建设项目117项，…。甲、乙等正在加紧建设；某园区开工建设项目65项…) gives each project
     * named after a park's count of projects, up to the next park's count, that park.
     */
    private static Optional<Context> sectionPark(ArticleText t, ArticleFacts facts, Entity project) {
        if (project.mentions().isEmpty()) {
            return Optional.empty();
        }
        int at = project.mentions().stream().mapToInt(Span::start).min().getAsInt();
        int paragraph = t.view().lastIndexOf('\n', at) + 1;
        Context best = null;
        int bestEnd = -1;
        for (Entity park : facts.entities()) {
            if (!park.is(EntityType.PARK) || park.is(EntityType.PROJECT) || park == project) {
                continue;
            }
            for (Span pm : park.mentions()) {
                if (pm.start() >= paragraph && pm.end() <= at && pm.end() > bestEnd
                        && PARK_COUNTS_PROJECTS.matcher(t.view()).region(pm.end(), t.length()).lookingAt()) {
                    best = new Context(park, t.sentenceAt(pm.start()));
                    bestEnd = pm.end();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** What the article is about (its park, its company) and the sentence that says so. */
    private record Context(Entity entity, Span evidence) {}

    /** The context's park or company for a project, unless a sentence naming the project names another. */
    private static void fromContext(ArticleText t, ArticleFacts facts, Entity project, EntityType type, Context c,
            List<Facts.Link> into) {
        if (c.entity() == project) {
            return;
        }
        for (Span m : project.mentions()) {
            Span sentence = t.sentenceAt(m.start());
            for (Entity other : facts.within(sentence, type)) {
                // another park named there; not a project that is also a park, nor a park in another project's name
                // (nor the zone inside the context park's own name: 某高新区|某产业园)
                if (other != c.entity() && other != project && !other.is(EntityType.PROJECT) && !holds(other, c.entity())
                        && other.mentions().stream().anyMatch(om -> sentence.contains(om) && !insideProject(facts, om, project)
                                && c.entity().mentions().stream().noneMatch(cm -> cm.contains(om))
                                && !(type == EntityType.PARK && wentTo(t, c) && listedTogether(t, facts, m, om))
                                && !(type == EntityType.PARK && holds(c.entity(), other) && joinedTo(t, m, om))
                                && !(type == EntityType.PARK && listedAsWorks(t, facts, other)))) {
                    return;
                }
            }
        }
        link(into, project, c.entity(), c.evidence());
    }

    /**
     * The park is an item of a list of works (举行甲工业园暨乙城、丙项目开工仪式): the whole item, or the item's
     * first name joined to the next by 暨 (not in one project's two names, 甲产业园暨乙总部项目); something
     * being built, named among projects, not the place any of them stands in.
     */
    private static boolean listedAsWorks(ArticleText t, ArticleFacts facts, Entity park) {
        for (CoordinationList l : facts.lists()) {
            if (l.kind() != CoordinationList.Kind.PROJECT) {
                continue;
            }
            for (Span item : l.items()) {
                for (Span pm : park.mentions()) {
                    if (pm.equals(item) || ProjectListRecognizer.namedBesideByJi(t, pm, item)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The context's park is where the article's visitors went (来某开发区考察): what they saw there is in it. */
    private static boolean wentTo(ArticleText t, Context c) {
        return c.entity().mentions().stream().anyMatch(pm -> c.evidence().contains(pm)
                && Lexicons.GOING_VERBS.suffixAt(t.view(), pm.start()) != null);
    }

    /**
     * Two items of one list (先后深入到甲产业园、乙项目、丙产业园): the one is no place of the other, unless
     * the sentence names a place of its own (来到某县，先后察看了…), where the article's park is not.
     */
    private static boolean listedTogether(ArticleText t, ArticleFacts facts, Span a, Span b) {
        Span sentence = t.sentenceAt(a.start());
        for (int i = sentence.start(); i < sentence.end(); i++) {
            String region = org.localkg.resolve.Divisions.get().regionAt(t.view(), i);
            if (region != null && region.length() >= 2 && !facts.claimed(new Span(i, i + region.length()))) {
                return false;
            }
        }
        return facts.lists().stream().anyMatch(l -> l.holds(a) && l.holds(b));
    }

    /**
     * Two names joined by a conjunction or a list's comma alone (深入甲项目和某开发区乙生态园): things named side
     * by side, neither the place of the other; so a park of the context's own zone there leaves the project in the zone.
     */
    static boolean joinedTo(ArticleText t, Span a, Span b) {
        Span first = a.start() < b.start() ? a : b;
        Span second = first == a ? b : a;
        return first.end() <= second.start() && JOINS.matcher(t.slice(first.end(), second.start())).matches();
    }

    private static final Pattern JOINS = Pattern.compile("[、和及与]|以及");

    /** 兰州新区 and 兰州新区树屏产业园: the zone whose name opens the park's full name holds it, no other place. */
    private static boolean holds(Entity zone, Entity park) {
        return park.keys().stream().anyMatch(k -> zone.keys().stream().anyMatch(z -> k.length() > z.length() + 1 && k.startsWith(z)));
    }

    /** Whether {@code m} lies inside a mention of a project other than {@code except}. */
    private static boolean insideProject(ArticleFacts facts, Span m, Entity except) {
        for (Entity e : facts.entities()) {
            if (e != except && e.is(EntityType.PROJECT) && e.mentions().stream().anyMatch(pm -> pm.contains(m) && !pm.equals(m))) {
                return true;
            }
        }
        return false;
    }

    /** A project or works pointed back at: 该项目, 此工程, 这个项目, 这一项目 (not 因此|项目, 工程师). */
    private static final String POINTER = "(?<!因)(?:该|此|这个|这一|这项)(?:项目|工程(?!师))";
    private static final Pattern POINTING_BACK = Pattern.compile(POINTER);
    /** The same, right before an amount (该项目|计划投资…). */
    private static final Pattern POINTED_AT_JUST_BEFORE = Pattern.compile(POINTER + "$");

    /** The project a fact at {@code at} belongs to: the nearest named before it in its sentence, or the caption's. */
    private static Optional<Entity> projectFor(ArticleText t, ArticleFacts facts, int at) {
        Span sentence = t.sentenceAt(at);
        Optional<Entity> p = facts.nearestBefore(at, sentence, EntityType.PROJECT);
        if (p.isPresent()) {
            // 甲项目，是某地的延链补链项目，总投资…: the project after 是 says what 甲 is; the amount is 甲's
            int predicate = predicateClause(t, p.get(), sentence, at);
            if (predicate >= 0) {
                Optional<Entity> subject = facts.nearestBefore(predicate, sentence, EntityType.PROJECT);
                if (subject.isPresent()) {
                    return subject;
                }
            }
            return p;
        }
        Span paragraph = t.paragraphAt(at);
        if (t.article().kind() == org.localkg.ingest.Article.Kind.CAPTION) {
            return facts.nearestBefore(at, paragraph, EntityType.PROJECT);
        }
        Optional<Entity> headed = headingBefore(t, facts, sentence);
        if (headed.isPresent()) {
            return headed; // (3)甲项目。由某公司投资建设，…总投资114.5亿元: the heading's project
        }
        // 该项目总投资…, 项目预计…: the project the paragraph last named
        String lead = t.slice(sentence.start(), at);
        // 该工程…计划今年竣工, 这个项目总投资…: the works named before (one of them: not 这些项目)
        boolean anaphor = POINTING_BACK.matcher(lead).find();
        if (anaphor || lead.startsWith("项目") || ELIDED_SUBJECT.matcher(lead).matches()
                || opensWithFact(t, sentence)) {
            if (unrecognisedProjectJustBefore(t, facts, sentence)) {
                return Optional.empty(); // 四是某某项目。该项目…: the project meant is one no rule named
            }
            Optional<Entity> last = facts.nearestBefore(sentence.start(), paragraph, EntityType.PROJECT);
            String opening = t.slice(paragraph.start(), Math.min(paragraph.end(), paragraph.start() + 8)).strip();
            if (last.isEmpty() && (lead.startsWith("项目") || anaphor || opening.startsWith("项目") || opening.startsWith("该项目"))) {
                // a page that breaks lines: 甲项目\n开工活动\n项目位于…，总投资1亿元 — the article's last project
                // (a sentence that opens in the title, 项目开工 with no mark after it, starts before the body); also
                // for a later sentence of a paragraph that opens so (甲项目\n项目位于某地。总投资8亿元，…)
                last = facts.nearestBefore(sentence.start(), new Span(Math.min(t.article().bodyStart(), sentence.start()), sentence.start()),
                        EntityType.PROJECT);
                if (last.isPresent() && anaphor && anotherCompanysParagraph(facts, last.get(), new Span(paragraph.start(), sentence.start()))) {
                    return Optional.empty(); // 乙公司的多个厂房拔地而起。“这个项目投资…”: 乙's works, which no rule named
                }
            }
            return last;
        }
        Optional<Entity> byHead = namedByItsHead(t, facts, sentence);
        if (byHead.isPresent()) {
            return byHead;
        }
        // a sentence that names no project goes on about the one project the sentence before names
        // (甲项目也拉开了开工序幕。作为…首个开工的重点项目，计划总投资2.9亿元)
        if (facts.within(sentence, EntityType.PROJECT).isEmpty() && sentence.start() > 0) {
            Span before = t.sentenceAt(sentence.start() - 1);
            List<Entity> named = facts.within(before, EntityType.PROJECT);
            if (named.size() == 1 && paragraph.contains(before)) {
                return Optional.of(named.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The project of a sentence whose subject is only 项目 or 该工程, maybe a phase of it (项目一期投资…),
     * when the sentence before names that one project and no other: plain 投资 says less than 总投资, so
     * the project it is said of must be the only one in sight.
     */
    private static Optional<Entity> pointedBackTo(ArticleText t, ArticleFacts facts, int at) {
        Span sentence = t.sentenceAt(at);
        if (sentence.start() == 0 || !PROJECT_AS_SUBJECT.matcher(t.slice(sentence.start(), at)).matches()) {
            return Optional.empty();
        }
        Span before = t.sentenceAt(sentence.start() - 1);
        List<Entity> named = facts.within(before, EntityType.PROJECT);
        if (named.size() != 1 || named.get(0).is(EntityType.PARK) || !t.paragraphAt(at).contains(before)
                || MANY_PROJECTS.matcher(t.slice(before.start(), before.end())).find()) {
            return Optional.empty(); // (其中包括甲项目 of 15个项目, 引进项目12个: the amount may be all of theirs)
        }
        return Optional.of(named.get(0));
    }

    /**
     * The paragraph before the pointer names a company whose name the project named earlier does not open with: the
     * paragraph is about that company's works, not the earlier project.
     */
    private static boolean anotherCompanysParagraph(ArticleFacts facts, Entity project, Span before) {
        for (Entity c : facts.within(before, EntityType.ENTERPRISE)) {
            boolean its = c.keys().stream().flatMap(k -> candidateForms(k).stream())
                    .anyMatch(f -> f.length() >= 2 && project.keys().stream().anyMatch(pk -> pk.contains(f)));
            if (!its) {
                return true;
            }
        }
        return false;
    }

    /** The head nouns of parks and works that a sentence may open with to mean the one named before (产业园由…). */
    private static final Pattern HEAD_SUBJECT = Pattern.compile("^\\s*(产业园|园区|物流园|基地|工厂|物流城)(?:由|将|预计|计划|占地|总投资|建成)");

    /**
     * 某某健康食品产业园…。产业园由某集团建设…预计2025年竣工: a sentence that opens with the head noun of the
     * project last named before it (in the article) goes on about that project.
     */
    private static Optional<Entity> namedByItsHead(ArticleText t, ArticleFacts facts, Span sentence) {
        Matcher m = HEAD_SUBJECT.matcher(t.view()).region(sentence.start(), sentence.end());
        if (!m.lookingAt() || !facts.within(sentence, EntityType.PROJECT).isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> last = facts.nearestBefore(sentence.start(), new Span(0, sentence.start()), EntityType.PROJECT);
        return last.filter(p -> p.keys().stream().anyMatch(k -> k.endsWith(m.group(1)) || k.endsWith(m.group(1) + "项目")));
    }

    /**
     * The sentence before ends in a phrase closed by 项目 that no project's mention covers and that
     * says which one (四是某某滴灌项目。, not 是省重点项目。): a sentence that points back (该项目, 项目…,
     * or a fact with no subject) means that one, which the article's projects do not hold, so the
     * fact's project is unknown.
     */
    private static boolean unrecognisedProjectJustBefore(ArticleText t, ArticleFacts facts, Span sentence) {
        if (sentence.start() == 0) {
            return false;
        }
        Span before = t.sentenceAt(sentence.start() - 1);
        int end = before.end();
        while (end > before.start() && !ArticleText.isHan(t.charAt(end - 1))) {
            end--;
        }
        if (end - before.start() < 4 || !t.view().startsWith("项目", end - 2)
                || facts.insideLonger(new Span(end - 2, end), EntityType.PROJECT)) {
            return false;
        }
        int from = end - 2;
        while (from > before.start() && "，,是、：:".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        String phrase = t.slice(from, end - 2);
        // 是某新区2021年重点招商引资项目: a designation of the project just said, not another one's name
        boolean designation = from > before.start() && t.charAt(from - 1) == '是' && DESIGNATED.matcher(phrase).find();
        return NameChecks.specific(phrase).length() >= 2 && !designation;
    }

    /** A designation's words right before 项目: 重点项目, 重大产业项目, 重点招商引资项目. */
    private static final Pattern DESIGNATED = Pattern.compile("(?:重点|重大)(?:招商引资|招商|产业|建设|工业|民生|实事)?$");

    /** A clause that opens with 是 and runs through 的 to the project's name (，是…的|甲项目). */
    private static final Pattern PREDICATE = Pattern.compile("[，,]是[^，。,;；]*的$");

    /** Where the clause opens when {@code project}'s last mention before {@code at} is what it says another is; else -1. */
    private static int predicateClause(ArticleText t, Entity project, Span sentence, int at) {
        Span last = null;
        for (Span m : project.mentions()) {
            if (sentence.contains(m) && m.end() <= at && (last == null || m.start() > last.start())) {
                last = m;
            }
        }
        if (last == null) {
            return -1;
        }
        Matcher is = PREDICATE.matcher(t.view()).region(sentence.start(), last.start());
        return is.find() ? is.start() : -1;
    }

    /** A sentence whose first clause is a fact with no subject of its own: 。计划总投资8亿元，预计…。 */
    private static boolean opensWithFact(ArticleText t, Span sentence) {
        int end = sentence.start();
        while (end < sentence.end() && "，,；;".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        Matcher m = ELIDED_SUBJECT.matcher(t.slice(sentence.start(), end));
        return m.lookingAt() && FACT_OPENING.matcher(t.slice(sentence.start() + m.end(), end)).lookingAt();
    }

    /**
     * Each amount of a project's investment goes to the project the words attach it to: the one it
     * qualifies (总投资8亿元的甲项目), the one it follows (甲项目计划投资22亿元), the one it builds
     * (投资150亿元启动建设甲园), or else the one its sentence or the sentence before is about. An
     * amount after a count of projects (项目65个，总投资…) is their sum, no one project's.
     */
    private static void investments(ArticleText t, ArticleFacts facts, List<Entity> projects) {
        // first what the words attach to a project, then what only the sentence says: an amount written
        // against its project (投资150亿元启动建设甲园) wins over a phase's written later (一期总投资42亿元)
        List<Matcher> general = new java.util.ArrayList<>();
        Matcher m = INVESTMENT.matcher(t.view());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (qualifiesNoNamedProject(t, facts, span)) {
                continue;
            }
            Optional<Entity> p = attached(t, facts, span);
            if (p.isPresent() && partAfterQizhong(t, p.get(), span.start())) {
                continue; // 甲及乙生产线项目总投资5.2亿元，其中，乙生产线项目总投资1.2亿元: the part's sum, not the whole's
            }
            if (p.isPresent()) {
                add(t, facts, p, yuan(m.group(1), m.group(2)), span);
            } else {
                general.add(INVESTMENT.matcher(t.view()).region(m.start(), m.end()));
            }
        }
        // plain 投资 counts only where it is written right against its project
        Matcher plain = PLAIN_INVESTMENT.matcher(t.view());
        while (plain.find()) {
            Span span = new Span(plain.start(), plain.end());
            if (qualifiesNoNamedProject(t, facts, span)) {
                continue;
            }
            Optional<Entity> p = attached(t, facts, span);
            if (p.isEmpty()) {
                p = projectEndingAt(facts, plain.start(), 0);
            }
            if (p.isEmpty() && plain.start() > 0 && "，,（(".indexOf(t.charAt(plain.start() - 1)) >= 0) {
                p = projectEndingAt(facts, plain.start() - 1, 0); // 甲基地，投资3.2亿元, 甲项目（计划投资6.5亿元）: right after it
            }
            if (p.isEmpty() && plain.start() >= 3 && t.view().startsWith("项目", plain.start() - 2)
                    && "，,".indexOf(t.charAt(plain.start() - 3)) >= 0) {
                p = projectEndingAt(facts, plain.start() - 3, 0); // 甲项目，项目投资50亿元: the project, said again
            }
            if (p.isEmpty()) {
                p = builtByJustBefore(facts, plain.start()); // 甲项目由某某公司投资1.8亿元建设
            }
            if (p.isEmpty() && POINTED_AT_JUST_BEFORE.matcher(t.view()).region(Math.max(0, plain.start() - 4), plain.start()).find()) {
                p = projectFor(t, facts, plain.start()); // 该项目计划投资…, 这个项目拟投资…: the project pointed back at
            }
            if (p.isEmpty()) {
                p = sentencesSubject(t, facts, plain.start()); // 甲项目位于某园区，占地200亩，计划投资8亿元
            }
            if (p.isEmpty()) {
                p = pointedBackTo(t, facts, plain.start()); // 甲项目落户某园区。项目一期投资…
            }
            if (p.isEmpty()) {
                p = builtRightAfter(t, facts, plain.end()); // …合作，协议引进资金6亿元人民币，建造甲大桥项目
            }
            add(t, facts, p, yuan(plain.group(1), plain.group(2)), span);
        }
        Matcher signedSum = SIGNED_SUM.matcher(t.view());
        while (signedSum.find()) {
            int at = signedSum.start();
            if (EVENTS_SUM.matcher(t.slice(t.clauseStart(at), at)).find()) {
                continue; // 本届签约额, 当天现场签约额: the event's, many projects'
            }
            Optional<Entity> p = projectEndingAt(facts, at, 0);
            if (p.isEmpty() && at > 0 && "，,".indexOf(t.charAt(at - 1)) >= 0) {
                p = projectEndingAt(facts, at - 1, 0); // 甲项目，签约额5亿元
            }
            if (p.isEmpty()) {
                p = sentencesSubject(t, facts, at); // 甲项目落户某园区，签约额5亿元
            }
            add(t, facts, p, yuan(signedSum.group(1), signedSum.group(2)), new Span(at, signedSum.end()));
        }
        // a signed sum right before its project (签订的10亿元甲项目): the contract's value is its investment
        Matcher signed = SIGNED_AMOUNT.matcher(t.view());
        while (signed.find()) {
            Span span = new Span(signed.start(), signed.end());
            add(t, facts, projectStartingAt(facts, signed.end()), yuan(signed.group(1), signed.group(2)), span);
        }
        // a sum opening a list's item or the predicate of 是 (类项目2个：3.2亿元的甲项目、3亿元的乙项目): what the item costs
        Matcher listed = LISTED_AMOUNT.matcher(t.view());
        while (listed.find()) {
            if (OTHER_MEASURE.matcher(t.view()).region(Math.max(0, listed.start() - 8), listed.start()).find()) {
                continue; // 年产值为8亿元的甲项目: what it makes in a year, no investment
            }
            Span span = new Span(listed.start(), listed.end());
            add(t, facts, projectStartingAt(facts, listed.end()), yuan(listed.group(1), listed.group(2)), span);
        }
        respectiveAmounts(t, facts);
        seriesAmounts(t, facts);
        eachAmounts(t, facts); // after the amounts said of one works: its own wins (甲、乙总投资均为3亿元，其中甲8亿元)
        for (Matcher g : general) {
            if (!g.lookingAt()) {
                continue;
            }
            int at = g.start();
            Span span = new Span(g.start(), g.end());
            Optional<Entity> p = Optional.empty();
            boolean unnamed = afterCount(t, at) || countSinceLastProject(t, facts, at)
                    || WHOLE_PLACES.matcher(t.slice(t.clauseStart(at), at)).find();
            if (!unnamed) {
                p = projectFor(t, facts, at).filter(x -> !listedWithOthers(t, facts, x, at));
            }
            if (p.isEmpty() && !unnamed && !inBracket(t, at)) {
                p = onlyProjectAfter(t, facts, at); // 总投资25亿元，占地…，…的甲项目是…
            }
            add(t, facts, p, yuan(g.group(1), g.group(2)), span);
        }
    }

    /** After a sum: its currency, a comma and the verb that builds what follows (…亿元人民币，建设|甲项目). */
    private static final Pattern THEN_BUILDS = Pattern.compile(
            "^(?:人民币)?[，,]\\s*(?:用于)?(?:" + ProjectRecognizer.BUILDING_VERBS + ")");

    /**
     * 协议引进资金6亿元人民币，建造甲大桥项目: the works a sum's next clause builds, named right after its verb, when
     * nothing before the sum claimed it.
     */
    private static Optional<Entity> builtRightAfter(ArticleText t, ArticleFacts facts, int at) {
        Matcher m = THEN_BUILDS.matcher(t.view()).region(at, Math.min(t.length(), at + 12));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Optional<Entity> p = projectStartingAt(facts, m.end());
        // (新建甲项目和乙项目: the sum is both's together)
        return p.filter(x -> x.mentions().stream().filter(s -> s.start() == m.end())
                .noneMatch(s -> s.end() < t.length() && "和及与、".indexOf(t.charAt(s.end())) >= 0));
    }

    /**
     * The project starting at {@code start}, unless 和, 及, 与 or 、 joins another project to it there (建设甲项目和乙项目,
     * 投资70亿元的甲、乙和丙: a sum is all of theirs together; not 甲项目及配套工程, the works with their parts).
     */
    private static Optional<Entity> notJoinedToAnother(ArticleText t, ArticleFacts facts, Optional<Entity> p, int start, String joiners) {
        return p.filter(x -> x.mentions().stream().filter(s -> s.start() == start)
                .noneMatch(s -> s.end() + 1 < t.length() && joiners.indexOf(t.charAt(s.end())) >= 0
                        && projectStartingAt(facts, s.end() + 1).filter(o -> o != x).isPresent()));
    }

    /** 其中 and its comma: what follows is a part of what was just said. */
    private static final Pattern AMONG_IT = Pattern.compile("其中[，,]?\\s*$");

    /**
     * The project's mention right before {@code at} follows 其中 and is the second of two things a mention of it
     * earlier in the sentence (or the line before) joins: a part of the works named whole before
     * (甲电解液及乙生产线项目…其中，乙生产线项目…), not one of a list said again (其中，甲项目总投资…).
     */
    private static boolean partAfterQizhong(ArticleText t, Entity project, int at) {
        Span sentence = t.sentenceAt(at);
        Span last = null;
        for (Span x : project.mentions()) {
            if (x.end() <= at && sentence.contains(x) && (last == null || x.start() > last.start())) {
                last = x;
            }
        }
        if (last == null || !AMONG_IT.matcher(t.view()).region(Math.max(sentence.start(), last.start() - 4), last.start()).find()) {
            return false;
        }
        String part = t.slice(last.start(), last.end());
        int partStart = last.start();
        int from = t.sentenceAt(Math.max(0, sentence.start() - 1)).start();
        return project.mentions().stream().anyMatch(x -> {
            String whole = t.slice(x.start(), x.end());
            return x.end() <= partStart && x.start() >= from && whole.length() > part.length() + 1 && whole.endsWith(part)
                    && "及和与".indexOf(whole.charAt(whole.length() - part.length() - 1)) >= 0; // (not 甲集团乙项目 said as 甲乙项目)
        });
    }

    /** 的 after an amount: what follows is what the amount is of. */
    private static final Pattern QUALIFIES = Pattern.compile("(?:人民币)?的");
    /** A list's head that says its items are projects, together (等项目, 等3个重点项目, 等工程). */
    private static final Pattern GROUP_HEAD = Pattern.compile("等[^，。；,;]{0,8}?(?:项目|工程)");
    /** A word pointing back at what was named before, right before an amount (这个|总投资…的大项目). */
    private static final Pattern DEMONSTRATIVE_BEFORE = Pattern.compile("(?:这|那|该|此|上述|本)[个一项批些]?$");
    /** A copula before an amount, with a place or time between (某项目是|南川市今年|总投资…的…项目): a class the subject is in. */
    private static final Pattern COPULA_BEFORE = Pattern.compile("(?:是|作为|为|系|属于|列为)[^，。；,;]{0,12}$");
    /** Works said by their kind, level or size alone (大项目, 省级重点工程): what the text named already. */
    private static final Pattern KIND_ONLY = Pattern.compile(
            "(?:(?:国家|省|市|县|区)级?)?(?:大|重点|重大|龙头|好|新|产业|工业|建设|招商引资)*(?:[一二三四五六七八九十\\d]+期)?(?:项目|工程)");
    /** The longest works an amount may qualify: words, then 项目 or 工程. */
    private static final int MAX_QUALIFIED = 16;
    /**
     * Words and then 项目 or 工程, up to a mark of a clause's or a list's end or a space: the works an
     * amount qualifies (技术改造项目).
     */
    private static final Pattern QUALIFIED_WORKS = Pattern.compile("[^，。；、,;:：!！?？\\s]{1," + (MAX_QUALIFIED - 2) + "}?(?:项目|工程)");

    /**
     * An amount that is no project's investment, and is not to be passed on to the project the sentence
     * is about: 总投资80亿元的甲、乙等项目, the sum of a group ({@link #sumsTheGroup}); 总投资10亿元的技术改造项目,
     * the amount of works that the article names but we found no project in. Not where the works are a
     * class the subject is said to be in (某项目是总投资12亿元的省级重点项目) or pointed back at (这个总投资…的大项目).
     */
    private static boolean qualifiesNoNamedProject(ArticleText t, ArticleFacts facts, Span amount) {
        Matcher of = QUALIFIES.matcher(t.view()).region(amount.end(), t.length());
        if (!of.lookingAt()) {
            return false;
        }
        if (facts.lists().stream().anyMatch(l -> sumsTheGroup(t, l, amount))) {
            return true;
        }
        Matcher works = QUALIFIED_WORKS.matcher(t.view()).region(of.end(), Math.min(t.length(), of.end() + MAX_QUALIFIED));
        int to = works.lookingAt() ? works.end() : builtThingEnd(t, of.end());
        if (to < 0) {
            return false; // no works right after 的: the amount qualifies something else
        }
        String before = t.slice(t.clauseStart(amount.start()), amount.start());
        if (DEMONSTRATIVE_BEFORE.matcher(before).find() || COPULA_BEFORE.matcher(before).find()
                || KIND_ONLY.matcher(t.view()).region(of.end(), to).matches()
                || describesProjectBefore(t, facts, amount.start(), t.slice(of.end(), to))) {
            return false; // pointed back at, said of the subject, or described again: the project named before
        }
        int from = of.end();
        return facts.entities().stream().filter(e -> e.is(EntityType.PROJECT) || e.is(EntityType.PARK))
                .flatMap(e -> e.mentions().stream())
                .noneMatch(x -> x.start() >= from && x.start() < to || x.start() < from && x.end() > from);
    }

    /**
     * The end of a built thing's name right after {@code from} (总投资12亿元的|某某智算中心|建成投用): a word
     * of what is built ({@link Lexicons#FACILITY_SUFFIXES}), then a clause's mark, a verb or an adverb; -1 when none.
     */
    private static int builtThingEnd(ArticleText t, int from) {
        String v = t.view();
        for (int e = from + 3; e <= Math.min(t.length() - 1, from + MAX_QUALIFIED); e++) {
            if (ArticleText.isBreak(v.charAt(e - 1)) || "，,；;、".indexOf(v.charAt(e - 1)) >= 0) {
                return -1;
            }
            if (Lexicons.FACILITY_SUFFIXES.suffixAt(v, e) == null || !t.isTokenBoundary(e)) {
                continue;
            }
            org.localkg.nlp.Token next = t.tokenAt(e);
            if ("，,；;。".indexOf(v.charAt(e)) >= 0 || next != null && next.start() == e
                    && (next.tag().startsWith("v") || next.tag().startsWith("d") || next.tag().equals("ad"))) { // (建成, 正式启用)
                return e;
            }
        }
        return -1;
    }

    /** Words two characters long that say nothing of which works (新型储能示范项目 and 某储能电站 share 储能, not 示范). */
    private static final java.util.Set<String> COMMON_PAIRS = java.util.Set.of("项目", "工程", "建设", "产业", "示范", "新型",
            "重点", "重大", "改造", "升级", "技术", "一期", "二期", "三期");

    /**
     * 某储能电站项目昨日开工。…总投资12亿元的新型储能示范项目建成后: the works an amount qualifies share a pair
     * of characters that says which works with the last project named before, in its sentence or the one
     * before: the same project, described again.
     */
    private static boolean describesProjectBefore(ArticleText t, ArticleFacts facts, int at, String works) {
        Span sentence = t.sentenceAt(at);
        int from = sentence.start() > 0 ? t.sentenceAt(sentence.start() - 1).start() : 0;
        Entity last = facts.nearestBefore(at, new Span(from, at), EntityType.PROJECT).orElse(null);
        if (last == null) {
            return false;
        }
        String name = last.form();
        for (int i = 0; i + 2 <= works.length(); i++) {
            String pair = works.substring(i, i + 2);
            if (ArticleText.isHan(pair.charAt(0)) && ArticleText.isHan(pair.charAt(1)) && !COMMON_PAIRS.contains(pair) && name.contains(pair)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The amount opens the first item of a list its head closes as projects (总投资80亿元的甲、乙等项目), and
     * no other item states a sum or a qualifier of its own (总投资15亿元的甲、总投资14亿元的乙、丙等项目, 总投资
     * 15亿元的甲、占地200亩的乙等项目: each item's words are its own): the group's sum.
     */
    static boolean sumsTheGroup(ArticleText t, CoordinationList l, Span amount) {
        return l.head() != null && l.items().get(0).contains(amount)
                && GROUP_HEAD.matcher(t.view()).region(l.head().start(), l.head().end()).lookingAt()
                && l.items().stream().skip(1).noneMatch(i -> OWN_WORDS.matcher(t.view()).region(i.start(), i.end()).find());
    }

    /** A sum of money (3000万元, 5亿美元) or a qualifier with 的 in an item: words of the item's own. */
    private static final Pattern OWN_WORDS = Pattern.compile("\\d(?:\\.\\d+)?\\s*(?:亿|万)(?:美)?元|的");

    /** {@code at} stands inside a bracket opened in its clause (某工程（总投资5亿元）和…): a fact of what is before it. */
    private static boolean inBracket(ArticleText t, int at) {
        int open = t.view().lastIndexOf('(', at);
        return open >= t.clauseStart(at) && t.view().indexOf(')', open) >= at;
    }

    /** A whole place's works (全县今年重点项目总投资80亿元): the sum of many, no one project's. */
    private static final Pattern WHOLE_PLACES = Pattern.compile("全(?:省|市|区|县|旗|盟|州|镇|乡)");

    /**
     * 甲项目位于某园区，占地200亩，计划投资8亿元: an amount that opens a clause of a sentence whose subject is a
     * project (its first words) goes to that project when nothing else is named between them, so that every
     * clause between says more of the same subject.
     */
    /** Words of other works or of the place's own plans between a subject and an amount. */
    private static final Pattern OTHER_WORKS = Pattern.compile("项目|工程|全县|全市|全区|县里|市里|区里|一批");

    private static Optional<Entity> sentencesSubject(ArticleText t, ArticleFacts facts, int at) {
        if (at == 0 || "，,；;".indexOf(t.charAt(at - 1)) < 0) {
            return Optional.empty();
        }
        Span sentence = t.sentenceAt(at);
        int opens = sentence.start();
        while (opens < at && Character.isWhitespace(t.charAt(opens))) {
            opens++;
        }
        Entity subject = null;
        int subjectEnd = -1;
        for (Entity e : facts.entities()) {
            for (Span m : e.mentions()) {
                if (m.start() == opens && m.end() > subjectEnd && e.is(EntityType.PROJECT)) {
                    subject = e;
                    subjectEnd = m.end();
                }
            }
        }
        Matcher pointer = POINTING_BACK.matcher(t.view()).region(opens, at);
        if (subject == null && pointer.lookingAt() && oneProjectBefore(t, facts, opens)) {
            // 该项目占地120亩，计划投资6亿元: the sentence's subject is the project pointed back at
            subject = projectFor(t, facts, pointer.end()).orElse(null);
            subjectEnd = pointer.end();
        }
        if (subject == null || subjectEnd >= at || afterCount(t, at)) {
            return Optional.empty();
        }
        // the clauses between say more of the subject: at most three, and none speaks of other works
        // (目前县里正在谋划新一批项目，计划投资30亿元: the amount is theirs)
        String gap = t.slice(subjectEnd, at);
        if (OTHER_WORKS.matcher(gap).find() || CLAUSE_MARK.matcher(gap).results().count() > 3) {
            return Optional.empty();
        }
        // 甲项目位于某园区: a park is only where it stands; any other name may be the amount's
        return onlyParksNamedIn(facts, new Span(subjectEnd, at), subject) ? Optional.of(subject) : Optional.empty();
    }

    /** The sentence before {@code at} names one project, or none (甲项目和乙项目。该项目…: which one is unknown). */
    private static boolean oneProjectBefore(ArticleText t, ArticleFacts facts, int at) {
        return at == 0 || facts.within(t.sentenceAt(at - 1), EntityType.PROJECT).size() <= 1;
    }

    /** Nothing but parks (that are no works) is named in {@code between}, besides {@code except}. */
    private static boolean onlyParksNamedIn(ArticleFacts facts, Span between, Entity except) {
        for (Entity e : facts.entities()) {
            boolean onlyWhere = e.is(EntityType.PARK) && !e.is(EntityType.PROJECT);
            if (e != except && !onlyWhere && e.mentions().stream().anyMatch(m -> m.overlaps(between))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sum right after a verb of signing (签订的10亿元…, 签约1.1亿元…), with no word of its own between
     * it and what it buys; the look-behind is tried only where a digit opens the sum.
     */
    static final Pattern SIGNED_AMOUNT = Pattern.compile(
            "(?=\\d)(?<=(?:签订|签约|签署)[的了]?)(\\d+(?:\\.\\d+)?)(亿|万)元(?:人民币)?的?");

    /**
     * A bare sum right after a list's colon or 、, or after 是 or 为 (not 均为: each of several), and then (with 的 or
     * without) a project: the sum the item or the predicate states for it; the look-behind is tried only where a digit
     * opens the sum.
     */
    static final Pattern LISTED_AMOUNT = Pattern.compile(
            "(?=\\d)(?<=[：:、和及]|是|[^均]为)(\\d+(?:\\.\\d+)?)(亿|万)元(?:人民币)?的?");
    /** What else a sum after 为 or 是 may measure: 年产值为8亿元的, 注册资本为…, 授信额度是…. */
    private static final Pattern OTHER_MEASURE = Pattern.compile("(?:产值|收入|税收|纳税|利税|额度|资本|营收|销售额|债券|贷款|资金|效益)(?:为|是)$");

    private static final String SUM_OF = "(\\d+(?:\\.\\d+)?)\\s*(亿|万)?元";
    /** 总投资分别为6亿元、8亿元, 分别投资6亿元和8亿元: amounts said respectively, an investment word before or after 分别. */
    private static final Pattern RESPECTIVELY = Pattern.compile("(?=[计总投分])(?:((?:计划)?总投资(?:额)?|计划投资|投资(?:额)?))?分别(?:约为|为|是|达|约)?"
            + "((?:计划)?(?:总)?投资)?(?:约为|为|约|达)?" + SUM_OF + "(?:(?:[、，,和及与]|以及)" + SUM_OF + ")+");
    private static final Pattern ONE_SUM = Pattern.compile(SUM_OF);
    /** A Latin brand opening a company's name (TCL|中环…). */
    private static final Pattern LATIN_BRAND = Pattern.compile("^[A-Za-z]{2,}");

    /**
     * 甲项目、乙项目总投资分别为6亿元、8亿元: projects listed right before the amounts said respectively,
     * as many as the amounts, take them in order; the evidence is the whole phrase.
     */
    private static void respectiveAmounts(ArticleText t, ArticleFacts facts) {
        Matcher m = RESPECTIVELY.matcher(t.view());
        while (m.find()) {
            if (m.group(1) == null && m.group(2) == null) {
                continue; // 分别为…: amounts of what, the words do not say
            }
            Listed before = listedBefore(t, facts, m.start());
            List<Entity> listed = before.projects();
            List<BigDecimal> sums = new java.util.ArrayList<>();
            Matcher one = ONE_SUM.matcher(t.view()).region(m.start() + (m.group(1) == null ? 0 : m.group(1).length()), m.end());
            while (one.find()) {
                sums.add(yuan(one.group(1), one.group(2)));
            }
            if (listed.size() < 2 || listed.size() != sums.size()
                    || listed.stream().anyMatch(p -> facts.investments.stream().anyMatch(i -> i.project() == p))) {
                continue;
            }
            Span evidence = new Span(before.start(), m.end());
            for (int i = 0; i < listed.size(); i++) {
                facts.investments.add(new Facts.Investment(listed.get(i), sums.get(i), t.originalSlice(evidence), evidence));
            }
        }
    }

    /** 总投资均为13亿元, 投资各5亿元: one amount that each of the works named with it has. */
    private static final Pattern EACH_AMOUNT = Pattern.compile(
            "(?=[计总投])(?<!完成|累计|年度|已)(?:(?:计划)?总投资|计划投资|投资)(?:额)?(?:均为|均达到|均达|均|各为|各)(?:约为|约)?" + SUM_OF);

    /**
     * 总投资均为13亿元的甲和乙, 甲项目、乙项目总投资均为5亿元: every project of the list after 的, or of the list
     * ending right before the amount, has the amount (not the two together); none when fewer than two are named.
     */
    private static void eachAmounts(ArticleText t, ArticleFacts facts) {
        Matcher m = EACH_AMOUNT.matcher(t.view());
        while (m.find()) {
            List<Entity> listed;
            Span evidence;
            if (m.end() < t.length() && t.charAt(m.end()) == '的') {
                listed = listedAfter(t, facts, m.end() + 1);
                evidence = new Span(m.start(), m.end());
            } else {
                Listed before = listedBefore(t, facts, m.start());
                listed = before.projects();
                evidence = new Span(before.start(), m.end());
            }
            if (listed.size() < 2) {
                continue;
            }
            BigDecimal value = yuan(m.group(1), m.group(2));
            for (Entity p : listed) {
                if (facts.investments.stream().noneMatch(i -> i.project() == p)) {
                    facts.investments.add(new Facts.Investment(p, value, t.originalSlice(evidence), evidence));
                }
            }
        }
    }

    /** Projects named one after another from {@code start}, joined by 、 和 及 or 与 (the list after an amount and 的). */
    private static List<Entity> listedAfter(ArticleText t, ArticleFacts facts, int start) {
        List<Entity> listed = new java.util.ArrayList<>();
        int at = start;
        while (true) {
            Optional<Entity> p = projectStartingAt(facts, at);
            if (p.isEmpty() || listed.contains(p.get())) {
                break;
            }
            listed.add(p.get());
            int from = at;
            int end = p.get().mentions().stream().filter(x -> x.start() == from).mapToInt(Span::end).max().orElse(at);
            if (end >= t.length() || "、和及与".indexOf(t.charAt(end)) < 0) {
                break;
            }
            at = end + 1;
        }
        return listed;
    }

    /** Projects named one after another, joined by 、 和 及 or 与, the last ending right at {@code end}; where the first starts. */
    private record Listed(List<Entity> projects, int start) {}

    private static Listed listedBefore(ArticleText t, ArticleFacts facts, int end) {
        List<Entity> listed = new java.util.ArrayList<>();
        int at = end;
        int start = end;
        while (true) {
            Optional<Entity> p = projectEndingAt(facts, at, 0);
            if (p.isEmpty() || listed.contains(p.get())) {
                break;
            }
            listed.add(0, p.get());
            int upTo = at;
            start = p.get().mentions().stream().filter(x -> x.end() <= upTo).mapToInt(Span::start).max().orElse(at);
            if (start == 0 || "、和及与".indexOf(t.charAt(start - 1)) < 0) {
                break;
            }
            at = start - 1;
        }
        return new Listed(listed, start);
    }

    private static void add(ArticleText t, ArticleFacts facts, Optional<Entity> project, BigDecimal value, Span span) {
        project.filter(p -> facts.investments.stream().noneMatch(i -> i.project() == p || i.evidence().overlaps(span)))
                .ifPresent(p -> facts.investments.add(new Facts.Investment(p, value, t.originalSlice(span), span)));
    }

    /**
     * The project an amount is written against: 的 and a project right after it (总投资8亿元的甲项目),
     * a project right before it (甲项目总投资…, 甲项目计划投资…), or 建设 and a project after it.
     */
    private static Optional<Entity> attached(ArticleText t, ArticleFacts facts, Span amount) {
        Matcher after = AMOUNT_TAIL.matcher(t.view()).region(amount.end(), Math.min(t.length(), amount.end() + 48));
        if (after.lookingAt() && !after.group().startsWith("的")) {
            Optional<Entity> subject = projectEndingAt(facts, amount.start(), 0);
            if (subject.isPresent() && subject.get() != projectStartingAt(facts, after.end()).orElse(null)) {
                return subject; // 甲项目总投资6亿元，建设乙项目: the sum is its subject's, which builds what follows
            }
        }
        if (after.lookingAt()) {
            // (投资4600万元的“某某项目”: the quote opens the name)
            int named = after.end();
            Optional<Entity> p = projectStartingAt(facts, named);
            if (p.isEmpty() && named < t.length() && "“\"".indexOf(t.charAt(named)) >= 0) {
                p = projectStartingAt(facts, ++named);
            }
            if (p.isPresent()) {
                // (…投资23亿元，建设甲项目和乙项目; 投资70亿元的甲、乙和丙, but 投资10亿元的甲项目与乙项目同步推进: 的 binds the first)
                return notJoinedToAnother(t, facts, p, named, after.group().startsWith("的") ? "、" : "和及与、");
            }
            // 投资150亿元启动建设甲产业园, 某公司投资26亿元的甲产业园: the park is being built, a project too (the longest name
            // there, and not the zone the article is about, unless only because it names no other)
            Entity built = null;
            int length = 0;
            for (Entity e : facts.entities()) {
                for (Span m : e.mentions()) {
                    if (e.is(EntityType.PARK) && m.start() == after.end() && m.length() > length
                            && (e != facts.frame().park() || facts.frame().parkOnlyNamed())) {
                        built = e;
                        length = m.length();
                    }
                }
            }
            if (built != null) {
                built.addType(EntityType.PROJECT);
                return Optional.of(built);
            }
        }
        return projectEndingAt(facts, amount.start(), 4);
    }

    private static Optional<Entity> projectStartingAt(ArticleFacts facts, int at) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PROJECT) && e.mentions().stream().anyMatch(m -> m.start() == at)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * 甲项目由某某公司投资…: the project named right before 由 and the company that invests, the company
     * ending where the investment starts.
     */
    private static Optional<Entity> builtByJustBefore(ArticleFacts facts, int at) {
        String v = facts.text().view();
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE) || e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.end() == at && m.start() > 0 && v.charAt(m.start() - 1) == '由') {
                    return projectEndingAt(facts, m.start() - 1, 0);
                }
            }
        }
        return Optional.empty();
    }

    /** A project whose mention ends at {@code at}, or up to {@code gap} characters of 计划, 拟, 共 before it. */
    private static Optional<Entity> projectEndingAt(ArticleFacts facts, int at, int gap) {
        String v = facts.text().view();
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.end() <= at && at - m.end() <= gap && GAP.matcher(v.substring(m.end(), at)).matches()) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The one project a sentence names, when it is named after {@code at} and none before. */
    private static Optional<Entity> onlyProjectAfter(ArticleText t, ArticleFacts facts, int at) {
        Span sentence = t.sentenceAt(at);
        List<Entity> all = facts.within(sentence, EntityType.PROJECT);
        // a company read as works too (甲永磁, in a list of works) that heads a project's name here is part of that name
        List<Entity> named = all.stream().filter(e -> e.mentions().stream().anyMatch(m -> sentence.contains(m)
                && all.stream().noneMatch(o -> o != e && o.mentions().stream().anyMatch(x -> x.contains(m) && x.length() > m.length()))))
                .toList();
        if (named.size() != 1) {
            return Optional.empty();
        }
        Entity p = named.get(0);
        boolean after = p.mentions().stream().anyMatch(m -> sentence.contains(m) && m.start() > at);
        boolean before = p.mentions().stream().anyMatch(m -> sentence.contains(m) && m.end() <= at);
        return after && !before ? Optional.of(p) : Optional.empty();
    }

    /**
     * 甲项目，乙项目等29个项目，拟纳入省百大项目，总投资631亿元: a count of projects stands between the last
     * project named in the sentence and the amount, so the amount is the counted projects' sum.
     */
    private static boolean countSinceLastProject(ArticleText t, ArticleFacts facts, int at) {
        Span sentence = t.sentenceAt(at);
        Matcher count = COUNTED.matcher(t.view()).region(sentence.start(), at);
        int lastCount = -1;
        while (count.find()) {
            lastCount = count.end();
        }
        if (lastCount < 0) {
            return false;
        }
        final int after = lastCount;
        return facts.within(new Span(after, at), EntityType.PROJECT).stream()
                .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.start() >= after && m.end() <= at));
    }

    /** 项目65个，总投资…, 共183个，总投资…: the amount sums a count of projects. */
    private static boolean afterCount(ArticleText t, int at) {
        String lead = t.slice(t.clauseStart(Math.max(0, t.clauseStart(at) - 1)), at);
        return COUNTED.matcher(lead).find();
    }

    /** A sum right after a project's name, with no word of investing, closing its item of a series. */
    private static final Pattern BARE_ITEM_AMOUNT = Pattern.compile("(?=[约为达0-9])(?:约|为|达)?(\\d+(?:\\.\\d+)?)(亿|万)元(?=[、，,；;。])");

    /**
     * 甲项目总投资5.8亿元、乙项目5.5亿元、丙项目3.2亿元: in a series whose first item says what its sum is,
     * the next items give their names and sums alone. A bare sum after a project is its investment when
     * the item before, up to the 、 or comma, ends in a sum already taken as an investment.
     */
    private static void seriesAmounts(ArticleText t, ArticleFacts facts) {
        Matcher m = BARE_ITEM_AMOUNT.matcher(t.view());
        while (m.find()) {
            int end = m.start();
            Optional<Entity> project = projectEndingAt(facts, end, 0);
            Span item = project.flatMap(p -> p.mentions().stream().filter(s -> s.end() == end).findFirst()).orElse(null);
            if (item == null || item.start() < 1 || "、，,；;".indexOf(t.charAt(item.start() - 1)) < 0) {
                continue;
            }
            int sep = item.start() - 1;
            if (facts.investments.stream().anyMatch(i -> i.evidence().end() == sep)) {
                add(t, facts, project, yuan(m.group(1), m.group(2)), new Span(m.start(), m.end()));
            }
        }
    }

    /** An amount as written (8.5 and 亿, or 万, or nothing) in yuan. */
    static BigDecimal yuan(String number, String unit) {
        BigDecimal n = new BigDecimal(number);
        if (unit != null) {
            n = n.multiply(unit.equals("亿") ? BigDecimal.valueOf(100_000_000L) : BigDecimal.valueOf(10_000L));
        }
        BigDecimal yuan = n.stripTrailingZeros();
        return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
    }

    /**
     * Whether the project's last mention before {@code at} closes a list of projects (甲、乙，总投资…):
     * then the sum is the list's, not the last item's.
     */
    private static boolean listedWithOthers(ArticleText t, ArticleFacts facts, Entity project, int at) {
        Span last = null;
        for (Span m : project.mentions()) {
            if (m.end() <= at && (last == null || m.start() > last.start())) {
                last = m;
            }
        }
        if (last == null || last.start() == 0) {
            return false;
        }
        int listEnd = beforeSpaces(t, last.start() - 1); // 甲、⏎乙: a list set one item to a line
        char before = t.charAt(listEnd);
        if (before != '、' && before != '和' && before != '及') {
            return false;
        }
        return facts.entities().stream().anyMatch(e -> e != project && e.is(EntityType.PROJECT)
                && e.mentions().stream().anyMatch(m -> m.end() == listEnd));
    }

    /** The last position at or before {@code i} that holds no space. */
    private static int beforeSpaces(ArticleText t, int i) {
        while (i > 0 && t.charAt(i) == ' ') {
            i--;
        }
        return i;
    }

    private static void completions(ArticleText t, ArticleFacts facts, LocalDate articleDate) {
        Matcher m = COMPLETION.matcher(t.view());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String written = t.originalSlice(new Span(m.start(1), m.end()));
            Integer year = RelativeDates.year(m.group(1), articleDate);
            List<Entity> targets = listed(t, facts, m.start(), m.group());
            if (targets.isEmpty()) {
                targets = projectFor(t, facts, m.start()).map(List::of).orElse(List.of());
            }
            for (Entity p : targets) {
                if (m.group(2).equals("通车") && !ROAD.matcher(p.form()).find()) {
                    continue; // 乙高速预计2026年通车 beside 甲物流园: only a road's works open to traffic
                }
                facts.completions.add(new Facts.ExpectedCompletion(p, written, year, span));
            }
        }
        respectiveYears(t, facts, articleDate);
        // 2014年4月建成投产 in an article of 2012: a stage dated after the article is expected, not reached
        Matcher d = DATED_STAGE.matcher(t.view());
        while (d.find()) {
            if (!afterArticle(d, articleDate) || FUTURE.matcher(t.slice(t.clauseStart(d.start()), d.start())).find()) {
                continue; // the cued pattern above has it already
            }
            Span span = new Span(d.start(), d.end());
            int year = Integer.parseInt(d.group(1));
            projectFor(t, facts, d.start()).ifPresent(p -> {
                if (facts.completions.stream().noneMatch(c -> c.project() == p)) {
                    facts.completions.add(new Facts.ExpectedCompletion(p, t.originalSlice(span), year, span));
                }
            });
        }
    }

    /** Works that open to traffic: a road, a bridge, a tunnel, a line, a railway. */
    private static final Pattern ROAD = Pattern.compile("(?:路|桥|隧道|高速|公路|铁路|线|轨道|大道|通道|立交|互通)(?:工程|项目)?(?:[一二三四五六七八九十\\d]+期)?(?:工程|项目)?$");

    /** A stage with its date and no cue of the future: 2014年4月建成投产, 2025年底竣工. */
    private static final Pattern DATED_STAGE = Pattern.compile(
            "(\\d{4})年(?:(\\d{1,2})月)?(?:底|初|前|中旬|上旬|下旬)?(?:全部|全面|整体|主体)?(" + FINISHING + ")");

    private static final String YEAR_OF = "(\\d{4})年(?:(\\d{1,2})月)?(?:底|初|前|中旬|上旬|下旬)?";
    /** The words of something to come, right before 分别 (预计分别于…, 计划分别在…). */
    private static final Pattern FUTURE_CUE_AT_END = Pattern.compile("(?:" + FUTURE.pattern() + ")+$");
    /** 分别于2025年、2026年建成投产: the years of the projects listed before, said respectively, and the stage. */
    private static final Pattern RESPECTIVE_YEARS = Pattern.compile("分别(?:将于|将在|于|在|到)?" + YEAR_OF
            + "(?:(?:[、和及与]|以及)" + YEAR_OF + ")+(?:全部|全面|整体|主体)?(?:" + FINISHING + "|运营|开业|达产|并网|通车)+");
    private static final Pattern ONE_YEAR = Pattern.compile(YEAR_OF);

    /**
     * 甲项目、乙项目预计分别于2026年、2027年建成: projects listed right before, as many as the years, each
     * expected in its year: when the clause says it is to come (预计, 计划, 将 …) or every year is after
     * the article's.
     */
    private static void respectiveYears(ArticleText t, ArticleFacts facts, LocalDate articleDate) {
        Matcher m = RESPECTIVE_YEARS.matcher(t.view());
        while (m.find()) {
            int back = m.start();
            Matcher cue = FUTURE_CUE_AT_END.matcher(t.view()).region(t.clauseStart(m.start()), m.start());
            if (cue.find()) {
                back = cue.start(); // 预计|分别…, 计划|分别…: the cue stands between the list and 分别
            }
            Listed before = listedBefore(t, facts, back);
            List<Entity> listed = before.projects();
            List<Integer> years = new java.util.ArrayList<>();
            boolean allAfter = true;
            Matcher one = ONE_YEAR.matcher(t.view()).region(m.start(), m.end());
            while (one.find()) {
                years.add(Integer.parseInt(one.group(1)));
                allAfter &= afterArticle(one, articleDate);
            }
            boolean toCome = back < m.start() || m.group().startsWith("分别将") || allAfter;
            if (!toCome || listed.size() < 2 || listed.size() != years.size()) {
                continue;
            }
            Span evidence = new Span(before.start(), m.end());
            facts.completions.removeIf(c -> c.evidence().overlaps(evidence)); // a cue read as one project's before
            for (int i = 0; i < listed.size(); i++) {
                facts.completions.add(new Facts.ExpectedCompletion(listed.get(i), t.originalSlice(evidence), years.get(i), evidence));
            }
        }
    }

    /** Whether the date of a {@link #DATED_STAGE} match is after the article's month: it can not have happened yet. */
    private static boolean afterArticle(Matcher d, LocalDate articleDate) {
        if (articleDate == null) {
            return false; // unknown stays unknown
        }
        int year = Integer.parseInt(d.group(1));
        int month = d.group(2) == null ? 0 : Integer.parseInt(d.group(2));
        return year > articleDate.getYear() || year == articleDate.getYear() && month > articleDate.getMonthValue();
    }

    /** A stage's cue at {@code at} comes right after a date later than the article's (2014年4月|建成): expected. */
    private static boolean datedAfterArticle(ArticleText t, int at, LocalDate articleDate) {
        Matcher d = DATED_STAGE.matcher(t.view()).region(Math.max(t.clauseStart(at), at - 16), Math.min(t.length(), at + 8));
        while (d.find()) {
            if (d.start(3) <= at && at < d.end() + 2 && afterArticle(d, articleDate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 上述项目预计…, 甲、乙等项目均预计…: a statement about every project just listed — those of
     * its sentence before it, or, when it names none, of the sentence before it in the paragraph.
     */
    private static List<Entity> listed(ArticleText t, ArticleFacts facts, int at, String statement) {
        Span sentence = t.sentenceAt(at);
        String lead = t.slice(t.clauseStart(at), at);
        if (!ALL_LISTED.matcher(lead + statement).find()) {
            return List.of();
        }
        List<Entity> here = facts.within(new Span(sentence.start(), at), EntityType.PROJECT);
        if (here.isEmpty() && sentence.start() > 0 && t.paragraphAt(at).contains(t.sentenceAt(sentence.start() - 1))) {
            here = facts.within(t.sentenceAt(sentence.start() - 1), EntityType.PROJECT);
        }
        return here.size() >= 2 ? here : List.of();
    }

    private static void statuses(ArticleText t, ArticleFacts facts, List<Entity> projects, LocalDate articleDate) {
        String v = t.view();
        for (ProjectStatus status : ProjectStatus.values()) {
            for (String cue : status.cues()) {
                for (int at : t.indexesOf(cue)) {
                    int clause = t.clauseStart(at);
                    int cueAt = at;
                    if (FUTURE.matcher(v.substring(clause, at)).find() || at > 0 && v.charAt(at - 1) == '早'
                            || datedAfterArticle(t, at, articleDate)
                            || facts.completions.stream().anyMatch(c -> c.evidence().start() <= cueAt && cueAt < c.evidence().end())) {
                        continue; // expected, not reached (分别将于2026年、2027年|建成: a completion read there already)
                    }
                    if (CONDITION.matcher(v).region(at + cue.length(), Math.min(v.length(), at + cue.length() + 3)).lookingAt()) {
                        continue; // 达产后, 建成之后: a condition of what follows, not a stage reached
                    }
                    if (MATTER.matcher(v).region(at + cue.length(), v.length()).lookingAt()
                            && LOOKING_INTO.matcher(v.substring(t.sentenceAt(at).start(), at)).find()) {
                        continue; // 调研甲项目和乙公司生产运营情况: what a visit looks into, no stage reached
                    }
                    Span span = new Span(at, at + cue.length());
                    Optional<Entity> p = clause == at ? worksObjectAfter(t, facts, at + cue.length()) : Optional.empty();
                    if (p.isEmpty()) {
                        p = projectFor(t, facts, at);
                    }
                    p.ifPresent(project -> {
                        for (Entity each : withCoordinated(t, facts, project, at)) {
                            boolean known = facts.statuses.stream().anyMatch(s -> s.project() == each && s.status() == status);
                            if (!known) {
                                facts.statuses.add(new Facts.Status(each, status, span));
                            }
                        }
                    });
                }
            }
        }
    }

    /**
     * The works a cue opening its clause governs (…，开工建设总投资1.9亿元的甲中心): the first project named after it in
     * the clause, not the one the clause before named.
     */
    private static Optional<Entity> worksObjectAfter(ArticleText t, ArticleFacts facts, int from) {
        int end = from;
        while (end < t.length() && "，,。；;！？!?\n".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        Entity first = null;
        int firstAt = end;
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PROJECT)) {
                for (Span m : e.mentions()) {
                    if (m.start() >= from && m.end() <= end && m.start() < firstAt) {
                        first = e;
                        firstAt = m.start();
                    }
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The project a stage is said of and those joined to it as one subject (甲项目和乙项目同时签约:
     * both): walking back from its mention before {@code at}, each project whose mention ends right
     * before a 和, 与, 及 or 、 that opens the next one's.
     */
    private static List<Entity> withCoordinated(ArticleText t, ArticleFacts facts, Entity project, int at) {
        List<Entity> out = new java.util.ArrayList<>(List.of(project));
        Span sentence = t.sentenceAt(at);
        Span current = null;
        for (Span m : project.mentions()) {
            if (sentence.contains(m) && m.end() <= at && (current == null || m.start() > current.start())) {
                current = m;
            }
        }
        while (current != null && current.start() >= 2 && "和与及、".indexOf(t.charAt(current.start() - 1)) >= 0) {
            int end = current.start() - 1;
            if (end > 0 && t.charAt(end - 1) == ')') {
                int open = t.view().lastIndexOf('(', end - 1);
                if (open > sentence.start() && NameBoundary.STATED_SUM.matcher(t.view()).region(open, end).find()) {
                    end = open; // 甲项目(总投资12亿元)和|乙项目: the bracket states 甲's sum, 甲 ends before it
                }
            }
            Span previous = null;
            Entity owner = null;
            for (Entity e : facts.within(new Span(sentence.start(), end), EntityType.PROJECT)) {
                for (Span m : e.mentions()) {
                    if (m.end() == end && !out.contains(e)) {
                        previous = m;
                        owner = e;
                    }
                }
            }
            if (owner == null) {
                break;
            }
            out.add(owner);
            current = previous;
        }
        return out;
    }

    /** 来到某园区，实地考察甲项目: a visit comes to a park and inspects the project there. */
    private static boolean visitedIn(ArticleText t, Span sentence, Span park, String between) {
        return COMING_TO.matcher(t.slice(Math.max(sentence.start(), park.start() - 2), park.start())).matches()
                && THEN_INSPECTING.matcher(between).matches();
    }

    /** The sentence goes on to another place: 还到城区, 赴某镇, 随后来到县城 (not 在园区内, 在建, 达到, 赴园区). */
    private static final Pattern GOING_ELSEWHERE = Pattern.compile(
            "[，,][^，,。]{0,8}?(?:到|赴|来到|前往)了?(?:城区|县城|市区|镇区|\\p{IsHan}{1,4}?(?:镇|乡|村|街道|社区|县|市))");
    /** A park's name, then where it lies: 地处, 位于, 坐落于. */
    private static final Pattern LOCATED_AFTER = Pattern.compile("(?:地处|位于|坐落于|坐落在)");
    private static final Pattern OPENING_AT = Pattern.compile("^\\s*(?:图为)?(?:在|走进|走入|步入)$");

    /**
     * 在某园区(某基地)，某某来到甲项目…: a sentence that opens by placing itself in a park (its first
     * clause, 在 or 走进 and the park, or the park and 内, and at most a place within it) places the
     * projects it goes on to name (走进某园区，甲项目…; 某园区内，甲项目…).
     */
    private static boolean placesSentence(ArticleText t, ArticleFacts facts, Span sentence, Span park, Span project) {
        String opening = t.slice(sentence.start(), park.start());
        boolean inside = opening.isBlank() && park.end() + 1 < t.length() && "内里中".indexOf(t.charAt(park.end())) >= 0
                && "，,".indexOf(t.charAt(park.end() + 1)) >= 0;
        // 某物流园地处城市西大门，某某详细了解甲、乙等项目: the park the sentence opens by locating is its topic
        boolean topic = opening.isBlank() && LOCATED_AFTER.matcher(t.view()).region(park.end(), t.length()).lookingAt()
                && facts.within(new Span(park.end(), project.start()), EntityType.PARK).isEmpty()
                && !GOING_ELSEWHERE.matcher(t.view()).region(park.end(), project.start()).find();
        if (!inside && !topic && !OPENING_AT.matcher(opening).matches()) {
            return false;
        }
        boolean held = facts.entities().stream().anyMatch(e -> e.is(EntityType.PARK)
                && e.mentions().stream().anyMatch(o -> o.start() == park.start() && o.end() > park.end()));
        if (held) {
            return false; // 在某开发区某产业园: the park the zone holds is the place, not the zone
        }
        for (int k = park.end(); k < Math.min(project.start(), park.end() + 17); k++) {
            char c = t.charAt(k);
            if (c == '，' || c == ',') {
                return true;
            }
            if ("。；;！？!?、\n".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern COMING_TO = Pattern.compile(".*(来到|走进|深入|前往|[，,]到)$");
    /** …then inspecting there, perhaps in a building of the park first (某开发区|某孵化器调研了…). */
    private static final Pattern THEN_INSPECTING = Pattern.compile(
            "^(?:[^，,。；;、]{0,10}?(?:孵化器|中心|基地|厂区|车间|现场))?[，,]?并?(?:实地|详细|重点)?(?:考察|察看|调研|查看|观摩|参观)了?$");

    /**
     * 甲项目位于某开发区|乙产业园: the park named from where a project is placed, or the longer park opening there
     * (the zone and the park inside it, read as one name): the project is in the inner one.
     */
    private static Named innermostAt(ArticleFacts facts, Entity project, Entity park, Span pm) {
        return innermostWhere(facts, project, park, pm, end -> true);
    }

    /** What stands between an inner park and the works placed in it: 的, 内的 (not 西侧的, beside it). */
    private static final Pattern INSIDE_THEN_OF = Pattern.compile("(?:内|里|中)?的?");

    /**
     * 位于某开发区某示范园的甲项目: as {@link #innermostAt(ArticleFacts, Entity, Entity, Span)}, the longer park
     * ending by the project's start {@code limit}, with only {@link #INSIDE_THEN_OF} after it.
     */
    private static Named innermostBefore(ArticleFacts facts, Entity project, Entity park, Span pm, int limit) {
        return innermostWhere(facts, project, park, pm,
                end -> end <= limit && INSIDE_THEN_OF.matcher(facts.text().slice(end, limit)).matches());
    }

    /**
     * A park the article names in full whose last words open the project's name (兵团某某新材料产业园 …
     * 某某新材料产业园污水处理工程): the park, said without what its full name opens with. The last words hold three
     * characters or more before the park's word (not 经济技术开发区|…, a kind of zone alone), and the works' own words
     * after them four or more; no place named before the works in their clause (then the park may be that place's).
     */
    private static Entity parkByItsLastWords(ArticleFacts facts, Entity project, Span m) {
        String name = facts.text().slice(m.start(), m.end());
        if (NameChecks.namesPlace(facts.text(), facts.text().clauseStart(m.start()), m.start())) {
            return null; // 邻近的某镇正在谋划|某某产业园冷链项目: another place's park of the same kind
        }
        Entity best = null;
        int bestLength = 0;
        for (Entity park : facts.entities()) {
            if (park == project || !park.is(EntityType.PARK) || park.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span pm : park.mentions()) {
                String full = facts.text().slice(pm.start(), pm.end());
                for (int k = 1; k < full.length(); k++) {
                    String last = full.substring(k);
                    String word = Lexicons.PARK_SUFFIXES.suffixAt(last, last.length());
                    if (word != null && last.length() - word.length() >= 3 && name.startsWith(last)
                            && name.length() - last.length() >= 4 && last.length() > bestLength) {
                        best = park;
                        bestLength = last.length();
                    }
                }
            }
        }
        return best;
    }

    /** The longest park mentioned from {@code pm}'s start whose end {@code endFits}, else {@code park} at {@code pm}. */
    private static Named innermostWhere(ArticleFacts facts, Entity project, Entity park, Span pm, java.util.function.IntPredicate endFits) {
        Named best = new Named(pm, park);
        for (Entity other : facts.entities()) {
            if (other == project || other == park || !other.is(EntityType.PARK)) {
                continue;
            }
            for (Span om : other.mentions()) {
                if (om.start() == pm.start() && om.end() > best.span().end() && endFits.test(om.end())) {
                    best = new Named(om, other);
                }
            }
        }
        return best;
    }

    /** The park the text gives for a project; false when it gives none. */
    private static boolean park(ArticleText t, ArticleFacts facts, Entity project) {
        for (Span m : project.mentions()) {
            Named signer = signingPark(t, facts, m);
            if (signer != null && signer.entity() != project) {
                link(facts.parks, project, signer.entity(), new Span(signer.span().start(), m.end()));
                return true;
            }
        }
        for (Span m : project.mentions()) {
            // a park named inside the project's own name
            Entity inner = null;
            int innerLength = Integer.MAX_VALUE;
            for (Entity park : facts.within(m, EntityType.PARK)) {
                for (Span pm : park.mentions()) {
                    if (park != project && m.contains(pm) && !pm.equals(m) && pm.length() < innerLength) {
                        inner = park;
                        innerLength = pm.length();
                    }
                }
            }
            if (inner != null) {
                Named sub = subParkPlaced(t, facts, project, inner);
                if (sub != null) {
                    link(facts.parks, project, sub.entity(), sub.span());
                } else {
                    link(facts.parks, project, inner, m);
                }
                return true;
            }
        }
        for (Span m : project.mentions()) {
            Span sentence = t.sentenceAt(m.start());
            String before = t.slice(sentence.start(), m.start());
            for (Entity park : facts.within(sentence, EntityType.PARK)) {
                if (park == project) {
                    continue;
                }
                for (Span pm : park.mentions()) {
                    if (!sentence.contains(pm)) {
                        continue;
                    }
                    String between = pm.end() <= m.start() ? t.slice(pm.end(), m.start())
                            : pm.start() >= m.end() ? t.slice(m.end(), pm.start()) : null;
                    if (between == null) {
                        continue;
                    }
                    boolean locatedBefore = pm.end() <= m.start()
                            && (LOCATING_VERB_BEFORE.matcher(t.slice(Math.max(sentence.start(), pm.start() - 3), pm.start())).matches()
                                && NEAR_OR_OF.matcher(between).matches() 
                                || INSIDE_BUILDING.matcher(between).matches()
                                || BUILDING_OF.matcher(between).matches() && !between.isEmpty()
                                || between.isEmpty() && opensItem(t, sentence, pm) && !overlapsPark(facts, m)
                                || visitedIn(t, sentence, pm, between)
                                || PARK_BRINGS_IN.matcher(between).matches() && opensClause(t, sentence, pm)
                                    && facts.within(new Span(pm.end(), m.start()), EntityType.PARK).isEmpty()
                                || placesSentence(t, facts, sentence, pm, m));
                    boolean locatedAfter = pm.start() >= m.end()
                            && LOCATING_VERB_AFTER.matcher(between).matches();
                    if (locatedBefore || locatedAfter) {
                        Named placed = locatedAfter ? innermostAt(facts, project, park, pm) : innermostBefore(facts, project, park, pm, m.start());
                        Span at = placed.span();
                        link(facts.parks, project, placed.entity(), new Span(Math.min(at.start(), m.start()), Math.max(at.end(), m.end())));
                        return true;
                    }
                }
            }
            // 甲项目，总投资91亿元，落地某高新区: the only project of the sentence, placed later in it
            if (facts.within(sentence, EntityType.PROJECT).size() == 1) {
                for (Entity park : facts.within(sentence, EntityType.PARK)) {
                    for (Span pm : park.mentions()) {
                        if (park != project && sentence.contains(pm) && pm.start() > m.end()
                                && PLACED.matcher(t.slice(Math.max(m.end(), pm.start() - 4), pm.start())).find()) {
                            Named placed = innermostAt(facts, project, park, pm);
                            link(facts.parks, project, placed.entity(), new Span(m.start(), placed.span().end()));
                            return true;
                        }
                    }
                }
            }
            // 甲工程西起某路，是某集聚区的重大基础设施项目之一: the sentence's one works said to be one of the zone's
            if (facts.within(sentence, EntityType.PROJECT).size() == 1) {
                Named owner = zoneOwningSubject(t, facts, project, sentence, m);
                if (owner != null) {
                    link(facts.parks, project, owner.entity(), new Span(m.start(), owner.span().end()));
                    return true;
                }
            }
            // 甲项目开工建设。该项目位于某工业园区: the next sentence points back at the project and places it
            Named placedNext = placedByAnaphor(t, facts, m);
            if (placedNext != null && placedNext.entity() != project) {
                link(facts.parks, project, placedNext.entity(), new Span(m.start(), placedNext.span().end()));
                return true;
            }
            Entity scene = facts.within(sentence, EntityType.PARK).isEmpty() ? sceneBefore(t, facts, sentence) : null;
            if (scene != null && scene != project) {
                link(facts.parks, project, scene, new Span(t.sentenceAt(sentence.start() - 1).start(), m.end()));
                return true;
            }
            // 在园区…, 落户园区: the one park the article is about
            String after = t.slice(m.end(), Math.min(sentence.end(), m.end() + 8));
            if (IN_THE_PARK.matcher(before).matches() || SETTLES_IN_THE_PARK.matcher(after).matches()) {
                mainPark(t, facts).ifPresent(park -> link(facts.parks, project, park, new Span(sentence.start(), m.end())));
                return true;
            }
        }
        // when nothing the text says of any mention placed it: a park named in full whose last words open the works' name
        for (Span m : project.mentions()) {
            Entity shortened = parkByItsLastWords(facts, project, m);
            if (shortened != null) {
                link(facts.parks, project, shortened, m);
                return true;
            }
        }
        // last: where its company's quote was said
        for (Span m : project.mentions()) {
            Named quoted = parkOfTheQuotesSpeaker(t, facts, m);
            if (quoted != null) {
                link(facts.parks, project, quoted.entity(), new Span(m.start(), quoted.span().end()));
                return true;
            }
        }
        return false;
    }

    /**
     * 甲新城乙项目…乙项目位于甲新城丙先导区: the park the project's name carries, and a park whose name opens
     * with it, where a mention of the project is placed (the name says the zone, the sentence the part of it
     * the works stands in): that part, with the span from the mention to it; else null.
     */
    private static Named subParkPlaced(ArticleText t, ArticleFacts facts, Entity project, Entity named) {
        List<String> written = named.mentions().stream().map(n -> t.slice(n.start(), n.end())).distinct().toList();
        for (Span m : project.mentions()) {
            for (Entity park : facts.entities()) {
                if (park == project || park == named || !park.is(EntityType.PARK)) {
                    continue;
                }
                for (Span pm : park.mentions()) {
                    String name = t.slice(pm.start(), pm.end());
                    if (pm.start() >= m.end() && t.sentenceAt(m.start()).contains(pm)
                            && PLACES_IN.matcher(t.slice(m.end(), pm.start())).matches()
                            && written.stream().anyMatch(w -> name.length() > w.length() && name.startsWith(w))) {
                        return new Named(new Span(m.start(), pm.end()), park);
                    }
                }
            }
        }
        return null;
    }

    /** Before a sentence's subject: nothing, or a dateline that ends in 讯, a space or a colon (本报讯 甲工程…). */
    private static final Pattern OPENS_SENTENCE = Pattern.compile("(?:[^，。；,;]{0,12}[讯\\s：:])?\\s*");
    /** After a zone's name: 的, words of a designation, then 项目 or 工程 and 之一 (…的重大基础设施项目之一). */
    private static final Pattern ONE_OF_THE_ZONES = Pattern.compile("的[^，。；,;！!？?]{0,12}?(?:项目|工程)之一");

    /**
     * The zone of which the works that opens the sentence is said, after a comma and 是, to be one of the works
     * (甲工程西起某路，东至某路，是某集聚区的重大基础设施项目之一); else null.
     */
    private static Named zoneOwningSubject(ArticleText t, ArticleFacts facts, Entity project, Span sentence, Span m) {
        if (!OPENS_SENTENCE.matcher(t.slice(sentence.start(), m.start())).matches()) {
            return null;
        }
        for (Entity park : facts.within(sentence, EntityType.PARK)) {
            if (park == project) {
                continue;
            }
            for (Span pm : park.mentions()) {
                if (sentence.contains(pm) && pm.start() > m.end() && pm.start() >= 2
                        && "，,".indexOf(t.charAt(pm.start() - 2)) >= 0 && ZONES_OWN.matcher(t.slice(pm.start() - 1, pm.start())).matches()
                        && ONE_OF_THE_ZONES.matcher(t.view()).region(pm.end(), sentence.end()).lookingAt()) {
                    return new Named(pm, park);
                }
            }
        }
        return null;
    }

    /** The copula saying what the works pointed back at is: 是, 既是, 也是, 为. */
    private static final Pattern ZONES_OWN = Pattern.compile("^(?:既|也|还)?(?:是|为|系|属于)$");
    /** A designation of the zone's works right after its name, closing the clause: 重点投资项目, 重大招商引资项目, 重点工程 (not 重点项目之后). */
    private static final Pattern ZONES_KEY_WORKS = Pattern.compile("(?:的)?(?:重点|重大|龙头|骨干)(?:投资|招商引资|招商|产业|建设|工业)?(?:项目|工程)(?:之一)?(?=[，,。；;、]|$)");

    /** Verbs that place what opens the clause in the park right after them: 位于, 落户于, 选址在, 建在. */
    private static final Pattern PLACES_IN = Pattern.compile("^(?:位于|地处|坐落(?:于|在)|选址(?:于|在)?|落户(?:于|在)?|落地(?:于|在)?|建在|入驻)$");

    /**
     * The park the sentence after the project's places it in, when that sentence opens by pointing back at it
     * ({@link #anaphorAfter}: 该项目, 项目) and a verb of placing follows at once (该项目位于|某工业园区); else null.
     */
    private static Named placedByAnaphor(ArticleText t, ArticleFacts facts, Span m) {
        Span anaphor = facts.within(t.sentenceAt(m.start()), EntityType.PROJECT).size() == 1 ? anaphorAfter(t, facts, m) : null;
        if (anaphor == null) {
            return null; // (甲项目和乙项目开工。该项目位于…: which one is meant is unknown)
        }
        Span next = t.sentenceAt(anaphor.start());
        for (Entity park : outermost(facts, facts.within(next, EntityType.PARK), next)) {
            for (Span pm : park.mentions()) {
                String between = t.slice(anaphor.end(), Math.max(anaphor.end(), pm.start()));
                boolean placed = PLACES_IN.matcher(between).matches()
                        // 该项目既是某经开区重点投资项目: a key project of the zone, named so, is the zone's
                        || ZONES_OWN.matcher(between).matches() && ZONES_KEY_WORKS.matcher(t.view()).region(pm.end(), next.end()).lookingAt();
                if (next.contains(pm) && pm.start() >= anaphor.end() && placed) {
                    Named inner = parkInside(t, facts, pm);
                    return inner != null ? inner : new Named(pm, park);
                }
            }
        }
        return null;
    }

    /** 某开发区内的|某产业园: the park named right after a zone and 内的, 的 or 内 (the sub-park the works is in); else null. */
    private static Named parkInside(ArticleText t, ArticleFacts facts, Span zone) {
        for (String link : List.of("内的", "的", "内")) {
            if (!t.view().startsWith(link, zone.end())) {
                continue;
            }
            int at = zone.end() + link.length();
            for (Entity park : facts.entities()) {
                if (!park.is(EntityType.PARK)) {
                    continue;
                }
                for (Span pm : park.mentions()) {
                    // (not 某园东侧, 某园对面, 某园和乙园之间: a place beside the sub-park, still in the zone)
                    boolean ends = pm.end() >= t.length() || ArticleText.isBreak(t.charAt(pm.end())) || t.charAt(pm.end()) == '内';
                    if (pm.start() == at && ends) {
                        return new Named(pm, park);
                    }
                }
            }
        }
        return null;
    }

    /** A place of its own in the project's sentence (城东的某镇, 某村, 来到某地): the scene set before is not its. */
    private static final String PLACE_WORDS = "[镇乡村]|街道|城[东西南北]";
    private static final Pattern OWN_PLACE = Pattern.compile(PLACE_WORDS + "|来到|走进|前往|深入");
    /** A place the project's sentence names (城东的某镇, 某村): the only park the article names is not its. */
    private static final Pattern PLACE_OF_ITS_OWN = Pattern.compile(PLACE_WORDS);

    /**
     * The park the sentence before sets the scene in, in the same paragraph: 在某开发区内，另一场…正在上演。
     * 总投资7亿元的甲项目现场… (在 and the park, then 内, 里 or 中, the park the sentence's one place).
     */
    private static Entity sceneBefore(ArticleText t, ArticleFacts facts, Span sentence) {
        if (sentence.start() < 2) {
            return null;
        }
        Span before = t.sentenceAt(sentence.start() - 1);
        if (t.paragraphAt(before.start()).start() != t.paragraphAt(sentence.start()).start()) {
            return null; // the sentence opens a paragraph
        }
        List<Entity> parks = outermost(facts, facts.within(before, EntityType.PARK), before);
        if (parks.size() != 1 || !facts.within(before, EntityType.PROJECT).isEmpty()) {
            return null;
        }
        for (Span pm : parks.get(0).mentions()) {
            if (!before.contains(pm)) {
                continue; // (the park named elsewhere too: only its mention in the sentence before sets the scene)
            }
            boolean inside = pm.start() > 0 && t.charAt(pm.start() - 1) == '在' && pm.end() + 1 < t.length()
                    && "内里中".indexOf(t.charAt(pm.end())) >= 0 && "，,".indexOf(t.charAt(pm.end() + 1)) >= 0;
            // 进入某开发区某基地，放眼望去…。据甲项目负责人介绍: the sentence before takes the reader into the park
            boolean entered = pm.end() < t.length() && "，,".indexOf(t.charAt(pm.end())) >= 0
                    && ENTERING.matcher(t.slice(before.start(), pm.start())).matches();
            if ((inside || entered) && !OWN_PLACE.matcher(t.slice(sentence.start(), sentence.end())).find()) {
                return parks.get(0);
            }
        }
        return null;
    }

    /** {@code parks} without those named in {@code span} only inside another's name there (某开发区 in 某开发区某基地). */
    private static List<Entity> outermost(ArticleFacts facts, List<Entity> parks, Span span) {
        return parks.stream().filter(p -> p.mentions().stream().filter(span::contains).anyMatch(m -> parks.stream()
                .noneMatch(o -> o != p && o.mentions().stream().anyMatch(n -> n.contains(m) && n.length() > m.length())))).toList();
    }

    /** A sentence that opens by going into a place: 进入, 走进, 步入, 来到. */
    private static final Pattern ENTERING = Pattern.compile("\\s*(?:进入|走进|步入|来到)");

    /**
     * A park whose name opens a sentence, a clause or a list's item and runs straight on into a
     * project's (、某产业集聚区|某集团迁建项目、): the two are one phrase, the project the park's.
     */
    private static boolean opensItem(ArticleText t, Span sentence, Span park) {
        return park.start() == sentence.start() || "、，,：:；;".indexOf(t.charAt(park.start() - 1)) >= 0;
    }

    /** Whether a park's mention overlaps the project's mention {@code m} without lying inside it (甲区|乙园…项目 cut wrongly). */
    private static boolean overlapsPark(ArticleFacts facts, Span m) {
        for (Entity park : facts.within(new Span(Math.max(0, m.start() - 1), m.end()), EntityType.PARK)) {
            for (Span pm : park.mentions()) {
                if (pm.overlaps(m) && !m.contains(pm)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 某开发区|引进甲集团拟投资20亿元建设|乙产业园: the park that brings a company in to build the project holds it. */
    private static final Pattern PARK_BRINGS_IN = Pattern.compile(
            "(?:管委会)?(?:引进|招引)[^，。,;；]{2,30}?(?:拟|计划|将)?(?:投资[\\d.]+(?:亿|万)?元)?(?:投资)?(?:建设|打造|兴建|新建)");

    /** The park's mention opens its clause (a subject, not an object of some other verb). */
    private static boolean opensClause(ArticleText t, Span sentence, Span pm) {
        return pm.start() == sentence.start() || "，,；;".indexOf(t.charAt(pm.start() - 1)) >= 0;
    }

    private static final Pattern CLAUSE_MARK = Pattern.compile("[，,；;]");

    /**
     * 某开发区与甲公司签订的乙项目: the park that signs for the project, as the subject before 与 in the
     * project's own signing clause (after any earlier signing of the sentence), is the project's.
     */
    private static Named signingPark(ArticleText t, ArticleFacts facts, Span m) {
        Span clause = signingClause(t, m);
        if (clause == null || CLAUSE_MARK.matcher(t.view()).region(clause.end(), m.start()).find()) {
            return null;
        }
        for (Named n : inOrder(facts, EntityType.PARK, clause)) {
            int after = n.span().end();
            Matcher body = PARK_BODY.matcher(t.view()).region(after, Math.min(t.length(), after + 6));
            if (body.lookingAt()) {
                after = body.end(); // 某园区管委会与…, 甲公司与某园区管委会签订: the park's body signs for it
                if (after == clause.end()) {
                    return n;
                }
            }
            if (after < t.length() && t.charAt(after) == '与') {
                return n;
            }
        }
        return null;
    }

    /** The body that governs a park and signs for it. */
    private static final Pattern PARK_BODY = Pattern.compile("管委会|管理委员会|党工委|管理局");

    private static String sentenceText(ArticleText t, int at) {
        Span s = t.sentenceAt(at);
        return t.slice(s.start(), s.end());
    }

    /** The park an article is about: named in its title, or the one it names most. */
    private static Optional<Entity> mainPark(ArticleText t, ArticleFacts facts) {
        Entity best = null;
        int bestScore = 0;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT)) {
                continue;
            }
            int score = e.mentions().size() + (int) e.mentions().stream().filter(m -> t.inTitle(m.start())).count() * 5;
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * 某某有限公司“年产…项目”: a company's legal name right before the quoted name of a project is the
     * company whose project it is, the quotes only marking where the project's own name starts. Only when
     * nothing else in the text names the builder, and not a builder's trade (某建工集团“甲项目”荣获…: the
     * contractor's work; 某公司“甲项目”部: its site department).
     */
    private static Entity companyBeforeQuotedName(ArticleText t, ArticleFacts facts, Span m) {
        int quote = m.start() - 1;
        if (quote < 1 || "“\"「『‘".indexOf(t.charAt(quote)) < 0) {
            return null;
        }
        if (m.end() + 1 < t.length() && t.charAt(m.end() + 1) == '部') {
            return null;
        }
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE) && !e.is(EntityType.PROJECT) && !CONTRACTOR.matcher(e.form()).find()
                    && e.mentions().stream().anyMatch(c -> c.end() == quote
                    && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), quote) != null)) {
                return e;
            }
        }
        return null;
    }

    /** A builder's trade in a company's name: it builds for others, the works are not its own. */
    private static final Pattern CONTRACTOR = Pattern.compile("建工|建筑|施工|工程局|路桥|建设工程|建安");

    /**
     * A park of the article is called so (某某产业新城 of 某地某某产业新城有限公司): a project named after it is the
     * park's, which says nothing of the company named after the park too.
     */
    private static boolean parksName(ArticleFacts facts, String form) {
        return facts.entities().stream().anyMatch(e -> e.is(EntityType.PARK) && e.keys().contains(form));
    }

    /**
     * A project's name alone on its line, and in the paragraph right under it a clause 由某公司投资建设 with no
     * other works named before it there: the company the text declares builds it.
     */
    private static Entity builderUnderNameLine(ArticleText t, ArticleFacts facts, Entity project, Span m) {
        String v = t.view();
        int lineStart = v.lastIndexOf('\n', m.start() - 1) + 1;
        int lineEnd = v.indexOf('\n', m.end());
        if (lineEnd < 0 || !v.substring(lineStart, m.start()).isBlank() || !v.substring(m.end(), lineEnd).isBlank()) {
            return null;
        }
        int from = lineEnd + 1;
        while (from < v.length() && Character.isWhitespace(v.charAt(from))) {
            from++;
        }
        int to = v.indexOf('\n', from);
        Span paragraph = new Span(from, to < 0 ? v.length() : to);
        if (facts.within(paragraph, EntityType.PROJECT).stream().anyMatch(e -> e != project)) {
            return null;
        }
        Entity found = null;
        for (Entity e : facts.within(paragraph, EntityType.ENTERPRISE)) {
            for (Span em : e.mentions()) {
                if (e != project && paragraph.contains(em) && em.start() > 0 && v.charAt(em.start() - 1) == '由'
                        && BUILDS.matcher(t.slice(em.end(), Math.min(paragraph.end(), em.end() + 12))).find()) {
                    if (found != null && found != e) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    /**
     * 某海油服某某项目 beside 某海油田服务股份有限公司: a project whose name opens with four characters that
     * abbreviate one company's legal name of the article (its first two, then the others in order, not side by
     * side: initials of two words) is that company's; null when none or several do, or a place opens the name.
     */
    private static Entity abbreviatedOpening(ArticleFacts facts, Entity project, String name) {
        String head = name.length() < 6 ? "" : name.substring(0, 4);
        if (head.isEmpty() || !head.chars().allMatch(c -> ArticleText.isHan((char) c))) {
            return null;
        }
        if (org.localkg.resolve.Divisions.get().regionAt(name, 0) != null) {
            return null; // 某县智能制造产业园…: a place and a field open the name, no company's initials
        }
        Entity found = null;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE) || e == project || e.is(EntityType.PROJECT)) {
                continue;
            }
            boolean abbreviated = e.keys().stream().anyMatch(k -> Lexicons.ENTERPRISE_SUFFIXES.suffixAt(k, k.length()) != null
                    && Coreference.abbreviates(head, k) && !k.contains(head.substring(2))); // (油|服 of 油田服务; not 智能 of 智能装备)
            if (abbreviated) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** The company the text gives for a project; false when the text says nothing of one. */

    private static boolean enterprise(ArticleText t, ArticleFacts facts, Entity project) {
        for (Span m : project.mentions()) {
            String name = org.localkg.resolve.Names.key(t.slice(m.start(), m.end()));
            // the company whose form opening the name is longest (某某铝业 over 某某 of 某某集团)
            Entity opening = null;
            int longest = 0;
            // 某市|某省某某公司年产…项目: the company opens at the province its name carries
            int province = OrganizationRecognizer.provinceAfterCity(t, m.start(), m.end()) - m.start();
            for (Entity e : facts.entities()) {
                if (!e.is(EntityType.ENTERPRISE) || e == project) {
                    continue;
                }
                for (String k : e.keys()) {
                    for (String form : candidateForms(k)) {
                        if (form.length() >= 2 && form.length() > longest && (name.startsWith(form, NameBoundary.districtAt(name, 0))
                                || province > 0 && name.startsWith(form, province)) && !parksName(facts, form)) {
                            opening = e;
                            longest = form.length();
                        }
                    }
                }
            }
            Entity declared = builderUnderNameLine(t, facts, project, m);
            if (declared != null) {
                link(facts.enterprises, project, declared, m);
                return true; // (大连某某储能…项目 / 项目…由乙公司投资建设: the builder the text declares, not the name's first words)
            }
            if (opening == null) {
                opening = abbreviatedOpening(facts, project, name);
            }
            if (opening != null) {
                link(facts.enterprises, project, subsidiaryNamedAfter(facts, opening, m), m);
                return true;
            }
            Entity owner = ownerInSentence(t, facts, project, m);
            if (owner == null) {
                owner = ownerNamedAfter(t, facts, m);
            }
            if (owner == null) {
                owner = signingPartner(t, facts, project, m);
            }
            if (owner == null) {
                owner = companyReportingOn(t, facts, project, m);
            }
            if (owner == null) {
                Named subject = listSubject(t, facts, m);
                if (subject != null && subject.entity() != project) {
                    link(facts.enterprises, project, subject.entity(), new Span(subject.span().start(), m.end()));
                    return true;
                }
            }
            if (owner == null) {
                owner = companyVisitedAt(t, facts, m);
            }
            Span said = t.sentenceAt(m.start());
            if (owner != null && heading(t, said, m) && owner.mentions().stream().noneMatch(said::contains) && said.end() < t.length()) {
                said = new Span(said.start(), t.sentenceAt(said.end()).end()); // the heading and the sentence that names the builder
            }
            if (owner == null) {
                Span anaphor = anaphorAfter(t, facts, m);
                if (anaphor != null) {
                    owner = ownerInSentence(t, facts, project, anaphor);
                    said = new Span(said.start(), t.sentenceAt(anaphor.start()).end());
                }
            }
            if (owner == null) {
                owner = companyBeforeQuotedName(t, facts, m);
            }
            if (owner != null) {
                link(facts.enterprises, project, owner, said);
                return true;
            }
            String lead = t.slice(Math.max(0, m.start() - 20), m.start());
            if (ENTERPRISE_ANAPHOR.matcher(lead).find()) {
                facts.nearestBefore(m.start(), new Span(0, m.start()), EntityType.ENTERPRISE)
                        .ifPresent(e -> link(facts.enterprises, project, e, new Span(Math.max(0, m.start() - 8), m.end())));
                return true; // 该企业投资的…: the text points back, found or not

            }
            Named speaker = companyOfTheQuotesSpeaker(t, facts, m);
            if (speaker != null) {
                link(facts.enterprises, project, speaker.entity(), new Span(said.start(), speaker.span().end()));
                return true;
            }
            Entity pointedBack = companyOpeningTheClause(t, facts, m);
            if (pointedBack == null) {
                pointedBack = topicOfTheSentenceBefore(t, facts, m);
                if (pointedBack != null) {
                    said = new Span(t.sentenceAt(said.start() - 1).start(), said.end()); // the company is named there
                }
            }
            if (pointedBack != null) {
                link(facts.enterprises, project, pointedBack, said);
                return true;
            }
        }
        return false;
    }

    /**
     * A clause whose subject is the company spoken of: 该公司, 这家企业, or 公司 and a predicate (公司以…为目标，
     * 开启了…); not one of its people (公司负责人) nor firms in general (企业纷纷入驻).
     */
    private static final Pattern COMPANY_SUBJECT = Pattern.compile(
            "\\s*(?:(?:该|这家)(?:公司|企业)|公司(?=以|将|投资|建设|开工|先后|于|在|已|正|计划|拟|启动|开启|新建|实施))");

    /**
     * 某某有限公司是…。…，公司以“…”为目标，开启了…的某项目: a clause of the project's sentence, before it,
     * opening with 公司 or 企业 and nothing named between, points back at the company the text named last,
     * within the sentence before.
     */
    private static Entity companyOpeningTheClause(ArticleText t, ArticleFacts facts, Span m) {
        Span sentence = t.sentenceAt(m.start());
        String v = t.view();
        Entity its = companyOfIts(t, facts, m, sentence);
        if (its != null) {
            return its;
        }
        for (int at = m.start(); at >= sentence.start(); at--) {
            boolean opens = at == sentence.start() || "，,；;".indexOf(v.charAt(at - 1)) >= 0;
            if (!opens || !COMPANY_SUBJECT.matcher(v).region(at, m.start()).lookingAt()) {
                continue;
            }
            if (!onlyParksNamedIn(facts, new Span(at, m.start()), null)) {
                return null;
            }
            int from = sentence.start() > 0 ? t.sentenceAt(sentence.start() - 1).start() : 0;
            return facts.nearestBefore(at, new Span(from, at), EntityType.ENTERPRISE).orElse(null);
        }
        return null;
    }

    /**
     * 某某有限公司。|其|二期某项目: 其 (its) right before the project's name, opening its clause, points back at
     * the company named last within the sentence before, when no park or body is named after it and it is not one of
     * two parties joined (甲与乙).
     */
    private static Entity companyOfIts(ArticleText t, ArticleFacts facts, Span m, Span sentence) {
        int at = m.start() - 1;
        if (at < sentence.start() || t.charAt(at) != '其' || at > sentence.start() && "，,；;".indexOf(t.charAt(at - 1)) < 0) {
            return null;
        }
        int from = sentence.start() > 0 ? t.sentenceAt(sentence.start() - 1).start() : 0;
        Span before = new Span(from, at);
        Entity company = facts.nearestBefore(at, before, EntityType.ENTERPRISE).orElse(null);
        if (company == null) {
            return null;
        }
        int named = company.mentions().stream().filter(before::contains).mapToInt(Span::end).max().orElse(at);
        int namedStart = company.mentions().stream().filter(before::contains).mapToInt(Span::start).max().orElse(at);
        for (Entity e : facts.entities()) {
            for (Span other : e.mentions()) {
                if (e != company && e.is(EntityType.ENTERPRISE) && before.contains(other) && other.end() <= namedStart
                        && partiesJoined(t, other.end(), namedStart)) {
                    return null; // (甲公司与乙公司签约。其…: two parties joined, 其 may be either's; not 甲集团旗下乙公司)
                }
            }
        }
        for (EntityType other : List.of(EntityType.PARK, EntityType.ORGANIZATION, EntityType.PROJECT)) {
            Entity later = facts.nearestBefore(at, new Span(named, at), other).orElse(null);
            if (later != null && later != company) {
                return null; // 某公司在某园区。其…: what 其 points back at is the nearer name
            }
        }
        return company;
    }

    /**
     * Two parties joined between {@code from} and {@code to}: a conjunction or preposition of their own (与, 和, 及, 同)
     * or 、, within one clause (甲集团董事长某某与乙公司总经理某某签约; not 合同, nor across a stop or a comma).
     */
    private static boolean partiesJoined(ArticleText t, int from, int to) {
        boolean joined = false;
        for (int i = from; i < to; ) {
            char c = t.charAt(i);
            if ("。！？；;，,!?".indexOf(c) >= 0) {
                return false;
            }
            var tk = t.tokenAt(i);
            if (c == '、' || tk != null && tk.start() == i && tk.text().length() == 1 && "与和及同".contains(tk.text())
                    && (tk.tag().startsWith("c") || tk.tag().startsWith("p"))) {
                joined = true;
            }
            i = tk == null ? i + 1 : Math.max(i + 1, tk.end());
        }
        return joined;
    }

    /** A quote that opens with the company speaking of itself: 公司将…, 我们公司…. */
    private static final Pattern QUOTE_BY_A_COMPANY = Pattern.compile("(?:我们)?公司");
    /** Who said the quote, right after it: the date or place, then someone of a company and a verb of saying. */
    private static final Pattern SAID = Pattern.compile("(?:介绍|说|表示|告诉记者|说道|坦言)[。，,]");

    /**
     * “公司将投资28亿元，新建甲项目…”4月6日，在某园区，某某有限公司总经理某某介绍。: a quote whose clause
     * opens with 公司 (or 我们公司) and the project, said by someone of the one company the attribution
     * after the quote names (its title and name right before the verb of saying): the project is that
     * company's.
     */
    private static Named companyOfTheQuotesSpeaker(ArticleText t, ArticleFacts facts, Span m) {
        Span attribution = quoteAttribution(t, facts, m);
        return attribution == null ? null : speakersCompany(t, facts, attribution);
    }

    /** The one company of the attribution whose person said the quote (某公司副总经理某某介绍); null when none. */
    private static Named speakersCompany(ArticleText t, ArticleFacts facts, Span attribution) {
        Matcher said = SAID.matcher(t.view()).region(attribution.start(), attribution.end());
        int saying = said.find() ? said.start() : attribution.end();
        List<Named> companies = inOrder(facts, EntityType.ENTERPRISE, new Span(attribution.start(), saying));
        if (companies.size() != 1 || !facts.within(new Span(attribution.start(), saying), EntityType.PROJECT).isEmpty()) {
            return null;
        }
        // the speaker is the company's: its title and name stand between the company and the verb of saying
        // (某某有限公司总经理助理某某介绍), not a visitor at the company (县长某某在某公司调研时说)
        Span speaker = new Span(companies.get(0).span().end(), saying);
        String between = t.slice(speaker.start(), speaker.end());
        boolean someone = facts.entities().stream().anyMatch(e -> e.type().isPerson()
                && e.mentions().stream().anyMatch(pm -> speaker.contains(pm) && pm.end() == speaker.end()));
        if (!someone || between.length() > 14 || between.matches(".*[，,。；;在到].*")) {
            return null;
        }
        return new Named(attribution, companies.get(0).entity());
    }

    /**
     * “公司将投资28亿元，新建甲项目…”4月6日，在某园区，某公司总经理某某介绍。: where the attribution after a
     * company's quote says it was said (在 and the one park it names, then a comma) is where the quote's
     * projects stand.
     */
    private static Named parkOfTheQuotesSpeaker(ArticleText t, ArticleFacts facts, Span m) {
        Span attribution = quoteAttribution(t, facts, m);
        if (attribution == null || speakersCompany(t, facts, attribution) == null) {
            return null; // said by someone of the company only (not 副县长某某介绍)
        }
        // a quote that says where itself (均落户某产业园, 在某县新建…) places its projects, not where it was said
        int open = t.view().lastIndexOf('“', m.start());
        Span quote = new Span(open, attribution.start());
        if (!facts.within(quote, EntityType.PARK).stream().allMatch(e -> e.is(EntityType.PROJECT))
                || OrganizationRecognizer.PLACING.matcher(t.view()).region(quote.start(), quote.end()).find()) {
            return null;
        }
        for (int i = quote.start(); i + 1 < quote.end(); i++) {
            if (t.charAt(i) == '在' && org.localkg.resolve.Divisions.get().regionAt(t.view(), i + 1) != null) {
                return null; // 在某县新建…: the quote says where
            }
        }
        List<Named> parks = inOrder(facts, EntityType.PARK, attribution);
        if (parks.size() != 1 || parks.get(0).entity().is(EntityType.PROJECT)) {
            return null;
        }
        Span pm = parks.get(0).span();
        boolean where = pm.start() > 0 && t.charAt(pm.start() - 1) == '在' && pm.end() < t.length() && "，,".indexOf(t.charAt(pm.end())) >= 0;
        return where ? new Named(attribution, parks.get(0).entity()) : null;
    }

    /**
     * The attribution after a quote that opens with a company speaking of itself (公司将…) and holds
     * {@code m}: from the closing mark to the end of the verb of saying; null when there is none.
     */
    private static Span quoteAttribution(ArticleText t, ArticleFacts facts, Span m) {
        String v = t.view();
        int open = m.start() > 0 ? v.lastIndexOf('“', m.start() - 1) : -1; // not the quote a name opens with (“某某”某学院)
        if (open < 0 || m.start() - open > 40 || v.lastIndexOf('”', m.start() - 1) > open) {
            return null;
        }
        int at = open + 1;
        if (!QUOTE_BY_A_COMPANY.matcher(v).region(at, m.start()).lookingAt()) {
            return null;
        }
        Span opening = new Span(at, m.start());
        for (Entity e : facts.entities()) {
            boolean built = e.is(EntityType.PROJECT) || e.is(EntityType.PARK); // 新建甲项目和|乙项目: the works it builds
            if (!built && e.mentions().stream().anyMatch(o -> o.overlaps(opening))) {
                return null;
            }
        }
        int close = v.indexOf('”', m.end());
        if (close < 0 || close - open > 300) {
            return null;
        }
        int end = close + 1;
        while (end < t.length() && end - close < 60 && "。！？!?\n".indexOf(v.charAt(end)) < 0) {
            end++;
        }
        Matcher said = SAID.matcher(v).region(close + 1, Math.min(t.length(), end + 1));
        return said.find() ? new Span(close + 1, said.end()) : null;
    }

    /** A sentence with no subject of its own that opens with what someone means to do (2022年将计划投资…，建设). */
    private static final Pattern NO_SUBJECT_INTENDS = Pattern.compile(
            "\\s*(?:(?:\\d{4}年|今年|明年|下一步|近期|年内)[，,]?)?(?:还|也)?(?:将|计划|拟|准备)");

    /**
     * 某某有限公司，2021年实现产值…。2022年将计划投资7亿元，建设甲基地: a sentence with no subject that
     * goes on from the sentence before, whose subject (the name opening it, or ending a first clause
     * 作为…的) is a company and the only one it names: the project the second sentence builds is that
     * company's. Nothing but parks may be named between the opening and the project.
     */
    private static Entity topicOfTheSentenceBefore(ArticleText t, ArticleFacts facts, Span m) {
        Span sentence = t.sentenceAt(m.start());
        if (sentence.start() == 0 || !NO_SUBJECT_INTENDS.matcher(t.view()).region(sentence.start(), m.start()).lookingAt()
                || !onlyParksNamedIn(facts, new Span(sentence.start(), m.start()), null)) {
            return null;
        }
        Span before = t.sentenceAt(sentence.start() - 1);
        if (t.paragraphAt(before.start()).start() != t.paragraphAt(sentence.start()).start()) {
            return null;
        }
        List<Entity> companies = facts.within(before, EntityType.ENTERPRISE);
        if (companies.size() != 1 || !facts.within(before, EntityType.PROJECT).isEmpty()) {
            return null;
        }
        int clauseEnd = before.start();
        while (clauseEnd < before.end() && "，,。；;".indexOf(t.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        int end = clauseEnd;
        Entity company = companies.get(0);
        // the name opens the sentence, or ends a first clause that puts it in apposition (作为某地龙头企业的|某公司，)
        boolean subject = company.mentions().stream().anyMatch(c -> before.contains(c)
                && (c.start() == before.start() || c.end() == end && c.end() < before.end()
                    && t.slice(before.start(), c.start()).matches("\\s*作为[^，,]*的")));
        return subject ? company : null;
    }

    /** The project's investor or developer said right after it (or after its sum): 某项目投资方为…, 某项目的建设单位是…, 某项目签约额3亿元，投资方为…. */
    private static final Pattern OWNER_AFTER = Pattern.compile(
            "^(?:(?:签约(?:金)?额|投资额|总投资)[^，,。；;]{1,14}[，,]\\s*)?(?:的|[；;，,]\\s*)?(?:投资方|投资主体|建设单位|建设主体|业主单位|项目业主|业主|运营方)(?:为|是|系|[:：]\\s*)");

    /** 某项目投资方为某集团: the company named right after the project's investor or developer word. */
    private static Entity ownerNamedAfter(ArticleText t, ArticleFacts facts, Span m) {
        Matcher said = OWNER_AFTER.matcher(t.view()).region(m.end(), Math.min(t.length(), m.end() + 32));
        if (!said.lookingAt()) {
            return null;
        }
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE) && e.mentions().stream().anyMatch(c -> c.start() == said.end())) {
                return e;
            }
        }
        return null;
    }

    /** Going to a place, right before the company: 在, 到, 来到, 走进, 深入. */
    private static final Pattern AT_COMPANY = Pattern.compile("(?:在|到|来到|走进|深入)$");
    /** From the company to the project: at most a comma, the visitor and how they look (，某某实地察看; 调研了). */
    private static final Pattern INSPECTS_THERE = Pattern.compile("^[，,]?[^，,。；;、]{0,8}?(?:实地|详细|重点)?(?:调研|察看|考察|查看|观摩|参观)了?$");

    /**
     * 到甲公司调研了乙项目; 在甲公司，某某实地察看乙项目: the project a visit inspects at a company is the
     * company's.
     */
    private static Entity companyVisitedAt(ArticleText t, ArticleFacts facts, Span m) {
        Span sentence = t.sentenceAt(m.start());
        for (Entity e : facts.within(new Span(sentence.start(), m.start()), EntityType.ENTERPRISE)) {
            for (Span c : e.mentions()) {
                if (c.start() >= sentence.start() && c.end() <= m.start()
                        && AT_COMPANY.matcher(t.view()).region(Math.max(sentence.start(), c.start() - 2), c.start()).find()
                        && INSPECTS_THERE.matcher(t.view()).region(c.end(), m.start()).matches()) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The company that is the subject of the verb opening the list an item {@code m} is in (某集团此次带来了甲、乙). */
    private static Named listSubject(ArticleText t, ArticleFacts facts, Span m) {
        for (CoordinationList list : facts.lists()) {
            if (list.kind() == CoordinationList.Kind.PROJECT && list.items().stream().anyMatch(i -> i.contains(m))) {
                return subjectCompany(t, facts, list);
            }
        }
        return null;
    }

    /** Between a company and the verb that opens its list: only when and how (此次, 今年, 也, 将). */
    private static final Pattern SUBJECT_TO_OPENER = Pattern.compile("^(?:此次|本次|今年|今天|也|还|又|共|将|已|已经|正在|先后|分别){0,3}$");

    /**
     * The company that is the subject of the verb opening a list of projects (某集团此次带来了甲、乙、丙):
     * it builds or runs each of them.
     */
    private static Named subjectCompany(ArticleText t, ArticleFacts facts, CoordinationList list) {
        if (list.opener() == null) {
            return null;
        }
        int opener = list.opener().start();
        Span sentence = t.sentenceAt(opener);
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() >= sentence.start() && m.end() <= opener
                        && SUBJECT_TO_OPENER.matcher(t.slice(m.end(), opener)).matches()) {
                    return new Named(m, e);
                }
            }
        }
        return null;
    }

    /** 某公司负责同志关于项目…的介绍, 某公司负责人汇报项目…: the company's own person speaks for the project. */
    private static final Pattern SPEAKS_FOR_PROJECT = Pattern.compile(
            "^(?:主要|相关)?(?:负责同志|负责人|董事长|总经理)(?:关于|介绍|汇报)[^，。,;；]{0,6}?项目");

    /**
     * The one company of the sentence of a project's mention whose own person reports on "the project"
     * (来到甲项目…，听取某公司负责同志关于项目建设进度的介绍): the company that builds it. Not when
     * the sentence names another project, which "the project" might be.
     */
    private static Entity companyReportingOn(ArticleText t, ArticleFacts facts, Entity project, Span m) {
        Span sentence = t.sentenceAt(m.start());
        if (facts.within(sentence, EntityType.PROJECT).size() != 1) {
            return null;
        }
        Entity found = null;
        for (Entity e : facts.within(sentence, EntityType.ENTERPRISE)) {
            for (Span em : e.mentions()) {
                if (sentence.contains(em) && em.start() > m.end()
                        && SPEAKS_FOR_PROJECT.matcher(t.view()).region(em.end(), sentence.end()).lookingAt()) {
                    if (found != null && found != e) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found == project ? null : found;
    }

    /**
     * 某区政府与某集团…签订了…甲项目合作协议: the company a project is signed with. With several
     * (与甲公司、乙公司签订了…), which is whose is unknown, unless the text says 分别 and names as many
     * projects after the signing: then they pair in order (分别与甲、乙签订了A项目和B项目: 甲 A, 乙 B).
     */
    private static Entity signingPartner(ArticleText t, ArticleFacts facts, Entity project, Span m) {
        Span sentence = t.sentenceAt(m.start());
        Span clause = signingClause(t, m);
        if (clause == null) {
            return null;
        }
        int from = clause.start();
        int signAt = clause.end();
        if (t.view().startsWith("合作", signAt) && facts.within(new Span(signAt, m.start()), EntityType.PROJECT).stream()
                .anyMatch(e -> e != project)) {
            return null; // 与甲集团合作，引进的甲电池项目已开工，同时建设乙项目: the partner's is the first works after it
        }
        // mentions before the signing, in order: the first after 与, the others joined to it by 、 和 及
        List<Entity> partners = new java.util.ArrayList<>();
        Span last = null;
        for (Named n : inOrder(facts, EntityType.ENTERPRISE, new Span(from, signAt))) {
            Span em = n.span();
            if (em.start() == 0) {
                continue;
            }
            boolean afterWith = t.view().lastIndexOf('与', em.start()) >= sentence.start()
                    && t.view().lastIndexOf('与', em.start()) >= em.start() - 2;
            boolean joined = last != null && em.start() == last.end() + 1 && "、和及".indexOf(t.charAt(last.end())) >= 0;
            // 甲公司与某管委会签订…项目: the company before 与 is a party as much as one after it
            boolean beforeWith = em.start() == from || em.start() == from + 1 && ArticleText.isBreak(t.charAt(from))
                    || em.start() > from && "：:；;，,".indexOf(t.charAt(em.start() - 1)) >= 0;
            beforeWith &= em.end() < signAt && t.charAt(em.end()) == '与';
            if (afterWith || joined || beforeWith) {
                if (!partners.contains(n.entity())) {
                    partners.add(n.entity());
                }
                last = em;
            }
        }
        if (partners.size() == 1) {
            return partners.get(0);
        }
        if (partners.size() < 2 || !t.slice(sentence.start(), signAt).contains("分别")) {
            return null; // two companies signed with: which is whose is unknown
        }
        // the projects signed, in the order the sentence names them after the signing
        List<Entity> signed = new java.util.ArrayList<>();
        for (Named n : inOrder(facts, EntityType.PROJECT, new Span(signAt, sentence.end()))) {
            if (!signed.contains(n.entity())) {
                signed.add(n.entity());
            }
        }
        int i = signed.indexOf(project);
        return signed.size() == partners.size() && i >= 0 ? partners.get(i) : null;
    }

    /**
     * Where the signing of a project {@code m} is said: from the sentence's start, or from the signing
     * before it (甲与乙签订的A项目、丙与丁签订的B项目: each signing has its own parties), to the last
     * verb of signing before the project; null when the sentence signs nothing before it.
     */
    private static Span signingClause(ArticleText t, Span m) {
        Span sentence = t.sentenceAt(m.start());
        Matcher sign = SIGNED_OR_PARTNERED.matcher(t.slice(sentence.start(), m.start()));
        int signAt = -1;
        int from = sentence.start();
        while (sign.find()) {
            if (signAt >= 0) {
                from = signAt;
            }
            signAt = sentence.start() + sign.start();
        }
        return signAt < 0 ? null : new Span(from, signAt);
    }

    /** A mention and the entity it names. */
    private record Named(Span span, Entity entity) {}

    /** The mentions of {@code type} inside {@code range}, in the order of the text. */
    private static List<Named> inOrder(ArticleFacts facts, EntityType type, Span range) {
        List<Named> out = new java.util.ArrayList<>();
        for (Entity e : facts.within(range, type)) {
            for (Span m : e.mentions()) {
                if (range.contains(m)) {
                    out.add(new Named(m, e));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(n -> n.span().start()));
        return out;
    }

    private static final Pattern SIGNED = Pattern.compile("签订|签署|签约");
    /**
     * A signing, or a partnership the next clause builds on (某管委会与甲公司合作，协议引进资金…，建设乙项目): the
     * partner builds the works as much as one signed with.
     */
    private static final Pattern SIGNED_OR_PARTNERED = Pattern.compile("签订|签署|签约|合作(?=[，,]|建设|建造|投资|开发|打造)");
    /** The project reported at its site: 甲项目现场, 甲项目工地上. */
    private static final Pattern AT_SITE = Pattern.compile("现场|工地|施工");

    /**
     * 该项目 (or 项目) opening the sentence right after one that names the project, in its paragraph
     * (该项目 also opening the next paragraph), when that sentence names no project of its own: the
     * words that point back to it; else null.
     */
    private static Span anaphorAfter(ArticleText t, ArticleFacts facts, Span m) {
        Span sentence = t.sentenceAt(m.start());
        int from = sentence.end();
        boolean newParagraph = false;
        while (from < t.length() && Character.isWhitespace(t.charAt(from))) {
            newParagraph |= t.charAt(from) == '\n';
            from++;
        }
        if (from >= t.length()) {
            return null;
        }
        Span next = t.sentenceAt(from);
        if (facts.within(next, EntityType.PROJECT).stream().anyMatch(e -> !e.mentions().contains(m))) {
            return null; // (the project itself named again there is no other)
        }
        String lead = t.slice(next.start(), Math.min(next.end(), next.start() + 3));
        // the next paragraph may go on about the project only by saying 该项目 (项目 alone there opens a new topic), or
        // by 项目 after a line that holds the project's name alone (甲项目⏎项目位于…: a heading and its paragraph)
        boolean nameLine = newParagraph && nameAlone(t, m) && !afterAnotherNameLine(t, facts, m);
        if (newParagraph && !nameLine && !AT_SITE.matcher(t.view()).region(m.end(), Math.min(t.length(), m.end() + 3)).lookingAt()) {
            return null; // a project named in passing (借鉴甲项目经验) is no antecedent across a paragraph
        }
        int at = lead.startsWith("该项目") ? 1 : lead.startsWith("项目") && (!newParagraph || nameLine) ? 0 : -1;
        return at < 0 ? null : new Span(next.start() + at, next.start() + at + 2);
    }

    /**
     * The company the project's sentence says builds it: 项目由某某公司投资建设, 某某公司投资建设的
     * 项目, 某某公司的项目, 某某公司投资10亿元建设项目.
     */
    private static Entity ownerInSentence(ArticleText t, ArticleFacts facts, Entity project, Span m) {
        Span sentence = t.sentenceAt(m.start());
        for (Entity e : facts.within(sentence, EntityType.ENTERPRISE)) {
            if (e == project) {
                continue;
            }
            for (Span em : e.mentions()) {
                if (!sentence.contains(em)) {
                    continue;
                }
                if (em.start() >= m.end()) {
                    String between = t.slice(m.end(), em.start());
                    String after = t.slice(em.end(), Math.min(sentence.end(), em.end() + 12));
                    int partners = partnersEnd(t, facts, em, sentence.end());
                    if ((BUILT_BY.matcher(between).matches() || builtByLaterClause(t, facts, sentence, m, em))
                            && (BUILDS.matcher(after).find() || partnerThenBuilds(t, facts, sentence, em)
                            || partners > em.end() && PARTNERS_BUILD.matcher(t.slice(partners, sentence.end())).lookingAt()
                                && !partnerJoinedBefore(t, facts, em))) { // 由甲、乙、丙三家企业联袂共筑: the first builds
                        return e;
                    }
                } else if (em.end() <= m.start() && !partnerJoinedBefore(t, facts, em)
                        && (ownerBefore(t, Math.min(m.start(), DeclaredAliases.after(t, partnersEnd(t, facts, em, m.start()))),
                                firstOfJoined(t, facts, m.start(), em.end()))
                        || subjectThatBuilds(t, facts, sentence, em, m) || builtByBefore(t, facts, em, m))) {
                    return e;
                }
            }
        }
        if (heading(t, sentence, m) && sentence.end() < t.length()) {
            // (3)甲项目。由某某公司投资建设，…: the sentence after a heading's says who builds it
            Span next = t.sentenceAt(sentence.end());
            for (Entity e : facts.within(next, EntityType.ENTERPRISE)) {
                for (Span em : e.mentions()) {
                    if (e != project && next.contains(em) && BUILT_BY.matcher(t.slice(next.start(), em.start()).strip()).matches()
                            && nothingNamedBetween(facts, next.start(), em.start())
                            && BUILDS.matcher(t.slice(em.end(), Math.min(next.end(), em.end() + 12))).find()) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * 由甲公司与乙公司合作建设: a partner company joined to the builder by 与 (和, 同), then the verb of building;
     * the builder named first is the project's company (one per project).
     */
    private static boolean partnerThenBuilds(ArticleText t, ArticleFacts facts, Span sentence, Span builder) {
        int at = builder.end();
        if (at >= sentence.end() || "与和同".indexOf(t.charAt(at)) < 0) {
            return false;
        }
        for (Entity other : facts.within(sentence, EntityType.ENTERPRISE)) {
            for (Span om : other.mentions()) {
                if (om.start() == at + 1 && BUILDS.matcher(t.slice(om.end(), Math.min(sentence.end(), om.end() + 12))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The project whose heading is the sentence right before {@code sentence}, if it is one. */
    private static Optional<Entity> headingBefore(ArticleText t, ArticleFacts facts, Span sentence) {
        if (sentence.start() == 0) {
            return Optional.empty();
        }
        if (!HEADED_FACT.matcher(t.slice(sentence.start(), sentence.end())).find()) {
            return Optional.empty(); // the sentence has a subject of its own (配套的某物流园由…)
        }
        Span before = t.sentenceAt(sentence.start() - 1);
        for (Entity p : facts.within(before, EntityType.PROJECT)) {
            if (p.mentions().stream().anyMatch(m -> heading(t, before, m))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The sentence after a heading opens with one of its facts, its subject left out: 由…, 总投资…, 目前，项目由…. */
    private static final Pattern HEADED_FACT = Pattern.compile(
            "^\\s*(?:(?:目前|同时|其中|据悉|据了解)[，,]?)?(?:该?项目)?(?:由|总投资|计划总投资|计划投资|投资(?!者|商|方)|总占地|占地|位于|选址)");

    /** No entity is named in {@code [from, to)}: what stands before 由 is no subject of its own (配套的某物流园由…). */
    private static boolean nothingNamedBetween(ArticleFacts facts, int from, int to) {
        return facts.entities().stream().flatMap(e -> e.mentions().stream()).noneMatch(m -> m.start() >= from && m.end() <= to);
    }

    /** A paragraph's number before a heading: (3), （三）, 3., 三、. */
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）.、．]?)?\\s*$");

    /**
     * The sentence is the project's name alone, after a paragraph's number ((3)甲项目。): a heading, whose
     * project the sentence after it goes on about without naming it.
     */
    /** The mention's paragraph holds its name alone, after any numbering (甲项目⏎, (3)乙工程⏎): a heading line. */
    private static boolean nameAlone(ArticleText t, Span m) {
        Span paragraph = t.paragraphAt(m.start());
        return NUMBERING.matcher(t.slice(paragraph.start(), m.start()).strip()).matches() && t.slice(m.end(), paragraph.end()).isBlank();
    }

    /**
     * The line before the mention's holds another project's name alone (甲项目⏎乙项目⏎项目位于…): the paragraph after
     * the names is about them all, or about one of them the text does not say.
     */
    private static boolean afterAnotherNameLine(ArticleText t, ArticleFacts facts, Span m) {
        int before = t.paragraphAt(m.start()).start() - 1;
        while (before > 0 && Character.isWhitespace(t.charAt(before))) {
            before--;
        }
        if (before <= 0) {
            return false;
        }
        Span previous = t.paragraphAt(before);
        return facts.within(previous, EntityType.PROJECT).stream().anyMatch(e -> e.mentions().stream()
                .anyMatch(o -> previous.contains(o) && !o.equals(m) && nameAlone(t, o)));
    }

    static boolean heading(ArticleText t, Span sentence, Span m) {
        return sentence.contains(m) && NUMBERING.matcher(t.slice(sentence.start(), m.start())).matches()
                && t.slice(m.end(), sentence.end()).strip().equals("。");
    }

    /**
     * What may stand before a sentence's subject: a time (近日, 12月2日上午, 目前, 今年上半年) or a source (据悉,
     * 据了解) and its comma, then a description of the company in apposition (全球知名的…供应商|某集团).
     */
    private static final Pattern BEFORE_SUBJECT = Pattern.compile(
            "^\\s*(?:(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:上午|下午)?|近日|近期|日前|目前|(?:今年|去年)(?:上半年|下半年|[一二三四]季度|初|以来)?|据悉|据了解)[，,]?\\s*"
            + "(?:[^，,。；;]{2,40}的[^，,。；;]{0,20}(?:供应商|服务商|制造商|运营商|生产商|企业|公司|集团|龙头|巨头|厂商))?$");
    /**
     * The rest of the subject's clauses up to the project: 拟盘活闲置土地，投资建设 / 计划在某地投资建设; no 的 (某集团
     * 下属的|乙公司在某地新建: another company, the subject of its own, follows).
     */
    private static final Pattern SUBJECT_BUILDS = Pattern.compile(
            "^[^。；;！？的]{0,24}?(?:投资)?(?:" + ProjectRecognizer.BUILDING_VERBS + ")$");

    /**
     * 某某公司拟盘活闲置土地，投资建设甲项目: the company that opens the sentence is its subject, and
     * the project is the object of its building verb; no other company may stand between.
     */
    /** What a company did to the works named after it: 由某公司…规划、设计、施工、运营的|甲项目. */
    private static final Pattern DONE_BY_IT = Pattern.compile(
            "[^，,。；;]{0,24}?(?:" + ProjectRecognizer.BUILDING_VERBS + "|运营)的(?:[^，,。；;的]{0,12}的)?");

    /**
     * 由某公司采用某模式建设、运营的甲项目: the company after 由 builds the project its clause describes, when no
     * other company or body is named between them.
     */
    private static boolean builtByBefore(ArticleText t, ArticleFacts facts, Span company, Span project) {
        return company.start() > 0 && t.charAt(company.start() - 1) == '由'
                && DONE_BY_IT.matcher(t.view()).region(company.end(), project.start()).matches()
                && facts.within(new Span(company.end(), project.start()), EntityType.ENTERPRISE).isEmpty()
                && facts.within(new Span(company.end(), project.start()), EntityType.ORGANIZATION).isEmpty();
    }

    private static boolean subjectThatBuilds(ArticleText t, ArticleFacts facts, Span sentence, Span company, Span project) {
        int first = firstOfJoined(t, facts, project.start(), company.end());
        if (!BEFORE_SUBJECT.matcher(t.slice(sentence.start(), company.start())).matches()
                || !SUBJECT_BUILDS.matcher(t.slice(company.end(), first)).matches()) {
            return false;
        }
        return facts.within(new Span(company.end(), project.start()), EntityType.ENTERPRISE).isEmpty()
                && facts.within(new Span(company.end(), project.start()), EntityType.ORGANIZATION).isEmpty();
    }

    /**
     * The company named right after {@code group}'s name at the start of the project's mention (某集团|某某牧业年产…项目): the
     * group's company that builds the works; else {@code group}.
     */
    private static Entity subsidiaryNamedAfter(ArticleFacts facts, Entity group, Span m) {
        for (Span g : group.mentions()) {
            if (g.start() != m.start() || !facts.text().view().startsWith("集团", g.end() - 2)) {
                continue; // (a group's name only: 某投资有限公司|华为…项目 is the company's works for another's brand)
            }
            for (Entity e : facts.entities()) {
                if (e != group && e.is(EntityType.ENTERPRISE)
                        && e.mentions().stream().anyMatch(x -> x.start() == g.end() && x.end() < m.end())) {
                    return e;
                }
            }
        }
        return group;
    }

    /** A company's mention joined by 和, 与, 及 or 、 to another company's right before it (甲公司和|乙公司). */
    private static boolean partnerJoinedBefore(ArticleText t, ArticleFacts facts, Span company) {
        int at = company.start() - 1;
        return at > 0 && "和与及、".indexOf(t.charAt(at)) >= 0 && enterpriseSpanAt(facts, at, false) != null;
    }

    /**
     * The end of the partners joined to {@code company} by 和, 与, 及 or 、 (甲公司和乙公司|合资打造的…): the verb after
     * them is all the partners' doing, the first named the builder; {@code company}'s end when none follows, never past {@code limit}.
     */
    private static int partnersEnd(ArticleText t, ArticleFacts facts, Span company, int limit) {
        int end = company.end();
        while (end + 1 < limit && "和与及、".indexOf(t.charAt(end)) >= 0) {
            Span next = enterpriseSpanAt(facts, end + 1, true);
            if (next == null || next.end() > limit) {
                break;
            }
            end = next.end();
        }
        return end;
    }

    /** An enterprise's mention starting at {@code at} ({@code starting}) or ending there; null when none does. */
    private static Span enterpriseSpanAt(ArticleFacts facts, int at, boolean starting) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE)) {
                for (Span x : e.mentions()) {
                    if (starting ? x.start() == at : x.end() == at) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Where the first of the projects joined to the one at {@code start} by 和, 及, 与 or 、 starts (建设甲项目和|乙项目: 甲's
     * start, so that the verb before both governs the second too); {@code start} when none is joined; not before {@code from}.
     */
    private static int firstOfJoined(ArticleText t, ArticleFacts facts, int start, int from) {
        int first = start;
        boolean moved = true;
        while (moved && first - 1 > from && "和及与、".indexOf(t.charAt(first - 1)) >= 0) {
            moved = false;
            for (Entity e : facts.entities()) {
                for (Span m : e.mentions()) {
                    if (e.is(EntityType.PROJECT) && m.end() == first - 1 && m.start() >= from && !moved) {
                        first = m.start();
                        moved = true;
                    }
                }
            }
        }
        return first;
    }

    private static java.util.Set<String> candidateForms(String enterpriseName) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(enterpriseName);
        forms.addAll(ShortNames.of(enterpriseName, EntityType.ENTERPRISE));
        // 某省某县|某某|农牧有限公司: the brand after the region may be a town's name too, which the short names leave out
        // (a place alone names no company); a project's name that opens with it still names this one's works
        for (String f : new java.util.ArrayList<>(forms)) {
            String trade = Lexicons.INDUSTRY.suffixAt(f, f.length());
            String brand = trade == null ? "" : f.substring(0, f.length() - trade.length());
            if (brand.length() >= 2 && !enterpriseName.startsWith(brand) && org.localkg.resolve.Divisions.get().isPlace(brand)) {
                forms.add(brand);
            }
        }
        // a parent's Latin brand before the company's own (TCL|中环新能源…): the project may name the own one alone
        for (String f : new java.util.ArrayList<>(forms)) {
            String own = LATIN_BRAND.matcher(f).replaceFirst("");
            if (own.length() >= 2 && own.length() < f.length() && ArticleText.isHan(own.charAt(0))) {
                forms.add(own);
            }
        }
        return forms;
    }

    private static void link(List<Facts.Link> into, Entity project, Entity other, Span evidence) {
        if (into.stream().noneMatch(l -> l.project() == project && l.other() == other)) {
            into.add(new Facts.Link(project, other, evidence));
        }
    }
}
