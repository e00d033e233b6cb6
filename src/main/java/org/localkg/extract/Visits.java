package org.localkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.extract.CoordinationList.Verb;

/**
 * Inspections across the sentences of a visit. An official who is the subject of an inspecting or
 * visiting verb (调研, 考察, 来到, 走进, 深入, 赴…考察, 率领…赴, 参加视察; with the officials listed with
 * them: 甲、乙率…, 甲，副主席乙、丙参加视察) starts a visit; the visit goes on through the following
 * sentences, whoever their grammatical subject (他, an elided one, 一行, 代表团), until another
 * official starts one. Its targets are the parks, projects and companies that its sentences take
 * it to:
 * <ul>
 *   <li>the object of a visiting verb (来到甲公司, 走进乙、丙等地, 到甲园考察乙项目), and the items of
 *       a list such a verb governs (甲、乙等企业实地调研, 参观了甲、乙以及丙);</li>
 *   <li>a clause that opens with 在 (在甲项目现场，…; 图为在乙项目，…).</li>
 * </ul>
 * In an article about an inspection (its frame's event), every project reported after the visit
 * starts is one of its targets, and the company behind a visited project is one too. Officials who
 * inspect together with the lead (一同调研) share its targets; those who accompany (陪同) do not.
 */
final class Visits implements Stage {
    /**
     * 调查研究, 调研 written out: a visit, not the campaign of that name (大兴调查研究, 调查研究工作推进会, 调查研究之风,
     * 调查研究成果).
     */
    static final String WRITTEN_OUT = "(?<!大兴)调查研究(?!工作|之风|成果|报告|课题|制度|活动|的|推进|专题|会议|座谈)";
    /** Verbs of inspecting; 现场办公, 现场调度 and 现场督办 say that the official works at the site, a visit too. */
    private static final String INSPECT = "(?:调研|" + WRITTEN_OUT + "|考察|视察|察看|走访|检查|督查|督察|督导|查看|巡查|观摩|踏查|踏勘|现场办公|现场调度|现场督办)";
    /** 对甲项目|进行(了)(实地)考察: the verb of an inspection whose object 对 puts before it. */
    private static final String CARRIED_OUT = "进行了?(?:实地|专题|全面)?" + INSPECT;
    /**
     * What may stand between an official and the verb: 等区领导, 等某地政协委员考察团 (the party the official
     * heads), 以及部分人大代表 (others who go with them), 为组长的某某督察组 (the party the official heads), 一行, 率队,
     * adverbs, 率领 and the group led.
     */
    private static final Pattern VERB = Pattern.compile(
            "(?:等[^，。,;；、]{0,4}?(?:领导|同志)|等[^，。,;；、]{0,16}?(?:考察|调研|观摩|代表|督导|检查)(?:团|组)|为(?:组长|团长)的[^，。,;；、]{0,24}?(?:团|组)|(?:以及|及|和)[^，。,;；]{1,30}?(?:代表|委员|成员|负责同志|负责人))?(?:一行)?(?:先后|随后|还|又|专程|一同)?(?:专题|实地)?"
                    + "(?:率队|带队|(?:率领|带领|率|携)[^，。,;；]{0,12}?|(?:率领|带领|率)[^。;；]{0,40}?[，,](?=对))?(?:先后|实地)?"
                    + "(?<join>参加|开展)?(?<verb>在[^，。,;；]{2,30}?" + INSPECT + "|" + INSPECT + "|来到|莅临|走进|深入|前往|参观|拜访"
                    + "|对[^。;；]{1,60}?" + CARRIED_OUT
                    + "|(?:赴|到|来)(?=[^，。,;；]{0,24}?" + INSPECT + "|[^。;；]{0,30}?[，,](?:分别|先后|依次)?(?:走访|考察|调研|参观|拜访|视察|察看|督查)"
                    + "|[^，。,;；]{0,40}?[，,](?<then>对[^。;；]{1,60}?" + CARRIED_OUT + "))"
                    + "|(?<at>在[^，。,;；]{2,30}?(?:了解|询问|听取)))");
    /** Words for people closing what stands before the verb (…主要负责同志，深入): units named there are theirs. */
    private static final Pattern PEOPLE_OF_UNITS = Pattern.compile("(?:负责同志|负责人|主要领导|领导干部|干部|同志)[，,\\s]*(?:一行|一起|一同|共同)?[，,\\s]*$");
    /** Leading a group: what follows names whom the official leads, not where they go. */
    private static final Pattern LEADS = Pattern.compile("率领|带领|率");
    /** Verbs that take a visit to their object. */
    private static final Pattern VISIT_VERB = Pattern.compile("(?=[来莅走深拜参考察调视前到进观检督查])(?:来到|莅临|走进|深入|走访|拜访了?|参观了?|考察了?|察看|调研|视察|前往|到|进入|观摩了?|检查了?|督查了?|督导了?|查看了?)");
    /** What an official does at the stops of a visit, closing their list: 实地察看, 听取汇报, 详细了解. */
    private static final Pattern DONE_AT_STOPS = Pattern.compile("\\s*(?:实地|现场|详细|深入|认真)?(?:察看|查看|了解|听取|考察|调研|观看|参观|走访|调度)");
    /** 对甲项目进行(了)(实地)考察: what is inspected, said before the verb. */
    private static final Pattern INSPECTED_OBJECT = Pattern.compile("对([^，。,;；]{2,40}?)" + CARRIED_OUT);
    /** Going along and nothing more: 一同调研。 */
    private static final Pattern JUST_ALONG = Pattern.compile("(?:一同|一起)(?:参加)?" + INSPECT + "(?=[。；;\n]|$)");
    private static final Pattern ALONG = Pattern.compile("(?:一同|一起|共同|同时)(?:参加)?" + INSPECT);
    static final Pattern AT_OPENING = Pattern.compile("^\\s*(?:图为)?在");
    /** A meeting, a talk or a report: where an official learns without being at the place. */
    private static final Pattern MEETING = Pattern.compile("会上|会议|座谈|推进会|汇报会|与[^，。]{0,20}?(?:负责人|代表)");
    /** 甲参加。: takes part, with nothing more said of what in. */
    private static final Pattern TAKES_PART = Pattern.compile("参加[。，,；;]");
    static final String CLAUSE_BREAKS = "，,。；;！？!?\n";

    @Override
    public String name() {
        return "visits";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.OFFICIALS, Layer.COREFERENCE, Layer.LISTS, Layer.FRAME, Layer.PROJECT_FACTS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.INSPECTIONS);
    }

    /**
     * An official (or several listed together) starting a visit at {@code start}, said in {@code evidence};
     * {@code separately} when the text says each went their own way (甲、乙、丙分别深入…).
     */
    private record Start(List<Entity> officials, int start, Span evidence, Span object, boolean separately) {
        Start(List<Entity> officials, int start, Span evidence, Span object) {
            this(officials, start, evidence, object, false);
        }
    }

    @Override
    public void apply(ArticleText t, ArticleFacts facts, LocalDate articleDate) {
        List<Start> starts = starts(t, facts);
        List<Facts.Inspection> found = new ArrayList<>();
        List<Span> peoplesBodies = itemsOfPeopleLists(facts);
        for (int k = 0; k < starts.size(); k++) {
            Start s = starts.get(k);
            int end = t.length();
            for (int j = k + 1; j < starts.size(); j++) {
                // one of a group that set out together going on (甲、乙率…调研。甲一行参观了…) is the same visit;
                // not when they went separately (甲、乙分别深入企业…。甲来到丙公司: 甲's own visit)
                if (s.separately() || !s.officials().containsAll(starts.get(j).officials())) {
                    end = t.sentenceAt(starts.get(j).start()).start();
                    break;
                }
            }
            Set<Entity> targets = new LinkedHashSet<>(targetsIn(facts, s.object()));
            int from = Math.max(s.start(), t.article().bodyStart());
            if (s.start() < t.article().bodyStart()) {
                from = t.article().bodyStart(); // a title's visit goes on in the body
            }
            // the next visit starts in the sentence this one's body would open with (a title's visit, then
            // another official's in the first sentence): this one has its own object only
            end = Math.max(end, from);
            if (s.start() >= t.article().bodyStart() && promotionTrip(t, s.start())) {
                end = Math.min(end, Math.max(from, t.sentenceAt(s.start()).end())); // what the trip signed was not visited
            }
            List<Span> visiting = new ArrayList<>();
            boolean meeting = false;
            for (int at = from; at < end; ) {
                Span sentence = t.sentenceAt(at);
                meeting = meeting && !movesOn(t, sentence, s.evidence());
                if (!meeting) {
                    targets.addAll(sentenceTargets(t, facts, sentence));
                    visiting.add(sentence);
                }
                meeting = meeting || meetingEnds(t, Math.max(sentence.start(), s.start()), sentence.end());
                at = Math.max(at + 1, sentence.end());
            }
            if (facts.frame().event() == ArticleFrame.Event.INSPECTION) {
                for (Span v : visiting) {
                    targets.addAll(facts.within(v, EntityType.PROJECT));
                    targets.addAll(describedSubjects(t, facts, v));
                }
            }
            for (Facts.Link l : facts.enterprises()) {
                if (targets.contains(l.project())) {
                    targets.add(l.other());
                }
            }
            targets.removeIf(e -> e.type().isPerson() || namedInPostsOnly(facts, e) || bodiesOfPeopleOnly(peoplesBodies, e));
            if (targets.isEmpty()) {
                continue;
            }
            for (Entity official : s.officials()) {
                add(t, found, official, new ArrayList<>(targets), s.evidence());
            }
        }
        GroupVisits.apply(t, facts, found, partiesLed(t, starts, found));
        facts.inspections.addAll(found);
        accompanying(t, facts);
    }

    /** A trip to win investment or to sign (赴某地开展考察招商推介活动, 招商考察, 赴某地考察签约): its sentence says what it did. */
    private static final Pattern PROMOTION_TRIP = Pattern.compile("(?:考察|开展)招商|招商(?:推介|考察|洽谈)|考察并?签约(?=[。，,；;！]|活动|$)");

    /**
     * The visit starting at {@code at} is a trip to win investment that signed projects: those the article
     * goes on to name were signed on it, not seen (甲率考察团赴某地开展考察招商推介活动，共签约6个项目。…); a
     * trip that only met companies (赴某地开展招商考察，对接洽谈项目。甲一行来到乙集团…) visited them.
     */
    private static boolean promotionTrip(ArticleText t, int at) {
        Span sentence = t.sentenceAt(at);
        return signingTrip(t.slice(sentence.start(), sentence.end()));
    }

    /** {@code text} tells of a trip to win investment or to sign that signed projects ({@link #promotionTrip}). */
    static boolean signingTrip(String text) {
        return PROMOTION_TRIP.matcher(text).find() && ArticleFrames.SIGN.matcher(text).find();
    }

    /** Who leads a party: 一行 after the name, 率队, 带队, 率领, 为组长 (以甲为组长的某某组). */
    private static final Pattern LEADS_PARTY = Pattern.compile("一行|率队|带队|率领|为(?:组长|团长)");
    /** The verbs of a visit that name the party making it (考察调研: 考察组, 调研组). */
    private static final List<String> PARTY_VERBS = List.of("调研", "考察", "视察", "检查", "督查", "督察", "督导", "观摩");

    /**
     * The visits whose officials set out with a party (甲一行到某市考察调研, 甲率队…) and found no site of
     * their own: the party a verb of their visit names (调研组一行还到…), until the next official's visit,
     * is theirs (a 检查组 after 考察调研 is another party).
     */
    private static List<GroupVisits.Led> partiesLed(ArticleText t, List<Start> starts, List<Facts.Inspection> found) {
        List<GroupVisits.Led> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            Start s = starts.get(k);
            if (s.start() < t.article().bodyStart() || !LEADS_PARTY.matcher(t.slice(s.evidence().start(), s.evidence().end())).find()
                    || found.stream().anyMatch(i -> s.officials().contains(i.official()))) {
                continue;
            }
            Span sentence = t.sentenceAt(s.start());
            String said = t.slice(sentence.start(), sentence.end());
            List<String> verbs = PARTY_VERBS.stream().filter(said::contains).toList();
            if (verbs.isEmpty()) {
                continue;
            }
            int until = k + 1 < starts.size() ? t.sentenceAt(starts.get(k + 1).start()).start() : t.length();
            out.add(new GroupVisits.Led(s.officials(), s.evidence(), Pattern.compile("(?:" + String.join("|", verbs) + ")(?:组|团)"), until));
        }
        return out;
    }

    /** A meeting the visitors hold or attend (随后召开会议, 座谈会上, 与会人员): what is said there was not visited. */
    private static final Pattern MEETING_HELD = Pattern.compile(
            "(?:召开|主持召开|举行|参加)了?[^，。,;；]{0,12}?(?:会议|座谈会|推进会|汇报会|调度会|现场会)|座谈会上|会议上|与会人员|与会者");
    /** Going on to a place again after a meeting (随后又来到…, 会后察看了…). */
    private static final Pattern MOVES_ON = Pattern.compile(
            "来到|前往|走进|深入(?!讨论|交流|研究|探讨|分析|沟通)|察看|实地(?:察看|查看|调研|考察|走访)|走访|参观|莅临|先后到"
                    + "|(?:又|再|还|随后|会后)到[^，。,;；]{1,20}?(?:调研|考察|视察|检查|查看|观摩)");

    /** A party named by its group's word before it goes on (督导组一行|先后到…): 检查组, 调研组, 考察团. */
    private static final Pattern PARTY_GROUP = Pattern.compile("(\\p{IsHan}{1,4}[组团])(?:一行)?$");

    /**
     * The visit goes on to places in {@code sentence} after a meeting: a verb of going on, said by the visit's own party
     * (调研组一行先后到…, when the visit's start named that 调研组; not another party's, 督导组一行先后到…).
     */
    private static boolean movesOn(ArticleText t, Span sentence, Span startEvidence) {
        Matcher m = MOVES_ON.matcher(t.view()).region(sentence.start(), sentence.end());
        if (!m.find()) {
            return false;
        }
        if (!m.group().equals("先后到")) {
            return true;
        }
        Matcher party = PARTY_GROUP.matcher(t.view()).region(sentence.start(), m.start());
        if (!party.find()) {
            return true;
        }
        String group = party.group(1);
        String word = group.length() > 3 ? group.substring(group.length() - 3) : group;
        return t.slice(startEvidence.start(), startEvidence.end()).contains(word);
    }

    /** A meeting is held in {@code [from, to)} and no going on to a place follows it there. */
    private static boolean meetingEnds(ArticleText t, int from, int to) {
        Matcher m = MEETING_HELD.matcher(t.view()).region(from, to);
        return m.find() && !MOVES_ON.matcher(t.view()).region(m.end(), to).find();
    }

    /**
     * A park the article names only in officials' titles (某开发区党工委书记甲带队): where the visitors come from,
     * not where they go.
     */
    /**
     * 甲集团、乙公司等18家企业负责人参加: the companies of a list whose head is people say where those people come
     * from; people who took part, not places visited. True when every mention of {@code e} is such an item.
     */
    private static boolean bodiesOfPeopleOnly(List<Span> items, Entity e) {
        return !e.mentions().isEmpty() && !items.isEmpty() && e.mentions().stream().allMatch(m -> items.stream().anyMatch(i -> i.contains(m)));
    }

    /** The items of the article's lists whose head is people (等18家企业负责人): the bodies those people come from. */
    private static List<Span> itemsOfPeopleLists(ArticleFacts facts) {
        return facts.lists().stream().filter(l -> l.kind() == CoordinationList.Kind.PERSON && l.head() != null)
                .flatMap(l -> l.items().stream()).toList();
    }

    private static boolean namedInPostsOnly(ArticleFacts facts, Entity e) {
        return e.is(EntityType.PARK) && !e.is(EntityType.PROJECT) && facts.namedInPostsOnly(e);
    }

    static void add(ArticleText t, List<Facts.Inspection> found, Entity official, List<Entity> targets, Span evidence) {
        for (int i = 0; i < found.size(); i++) {
            Facts.Inspection x = found.get(i);
            if (x.official() == official) {
                Set<Entity> merged = new LinkedHashSet<>(x.targets());
                merged.addAll(targets);
                // the body's sentence says when (昨天上午，…调研), the headline does not
                Span better = t.inTitle(x.evidence().start()) && !t.inTitle(evidence.start()) ? evidence : x.evidence();
                found.set(i, new Facts.Inspection(official, new ArrayList<>(merged), better));
                return;
            }
        }
        found.add(new Facts.Inspection(official, targets, evidence));
    }

    /** Every place where officials become the subject of a visiting or inspecting verb, in text order. */
    static List<Start> starts(ArticleText t, ArticleFacts facts) {
        List<Start> out = new ArrayList<>();
        List<int[]> mentions = new ArrayList<>();
        for (int i = 0; i < facts.entities().size(); i++) {
            Entity e = facts.entities().get(i);
            if (e.is(EntityType.OFFICIAL)) {
                for (Span m : e.mentions()) {
                    mentions.add(new int[] {m.start(), m.end(), i});
                }
            }
        }
        pronouns(t, mentions);
        mentions.sort((a, b) -> Integer.compare(a[0], b[0]));
        int coveredUntil = -1;
        for (int[] m : mentions) {
            if (m[0] < coveredUntil) {
                continue; // listed with an official already read as the subject
            }
            List<Entity> officials = new ArrayList<>();
            officials.add(facts.entities().get(m[2]));
            int after = listed(t, facts, m[1], officials);
            if (TAKES_PART.matcher(t.view()).region(after, Math.min(t.length(), after + 3)).lookingAt()
                    && facts.frame().event() == ArticleFrame.Event.INSPECTION) {
                // 某常委会对…进行调研。副主任甲参加。: in an article about an inspection, the official who takes
                // part is its inspector, unless another already leads it
                if (out.isEmpty()) {
                    out.add(new Start(officials, m[0], new Span(m[0], after + 2), new Span(after, after)));
                    coveredUntil = after;
                }
                continue;
            }
            int verbAt = after;
            while (verbAt < t.length() && Character.isWhitespace(t.charAt(verbAt)) && verbAt - after < 4) {
                verbAt++; // the verb on the next line of a page that sets each phrase on a line of its own
            }
            Matcher escorted = ESCORTED.matcher(t.view()).region(verbAt, Math.min(t.length(), verbAt + 140));
            if (escorted.lookingAt()) {
                verbAt = escorted.end(); // 甲一行，在乙、丙陪同下，深入某区调研: 甲's verb, past those who accompany
            }
            Matcher v = VERB.matcher(t.view());
            v.region(verbAt, Math.min(t.length(), verbAt + 120));
            boolean joins = false;
            int goesLater = -1;
            if (!v.lookingAt()) {
                int later = laterClauseVerb(t, m[0], after);
                goesLater = later >= 0 && t.view().startsWith("赴", later) ? later : -1;
                if (later < 0) {
                    later = verbFurtherOn(t, facts, after);
                }
                if (later < 0) {
                    continue;
                }
                v.region(later, Math.min(t.length(), later + 120));
                if (!v.lookingAt()) {
                    continue;
                }
                joins = t.slice(after, later).contains("参加");
            }
            // 参加调研 after another's visit began, or 一同调研 with nothing more said: they join it
            // (accompanying() gives them its targets), they lead none that takes the rest of the article from
            // the first (甲与乙一同调研某区, with a place of its own, is a visit of theirs)
            boolean along = JUST_ALONG.matcher(t.view()).region(verbAt, Math.min(t.length(), verbAt + 12)).lookingAt();
            if ((joins || along || v.group("join") != null) && !out.isEmpty()) {
                continue;
            }
            // 赴甲区、乙开发区，对…进行调研: the clause of the inspecting verb is said too
            int clauseEnd = v.group("then") != null ? v.end("then") : v.end();
            while (clauseEnd < t.length() && CLAUSE_BREAKS.indexOf(t.charAt(clauseEnd)) < 0) {
                clauseEnd++;
            }
            if (v.group("at") != null && (targetsIn(facts, new Span(after, v.end())).isEmpty()
                    || MEETING.matcher(t.view()).region(after, v.end()).find())) {
                continue; // 在会上听取…, 在与某公司座谈时了解…: learning in a meeting, not at a company, park or project
            }
            // the object: all the clause says after the names and any group they lead (在甲园、乙区调研; 来到甲公司;
            // 率领甲区、乙新区负责人赴丙县: not the led)
            // 和甲县、乙经开区有关部门负责同志，深入…: places named before people they qualify are who came along, not where
            int object = v.start("verb") > after && (LEADS.matcher(t.view()).region(after, v.start("verb")).find()
                    || PEOPLE_OF_UNITS.matcher(t.slice(after, v.start("verb"))).find()) ? v.start("verb") : after;
            if (goesLater >= 0) {
                object = goesLater; // 甲会见乙集团董事长，赴丙园区考察: where they go, not whom they met before
            }
            boolean separately = officials.size() > 1 && t.slice(after, v.start("verb")).contains("分别");
            out.add(new Start(officials, m[0], new Span(m[0], clauseEnd), new Span(object, clauseEnd), separately));
            coveredUntil = verbAt; // (past any 在…陪同下: those named there are no visitors of their own)
        }
        return out;
    }

    /**
     * 他 or 她 opening a clause: the official named last before it (她来到甲公司); 大家 opening one: the
     * official who last led a group (带领, 率领) before it.
     */
    private static void pronouns(ArticleText t, List<int[]> mentions) {
        List<int[]> found = new ArrayList<>();
        for (int i = t.article().bodyStart(); i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c != '他' && c != '她') || i > 0 && CLAUSE_BREAKS.indexOf(t.charAt(i - 1)) < 0) {
                continue;
            }
            int[] last = null;
            for (int[] m : mentions) {
                if (m[1] <= i && (last == null || m[0] > last[0])) {
                    last = m;
                }
            }
            if (last != null && i + 1 < t.length() && t.charAt(i + 1) != '们') {
                found.add(new int[] {i, i + 1, last[2]});
            }
        }
        // 大家 opening a clause: the group an official led (甲带领…。…大家来到乙), theirs is the visit
        for (int at : t.indexesOf("大家")) {
            if (at < t.article().bodyStart() || at > 0 && CLAUSE_BREAKS.indexOf(t.charAt(at - 1)) < 0 && !ArticleText.isBreak(t.charAt(at - 1))) {
                continue;
            }
            int[] leader = null;
            for (int[] m : mentions) {
                if (m[1] <= at && (leader == null || m[0] > leader[0])
                        && LEADS.matcher(t.view()).region(m[1], Math.min(t.length(), m[1] + 3)).lookingAt()) {
                    leader = m;
                }
            }
            if (leader != null) {
                found.add(new int[] {at, at + 2, leader[2]});
            }
        }
        mentions.addAll(found);
    }

    /** A clause of the same sentence that goes on with the subject's visit: 甲一到城东，就驱车来到…. */
    private static final Pattern LATER_VISIT = Pattern.compile("^(?:就|便|随即|随后|又|再|还)?(?:乘车|驱车|步行|专程)?(?=来到|前往|深入|走进|赴)");

    /**
     * Where the visit verb of a later clause stands when the official opens the sentence and the
     * clauses up to it name no other person; -1 when there is none.
     */
    private static int laterClauseVerb(ArticleText t, int mention, int after) {
        Span sentence = t.sentenceAt(mention);
        // the official's own clause: what earlier clauses of the sentence say (3月12日，; 在这样的背景下，) is not before them
        String before = t.slice(sentence.start(), mention).replaceFirst("^.*[，,]", "");
        if (!before.isBlank() && (before.length() > 20 || Lexicons.GOV_TITLES.suffixAt(t.view(), mention) == null
                || before.chars().anyMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0))) {
            return -1; // only the official's titles may stand before them (市长甲一到…)
        }
        for (int i = after; i < sentence.end() && i < after + 40; i++) {
            if (t.charAt(i) == '，' || t.charAt(i) == ',') {
                Matcher later = LATER_VISIT.matcher(t.view()).region(i + 1, sentence.end());
                if (later.lookingAt()) {
                    if (t.view().startsWith("赴", later.end()) && !ownGoing(t, after, i, later.end())) {
                        return -1;
                    }
                    return later.end();
                }
            }
        }
        return -1;
    }

    /** 一行，在某某、某某陪同下，: those who accompany, named between the visitors and their verb. */
    private static final Pattern ESCORTED = Pattern.compile("(?:一行)?[，,]?\\s*在[^。;；]{2,120}?陪同下[，,]?\\s*");

    /**
     * Whether the 赴 at {@code go} is the official's own going: their clause before it ({@code [after, comma)})
     * neither speaks nor accompanies (强调，赴…的客商; 陪同…，赴…), and the 赴 clause names no one else's going
     * (赴某园区考察的客商: a 的 before the clause ends).
     */
    /** Speaking or going along: an official's clause with these says the 赴 after it is someone else's. */
    private static final Pattern SPEAKS_OR_ESCORTS = Pattern.compile("陪|随同|随行|跟随|强调|指出|表示|要求|认为|希望|说|宣布");

    private static boolean ownGoing(ArticleText t, int after, int comma, int go) {
        if (SPEAKS_OR_ESCORTS.matcher(t.slice(after, comma)).find()) {
            return false;
        }
        int end = go;
        while (end < t.length() && CLAUSE_BREAKS.indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return t.slice(go, end).indexOf('的') < 0;
    }

    /** Words between an official and a visiting verb that make the official no visitor: they accompany, or speak of it. */
    private static final Pattern NOT_THE_VISITOR = Pattern.compile("陪|伴随|随同|随行|跟随|指出|强调|表示|要求|认为|希望|说|会见|宣布|介绍|汇报|欢迎");
    /** 时 or 期间 after the visiting verb: what follows is said during the visit. */
    private static final Pattern WHILE_THERE = Pattern.compile("时|期间|中");
    /** A preposition that makes what follows the official's object, and its verb another's: 对|向某团到此考察. */
    private static final Pattern FOR_ANOTHER = Pattern.compile("[对向为]");

    /**
     * Where a visiting verb stands further on in the official's sentence when what comes between is
     * the official's company and errand, not another subject or a verb of speaking: 甲一行，来我县就某事开展调研;
     * 甲带领某某调研组成员和某部门干部前往某地考察. -1 when there is none.
     */
    private static int verbFurtherOn(ArticleText t, ArticleFacts facts, int after) {
        Span sentence = t.sentenceAt(after);
        int limit = Math.min(sentence.end(), after + 60);
        for (int i = after + 1; i < limit; i++) {
            char c = t.charAt(i - 1);
            if (c == '\n' || "；;！？!?".indexOf(c) >= 0 || personStartsAt(facts, i - 1)) {
                return -1;
            }
            if (!t.isTokenBoundary(i)) {
                continue;
            }
            Matcher v = VERB.matcher(t.view()).region(i, Math.min(t.length(), i + 120));
            if (v.lookingAt() && v.end() > i && !namesAGroup(t, v.end())) {
                int clauseEnd = v.end();
                while (clauseEnd < sentence.end() && CLAUSE_BREAKS.indexOf(t.charAt(clauseEnd)) < 0) {
                    clauseEnd++;
                }
                // 甲对某代表团到本地考察表示欢迎: the visit is another's, the official's verb comes after it
                // 甲在某地调研时指出: what the visitor said there, not a sign of another's visit
                int said = WHILE_THERE.matcher(t.view()).region(v.end(), clauseEnd).lookingAt() ? v.end() : clauseEnd;
                // 甲总书记视察某省时的讲话: a title after the name makes the clause a reference to them, not the article's visit
                boolean others = NOT_THE_VISITOR.matcher(t.view()).region(after, said).find()
                        || FOR_ANOTHER.matcher(t.view()).region(after, i).find() || NameChecks.titleWithin(t, after, i);
                return others ? -1 : i;
            }
        }
        return -1;
    }

    /** 督查调研组, 考察团: inspecting verbs before one of these name the group, they are not the clause's verb. */
    private static final Pattern GROUP_NOUN = Pattern.compile(INSPECT + "*[组团队]");

    private static boolean namesAGroup(ArticleText t, int verbEnd) {
        return GROUP_NOUN.matcher(t.view()).region(verbEnd, t.length()).lookingAt();
    }

    private static boolean personStartsAt(ArticleFacts facts, int at) {
        for (Entity e : facts.entities()) {
            if (e.type().isPerson() && e.mentions().stream().anyMatch(m -> m.start() == at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * After an official's name, the other officials listed as subjects with them (甲、乙…, 甲、县长乙…,
     * 甲，副主席乙、丙…): adds them and returns where the verb would stand.
     */
    static int listed(ArticleText t, ArticleFacts facts, int end, List<Entity> officials) {
        int at = end;
        while (at < t.length() && ("、和及与同，,".indexOf(t.charAt(at)) >= 0 || Character.isWhitespace(t.charAt(at)))) {
            int next = at + 1;
            while (next < t.length() && Character.isWhitespace(t.charAt(next))) {
                next++; // 甲 乙调研…; a page that sets each official on a line of their own
            }
            // titles between: 、县委副书记、县长乙; ，副主席乙
            for (String title; next < t.length() && (title = longestTitle(t, facts, next)) != null; ) {
                next += title.length();
                if (next < t.length() && t.charAt(next) == '、') {
                    next++;
                }
            }
            Span person = officialAt(facts, next);
            boolean joined = "、和及与同".indexOf(t.charAt(at)) >= 0;
            if (person == null && joined && (person = untitledAt(facts, next)) != null) {
                at = person.end(); // 甲、乙一行来到…, 乙 given no title here: one of the party, no inspector the text names
                continue;
            }
            int party = person == null && joined ? nameBeforeParty(t, next) : -1;
            if (party > 0) {
                at = party; // 甲、乙丙丁一行: a name the segmenter broke, before the party: one of it, as above
                continue;
            }
            if (person == null) {
                break;
            }
            Entity official = personAt(facts, next);
            if (!officials.contains(official)) {
                officials.add(official);
            }
            at = person.end();
        }
        return at;
    }

    private static String longestTitle(ArticleText t, ArticleFacts facts, int i) {
        int clause = i;
        int end = i;
        while (end < t.length() && end - clause < 24 && !ArticleText.isBreak(t.charAt(end))) {
            end++;
            String title = Lexicons.GOV_TITLES.suffixAt(t.view(), end);
            // a name the segmenter joined with the next word (甲乙|丙率) is still an official's when found as one
            if (title != null && end < t.length() && (t.charAt(end) == '、' || isNameStart(t, end) || officialAt(facts, end) != null)) {
                return t.slice(i, end);
            }
        }
        return null;
    }

    private static boolean isNameStart(ArticleText t, int i) {
        return PersonNames.lengthAt(t, i, true) > 0;
    }

    static Entity personAt(ArticleFacts facts, int start) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.OFFICIAL) && e.mentions().stream().anyMatch(m -> m.start() == start)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Where a name of two or three characters opening with a surname at {@code start} ends right before
     * 一行 (乙丙丁|一行), or -1.
     */
    private static int nameBeforeParty(ArticleText t, int start) {
        if (Lexicons.SURNAMES.prefixAt(t.view(), start) == null) {
            return -1;
        }
        for (int len = 2; len <= 3 && start + len < t.length(); len++) {
            if (!ArticleText.isHan(t.charAt(start + len - 1))) {
                return -1;
            }
            if (t.view().startsWith("一行", start + len)) {
                return start + len;
            }
        }
        return -1;
    }

    /** The mention of a person with no post, neither official nor reporter, that starts at {@code start}, or null. */
    private static Span untitledAt(ArticleFacts facts, int start) {
        return mentionAt(facts, start, e -> e.is(EntityType.PERSON) && !e.is(EntityType.OFFICIAL) && !e.is(EntityType.REPORTER));
    }

    /** The mention, starting at {@code start}, of an entity {@code kind} accepts, or null. */
    private static Span mentionAt(ArticleFacts facts, int start, java.util.function.Predicate<Entity> kind) {
        for (Entity e : facts.entities()) {
            if (kind.test(e)) {
                for (Span m : e.mentions()) {
                    if (m.start() == start) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** The mention of an official that starts at {@code start}, or null. */
    private static Span officialAt(ArticleFacts facts, int start) {
        return mentionAt(facts, start, e -> e.is(EntityType.OFFICIAL));
    }

    /**
     * Parks, projects and companies named within {@code s}. A park named only inside a project's name
     * there (某开发区某管网改造工程) is where the project is, not a place visited: the visit is to the project;
     * likewise a zone named only inside a park's name (某经开区某生态园): the visit is to the park.
     */
    static List<Entity> targetsIn(ArticleFacts facts, Span s) {
        List<Entity> out = new ArrayList<>();
        for (EntityType type : List.of(EntityType.PARK, EntityType.PROJECT, EntityType.ENTERPRISE)) {
            for (Entity e : facts.within(s, type)) {
                if (type == EntityType.PARK && onlyInsideOthers(facts, e, s)) {
                    continue;
                }
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static boolean onlyInsideOthers(ArticleFacts facts, Entity park, Span s) {
        return park.mentions().stream().filter(s::contains).allMatch(m -> facts.insideLonger(m, EntityType.PROJECT, EntityType.PARK));
    }

    /** What one sentence of a visit takes it to: verbs' objects, visiting lists, a clause opening with 在. */
    static List<Entity> sentenceTargets(ArticleText t, ArticleFacts facts, Span sentence) {
        List<Entity> out = new ArrayList<>();
        String v = t.view();
        int clauseStart = sentence.start();
        for (int i = sentence.start(); i <= sentence.end(); i++) {
            boolean end = i == sentence.end() || CLAUSE_BREAKS.indexOf(v.charAt(i)) >= 0;
            if (!end) {
                continue;
            }
            Span clause = new Span(clauseStart, i);
            Matcher at = AT_OPENING.matcher(v).region(clause.start(), clause.end());
            if (at.lookingAt() && i < v.length() && ",，".indexOf(v.charAt(i)) >= 0) {
                List<Entity> there = targetsIn(facts, clause);
                out.addAll(there); // 在甲项目现场，…
                Matcher counted = COUNTED_COMPANIES.matcher(v).region(clause.start(), clause.end());
                if (there.isEmpty() && counted.find() && !ESCORTED_BY.matcher(t.slice(clause.start(), clause.end())).find()
                        && officialGoing(t, facts, i + 1, clauseFrom(t, i + 1, sentence.end()).end())) {
                    List<Entity> named = companiesJustBefore(t, facts, clause.start());
                    String c = counted.group(1);
                    Integer n = Character.isDigit(c.charAt(0)) ? Integer.valueOf(c) : "这该".contains(c) ? Integer.valueOf(1) : ChineseNumbers.parse(c);
                    if (n == null || n == named.size()) {
                        out.addAll(named); // 甲公司和乙公司是….在两家企业生产车间，某某察看… (as many as the count says)
                    }
                }
                int listed = atListEnd(t, facts, i, sentence.end());
                if (listed > i) {
                    out.addAll(targetsIn(facts, new Span(i, listed))); // 在甲县某公司，乙县某公司、某园，某某与…交谈
                }
            }
            Matcher inspected = INSPECTED_OBJECT.matcher(v).region(clause.start(), clause.end());
            while (inspected.find()) {
                out.addAll(targetsIn(facts, new Span(inspected.start(1), inspected.end(1)))); // 对甲项目进行考察
            }
            Matcher verb = VISIT_VERB.matcher(v).region(clause.start(), clause.end());
            while (verb.find()) {
                if (t.isTokenBoundary(verb.start())) {
                    int objectEnd = namedClausesAfter(t, facts, objectEnd(t, verb.end(), clause.end(), sentence.end()), sentence.end());
                    out.addAll(targetsIn(facts, new Span(verb.end(), objectEnd)));
                    if (t.slice(verb.end(), clause.end()).isBlank() && i < v.length() && v.charAt(i) == '\n') {
                        out.addAll(targetsIn(facts, nextLine(t, i))); // 一行先后到\n\n甲产业园\n: a page of one phrase a line
                    }
                    if (GENERIC_SITE.matcher(v).region(verb.end(), clause.end()).lookingAt()) {
                        namedJustBefore(t, facts, verb.start()).ifPresent(out::add); // 甲公司厂区内…。某某走进车间
                    } else if (COMPANIES_POINTED_AT.matcher(v).region(verb.end(), clause.end()).lookingAt()
                            && officialGoing(t, facts, clause.start(), verb.start())) {
                        out.addAll(companiesJustBefore(t, facts, verb.start())); // 甲公司、乙公司已复产。某某走进企业生产车间
                    }
                    break;
                }
            }
            clauseStart = i + 1;
        }
        for (CoordinationList l : facts.lists()) {
            if (l.verb() == Verb.VISIT && sentence.contains(l.extent())) {
                out.addAll(targetsIn(facts, l.extent()));
            }
        }
        return out;
    }

    /**
     * 在甲县某公司、某公司，乙县某公司，丙县某园，某某与企业负责人深入交谈: the clauses after a 在 clause that are
     * names, or places and names, go on with its stops when the clause that closes them opens with an official
     * (who acted there) or says what was done there; returns where the last of them ends, or {@code end}.
     */
    private static int atListEnd(ArticleText t, ArticleFacts facts, int end, int sentenceEnd) {
        int at = end;
        int named = end;
        while (at < sentenceEnd && (t.charAt(at) == '，' || t.charAt(at) == ',')) {
            int next = at + 1;
            Span clause = clauseFrom(t, next, sentenceEnd);
            int clauseEnd = clause.end();
            boolean official = facts.entities().stream().anyMatch(e -> e.is(EntityType.OFFICIAL)
                    && e.mentions().stream().anyMatch(m -> m.start() == next));
            if (official || DONE_AT_STOPS.matcher(t.view()).region(next, sentenceEnd).lookingAt()) {
                return named;
            }
            if (clause.length() == 0 || !wholeName(facts, clause) && !placesAndNames(t, facts, clause) && !nounsOnly(t, clause)) {
                return end;
            }
            named = clauseEnd; // (某县某某假日酒店: a stop the recognisers did not name is still one)
            at = clauseEnd;
        }
        return end;
    }

    /** A short clause of no verb, adverb, preposition or pronoun (某县某镇某某酒店): a place or a site, named or not. */
    private static boolean nounsOnly(ArticleText t, Span clause) {
        for (int i = clause.start(); i < clause.end(); ) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            if (tk.tag().startsWith("v") || tk.tag().startsWith("d") || tk.tag().startsWith("p") || tk.tag().startsWith("r")) {
                return false; // (某公司正在建设新厂区: a clause of its own, no stop)
            }
            i = Math.max(i + 1, tk.end());
        }
        return clause.length() <= 40;
    }

    /** The clause opening at {@code from}: up to the next clause break, within the sentence. */
    private static Span clauseFrom(ArticleText t, int from, int sentenceEnd) {
        int end = from;
        while (end < sentenceEnd && CLAUSE_BREAKS.indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return new Span(from, end);
    }

    /**
     * 调研了甲项目，乙项目，丙有限公司。: clauses after the object that are each one name and nothing
     * else go on with the object's list, cut by commas; so do clauses that are places and names only
     * ({@link #placesAndNames}: 先后到甲县某园区某公司，乙开发区某园、丙公司，丁区某街，实地察看…), when a clause of
     * what was done at them closes the list. Returns where the last of them ends.
     */
    private static int namedClausesAfter(ArticleText t, ArticleFacts facts, int end, int sentenceEnd) {
        int at = end;
        int named = end; // where the clauses that are one name each end
        boolean stops = false;
        boolean closed = false;
        while (at < sentenceEnd && (t.charAt(at) == '，' || t.charAt(at) == ',')) {
            int next = at + 1;
            Span clause = clauseFrom(t, next, sentenceEnd);
            int clauseEnd = clause.end();
            boolean whole = clause.length() > 0 && wholeName(facts, clause);
            if (clause.length() == 0 || !whole && !placesAndNames(t, facts, clause)) {
                // stops of places and names count only when what was done at them closes their list
                // (…，丙区某街，实地察看、听取汇报): otherwise they may be what the sentence says next
                closed = DONE_AT_STOPS.matcher(t.view()).region(next, sentenceEnd).lookingAt();
                break;
            }
            if (whole && !stops) {
                named = clauseEnd;
            }
            stops = stops || !whole;
            at = clauseEnd;
        }
        return stops && closed ? at : named;
    }

    /**
     * A clause that opens with a place or a park's, project's or company's name and is a noun phrase
     * (甲县某园区某公司; 乙开发区某园、丙公司; 丁区某古镇某街): another stop of the list of places the
     * visit's verb took before it. Outside the names it holds no verb, adverb, preposition, pronoun,
     * number or time, unless it ends in a name's suffix (a company the recognisers missed, whose words
     * the segmenter read as a verb or a number). A clause that opens with a verb or an adverb (实地察看…) ends the list.
     */
    private static boolean placesAndNames(ArticleText t, ArticleFacts facts, Span clause) {
        int start = clause.start();
        while (start < clause.end() && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        boolean named = nameAt(facts, start) != null || org.localkg.resolve.Divisions.get().placeAt(t.view(), start) != null;
        if (!named || start >= clause.end() || !facts.within(clause, EntityType.OFFICIAL).isEmpty()
                || !facts.within(clause, EntityType.PERSON).isEmpty()) {
            return false; // 甲公司董事长乙，…陪同: a company's people who came along, not a place visited
        }
        String v = t.view();
        boolean endsInSuffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(v, clause.end()) != null
                || Lexicons.PARK_SUFFIXES.suffixAt(v, clause.end()) != null;
        for (int i = start; i < clause.end(); ) {
            Span name = nameAt(facts, i);
            if (name != null) {
                i = name.end();
                continue;
            }
            String place = org.localkg.resolve.Divisions.get().placeAt(v, i);
            if (place != null) {
                i += place.length(); // 某|西县: a place's characters, whatever the segmenter made of them
                continue;
            }
            var tk = t.tokenAt(i);
            if (tk == null) {
                return false;
            }
            if (tk.tag().equals("nnt")) {
                return false; // a title: the clause is about someone, not somewhere
            }
            boolean joining = "、和及与".indexOf(t.charAt(i)) >= 0 && tk.text().length() == 1;
            boolean inMissedName = endsInSuffix && !tk.tag().isEmpty() && "vma".indexOf(tk.tag().charAt(0)) >= 0;
            if (!joining && tk.isFunctionWord() && !inMissedName) {
                return false;
            }
            i = Math.max(i + 1, tk.end());
        }
        return true;
    }

    /** The mention of a park, project or company that starts at {@code i}, the longest, or null. */
    private static Span nameAt(ArticleFacts facts, int i) {
        Span best = null;
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PARK) || e.is(EntityType.PROJECT) || e.is(EntityType.ENTERPRISE)) {
                for (Span m : e.mentions()) {
                    if (m.start() == i && (best == null || m.end() > best.end())) {
                        best = m;
                    }
                }
            }
        }
        return best;
    }

    /** A park, project or company mention that is exactly {@code s}. */
    private static boolean wholeName(ArticleFacts facts, Span s) {
        for (Entity e : facts.entities()) {
            if ((e.is(EntityType.PARK) || e.is(EntityType.PROJECT) || e.is(EntityType.ENTERPRISE)) && e.mentions().contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** A place named by its kind only: the company or project the text has just named is its owner. */
    private static final Pattern GENERIC_SITE = Pattern.compile("(?:生产|施工|建设)?(?:车间|厂区|生产线|展厅|工地|厂房)");

    /**
     * The company or project named last before {@code at}, in its sentence or the one before and in the
     * same paragraph: the 车间 someone walks into is its.
     */
    private static java.util.Optional<Entity> namedJustBefore(ArticleText t, ArticleFacts facts, int at) {
        Span sentence = t.sentenceAt(at);
        int from = sentence.start() > 0 ? t.sentenceAt(sentence.start() - 1).start() : sentence.start();
        int paragraph = t.view().lastIndexOf('\n', at - 1) + 1;
        from = Math.max(from, paragraph);
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE) && !e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() >= from && m.end() <= at && m.end() > bestEnd) {
                    best = e;
                    bestEnd = m.end();
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Companies counted (两家企业, 这家公司, 3家企业): the ones the text has just named. */
    private static final Pattern COUNTED_COMPANIES = Pattern.compile("(这|该|两|三|四|五|几|\\d)家(?:企业|公司)");
    /** People who go with the visitor or the companies' people: 在两家企业负责人的陪同下 is no site. */
    private static final Pattern ESCORTED_BY = Pattern.compile("陪同|负责人|带领|陪伴");

    /** The bare word 企业 after a visiting verb, then no more than a site of it: the companies the text has just named. */
    private static final Pattern COMPANIES_POINTED_AT = Pattern.compile("企业(?:" + GENERIC_SITE.pattern() + ")?(?![\\p{IsHan}])");
    /**
     * The official named right before the verb of {@code [clauseStart, verb)} is the one who goes (某某走进企业), not a
     * speaker telling others to go (某某强调，要深入企业): then the 企业 are the ones just named.
     */
    private static boolean officialGoing(ArticleText t, ArticleFacts facts, int clauseStart, int verb) {
        int sentence = t.sentenceAt(verb).start();
        if (TELLS_OTHERS.matcher(t.slice(sentence, verb)).find()) {
            return false;
        }
        if (PRONOUN_GOING.matcher(t.slice(clauseStart, verb)).find()) {
            return true; // 随后，他走进企业
        }
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.OFFICIAL) && e.mentions().stream().anyMatch(m -> m.start() >= sentence && m.end() <= verb)) {
                return true; // 某某在某某陪同下走进企业, 某某书记走进企业, 某某、某某一同走进企业
            }
        }
        return false;
    }

    /** Words of telling others what to do, before the verb: 强调，要深入企业; 要求各部门到企业. */
    private static final Pattern TELLS_OTHERS = Pattern.compile("强调|指出|要求|表示|希望|提出|认为|号召|[要应需须]$|要(?:经常|主动|多|常)");
    /** A pronoun standing for the official, as the clause's subject. */
    private static final Pattern PRONOUN_GOING = Pattern.compile("(?:^|[，,\\s])[他她](?:们)?(?:一行|随后|先后|还|又|再|也|接着)?\\s*$");

    /**
     * The companies that open a clause of the sentence before {@code at}, in the same paragraph: 甲公司、乙公司目前已恢复
     * 生产。某某走进企业…: the 企业 walked into are those.
     */
    private static List<Entity> companiesJustBefore(ArticleText t, ArticleFacts facts, int at) {
        Span sentence = t.sentenceAt(at);
        int paragraph = t.view().lastIndexOf('\n', at - 1) + 1;
        List<Entity> out = new ArrayList<>();
        if (sentence.start() > paragraph) {
            Span before = t.sentenceAt(sentence.start() - 1);
            // the subjects of the sentence before: the companies a clause of it opens with, one after another (今年以来，
            // 甲公司、乙公司和丙公司…), not a partner named further on (甲公司与乙公司签约, 公司已与乙公司合作)
            for (int clause = before.start(); clause < before.end(); ) {
                int next = clause;
                while (next < before.end() && Character.isWhitespace(t.charAt(next))) {
                    next++;
                }
                if (t.view().startsWith("其中", next)) {
                    next += 2;
                }
                for (Entity e = companyAt(facts, next); e != null; e = companyAt(facts, next)) {
                    if (!out.contains(e)) {
                        out.add(e);
                    }
                    int end = next;
                    for (Span m : e.mentions()) {
                        if (m.start() == next) {
                            end = Math.max(end, m.end());
                        }
                    }
                    next = end < t.length() && "、和及".indexOf(t.charAt(end)) >= 0 ? end + 1 : -1;
                }
                int comma = clause;
                while (comma < before.end() && ",，；;".indexOf(t.charAt(comma)) < 0) {
                    comma++;
                }
                clause = comma + 1;
            }
        }
        return out;
    }

    /** The company (no project) whose mention starts at {@code at}, or null. */
    private static Entity companyAt(ArticleFacts facts, int at) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE) && !e.is(EntityType.PROJECT) && e.mentions().stream().anyMatch(m -> m.start() == at)) {
                return e;
            }
        }
        return null;
    }

    /** What a sentence says of its subject when it introduces a place visited: 是, 位于, 作为, 总投资…. */
    private static final Pattern DESCRIBED = Pattern.compile("[,，]?(?:是(?!否)|系(?!统)|位于|地处|成立于|始建于|作为|占地|总投资|主要(?:从事|生产|经营)"
            + "|聚焦|拥有|现有|已?入驻|集聚了|规划面积|重点发展|主要发展)");

    /**
     * In an inspection article, a company or park that opens a sentence of the visit and is described
     * there (某某产业园，是…的重点项目; 某某有限公司是中外合资企业): the report introduces the places it
     * takes the inspector to so, before it says what he did there (在考察两家企业时…).
     */
    private static List<Entity> describedSubjects(ArticleText t, ArticleFacts facts, Span visit) {
        List<Entity> out = new ArrayList<>();
        for (EntityType type : List.of(EntityType.PARK, EntityType.ENTERPRISE)) {
            for (Entity e : facts.within(visit, type)) {
                for (Span m : e.mentions()) {
                    int opening = t.sentenceAt(m.start()).start();
                    while (opening < m.start() && Character.isWhitespace(t.charAt(opening))) {
                        opening++;
                    }
                    if (opening == m.start() && visit.contains(m) && DESCRIBED.matcher(t.view()).region(m.end(), t.length()).lookingAt()) {
                        out.add(e);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** What closes a list of places visited: 等建设现场, 等企业, 等地. */
    private static final Pattern VISITED_LIST_END = Pattern.compile("等[^，。,;；、]{0,4}?(?:现场|企业|项目|单位|地|处)");

    /**
     * Where a visiting verb's object ends: its clause, or, when a list closed by 等…现场 follows in the
     * sentence, that close (来到甲区某项目、乙项目，丙区某项目等建设现场: the list's groups are cut by commas).
     */
    /** The next line with something on it after {@code at}. */
    private static Span nextLine(ArticleText t, int at) {
        int start = at;
        while (start < t.length() && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        int end = t.view().indexOf('\n', start);
        return new Span(start, end < 0 ? t.length() : end);
    }

    private static int objectEnd(ArticleText t, int from, int clauseEnd, int sentenceEnd) {
        Matcher close = VISITED_LIST_END.matcher(t.view()).region(from, sentenceEnd);
        return close.find() && close.start() > clauseEnd ? close.start() : clauseEnd;
    }

    /** Officials in a sentence that says they inspected together (一同调研) inspect what the lead inspector did. */
    private static void accompanying(ArticleText t, ArticleFacts facts) {
        if (facts.inspections.isEmpty()) {
            return;
        }
        Facts.Inspection lead = facts.inspections.get(0);
        List<Entity> inspectors = new ArrayList<>();
        facts.inspections.forEach(i -> inspectors.add(i.official()));
        for (Entity official : facts.entities()) {
            if (!official.is(EntityType.OFFICIAL) || inspectors.contains(official)) {
                continue;
            }
            for (Span m : official.mentions()) {
                Span sentence = t.sentenceAt(m.start());
                Matcher along = ALONG.matcher(t.view());
                along.region(m.end(), sentence.end());
                if (along.find()) {
                    facts.inspections.add(new Facts.Inspection(official, lead.targets(), new Span(sentence.start(), along.end())));
                    inspectors.add(official);
                    break;
                }
            }
        }
    }
}
