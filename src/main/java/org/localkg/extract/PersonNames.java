package org.localkg.extract;

import org.localkg.nlp.Token;

/**
 * Where a person's name ends. Chinese names are two or three characters (four with a compound
 * surname); what follows is punctuation, a word from {@code after-name} (参加, 表示 …), or what
 * the segmenter's name recogniser says.
 */
final class PersonNames {
    private PersonNames() {}

    /**
     * The length of the name starting at {@code i}, or 0 when none does.
     *
     * @param titled whether a title stands just before (then a name bounded by punctuation need
     *               not begin with a Chinese surname: 篠原孝)
     */
    static int lengthAt(ArticleText t, int i, boolean titled) {
        int j = i;
        while (j < t.length() && ArticleText.isHan(t.charAt(j)) && j - i < 5) {
            j++;
        }
        int run = j - i;
        if (run < 2) {
            return 0;
        }
        boolean bounded = j >= t.length() || !ArticleText.isHan(t.charAt(j));
        if (bounded && run >= 3) {
            // 郑东说，… / 黄吉表示，…: the name, then a word that follows names
            for (int len = 2; len < run; len++) {
                String after = t.slice(i + len, j);
                boolean follows = Lexicons.AFTER_NAME.contains(after) && (after.length() >= 2 || "说讲称道".contains(after));
                if (follows && t.isTokenBoundary(i + len) && plausible(t, i, len, titled)) {
                    return len;
                }
            }
        }
        if (bounded && run <= 3 && plausible(t, i, run, titled)) {
            return run;
        }
        Token first = t.tokenAt(i);
        boolean recognised = first != null && first.start() == i && first.isPersonName() && first.text().length() >= 2;
        if (bounded && run == 4 && (compoundSurname(t, i) || titled && (recognised || wordsEndAt(t, i, i + 4) && properWords(t, i, i + 4)))
                && plausible(t, i, 4, titled)) {
            return 4; // 欧阳某某; after a title, a four-character name the segmenter reads as names or places (巴音朝鲁)
        }
        Token tk = t.tokenAt(i);
        if (tk != null && tk.start() == i && tk.isPersonName()) {
            int len = tk.text().length();
            Token next = t.tokenAt(tk.end());
            if (len == 1 && next != null && next.isPersonName() && len + next.text().length() <= 3) {
                len += next.text().length();
            }
            // the segmenter sometimes leaves a given name's last character on its own (毛柯/竣/操作)
            Token after = t.tokenAt(i + len);
            if (len == 2 && after != null && after.start() == i + len && after.text().length() == 1
                    && ArticleText.isHan(after.text().charAt(0)) && ("的了在和与是等也都还就对向将把被从到说讲为" + LEADING).indexOf(after.text().charAt(0)) < 0
                    && after.end() < t.length() && ArticleText.isHan(t.charAt(after.end()))) {
                Token third = t.tokenAt(after.end());
                if (third != null && third.text().length() >= 2 && !third.isPersonName()) {
                    len = 3;
                }
            }
            // the segmenter may join a given name's last character with the next word (盛茂|林带|领): a word
            // that follows names right after three characters says where the name ends
            if (len == 2 && acrossJoinedVerb(t, i, 2, titled) == 3) {
                len = 3;
            }
            // the segmenter may join the given name's last character with the next word (省长甲乙|丙就…) where
            // elsewhere the article writes the three characters as one name (随后，甲乙丙来到…)
            if (len == 2 && writtenAsOneNameElsewhere(t, i, 3)) {
                len = 3;
            }
            // the segmenter may take the first character of a word that follows names into the name (周敏来|到)
            String follows = Lexicons.AFTER_NAME.prefixAt(t.view(), i + len - 1);
            if (len == 3 && follows != null && follows.length() >= 2 && plausible(t, i, 2, false)) {
                len = 2;
            }
            // …and a verb of leading (孙伟携|夫人, 郑涛率|队): no given name ends in one
            if (len == 3 && tk.text().length() == 3 && LEADING.indexOf(t.charAt(i + 2)) >= 0 && plausible(t, i, 2, false)) {
                len = 2;
            }
            if (len >= 2 && len <= 3 && plausible(t, i, len, false)) {
                return len;
            }
        }
        // after a title, a name of three or two characters that the segmenter ends before a verb (主任郝玉峰|接续推介)
        if (titled && Lexicons.SURNAMES.prefixAt(t.view(), i) != null) {
            for (int len = 3; len >= 2; len--) {
                if (len <= run && endsBeforePredicate(t, i, len) && plausible(t, i, len, true)) {
                    return len;
                }
            }
        }
        // after a title, a name of two to four characters that a conjunction joins to more people (副旗长某某|及相关
        //部门负责同志, 主任某某|和副主任…): the conjunction ends it
        if (titled) {
            for (int len = 2; len <= Math.min(4, run); len++) { // four: a transliterated name (斯日古楞)
                if (conjoinedPeopleAt(t, i + len) && plausible(t, i, len, true)) {
                    return len;
                }
            }
        }
        // a word that follows names: two-character words first, they are the safer cue
        for (int pass = 0; pass < 2; pass++) {
            for (int len = 2; len <= Math.min(3, run); len++) {
                String after = Lexicons.AFTER_NAME.prefixAt(t.view(), i + len);
                if (after != null && (pass == 1 || after.length() >= 2) && plausible(t, i, len, titled)
                        && (!titled || Lexicons.SURNAMES.prefixAt(t.view(), i) != null)) {
                    return len;
                }
            }
        }
        return 0;
    }

    /** The {@code len} characters at {@code i} stand elsewhere in the article as one word the segmenter reads as a person's name. */
    private static boolean writtenAsOneNameElsewhere(ArticleText t, int i, int len) {
        if (i + len > t.length() || !ArticleText.isHan(t.charAt(i + len - 1))) {
            return false;
        }
        String name = t.slice(i, i + len);
        for (int k = t.view().indexOf(name); k >= 0; k = t.view().indexOf(name, k + 1)) {
            Token tk = t.tokenAt(k);
            if (k != i && tk != null && tk.start() == k && tk.end() == k + len && tk.isPersonName()) {
                return true;
            }
        }
        return false;
    }

    /** What a conjunction joins to a name: others of a kind (相关, 有关, 各, 其他) or a title. */
    private static final java.util.regex.Pattern MORE_PEOPLE = java.util.regex.Pattern.compile("(?:相关|有关|各|其他)");

    /** 及, 和 or 与 at {@code i}, then more people: others of a kind, or someone's title. */
    private static boolean conjoinedPeopleAt(ArticleText t, int i) {
        if (i + 1 >= t.length() || "及和与".indexOf(t.charAt(i)) < 0) {
            return false;
        }
        return MORE_PEOPLE.matcher(t.view()).region(i + 1, t.length()).lookingAt()
                || Lexicons.GOV_TITLES.prefixAt(t.view(), i + 1) != null || Lexicons.ROLE_TITLES.prefixAt(t.view(), i + 1) != null;
    }

    /** The segmenter's words from {@code i} end exactly at {@code end}, none of them a function word. */
    private static boolean wordsEndAt(ArticleText t, int i, int end) {
        for (int k = i; k < end; ) {
            Token tk = t.tokenAt(k);
            // a surname the segmenter took for a measure word (张/q|长河) opens the name, it is no function word there
            boolean surnameAsMeasure = k == i && tk != null && tk.text().length() == 1 && tk.tag().startsWith("q")
                    && Lexicons.SURNAMES.prefixAt(t.view(), i) != null;
            if (tk == null || tk.start() != k || tk.end() > end || tk.isFunctionWord() && !surnameAsMeasure) {
                return false;
            }
            k = tk.end();
        }
        return true;
    }

    /** Every word from {@code i} to {@code end} is a proper noun or one the dictionary does not know (巴音|朝鲁, not 会议|协商). */
    private static boolean properWords(ArticleText t, int i, int end) {
        for (int k = i; k < end; ) {
            Token tk = t.tokenAt(k);
            if (tk == null || tk.start() != k || tk.end() > end) {
                return false;
            }
            String tag = tk.tag();
            if (!(tag.startsWith("nr") || tag.startsWith("ns") || tag.equals("nz") || tag.equals("j")
                    || t.dictionaryTags(tk.text()).isEmpty())) {
                return false;
            }
            k = tk.end();
        }
        return true;
    }

    /** A name of {@code len} at {@code i}: the words end there and a verb, preposition or adverb follows. */
    private static boolean endsBeforePredicate(ArticleText t, int i, int len) {
        Token next = t.tokenAt(i + len);
        Token last = t.tokenAt(i + len - 1);
        // a verb of leading of one character after it (书记|周期/n|才/d|率…): the last character the segmenter read as an
        // adverb is the given name's, no adverb opens 率
        boolean leadingAfter = next != null && next.start() == i + len && next.text().length() == 1 && next.tag().startsWith("v")
                && LEADING.indexOf(next.text().charAt(0)) >= 0 && last != null && last.start() == i + len - 1 && last.text().length() == 1;
        if (!wordsEndAt(t, i, i + len) && !(leadingAfter && len == 3 && wordsEndAt(t, i, i + len - 1))) {
            return false;
        }
        // (a verb of leading of one character too: 书记|周期/n|才|率|调研组…)
        return next != null && next.start() == i + len && (next.text().length() >= 2
                    || next.tag().startsWith("v") && LEADING.indexOf(next.text().charAt(0)) >= 0)
                && (next.tag().startsWith("v") && !next.tag().equals("vn") || next.tag().equals("p") || next.tag().startsWith("d"));
    }

    /**
     * A name ending in the word for a county, district, banner, township or village (某某县, 某某区, 某某旗,
     * 某某乡, 某某镇, 某村) names that place, not a person (市长某某和|某某县、某某区负责同志): the division's
     * suffix, which no given name of the benchmark's ten thousand sentences ends in.
     */
    static boolean township(String name) {
        return name.length() >= 2 && "县区旗乡镇村".indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** Adverbs and the passive's mark, none of them a surname in use, that open a predicate: 很, 都, 才, 被 … */
    private static final String ADVERB_OPENERS = "很都才被也就还又再已仍便却只更最太";
    /** Characters that open what follows a name rather than end it: time, modality, conjunction, leading (后, 将, 和, 带). */
    private static final String NOT_A_NAMES_LAST = "后将和与及同并正在等曾带";

    /** A dictionary word seen this rarely may well be a name the dictionary took in as a word. */
    private static final int RARE = 5;

    /**
     * A name of {@code len} at {@code i} that goes on past a middle dot (艾尔肯·吐尼亚孜, 阿依肯·阿斯拉汗): the
     * whole name, up to a break, a word that follows names, or eight characters after each dot.
     */
    static int transliterated(ArticleText t, int i, int len) {
        int end = i + len;
        while (end + 1 < t.length() && nameDotAt(t, i, end) && ArticleText.isHan(t.charAt(end + 1))) {
            int k = end + 1;
            while (k < t.length() && k - end <= 8 && ArticleText.isHan(t.charAt(k))
                    && (k == end + 1 || !wordAfterNameAt(t, k) && !t.view().startsWith("在", k) && t.charAt(k) != '的'
                            && !joinsTheNext(t, k))) {
                k++;
            }
            if (k - end < 3) {
                break;
            }
            end = k;
        }
        return lastCharacterBeforeBreak(t, i, end) - i;
    }

    /**
     * A transliterated name {@code [i, i + len)} whose bounds a recogniser set inside the part after its last dot
     * (市长|甲乙丙丁·戊己|庚辛，: the segmenter read the last characters as verbs): the part runs on as
     * {@link #transliterated} runs it, to a break or a word that follows names, when that is three characters away
     * at most.
     */
    static int throughLastDot(ArticleText t, int i, int len) {
        int dot = lastDot(t, i, i + len);
        if (dot < 0) {
            return len;
        }
        int through = transliterated(t, i, dot - i);
        // up to three characters more (巴合|提汗, 阿不|来提): further on the run has taken in the clause's own words
        return through > len && through - len <= 3 && singleCharactersNotSaying(t, i + len, i + through) ? through : len;
    }

    /** Characters of saying that follow a name (某某|笑道, 某某|回忆道): never a transliterated name's last ones. */
    private static final String SAYING_CHARACTERS = "道说讲笑称问答";

    /**
     * What a run past the recogniser's end takes in is the name's own characters: words of one character each (the
     * segmenter's reading of syllables: 提|汗), none of saying; not a word of the language (回忆道, 解释).
     */
    private static boolean singleCharactersNotSaying(ArticleText t, int from, int to) {
        for (int k = from; k < to; k++) {
            org.localkg.nlp.Token tk = t.tokenAt(k);
            if (SAYING_CHARACTERS.indexOf(t.charAt(k)) >= 0 || tk != null && tk.text().length() >= 2 && tk.start() >= from
                    && tk.end() > k && !tk.isPersonName()) {
                return false;
            }
        }
        return true;
    }

    /** The last name's dot inside the name {@code [start, end)} (past its first two characters), or -1. */
    private static int lastDot(ArticleText t, int start, int end) {
        int dot = -1;
        for (int k = start + 2; k < end; k++) {
            if (nameDotAt(t, start, k)) {
                dot = k;
            }
        }
        return dot;
    }

    /**
     * The length of the name {@code [at, at + len)} with the character after it, where a recogniser ended a name of
     * two one character short because the segmenter joined the name's last character to the first of a word that
     * follows names (主席某树|发出|席: 发出 over 出席): the character is the name's, the word is 出席. Else {@code len}.
     */
    static int acrossJoinedVerb(ArticleText t, int at, int len, boolean titled) {
        int c = at + len;
        if (len != 2 || c + 2 >= t.length() || !ArticleText.isHan(t.charAt(c))) {
            return len;
        }
        org.localkg.nlp.Token joined = t.tokenAt(c);
        String follows = Lexicons.AFTER_NAME.prefixAt(t.view(), c + 1);
        // what comes after the word that follows names stands on its own (出席|，, 分别|致辞; not 张某协|调研|究, where 调研
        // leaves 究 of 研究), and the character is no adverb's, conjunction's or leading verb's (张某后|来到, 张某带|一行)
        boolean across = joined != null && joined.start() == c && joined.end() > c + 1 && follows != null && follows.length() >= 2
                && Lexicons.AFTER_NAME.prefixAt(t.view(), c) == null && standsAlone(t, c + 1 + follows.length())
                && (ADVERB_OPENERS + NOT_A_NAMES_LAST + LEADING).indexOf(t.charAt(c)) < 0;
        return across && plausible(t, at, len + 1, titled) ? len + 1 : len;
    }

    /** Whether a word of its own opens at {@code i}: a break, or a word of two to four characters the dictionary knows. */
    private static boolean standsAlone(ArticleText t, int i) {
        if (i >= t.length() || !ArticleText.isHan(t.charAt(i))) {
            return true;
        }
        for (int k = 2; k <= 4 && i + k <= t.length(); k++) {
            if (!t.dictionaryTags(t.slice(i, i + k)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that follows names opens at {@code k} inside a transliterated name's part, unless another such word
     * opens at the next character and ends further (甲·乙丙提|出席: 提 is the name's, the verb is 出席).
     */
    private static boolean wordAfterNameAt(ArticleText t, int k) {
        String word = Lexicons.AFTER_NAME.prefixAt(t.view(), k);
        if (word == null) {
            return false;
        }
        String next = k + 1 < t.length() ? Lexicons.AFTER_NAME.prefixAt(t.view(), k + 1) : null;
        return next == null || k + 1 + next.length() <= k + word.length();
    }

    /**
     * The end of a transliterated name {@code [i, end)} that stops one character short of a break
     * (市长|奇·达楞|太，): the model and the segmenter may read a last character that is also an adverb
     * (太, 才) as one, but an adverb opens a predicate and none stands before a comma, so the character
     * is the name's. Only such a character: any other after the name may be a word of its own.
     */
    private static int lastCharacterBeforeBreak(ArticleText t, int i, int end) {
        boolean dotted = false;
        for (int k = i; k < end && !dotted; k++) {
            dotted = nameDotAt(t, i, k);
        }
        if (!dotted || end >= t.length() || ADVERB_OPENERS.indexOf(t.charAt(end)) < 0
                || end + 1 < t.length() && "，,、。；;".indexOf(t.charAt(end + 1)) < 0
                || Lexicons.AFTER_NAME.prefixAt(t.view(), end) != null) {
            return end;
        }
        return end + 1;
    }

    /** 以及, 及, 和, 与 or 等 after a transliterated name's part: the list goes on, the name has ended (甲·乙以及丙). */
    private static boolean joinsTheNext(ArticleText t, int k) {
        String v = t.view();
        return v.startsWith("以及", k) || v.startsWith("及", k) || v.startsWith("和", k) || v.startsWith("与", k) || v.startsWith("等", k);
    }

    /** Verbs of leading a party, of one character (率, 携, 偕): no given name ends in one. */
    private static final String LEADING = "率携偕";
    /** Verbs of saying, of one character, that come right before a quotation's colon or comma. */
    private static final String SAYING = "说讲";

    /**
     * The model may run a name into the verb after it (许某某赴|大连, 李某来到): where its last character
     * opens a word that follows names, the name ends before it, if it is a name without it. A single
     * character (赴, 在) ends only a four-character reading; Chinese names of four are rare. A time word
     * (今天, 上午) ends the name before it.
     */
    static int withoutVerb(ArticleText t, int at, int len) {
        if (len < 3) {
            return len;
        }
        for (int k = 2; k < len; k++) {
            org.localkg.nlp.Token tk = t.tokenAt(at + k);
            if (tk != null && tk.start() == at + k && tk.end() <= at + len && tk.tag().equals("t") && tk.text().length() >= 2
                    && PersonNames.plausible(t, at, k, true)) { // (not 张晓|明日|前: the time word ends past the name)
                return k; // 某某|今天|下午调研: a time word after the name is the clause's, not the name's
            }
        }
        if (len == 3 && LEADING.indexOf(t.charAt(at + 2)) >= 0 && PersonNames.plausible(t, at, 2, true)) {
            return 2; // 郑涛携|区长…: however a recogniser bounded it
        }
        if (len == 3 && SAYING.indexOf(t.charAt(at + 2)) >= 0 && at + 3 < t.length() && "，,：:“\"。".indexOf(t.charAt(at + 3)) >= 0
                && PersonNames.plausible(t, at, 2, true) && !namedWholeElsewhere(t, at)) {
            return 2; // 县委书记某雷说,“…, …。”某雷说。: the verb of saying before or after the quotation, not the name's last character
        }
        if (len == 3 && GOING.indexOf(t.charAt(at + 2)) >= 0 && at + 3 < t.length()
                && org.localkg.resolve.Divisions.get().regionAt(t.view(), at + 3) != null && PersonNames.plausible(t, at, 2, true)
                && twoWrittenAlone(t, at)) {
            return 2; // 副省长某雷来|某市进行调研: the verb of going before a place, when the text writes 某雷 alone too
        }
        String follows = Lexicons.AFTER_NAME.prefixAt(t.view(), at + len - 1);
        boolean ends = follows != null && (follows.length() >= 2 || len == 4)
                && !(lastDot(t, at, at + len) >= 0 && !wordAfterNameAt(t, at + len - 1)); // 甲·乙丙提|出席: 提 is the name's
        return ends && PersonNames.plausible(t, at, len - 1, true) ? len - 1 : len;
    }

    /** Verbs of going, of one character, that a place follows: 来, 赴, 到, 去. */
    private static final String GOING = "来赴到去";

    /** Whether the first two characters at {@code at} stand elsewhere in the text without the third after them. */
    private static boolean twoWrittenAlone(ArticleText t, int at) {
        String v = t.view();
        String two = v.substring(at, at + 2);
        for (int k = v.indexOf(two); k >= 0; k = v.indexOf(two, k + 1)) {
            if (k != at && k + 2 < v.length() && v.charAt(k + 2) != v.charAt(at + 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the three characters at {@code at} stand elsewhere in the text before no mark (某德讲又来到): the whole name. */
    private static boolean namedWholeElsewhere(ArticleText t, int at) {
        String v = t.view();
        String whole = v.substring(at, at + 3);
        for (int k = v.indexOf(whole); k >= 0; k = v.indexOf(whole, k + 1)) {
            if (k != at && k + 3 < v.length() && ArticleText.isHan(v.charAt(k + 3))) {
                return true;
            }
        }
        return false;
    }

    /** The middle dot between a transliterated name's parts, in its several spellings. */
    static boolean isNameDot(char c) {
        return "·•・".indexOf(c) >= 0;
    }

    /**
     * Whether the character at {@code dot} joins the parts of one name that opens at {@code nameStart}: a middle
     * dot, or a full stop typed for one (县长艾力肯.吐尔逊，). A full stop also parts two names or ends a clause
     * (县委书记张某某.县长赵某某出席, 董事长张某.总经理陈某，), so it joins only a second part of two to six Han
     * characters that ends the clause or comes before a word that follows names (到, 陪同), holds no title, and does
     * not make two parts that each read as a Chinese name.
     */
    static boolean nameDotAt(ArticleText t, int nameStart, int dot) {
        char c = t.charAt(dot);
        if (isNameDot(c)) {
            return true;
        }
        if (c != '.') {
            return false;
        }
        // the second part ends at a mark, or at a word that follows names (阿不都.热合曼|到某公司调研)
        int k = dot + 1;
        while (k < t.length() && ArticleText.isHan(t.charAt(k))
                && (k - dot - 1 < 2 || Lexicons.AFTER_NAME.prefixAt(t.view(), k) == null)) {
            k++;
        }
        int second = k - dot - 1;
        boolean ends = k == t.length() || "，,、。；;！!？?\n )）".indexOf(t.charAt(k)) >= 0
                || Lexicons.AFTER_NAME.prefixAt(t.view(), k) != null;
        if (second < 2 || second > 6 || !ends) {
            return false;
        }
        for (int i = dot + 1; i < k; i++) {
            if (Lexicons.GOV_TITLES.prefixAt(t.view(), i) != null || TITLE_WORD.matcher(t.view()).region(i, k).lookingAt()) {
                return false;
            }
        }
        boolean twoChineseNames = dot - nameStart <= 3 && second <= 3 && Lexicons.SURNAMES.prefixAt(t.view(), nameStart) != null
                && Lexicons.SURNAMES.prefixAt(t.view(), dot + 1) != null;
        return !twoChineseNames;
    }

    /** Titles of companies a second name may be preceded by (总经理, 董事长): a government's are in {@link Lexicons#GOV_TITLES}. */
    private static final java.util.regex.Pattern TITLE_WORD = java.util.regex.Pattern.compile("经理|董事|总裁");

    static boolean compoundSurname(ArticleText t, int i) {
        String s = Lexicons.SURNAMES.prefixAt(t.view(), i);
        return s != null && s.length() == 2;
    }

    /** A preposition, an adverb or a verb (not a verbal noun) opens at {@code at}: a predicate, no noun phrase. */
    private static boolean predicateAt(ArticleText t, int at) {
        Token tk = t.tokenAt(at);
        return tk != null && tk.start() == at && (tk.tag().startsWith("p") || tk.tag().startsWith("d")
                || tk.tag().startsWith("v") && !tk.tag().equals("vn"));
    }

    /** The segmenter reads the span as one person's name (蒋和庆/nr: 和 is a given name's character there). */
    private static boolean oneName(ArticleText t, int i, int len) {
        var tk = t.tokenAt(i);
        return tk != null && tk.start() == i && tk.end() == i + len && tk.tag().startsWith("nr") && Lexicons.SURNAMES.prefixAt(t.view(), i) != null
                && Lexicons.GOV_TITLES.prefixAt(t.view(), i + len) == null;
    }

    /** No word that names no one: a stop word, a word that follows names, a title, a generic word. */
    static boolean plausibleShape(String s) {
        return !(Lexicons.STOP_WORDS.contains(s) || Lexicons.AFTER_NAME.contains(s) || Lexicons.GOV_TITLES.contains(s)
                || Lexicons.ROLE_TITLES.contains(s) || Lexicons.GENERIC.contains(s));
    }

    /** Begins with a surname (unless titled), and is not a common word the segmenter knows. */
    static boolean plausible(ArticleText t, int i, int len, boolean titled) {
        String s = t.slice(i, i + len);
        if (!plausibleShape(s)) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            // 蒋和庆/nr; 王国和/nr before a break (a conjunction never stands before a comma): 和 is the name's
            // …or before a preposition or a verb (甲国和|在现场): a conjunction is followed by what it joins, a noun
            boolean given = s.charAt(k) == '和' && len == 3 && oneName(t, i, len)
                    && (k == 1 || k == 2 && i + len < t.length() && ("，,、。；;".indexOf(t.charAt(i + len)) >= 0 || predicateAt(t, i + len)));
            if ("的了是在和与及等个们".indexOf(s.charAt(k)) >= 0 && !given) {
                return false;
            }
        }
        if (township(s) && !(oneName(t, i, len) && predicateAt(t, i + len))) {
            return false; // (not 州长|某之镇|对…: the segmenter's one name, then its predicate, not a place's)
        }
        int after = i + len;
        if (after < t.length() && "县区旗乡镇".indexOf(t.charAt(after)) >= 0 && Lexicons.GOV_TITLES.prefixAt(t.view(), after) == null
                && Lexicons.ORGANIZATION_SUFFIXES.prefixAt(t.view(), after) == null) {
            return false; // 某某|县、某某区负责同志: the start of a division's name (某某县长, 某某区委 are a title after a name)
        }
        if (ADVERB_OPENERS.indexOf(s.charAt(0)) >= 0) {
            return false; // 专家|很谦虚, 副部长|被判刑: an adverb or the passive opens the predicate, not a name
        }
        if (s.length() >= 2 && s.endsWith("总") && Lexicons.SURNAMES.prefixAt(s, s.length() - 2) != null) {
            return false; // 王总, 某某王总: a surname and 总 address a manager, and name no one in full
        }
        Token tk = t.tokenAt(i);
        if (tk != null && tk.start() == i && tk.text().length() >= 2 && tk.text().length() < len && tk.tag().startsWith("v")
                && Lexicons.SURNAMES.prefixAt(s, 0) == null) {
            return false; // 委员|进行大视察: a verb of two characters opens the predicate after a title, not a name
        }
        boolean surname = Lexicons.SURNAMES.prefixAt(s, 0) != null;
        if (tk != null && tk.start() == i && !tk.isPersonName() && tk.text().length() >= len && tk.text().length() >= 2
                && !(titled && surname && tk.text().length() == len && t.dictionaryFrequency(tk.text()) <= RARE)) {
            // a dictionary word (干部, 企业, 项目), not a name; after a title, a rare one that opens with a surname may be (包钢)
            return false;
        }
        return titled || surname;
    }
}
