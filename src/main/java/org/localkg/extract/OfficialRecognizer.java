package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.localkg.nlp.Token;

/**
 * Officials and other titled people.
 *
 * <ul>
 *   <li>A title then a name: 市委书记陈金虎, 市委常委、市委秘书长杭勇 (posts split at 、 and
 *       ，, each one a post of the official), 江苏省消防救援总队队长邓立刚.</li>
 *   <li>A name then a title: 习近平总书记, 某某副市长在讲话中指出 (a government title after a
 *       name, the clause going on after it).</li>
 *   <li>A group label then a list: 市、区领导杭勇、乔俊杰、徐俊参加; a list then 等 and the label:
 *       甲、乙等市领导 (officials without posts).</li>
 *   <li>A titled name then more names: 副区长甲、乙陪同 — the others are officials too, with no
 *       post asserted (the title is written next to the first name only).</li>
 *   <li>A company or institute role then a name: 运营经理毛柯竣, 公司副总经理周永灿 — a Person
 *       with that role, not an official. A government title whose organisation is a company
 *       or institute (研究院院长) is a role too.</li>
 * </ul>
 */
final class OfficialRecognizer {
    /** Titles that follow the name (习近平总书记). */
    private static final List<String> TITLE_AFTER_NAME = List.of("总书记", "总理", "委员长", "国家主席");
    /** Organisations whose heads are not officials. */
    private static final List<String> NON_GOVERNMENT = List.of("公司", "集团", "研究院", "研究所", "大学", "学院",
            "医院", "设计院", "学校", "中学", "小学", "协会", "商会", "工商联", "企业", "银行", "工厂", "厂", "工程部", "项目部");

    /** The departments of a works (工程部, 项目部), a company's unless a government body holds them. */
    private static final java.util.Set<String> WORKS_DEPARTMENTS = java.util.Set.of("工程部", "项目部");
    /** Words of a government body before a department. */
    private static final java.util.regex.Pattern GOVERNMENT_BODY = java.util.regex.Pattern.compile("管委会|政府|委员会|指挥部|[局厅委办]");

    private OfficialRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        for (int p = 1; p < v.length(); p++) {
            String gov = Lexicons.GOV_TITLES.suffixAt(v, p);
            if (gov == null) {
                gov = nomineeTitle(v, p);
            }
            String role = Lexicons.ROLE_TITLES.suffixAt(v, p);
            String title = longer(gov, role);
            if (title != null && !partOfLongerTitle(v, p - title.length(), p) && !opensBodysSuffix(v, p - title.length(), p)
                    && !insidePlacesWord(t, p - title.length(), p)) {
                titled(t, facts, p, title, title == gov && !nonGovernment(t, p - title.length()));
            }
            String group = Lexicons.GROUP_LABELS.suffixAt(v, p);
            if (group != null && (p == group.length() || ArticleText.isBreak(v.charAt(p - group.length() - 1))
                    || !ArticleText.isHan(v.charAt(p - group.length() - 1)) || afterPlace(t, p - group.length())
                    || "在由".indexOf(v.charAt(p - group.length() - 1)) >= 0 // 在市领导甲、乙陪同下
                    || afterConjunction(t, p - group.length()) || unitsLeaders(t, p, group))) {
                list(t, facts, p);
            }
            if (group != null && p - group.length() > 0 && v.charAt(p - group.length() - 1) == '等') {
                listBefore(t, facts, p - group.length() - 1);
            }
        }
        Matcher heads = HEADS_OF_PLACES.matcher(v);
        while (heads.find()) {
            if (heads.start() > 0 && t.charAt(heads.start() - 1) != '、' && v.lastIndexOf('、', heads.start()) > heads.start() - 6) {
                listBefore(t, facts, heads.start()); // 甲、乙、丙等八县市主要负责同志: the heads of those places
            }
        }
        nameThenTitle(t, facts);
        takingPartAlone(t, facts);
        List<Facts.Post> posts = new ArrayList<>(facts.posts);
        facts.posts.clear();
        for (Facts.Post post : posts) {
            Facts.Post own = ownPart(t, facts, post);
            if (own != null) {
                facts.posts.add(own);
            }
        }
    }

    /**
     * A post read back over another official's name: 省某厅李某某厅长、某市代市长王某 — the title after that name is
     * theirs, and nothing of it is the next one's (null); 省委书记甲在省委常委、秘书长乙 — after the name a preposition
     * opens the clause of the next one, whose post is what follows it (省委常委). Other posts are kept as they are.
     */
    private static Facts.Post ownPart(ArticleText t, ArticleFacts facts, Facts.Post post) {
        int cut = -1;
        for (Entity e : facts.entities()) {
            if (e == post.official() || !e.type().isPerson() || e.form().length() < 2 || !post.title().contains(e.form())) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (post.evidence().contains(m) && m.end() > cut) {
                    cut = m.end();
                }
            }
        }
        if (cut < 0) {
            return post;
        }
        int start = cut < t.length() && "在与和及同由".indexOf(t.charAt(cut)) >= 0 ? cut + 1 : -1;
        int titleEnd = post.evidence().start() + post.title().length();
        if (start < 0 || titleEnd - start < 2) {
            return null;
        }
        String rest = t.originalSlice(new Span(start, titleEnd));
        return Lexicons.GOV_TITLES.suffixAt(rest, rest.length()) != null
                ? new Facts.Post(post.official(), rest, post.organization(), new Span(start, post.evidence().end())) : null;
    }

    /** 等八县市主要负责同志, 等各县区党政主要领导: after 等, the heads of places of a kind, the names before them officials. */
    private static final java.util.regex.Pattern HEADS_OF_PLACES = java.util.regex.Pattern.compile(
            "等(?:[一二三四五六七八九十\\d]+个?|各)?(?:县市区|县市|县区|市县|区县|乡镇|镇街|县|市|区|旗|乡|镇)(?:党政)?(?:主要)?(?:负责同志|负责人|领导同志|领导)");

    /** A sentence of names and nothing but taking part: 甲参加。 甲、乙陪同调研。 */
    private static final java.util.regex.Pattern TAKE_PART_ALONE = java.util.regex.Pattern.compile(
            "^[\\s　]*(\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3}){0,5})(?:参加|陪同|出席)(?:调研|视察|考察|检查|督查|活动|会议)?[。；;]");

    /**
     * In an article that names officials, a sentence of its own that is only names then 参加 or 陪同 (甲参加。,
     * closing a report on a leader's visit) lists officials whose posts the paper takes as known; the sentence says they are
     * people, so a rare surname (南, 鸟) is no reason to doubt it.
     */
    private static void takingPartAlone(ArticleText t, ArticleFacts facts) {
        if (facts.entities().stream().noneMatch(e -> e.is(EntityType.OFFICIAL))) {
            return;
        }
        for (int at = t.article().bodyStart(); at < t.length(); ) {
            Span sentence = t.sentenceAt(at);
            java.util.regex.Matcher m = TAKE_PART_ALONE.matcher(t.view()).region(sentence.start(), sentence.end());
            if (m.lookingAt()) {
                List<Span> names = new java.util.ArrayList<>();
                for (int i = m.start(1); i < m.end(1); ) {
                    int end = t.view().indexOf('、', i);
                    end = end < 0 || end > m.end(1) ? m.end(1) : end;
                    names.add(new Span(i, end));
                    i = end + 1;
                }
                if (names.stream().allMatch(n -> PersonNames.plausible(t, n.start(), n.length(), true))) {
                    names.forEach(n -> facts.mention(EntityType.OFFICIAL, n));
                }
            }
            at = Math.max(at + 1, sentence.end());
        }
    }

    /**
     * What follows a label's first name is a common noun that no list or words after a name explain (重点项目工作): the
     * name is no name, the words a noun phrase the label opens.
     */
    private static boolean nounPhraseGoesOn(ArticleText t, int end) {
        if (end >= t.length() || t.charAt(end) == '、' || conjunctionAt(t, end) > 0 || Lexicons.AFTER_NAME.prefixAt(t.view(), end) != null
                || titleAt(t, end)) {
            return false;
        }
        org.localkg.nlp.Token next = t.tokenAt(end);
        return next != null && next.start() == end && next.text().length() >= 2 && next.tag().equals("n")
                && !t.dictionaryTags(next.text()).isEmpty();
    }

    /** 某某以及|区领导甲、乙: the label opens the next item of a list of those who take part. */
    private static boolean afterConjunction(ArticleText t, int i) {
        String v = t.view();
        return i >= 2 && v.startsWith("以及", i - 2) && t.isTokenBoundary(i - 2)
                || i >= 1 && "及和与".indexOf(v.charAt(i - 1)) >= 0 && t.isTokenBoundary(i - 1) && t.isTokenBoundary(i);
    }

    /** Units whose leaders a label names together (新区及功能区领导, 园区、部门领导). */
    private static final java.util.regex.Pattern UNITS = java.util.regex.Pattern.compile(
            "\\s*(?:(?:新区|功能区|园区|开发区|高新区|经开区|保税区|管委会|街道|乡镇|镇街|部门|各)(?:及|和|与|、)?)+");

    /** 新区及功能区领导甲、乙: leaders of units named only by their kinds, the clause's first words. */
    private static boolean unitsLeaders(ArticleText t, int p, String group) {
        if (!group.endsWith("领导")) {
            return false;
        }
        int at = p - 2;
        return at > 0 && UNITS.matcher(t.view()).region(t.clauseStart(at), at).matches();
    }

    /** A division's name ends at {@code i}, opening its clause (平凉|市领导甲、乙): the leaders of that place. */
    private static boolean afterPlace(ArticleText t, int i) {
        if (i >= 1 && "我本".indexOf(t.charAt(i - 1)) >= 0 && (i == 1 || ArticleText.isBreak(t.charAt(i - 2)))) {
            return true; // 我市领导甲、乙: our city's leaders
        }
        if (i >= 2 && "我本".indexOf(t.charAt(i - 2)) >= 0 && "省市县区旗州盟".indexOf(t.charAt(i - 1)) >= 0
                && (i == 2 || ArticleText.isBreak(t.charAt(i - 3)))) {
            return true; // 我市|市领导甲、乙: our city and then its leaders' label
        }
        for (int k = 2; k <= 6 && k <= i; k++) {
            if (org.localkg.resolve.Divisions.get().isRegion(t.slice(i - k, i))
                    && (i - k == 0 || ArticleText.isBreak(t.charAt(i - k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** 董事 of 董事长: the name follows the whole title, not its first characters (董事|长讲话). */
    private static boolean partOfLongerTitle(String v, int start, int end) {
        String whole = longer(Lexicons.GOV_TITLES.prefixAt(v, start), Lexicons.ROLE_TITLES.prefixAt(v, start));
        return whole != null && start + whole.length() > end;
    }

    /**
     * The title's characters open a word for a place or a thing that runs one character past it (主席|台就座: 主席台, the
     * platform; 书记|处): a word the segmenter holds whole, no title before a name. Not a name's word (nr): the segmenter
     * may join a title to a surname.
     */
    private static boolean insidePlacesWord(ArticleText t, int start, int end) {
        org.localkg.nlp.Token tk = t.tokenAt(start);
        return tk != null && tk.start() == start && tk.end() == end + 1 && tk.text().length() >= 3
                && (tk.tag().equals("n") || tk.tag().equals("nis") || tk.tag().equals("nz")) && !t.dictionaryTags(tk.text()).isEmpty();
    }

    /** The title's characters open a body's suffix that runs past it (工作委员|会揭牌: 委员会, no 委员). */
    private static boolean opensBodysSuffix(String v, int start, int end) {
        for (int k = start; k < end; k++) {
            String suffix = Lexicons.ORGANIZATION_SUFFIXES.prefixAt(v, k);
            if (suffix != null && k + suffix.length() > end) {
                return true;
            }
        }
        return false;
    }

    private static String longer(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.length() > a.length() ? b : a;
    }

    /**
     * 县人大常委会主任|江山|，县政协主席李兰: two characters that make a dictionary word but open with a
     * surname, between a title and a comma that another title follows, hold a name's place in a list
     * of officials: a name.
     */
    private static int wordNameBetweenTitles(ArticleText t, int p) {
        if (p + 3 >= t.length() || "，,、".indexOf(t.charAt(p + 2)) < 0 || !t.isTokenBoundary(p + 2)
                || Lexicons.SURNAMES.prefixAt(t.view(), p) == null) {
            return 0;
        }
        Token word = t.tokenAt(p);
        if (word == null || word.start() != p || word.end() != p + 2 || !word.tag().startsWith("n")
                || !PersonNames.plausibleShape(t.slice(p, p + 2))) {
            return 0;
        }
        for (int j = p + 4; j <= Math.min(t.length() - 1, p + 15); j++) {
            if ("，,。；;".indexOf(t.charAt(j - 1)) >= 0) {
                return 0;
            }
            if (Lexicons.GOV_TITLES.suffixAt(t.view(), j) != null && ArticleText.isHan(t.charAt(j))
                    && PersonNames.lengthAt(t, j, true) > 0) {
                return 2;
            }
        }
        return 0;
    }

    /**
     * Where the name after a title starts: right after it, or after the spaces of an interview's caption
     * (某开发区管委会副主任 某某：…), where a name and a colon follow the spaces; -1 when spaces lead to no such name.
     */
    private static int captionNameAt(ArticleText t, int p) {
        int q = p;
        while (q < t.length() && q - p <= 2 && (t.charAt(q) == ' ' || t.charAt(q) == '\u3000' || t.charAt(q) == '\u00a0')) {
            q++;
        }
        if (q == p) {
            return p;
        }
        for (int len = 2; len <= 4 && q + len < t.length(); len++) {
            if ("：:".indexOf(t.charAt(q + len)) >= 0 && t.slice(q, q + len).chars().allMatch(c -> ArticleText.isHan((char) c))
                    && PersonNames.plausible(t, q, len, true)) {
                return q;
            }
        }
        return -1;
    }

    /** A title ending at {@code p} with a name right after it. */
    private static void titled(ArticleText t, ArticleFacts facts, int titleEnd, String title, boolean official) {
        int p = captionNameAt(t, titleEnd); // 某某管委会副主任 某某: (an interview's caption)
        if (p < 0) {
            return;
        }
        if (p < t.length() && t.charAt(p) == '会' && t.view().startsWith("委", p - 1)) {
            return; // 常委|会成员, 党委|会议: the title's word is the start of a body's (常委会) or a meeting's, no title
        }
        Token first = t.tokenAt(p);
        if (first != null && first.start() == p && AFTER_TITLE_VERBS.contains(first.text())) {
            return; // 负责人|陪同下: a verb follows the title, no name (not any verb: 高升, 张扬 are names too)
        }
        Token afterFirst = first != null && first.start() == p ? t.tokenAt(first.end()) : null;
        if (afterFirst != null && first.text().length() == 1 && "要应须需将".contains(first.text()) && first.tag().startsWith("v")
                && afterFirst.start() == first.end() && (afterFirst.tag().startsWith("a") || afterFirst.tag().startsWith("v"))) {
            return; // 政协委员|要|完整…: a modal and what it asks of the title's holders, no name
        }
        if (first != null && first.start() == p && first.text().length() == 1 && first.tag().startsWith("u")) {
            return; // 委员|之窗, 书记|的: a particle makes the title a modifier of what follows, no name
        }
        int len = PersonNames.lengthAt(t, p, true);
        if (len == 0) {
            len = learnedNameAt(t, p); // 州长|阿西克特到…: a transliterated name the rules cannot bound
        }
        if (len == 0) {
            len = firstPartBeforeDot(t, p); // 市长|吾拉提江·买买提: cut into words, but a dot holds the name together
        }
        if (len == 0) {
            len = wordNameBetweenTitles(t, p);
        }
        if (len == 0) {
            len = transliteratedRun(t, p); // 副市长|额登毕力格|出席: cut into single characters
        }
        int undotted = undottedName(t, p); // 专员|甲乙丙丁戊己|在…, written 甲乙丙·丁戊己 elsewhere: the whole of it
        if (len == 0) {
            len = undotted;
        }
        if (len == 0) {
            return;
        }
        len = PersonNames.transliterated(t, p, len);
        len = Math.max(len, transliteratedRun(t, p)); // 副市长|额登毕力格|出席, 副市长|乌力吉巴图|出席
        len = Math.max(len, nameRunningOn(t, p, len)); // 部长|布仁其/nr|木|格|在…
        len = Math.max(len, undotted);
        if (len < 2) {
            return; // 包·额|深入: a clan initial whose name the dot did not carry on, no name of its own
        }
        Span name = new Span(p, p + len);
        List<Span> posts = postsBefore(t, titleEnd);
        if (posts.isEmpty()) {
            return;
        }
        official = official || governmentPostAmong(t, posts);
        Entity e = facts.mention(official ? EntityType.OFFICIAL : EntityType.PERSON, name);
        if (official) {
            namesAfter(t, facts, name.end(), posts);
        }
        for (Span post : posts) {
            String written = t.originalSlice(post);
            boolean known = facts.posts.stream().anyMatch(x -> x.official() == e && x.title().equals(written));
            if (official && !known) {
                facts.posts.add(new Facts.Post(e, t.originalSlice(post), organizationOf(t, facts, post),
                        new Span(post.start(), name.end())));
            } else {
                e.role(t.originalSlice(post));
            }
        }
    }

    /**
     * The posts written before a name at {@code p}: the clause ending in a title, then earlier
     * clauses separated by 、 or ，that end in a title too.
     */
    static List<Span> postsBefore(ArticleText t, int p) {
        List<Span> out = new ArrayList<>();
        int end = p;
        while (end > 0) {
            String title = longer(Lexicons.GOV_TITLES.suffixAt(t.view(), end), Lexicons.ROLE_TITLES.suffixAt(t.view(), end));
            if (title == null) {
                title = nomineeTitle(t.view(), end);
            }
            if (title == null) {
                break;
            }
            int start = trimLeading(t, t.clauseStart(end - title.length()), end - title.length());
            for (int k = end - title.length() - 1; k >= start; k--) {
                if (DeclaredAliases.declares(t, k)) {
                    start = DeclaredAliases.after(t, k); // 某开发区(以下简称“某某”)|管委会主任: the post is what follows the declaration
                    break;
                }
            }
            while (start < end - title.length() && "“”\"'‘’「」()".indexOf(t.charAt(start)) >= 0) {
                start++;
            }
            int afterName = lastNameEnd(t, start, end - title.length());
            if (afterName >= 0) {
                // 甲总经理张某及市政府秘书长乙: the post starts after the other person and the word joining them
                int s2 = afterName;
                while (s2 < end - title.length() && "及和与、".indexOf(t.charAt(s2)) >= 0) {
                    s2++;
                }
                if (s2 > afterName && s2 < end - title.length()) {
                    out.add(0, new Span(s2, end));
                }
                break;
            }
            out.add(0, new Span(start, end));
            if (start != t.clauseStart(end - title.length())) {
                break; // a verb or preposition opened this clause: nothing before belongs to the post
            }
            int sep = start - 1;
            if (sep <= 0 || "、，,".indexOf(t.charAt(sep)) < 0) {
                break;
            }
            end = sep;
        }
        return out;
    }

    /** What a government title ends in for someone nominated or standing for it (副县长提名人选, 县长候选人). */
    private static final List<String> NOMINEE = List.of("提名人选", "候选人");

    /** 副旗长提名人选|甲: a government title and the word for its nominee ending at {@code end}, as one title; else null. */
    static String nomineeTitle(String v, int end) {
        for (String n : NOMINEE) {
            if (end >= n.length() && v.startsWith(n, end - n.length())) {
                String title = Lexicons.GOV_TITLES.suffixAt(v, end - n.length());
                return title == null ? null : title + n;
            }
        }
        return null;
    }

    /**
     * Where the unit of a group's post opens (省, 市, 县 or a place) after words that only open the clause (由, 陪同,
     * 在): the post starts there; else {@code from}.
     */
    private static int unitAfterFunctionWords(ArticleText t, int from, int titleStart) {
        for (int i = from; i < titleStart; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i) {
                return from;
            }
            if (i > from && ("省市县区州旗盟镇乡".indexOf(t.charAt(i)) >= 0 || tk.tag().startsWith("ns"))) {
                return i;
            }
            if (tk.text().length() == 2 && "由在从经".indexOf(tk.text().charAt(0)) >= 0 && "省市县区州旗盟".indexOf(tk.text().charAt(1)) >= 0) {
                return i + 1; // 由省/v|督导组组长: the preposition and the unit read as one word
            }
            boolean opening = tk.tag().equals("p") || tk.tag().startsWith("v") || tk.tag().equals("d") || tk.tag().equals("c")
                    || tk.tag().startsWith("u") || tk.tag().equals("w") || tk.tag().equals("t");
            if (!opening) {
                return from;
            }
            i = tk.end();
        }
        return from;
    }

    /** A working group's word before a title (某某推进组|组长, 某某领导小组|组长): the group's name holds verbs. */
    private static final java.util.List<String> GROUP_WORDS = java.util.List.of("组", "小组", "专班", "指挥部", "工作组");

    /** Moves a post's start past the last function word or verb in its clause (陪同市委书记 → 市委书记). */
    private static int trimLeading(ArticleText t, int from, int titleStart) {
        int start = from;
        // 市培育某某产业集群推进组|组长: a group is named by what it does, verbs and all; only words opening the clause go
        boolean group = GROUP_WORDS.stream().anyMatch(g -> titleStart - g.length() > from && t.view().startsWith(g, titleStart - g.length()));
        if (group) {
            start = unitAfterFunctionWords(t, from, titleStart); // 由|省督导组组长, 陪同|市某某推进组组长
        }
        for (int i = from; i < titleStart; i++) {
            String w = Lexicons.STOP_WORDS.prefixAt(t.view(), i);
            String a = Lexicons.AFTER_NAME.prefixAt(t.view(), i);
            String word = longer(w, a != null && a.length() >= 2 ? a : null);
            if (word != null && i + word.length() <= titleStart && wordAt(t, i, word) && (!group || i == start)) {
                start = i + word.length();
                i = start - 1;
            }
        }
        int present = t.slice(from, titleStart).lastIndexOf("的有"); // (within the clause: a title's walk need not read the page)
        if (present >= 0 && from + present + 2 > start && from + present + 2 < titleStart) {
            start = from + present + 2; // 出席仪式的有|市人大常委会主任: who was there is listed after 的有
        }
        java.util.regex.Matcher others = OTHERS_JOINED.matcher(t.view()).region(start, titleStart).useTransparentBounds(true);
        while (others.find()) {
            start = others.end(); // 成员城市主要领导及|市人大常委会主任: people of other places, then this post
        }
        return start;
    }

    /** Words for people in general, then a conjunction: who they are is not the post after it. */
    private static final java.util.regex.Pattern OTHERS_JOINED = java.util.regex.Pattern.compile("(?<=领导|负责人|负责同志|嘉宾|同志)[及和与]");

    /** The segmenter agrees that {@code word} stands alone at {@code i} (is not part of a longer word). */
    static boolean wordAt(ArticleText t, int i, String word) {
        Token tk = t.tokenAt(i);
        return tk != null && tk.start() == i && tk.text().length() <= word.length();
    }

    /**
     * A person's name between {@code from} and {@code to}: a word the segmenter reads as a name that
     * is not the place or body an institution word after it names (兴庆|区委, 经开区|管委会).
     */
    private static boolean containsName(ArticleText t, int from, int to) {
        return lastNameEnd(t, from, to) >= 0;
    }

    /** Where the last person's name between {@code from} and {@code to} ends, or -1 (see {@link #containsName}). */
    private static int lastNameEnd(ArticleText t, int from, int to) {
        int last = -1;
        for (int i = from; i < to; i++) {
            Token tk = t.tokenAt(i);
            if (tk != null && tk.start() == i && tk.isPersonName() && tk.end() <= to) {
                Token next = t.tokenAt(tk.end());
                boolean institution = next != null && next.start() == tk.end()
                        && (next.tag().startsWith("nis") || next.tag().startsWith("nt") || next.tag().startsWith("nz"))
                        || Lexicons.ORGANIZATION_SUFFIXES.prefixAt(t.view(), tk.end()) != null // 区文旅|局: a body, no name
                        || zoneWordAt(t, tk.end()) // 某某|新区党工委书记: a zone's name the segmenter took for a person's
                        || zoneWordEnds(tk) // 经开区/nr|(某某区)区委书记: a zone's word itself taken for a person's name
                        || placeRunsOn(t, tk); // 利通|区商务局: a district's name the segmenter took for a person's
                if (!institution) {
                    last = tk.end();
                }
            }
        }
        return last;
    }

    /** The token ends in a zone's suffix of two characters or more (经开区, 某某新区): no person's name. */
    private static boolean zoneWordEnds(Token tk) {
        String zone = Lexicons.PARK_SUFFIXES.suffixAt(tk.text(), tk.text().length());
        return zone != null && zone.length() >= 2;
    }

    /** A zone's suffix of two characters or more opens a word at {@code i} (新区, 开发区, 产业园). */
    private static boolean zoneWordAt(ArticleText t, int i) {
        String zone = Lexicons.PARK_SUFFIXES.prefixAt(t.view(), i);
        return zone != null && zone.length() >= 2 && t.isTokenBoundary(i);
    }

    private static final java.util.Set<String> AFTER_TITLE_VERBS = java.util.Set.of("陪同", "出席", "参加", "主持", "带队", "率队", "陪同下");

    /** A division's name starts with the token (利通 of 利通区, 兴庆区 read as a person's name whole). */
    private static boolean placeRunsOn(ArticleText t, Token tk) {
        String place = org.localkg.resolve.Divisions.get().regionAt(t.view(), tk.start());
        return place != null && place.length() >= tk.text().length();
    }

    /**
     * A body of a place's party, government or congress, with the post's deputy word: opening at a level (省, 市, 县…) or a
     * place's name of up to four characters and then the level, ending in a department's word (某市委统战部常务副, 市政府侨办).
     */
    private static final java.util.regex.Pattern PLACES_BODY = java.util.regex.Pattern.compile(
            "(?:\\p{IsHan}{0,4}[省市县区州旗盟])(?:委|政府|人大常委会|政协)\\p{IsHan}{0,6}?[部委局办厅署室]"
                    + "(?:常务副|副|执行副)?");

    /**
     * 某开发区党委书记、董事长甲: a post in a public body (the body named, no company's) among the posts
     * before a company's title; the holder is an official, the company a body's (a park's developer).
     * Not 某集团党委书记、董事长, nor 董事长、党委书记 with no body named, nor a company's region (华东区党委书记).
     */
    private static boolean governmentPostAmong(ArticleText t, List<Span> posts) {
        boolean government = false;
        for (Span post : posts) {
            String text = t.slice(post.start(), post.end());
            if (NON_GOVERNMENT.stream().anyMatch(text::contains)) {
                continue; // 某集团党委书记: the company's own party committee, no public post
            }
            String head = Lexicons.GOV_TITLES.suffixAt(text, text.length());
            String role = head == null ? Lexicons.ROLE_TITLES.suffixAt(text, text.length()) : null;
            if (role != null && (role.startsWith("总") || role.endsWith("助理"))
                    && DEPARTMENT.matcher(text.substring(0, text.length() - role.length())).matches()) {
                government = true; // 市环保局总工程师, 市规划委总规划师: a staff title held in a government department
            }
            if (head != null && PLACES_BODY.matcher(text.substring(0, text.length() - head.length())).matches()) {
                government = true; // 某市委统战部常务副部长, 市政府侨办主任: a body of a place's party or government
            }
            if (head != null) {
                String body = BODYS_COMMITTEE.matcher(text.substring(0, text.length() - head.length())).replaceFirst("");
                // the body a zone or a place (某开发区, 某县), not a company whose name says neither (某某燃气轮机党委书记)
                government |= body.length() >= 2 && (Lexicons.PARK_SUFFIXES.suffixAt(body, body.length()) != null
                        || org.localkg.resolve.Divisions.get().isPlace(body));
            }
        }
        return government;
    }

    /** A government department named with its level (市环保局, 省发改委, 区住建局): 市 省 区 县 州, then 局 厅 委. */
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("(?:省|市|区|县|州)\\p{IsHan}{1,9}[局厅委]");

    /** A party committee or an administration closing a body's name before its head title (某开发区党工委|书记). */
    private static final java.util.regex.Pattern BODYS_COMMITTEE = java.util.regex.Pattern.compile("(?:党工委|党委|党组|管委会|管委)$");

    private static final java.util.regex.Pattern DEPUTY_AT_END = java.util.regex.Pattern.compile("(?:常务)?副$");
    private static final java.util.regex.Pattern COMPANY_BODY_AT_END =
            java.util.regex.Pattern.compile("(?:工会|团委|党委|党组|纪委|党总支|党支部|监事会|董事会)$");

    private static boolean nonGovernment(ArticleText t, int titleStart) {
        int clause = t.clauseStart(titleStart);
        // 某设计院副|院长: a deputy's 副 stands between the body and its head title
        String org = DEPUTY_AT_END.matcher(t.slice(clause, titleStart)).replaceFirst("");
        // 某有限公司工会|主席, 某集团团委|书记, 某公司党委|书记: a company's own union, league or party committee,
        // whose head is the company's staff
        org = COMPANY_BODY_AT_END.matcher(org).replaceFirst(""); // (某集团监事会|主席)
        for (String s : NON_GOVERNMENT) {
            if (org.endsWith(s) && !(WORKS_DEPARTMENTS.contains(s) && GOVERNMENT_BODY.matcher(org).find())) {
                return true; // (某管委会项目部主任: a government body's own department)
            }
        }
        // 某某有限公司综合管理部|部长: a department of a company (not a government body's office for companies: 某局公司登记科)
        java.util.regex.Matcher department = COMPANYS_DEPARTMENT.matcher(org);
        return department.find() && !GOVERNMENT_BODY.matcher(org.substring(0, department.start())).find();
    }

    /** A company's department closing a post's body: 某公司综合管理部, 某集团安全环保处. */
    private static final java.util.regex.Pattern COMPANYS_DEPARTMENT = java.util.regex.Pattern.compile("(?:公司|集团)\\p{IsHan}{1,8}[部处科室]$");

    /**
     * The organisation a post's title names before its head title: 市委 in 市委书记, 江苏省消防救援总队
     * in …总队队长, 市检察院 in 市检察院党组书记; null when the title is a head alone (代市长).
     */
    static Entity organizationOf(ArticleText t, ArticleFacts facts, Span post) {
        String text = t.slice(post.start(), post.end());
        String head = Lexicons.GOV_TITLES.suffixAt(text, text.length());
        if (head == null || head.length() >= text.length()) {
            return null;
        }
        Span org = withoutTitlesModifier(t, new Span(post.start(), post.end() - head.length()));
        if (org.length() < 2 || t.charAt(org.end() - 1) == '级') {
            return null; // 县级|总河长: the level of the post, no body
        }
        return facts.mention(EntityType.ORGANIZATION, org);
    }

    /** Words that modify the title after them: 常务副|院长, 前|主席, 名誉|会长. */
    private static final java.util.List<String> TITLE_MODIFIERS = java.util.List.of("常务副", "常务", "执行", "名誉", "副", "前", "原", "代");

    /**
     * The body's name without a modifier of the title that follows it (某研究院常务副|院长, 某储备委员会前|主席),
     * when what is left ends in a body's suffix or the model reads the modifier with the title: the
     * modifier is the title's.
     */
    private static Span withoutTitlesModifier(ArticleText t, Span org) {
        for (String m : TITLE_MODIFIERS) {
            int end = org.end() - m.length();
            if (end - org.start() >= 2 && t.view().startsWith(m, end)
                    && (Lexicons.ORGANIZATION_SUFFIXES.suffixAt(t.view(), end) != null || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), end) != null
                        || t.learnedMentions().stream().anyMatch(n -> n.kind().equals("position") && n.start() == end))) {
                return new Span(org.start(), end);
            }
        }
        return org;
    }

    /** 区领导沈东、徐俊陪同: every name of the list is an official. */
    /**
     * A reading that opens with a verb the segmenter found there (来到|太和镇, 听|介绍): after a leaders' label the clause's
     * predicate, no name (a name's surname is no verb word of two characters, nor a verb before another verb).
     */
    private static boolean opensWithVerb(ArticleText t, int i, int len) {
        Token first = t.tokenAt(i);
        if (first == null || first.start() != i || !first.tag().startsWith("v") || first.end() >= i + len) {
            return false;
        }
        // (a surname the segmenter took into a verb opens names: 张扬|帆, 任|建设; a going verb or a non-surname does not)
        boolean surname = Lexicons.SURNAMES.contains(first.text().substring(0, 1));
        if (first.text().length() >= 2) {
            return !surname || Lexicons.GOING_VERBS.contains(first.text());
        }
        Token next = t.tokenAt(first.end());
        return !surname && next != null && next.start() == first.end() && next.tag().equals("v");
    }

    private static void list(ArticleText t, ArticleFacts facts, int p) {
        int i = p;
        while (i < t.length()) {
            int len = PersonNames.lengthAt(t, i, false);
            if (len == 0) {
                // a name between two marks of the list, however rare its surname (、焉某某、)
                len = boundedItem(t, i);
            }
            if (len == 0) {
                len = firstPartBeforeDot(t, i); // 、阿卜杜·热合曼、: a transliterated name the segmenter cut into words
            }
            if (len == 0) {
                len = wholeBetweenMarks(t, p, i, 0); // 领导董某镇、: a name the rules doubt for its last character
            }
            if (len == 0 || i == p && inWordWithTitle(t, i, len) || opensWithVerb(t, i, len)) {
                return;
            }
            len = PersonNames.transliterated(t, i, len);
            len = wholeBetweenMarks(t, p, i, len);
            if (i == p && nounPhraseGoesOn(t, i + len)) {
                return; // 领导|包保重点项目工作: the label's word opens a noun phrase (a verb the segmenter read as a name)
            }
            facts.mention(EntityType.OFFICIAL, new Span(i, i + len));
            i += len;
            if (i < t.length() && t.charAt(i) == '、') {
                i++;
            } else if (conjunctionAt(t, i) > 0) {
                i += conjunctionAt(t, i); // 甲、乙及丙参加
            } else {
                return;
            }
        }
    }

    /**
     * The first item is the end of one dictionary word with the title before it (园区领导班子、…: 领导班子, the
     * leading group, is a word): no name follows the title.
     */
    private static boolean inWordWithTitle(ArticleText t, int i, int len) {
        Token word = t.tokenAt(i);
        return word != null && word.start() < i && word.end() == i + len && !word.isPersonName() && !t.dictionaryTags(word.text()).isEmpty();
    }

    /**
     * 、莫某某巴图、: a name of four to six Han characters (a Mongolian or other minority name read as a surname and two)
     * between two 、 of the list, or between its title and a 、: the whole run is the name, not its first three; so is a
     * run of three that opens with a surname (、董某镇、: not 董某 and a town's word).
     */
    private static int wholeBetweenMarks(ArticleText t, int p, int i, int len) {
        if (i + len >= t.length() || t.charAt(i + len) == '、' || conjunctionAt(t, i + len) > 0 || i != p && t.charAt(i - 1) != '、') {
            return len;
        }
        int j = i + len;
        while (j < t.length() && ArticleText.isHan(t.charAt(j)) && j - i < 6) {
            j++;
        }
        boolean marked = j < t.length() && t.charAt(j) == '、';
        // (三 characters of a surname and two: 、某建镇、, whose last character the name rules read as a town's; only
        // where no name was read at all, and four or more only to carry a name read on)
        boolean surnamed = len == 0 && j - i == 3 && Lexicons.SURNAMES.prefixAt(t.view(), i) != null;
        return marked && (len > 0 && j - i >= 4 || surnamed) ? j - i : len;
    }

    /** Two or three Han characters between 、 (or the label) and 、 or 及: a list's item, read as a name. */
    private static int boundedItem(ArticleText t, int i) {
        int j = i;
        while (j < t.length() && ArticleText.isHan(t.charAt(j)) && j - i < 4) {
            j++;
        }
        int len = j - i;
        // the list's last name may close it with a comma (、付某某，某商会会长…)
        boolean closed = j < t.length() && (t.charAt(j) == '、' || t.charAt(j) == '，' || t.charAt(j) == ',' || conjunctionAt(t, j) > 0);
        return len >= 2 && len <= 3 && closed && PersonNames.plausible(t, i, len, true) ? len : 0;
    }

    /**
     * The length of a transliterated name at {@code p} written without its dot, as the text writes it elsewhere with
     * one (甲乙丙丁戊己 here, 甲乙丙·丁戊己 there): the whole of it, where the rules bound only its first part; 0 when
     * the text writes no such name.
     */
    private static int undottedName(ArticleText t, int p) {
        String v = t.view();
        int best = 0;
        for (int dot = 2; dot < v.length() - 2; dot++) {
            if (!PersonNames.isNameDot(v.charAt(dot))) {
                continue;
            }
            int first = 0; // the first part: the dot's left that the name at p opens with
            for (int k = 2; k <= 6 && k <= dot && p + k <= v.length(); k++) {
                if (v.regionMatches(dot - k, v, p, k) && CompaniesHeadingProjects.allHan(t, p, p + k)) {
                    first = k;
                }
            }
            int second = 0; // the second part: as far as both spellings go on alike, up to a word that follows names
            while (first > 0 && second < 6 && dot + 1 + second < v.length() && p + first + second < v.length()
                    && ArticleText.isHan(v.charAt(dot + 1 + second)) && v.charAt(dot + 1 + second) == v.charAt(p + first + second)
                    && (second < 2 || Lexicons.AFTER_NAME.prefixAt(v, p + first + second) == null)) {
                second++;
            }
            if (first > 0 && second >= 2) {
                best = Math.max(best, first + second);
            }
        }
        return best;
    }

    /**
     * Two to eight Han characters right before a middle dot that Han characters follow: a transliterated
     * name's first part, which {@link PersonNames#transliterated} carries on past the dot.
     */
    private static int firstPartBeforeDot(ArticleText t, int i) {
        int j = i;
        while (j < t.length() && j - i <= 8 && ArticleText.isHan(t.charAt(j))) {
            j++;
        }
        boolean dot = j + 1 < t.length() && PersonNames.nameDotAt(t, i, j) && ArticleText.isHan(t.charAt(j + 1));
        // a first part of one character (奇·达楞太, a Mongolian name's clan initial) when two or more follow the dot
        boolean secondOfTwo = j + 2 < t.length() && ArticleText.isHan(t.charAt(j + 2));
        return dot && (j - i >= 2 || j - i == 1 && secondOfTwo) ? j - i : 0;
    }

    /**
     * 副区长甲、乙、丙陪同: the names listed after a titled official's, up to one with a title of its
     * own, hold the same posts (the annotation guidelines: a title before a list of names is held by
     * every name of the list).
     */
    private static void namesAfter(ArticleText t, ArticleFacts facts, int end, List<Span> posts) {
        int i = end;
        while (i + 1 < t.length() && (t.charAt(i) == '、' || conjunctionAt(t, i) > 0)) {
            int next = i + (t.charAt(i) == '、' ? 1 : conjunctionAt(t, i));
            int len = PersonNames.lengthAt(t, next, false);
            if (len == 0 || titleAt(t, next + len)) {
                return;
            }
            Entity e = facts.mention(EntityType.OFFICIAL, new Span(next, next + len));
            if (e != null) {
                for (Span post : posts) {
                    String written = t.originalSlice(post);
                    if (facts.posts.stream().noneMatch(x -> x.official() == e && x.title().equals(written))) {
                        facts.posts.add(new Facts.Post(e, written, organizationOf(t, facts, post), new Span(post.start(), next + len)));
                    }
                }
            }
            i = next + len;
        }
    }

    /** The length of 和, 及, 以及 or 与 at {@code i} standing between two names, or 0. */
    private static int conjunctionAt(ArticleText t, int i) {
        for (String c : List.of("以及", "及", "和", "与")) {
            if (t.view().startsWith(c, i) && t.isTokenBoundary(i) && t.isTokenBoundary(i + c.length())) {
                return c.length();
            }
        }
        return 0;
    }

    private static boolean titleAt(ArticleText t, int i) {
        return i < t.length() && (Lexicons.GOV_TITLES.prefixAt(t.view(), i) != null || Lexicons.ROLE_TITLES.prefixAt(t.view(), i) != null);
    }

    /**
     * 甲、乙、丙等市领导: the names listed before 等 at {@code deng}, walking back item by item; an
     * item that is no bare name (市长某某, a title before it) ends the list.
     */
    private static void listBefore(ArticleText t, ArticleFacts facts, int deng) {
        int end = deng;
        while (end > 0) {
            int start = end;
            while (start > 0 && ArticleText.isHan(t.charAt(start - 1)) && end - start < 4) {
                start--;
            }
            boolean bounded = start == 0 || !ArticleText.isHan(t.charAt(start - 1));
            if (!bounded && end - start == 4 && "及和与".indexOf(t.charAt(start)) >= 0 && t.isTokenBoundary(start + 1)) {
                start++; // 某某等省领导及|甲、乙等市领导: the list's first name after a conjunction
                bounded = true;
            }
            int len = end - start;
            if (!bounded || len < 2 || !PersonNames.plausible(t, start, len, false)) {
                return;
            }
            facts.mention(EntityType.OFFICIAL, new Span(start, end));
            if (start == 0 || t.charAt(start - 1) != '、') {
                return;
            }
            end = start - 1;
        }
    }

    /**
     * A recognised name, then a title: 习近平总书记, 某某副市长在…指出, 某某书记强调. A government
     * title must end where a word ends and the clause must go on with a verb, a function word
     * or a break after it (not 某某市长江大桥).
     */
    private static void nameThenTitle(ArticleText t, ArticleFacts facts) {
        java.util.Set<Span> names = candidateNames(t);
        names.addAll(fourCharacterNamesBeforeTitles(t));
        names.addAll(lastCharacterLeftBeforeTitles(t));
        for (Span name : names) {
            int len = name.length();
            if (len < 2 || len > 4 || !PersonNames.plausible(t, name.start(), len, false)) {
                continue;
            }
            String place = org.localkg.resolve.Divisions.get().regionAt(t.view(), name.start());
            if (place != null && len - place.length() >= 2) {
                continue; // 某县|某某县长: the county is the post's, the name follows it (found with its title elsewhere)
            }
            String title = topTitleAt(t, name.end());
            boolean national = title != null;
            if (title == null) {
                title = Lexicons.GOV_TITLES.prefixAt(t.view(), name.end());
                if (title == null || !clauseGoesOn(t, name.end() + title.length()) || nonGovernment(t, name.start())) {
                    continue;
                }
            }
            if (national && cited(t, name.start(), name.end() + title.length())) {
                // 学习贯彻某某总书记重要讲话精神: a cited authority of the country, not a participant; a local leader
                // whose instructions are followed (按照某某书记要求) is the story's own official
                continue;
            }
            Entity known = givenNameOf(facts, t.slice(name.start(), name.end()));
            if (known != null) {
                known.addMention(name); // 益群区长 after 区长王益群: the official by given name and title
                continue;
            }
            Entity e = facts.mention(EntityType.OFFICIAL, name);
            final String bare = org.localkg.resolve.Names.key(title);
            // (某市委书记某某…某某书记一行: the title alone, as a form of address, repeats the post the article gave)
            if (facts.posts.stream().noneMatch(x -> x.official() == e && org.localkg.resolve.Names.key(x.title()).endsWith(bare))) {
                facts.posts.add(new Facts.Post(e, title, null, new Span(name.start(), name.end() + title.length())));
            }
        }
    }

    /**
     * 和巴音朝鲁书记要求: a transliterated name of four characters that the segmenter cut into a place's and a
     * person's word of two each (巴音/ns 朝鲁/nr), right before a government title and right after a break, a
     * conjunction or a preposition. The place's word names no division (甘泉王强书记 is no such name).
     */
    private static java.util.List<Span> fourCharacterNamesBeforeTitles(ArticleText t) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        List<Token> tokens = t.tokens();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token first = tokens.get(k);
            Token second = tokens.get(k + 1);
            Token before = tokens.get(k - 1);
            if (first.text().length() != 2 || second.text().length() != 2 || second.start() != first.end()
                    || !(first.tag().startsWith("ns") || first.tag().startsWith("nr")) || !second.tag().startsWith("nr")
                    || org.localkg.resolve.Divisions.get().isRegion(first.text())
                    || Lexicons.GOV_TITLES.prefixAt(t.view(), second.end()) == null && topTitleAt(t, second.end()) == null) {
                continue;
            }
            boolean opens = before.end() == first.start() && (before.tag().startsWith("w") || before.tag().startsWith("c")
                    || before.tag().equals("p"));
            if (opens && PersonNames.plausible(t, first.start(), 4, true)) {
                out.add(new Span(first.start(), second.end()));
            }
        }
        return out;
    }

    /**
     * 某部刘洋/nr|林/ng|副部长: a name of two characters the segmenter knew, its given name's last character left on its
     * own, then a government title: the three characters are the name (a single character is no one's given name
     * before a title only when it is a word of its own: 的, 在, 等…).
     */
    private static java.util.List<Span> lastCharacterLeftBeforeTitles(ArticleText t) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        List<Token> tokens = t.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token name = tokens.get(k);
            Token last = tokens.get(k + 1);
            if (name.text().length() == 2 && name.tag().startsWith("nr") && last.start() == name.end() && last.text().length() == 1
                    && ArticleText.isHan(last.text().charAt(0)) && !last.isFunctionWord() && !last.tag().startsWith("v")
                    && Lexicons.SURNAMES.prefixAt(t.view(), name.start()) != null
                    && Lexicons.GOV_TITLES.prefixAt(t.view(), last.end()) != null) {
                out.add(new Span(name.start(), last.end()));
            }
        }
        return out;
    }

    /** An official the article named in full whose given name is {@code name} (王益群 for 益群). */
    private static Entity givenNameOf(ArticleFacts facts, String name) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.OFFICIAL) && e.form().length() == name.length() + 1 && e.form().endsWith(name)) {
                return e;
            }
        }
        return null;
    }

    /** Words after a name and title that make it the author of what is cited: 重要讲话, 关于…的论述, 精神, 指示, 新战略, 嘱托. */
    private static final java.util.regex.Pattern CITED = java.util.regex.Pattern.compile(
            "^[^，。,;；]{0,30}?(?:讲话|指示|批示|论述|精神|思想|要求|重要|关于|战略|嘱托|号召|交给|交办|赋予|任务)");

    /**
     * The name at {@code name} and its title, ending at {@code after}, are cited: a verb of carrying out
     * before the name in its clause (以 or 在 right before it), and the words cited after the title, or
     * the page cut off before its clause ends (贯彻某某总书记视察某地…, the last words of a clipped page).
     */
    private static boolean cited(ArticleText t, int name, int after) {
        boolean cut = t.length() - after <= 30 && !CLAUSE_END.matcher(t.slice(after, t.length())).find();
        return (cut || CITED.matcher(t.view()).region(after, Math.min(t.length(), after + 34)).lookingAt())
                && CITED_OPENER.matcher(t.slice(t.clauseStart(Math.max(0, after - 1)), name)).find();
    }

    /** A mark that ends a clause. */
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[，。,;；！？!?\\n]");

    /** The verbs of studying and carrying out what a leader said, before the name. */
    private static final java.util.regex.Pattern CITED_OPENER = java.util.regex.Pattern.compile(
            "学习|贯彻|落实|遵循|按照|根据|践行|传达|领会|牢记|完成|办好|肩负|担负|以[^，。]{0,4}$|在[^，。]{0,2}$");

    private static String topTitleAt(ArticleText t, int i) {
        for (String title : TITLE_AFTER_NAME) {
            if (t.view().startsWith(title, i)) {
                return title;
            }
        }
        return null;
    }

    /** The length of a name of two to six characters the learned recogniser finds at {@code at}, or 0. */
    /** Single characters a transliterated name may hold: not a function word's tag (又, 在, 的, 和, 等). */
    private static final java.util.Set<String> FUNCTION_TAGS = java.util.Set.of("d", "p", "c", "cc", "u", "ude1", "ude2", "ude3",
            "ule", "uguo", "uzhe", "udeng", "r", "rr", "rz", "m", "q", "w", "f", "y", "e", "o", "vshi", "vyou");

    /**
     * A transliterated name of four to six characters right after a title, cut by the segmenter into single characters
     * (额/登/毕/力/格), up to a break or a word that follows names (出席, 陪同): its length, else 0. A Chinese name of two
     * or three characters is no such run (王强|今天, 张某某|来|海|东).
     */
    /**
     * A name the segmenter read short (布仁其/nr|木|格|在…): lone characters that are no verb nor function word carry it on
     * to four to six characters when 在, a word after names or a break follows them; else {@code len}.
     */
    private static int nameRunningOn(ArticleText t, int at, int len) {
        Token first = t.tokenAt(at);
        if (first == null || first.start() != at || first.end() != at + len || !first.tag().startsWith("nr") || len < 2) {
            return len;
        }
        int i = at + len;
        while (i < t.length() && i - at < 6) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.text().length() != 1 || !ArticleText.isHan(tk.text().charAt(0))
                    || Lexicons.AFTER_NAME.prefixAt(t.view(), i) != null || FUNCTION_TAGS.contains(tk.tag())
                    || tk.tag().startsWith("v") || tk.tag().startsWith("nr")) {
                break;
            }
            i = tk.end();
        }
        boolean ended = i >= t.length() || ArticleText.isBreak(t.charAt(i)) || Lexicons.AFTER_NAME.prefixAt(t.view(), i) != null;
        return i - at >= 4 && i > at + len && ended ? i - at : len;
    }

    private static int transliteratedRun(ArticleText t, int at) {
        int i = at;
        while (i < t.length() && i - at < 7) {
            Token tk = t.tokenAt(i);
            // single characters only: a name the segmenter knew, then 来|海|东, is that name and a clause; name words side
            // by side (or a single character tagged as one) are as often two names (研究员甲某乙某, 董事长王某王总) as one
            if (tk == null || tk.start() != i || Lexicons.AFTER_NAME.prefixAt(t.view(), i) != null || tk.text().length() != 1
                    || !ArticleText.isHan(tk.text().charAt(0)) || FUNCTION_TAGS.contains(tk.tag()) || tk.tag().startsWith("nr")) {
                break;
            }
            i = tk.end();
        }
        int len = i - at;
        boolean ended = i >= t.length() || ArticleText.isBreak(t.charAt(i)) || Lexicons.AFTER_NAME.prefixAt(t.view(), i) != null;
        return len >= 4 && len <= 6 && ended ? len : 0;
    }

    /**
     * The segmenter reads the same span as one person's name (秘书长|才让/nr): with the learned recogniser's reading and
     * the title before it, a name, however unlike a Han surname and given name it looks (a Tibetan or Mongolian name).
     */
    private static boolean segmentersName(ArticleText t, int start, int end) {
        Token tk = t.tokenAt(start);
        return tk != null && tk.start() == start && tk.end() == end && tk.isPersonName();
    }

    private static int learnedNameAt(ArticleText t, int at) {
        for (org.localkg.nlp.ner.NerSpan n : t.learnedMentions()) {
            if (n.kind().equals("name") && n.start() == at && n.length() >= 2 && n.length() <= 6
                    && (PersonNames.plausible(t, at, n.length(), true) || segmentersName(t, at, n.end()))) {
                return PersonNames.withoutVerb(t, at, n.length());
            }
        }
        return 0;
    }

    /** The segmenter's names and the learned recogniser's, each once. */
    private static java.util.Set<Span> candidateNames(ArticleText t) {
        java.util.Set<Span> out = new java.util.LinkedHashSet<>();
        for (Token tk : t.tokens()) {
            if (tk.isPersonName()) {
                out.add(new Span(tk.start(), tk.end()));
            }
        }
        for (org.localkg.nlp.ner.NerSpan n : t.learnedMentions()) {
            if (n.kind().equals("name")) {
                out.add(new Span(n.start(), n.end()));
            }
        }
        return out;
    }

    /** After a title: a break, the end, or a word that starts a predicate (在, 指出, 一行, 等). */
    private static boolean clauseGoesOn(ArticleText t, int i) {
        if (i >= t.length() || ArticleText.isBreak(t.charAt(i))) {
            return true;
        }
        if (!t.isTokenBoundary(i)) {
            return false; // the title runs into a longer word
        }
        Token next = t.tokenAt(i);
        return next != null && next.start() == i && (next.isFunctionWord() || Lexicons.AFTER_NAME.prefixAt(t.view(), i) != null
                || t.view().startsWith("一行", i));
    }
}
