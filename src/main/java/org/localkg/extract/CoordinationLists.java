package org.localkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.extract.CoordinationList.Kind;
import org.localkg.extract.CoordinationList.Verb;
import org.localkg.nlp.Token;

/**
 * Finds the coordination lists of an article ({@link CoordinationList}), once, for every recogniser:
 * projects listed after 包括 or before 等16个项目, companies before 等企业, names after a shared
 * title, the places an official 先后来到. Works from the marks, the segmenter's words and parts of
 * speech, and small word lists of openers and head nouns; it knows nothing of what the items name.
 *
 * <p>A list lives in one clause (between marks other than 、): items split at 、, the last one at
 * 和, 及, 以及 or 与 when both sides end alike; the first item starts after the last opener in its
 * clause (包括, 分别是, 以, 来到, a colon) or after the time words and function words that open the
 * clause; the list ends at 等 or at a count and a head noun (3个关联产业项目), or else where the
 * last item's predicate begins (也于当天开工, 参加).
 */
final class CoordinationLists implements Stage {
    static final int MAX_ITEM = 48;
    /** Marks that end a list's clause: every break but 、. */
    private static final String HARD = "，,。；;：:！？!?\n\r\t…";
    private static final Lexicon OPENERS = Lexicon.load("list-openers");

    /** Whether {@code word} opens a list (包括, 分别为, 共有): what follows it is the list's, not the clause's. */
    static boolean opensList(String word) {
        return OPENERS.contains(word);
    }
    private static final Map<Kind, Lexicon> HEADS = new EnumMap<>(Kind.class);
    private static final Lexicon VERBS;

    static {
        Lexicon.sections("list-heads").forEach((k, lex) -> {
            if (!k.isEmpty()) {
                HEADS.put(Kind.valueOf(k), lex);
            }
        });
        StringBuilder all = new StringBuilder();
        for (Verb v : Verb.values()) {
            v.words().forEach(w -> all.append(w).append(' '));
        }
        VERBS = Lexicon.of("list-verbs", Set.of(all.toString().trim().split(" ")));
    }

    /**
     * Whether an item before the last ends in a count of its own (甲区5个项目、乙区3个项目): then the count after the last
     * item is that item's, and the list tallies things by place or kind rather than naming them.
     */
    private static boolean tally(ArticleText t, List<Span> items) {
        for (Span item : items) {
            Matcher m = COUNT_HEAD.matcher(t.view()).region(item.start(), item.end());
            while (m.find()) {
                if (m.end() == item.end() && m.start() - item.start() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A share said right after the head: 占比, 占…%, 所占比重 (the items are kinds the share is of). */
    private static final Pattern SHARE_AFTER = Pattern.compile("\\s*(?:所)?(?:占比|占[^，。,;；地用]{0,8}?(?:比重|比例))");

    /**
     * A count and a head noun right after the last item, without 等: 甲、乙、丙3个关联产业项目; or a count of great works
     * (甲和乙两大工业项目; not 五大工程, a programme, nor 三大产业, fields).
     */
    private static final Pattern COUNT_HEAD = Pattern.compile(
            "(\\d+|[一二三四五六七八九十两]+)(?:(?:个|家|项|处)[^、，,。]{0,8}?(项目|工程|企业)|大(?:工业|重点|重大|基建)?(项目))");
    private static final Pattern COUNT = Pattern.compile("(\\d+|[一二三四五六七八九十两百]+)(?:个|家|项|处)");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:\\d{4}年(?:度)?)?(?:\\d{1,2}月(?:份)?)?(?:\\d{1,2}(?:日|号))?(?:上午|下午|晚上|上旬|中旬|下旬|底|初)?");
    /** An amount and 的 before the first item, its investment word left in the opener (均为|8亿元的). */
    private static final Pattern LEADING_AMOUNT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:亿|万)?(?:多|余)?元的");
    /** 签约项目共有4个，分别是; 本次签约的10个项目包括; 开工项目有: a clause of projects, then the opener. */
    private static final Pattern OPENED_PROJECTS = Pattern.compile(
            "(?:项目|工程)(?:[^。；;项]{0,10}?(?:包括|包含|分别是|分别为|主要有|主要包括|[：:])|(?:主要|共|还)?有"
                    + "|[^。；;项]{0,6}?(?:\\d+|[一二三四五六七八九十两]+)个[，,]?(?:分别|主要)?(?:是|为|有))\\s*$");
    private static final Pattern CONTENTS = Pattern.compile("建设内容|主要建设|建设规模|建设包括");
    /** 新开项目中，|甲、乙; 续建项目如|甲、乙: the projects the list is among, said right before it. */
    private static final Pattern AMONG_PROJECTS = Pattern.compile("(?:项目|工程)(?:中|里)[，,]\\s*$|(?:项目|工程)(?:如|例如|比如)\\s*$");
    /** One project, pointed at, as the subject (该项目包括…, 此工程分为…): what follows are its parts, not projects. */
    private static final Pattern ONE_PROJECTS_PARTS = Pattern.compile(
            "(?:(?:该|此|本|这个|这一|整个)(?:项目|工程)|(?<!个|批|些)(?:项目|工程)[一二三四五六七八九十]期)[^。；;，,]{0,6}?(?:包括|包含|分为|设有|建有|涵盖)[：:]?\\s*$");
    private static final Pattern COUNTED_PROJECTS = Pattern.compile(
            "(?:项目|工程)[共计总]{0,2}\\d+[个项]|\\d+个[^，。,]{0,6}(?:项目|工程)|\\d+项(?:重点|重大)?(?:项目|工程)");
    /**
     * 签约项目共4个，为甲、乙: a bare 为 names the counted projects only right after the count; further
     * on (8个项目开工，将为全县甲、乙注入新活力) it is the preposition of what they serve.
     */
    private static final Pattern COUNTED_BEFORE = Pattern.compile(
            "(?:(?:项目|工程)[共计总]{0,2}\\d+[个项]|\\d+个[^，。,]{0,6}(?:项目|工程)|\\d+项(?:重点|重大)?(?:项目|工程))[，,]?\\s*(?:具体)?$");
    private static final Pattern OPENER_AT_END = Pattern.compile("(?:主要有|主要包括|包括|分别是|分别为|有|为)[：:]?\\s*$");
    /** Companies, or those a company deals with (客户, 合作伙伴, 供应商, 股东), before an opener or counted: the items are companies. */
    private static final Pattern OPENED_COMPANIES = Pattern.compile(
            "(?:企业|公司|客户|合作伙伴|供应商|股东)(?:[^。；;企]{0,10}?(?:包括|包含|分别是|分别为|主要有|[：:])"
                    + "|[^。；;企]{0,6}?(?:\\d+|[一二三四五六七八九十两]+)家[，,]?(?:分别|主要)?(?:是|为|有))\\s*$");
    /** Parts of speech that open a clause but never a name: time, preposition, adverb, pronoun, conjunction, particle. */
    private static final Set<String> LEADING_TAGS = Set.of("t", "p", "d", "r", "rr", "rz", "ry", "c", "cc", "u", "ude1",
            "uzhe", "ule", "uguo", "vshi", "vyou", "w");
    private static final Pattern SITE = Pattern.compile("(?:建设|施工)?现场$");
    private static final Set<String> CONJUNCTIONS = Set.of("以及", "及", "和", "与", "并");

    @Override
    public String name() {
        return "lists";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LISTS);
    }

    @Override
    public void apply(ArticleText text, ArticleFacts facts, LocalDate articleDate) {
        facts.lists(find(text));
    }

    static List<CoordinationList> find(ArticleText t) {
        List<CoordinationList> out = new ArrayList<>();
        String v = t.view();
        int from = 0;
        while (from < v.length()) {
            int end = clauseEnd(v, from);
            from = Math.max(end, listsIn(t, from, end, out)) + 1;
        }
        commaLists(t, out);
        commaItemsBeforeACount(t, out);
        continuations(t, out);
        countedWholes(t, out);
        return out;
    }

    /**
     * An item that holds a conjunction and that a counted list keeps whole (甲搬迁改造及乙建设、丙3个项目: three
     * items, so 甲…及乙… is one), split in another list of the article (签约甲搬迁改造及乙建设、丙等项目): joined
     * again there, as the article's own count reads it.
     */
    private static void countedWholes(ArticleText t, List<CoordinationList> out) {
        java.util.Set<String> wholes = new java.util.HashSet<>();
        for (CoordinationList l : out) {
            if (l.count() != null && l.count() == l.items().size()) {
                for (Span item : l.items().subList(1, l.items().size())) {
                    for (int i = item.start() + 2; i < item.end() - 2; i++) {
                        Token tk = t.tokenAt(i);
                        if (tk != null && tk.start() == i && CONJUNCTIONS.contains(tk.text())) {
                            wholes.add(t.slice(item.start(), item.end()));
                            break;
                        }
                    }
                }
            }
        }
        if (wholes.isEmpty()) {
            return;
        }
        for (int k = 0; k < out.size(); k++) {
            CoordinationList l = out.get(k);
            List<Span> items = new ArrayList<>(l.items());
            boolean joined = false;
            for (int i = 0; i + 1 < items.size(); i++) {
                Span both = new Span(items.get(i).start(), items.get(i + 1).end());
                if (wholes.contains(t.slice(both.start(), both.end()))) {
                    items.set(i, both);
                    items.remove(i + 1);
                    joined = true;
                }
            }
            if (joined) {
                out.set(k, new CoordinationList(items, l.opener(), l.head(), l.kind(), l.count(), l.verb(), l.verbSpan()));
            }
        }
    }

    /** 以及 (or 及, 还有) after a list's last item, in the same sentence: what follows goes on with the list. */
    private static final Pattern GOES_ON = Pattern.compile("^[，,、]?\\s*(?:以及|及|还有)$");

    /**
     * A list of unknown kind that goes on from a list of projects in the same sentence (包括甲、乙，以及丙、丁):
     * its items are projects too.
     */
    private static void continuations(ArticleText t, List<CoordinationList> out) {
        for (int i = 1; i < out.size(); i++) {
            CoordinationList before = out.get(i - 1);
            CoordinationList list = out.get(i);
            if (goesOnToProjects(t, before, list)) {
                // 包含了甲、乙、丙，以及丁等27个工程项目: the head after 以及 says what the items before it are too
                out.set(i - 1, new CoordinationList(before.items(), before.opener(), before.head(), Kind.PROJECT, before.count(),
                        before.verb(), before.verbSpan()));
                continue;
            }
            if (list.kind() != Kind.UNKNOWN || before.kind() != Kind.PROJECT || before.head() != null) {
                continue;
            }
            int end = before.items().get(before.items().size() - 1).end();
            int start = list.items().get(0).start();
            String between = t.slice(end, start);
            // after an opener (包括甲、乙，丙、丁等), a comma alone goes on with the list too
            boolean goesOn = GOES_ON.matcher(between).matches() || before.opener() != null && between.matches("^[，,]\\s*$");
            List<Span> placed = goesOn ? List.of() : placedClauses(t, end, start);
            if (start > end && (goesOn || placed != null) && t.sentenceAt(end).contains(new Span(start, start))) {
                List<Span> items = new ArrayList<>(placed == null ? List.of() : placed);
                items.addAll(list.items());
                out.set(i, new CoordinationList(items, list.opener(), list.head(), Kind.PROJECT, list.count(), list.verb(),
                        list.verbSpan()));
            }
        }
    }

    /** The cues that list what something holds: 包括, 包含. */
    private static final Pattern LISTING_CUE = Pattern.compile("包括|包含");

    /**
     * A list of unknown kind, opened by 包括 or 包含 and without a head, goes on (，以及) into a list of projects closed
     * by its head (等27个市级工程项目) in the same sentence; not a list of dictionary words (tasks, fields).
     */
    private static boolean goesOnToProjects(ArticleText t, CoordinationList before, CoordinationList list) {
        if (before.kind() != Kind.UNKNOWN || before.head() != null || before.opener() == null
                || list.kind() != Kind.PROJECT || list.head() == null
                || !LISTING_CUE.matcher(t.slice(before.opener().start(), before.opener().end())).find()
                || before.items().stream().anyMatch(item -> plainWords(t, item))) {
            return false; // (抓好安全生产、环境保护，以及某大桥等3个项目的…: tasks, words of the dictionary, no works)
        }
        int end = before.items().get(before.items().size() - 1).end();
        int start = list.items().get(0).start();
        return start > end && GOES_ON.matcher(t.slice(end, start)).matches() && t.sentenceAt(end).contains(new Span(start, start));
    }

    /**
     * 以及甲区某工程，乙县某产业园，丙县某景区、丁…等: between two lists of projects, clauses that are each one works named
     * after its county (a region opening it, no verb in it) go on with the list; null when the words between are
     * anything else.
     */
    private static List<Span> placedClauses(ArticleText t, int from, int to) {
        if (to <= from || ",，".indexOf(t.charAt(from)) < 0 || ",，".indexOf(t.charAt(to - 1)) < 0) {
            return null;
        }
        List<Span> out = new ArrayList<>();
        int start = from + 1;
        for (int i = from + 1; i < to; i++) {
            if (",，".indexOf(t.charAt(i)) < 0) {
                continue;
            }
            Span clause = trimSpaces(t, new Span(start, i));
            String region = org.localkg.resolve.Divisions.get().regionAt(t.view(), clause.start());
            if (clause.length() < 6 || clause.length() > 30 || region == null || region.length() + 3 > clause.length()
                    || hasVerb(t, clause)) {
                return null;
            }
            out.add(clause);
            start = i + 1;
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * Whether the clause says something: a verb (not a verbal noun) that no noun follows (体验|景区 is a compound's
     * modifier), or a last word that is neither a noun nor a verbal noun (某管网改造 names works).
     */
    private static boolean hasVerb(ArticleText t, Span s) {
        Token last = t.tokenAt(s.end() - 1);
        if (last == null || !last.tag().startsWith("n") && !last.tag().equals("vn")) {
            return true;
        }
        for (int i = s.start(); i < s.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            Token next = t.tokenAt(tk.end());
            if (tk.start() >= s.start() && tk.tag().startsWith("v") && !tk.tag().equals("vn")
                    && (next == null || next.start() != tk.end() || next.end() > s.end() || !next.tag().startsWith("n"))) {
                return true;
            }
            i = Math.max(i + 1, tk.end());
        }
        return false;
    }

    /** An item that is a time: 2月份, 2024年, 3月. */
    private static final Pattern TIME_ITEM = Pattern.compile("[\\d一二三四五六七八九十]{1,4}(?:月份?|年度?|季度)");
    /** An event and where it is held, opening the first item: 仪式在, 活动同时在. */
    private static final Pattern HELD_AT = Pattern.compile("(?:仪式|典礼|活动|大会)(?:分别|同时|统一)?在");
    /** A place noun right after 项目: the projects' sites (项目基地, 项目建设现场, 项目工地). */
    private static final Pattern PROJECTS_SITES = Pattern.compile("(?:项目|工程)(?:建设|施工)?(?:现场|基地|工地)$");
    private static final Pattern STATE_NOUN = Pattern.compile("(?:建设|推进|实施)?(?:情况|进度|进展|现场)$");

    /** Openers after which the items are whole clauses, one per comma: 分别是甲…，乙…，丙…。 */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("(?=[分依])(?:分别是|分别为|分别有|依次是|依次为)[：:]?");

    /**
     * 4个项目…，分别是市政府与某集团签约投资35亿元的甲项目，某县政府与某公司签约…的乙项目，…。: a list
     * whose items are the clauses after the opener, up to the sentence's end.
     */
    private static void commaLists(ArticleText t, List<CoordinationList> out) {
        String v = t.view();
        Matcher m = CLAUSE_OPENER.matcher(v);
        while (m.find()) {
            int end = m.end();
            while (end < v.length() && "。！？!?\n".indexOf(v.charAt(end)) < 0) {
                end++;
            }
            List<Span> items = new ArrayList<>();
            int start = m.end();
            for (int i = m.end(); i <= end; i++) {
                if (i == end || "，,；;".indexOf(v.charAt(i)) >= 0) {
                    Span item = trimSpaces(t, new Span(start, i));
                    if (item.length() > 0) {
                        items.add(item);
                    }
                    start = i + 1;
                }
            }
            if (items.size() < 2 || items.stream().anyMatch(i -> i.length() > 2 * MAX_ITEM)) {
                continue;
            }
            Span sentence = t.sentenceAt(m.start());
            String lead = t.slice(sentence.start(), m.start());
            Kind kind = lead.contains("项目") || lead.contains("工程") ? Kind.PROJECT
                    : lead.contains("企业") || lead.contains("公司") ? Kind.ENTERPRISE : Kind.UNKNOWN;
            Span verb = lastVerbBefore(t, sentence.start(), m.start());
            out.add(new CoordinationList(items, new Span(m.start(), m.end()), null, kind, null,
                    verb == null ? Verb.NONE : verbOf(t.slice(verb.start(), verb.end())), verb));
        }
    }

    /** An opener that may close its clause (项目包括，甲…): the items follow. */
    private static final Pattern COMMA_ITEMS_OPENER = Pattern.compile("(?=[包主涵])(?:包括|包含|主要有|涵盖)[：:，,]?");
    /** A head of units (等单位, 等相关部门): offices stand under it as well as companies. */
    private static final Pattern UNITS_HEAD = Pattern.compile("等(?:相关|有关)?(?:单位|部门)");
    /** A head of companies of a kind: 等相关企业, 等各类企业, 等上下游企业 (等配套… is read below). */
    private static final Pattern OF_A_KIND = Pattern.compile("等(?:相关|各类|上下游)");

    /**
     * A list closed by companies of a kind whose items are, half of them or more, common words only (将入驻整机制造、
     * 测试飞行、无人机培训等相关企业): the lines of business the companies will be in, not their names.
     */
    private static boolean linesOfBusiness(ArticleText t, Span head, List<Span> items) {
        if (head == null || !OF_A_KIND.matcher(t.view()).region(head.start(), head.end()).lookingAt()) {
            return false;
        }
        long common = items.stream().filter(i -> CompanyKinds.commonWordsOnly(t, afterOpeningVerb(t, i), i.end())).count();
        return common * 2 >= items.size();
    }

    /** A head of supplying projects (零部件配套项目), not of the facilities that serve a works (配套设施, 配套工程). */
    private static final Pattern SUPPLY_PROJECTS = Pattern.compile("配套项目");

    /** The head that counts the items as works: 等17个项目, 等5个重点工程. */
    private static final Pattern COUNTED_WORKS_HEAD = Pattern.compile(
            "等(?:\\d+|[一二三四五六七八九十两百]+)个(?:重点|重大)?(?:项目|工程)");

    /**
     * 开工的项目包括，甲集团年产20万吨某材料、30万吨某产品，乙公司某基地，…，丁集团某工程等17个项目: items one per
     * comma (their names hold 、 of their own) between an opener and a head that counts them as works. The
     * clause lists read inside it are its pieces, and give way to it. A 、 that joins two names (甲、乙，丙等)
     * still parts two items.
     */
    private static void commaItemsBeforeACount(ArticleText t, List<CoordinationList> out) {
        String v = t.view();
        Matcher m = COMMA_ITEMS_OPENER.matcher(v);
        while (m.find()) {
            Span sentence = t.sentenceAt(m.start());
            Matcher h = COUNTED_WORKS_HEAD.matcher(v).region(m.end(), sentence.end());
            if (!h.find()) {
                continue;
            }
            List<Span> items = new ArrayList<>();
            int commas = 0;
            int start = m.end();
            for (int i = m.end(); i <= h.start(); i++) {
                boolean comma = i < h.start() && "，,".indexOf(v.charAt(i)) >= 0;
                boolean twoNames = i < h.start() && v.charAt(i) == '、' && !oneNameAcross(t, i);
                if (i == h.start() || comma || twoNames) {
                    Span item = trimSpaces(t, new Span(start, i));
                    if (item.length() > 0) {
                        items.add(item);
                    }
                    commas += comma ? 1 : 0;
                    start = i + 1;
                }
            }
            Integer count = countIn(h.group());
            if (commas < 2 || !headEndsThere(t, h.end()) || count != null && items.size() > count
                    || items.stream().anyMatch(i -> i.length() > MAX_ITEM || clauseItem(t, i))) {
                continue;
            }
            Span whole = new Span(m.start(), h.end());
            int at = out.size();
            for (int k = out.size() - 1; k >= 0; k--) {
                if (whole.contains(out.get(k).extent())) {
                    out.remove(k);
                    at = k;
                }
            }
            Span verb = lastVerbBefore(t, sentence.start(), m.start());
            Verb governing = verb == null ? Verb.NONE : verbOf(t.slice(verb.start(), verb.end()));
            out.add(Math.min(at, out.size()), new CoordinationList(items, new Span(m.start(), m.end()),
                    new Span(h.start(), h.end()), Kind.PROJECT, count, governing, verb));
        }
    }

    /**
     * 等3个项目|。 or 等3个项目|集中开工: the head ends the noun phrase there, at a mark or before a verb or an adverb;
     * before another noun (等3个项目|建设难题, 等3个项目的|负责人) 项目 only says whose the noun is.
     */
    private static boolean headEndsThere(ArticleText t, int at) {
        if (at >= t.length() || HARD.indexOf(t.charAt(at)) >= 0 || t.charAt(at) == '、') {
            return true;
        }
        Token next = t.tokenAt(at);
        return next != null && next.start() == at && (next.tag().startsWith("v") && !next.tag().equals("vn")
                || next.tag().equals("d") || next.tag().equals("p"));
    }

    /** First, second (一是, 二是) and what happens to works (竣工, 投产) at an item's ends, or a word of degree last: a clause. */
    private static final Pattern CLAUSE_OPENING_ITEM = Pattern.compile("^[一二三四五六七八九十]是");
    /** Parts of speech that end a predicate, not a name: adjectives, adverbs, verbs (not a verb's noun, 开发/vn). */
    private static final Set<String> ITEM_ENDING_A_CLAUSE = Set.of("a", "an", "ad", "d", "v", "vi");
    private static final Pattern STATE_ENDING_ITEM = Pattern.compile("(?:开工|竣工|投产|建成|完工|签约|投用|运营|开业)$");

    /**
     * An item that is a clause, not a name: it opens with a verb or with 一是, ends with what happens to works,
     * or ends with a predicate's word (进度慢, 用地紧张, 手续办理滞后).
     */
    private static boolean clauseItem(ArticleText t, Span item) {
        String text = t.slice(item.start(), item.end());
        if (opensClause(t, item.start()) || CLAUSE_OPENING_ITEM.matcher(text).find() || STATE_ENDING_ITEM.matcher(text).find()) {
            return true;
        }
        Token last = t.tokenAt(item.end() - 1);
        return last != null && last.end() == item.end() && ITEM_ENDING_A_CLAUSE.contains(last.tag());
    }

    private static int clauseEnd(String v, int from) {
        int e = from;
        while (e < v.length() && HARD.indexOf(v.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    /**
     * The lists of one clause {@code [from, end)}; a clause may run on into the next (甲、乙,丙等项目).
     * Returns the end of the last clause read.
     */
    /**
     * 、 between two numbers of two digits or more, a name's word right before the first (某某棚改708、734地块): the
     * numbers of the plots or lots one name holds, no items of a list.
     */
    private static boolean numbersOfOneName(String v, int i) {
        int a = i;
        while (a > 0 && Character.isDigit(v.charAt(a - 1))) {
            a--;
        }
        int b = i + 1;
        while (b < v.length() && Character.isDigit(v.charAt(b))) {
            b++;
        }
        return i - a >= 2 && b - i - 1 >= 2 && a > 0 && ArticleText.isHan(v.charAt(a - 1))
                && b < v.length() && ArticleText.isHan(v.charAt(b));
    }

    private static int listsIn(ArticleText t, int from, int end, List<CoordinationList> out) {
        String v = t.view();
        int start = from;
        while (start < end) {
            List<Integer> seps = new ArrayList<>();
            int deng = -1;
            int innerEnd = -1;
            for (int i = start; i < end; i++) {
                char c = v.charAt(i);
                if (c == '(' || c == '（') {
                    innerEnd = Math.max(innerEnd, bracketInsideName(v, i, end));
                }
                if (c == '、' && i > innerEnd && !numbersOfOneName(v, i)) { // (某口岸(水果、种苗)指定口岸: a 、 in brackets lists inside one name)
                    seps.add(i);
                } else if (isDeng(t, i) && i > start) {
                    deng = i;
                    break;
                }
            }
            // 甲区光学镜片、激光器件项目，乙区…: the 、 is inside one project's name (every 、 of a run of
            // numbered parts, 112线、207线、309线某工程)
            boolean oneName = deng < 0 && !seps.isEmpty() && seps.stream().allMatch(sep -> oneNameAcross(t, sep));
            int joinedAt = oneName ? kindThenConjunction(t, seps.get(0), end) : -1;
            if (oneName) {
                seps.clear();
            }
            int listEnd = deng >= 0 ? deng : end;
            // 以甲、乙,丙等项目为代表: a comma inside the list, when the next clause is an item closed by 等
            int nextClause = -1;
            if (deng < 0 && (!seps.isEmpty() || oneName) && end < v.length() && ",，".indexOf(v.charAt(end)) >= 0) {
                int nextEnd = clauseEnd(v, end + 1);
                int nextDeng = firstDeng(t, end + 1, nextEnd);
                int lastItem = seps.isEmpty() ? start : seps.get(seps.size() - 1) + 1;
                if (nextDeng > end + 2 && !hasVerb(t, end + 1, nextDeng) && !opensClause(t, end + 1) && nextDeng - end - 1 <= MAX_ITEM
                        && !endsInPredicate(t, lastItem, end)
                        && v.substring(end + 1, nextDeng).indexOf('、') < 0) {
                    seps.add(end);
                    deng = nextDeng;
                    listEnd = nextDeng;
                    nextClause = nextEnd;
                }
            }
            if (oneName && nextClause < 0) {
                if (joinedAt >= 0) {
                    // the name holding the 、 is joined to another by a conjunction (甲年产…、…项目和乙项目)
                    CoordinationList joined = build(t, from, start, List.of(joinedAt), end, false, end);
                    if (joined != null) {
                        out.add(joined);
                    }
                }
                return end;
            }
            boolean twoJoined = seps.isEmpty() && deng < 0;
            int twoEnd = twoJoined ? twoJoined(t, start, end) : -1;
            if (twoJoined && twoEnd < 0) {
                return end;
            }
            if (twoJoined && twoEnd < end && TWO_GREAT.matcher(v).region(start, twoEnd).find()) {
                listEnd = twoEnd; // 甲和乙两大工业项目|在某县开工建设: the list ends with its head
            }
            CoordinationList list = build(t, from, start, seps, listEnd, deng >= 0, nextClause >= 0 ? nextClause : end);
            if (twoJoined && list != null && list.items().size() != 2) {
                list = null; // the two the head counts did not split: no list
            }
            if (list != null) {
                out.add(list);
            }
            if (nextClause >= 0) {
                return nextClause; // the next clause was this list's
            }
            int after = list != null && list.head() != null ? list.head().end() : listEnd + 1;
            if (deng < 0) {
                return end;
            }
            start = Math.max(after, deng + 1);
            if (start < end && v.charAt(start) == '、') {
                start++; // 甲等新建项目9个、乙等续建项目26个: the next list of the clause
            }
        }
        return end;
    }

    /**
     * The closing bracket of the one opening at {@code open} before {@code end}, when what it holds lists inside one
     * item (某口岸(水果、种苗)指定口岸, 某项目(一期、二期)、…, (记者甲、乙)); else -1: a bracket holding the whole list
     * (包括(甲、乙)等项目, after an opener or closed by 等), or one a cut page left open.
     */
    private static int bracketInsideName(String v, int open, int end) {
        if (open > 0 && ("：:".indexOf(v.charAt(open - 1)) >= 0 || OPENERS.suffixAt(v, open) != null)) {
            return -1;
        }
        for (int i = open + 1; i < end; i++) {
            char c = v.charAt(i);
            if (c == '(' || c == '（') {
                return -1;
            }
            if (c == ')' || c == '）') {
                return i + 1 < v.length() && v.charAt(i + 1) == '等' ? -1 : i;
            }
        }
        return -1;
    }

    /** Two great …: 两大工业项目, a count of two said with 大. */
    private static final Pattern TWO_GREAT = Pattern.compile("(?:两|2)大");

    /** 和乙两个物流项目: the conjunction, the second item and the count of two with its head. */
    private static final Pattern TWO_JOINED = Pattern.compile(
            "(?:和|与|及)[^、，,。]{2,20}?(?<!\\d)(?:两|2)(?:个[^、，,。]{0,6}?(?:项目|工程|企业)|大(?:工业|重点|重大|基建)?项目)");

    /**
     * 甲和乙两个物流项目: two items joined by a conjunction and counted by the head after them, no 、 needed. Where the
     * list ends (the head's end, or the clause's when an opener after the count names them), or -1 when there is none.
     */
    private static int twoJoined(ArticleText t, int start, int end) {
        String v = t.view();
        if (twoCountedBefore(t, start, end)) {
            return end;
        }
        // (with 两个 the list runs to the clause's end as ever; with 两大 it ends at the head)
        if (v.substring(start, end).indexOf('个') < 0 && v.substring(start, end).indexOf('大') < 0) {
            return -1; // most clauses count nothing: no pattern tried (and no search past the clause)
        }
        Matcher m = TWO_JOINED.matcher(v).region(start, end);
        int from = start;
        while (from < end && m.region(from, end).find()) {
            if (m.start() - start >= 2 && t.conjunctionWordAt(m.start())) {
                // 和 a word of its own (not 和平, 参与); what follows the head (在某县开工建设) is the clause's predicate
                return TWO_GREAT.matcher(v).region(m.start(), m.end()).find() ? m.end() : end;
            }
            from = m.start() + 1; // 推进和平路改造和乙新建两个项目: the next conjunction, inside the match
        }
        return -1;
    }

    /** 启动两个项目，|分别是: a count of two works ending the clause before, and the opener of what they are. */
    private static final Pattern TWO_COUNTED_THEN_OPENER = Pattern.compile("(?<!\\d)(?:两|2)个[^、，,。；;]{0,6}?(?:项目|工程)[，,]\\s*(?:分别是|分别为)");

    /**
     * 启动两个项目，分别是甲和乙项目: the clause opens with 分别是 after a clause counting two works, and holds a
     * conjunction of a word of its own after its first two characters: the two works, joined.
     */
    private static boolean twoCountedBefore(ArticleText t, int start, int end) {
        String v = t.view();
        int opener = start;
        while (opener < end && Character.isWhitespace(v.charAt(opener))) {
            opener++;
        }
        if (!(v.startsWith("分别是", opener) || v.startsWith("分别为", opener))) {
            return false;
        }
        Matcher m = TWO_COUNTED_THEN_OPENER.matcher(v).region(Math.max(0, start - 14), opener + 3);
        if (!m.find() || m.end() != opener + 3) {
            return false;
        }
        for (int i = opener + 5; i < end - 2; i++) {
            if (t.conjunctionWordAt(i) || t.conjunctionInGuessedNameAt(i)) {
                return true;
            }
        }
        return false;
    }

    private static int firstDeng(ArticleText t, int from, int end) {
        for (int i = from; i < end; i++) {
            if (isDeng(t, i)) {
                return i;
            }
        }
        return -1;
    }

    /** 等 (or 等等) as a word of its own: the particle that closes a list, not 等待 or 平等. */
    static boolean isDeng(ArticleText t, int i) {
        if (t.charAt(i) != '等') {
            return false;
        }
        Token tk = t.tokenAt(i);
        if (tk != null && tk.start() == i && (tk.text().equals("等") || tk.text().equals("等等"))) {
            return true;
        }
        // the segmenter may fuse 等 with a name before it (新中心等): what follows says it closes a list
        if (i == 0 || "平同均对相高次上中下特头首甲乙初何".indexOf(t.charAt(i - 1)) >= 0 || tk != null && tk.start() == i) {
            return false;
        }
        String v = t.view();
        // …or it ends a clause that lists with 、 (甲项目、乙中心等。): the list closed with no head
        boolean closesList = i + 1 < v.length() && "。；;，,".indexOf(v.charAt(i + 1)) >= 0 && listedInClause(v, i);
        return closesList || HEADS.values().stream().anyMatch(h -> h.prefixAt(v, i + 1) != null)
                || COUNT.matcher(v).region(i + 1, Math.min(v.length(), i + 5)).lookingAt()
                || v.startsWith("一批", i + 1) || v.startsWith("一大批", i + 1) || v.startsWith("多个", i + 1) || v.startsWith("多家", i + 1);
    }

    /** A 、 before {@code i} in its clause (no comma, colon or stop between). */
    private static boolean listedInClause(String v, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = v.charAt(k);
            if (c == '、') {
                return true;
            }
            if ("，,。；;：:！？!?\n".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Tags of words that open a clause, never an item: a time, an adverb, a conjunction, a preposition, a pronoun. */
    private static final java.util.Set<String> CLAUSE_OPENING_TAGS = java.util.Set.of("t", "d", "c", "cc", "p", "r", "rz", "rr");

    /** The first word after {@code at}'s spaces opens a clause (，目前已有甲等5家企业入驻): no item of the list before. */
    private static boolean opensClause(ArticleText t, int at) {
        while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
            at++;
        }
        Token tk = t.tokenAt(at);
        return tk != null && tk.start() == at && CLAUSE_OPENING_TAGS.contains(tk.tag());
    }

    /**
     * 甲、乙项目已实现生产，在建的丙等项目: the clause before the comma ends in what is said of its items (an
     * adverb and a verb), so the clause after it starts another list.
     */
    private static boolean endsInPredicate(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            Token next = t.tokenAt(tk.end());
            if (tk.start() >= from && tk.tag().equals("d") && next != null && next.start() == tk.end() && next.end() <= to
                    && next.tag().startsWith("v") && !next.tag().equals("vn")) {
                return true;
            }
            i = Math.max(i + 1, tk.end());
        }
        return false;
    }

    private static boolean hasVerb(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            if (tk.start() >= from && tk.end() <= to && tk.tag().startsWith("v") && !tk.tag().equals("vn")
                    && tk.text().length() >= 2 && VERBS.contains(tk.text())) {
                return true;
            }
            i = tk.end();
        }
        return false;
    }

    /** A government title in {@code [from, to)}: officials are who signs with each (甲副主席、乙书记某某分别与…). */
    private static boolean officialsBefore(ArticleText t, int from, int to) {
        for (int i = from + 2; i <= to; i++) {
            if (Lexicons.GOV_TITLES.suffixAt(t.view(), i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of learning about what is visited, which a word of manner qualifies (详细了解, 认真听取, 仔细察看). */
    private static final Set<String> LEARNING_VERBS = Set.of("了解", "听取", "察看", "查看", "询问", "研究", "考察", "调研", "视察", "检查", "观看");

    /**
     * 与, 同 or 跟 (分别与) right before a count's head: the count is what the preposition takes, not the list (a bare
     * 和 joins the count to the list: 甲、乙和3家企业).
     */
    private static final Pattern WITH_BEFORE = Pattern.compile("(?:与|同|跟|分别和)$");

    /** 分别与, 分别同, 分别和: the items before are who does it with each of those after. */
    private static final Pattern EACH_WITH = Pattern.compile("分别(?:与|同|和|跟)");

    /**
     * The offset of 的 (a particle of its own) that ends a phrase opened by a preposition inside {@code item} (丙对入驻的|丁),
     * or -1: such an item joins two phrases. An item's own modifier (总投资5亿元的甲) opens with no preposition.
     */
    private static int modifierEnd(ArticleText t, Span item) {
        for (int i = item.end() - 2; i > item.start(); i--) {
            Token tk = t.tokenAt(i);
            if (t.charAt(i) == '的' && tk != null && tk.start() == i && tk.end() == i + 1) {
                for (int k = item.start(); k < i; ) {
                    Token p = t.tokenAt(k);
                    Token before = k > item.start() ? t.tokenAt(k - 1) : null;
                    // after a body's or a noun's name (区政府|对入驻的), not opening the item (以出口为主的甲) nor after a
                    // verb (专注|于…的甲): there the phrase is the item's own modifier
                    if (p != null && p.start() == k && p.tag().equals("p") && p.text().length() == 1
                            && before != null && before.end() == k && before.tag().startsWith("n")) {
                        return i;
                    }
                    k = p == null ? k + 1 : Math.max(k + 1, p.end());
                }
                return -1;
            }
        }
        return -1;
    }

    private static CoordinationList build(ArticleText t, int realClauseStart, int clauseStart, List<Integer> seps, int listEnd,
            boolean deng, int clauseEnd) {
        String v = t.view();
        // the first item: after the last opener, or after what opens the clause
        int firstEnd = seps.isEmpty() ? listEnd : seps.get(0);
        Span opener = opener(t, clauseStart, firstEnd);
        if (opener == null && clauseStart > 0 && "：:".indexOf(t.charAt(clauseStart - 1)) >= 0) {
            opener = new Span(clauseStart - 1, clauseStart); // 签约项目包括：甲、乙
        }
        int firstStart = afterAdverbAndWith(t, trimLeading(t, opener != null ? opener.end() : clauseStart, firstEnd), firstEnd);
        List<Span> segments = new ArrayList<>();
        segments.add(new Span(firstStart, firstEnd));
        for (int k = 0; k < seps.size(); k++) {
            int s = seps.get(k) + 1;
            int e = k + 1 < seps.size() ? seps.get(k + 1) : listEnd;
            segments.add(new Span(Math.min(s, e), e));
        }
        // 其中，与甲集团…项目、与乙公司…项目在某会上签约: the preposition trimmed off the first item opens each item again
        if (firstStart > 0 && "与同跟".indexOf(v.charAt(firstStart - 1)) >= 0) {
            char with = v.charAt(firstStart - 1);
            for (int k = 1; k < segments.size(); k++) {
                Span item = segments.get(k);
                if (item.length() > 3 && v.charAt(item.start()) == with && t.isTokenBoundary(item.start() + 1)) {
                    segments.set(k, new Span(item.start() + 1, item.end()));
                }
            }
        }
        // 代表甲、乙、丙对入驻的丁、戊等5家企业: a later item holding a preposition's phrase ending in 的 joins another
        // phrase to this list; this list starts after it
        // (甲、乙分别与丙、丁等5家企业签约: after 分别与, whose subject the items before are)
        for (int k = segments.size() - 1; k >= 0; k--) {
            int de = k >= 1 ? modifierEnd(t, segments.get(k)) : -1;
            Matcher each = EACH_WITH.matcher(v).region(segments.get(k).start(), segments.get(k).end());
            // 分别与 only with items after it in the list (甲、乙分别与丙签约: 甲、乙 are the list), and 与 a word of its
            // own (分别与会, 分别同比: no)
            boolean eachWith = k < segments.size() - 1 && each.find() && t.isTokenBoundary(each.end() - 1) && t.isTokenBoundary(each.end())
                    && officialsBefore(t, segments.get(0).start(), each.start());
            int restart = eachWith ? each.end() - 1 : de;
            if (restart >= 0 && restart + 1 < segments.get(k).end()) {
                segments = new ArrayList<>(segments.subList(k, segments.size()));
                segments.set(0, new Span(restart + 1, segments.get(0).end()));
                opener = null;
                break;
            }
        }
        // the head: 等…项目, or a count and a head noun right after the last item
        Span head = null;
        Kind kind = Kind.UNKNOWN;
        Integer count = null;
        int headSearchEnd = clauseEnd;
        boolean buildingState = false;
        if (deng) {
            int[] h = headAfterDeng(t, listEnd, headSearchEnd);
            head = new Span(listEnd, h[0]);
            kind = h[1] < 0 ? Kind.UNKNOWN : Kind.values()[h[1]];
            if (kind == Kind.ENTERPRISE && (FIELDS_OF_COMPANIES.matcher(t.slice(head.start(), head.end())).find()
                    && segments.stream().allMatch(item -> plainWords(t, item)))) {
                kind = Kind.OTHER; // 带动甲、乙等上下游产业200多家企业: the items are the fields the companies are in
            }
            if (kind == Kind.ENTERPRISE && UNITS_HEAD.matcher(t.view()).region(head.start(), head.end()).lookingAt()
                    && segments.stream().noneMatch(item -> "enterprise".equals(endingKind(t, item)))) {
                // 国土、规划、质检等单位, 县委组织部、县总工会等单位: offices stand under 单位 as well as companies; without
                // an item that a company's word ends, the items are no companies
                kind = Kind.OTHER;
            }
            String headWords = t.slice(head.start(), head.end());
            if (headWords.contains("配套") && !(SUPPLY_PROJECTS.matcher(headWords).find() && segments.stream().noneMatch(item -> plainWords(t, item)))) {
                kind = Kind.OTHER; // 等配套设施工程: the parts that serve something else, not projects of their own
            } // (甲热交换器、乙减震器等8个零部件配套项目: named suppliers' works are projects, as 道路、管网等配套项目 are not)
            if (kind == Kind.PROJECT && ONE_WHOLE_HEAD.matcher(t.slice(head.start(), head.end())).matches()
                    && segments.stream().noneMatch(item -> ProjectRecognizer.properBeyondDescriptors(t, item.start(), item.end())
                        || org.localkg.resolve.Divisions.get().regionAt(v, item.start()) != null)) {
                kind = Kind.OTHER; // 建设甲合作社、乙中心、丙基地等综合开发项目: the parts of one whole, no works each
            }
            if (kind == Kind.PROJECT && RELATED_HEAD.matcher(t.slice(head.start(), head.end())).lookingAt()) {
                kind = Kind.OTHER; // 走访甲、乙园区等相关项目: the projects that concern the items, which are not projects
            }
            if (kind == Kind.PROJECT && countIn(t.slice(head.start(), head.end())) == null
                    && SHARE_AFTER.matcher(v).region(head.end(), clauseEnd).lookingAt()) {
                kind = Kind.OTHER; // 有机农业、全域治理等项目占比较大: a share of the projects, so the items are their kinds
            }
            if (AREAS_HEAD.matcher(t.slice(head.start(), head.end())).lookingAt()
                    && segments.stream().noneMatch(item -> endingKind(t, item) != null)) {
                kind = Kind.OTHER; // 推出产业、基础设施、社会事业等方面116项重点工程: the areas the works are in, none named
            }
            boolean cameFrom = FROM_FIELDS.matcher(v).region(head.start() + 1, head.end()).lookingAt();
            if (kind == Kind.PROJECT && companiesForTheirWorks(t, segments, cameFrom)) {
                kind = Kind.ENTERPRISE; // 甲宏源、乙控股集团、丙国际等10个重大项目: the companies whose works they are
            } else if (kind == Kind.PROJECT && cameFrom && !segments.stream().allMatch(item -> "project".equals(endingKind(t, item)))) {
                kind = Kind.OTHER; // 甲、乙等来自商贸行业的项目: who come from a field, not named as works nor surely as companies
            }
            count = countIn(t.slice(head.start(), head.end()));
        } else {
            Span last = segments.get(segments.size() - 1);
            Kind stoodFor = null;
            boolean stood = false;
            if (opener != null && t.slice(opener.start(), opener.end()).equals("以")) {
                Matcher role = STANDING_FOR.matcher(v).region(last.start(), last.end());
                if (role.find() && role.start() - last.start() >= 2) {
                    // 以甲、乙为代表的一批企业 (的3家龙头企业): the last item ends at 为, whatever the segmenter joined to it
                    // (某林科为|代表), and what follows 的 says what the items are
                    segments.set(segments.size() - 1, new Span(last.start(), role.start()));
                    stoodFor = kindStoodFor(t, segments, role.end(), clauseEnd);
                    stood = true;
                }
            }
            Matcher m = COUNT_HEAD.matcher(v).region(last.start(), stood ? last.start() : last.end());
            while (m.find()) {
                // 甲、乙3个关联产业项目; not 甲、乙四大类共16个项目, where the items are kinds
                if (m.start() - last.start() >= 2 && t.isTokenBoundary(m.start())
                        && "共计约达超类".indexOf(t.charAt(m.start() - 1)) < 0) {
                    head = new Span(m.start(), m.end());
                    kind = "企业".equals(m.group(2)) ? Kind.ENTERPRISE : Kind.PROJECT;
                    count = countIn(m.group());
                    segments.set(segments.size() - 1, new Span(last.start(), m.start()));
                    if (t.charAt(m.start() - 1) == '的') {
                        kind = Kind.UNKNOWN; // 甲区、乙区的9家企业: places the head's things are in
                        segments.set(segments.size() - 1, new Span(last.start(), m.start() - 1));
                    } else if (WITH_BEFORE.matcher(v).region(last.start(), m.start()).find()) {
                        kind = Kind.UNKNOWN; // 副书记、区长某某分别与|12家企业签约: the items act with those the count counts
                        segments.set(segments.size() - 1, new Span(last.start(), m.start()));
                    } else if (m.start() - last.start() >= 3 && "和及与".indexOf(t.charAt(m.start() - 1)) >= 0) {
                        // 甲、乙和|3家企业: the conjunction joins the counted ones to the list, no part of the last item
                        segments.set(segments.size() - 1, new Span(last.start(), m.start() - 1));
                        if (tally(t, segments.subList(0, segments.size() - 1))) {
                            kind = Kind.OTHER;
                        }
                    } else if (tally(t, segments.subList(0, segments.size() - 1))) {
                        kind = Kind.OTHER; // 甲区5个项目、乙区3个项目: each item is counted, the last one too, so no item is a project
                    }
                    break;
                }
            }
            Matcher state = BUILDING_STATE.matcher(v).region(last.start(), last.end());
            while (!stood && head == null && state.find()) {
                if (state.end() == last.end() && state.start() - last.start() >= 3) {
                    buildingState = true; // 甲、乙、丙建设情况: the last item ends before the state its works are in
                    segments.set(segments.size() - 1, new Span(last.start(), state.start()));
                }
            }
            if (head == null && !buildingState && !stood) {
                segments.set(segments.size() - 1, trimPredicate(t, last));
            }
            if (stoodFor != null) {
                kind = stoodFor;
            }
        }
        if (head == null && segments.size() == 1 && opener != null && twoCountedBefore(t, clauseStart, listEnd)) {
            // 两个项目，分别是甲和乙项目: the conjunction joins the two, when each says which works it is (not 某湖生态修复和|旅游开发项目,
            // where the second is a kind of work that may be the first's, nor 玉米深加工和…)
            List<Span> two = splitInTwo(t, segments.get(0));
            if (two.size() == 2 && two.stream().allMatch(s -> specificItem(t, s))) {
                segments = new ArrayList<>(two);
                count = 2;
            }
        }
        if (head != null && !deng && segments.size() == 1 && TWO_GREAT.matcher(t.slice(head.start(), head.end())).lookingAt()) {
            // 甲基地和乙搬迁改造两大工业项目 (in the subject, no opener): the count of two says the conjunction joins two works,
            // when each says which works it is
            List<Span> two = splitInTwo(t, segments.get(0));
            if (two.size() == 2 && two.stream().allMatch(s -> specificItem(t, s))) {
                segments = new ArrayList<>(two);
                count = 2;
            }
        }
        if (head == null && segments.size() < 2) {
            return null;
        }
        Span lastItem = segments.get(segments.size() - 1);
        if (lastItem.length() >= 4 && v.startsWith("在内", lastItem.end() - 2)) {
            // 包括甲、乙在内: the frame closes after the last item, whose name ends before it
            segments.set(segments.size() - 1, new Span(lastItem.start(), lastItem.end() - 2));
        }
        List<Span> items = new ArrayList<>();
        for (Span s : segments) {
            Span trimmed = trimSpaces(t, s);
            if (trimmed.length() == 0) {
                return null; // 、、 or an empty item: not a list of names
            }
            items.add(trimmed);
        }
        // 甲、乙及丙3个项目: the count says each item is one, 及 or not; but the first may hold the clause's
        // subject and its partner (南川县政府与甲、乙2个项目签订…), split as ever
        items = splitConjunctions(t, items, count != null && count == items.size(), head != null && COMPANIES_HEAD.matcher(t.slice(head.start(), head.end())).find());
        items = items.stream().map(s -> withoutNote(t, withoutWorksActivity(t, s))).collect(java.util.stream.Collectors.toList());
        items.set(0, afterJoiningConjunction(t, items.get(0)));
        if (kind == Kind.ENTERPRISE && linesOfBusiness(t, head, items)) {
            kind = Kind.OTHER; // 将入驻整机制造、测试飞行…等相关企业: what the companies will do, none of them named
        }
        if (count != null && !items.isEmpty()) {
            // 签约甲与乙合作的|丙电站和丁电站两个项目: the first counted item starts after what qualifies it
            Span first = items.get(0);
            int de = t.view().lastIndexOf('的', first.end() - 1);
            if (de >= first.start() && first.end() - de - 1 >= 2) {
                items = new ArrayList<>(items);
                items.set(0, new Span(de + 1, first.end()));
            }
        }
        boolean afterComma = items.get(0).start() > 0 && ",，".indexOf(t.charAt(items.get(0).start() - 1)) >= 0;
        if (count != null && count == items.size() + 1 && !(items.size() == 1 && afterComma)) {
            // (not 甲片区及配套设施，|乙总部及丙产业园2个项目: the other item is the clause before the comma)
            // 甲调蓄和乙整治两个水利项目, 甲路、乙路及丙路三个工程: the count says the last conjunction joins two
            List<Span> split = new ArrayList<>(items.subList(0, items.size() - 1));
            split.addAll(splitInTwo(t, items.get(items.size() - 1)));
            items = split;
        }
        if (items.stream().anyMatch(s -> s.length() > MAX_ITEM)) {
            return null;
        }
        if (opener != null && EXTENT.matcher(t.slice(opener.start(), opener.end())).matches()) {
            kind = Kind.OTHER; // 涉及甲、乙等产业项目: the fields the projects are in, not projects
        }
        for (Span item : items) {
            if (TIME_ITEM.matcher(t.view()).region(item.start(), item.end()).matches()) {
                kind = Kind.OTHER; // 某区1、2月份14个项目: months (or years) listed, the head counts what they hold
            }
        }
        if (kind == Kind.UNKNOWN) {
            kind = kindFromOpener(t, realClauseStart, items.get(0).start());
        }
        if (kind == Kind.UNKNOWN && AMONG_PROJECTS.matcher(t.slice(Math.max(0, t.clauseStart(Math.max(0, realClauseStart - 1))), items.get(0).start())).find()
                && items.stream().noneMatch(item -> "enterprise".equals(endingKind(t, item)) || "person".equals(endingKind(t, item)))) {
            kind = Kind.PROJECT; // 新开项目中，甲、乙已开工; 续建项目如甲三期、乙二期 (not 签约项目中，甲集团、乙公司分别投资: the companies)
        }
        if (kind == Kind.UNKNOWN && countedInSentenceBefore(t, items.get(0).start())
                && items.stream().noneMatch(item -> "enterprise".equals(endingKind(t, item)) || "person".equals(endingKind(t, item)))
                && items.stream().anyMatch(item -> "project".equals(endingKind(t, item)) || "facility".equals(endingKind(t, item)))) {
            // 签约项目13个，同比增长…。主要包括甲综合体、乙中心、丙项目等: the sentence before counts the projects the
            // opener lists, and an item is named as works (not 主要包括甲公司、乙集团: the companies that sign)
            kind = Kind.PROJECT;
        }
        if (kind == Kind.UNKNOWN) {
            kind = kindFromItems(t, items);
        }
        long invested = items.stream().filter(item -> investedOpening(t, item)).count();
        if (kind == Kind.UNKNOWN && invested >= 2 && invested >= items.size() - 1) {
            // 投资2亿元的甲、投资1亿元的乙等: what an amount is invested in, each, is works (the first item's amount may
            // have gone with the clause's opening words)
            kind = Kind.PROJECT;
        }
        Span verbSpan = verbAfter(t, head != null ? head.end() : items.get(items.size() - 1).end(), clauseEnd);
        if (verbSpan == null && opener != null && VERBS.contains(t.slice(opener.start(), opener.end()))) {
            verbSpan = opener;
        }
        if (verbSpan == null) {
            verbSpan = lastVerbBefore(t, clauseStart, items.get(0).start());
        }
        Verb verb = verbSpan == null ? Verb.NONE : verbOf(t.slice(verbSpan.start(), verbSpan.end()));
        if (kind == Kind.UNKNOWN && verb == Verb.VISIT && buildingState) {
            kind = Kind.PROJECT; // 察看甲、乙、丙建设情况: what is being built, visited (the last item's 建设 read with it)
        }
        if (kind == Kind.UNKNOWN && head == null) {
            // 举行了甲、乙、丙项目和丁项目开工仪式: the last item's 项目 is the head of every item; without an opener,
            // the verb of holding the event opens no item (某区举行|甲、乙…)
            List<Span> atSites = worksAtSites(t, items);
            Span first = opener != null || atSites != null ? items.get(0) : afterCeremonyVerb(t, items.get(0));
            List<Span> shared = first == null ? null : replaceFirst(atSites != null ? atSites : items, first);
            boolean pushedOn = opener != null && verbOf(t.slice(opener.start(), opener.end())) == Verb.PROMOTE;
            if (shared != null && sharedProjectHead(t, shared, atSites != null ? Verb.START : verb, pushedOn)) {
                items = shared;
                kind = Kind.PROJECT;
            }
        }
        if (kind == Kind.UNKNOWN && verb == Verb.DESIGNATE && designatesWorks(t, verbSpan.end(), clauseEnd)) {
            kind = Kind.PROJECT; // 甲、乙等被列为省重大产业项目: what the list is made is a kind of works, and so are its items
        }
        return new CoordinationList(items, opener, head, kind, count, verb, verbSpan);
    }

    /**
     * Whether a list without a head of its own shares its last item's 项目 or 工程 (甲、乙、丙项目开工): three
     * items or more (甲、乙项目 may be one project making two things, {@link #oneNameAcross}), governed by a
     * verb of what happens to works (签约, 开工, 竣工, 投产; 加快…项目建设), the last ending in a project word and none in a
     * company's or a person's.
     */
    private static boolean sharedProjectHead(ArticleText t, List<Span> items, Verb verb, boolean pushedOn) {
        Span last = items.get(items.size() - 1);
        // (加快甲、乙、丙项目建设: a verb of pushing works on opens the list, and the last item's works are being built; not
        // 以一批夯基础、补短板…的高质量项目建设, a clause of aims)
        boolean governed = verb == Verb.SIGN || verb == Verb.START || verb == Verb.COMPLETE || verb == Verb.OPERATE
                || pushedOn && t.view().startsWith("建设", last.end()) && !t.view().startsWith("建设现场", last.end())
                        && !t.view().startsWith("建设工地", last.end()); // (在甲、乙和丙项目建设现场: the sites' places, no works of theirs)
        if (!(items.size() >= 3 && governed || sameOpening(t, items)) || Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), last.end()) == null) {
            return false;
        }
        for (Span item : items) {
            String k = endingKind(t, item);
            if ("enterprise".equals(k) || "person".equals(k) || k == null && (plainWords(t, item) || field(t, item))) {
                return false; // 旅游购物、总部经济、…产业项目, 先进制造业、现代服务业: fields the projects are in
            }
        }
        return true;
    }

    /**
     * 甲纺高档西装、甲纺高档衬衫项目: every item opens with the same three characters or more (after any words
     * of whose it is, 某企业投资的), the name of whose works they are said again: separate works, each
     * named in full, not one project making two things (光学镜片、激光器件项目).
     */
    private static boolean sameOpening(ArticleText t, List<Span> items) {
        Span last = items.get(items.size() - 1);
        if (last.length() < 6) {
            return false;
        }
        String opening = t.slice(last.start(), last.start() + 3);
        if (!opening.chars().allMatch(c -> ArticleText.isHan((char) c)) || !t.isTokenBoundary(last.start())) {
            return false;
        }
        for (Span item : items.subList(0, items.size() - 1)) {
            String text = t.slice(item.start(), item.end());
            int at = text.indexOf(opening);
            if (at < 0 || at > 0 && text.charAt(at - 1) != '的' || text.length() - at < 5) {
                return false;
            }
        }
        return true;
    }

    /** Where works are being built, after a list's last item: 现场, 建设现场, 工地. */
    private static final Pattern WORKS_SITE = Pattern.compile("(?:建设|施工)?(?:现场|工地)");
    /** The same, kept by the last item itself (甲、乙和丙项目施工现场 read as one item's words). */
    private static final Pattern WORKS_SITE_ENDING = Pattern.compile("(?:建设|施工)?(?:现场|工地)$");
    /** How the names of places end (某某村, 某某镇, 东区): a place one goes to, no works. */
    private static final Pattern PLACE_ENDING = Pattern.compile("(?:[村镇乡县区市旗]|街道|社区)$");

    /**
     * 在甲、乙和丙项目建设现场: a list that 在 opens and a site of works closes, a place phrase whose items are
     * works being built (their names may hold a verb: 棚户区改造, 综合治理三期), as a verb of building
     * would say of them. Returns the items, the last without the site's words, or null when the list is
     * no such phrase or an item names something else: a place, a body (某中学, 某医院), a company by its
     * short name (华宇科技), a person or an organisation the segmenter knows.
     */
    private static List<Span> worksAtSites(ArticleText t, List<Span> items) {
        Span first = items.get(0);
        Span last = items.get(items.size() - 1);
        int before = first.start() - 1;
        while (before >= 0 && Character.isWhitespace(t.charAt(before))) {
            before--;
        }
        if (before < 0 || t.charAt(before) != '在') {
            return null;
        }
        String v = t.view();
        int lastEnd = last.end();
        Matcher inside = WORKS_SITE_ENDING.matcher(v).region(last.start(), last.end());
        if (inside.find() && inside.start() > last.start()) {
            lastEnd = inside.start();
        } else if (!WORKS_SITE.matcher(v).region(last.end(), t.length()).lookingAt()) {
            return null;
        }
        List<Span> out = new ArrayList<>(items);
        out.set(out.size() - 1, new Span(last.start(), lastEnd));
        for (Span item : out) {
            String text = t.slice(item.start(), item.end());
            Token only = t.tokenAt(item.start());
            if (org.localkg.resolve.Divisions.get().isPlace(text) || PLACE_ENDING.matcher(text).find()
                    || Lexicons.ORGANIZATION_SUFFIXES.suffixAt(v, item.end()) != null
                    || Lexicons.INDUSTRY.suffixAt(v, item.end()) != null
                    || only != null && only.start() == item.start() && only.end() == item.end()
                        && (only.tag().startsWith("nt") || only.tag().startsWith("nr"))
                    || NameChecks.titleWithin(t, item.start() + 1, item.end())) {
                return null;
            }
        }
        return out;
    }

    /** Verbs of holding or attending an event, whose object is the ceremony and not the items before its name. */
    private static final Pattern CEREMONY_VERB = Pattern.compile("举行|举办|召开|出席|参加|见证");

    /**
     * A list's first item without a clause's opening: after a verb of holding the event (某区举行|甲), or
     * whole when it holds no verb (今天上午，甲、乙…); null when another verb opens it (a clause, no item).
     */
    private static Span afterCeremonyVerb(ArticleText t, Span first) {
        int start = first.start();
        for (int i = first.start(); i < first.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                i++;
                continue;
            }
            if (CEREMONY_VERB.matcher(tk.text()).matches()) {
                start = tk.end();
            } else if (tk.tag().startsWith("v") && !tk.tag().equals("vn") && tk.text().length() >= 2 && i >= start) {
                return null;
            }
            i = tk.end();
        }
        return first.end() - start >= 2 ? new Span(start, first.end()) : null;
    }

    private static List<Span> replaceFirst(List<Span> items, Span first) {
        List<Span> out = new ArrayList<>(items);
        out.set(0, first);
        return out;
    }

    /** Words that end the name of a field of industry (先进制造业, 新一代信息技术, 生物医药健康产业). */
    private static final Pattern FIELD_END = Pattern.compile("(?:业|技术|产业|制造|服务|经济|健康|医药|能源|材料|装备)$");

    /** The item is a field of industry: a field's ending, and nothing the dictionary does not know as common words before it. */
    private static boolean field(ArticleText t, Span item) {
        if (!FIELD_END.matcher(t.slice(item.start(), item.end())).find()) {
            return false;
        }
        for (int i = item.start(); i < item.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.tag().startsWith("nr") || tk.tag().startsWith("ns") || tk.tag().equals("nz")
                    || t.dictionaryTags(tk.text()).isEmpty()) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /**
     * Whether a bracket opened in {@code [from, at)} is still open at {@code at} and closes before the next 、: a note on
     * one item (某铁路某段(含|站本体)、…), not a list held in the bracket (重点项目5个(其中包括甲、乙等)).
     */
    private static boolean insideBrackets(ArticleText t, int from, int at) {
        String v = t.view();
        int open = Math.max(v.lastIndexOf('(', at - 1), v.lastIndexOf('（', at - 1));
        int close = Math.max(v.lastIndexOf(')', at - 1), v.lastIndexOf('）', at - 1));
        if (open < from || open <= close) {
            return false;
        }
        int closes = firstOf(v, at, ")）");
        int next = firstOf(v, at, "、");
        return closes >= 0 && (next < 0 || closes < next);
    }

    private static int firstOf(String v, int from, String chars) {
        for (int i = from; i < v.length(); i++) {
            if (chars.indexOf(v.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last opener in {@code [from, to)} that leaves an item after it; a colon opens too. */
    private static Span opener(ArticleText t, int from, int to) {
        Span best = null;
        for (int i = from; i < to; i++) {
            if (!t.isTokenBoundary(i)) {
                continue;
            }
            String w = longer(OPENERS.prefixAt(t.view(), i), VERBS.prefixAt(t.view(), i));
            // at the clause's start the segmenter may fuse the opener's end with the name (其|中南…)
            if (w == null) {
                w = verbDone(t, i); // 园区培育了甲、乙: a verb and its aspect particle
            }
            if (w == null || !wholeWord(t, i, w) || i > from && !t.isTokenBoundary(i + w.length())) {
                continue;
            }
            if (insideBrackets(t, from, i)) {
                continue; // 甲铁路某段(含|站本体)、乙…: a bracket's note on an item, no opener of the list
            }
            int end = i + w.length();
            if (headNounAt(t, end)) {
                continue; // 建设项目, 开工项目: a noun phrase, not a verb and its object
            }
            if (end < to && "组团队".indexOf(t.charAt(end)) >= 0 && t.isTokenBoundary(end + 1) && groupActs(t, end + 1)) {
                continue; // 视察组|先后到, 考察团|一行: the verb names the group that goes, the group is no list's verb
            }
            if (verbOf(w) == Verb.VISIT && beforeVerb(t, end)) {
                continue; // 深入了解甲、乙: the verb modifies the verb after it, which governs the list
            }
            if (end < to && t.charAt(end) == '了') {
                end++;
            }
            if (itemLike(t, end, to)) {
                best = new Span(i, end);
            }
        }
        return best;
    }

    /**
     * What follows a group's word is what the group does (视察组|先后到, 考察团|一行, 调研组|在): a verb, an adverb, a
     * preposition or its party; not the rest of a name (视察|团山工业园: 团 opens the park's name).
     */
    private static boolean groupActs(ArticleText t, int at) {
        Token next = t.tokenAt(at);
        if (next == null || next.start() != at) {
            return false;
        }
        String tag = next.tag();
        return tag.startsWith("v") || tag.startsWith("d") || tag.startsWith("p") || tag.equals("w") || next.text().equals("一行");
    }

    /** A verb of two or more characters followed by 了 or 过, as one opener (培育了), or null. */
    private static String verbDone(ArticleText t, int i) {
        Token tk = t.tokenAt(i);
        if (tk == null || tk.start() != i || !tk.tag().startsWith("v") || tk.tag().equals("vn") || tk.text().length() < 2) {
            return null;
        }
        Token next = t.tokenAt(tk.end());
        return next != null && next.start() == tk.end() && (next.text().equals("了") || next.text().equals("过"))
                ? tk.text() : null;
    }

    private static boolean headNounAt(ArticleText t, int i) {
        return HEADS.entrySet().stream().anyMatch(h -> h.getKey() == Kind.OTHER ? otherHeadEndsAt(t, h.getValue().prefixAt(t.view(), i), i)
                        : h.getValue().prefixAt(t.view(), i) != null)
                || Lexicons.PROJECT_SUFFIXES.prefixAt(t.view(), i) != null;
    }

    /**
     * A head of other things (国家, 领域, 城市) at {@code i} that is a word of its own and the phrase's last: 考察|国家, not
     * 深入|国家乳业技术创新中心 or 建设|城市书房, where the word opens the name of what the verb takes.
     */
    private static boolean otherHeadEndsAt(ArticleText t, String head, int i) {
        if (head == null) {
            return false;
        }
        int end = i + head.length();
        return end >= t.length() || ArticleText.isBreak(t.charAt(end)) || !t.isTokenBoundary(end);
    }

    /** The segmenter has {@code w} as one word (or as several words that end where it ends). */
    private static boolean wholeWord(ArticleText t, int i, String w) {
        Token tk = t.tokenAt(i);
        return tk != null && tk.start() == i && tk.end() <= i + w.length();
    }

    private static String longer(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.length() >= b.length() ? a : b;
    }

    private static boolean itemLike(ArticleText t, int from, int to) {
        int s = trimLeading(t, from, to);
        if (to - s < 2) {
            return false;
        }
        char c = t.charAt(s);
        return "的了着过之".indexOf(c) < 0 && (ArticleText.isHan(c) || Character.isLetterOrDigit(c) || "“\"《(".indexOf(c) >= 0);
    }

    /** Past the date, time words and function words that open a clause (3月23日, 同日, 此次, 在). */
    /**
     * 某县一口气|与|甲集团、乙集团等15家企业签订…: 与 (同, 跟, 和) after an adverb is the preposition of who acts with the
     * list, no conjunction inside its first item (an adverb qualifies a verb, never a name that a conjunction joins); the
     * first item starts after it.
     */
    private static int afterAdverbAndWith(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            Token before = tk.start() > from ? t.tokenAt(tk.start() - 1) : null;
            if (tk.start() == i && tk.text().length() == 1 && "与同跟和".contains(tk.text()) && before != null && before.end() == i
                    && (before.tag().equals("d") || before.tag().equals("ad")) && before.text().length() >= 2 && to - tk.end() >= 2) {
                return tk.end();
            }
            i = Math.max(i + 1, tk.end());
        }
        return from;
    }

    /** {@code [from, to)} is a place and nothing else (栖凤区, 县里): a clause's subject. */
    private static boolean placeOnly(ArticleText t, int from, int to) {
        String words = t.slice(from, to);
        return org.localkg.resolve.Divisions.get().isPlace(words) || PLACES_OWN.matcher(words).matches()
                || t.tokenAt(from) != null && t.tokenAt(from).start() == from && t.tokenAt(from).end() == to
                    && t.tokenAt(from).tag().startsWith("ns");
    }

    /** The words for a place's own government (县里, 市里), or a place's name by its division's word (某某区, 全县). */
    private static final Pattern PLACES_OWN = Pattern.compile("[省市县区镇乡旗]里|\\p{IsHan}{1,4}[省市县区镇乡旗]");

    static int trimLeading(ArticleText t, int from, int to) {
        int s = from;
        while (s < to && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        Matcher date = LEADING_DATE.matcher(t.view()).region(s, to);
        if (date.lookingAt() && date.end() > s && to - date.end() >= 2) {
            s = date.end();
        }
        Matcher amount = LEADING_AMOUNT.matcher(t.view()).region(s, to);
        if (amount.lookingAt() && to - amount.end() >= 2) {
            s = amount.end(); // 总投资均为|13亿元的|甲和乙: the amount the items have, not their name
        }
        Matcher held = HELD_AT.matcher(t.view()).region(s, to);
        if (held.lookingAt() && to - held.end() >= 2) {
            s = held.end(); // 开工|仪式在甲基地、乙中心…举行: the event held at the places, which the items are
        }
        while (s < to) {
            Token tk = t.tokenAt(s);
            if (tk == null || tk.start() != s || tk.end() >= to - 1) {
                break;
            }
            // a one-character adverb or pronoun may be a name's first character (太|忻大道): only known function words go
            boolean leading = LEADING_TAGS.contains(tk.tag()) && (tk.text().length() >= 2 || tk.tag().startsWith("u")
                    || tk.tag().equals("w")) || OPENERS.contains(tk.text()) || Lexicons.STOP_WORDS.contains(tk.text());
            Token next = t.tokenAt(tk.end());
            // 播放了甲: a verb and its aspect particle open the clause, not the name
            boolean verbDone = tk.tag().startsWith("v") && next != null && next.start() == tk.end()
                    && (next.text().equals("了") || next.text().equals("过")) && next.end() < to - 1;
            if (verbDone) {
                s = next.end();
                continue;
            }
            // 园区内|甲、乙…, 厂区里|甲: a common noun and its locative place the list, no item's name opens so
            boolean placeInside = tk.tag().equals("n") && tk.text().length() >= 2 && next != null && next.start() == tk.end()
                    && next.text().length() == 1 && "内里".contains(next.text()) && to - next.end() >= 2;
            if (placeInside) {
                s = next.end();
                continue;
            }
            // 详细|了解|甲项目, 认真|听取…: a word of manner and the verb it qualifies open the clause, not the name
            boolean mannerAndVerb = tk.text().length() == 2 && (tk.tag().equals("a") || tk.tag().equals("ad") || tk.tag().equals("d"))
                    && next != null && next.start() == tk.end() && LEARNING_VERBS.contains(next.text()) && to - next.end() >= 4;
            if (mannerAndVerb) {
                s = next.end();
                continue;
            }
            // 三是|要|狠抓|甲、乙…: a modal and the verb it governs open the clause (what the speaker urges), not the name
            boolean modalAndVerb = MODALS.contains(tk.text()) && next != null && next.start() == tk.end() && next.tag().startsWith("v")
                    && next.text().length() >= 2 && to - next.end() >= 2;
            if (modalAndVerb) {
                s = next.end();
                continue;
            }
            // 将紧盯|甲项目、乙生产线等…: a verb that governs works (the governing verbs' lexicon), whatever the segmenter
            // tagged it, opens the clause before the first item
            boolean governing = Lexicons.GOVERNING_VERBS.contains(tk.text()) && to - tk.end() >= 4;
            if (!leading && !governing && !parkWordBeforePlace(t, tk, to)) {
                break;
            }
            s = tk.end();
        }
        // 栖凤区|紧盯|甲项目、…, 县里|安排|甲项目: the clause's subject, a place, and a verb governing works come before it
        for (int k = s; k < to - 4 && k - s <= 6; ) {
            Token tk = t.tokenAt(k);
            if (tk == null || tk.start() != k) {
                break;
            }
            if (k > s && Lexicons.GOVERNING_VERBS.contains(tk.text()) && placeOnly(t, s, k)) {
                s = tk.end();
                break;
            }
            k = tk.end();
        }
        // 某县还在|甲工程、乙项目…: the clause's subject, an adverb and 在 come before the first item
        Matcher placed = SUBJECT_ADVERB_AT.matcher(t.view()).region(s, to);
        if (placed.find() && placed.start() - s >= 2 && to - placed.end() >= 2 && t.isTokenBoundary(placed.start())
                && t.isTokenBoundary(placed.end())) {
            s = placed.end();
        }
        // 某中心|由|甲集团、乙公司…共建: the clause's subject and the agent's preposition come before the first item
        for (int k = s + 2; k < to - 2; k++) {
            Token tk = t.tokenAt(k);
            if (tk != null && tk.start() == k && tk.text().length() == 1 && AGENT_PREPOSITIONS.indexOf(tk.text().charAt(0)) >= 0
                    && (tk.tag().equals("p") || tk.tag().equals("pbei"))) {
                return k + 1;
            }
        }
        return s;
    }

    /** Words of what must or will be done, before a verb. */
    private static final Set<String> MODALS = Set.of("要", "需", "需要", "应", "应当", "必须", "务必");

    /** An adverb and 在 after a clause's subject: 还在, 也在, 均在, 将在. */
    private static final Pattern SUBJECT_ADVERB_AT = Pattern.compile("(?:还|也|均|都|将|已|又)在");

    /** Prepositions that introduce who does the clause's verb: the items after them are its agents. */
    private static final String AGENT_PREPOSITIONS = "由被";

    /**
     * A bare park word that opens an item and is followed by a place (开发区|甘肃某某研究基地): the
     * article's park, said before a name that opens with its own place, so not part of the name.
     */
    private static boolean parkWordBeforePlace(ArticleText t, Token tk, int to) {
        String w = tk.text();
        return Lexicons.PARK_SUFFIXES.contains(w) && w.length() >= 2 && to - tk.end() >= 4
                && org.localkg.resolve.Divisions.get().placeAt(t.view(), tk.end()) != null;
    }

    private static Span trimSpaces(ArticleText t, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || "(（《“".indexOf(t.charAt(b - 1)) >= 0)) {
            b--; // (…、某支线(: a bracket the page's cut left open closes nothing of the item's)
        }
        // a bracket that opens or closes the list, not the item ((甲、乙)等项目)
        if (a < b && "(（".indexOf(t.charAt(a)) >= 0 && t.slice(a + 1, b).chars().noneMatch(c -> c == ')' || c == '）')) {
            a++;
        }
        if (b > a && ")）".indexOf(t.charAt(b - 1)) >= 0 && t.slice(a, b - 1).chars().noneMatch(c -> c == '(' || c == '（')) {
            b--;
        }
        // a quote that opens or closes the list, not the item (“甲、乙、丙”)
        if (a < b && "“\"".indexOf(t.charAt(a)) >= 0 && t.slice(a + 1, b).indexOf('”') < 0 && t.slice(a + 1, b).indexOf('"') < 0) {
            a++;
        }
        if (b > a && "”\"".indexOf(t.charAt(b - 1)) >= 0 && t.slice(a, b - 1).indexOf('“') < 0 && t.slice(a, b - 1).indexOf('"') < 0) {
            b--;
        }
        return new Span(a, b);
    }

    /** A verb of the genre (签约, 开工, 通车 …) as the word at {@code at}. */
    private static boolean genreVerbAt(ArticleText t, int at) {
        Token next = t.tokenAt(at);
        return next != null && next.start() == at && VERBS.contains(next.text());
    }

    /**
     * A verb of the genre starts at {@code at} and no project or park word follows it (集中|开工仪式, 持续|推进建设;
     * not 配套|建设项目, 配套|运营项目: there the verbs name the works).
     */
    private static boolean eventVerbAt(ArticleText t, int at) {
        return genreVerbAt(t, at) && !kindSuffixAt(t, t.tokenAt(at).end());
    }

    /**
     * What follows a verb after a works' word is its predicate only: no conjunction joins another item (…项目施工|和
     * 丙公司) and no kind word ends it (…工程监理公司, …项目配套基础设施工程: the verb inside a longer name).
     */
    private static boolean predicateOnly(ArticleText t, int from, int end) {
        String rest = t.slice(from, end);
        return rest.chars().noneMatch(c -> "和及与".indexOf(c) >= 0)
                && Lexicons.ENTERPRISE_SUFFIXES.suffixAt(rest, rest.length()) == null
                && Lexicons.ORGANIZATION_SUFFIXES.suffixAt(rest, rest.length()) == null
                && !rest.endsWith("企业") && !kindEndsAt(t, end);
    }

    private static boolean kindEndsAt(ArticleText t, int end) {
        return Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), end) != null || Lexicons.PARK_SUFFIXES.suffixAt(t.view(), end) != null
                || Lexicons.FACILITY_SUFFIXES.suffixAt(t.view(), end) != null;
    }

    /** A note in brackets on what an item includes: (含站本体), (包括配套道路). */
    private static final Pattern INCLUDING_NOTE = Pattern.compile("[(（](?:含|包含|包括)[^()（）]{1,12}[)）]$");

    /** An item without the note in brackets after its name on what it includes (某铁路某段(含站本体) → 某铁路某段). */
    private static Span withoutNote(ArticleText t, Span item) {
        Matcher m = INCLUDING_NOTE.matcher(t.view()).region(item.start(), item.end());
        return m.find() && m.start() - item.start() >= 2 ? new Span(item.start(), m.start()) : item;
    }

    /**
     * The first item without the conjunction that joins its list to the one closed before it (…等27个项目|和|甲中心、乙
     * 等19个项目): 和, 及, 以及 or 与 right after a list's head.
     */
    private static Span afterJoiningConjunction(ArticleText t, Span item) {
        Token tk = t.tokenAt(item.start());
        if (tk == null || tk.start() != item.start() || !CONJUNCTIONS.contains(tk.text()) || tk.text().equals("并")
                || item.end() - tk.end() < 2) {
            return item;
        }
        String before = t.slice(Math.max(0, item.start() - 6), item.start());
        return LIST_HEAD_BEFORE.matcher(before).find() ? new Span(tk.end(), item.end()) : item;
    }

    /** A head that names the areas the items are: 等方面, 等领域, 等板块 (not 等方面工程, 等领域项目: works of those areas). */
    /** A head that names one works made of the items, when they are common nouns (甲合作社、研发中心等综合开发项目). */
    private static final Pattern ONE_WHOLE_HEAD = Pattern.compile("等综合开发项目");
    private static final Pattern AREAS_HEAD = Pattern.compile("等(?:多个|几个)?(?:方面|领域|板块|门类|类别)(?![项工示标])");

    /** A list's head ending right before: 等27个市级工程项目, 等重点项目, 等企业. */
    private static final Pattern LIST_HEAD_BEFORE = Pattern.compile("(?:项目|工程|企业|个|家|项)$");

    /** The building of works after their 项目 or 工程: 某某项目|建设, 某某工程|施工. */
    private static final Pattern WORKS_ACTIVITY = Pattern.compile("(?<=项目|工程)(?:建设|施工|推进|实施)$");

    /**
     * An item without the building its works are in (调研甲生产、乙深加工项目|建设和丙公司…): a name ends at its
     * 项目; the activity is what the visit looks at.
     */
    private static Span withoutWorksActivity(ArticleText t, Span item) {
        Matcher m = WORKS_ACTIVITY.matcher(t.view()).region(item.start(), item.end());
        m.useTransparentBounds(true);
        return m.find() && m.start() - item.start() >= 6 ? new Span(item.start(), m.start()) : item;
    }

    /**
     * The last item without the predicate that follows it in its clause (甲项目也于当天开工 → 甲项目,
     * 乙参加 → 乙): cut at an adverb, preposition or conjunction, or at a verb of the genre or a word
     * that follows names, once the item has two characters.
     */
    static Span trimPredicate(ArticleText t, Span s) {
        for (int i = s.start() + 2; i < s.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            if (tk.start() == i) {
                String tag = tk.tag();
                // a one-character "adverb" may be a name's character (常, 共): only the function adverbs cut
                // …or an adverbial adjective before a verb of the genre (某工程|顺利通车)
                // …or a verb of how it happens before a verb of the genre (某项目|集中开工, 统一开工)
                boolean function = tag.startsWith("d") && (tk.text().length() >= 2 || "也都均已还将正又再亦皆则".contains(tk.text()))
                        || tag.equals("p") || tag.equals("c")
                        || tag.equals("ad") && tk.text().length() >= 2 && genreVerbAt(t, tk.end())
                        || tag.startsWith("v") && tk.text().length() >= 2 && eventVerbAt(t, tk.end());
                boolean after = tk.text().length() >= 2 && (Lexicons.AFTER_NAME.contains(tk.text())
                        || VERBS.contains(tk.text()) && !kindSuffixAt(t, tk.end()));
                // …or any verb right after the works' word (某某产业园项目|开展现场观摩): a name ends at its 项目
                boolean afterWorks = tag.startsWith("v") && tk.text().length() >= 2 && i - s.start() >= 4
                        && Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), i) != null && !kindSuffixAt(t, tk.end())
                        && predicateOnly(t, tk.end(), s.end());
                if (function || after || afterWorks) {
                    return new Span(s.start(), i);
                }
            }
            i = Math.max(i + 1, tk.end());
        }
        return s;
    }

    /**
     * Whether the 、 at {@code sep} joins the things one project makes (高频变压器、电感元器件项目,
     * 氨糖、脯氨酸生产项目) rather than two items: it is the only 、 of its clause, the clause ends in
     * 项目 or 工程, the part before the 、 names no project of its own (no 项目, 工程, 等), and the
     * part after it is a name of four characters or more before its kind word that opens with no
     * place or proper name (滨河大道、龙湖大桥项目 is two).
     */
    static boolean oneNameAcross(ArticleText t, int sep) {
        String v = t.view();
        if (numberedParts(v, sep) || yieldsOfOneWorks(t, sep)) {
            return true;
        }
        int from = sep;
        while (from > 0 && HARD.indexOf(v.charAt(from - 1)) < 0) {
            from--;
        }
        String before = v.substring(from, sep);
        if (SUM_END.matcher(before).find()) {
            return false; // 总投资8亿元、年产…项目: a sum and the works it is spent on, no product of the works
        }
        String after = v.substring(sep + 1, clauseEnd(v, sep + 1));
        String kind = after.endsWith("项目") ? "项目" : after.endsWith("工程") ? "工程" : null;
        Token first = t.tokenAt(sep + 1);
        boolean named = first != null && (first.tag().startsWith("ns") || first.tag().startsWith("nr") || first.tag().startsWith("nt"))
                || org.localkg.resolve.Divisions.get().placeAt(v, sep + 1) != null;
        return kind != null && !named && after.length() - kind.length() >= 4 && !after.contains("等") && after.indexOf('、') < 0
                && before.indexOf('、') < 0 && !before.contains("项目") && !before.contains("工程") && !before.contains("等");
    }

    /** A sum of money closing the words before a 、 (投资8.2亿元, 5000万元人民币). */
    private static final Pattern SUM_END = Pattern.compile("\\d(?:\\.\\d+)?(?:多|余)?[万亿]*元(?:人民币)?$");

    /** The words of a yearly output: 年产, 年加工, 年处理能力. */
    private static final String YEARLY = "年(?:产|生产|加工|处理|产能)(?:能力)?";
    /** Units an output is counted in: 吨, 件, 平方米, 千瓦. */
    private static final String OUTPUT_UNITS = "吨|件|台|套|只|头|辆|片|块|箱|平方米|立方米|千瓦|兆瓦|米|条|张";
    /** A yearly output and its amount: 年产40万吨, 年加工2万件. */
    private static final Pattern YIELD = Pattern.compile(YEARLY + "\\d");
    /** An amount and its unit opening what follows a 、: 60万吨, 10万平方米, 3千瓦. */
    private static final Pattern AMOUNT_START = Pattern.compile(
            "^\\d+(?:\\.\\d+)?(?:[万亿千百])?(?:" + OUTPUT_UNITS + "|瓦|公里|吨/年)");
    /** A yearly output, its amount and unit, and the product's few characters closing what precedes a 、. */
    private static final Pattern YIELD_AND_PRODUCT = Pattern.compile(
            YEARLY + "[\\d.]+[万亿千百]?(?:" + OUTPUT_UNITS + ")\\p{IsHan}{1,4}$");
    /** Words that make what follows a 、 a name of its own: a kind of works, a company, a park. */
    private static final Pattern NAMES_ITS_OWN = Pattern.compile("项目|工程|公司|集团|园|区|基地|中心");

    /**
     * 甲集团年产20万吨某材料、30万吨某产品, 年产12万件毛衫、羊绒制品: the 、 joins two outputs of one works, when a
     * yearly output opens the part before it and an amount with its unit opens the part after it, or the part
     * after it is a product of a few characters alone that the same amount counts (no proper name, no word of a
     * works', company's or park's name).
     */
    private static boolean yieldsOfOneWorks(ArticleText t, int sep) {
        String v = t.view();
        int from = partStart(v, sep);
        String before = v.substring(from, sep);
        if (!YIELD.matcher(before).find()) {
            // 年产40万吨甲、6万吨乙、…: an amount after a 、 that itself joins two outputs goes on with the same works
            return from > 0 && v.charAt(from - 1) == '、' && AMOUNT_START.matcher(before).find()
                    && AMOUNT_START.matcher(v.substring(sep + 1)).find() && yieldsOfOneWorks(t, from - 1);
        }
        if (AMOUNT_START.matcher(v.substring(sep + 1)).find()) {
            return true;
        }
        int to = sep + 1;
        while (to < v.length() && ArticleText.isHan(v.charAt(to))) {
            to++;
        }
        if (to - sep - 1 < 2 || to - sep - 1 > 4 || to < v.length() && v.charAt(to) != '、' && HARD.indexOf(v.charAt(to)) < 0
                || !YIELD_AND_PRODUCT.matcher(before).find() || NAMES_ITS_OWN.matcher(v.substring(sep + 1, to)).find()) {
            return false;
        }
        for (int i = sep + 1; i < to; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || PROPER_TAGS.stream().anyMatch(tk.tag()::startsWith)) {
                return false; // a place's, person's, body's or brand's name: an item of its own
            }
            i = tk.end();
        }
        return true;
    }

    /** Parts of speech of proper names: places, people, bodies, other proper nouns. */
    private static final List<String> PROPER_TAGS = List.of("ns", "nr", "nt", "nz");

    /** The first 和, 与 or 及 after {@code from} that follows a kind word (…项目|和乙项目), before {@code end}; else -1. */
    private static int kindThenConjunction(ArticleText t, int from, int end) {
        for (int i = from + 1; i < end - 1; i++) {
            if (t.conjunctionWordAt(i) && Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** A phase or a number and its counter (二期, 9号), at the end of what comes before or the start of what follows. */
    private static final Pattern NUMBERED_END = Pattern.compile("(?:\\d+|[一二三四五六七八九十]+)([期号號#线])$");
    /** A number with no counter, after a word (养殖二): its counter is the next part's. */
    private static final Pattern BARE_NUMBER_END = Pattern.compile("\\p{IsHan}(?<![一二三四五六七八九十第])[一二三四五六七八九十]$");
    /** A phase's number and 期 opening what follows a 、 (二期建成). */
    private static final Pattern PHASE_START = Pattern.compile("[一二三四五六七八九十]期");
    private static final Pattern NUMBERED_START = Pattern.compile("(?:\\d+|[一二三四五六七八九十]+)([期号號#线])");

    /**
     * 甲公司某设备二期、三期项目, 9号、15号煤层某工程: the 、 joins phases or numbered parts of one project
     * when both sides count with the same word and a kind word (项目, 工程) closes the part after it.
     */
    private static final Pattern KIND_WORD = Pattern.compile("项目|項目|工程");

    static boolean numberedParts(String v, int sep) {
        int from = partStart(v, sep);
        String after = v.substring(sep + 1, clauseEnd(v, sep + 1));
        Matcher left = NUMBERED_END.matcher(v.substring(from, sep));
        Matcher kind = KIND_WORD.matcher(after);
        if (!kind.find()) {
            // 甲单晶一、二期建成投产: phases, the counter written once, need no word for works after them
            return BARE_NUMBER_END.matcher(v.substring(from, sep)).find() && PHASE_START.matcher(after).lookingAt();
        }
        String named = after.substring(0, kind.start());
        if (named.contains("等")) {
            return false;
        }
        // a run of more than two (112线、207线、309线某工程; 二、三、四期项目): the parts between are numbers alone
        int lastSep = named.lastIndexOf('、');
        String between = lastSep < 0 ? "" : named.substring(0, lastSep);
        String last = named.substring(lastSep + 1);
        Matcher right = NUMBERED_START.matcher(last);
        if (!right.lookingAt()) {
            return false;
        }
        String counter = right.group(1);
        if (left.find()) {
            // 甲公司某设备二期、三期项目: each part counts with the same word
            return left.group(1).equals(counter) && (between.isEmpty() || numbersAlone(between, counter));
        }
        // 甲肉牛养殖二、三期项目: the counter written once, after the last number; in a run (二、三、四期) a
        // number alone before the 、 is one when the 、 before it is
        String before = v.substring(from, sep);
        if (from > 0 && v.charAt(from - 1) == '、' && numbersAlone(before, "")) {
            return numberedParts(v, from - 1);
        }
        return BARE_NUMBER_END.matcher(before).find() && (between.isEmpty() || numbersAlone(between, ""));
    }

    /** Whether {@code parts} is numbers alone joined by 、, each followed by {@code counter} (empty: by none). */
    private static boolean numbersAlone(String parts, String counter) {
        for (String part : parts.split("、", -1)) {
            if (!part.matches("(?:\\d+|[一二三四五六七八九十]+)" + Pattern.quote(counter))) {
                return false;
            }
        }
        return true;
    }

    /** Where the part before the 、 at {@code sep} starts: after the mark (a break or another 、) before it. */
    private static int partStart(String v, int sep) {
        int from = sep;
        while (from > 0 && HARD.indexOf(v.charAt(from - 1)) < 0 && v.charAt(from - 1) != '、') {
            from--;
        }
        return from;
    }

    private static boolean kindSuffixAt(ArticleText t, int i) {
        return Lexicons.PROJECT_SUFFIXES.prefixAt(t.view(), i) != null || Lexicons.PARK_SUFFIXES.prefixAt(t.view(), i) != null
                || Lexicons.FACILITY_SUFFIXES.prefixAt(t.view(), i) != null;
    }

    /** 等相关项目, 等有关工程: a head of works that concern the items. */
    private static final Pattern RELATED_HEAD = Pattern.compile("等(?:相关|有关)");

    /** A place as a whole (全市, 各县, 本区): whose things the head's are, never what the items are. */
    private static final Pattern COLLECTIVE_PLACE = Pattern.compile("[全各本我][市县区省镇乡旗州盟]");

    /** Taking part or coming along: the predicate of a list of people (甲、乙等参加|陪同), whatever its tag. */
    private static final Pattern TAKING_PART = Pattern.compile("参加|出席|参与|陪同");

    /**
     * From {@code from}, nouns (a verbal noun, an adjective, a field's verb of two characters, 、 between them) run within eight
     * characters into a head noun of works or companies (研发|、医疗服务|项目), which ends the clause's subject: the verb
     * before was one of the head's words, not the predicate.
     */
    private static boolean worksOrCompaniesNounSoonAfter(ArticleText t, int from, int limit) {
        int i = from;
        while (i < Math.min(limit, from + 8)) {
            for (Kind k : WORKS_OR_COMPANIES) {
                String noun = HEADS.get(k).prefixAt(t.view(), i);
                if (noun != null && t.isTokenBoundary(i) && t.isTokenBoundary(i + noun.length())) {
                    return i > from;
                }
            }
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                return false;
            }
            boolean wordOfAHead = tk.tag().startsWith("n") && !tk.tag().startsWith("nr") || tk.tag().equals("vn") || tk.tag().equals("a")
                    || tk.tag().equals("v") && tk.text().length() == 2 || tk.text().equals("、");
            if (!wordOfAHead) {
                return false;
            }
            i = tk.end();
        }
        return false;
    }

    private static final List<Kind> WORKS_OR_COMPANIES = List.of(Kind.PROJECT, Kind.ENTERPRISE);

    /** 氢|能: a verb of one character after a noun of one, past the head's 等: the second half of a noun the segmenter split. */
    private static boolean splitNounsEnd(ArticleText t, Token verb, int deng) {
        Token before = verb.text().length() == 1 && verb.start() > deng + 1 ? t.tokenAt(verb.start() - 1) : null;
        return before != null && before.end() == verb.start() && before.tag().equals("n") && before.text().length() == 1;
    }

    /** What joins two kind nouns of one head (项目、企业; 项目和企业). */
    private static final Pattern JOINING_KINDS = Pattern.compile("[、和及与]");

    /** What companies do, after the head noun that names them: 等企业|投资…项目, 等公司|建设…. */
    private static final Set<String> COMPANIES_DO = Set.of("投资", "建设", "兴建", "投建", "参与", "承建");

    /** 来自, the fields, places or countries listed (their own 、 and 等 inside), and 的: where a list's items come from. */
    private static final Pattern FROM_FIELDS = Pattern.compile("来自[^，。,;；！？的]{2,30}?(?:领域|行业|方面|地区|国家|城市|省份|省市)的");

    /**
     * After 等: the head noun and where the head ends ({end, kind ordinal or -1}). The head noun is
     * the first noun of a kind that no other noun follows (等部分项目负责人 is people, not projects);
     * a count after it belongs to the head (等新建项目16个).
     */
    private static int[] headAfterDeng(ArticleText t, int deng, int clauseEnd) {
        String v = t.view();
        int i = deng + (v.startsWith("等等", deng) ? 2 : 1);
        int limit = Math.min(clauseEnd, deng + 40);
        int otherNoun = -1;
        int firstProject = -1;
        int[] last = null;
        Matcher from = FROM_FIELDS.matcher(v).region(i, limit);
        if (from.lookingAt()) {
            i = from.end(); // 等来自甲、乙等领域的|10个重大项目: where the items come from, a clause of its own, then the head
        }
        Token after = t.tokenAt(i);
        if (after != null && after.start() == i && after.tag().equals("p") && "为為对對向给給把将".contains(after.text())) {
            return new int[] {i, -1}; // 甲、乙领导等|为|某某项目培土: the items act on what the preposition takes, no head of theirs
        }
        boolean aBatch = v.startsWith("一批", i);
        int[] described = aBatch ? describedHead(t, deng, limit) : null;
        if (described != null && !kindNounBefore(v, i + 2, described[0])) {
            return described; // 等一批优结构、促转型的大项目: the description's nouns are no head
        }
        while (i < limit) {
            Token tk = t.tokenAt(i);
            if (tk == null) {
                i++;
                continue;
            }
            int[] found = null;
            for (Kind k : HEADS.keySet()) {
                String noun = HEADS.get(k).prefixAt(v, i);
                if (noun != null && t.isTokenBoundary(i) && t.isTokenBoundary(i + noun.length())
                        && (found == null || i + noun.length() > found[0])) {
                    found = new int[] {i + noun.length(), k.ordinal()};
                }
            }
            if (found != null && found[1] == Kind.PROJECT.ordinal() && firstProject < 0) {
                firstProject = found[0];
            }
            if (found != null && found[1] == Kind.ENTERPRISE.ordinal() && firstProject > 0 && last != null
                    && last[1] == Kind.PROJECT.ordinal() && JOINING_KINDS.matcher(v).region(last[0], i).matches()) {
                // 等重点项目、重点企业: projects and companies joined, the items of both kinds; a company's name says it
                // is one, the rest are the projects
                return new int[] {found[0], Kind.PROJECT.ordinal()};
            }
            if (found != null) {
                // the last kind noun before the predicate heads the phrase (等4个怀柔科学城领域重大项目;
                // 等部分项目负责人)
                int end = found[0];
                Matcher c = COUNT.matcher(v).region(end, Math.min(clauseEnd, end + 6));
                if (c.lookingAt()) {
                    end = c.end();
                }
                last = new int[] {end, found[1]};
                i = found[0];
                continue;
            }
            String tag = tk.tag();
            // a verb of visiting is the predicate whatever its tag (等镇(街)调研|检查…工程进展: the towns are visited)
            boolean predicate = tk.start() == i && (tag.startsWith("v") && !tag.equals("vn") || tag.startsWith("d") || tag.equals("p")
                    || verbOf(tk.text()) == Verb.VISIT);
            if (predicate && last == null && verbModifiesHead(t, tk)) {
                i = tk.start() + 2; // 等156个新建|项目, 等新区入驻|企业: a stage the head noun right after is in
                continue;
            }
            if (predicate && last == null && aBatch && worksNounAfter(t, tk)) {
                i = tk.end(); // 等一批交通互联|工程: after 一批 a verb right before the works' noun qualifies it
                continue;
            }
            if (tk.start() == i && tag.equals("v") && (tk.text().length() == 2 || splitNounsEnd(t, tk, deng))
                    && !TAKING_PART.matcher(tk.text()).matches()
                    && verbOf(tk.text()) == Verb.NONE // (等被列为|省重大产业项目: a list's own verb, its predicate)
                    && worksOrCompaniesNounSoonAfter(t, tk.end(), limit)) {
                i = tk.end(); // 等生物研发、健康服务项目, 等氢能系列项目 (能 a verb to the segmenter): a verb inside the head's
                continue;     // words, the noun of works or companies right after them
            }
            if (predicate && (i > deng + 1 || TAKING_PART.matcher(tk.text()).matches())) {
                break; // 等相继签约, 等参加全市项目观摩: no head noun before the predicate
            }
            if (last != null && last[1] == Kind.PLACE.ordinal() && tk.start() == i && tag.startsWith("v")) {
                break; // 赴甲、乙等地|进行重点项目招商: the places, then what is done there (进行 read as a verbal noun)
            }
            if (last != null && last[1] == Kind.ENTERPRISE.ordinal() && tk.start() == i && COMPANIES_DO.contains(tk.text())) {
                break; // 等企业|投资风电项目: the companies, then what they do (a verbal noun the phrase would run on through)
            }
            if (last != null && tk.start() == i && !tag.startsWith("n") && !tag.startsWith("m") && !tag.startsWith("q")
                    && !tag.equals("a") && !tag.equals("b") && !tag.equals("w") && !tag.startsWith("vn")) {
                break; // the head phrase has ended
            }
            if (last == null && otherNoun == i && tk.text().equals("的")) {
                return new int[] {otherNoun, Kind.OTHER.ordinal()}; // 等车间的装修工程: the items are the nouns, the works theirs
            }
            if (tk.start() == i && tag.startsWith("n") && tk.text().length() >= 2 && !tag.startsWith("ns")
                    && !COLLECTIVE_PLACE.matcher(tk.text()).matches()) {
                otherNoun = tk.end(); // 等多项技术应用: a head that is no kind of thing (全市的…: a place's, not one)
            }
            i = Math.max(i + 1, tk.end());
        }
        if (last != null) {
            // 等项目建设情况, 等项目进展, 等项目规划建设现场: the projects' status or site after them; the kind is the projects'
            boolean site = last[1] == Kind.PLACE.ordinal() && SITE.matcher(v.substring(deng, last[0])).find();
            if (last[1] == Kind.PLACE.ordinal() && PROJECTS_SITES.matcher(v.substring(deng, last[0])).find()) {
                return new int[] {last[0], Kind.PROJECT.ordinal()}; // 等N个项目基地, 等项目工地: the projects, where they are built
            }
            if ((last[1] == Kind.OTHER.ordinal() || site) && firstProject > 0 && STATE_NOUN.matcher(v.substring(deng, last[0])).find()) {
                return new int[] {last[0], Kind.PROJECT.ordinal()};
            }
            return last;
        }
        if (otherNoun > 0) {
            return new int[] {otherNoun, Kind.OTHER.ordinal()};
        }
        if (!aBatch) {
            described = describedHead(t, deng, limit);
        }
        return described != null ? described : new int[] {deng + (v.startsWith("等等", deng) ? 2 : 1), -1};
    }

    /**
     * The head noun of works (项目, 工程) right after {@code verb}, ending the phrase (no noun after it): the verb is a
     * modifier of the noun inside the head (一批交通互联工程和…), not the list's predicate.
     */
    private static boolean worksNounAfter(ArticleText t, Token verb) {
        String v = t.view();
        String noun = HEADS.get(Kind.PROJECT).prefixAt(v, verb.end());
        if (noun == null || !t.isTokenBoundary(verb.end()) || !t.isTokenBoundary(verb.end() + noun.length())) {
            return false;
        }
        Token after = t.tokenAt(verb.end() + noun.length());
        return after == null || !(after.tag().startsWith("n") || after.tag().startsWith("v"));
    }

    /** The stages a project or company is in, said with a verb that may qualify a noun (新建项目, 入驻企业). */
    private static final Pattern STAGE_VERB = Pattern.compile("新建|续建|在建|拟建|扩建|改建|入驻|落户|签约|开工|竣工|投产|建成|引进|招引");

    /**
     * A verb of a project's or company's stage, two characters, right before the head noun that ends the
     * phrase (新建项目, 入驻企业, 在建工程): it qualifies the noun, it is no predicate (a verb of visiting
     * is: 等单位考察|项目).
     */
    private static boolean verbModifiesHead(ArticleText t, Token verb) {
        String v = t.view();
        int end = verb.start() + 2;
        if (end > v.length() || !STAGE_VERB.matcher(v).region(verb.start(), end).matches() || !t.isTokenBoundary(end)) {
            return false;
        }
        for (Kind k : HEADS.keySet()) {
            String noun = HEADS.get(k).prefixAt(v, end);
            // not a park's word: 甲、乙等入驻|园区 is the predicate and the place they settle in
            if (k != Kind.PARK && noun != null && t.isTokenBoundary(end + noun.length())) {
                // …and the head phrase ends with that noun (等12家签约企业|相关负责人: the companies' people head it)
                Token after = t.tokenAt(end + noun.length());
                return after == null || !(after.tag().startsWith("n") || after.tag().equals("b") || after.tag().equals("a"));
            }
        }
        return false;
    }

    /**
     * A company's head noun inside the description (等一批龙头企业的好项目: the items are the companies,
     * the projects theirs), before the described head ending at {@code end}.
     */
    private static boolean kindNounBefore(String v, int from, int end) {
        for (int k = from; k < end - 2; k++) {
            String noun = HEADS.get(Kind.ENTERPRISE).prefixAt(v, k);
            if (noun != null && k + noun.length() < end - 1) {
                return true; // (a field's word, 产业结构优, describes the projects and is no head)
            }
        }
        return false;
    }

    /**
     * 等一批产业结构优、投资体量大的项目: a longer description, then 的 (and 大, 好 or 新) and the head noun;
     * after 一批 the description's parts may be listed with 、 too (等一批优结构、促转型的大项目), up to the
     * clause's end. Null when there is none.
     */
    private static int[] describedHead(ArticleText t, int deng, int limit) {
        String v = t.view();
        int end = limit;
        if (v.startsWith("一批", deng + 1)) {
            Matcher clause = CLAUSE_END.matcher(v).region(deng, Math.min(v.length(), deng + 40));
            end = clause.find() ? clause.start() : Math.min(v.length(), deng + 40);
        }
        for (int k = deng + 1; k + 1 < end; k++) {
            if (v.charAt(k) == '的') {
                int h = k + 1 < end - 1 && "大好新".indexOf(v.charAt(k + 1)) >= 0 ? k + 2 : k + 1;
                for (Kind kd : HEADS.keySet()) {
                    String noun = HEADS.get(kd).prefixAt(v, h);
                    if (noun != null && (t.isTokenBoundary(h + noun.length()) || h > k + 1)) {
                        return new int[] {h + noun.length(), kd.ordinal()};
                    }
                }
            }
        }
        return null;
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;！!？?\\n]");

    static Integer countIn(String head) {
        Matcher m = COUNT.matcher(head);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1);
        if (n.chars().allMatch(Character::isDigit)) {
            return n.length() > 6 ? null : Integer.valueOf(n);
        }
        return ChineseNumbers.parse(n);
    }

    /**
     * 和, 及, 以及, 与 inside an item join two items when both sides end alike (甲公司和乙公司, 甲项目和乙项目,
     * two names) or the left side ends like the list's other items; 以及 always. A name that holds
     * 和 (磷酸铁锂和动力电池项目) does not split: its left side ends in no kind word. With {@code counted} (the
     * list's count is its number of items) only the first item may split.
     */
    private static List<Span> splitConjunctions(ArticleText t, List<Span> items, boolean counted, boolean companiesHead) {
        List<Span> out = new ArrayList<>();
        int kinded = 0;
        for (Span item : items) {
            kinded += endingKind(t, item) != null ? 1 : 0;
        }
        // in a list whose items mostly end in a kind word, one that ends in none is no model of how items end
        // (甲公司某某生产制造及乙系统项目 is one item of 某项目、某工程、…, whatever another stray item ends in)
        boolean mostlyKinded = kinded * 2 > items.size();
        for (int k = 0; k < items.size(); k++) {
            Span s = items.get(k);
            if (counted && k > 0) {
                out.add(s);
                continue;
            }
            Span[] parts = afterWorksWord(t, s);
            for (int i = s.start() + 2; i < s.end() - 1 && parts == null; i++) {
                Token tk = t.tokenAt(i);
                if (tk == null || tk.start() != i || !CONJUNCTIONS.contains(tk.text()) || tk.end() > s.end() - 2) {
                    continue;
                }
                Span left = new Span(s.start(), i);
                Span right = new Span(tk.end(), s.end());
                // both sides end alike (甲公司和乙公司), or the left side ends like the list's other items
                // (甲扩建、乙改造和丙校区); not when only the right side ends in a kind word (磷酸铁锂和动力电池
                // 项目 is one name), nor before 项目 that covers both (甲大桥和乙接线项目)
                boolean companies = companiesHead && twoCompanies(t, left, right);
                boolean split = tk.text().equals("以及") || endingKind(t, left) != null && alike(t, left, right)
                        || investedOpening(t, left) && investedOpening(t, right) // 投资甲元的某工程和投资乙元的某花园: two amounts, two works
                        || companies;
                for (int o = 0; o < items.size() && !split; o++) {
                    split = o != k && !(mostlyKinded && endingKind(t, items.get(o)) == null) && alike(t, left, items.get(o));
                }
                if (split && !companies && endingKind(t, left) == null && !tk.text().equals("以及")
                        && (!opensName(t, right.start()) || onlyVerbs(t, right))) {
                    split = false; // 某灌区续建配套与节水改造, 某某制氢及液化: what follows opens no name of its own
                }
                if (split && CO_OUTPUT.matcher(t.view()).region(right.start(), right.end()).lookingAt()) {
                    split = false; // 年产20万吨甲及联产10万吨乙: what the same works makes beside, one item
                }
                // 某某原料及某某制品: when the text names the whole as a project elsewhere, it is one item
                String whole = t.slice(s.start(), s.end());
                if (split && Lexicons.PROJECT_SUFFIXES.suffixAt(whole, whole.length()) == null
                        && (t.view().contains(whole + "项目") || t.view().contains(whole + "工程"))) {
                    split = false;
                }
                if (split) {
                    parts = new Span[] {left, right};
                }
            }
            if (parts == null) {
                out.add(s);
            } else {
                out.add(parts[0]);
                out.add(parts[1]);
            }
        }
        return out;
    }

    /**
     * The item split at a conjunction of a word of its own, when a head counts one item more than the list
     * found (甲调蓄和乙整治两个项目): at the only one, or of several at the only one after words of what is done;
     * else the item stays whole.
     */
    private static List<Span> splitInTwo(ArticleText t, Span item) {
        List<Integer> at = new ArrayList<>();
        for (int i = item.end() - 3; i >= item.start() + 2; i--) {
            if (t.conjunctionWordAt(i)) {
                at.add(i);
            }
        }
        for (int i = item.end() - 3; at.isEmpty() && i >= item.start() + 2; i--) {
            if (t.conjunctionInGuessedNameAt(i)) {
                at.add(i); // 甲南延和|乙项目: the count says the segmenter's guessed name holds the conjunction
            }
        }
        if (at.size() > 1) {
            // 甲调蓄和乙河与丙河连通: of two conjunctions, the one after words of what is done joins the items
            at.removeIf(i -> !endsWorks(t, item.start(), i));
        }
        return at.size() == 1 ? List.of(new Span(item.start(), at.get(0)), new Span(at.get(0) + 1, item.end())) : List.of(item);
    }

    /** The words before {@code end} end in what is done (调蓄, 整治, 新建) or in 项目 or 工程: an item of its own. */
    private static boolean endsWorks(ArticleText t, int start, int end) {
        Token last = t.tokenAt(end - 1);
        return last != null && last.end() == end && last.start() >= start
                && (last.tag().startsWith("v") || Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), end) != null);
    }

    /**
     * 甲年产…铸件和…高炉项目|和|乙线路: a conjunction right after a works' word (项目, 工程) of a name four characters long
     * or more ends that name, whatever conjunctions the name holds before it; the item is split there.
     */
    private static Span[] afterWorksWord(ArticleText t, Span s) {
        for (int i = s.start() + 4; i < s.end() - 2; i++) {
            Token tk = t.tokenAt(i);
            String kind = Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), i);
            if (tk == null || tk.start() != i || !CONJUNCTIONS.contains(tk.text()) || tk.end() > s.end() - 2 || kind == null
                    || !t.isTokenBoundary(i)) {
                continue;
            }
            if (ProjectRecognizer.isProjectName(t, s.start(), i - kind.length())) {
                return new Span[] {new Span(s.start(), i), new Span(tk.end(), s.end())};
            }
        }
        return null;
    }

    /** An output made beside the main one, by the same works: 联产10万吨, 副产5万吨. */
    private static final Pattern CO_OUTPUT = Pattern.compile("(?:联产|副产|同时产|配套年产)[\\d.]");

    /** The span is verbs only (液化, 储运; 节水改造): activities added to the item's, no name. */
    private static boolean onlyVerbs(ArticleText t, Span s) {
        for (int i = s.start(); i < s.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > s.end() || !tk.tag().startsWith("v")) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /** An item that says which works it is: a number in it (年产5万吨…), a proper word, or a name's opening. */
    private static boolean specificItem(ArticleText t, Span s) {
        return t.slice(s.start(), s.end()).chars().anyMatch(Character::isDigit) || ProjectRecognizer.hasProperNoun(t, s.start(), s.end())
                || opensName(t, trimLeading(t, s.start(), s.end()));
    }

    /** Tags of words that end no name: adverbs, prepositions, conjunctions, particles. */
    private static final Pattern FUNCTION_TAG = Pattern.compile("d|ad|p|c|cc|u\\w*");
    /** The people of companies a head may count: 负责人, 主要负责同志, 家 (企业家), 代表, 董事长. */
    private static final String COMPANIES_PEOPLE = "(?:的)?(?:主要)?(?:负责人|负责同志|家|代表|董事长)";
    /** A head that counts companies or their people: 等入驻企业, 等5家企业, 等企业负责人. */
    private static final Pattern COMPANIES_HEAD = Pattern.compile("(?:企业|公司)" + COMPANIES_PEOPLE + "?$");
    /** A head that counts the people of companies: 等企业负责人, 等18家企业主要负责人, 等企业家. */
    private static final Pattern PEOPLE_OF_COMPANIES_HEAD = Pattern.compile("企业" + COMPANIES_PEOPLE + "$");

    /** The list's head counts the people of companies (等企业负责人): its items are where those people come from. */
    static boolean headsPeopleOfCompanies(ArticleText t, CoordinationList list) {
        return list.head() != null && PEOPLE_OF_COMPANIES_HEAD.matcher(t.slice(list.head().start(), list.head().end())).find();
    }

    /**
     * In a list closed by 等…企业, the two sides of a conjunction name two companies (甲医电、乙龙跃和丙医疗等入驻企业): the
     * right one ends in a company's word, or both are short names (two to eight characters) made of a name's words, the
     * left opening like a name.
     */
    private static boolean twoCompanies(ArticleText t, Span left, Span right) {
        if (left.length() < 2 || right.length() < 2 || endingKind(t, left) != null && !"enterprise".equals(endingKind(t, left))) {
            return false;
        }
        Token lastOfLeft = t.tokenAt(left.end() - 1);
        if (lastOfLeft == null || lastOfLeft.end() != left.end() || !nameLike(t, left) || FUNCTION_TAG.matcher(lastOfLeft.tag()).matches()) {
            return false; // 某基地已|和某公司: the left side ends in an adverb, a clause's subject, no company
        }
        if ("enterprise".equals(endingKind(t, right))) {
            return true;
        }
        // (甲龙腾和|通达医疗: a right side in known words still ends in a trade, as a company's short name does)
        return left.length() <= 8 && right.length() <= 8 && endingKind(t, right) == null && opensName(t, left.start())
                && (nameLike(t, right) || right.length() >= 4 && Lexicons.INDUSTRY.suffixAt(t.view(), right.end()) != null);
    }

    /**
     * Words of a name, not of a phrase: a proper noun's tag, a word the dictionary does not know, or single characters the
     * segmenter could make no word of (通|嘉|医疗), not words of the language alone (医疗和教育).
     */
    static boolean nameLike(ArticleText t, Span s) {
        for (int i = s.start(); i < s.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                return true;
            }
            if (nameTag(tk) || tk.text().length() == 1 && !tk.isFunctionWord() || t.dictionaryTags(tk.text()).isEmpty()) {
                return true;
            }
            i = tk.end();
        }
        return false;
    }

    /** A word at {@code i} that may open a name: a proper noun, a place, a word the dictionary does not know, a rare one. */
    private static boolean opensName(ArticleText t, int i) {
        Token tk = t.tokenAt(i);
        if (tk == null || tk.start() != i) {
            return true; // the segmenter cut inside: no opinion
        }
        return nameTag(tk) || tk.text().length() == 1 && !tk.isFunctionWord()
                || t.dictionaryFrequency(tk.text()) < 20 || org.localkg.resolve.Divisions.get().placeAt(t.view(), i) != null;
    }

    /** The segmenter tags the word as a name of some kind: a person's, place's or body's, another proper noun, an abbreviation, a foreign word. */
    static boolean nameTag(Token tk) {
        String tag = tk.tag();
        return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.equals("nz") || tag.equals("j") || tag.equals("nx");
    }

    /** 以甲、乙|为代表, 为龙头: the role that closes a list 以 opens. */
    private static final Pattern STANDING_FOR = Pattern.compile("为(?:代表|龙头|主导|引领|骨干)");
    /** …的一批重点企业, 的多个项目: what the items stand for. */
    private static final Pattern STOOD_FOR = Pattern.compile(
            "的(?:一批|一大批|多家|多个|\\d+家|\\d+个|[一二三四五六七八九十]+家|[一二三四五六七八九十]+个)?(?:重点|重大|骨干|优质|龙头)?(企业|公司|项目|工程)");

    /**
     * What the items of 以甲、乙为代表的一批项目 are: companies when the head is 企业, and when it is 项目 but no item is
     * written as works or a park, each is made of a name's words and half of them or more open with a place or a
     * proper name (以某地某某、某某为代表的一批项目: the companies whose works they are); projects when every item ends
     * in a works' word; else unknown.
     */
    private static Kind kindStoodFor(ArticleText t, List<Span> items, int from, int clauseEnd) {
        Matcher m = STOOD_FOR.matcher(t.view()).region(from, clauseEnd);
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(1).equals("企业") || m.group(1).equals("公司")) {
            return Kind.ENTERPRISE;
        }
        if (items.stream().allMatch(item -> "project".equals(endingKind(t, item)))) {
            return Kind.PROJECT;
        }
        boolean names = items.stream().allMatch(item -> item.length() >= 3 && item.length() <= 8
                && (endingKind(t, item) == null || "enterprise".equals(endingKind(t, item))) && nameLike(t, item));
        long proper = items.stream().filter(item -> properOpening(t, item)).count();
        return names && proper * 2 >= items.size() ? Kind.ENTERPRISE : null;
    }

    /**
     * Items of a list of projects that name companies instead: one ends in a company's word (集团, 公司) or all come from
     * the fields the head names, none ends in a works', a park's or a facility's word, and every one is made of a name's
     * words (two to eight characters).
     */
    private static boolean companiesForTheirWorks(ArticleText t, List<Span> items, boolean cameFrom) {
        // (items that come from fields, 等来自某某领域的项目, are who come: companies, their words alone say it)
        return items.size() >= 2 && (cameFrom || items.stream().anyMatch(item -> "enterprise".equals(endingKind(t, item))))
                && items.stream().allMatch(item -> item.length() >= 2 && item.length() <= 8
                        && ("enterprise".equals(endingKind(t, item)) || endingKind(t, item) == null && nameLike(t, item)));
    }

    /** The item opens with a place or a proper name's word (山西|某某, 某某|新能). */
    private static boolean properOpening(ArticleText t, Span item) {
        Token tk = t.tokenAt(item.start());
        return tk != null && tk.start() == item.start() && PROPER_TAGS.stream().anyMatch(tk.tag()::startsWith);
    }

    /** Two items end alike: the same kind, and for projects the same word (工程 and 工程, not 大桥 and 项目). */
    private static boolean alike(ArticleText t, Span a, Span b) {
        String ka = endingKind(t, a);
        if (!java.util.Objects.equals(ka, endingKind(t, b))) {
            return false;
        }
        return !"project".equals(ka) || java.util.Objects.equals(Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), a.end()),
                Lexicons.PROJECT_SUFFIXES.suffixAt(t.view(), b.end()));
    }

    /** What an item's ending says it is: a company, project, park or facility word, or a person's name; null when nothing. */
    static String endingKind(ArticleText t, Span s) {
        String v = t.view();
        Matcher site = SITE.matcher(v).region(s.start(), s.end());
        if (site.find() && site.start() - s.start() >= 3) {
            s = new Span(s.start(), site.start()); // 甲项目现场: a project, at its site
        }
        if (Lexicons.ENTERPRISE_SUFFIXES.suffixAt(v, s.end()) != null && s.length() > 2) {
            return "enterprise";
        }
        if (Lexicons.PROJECT_SUFFIXES.suffixAt(v, s.end()) != null
                || Lexicons.INFRASTRUCTURE_SUFFIXES.suffixAt(v, s.end()) != null && s.length() >= 4) {
            return "project";
        }
        if (Lexicons.PARK_SUFFIXES.suffixAt(v, s.end()) != null && s.length() > 2) {
            return "park";
        }
        if (Lexicons.FACILITY_SUFFIXES.suffixAt(v, s.end()) != null && s.length() > 2) {
            return "facility";
        }
        if (s.length() >= 2 && s.length() <= 4 && PersonNames.lengthAt(t, s.start(), false) == s.length()) {
            return "person";
        }
        return null;
    }

    /**
     * The list at {@code firstItem} is all its sentence holds after an opener of its own (主要包括, 其中有), and the
     * sentence before counts projects (签约项目13个，…。主要包括…).
     */
    private static boolean countedInSentenceBefore(ArticleText t, int firstItem) {
        int segment = Math.max(t.view().lastIndexOf('；', firstItem), Math.max(t.view().lastIndexOf(';', firstItem),
                t.view().lastIndexOf('。', firstItem)));
        if (segment < 1 || !LONE_OPENER.matcher(t.slice(segment + 1, firstItem)).matches()) {
            return false;
        }
        return COUNTED_PROJECTS.matcher(t.slice(t.sentenceAt(segment - 1).start(), segment)).find();
    }

    /** 签约项目共有4个，分别是…, 本次签约的10个项目包括…: the kind the opener's clause or the one before names. */
    private static Kind kindFromOpener(ArticleText t, int clauseStart, int firstItem) {
        int from = clauseStart;
        if (from > 0 && ",，：:".indexOf(t.charAt(from - 1)) >= 0) {
            from = t.clauseStart(from - 1); // the clause before, in the same sentence (签约项目包括：甲、乙)
        }
        String lead = t.slice(from, firstItem);
        int segment = Math.max(t.view().lastIndexOf('；', firstItem), Math.max(t.view().lastIndexOf(';', firstItem),
                t.view().lastIndexOf('。', firstItem)));
        String sentenceLead = t.slice(Math.max(0, segment + 1), firstItem);
        Matcher opener = OPENER_AT_END.matcher(lead);
        if (COUNTED_PROJECTS.matcher(sentenceLead).find() && opener.find() && (!opener.group().startsWith("为")
                || COUNTED_BEFORE.matcher(t.slice(Math.min(from, segment + 1), from + opener.start())).find())) {
            return Kind.PROJECT; // 工业项目11个，年内计划完成投资10亿元，主要有甲、乙…
        }
        if (CLASS_COUNTED.matcher(sentenceLead).find() && segment >= 0
                && lastCountIsOfProjects(t.slice(t.paragraphAt(segment).start(), segment))) {
            return Kind.PROJECT; // 开工项目共22项，其中：甲类项目12项，具体为…。乙类7项，具体为…: a class of the counted projects
        }
        if (CONTENTS.matcher(lead).find() || ONE_PROJECTS_PARTS.matcher(lead).find()) {
            return Kind.OTHER; // 建设内容包括…: the parts of one project
        }
        if (OPENED_PROJECTS.matcher(lead).find()) {
            return Kind.PROJECT;
        }
        if (OPENED_COMPANIES.matcher(lead).find()) {
            return Kind.ENTERPRISE;
        }
        if (segment >= 0 && LONE_OPENER.matcher(sentenceLead).matches()
                && PROJECTS_SUBJECT.matcher(t.slice(t.sentenceAt(segment).start(), segment)).find()) {
            return Kind.PROJECT; // 当天开工的项目涉及…等领域。包括甲、乙: the sentence before says what they are
        }
        return Kind.UNKNOWN;
    }

    /** A sentence that is only an opener and its list: it goes on from the sentence before. */
    private static final Pattern LONE_OPENER = Pattern.compile("\\s*(?:其中[，,]?)?(?:主要)?(?:包括|包含|有)[：:]?\\s*");
    /** Verbs of extent open a list of fields or kinds: 涉及, 涵盖, 覆盖. */
    private static final Pattern EXTENT = Pattern.compile("涉及|涵盖|覆盖");

    /** Any count of things: 22项, 30个, 20处. */
    private static final Pattern ANY_COUNT = Pattern.compile("\\d+[个项处件]");

    /**
     * The last count before a class's (开工项目共22项…其中：甲类项目3项…) counts projects, so the class is of projects; not
     * 督查项目30个，发现问题20项。其中：审批类8项, where the class is of the problems counted last.
     */
    private static boolean lastCountIsOfProjects(String before) {
        Matcher c = ANY_COUNT.matcher(before);
        int last = -1;
        while (c.find()) {
            if (c.start() == 0 || before.charAt(c.start() - 1) != '类') {
                last = c.start(); // another class's count (工业类5个，分别是…；基础设施类5个) says no more than the class does
            }
        }
        if (last < 0) {
            return false;
        }
        Matcher p = COUNTED_PROJECTS.matcher(before);
        while (p.find()) {
            if (p.start() <= last && last < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** 某某类7项，具体为: a class's count and the opener of its items, one part of a sentence that counts projects. */
    private static final Pattern CLASS_COUNTED = Pattern.compile(
            "^\\s*[^，,。；;]{1,12}类(?:项目)?\\d+[个项][，,]?\\s*(?:具体|主要|分别)?(?:为|是|有|包括)[：:]?\\s*$");

    /** The sentence's subject is projects (集中开工的项目涉及, 签约项目涵盖): its head noun and a verb of extent. */
    private static final Pattern PROJECTS_SUBJECT = Pattern.compile(
            "(?:^|[，,])[^，,。；;]{0,24}?(?:项目|工程)[^，,。；;]{0,4}?(?:涉及|涵盖|覆盖|分布|集中)");

    /** Areas of a plan a count may close a list with (3个产业带, 两大板块, 4个片区): not works (3个标段 are the works' parts). */
    private static final Pattern AREAS = Pattern.compile("\\p{IsHan}{0,3}(?:带|板块|片区|组团|廊道|走廊|轴|圈|集群)");

    /** An amount invested opening an item: 投资2791万元的, 总投资1.5亿元的. */
    private static final Pattern INVESTED = Pattern.compile("(?:总|计划|拟)?投资(?:额)?(?:约|近|达|超)?\\d+(?:\\.\\d+)?\\s*(?:亿|万)?(?:多|余)?元的\\p{IsHan}{2}");

    /** Whether the item opens with an amount invested in what it names (投资1.5亿元的某花园). */
    private static boolean investedOpening(ArticleText t, Span item) {
        return INVESTED.matcher(t.view()).region(item.start(), item.end()).lookingAt();
    }

    /** The kind most items' endings give, when at least half agree. */
    private static Kind kindFromItems(ArticleText t, List<Span> items) {
        Span last = items.get(items.size() - 1);
        Matcher c = COUNT.matcher(t.view()).region(last.start(), last.end());
        if (c.find() && c.start() - last.start() >= 2 && last.end() - c.end() >= 1 && last.end() - c.end() <= 4
                && AREAS.matcher(t.view()).region(c.end(), last.end()).matches()) {
            return Kind.OTHER; // 围绕甲线、乙线和丙3个产业带: the count closing the last item says what the items are, no works
        }
        Map<String, Integer> votes = new java.util.HashMap<>();
        for (Span s : items) {
            String k = endingKind(t, s);
            if (k != null) {
                votes.merge(k, 1, Integer::sum);
            }
        }
        for (var e : votes.entrySet()) {
            if (e.getValue() * 2 > items.size()) {
                return switch (e.getKey()) {
                    case "enterprise" -> Kind.ENTERPRISE;
                    case "project" -> Kind.PROJECT;
                    case "park" -> Kind.PARK;
                    case "person" -> Kind.PERSON;
                    default -> Kind.UNKNOWN;
                };
            }
        }
        return Kind.UNKNOWN;
    }

    /**
     * The item is common words the dictionary knows, after any verb that opens it (带动|化工, 仓储), no
     * name among them (not 青禾化工).
     */
    private static boolean plainWords(ArticleText t, Span item) {
        int i = afterOpeningVerb(t, item);
        if (item.end() - i > 4 || item.end() - i < 1) {
            return false;
        }
        while (i < item.end()) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > item.end() || t.dictionaryTags(tk.text()).isEmpty()
                    || tk.tag().startsWith("nr") || tk.tag().startsWith("ns") || tk.tag().startsWith("nt") || tk.tag().equals("nz")) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /** Where an item's words start after a verb that opens it (带动|化工), or its start. */
    static int afterOpeningVerb(ArticleText t, Span item) {
        Token first = t.tokenAt(item.start());
        return first != null && first.start() == item.start() && first.end() < item.end() && first.tag().equals("v")
                ? first.end() : item.start();
    }

    /**
     * A field word right after 等, then a count of companies (等上下游产业200多家企业): the items are the
     * fields, counted by the companies in them (not 等一批某某产业龙头企业, companies of a field).
     */
    private static final java.util.regex.Pattern FIELDS_OF_COMPANIES = java.util.regex.Pattern.compile(
            "^等[^，,。]{0,4}?(?:产业|行业|领域)(?:\\d+|[一二三四五六七八九十百千两]+)(?:多|余)?家");

    /** 建设情况, 建设进展: the state of works after a list of visited things. */
    static final java.util.regex.Pattern BUILDING_STATE = java.util.regex.Pattern.compile("的?(?:项目)?(?:建设|施工)(?:情况|进展|进度)");

    /** 建设情况, 运营进展: the verb names the state the items are in, a noun's head, and governs none of them. */
    private static final java.util.regex.Pattern STATE_OF = java.util.regex.Pattern.compile("(?:情况|进展|进度|成效)");

    /** A designation that ends in a word for works: 省重大产业项目, 市级重点工程 (not 示范企业, 名单). */
    private static final java.util.regex.Pattern WORKS_DESIGNATION = java.util.regex.Pattern.compile("^[^，,。；;、]{0,12}?(?:项目|工程)(?:[，,。；;]|$)");

    private static boolean designatesWorks(ArticleText t, int from, int clauseEnd) {
        return WORKS_DESIGNATION.matcher(t.view()).region(from, Math.min(t.length(), Math.max(from, clauseEnd) + 1)).lookingAt();
    }

    /** The first verb of the genre after the list, in its clause, a few words on (等12个项目已开工). */
    private static Span verbAfter(ArticleText t, int from, int clauseEnd) {
        int limit = Math.min(clauseEnd, from + 16);
        for (int i = from; i < limit; i++) {
            String w = VERBS.prefixAt(t.view(), i);
            if (w != null && t.isTokenBoundary(i) && i + w.length() <= clauseEnd && !STATE_OF.matcher(t.view()).region(i + w.length(), clauseEnd).lookingAt()) {
                return new Span(i, i + w.length());
            }
        }
        return null;
    }

    /** The last verb of the genre before the first item (集中开工的49个项目以…). */
    private static Span lastVerbBefore(ArticleText t, int from, int to) {
        Span best = null;
        for (int i = from; i < to; i++) {
            String w = VERBS.prefixAt(t.view(), i);
            if (w != null && t.isTokenBoundary(i) && i + w.length() <= to
                    && !(verbOf(w) == Verb.VISIT && beforeVerb(t, i + w.length()))) {
                best = new Span(i, i + w.length());
            }
        }
        return best;
    }

    /**
     * A verb of two characters or more that governs no list of its own starts at {@code i}, as a word
     * of the segmenter's (深入|了解): a visiting verb before it is the manner of this one (deeply, on
     * the spot), not the verb of a list; the items are what is learned of, not places visited.
     */
    private static boolean beforeVerb(ArticleText t, int i) {
        Token tk = t.tokenAt(i);
        return tk != null && tk.start() == i && tk.text().length() >= 2 && tk.tag().startsWith("v") && !tk.tag().equals("vn")
                && !VERBS.contains(tk.text()) && !OPENERS.contains(tk.text());
    }

    static Verb verbOf(String word) {
        for (Verb v : Verb.values()) {
            if (v.words().contains(word)) {
                return v;
            }
        }
        return Verb.NONE;
    }
}
