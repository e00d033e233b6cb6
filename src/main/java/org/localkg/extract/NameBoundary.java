package org.localkg.extract;

import org.localkg.nlp.Token;

/**
 * Where a name that ends in a known suffix begins. Walking back from the suffix, a name takes
 * characters until a break mark, an opening quote or bracket it is not inside, a function word
 * or clause verb from {@code stop-words} that the segmenter sees as a word of its own, or a
 * length limit. Quoted words and bracketed places (中欧(常州)绿色创新园) are taken whole.
 */
final class NameBoundary {
    private NameBoundary() {}

    /** Parts of speech a company, organisation or park name does not run back over: verbs, conjunctions. */
    private static final java.util.Set<String> CLAUSE_TAGS = java.util.Set.of("v", "vd", "vf", "vshi", "vyou", "vx",
            "c", "cc", "p", "pba", "pbei", "u", "ude1", "ude2", "ude3", "uzhe", "ule", "uguo", "y", "e", "o", "r", "rr", "rz", "ry");
    /** Parts of speech a name does not open with. */
    private static final java.util.Set<String> NOT_OPENING = java.util.Set.of("v", "vd", "vf", "vshi", "vyou", "vx", "vi",
            "vn", "a", "ad", "an", "c", "cc", "p", "u", "ude1", "r", "rr", "rz", "d");
    /** 是 and 有 stand between a clause and a name even as one character (旁有个|某公司). */
    private static final java.util.Set<String> COPULAS = java.util.Set.of("vshi", "vyou");
    /** Measure words that count companies or units before their name. */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("个", "家", "批", "所", "座");
    private static final java.util.Set<String> VERB_TAGS = java.util.Set.of("v", "vd", "vf", "vshi", "vyou", "vx");

    /** A word read as a verb that the dictionary knows as a name too, and rarely (东升; not 建设, 发展, 振兴). */
    private static boolean brandAsVerb(ArticleText t, Token verb) {
        return t.dictionaryTags(verb.text()).contains("nz") && t.dictionaryFrequency(verb.text()) < 50;
    }

    /**
     * A verb of two characters right after a place and with more of the name after it (天津|振兴|某某
     * 房地产开发有限公司): the company's brand, which the segmenter read as a verb; a place then a verb
     * opens no clause inside a name's stretch, so the name opens at the place. Not after a place that
     * ends a clause's object (在某地|建设…: the place follows a preposition or a verb of its own).
     */
    static boolean placeBeforeBrand(ArticleText t, Token verb, int from) {
        return placeOpeningBrand(t, verb, from) >= 0;
    }

    /**
     * Where the place opens before a brand read as a verb (see {@link #placeBeforeBrand}), or -1; a side of the compass
     * of two characters may stand between them (上海|东方|希望|某某有限公司: the brand is 东方希望).
     */
    static int placeOpeningBrand(ArticleText t, Token verb, int from) {
        if (!verb.tag().equals("v") || verb.text().length() != 2 || verb.start() < 2) {
            return -1;
        }
        int placeEnd = verb.start();
        Token place = t.tokenAt(placeEnd - 1);
        if (place != null && place.end() == placeEnd && place.start() > from && place.text().length() == 2
                && place.tag().equals("s") && "东西南北中".indexOf(place.text().charAt(0)) >= 0) {
            placeEnd = place.start();
            place = t.tokenAt(placeEnd - 1);
        }
        // (a division, or a place below them the segmenter knows by its ending, 某某村, 某某镇, before a brand)
        if (place == null || place.end() != placeEnd || place.start() < from || !place.tag().startsWith("ns")
                || org.localkg.resolve.Divisions.get().regionAt(t.view(), place.start()) == null
                    && !(place.text().length() >= 3 && "村镇乡庄".indexOf(place.text().charAt(place.text().length() - 1)) >= 0
                        && brandAsVerb(t, verb))) {
            return -1;
        }
        // not after a place that ends a clause's object (在某地|建设…), unless 是 says what the thing is (是某地某某公司)
        Token before = place.start() > 0 ? t.tokenAt(place.start() - 1) : null;
        boolean object = before != null && (before.tag().equals("p")
                || before.text().length() == 1 && VERB_TAGS.contains(before.tag()) && !before.tag().equals("vshi"));
        return object ? -1 : place.start();
    }

    /**
     * 和, 与 or 及 joining the fields of one government body after its place (上海市规划|与|国土资源管理局,
     * 市住房|和|城乡建设局): the conjunction is the name's, when a common noun stands between the place
     * and it and a body's suffix ends the name; a body's or company's name before it (某局和|某局) makes
     * two names, no place a clause, and other suffixes a list (某地企业|和|园区).
     */
    private static boolean fieldsJoinedInBody(ArticleText t, Token conj, int suffixStart) {
        if (Lexicons.ORGANIZATION_SUFFIXES.prefixAt(t.view(), suffixStart) == null || !conj.tag().startsWith("c")
                || conj.text().length() != 1 || "和与及".indexOf(conj.text().charAt(0)) < 0 || conj.start() < 3) {
            return false;
        }
        Token field = t.tokenAt(conj.start() - 1);
        // a plain noun or verbal noun (规划, 住房, 发展), not a name or a zone's or body's word (某经济技术开发区|与)
        if (field == null || field.end() != conj.start() || field.text().length() < 2
                || !(field.tag().equals("n") || field.tag().equals("vn")) || field.start() < 1) {
            return false;
        }
        Token place = t.tokenAt(field.start() - 1);
        return place != null && place.end() == field.start()
                && (place.tag().startsWith("ns") || place.text().length() == 1 && "省市区县".contains(place.text()));
    }

    /** Start of an organisation's or park's name: as {@link #startOf} and not past a verb or conjunction. */
    static int startOfOrganization(ArticleText t, int suffixStart, int maxLength) {
        int s = startOf(t, suffixStart, maxLength, false);
        for (int i = suffixStart - 1; i >= s; i--) {
            Token tk = t.tokenAt(i);
            // one-character "verbs" are often pieces of names the segmenter does not know (万/帮)
            // …and a verb of four characters or more right before the suffix is a set phrase naming the
            // zone's theme (沈抚|改革创新|示范区), not the predicate of a clause
            if (tk != null && tk.end() <= suffixStart && CLAUSE_TAGS.contains(tk.tag()) && !fieldsJoinedInBody(t, tk, suffixStart)
                    && !particleInBrand(t, tk, suffixStart)
                    && !brandBeforeBracketedPlace(t, tk) && !placeAfterDivision(t, tk) && !unitedInName(t, tk.end())
                    && !(VERB_TAGS.contains(tk.tag()) && tk.text().length() < 2 && !COPULAS.contains(tk.tag()))
                    && !(VERB_TAGS.contains(tk.tag()) && tk.text().length() >= 4 && tk.end() == suffixStart)) {
                int place = placeOpeningBrand(t, tk, s);
                s = place >= 0 ? place : tk.end();
                break;
            }
            if (tk != null && tk.start() == i && tk.end() < suffixStart && frameLocative(t, tk, s)) {
                s = tk.end(); // 盘口状态下|某公司, 市场环境下|某银行: a noun and a locative frame the clause, the name follows
                break;
            }
            if (tk != null && tk.start() == i && tk.end() < suffixStart && tk.text().equals("兼")) {
                s = tk.end(); // 某局助理总经理兼|投资公司党委书记: 兼 joins one holder's posts, the name starts after it
                break;
            }
            if (tk != null && tk.end() <= suffixStart && tk.tag().equals("q") && COUNTED.contains(tk.text()) && i > s) {
                s = tk.end(); // 几个|某中介公司, 一家|某科技公司: a count before the name
                break;
            }
            String joined = i > s && "和与及".indexOf(t.charAt(i)) >= 0 ? Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), i) : null;
            if (joined != null && i - joined.length() > s) {
                s = i + 1; // 某某银行和|某某银行: two names joined, whatever the segmenter made of 和
                break;
            }
        }
        // a description in apposition before the name (当地知名企业|浙江某某有限公司): the name starts at its place
        for (int k = suffixStart - 2; k > s + 1; k--) {
            if (t.view().startsWith("企业", k - 2) && org.localkg.resolve.Divisions.get().regionAt(t.view(), k) != null) {
                s = k;
                break;
            }
        }
        // a park named after a school or company it stands by starts at its place (南京大学|溧阳高新区); a
        // branch is named after its company (某集团|某地分公司)
        boolean branch = BRANCH.matcher(t.view()).region(suffixStart, Math.min(t.length(), suffixStart + 4)).lookingAt();
        for (int k = suffixStart - 2; k > s && !branch; k--) {
            String orgSuffix = Lexicons.ORGANIZATION_SUFFIXES.suffixAt(t.view(), k);
            if (orgSuffix == null) {
                orgSuffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), k);
            }
            // …but a group's company named after its province (某集团|某省某有限公司) is the group's, in full
            boolean subsidiary = orgSuffix != null && orgSuffix.endsWith("集团")
                    && Lexicons.ENTERPRISE_SUFFIXES.prefixAt(t.view(), suffixStart) != null;
            if (orgSuffix != null && orgSuffix.length() >= 2 && k - orgSuffix.length() > s && !subsidiary
                    && org.localkg.resolve.Divisions.get().regionAt(t.view(), k) != null) {
                s = k;
                break;
            }
        }
        // a leading adjective or adverb the walk took (做大钟楼高新区 → 钟楼高新区), unless it opens a place, or
        // the name is the object of a verb of visiting and opens with a lone character (来到|好|记|食品有限公司):
        // a name the segmenter did not know, cut into words
        boolean visited = visitingVerbEndsAt(t, s);
        // …nor after 由 naming who does it (由|联想|融科某公司投资建设): the agent's name, whatever its words' tags
        boolean agent = OrganizationRecognizer.agentStart(t, s, suffixStart) == s;
        while (s < suffixStart && !agent) {
            Token tk = t.tokenAt(s);
            if (tk == null || tk.start() != s || tk.end() >= suffixStart || !NOT_OPENING.contains(tk.tag())
                    || org.localkg.resolve.Divisions.get().placeAt(t.view(), s) != null || visited && tk.text().length() == 1) {
                break;
            }
            Token next = t.tokenAt(tk.end());
            if (tk.tag().equals("d") && next != null && next.start() == tk.end()
                    && (next.tag().startsWith("nz") || next.tag().startsWith("nr") || next.tag().startsWith("ns")
                        || adverbBeforeMorpheme(t, tk.end()))) {
                break; // 常/高新/集团: a one-character abbreviation the segmenter took for an adverb
            }
            if (adjectivePiece(t, tk, suffixStart)) {
                break;
            }
            s = tk.end();
        }
        return s;
    }

    /**
     * 深/川/现代农业产业园, 以|深/哈/产业园: a one-character adjective and another lone character, up to
     * {@code end}: a name the segmenter did not know, cut into characters, not an adjective and a word.
     */
    static boolean adjectivePiece(ArticleText t, Token tk, int end) {
        if (!tk.tag().equals("a") || tk.text().length() != 1) {
            return false;
        }
        Token next = t.tokenAt(tk.end());
        if (next == null || next.start() != tk.end() || next.text().length() != 1 || next.end() > end || !PIECES.contains(next.tag())) {
            return false;
        }
        // right before the suffix, only a place's or a name's piece (深|哈: two cities' initials), not a noun's
        // morpheme (多|企|产业园: many companies' park, a kind)
        return next.end() < end || PROPER_PIECES.contains(next.tag());
    }

    /**
     * 舜/茂/新材料产业园: a one-character adjective right after a lone character that the name opens with
     * at {@code start}: the same unknown name, cut into characters the other way round.
     */
    static boolean pieceThenAdjective(ArticleText t, Token tk, int start) {
        if (!tk.tag().equals("a") || tk.text().length() != 1 || tk.start() - 1 != start) {
            return false;
        }
        Token before = t.tokenAt(start);
        // not a verb's morpheme: 育|强, 做|优 make a verb and its result (育强产业园区: to grow the parks strong);
        // and only where a noun phrase may open: after a mark, a preposition, a conjunction or 的 (据悉，|舜|茂…),
        // not after an adverb or a verb, whose predicate the two characters go on (全力|赋|好|产业园)
        Token opener = start > 0 ? t.tokenAt(start - 1) : null;
        boolean phraseOpens = opener == null || opener.tag().startsWith("w") || opener.tag().startsWith("p")
                || opener.tag().startsWith("c") || opener.tag().equals("ude1");
        return before != null && before.start() == start && before.end() == tk.start() && PIECES.contains(before.tag())
                && !before.tag().equals("vg") && phraseOpens;
    }

    /** Of those, the parts of speech of a proper name's or an abbreviation's piece. */
    private static final java.util.Set<String> PROPER_PIECES = java.util.Set.of("b", "j", "nz", "ns", "nr");

    /** Parts of speech the segmenter gives a lone character of a name it does not know. */
    private static final java.util.Set<String> PIECES = java.util.Set.of("b", "ng", "j", "g", "nz", "ns", "nr", "vg", "ag");

    private static final java.util.List<String> VISITING = java.util.List.of("来到", "莅临", "走进", "前往", "走访", "调研", "考察", "视察",
            "入驻"); // (入驻, settling in, the segmenter may cut into two one-character verbs: 已入|驻|某公司)

    /** Locatives that close a frame before a name (状态下, 环境下, 会上), not directions that open one (东, 南). */
    private static final String FRAME_LOCATIVES = "下中上里内间后前";

    /** {@code tk} is a one-character locative after a noun of two characters or more, both inside the walk from {@code s}. */
    private static boolean frameLocative(ArticleText t, Token tk, int s) {
        if (!tk.tag().equals("f") || tk.text().length() != 1 || FRAME_LOCATIVES.indexOf(tk.text().charAt(0)) < 0) {
            return false;
        }
        Token noun = t.tokenAt(tk.start() - 1);
        return noun != null && noun.start() >= s && noun.text().length() >= 2 && noun.tag().startsWith("n")
                && !noun.tag().startsWith("ns");
    }

    private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile("分公司|子公司|分行|支行|分厂|分店|分院");

    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("在", "于", "从");

    /** Drops leading verbs from a project's name (要抢抓常泰长江大桥 → 常泰长江大桥). */

    static int skipLeadingVerbs(ArticleText t, int start, int end) {
        if (start > 0 && t.charAt(start - 1) == '的') {
            return start; // …的|顺天某某项目: after 的 comes what it qualifies, a name, not a verb
        }
        Token before = start > 0 ? t.tokenAt(start - 1) : null;
        if (before != null && before.end() == start && (before.tag().startsWith("v") || before.text().equals("了"))) {
            return start; // 了解|达润通…项目, 介绍了|达润诚…: after a verb comes its object, a name
        }
        if (start > 0 && t.charAt(start - 1) == '、' && end - start >= 4) {
            // 甲工程、引|某供水工程: an item of a list of nouns opens with a noun phrase, its "verb" is the name's
            // (four characters or more, the verb's one included; a verb and one character, 聚|力项目, are a
            // verb and its object: a slogan's item)
            return start;
        }
        if (before != null && before.end() == start && before.tag().equals("p") && PLACE_PREPOSITIONS.contains(before.text())) {
            return start; // 在|某某镇…项目 (its first character tagged a verb): a preposition of place takes a noun; a "verb" right after it opens the name
        }
        int s = start;
        while (s < end) {
            Token tk = t.tokenAt(s);
            // one-character verbs only (要/抢/抓): a two-character "verb" may be a name (远航)
            if (tk == null || tk.start() != s || tk.end() >= end || tk.text().length() > 1
                    || !java.util.Set.of("v", "vd", "vf", "vshi", "vyou").contains(tk.tag())) {
                break;
            }
            if (singleCharRun(t, tk.start(), end) >= 3) {
                break; // 达/润/通|年产…: three characters in a row are a name the segmenter split, not verbs
            }
            s = tk.end();
        }
        return s;
    }

    /** How many one-character Han tokens follow each other from {@code from} (before {@code end}). */
    private static int singleCharRun(ArticleText t, int from, int end) {
        int n = 0;
        for (int i = from; i < end; ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.text().length() != 1 || !ArticleText.isHan(tk.text().charAt(0))) {
                break;
            }
            n++;
            i = tk.end();
        }
        return n;
    }

    /** What a bracket holds when it numbers a paragraph or item: 2, 十二, 三. */
    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile("\\d{1,2}|[一二三四五六七八九十]{1,3}");

    /** Verbs of signifying, which take 着 before what they mark (标志着某项目开工). */
    private static final java.util.Set<String> SIGNIFYING = java.util.Set.of("标志", "意味", "预示", "象征", "代表", "见证");

    /**
     * A verb with its aspect ends at {@code i}: one of signifying and 着 (标志着), or one of the genre's
     * verbs and 了 (引进了, 签约了). Not any verb and particle: 越过山丘, 活着就好 open brand names.
     */
    private static boolean verbWithAspectEndsAt(ArticleText t, int i) {
        Token tk = i > 0 ? t.tokenAt(i - 1) : null;
        if (tk == null || tk.end() != i || tk.text().length() < 3 || !tk.tag().startsWith("v")) {
            return false;
        }
        String w = tk.text();
        String stem = w.substring(0, w.length() - 1);
        return w.endsWith("着") && SIGNIFYING.contains(stem)
                || w.endsWith("了") && CoordinationLists.verbOf(stem) != CoordinationList.Verb.NONE;
    }

    /** A sum of money inside a bracket: a fact of the name it follows (not 中央预算内投资, a name's own words). */
    static final java.util.regex.Pattern STATED_SUM = java.util.regex.Pattern.compile("\\d(?:亿|万)?元");

    /** Units a number is written with in Latin letters (300 mm, 100 MW, 5 G): not a word (1 TCL…, 2024 AI…). */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "(?:mm|cm|km|nm|kt|t|MWh|GWh|kWh|MW|GW|kW|KW|kV|KV|MVA|kVA|Hz|G|K|D|m)(?![A-Za-z])");

    /**
     * A bracket at {@code open} holding one character, the alternative of the one before it (正(负)极, 进(出)口), inside a name:
     * the character before the bracket is the name's, whatever word it is alone (正 opens a predicate elsewhere).
     */
    private static boolean alternativeInBracket(ArticleText t, int open, int suffixStart) {
        return open >= 1 && open + 3 < suffixStart && t.charAt(open + 2) == ')' && ArticleText.isHan(t.charAt(open + 1))
                && ArticleText.isHan(t.charAt(open - 1)) && ArticleText.isHan(t.charAt(open + 3));
    }

    static int startOf(ArticleText t, int suffixStart, int maxLength, boolean digitsAllowed) {
        int i = suffixStart;
        int bracketed = 0; // a bracket's words (含某某河, 一期) add to the name without making it longer
        while (i > 0 && suffixStart - i - bracketed < maxLength) {
            char c = t.charAt(i - 1);
            if (c == '”' || c == '"' || c == '’' || c == '」') {
                int open = opening(t, i - 1, c);
                if (open < 0) {
                    break;
                }
                i = open;
                if (quotedItemBefore(t, open)) {
                    break; // “甲”及“乙”项目: two quoted names joined, the nearer one is this name's
                }
                continue;
            }
            if (c == ')') {
                int open = t.view().lastIndexOf('(', i - 1);
                if (open < 0 || i - 1 - open > 14 || DeclaredAliases.declares(t, open)) {
                    break; // …(以下简称“某某”)|年产…项目: the bracket declares the name before it, it is no part of the next
                }
                if (ENUMERATOR.matcher(t.view()).region(open + 1, i - 1).matches() && (i >= t.length() || "期号批段标线区".indexOf(t.charAt(i)) < 0)) {
                    break; // (2)某某建设项目: the number of an item in a list, not the name's (某园（二）期, （3）号 keep theirs)
                }
                if (STATED_SUM.matcher(t.view()).region(open, i).find()) {
                    // 甲项目(总投资5亿元)和|乙项目: the bracket states the fact of the name before it, and
                    // the conjunction after it joins the two names
                    Token joining = t.tokenAt(i);
                    if (joining != null && joining.start() == i && joining.tag().equals("cc") && joining.end() < suffixStart) {
                        i = joining.end();
                    }
                    break;
                }
                bracketed += i - open;
                i = open;
                if (alternativeInBracket(t, open, suffixStart)) {
                    i = open - 1; // 电池正(负)极材料: a character and its alternative in the bracket are one word of the name
                    bracketed++;
                }
                continue;
            }
            if (withinQuantity(t, i - 1)) {
                i--; // 13.5万吨, 120万吨/年: a number's point, a unit's stroke
                continue;
            }
            if (c == '+' && i >= 2 && i < suffixStart && Character.isLetterOrDigit(t.charAt(i - 2))
                    && Character.isLetterOrDigit(t.charAt(i))) {
                i--; // 甲+乙, 5G+某某工厂: a plus joining two words inside one name
                continue;
            }
            if (c == ' ' && digitsAllowed && i >= 2 && i < suffixStart && Character.isDigit(t.charAt(i - 2))
                    && (UNIT.matcher(t.view()).region(i, suffixStart).lookingAt() || Character.isDigit(t.charAt(i)))) {
                i--; // 300 mm某某生产线项目, 年产1 200 MW: a space before a number's unit, or between its thousands
                continue;
            }
            if (ArticleText.isBreak(c) || "“‘「(《》[]【】%％".indexOf(c) >= 0 || isSymbol(c)) {
                break;
            }
            if (!digitsAllowed && Character.isDigit(c)) {
                break;
            }
            if (stopWordEndsAt(t, i)) {
                if (joinerAfterListMark(t, i - 1)) {
                    i--; // 、同|欣某某项目: the name's first character, and the item's
                    break;
                }
                if (unitedInName(t, i)) {
                    i -= 2; // 某某|联合|化工, 某石化|联合|装置: 联合 between a proper word and a common noun is the name's
                    continue;
                }
                if (tradeTowardsCountry(t, i)) {
                    i--; // 某某|对|俄进出口…: 对 and a country's one character name a trade's direction, inside the name
                    continue;
                }
                Token conj = t.tokenAt(i - 1);
                if (conj != null && conj.start() == i - 1 && fieldsJoinedInBody(t, conj, suffixStart)) {
                    i--; // 某市规划|与|国土资源管理局: the conjunction joins the fields of one body
                    continue;
                }
                if (adverbAfterMorpheme(t, i)) {
                    i--;
                    continue;
                }
                if (adverbBeforeMorpheme(t, i)) {
                    i--; // 某经济区|正|萱集团: the adverb opens the name, and what stands before it is another
                    Token place = i > 0 ? t.tokenAt(i - 1) : null;
                    String region = place == null ? null : org.localkg.resolve.Divisions.get().regionAt(t.view(), place.start());
                    if (place != null && place.end() == i && place.tag().startsWith("ns") && region != null
                            && region.length() == place.text().length()) {
                        i = place.start(); // 某地|正|旭某公司: a division's name right before is the name's opening place
                    }
                }
                break;
            }
            if (visitingVerbEndsAt(t, i)) {
                break; // a verb of visiting, whatever the segmenter made of it (王国|生来|到某公司), is in no name
            }
            if (verbWithAspectEndsAt(t, i)) {
                break; // 标志着|某项目, 引进了|某公司: a verb with its aspect is a predicate, its object the name
            }
            i--;
        }
        if (suffixStart - i >= maxLength && i > 0 && !t.isTokenBoundary(i)) {
            Token cut = t.tokenAt(i);
            if (cut != null && cut.start() < i && cut.text().length() <= 4) {
                i = cut.start(); // the longest name stops at a word's start, not inside it (交|城经济开发区…)
            }
        }
        return i;
    }

    /** Countries and regions said by one character after 对 (对俄, 对外, 对日): the direction of a trade. */
    private static final String TRADE_PARTNERS = "俄日韩蒙外欧美非";
    /** Proper nouns' tags and a body's word ending a name (某某公司|对欧…): a name's word before 对 (某某|对俄…). */
    private static final java.util.List<String> PROPER_BEFORE_TRADE = java.util.List.of("nz", "nt", "nr", "ns", "nx", "nis");
    /** Words of a trade or an exchange that 对 and a country open (对俄进出口, 对外贸易, 对蒙合作; not 对外开放, a policy). */
    private static final java.util.regex.Pattern TRADE_WORD = java.util.regex.Pattern.compile("进出口|贸易|合作|经贸|出口|物流|口岸");

    /**
     * 对 at {@code i - 1} between a name's word and a country's one character that a trade's word follows (某某|对|俄进出口
     * 综合货场项目): the direction of the trade the works serve, part of the name, not a preposition opening a clause.
     */
    static boolean tradeTowardsCountry(ArticleText t, int i) {
        if (i < 2 || i + 1 >= t.length() || t.charAt(i - 1) != '对' || TRADE_PARTNERS.indexOf(t.charAt(i)) < 0
                || !TRADE_WORD.matcher(t.view()).region(i + 1, Math.min(t.length(), i + 4)).lookingAt()) {
            return false;
        }
        // (a proper noun, or a lone character the segmenter cut from a name it did not know: 伊利|托/v; not a common noun,
        // which may be the clause's subject: 市领导|对美合作…)
        Token before = t.tokenAt(i - 2);
        return before != null && before.end() == i - 1 && !Lexicons.STOP_WORDS.contains(before.text())
                && (PROPER_BEFORE_TRADE.stream().anyMatch(before.tag()::startsWith)
                    || before.text().length() == 1 && ArticleText.isHan(before.text().charAt(0)));
    }

    /**
     * 某地宝|得|钢铁公司: 得 between a lone character and the trade that ends at the company's word is the second
     * character of a brand the segmenter did not know, no particle (a clause would need a verb before it).
     */
    private static boolean particleInBrand(ArticleText t, Token tk, int suffixStart) {
        if (!tk.text().equals("得") || tk.start() == 0) {
            return false;
        }
        Token before = t.tokenAt(tk.start() - 1);
        return before != null && before.end() == tk.start() && before.text().length() == 1 && ArticleText.isHan(before.text().charAt(0))
                && (before.tag().startsWith("n") || before.tag().startsWith("a") || before.tag().equals("b"))
                && (tradeToSuffix(t, tk.end(), suffixStart) || tk.end() < suffixStart && tradeToSuffix(t, tk.end() + 1, suffixStart));
    }

    /** A trade's word from {@code at}, then only a bracketed place (某地), up to the suffix: 电机(某地)|有限公司. */
    private static boolean tradeToSuffix(ArticleText t, int at, int suffixStart) {
        String trade = Lexicons.INDUSTRY.prefixAt(t.view(), at);
        return trade != null && BRACKETED_PLACE_ONLY.matcher(t.view()).region(at + trade.length(), suffixStart).matches();
    }

    private static final java.util.regex.Pattern BRACKETED_PLACE_ONLY = java.util.regex.Pattern.compile("(?:[(（][^)）]{1,6}[)）])?");

    /**
     * 某某振兴(某省)粮油有限公司: the word right before a bracketed place is the brand a company's registered
     * name opens with, whatever its part of speech (a verb here is no predicate: none comes before a bracket).
     */
    private static boolean brandBeforeBracketedPlace(ArticleText t, Token tk) {
        int open = tk.end();
        if (open >= t.length() || t.charAt(open) != '(') {
            return false;
        }
        int close = t.view().indexOf(')', open);
        return close > open + 1 && close - open <= 8
                && org.localkg.resolve.Divisions.get().regionAt(t.view(), open + 1) != null;
    }

    /**
     * 某县北川|工业园: a word of two characters opening with a side of the compass (东, 西, 南, 北, 中) right
     * after a division's name (a county, district, town …, ending in its word 县, 区, 市, 旗, 镇 or 乡) is a
     * place within it, whatever tag the segmenter gave it (a verb here, right after a place and before
     * a name's suffix, has no subject to be the predicate of).
     */
    static boolean placeAfterDivision(ArticleText t, Token tk) {
        if (tk.text().length() != 2 || "东西南北中".indexOf(tk.text().charAt(0)) < 0 || tk.start() == 0) {
            return false;
        }
        if ("县区市旗镇乡".indexOf(t.charAt(tk.start() - 1)) < 0) {
            return false;
        }
        for (int k = Math.max(0, tk.start() - 8); k <= tk.start() - 2; k++) { // 大通|县: short forms too
            String place = org.localkg.resolve.Divisions.get().placeAt(t.view(), k);
            if (place != null && (k + place.length() == tk.start() || k + place.length() == tk.start() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** A mark no name holds: a dingbat, a bullet, an arrow (✦某集团, ▲某项目). */
    private static boolean isSymbol(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.MODIFIER_SYMBOL;
    }

    static boolean visitingVerbEndsAt(ArticleText t, int i) {
        for (String verb : VISITING) {
            if (i >= verb.length() && t.view().startsWith(verb, i - verb.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-character adverb the segmenter cut out of a name it does not know, after a lone bound morpheme
     * (某某市坤|正|能源化工) or after a lone character that a place's name opens (大连|青|都|房地产开发有限公司):
     * a place, then two lone characters, is a name of two characters the segmenter did not know.
     */
    private static boolean adverbAfterMorpheme(ArticleText t, int i) {
        if (!oneCharacterWord(t, i - 1, "d")) {
            return false;
        }
        if (oneCharacterWord(t, i - 2, "ng")) {
            return true;
        }
        Token lone = i < 2 ? null : t.tokenAt(i - 2);
        Token place = i < 3 ? null : t.tokenAt(i - 3);
        return lone != null && lone.start() == i - 2 && lone.text().length() == 1 && ArticleText.isHan(lone.text().charAt(0))
                && (lone.tag().startsWith("a") || lone.tag().startsWith("n")) && place != null && place.end() == i - 2
                && place.tag().startsWith("ns");
    }

    /**
     * A one-character adverb right before a lone character the segmenter took for a noun, which the
     * name goes on from (正|萱|集团, 正|岚|某地…产业园): the adverb is the name's first character.
     */
    static boolean adverbBeforeMorpheme(ArticleText t, int i) {
        Token next = t.tokenAt(i);
        return oneCharacterWord(t, i - 1, "d") && next != null && next.start() == i && next.text().length() == 1
                && next.tag().startsWith("n") && i + 1 < t.length() && ArticleText.isHan(t.charAt(i + 1));
    }

    private static boolean oneCharacterWord(ArticleText t, int at, String tag) {
        Token tk = at < 0 ? null : t.tokenAt(at);
        return tk != null && tk.start() == at && tk.text().length() == 1 && tk.tag().equals(tag);
    }

    /**
     * A decimal point or a times sign between digits (2×150t/d), the stroke of a rate (万吨/年, 件/天) or between two
     * capacities (60MW/240MWh), a middle dot inside a name.
     */
    static boolean withinQuantity(ArticleText t, int i) {
        if (i <= 0 || i + 1 >= t.length()) {
            return false;
        }
        char c = t.charAt(i);
        char before = t.charAt(i - 1);
        char after = t.charAt(i + 1);
        if (c == '.' || c == '×') {
            return Character.isDigit(before) && Character.isDigit(after); // 2.5万吨, 2×150t/d (two lines of one works)
        }
        if (c == '·' && (ArticleText.isHan(before) || Character.isLetterOrDigit(before))
                && (ArticleText.isHan(after) || Character.isLetterOrDigit(after))) {
            return true; // 中国智造·e谷: a middle dot inside a name
        }
        return c == '/' && ("吨件台套辆只个瓦米方度".indexOf(before) >= 0 && ("年天日时月".indexOf(after) >= 0 || perTime(t, i + 1))
                || before < 128 && after < 128 && Character.isLetter(before) && Character.isLetter(after) // 200t/d
                || before < 128 && after < 128 && Character.isLetter(before) && Character.isDigit(after)); // 60MW/240MWh: two capacities of one works
    }

    /** 每年, 每天, 每小时 at {@code i}: a rate's time after its unit and slash (1.5万吨/每年). */
    static boolean perTime(ArticleText t, int i) {
        return i + 1 < t.length() && t.charAt(i) == '每' && "年天日时月小".indexOf(t.charAt(i + 1)) >= 0;
    }

    /**
     * How long the name of a city's district (a county-level division whose name ends in 区) is that
     * {@code text} opens with at {@code start}, or 0. A district's name before a company known by its
     * short name says where a project is (某区|某某集团…项目): companies carry their city's or
     * province's name, and a county's or county-level city's (某县某某公司, 某市某某机械公司) may be
     * theirs too, but not a district's.
     */
    static int districtAt(String text, int start) {
        var divisions = org.localkg.resolve.Divisions.get();
        String place = divisions.regionAt(text, start);
        return place != null && place.endsWith("区") && divisions.lookup(place).stream().allMatch(d -> d.level().equals("county"))
                ? place.length() : 0;
    }

    /**
     * Where a short-named company whose word (公司, 集团) is {@code [suffixStart, end)} starts when a
     * district's name opens {@code [start, …)}: after the district, when two characters or more are
     * left and they are no kind of company (某区城投集团 is the district's own); else {@code start}.
     */
    static int afterDistrict(ArticleText t, int start, int suffixStart, int end) {
        int district = districtAt(t.view(), start);
        return district > 0 && suffixStart - (start + district) >= 2 && !CompanyKinds.kindOnly(t, start + district, suffixStart, end)
                ? start + district : start;
    }

    /** Before the opening quote at {@code open}: a conjunction or list mark right after another closing quote. */
    static boolean quotedItemBefore(ArticleText t, int open) {
        return quotedItemBeforeSpan(t, open) != null;
    }

    /** The quoted name (quotes included) joined by a conjunction or 、 before the opening quote at {@code open}, or null. */
    static Span quotedItemBeforeSpan(ArticleText t, int open) {
        if (open >= t.length() || "“\"".indexOf(t.charAt(open)) < 0) {
            return null;
        }
        int k = open;
        if (k >= 2 && t.view().startsWith("以及", k - 2)) {
            k -= 2;
        } else if (k >= 1 && "及和与、".indexOf(t.charAt(k - 1)) >= 0) {
            k -= 1;
        } else {
            return null;
        }
        if (k < 1 || "”\"’」".indexOf(t.charAt(k - 1)) < 0) {
            return null;
        }
        int o = opening(t, k - 1, t.charAt(k - 1));
        return o < 0 ? null : new Span(o, k);
    }

    private static int opening(ArticleText t, int close, char c) {
        char open = switch (c) {
            case '”' -> '“';
            case '’' -> '‘';
            case '」' -> '「';
            default -> '"';
        };
        for (int k = close - 1; k >= 0 && close - k <= 12; k--) {
            char ch = t.charAt(k);
            if (ch == open) {
                return k;
            }
            if (ArticleText.isSentenceEnd(ch)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 联合 ending at {@code i} inside a name: a brand, place or person's name, or an industry, right
     * before it, and a common noun right after it (北湖联合化工, 某石化联合装置), or any noun before it
     * and a facility after (风力与太阳能联合发电站). Between a body and what it works with
     * (市商务局联合某集团) or before a name (某公司联合某集团) it is the verb.
     */
    private static boolean unitedInName(ArticleText t, int i) {
        if (i < 4 || !t.view().startsWith("联合", i - 2)) {
            return false;
        }
        Token before = t.tokenAt(i - 3);
        Token after = t.tokenAt(i);
        if (before == null || after == null || before.end() != i - 2 || after.start() != i) {
            return false;
        }
        if (before.text().length() < 2) {
            // 某某新天钢|联合|特钢: a name's last character before it, a trade word after it
            return before.tag().startsWith("n") && ArticleText.isHan(t.charAt(i - 3)) && Lexicons.INDUSTRY.contains(after.text());
        }
        if (before.tag().startsWith("n") && UNITED_FACILITIES.contains(after.text())) {
            return true; // 太阳能联合发电站, 油田联合站: a facility that joins several, whatever the noun before
        }
        if (before.tag().startsWith("n") && !before.tag().equals("nis") && (after.text().equals("项目") || after.text().equals("工程"))) {
            return true; // 某地聚碳酸酯联合项目: works that join several plants, named by what they make (not 某局联合|…)
        }
        boolean properOrTrade = before.tag().equals("nz") || before.tag().startsWith("nr") || before.tag().startsWith("ns")
                || Lexicons.INDUSTRY.contains(before.text());
        return properOrTrade && (after.tag().equals("n") || after.tag().equals("ng")) && !after.tag().startsWith("nr");
    }

    /** Facilities named 联合-something: one plant that serves several (联合站, 联合装置, 联合发电站). */
    private static final java.util.List<String> UNITED_FACILITIES = java.util.List.of("站", "电站", "发电站", "装置", "厂房", "车间", "工厂");

    /** A stop word ends at {@code i} and the segmenter has it as a word of its own. */
    static boolean stopWordEndsAt(ArticleText t, int i) {
        String w = Lexicons.STOP_WORDS.suffixAt(t.view(), i);
        if (w == null) {
            return false;
        }
        int start = i - w.length();
        Token tk = t.tokenAt(start);
        if (tk == null) {
            return true;
        }
        // the stop word must be a word of its own, not inside a longer one (作为 in 大有作为 is fine, 以 in 以色列 is not)
        return tk.start() == start && tk.end() <= i;
    }

    /**
     * A one-character conjunction or preposition (同, 与, 和, 及, 跟) right after a list's 、 and before a character
     * the segmenter left alone: the first character of the item's name (、同|欣某某项目).
     */
    static boolean joinerAfterListMark(ArticleText t, int at) {
        if (at < 1 || at + 1 >= t.length() || t.charAt(at - 1) != '、' || "同与和及跟".indexOf(t.charAt(at)) < 0) {
            return false;
        }
        // …when a character bound to it follows (同|欣/vg), no word of its own: 、与|北京某公司… repeats a preposition
        Token next = t.tokenAt(at + 1);
        return next != null && next.start() == at + 1 && next.text().length() == 1
                && !next.tag().startsWith("ns") && !next.tag().startsWith("nr");
    }

    /** Skips stop words and generic words at the start of a name (全市首个… ). */
    static int skipLeadingStopWords(ArticleText t, int start, int end) {
        int s = start;
        boolean moved = true;
        while (moved && s < end) {
            moved = false;
            String w = Lexicons.STOP_WORDS.prefixAt(t.view(), s);
            if (w != null && s + w.length() < end && OfficialRecognizer.wordAt(t, s, w) && !adverbBeforeMorpheme(t, s + w.length())
                    && !joinerAfterListMark(t, s)) {
                s += w.length();
                moved = true;
                continue;
            }
            Token pronoun = t.tokenAt(s);
            if (pronoun != null && pronoun.start() == s && pronoun.end() < end && (pronoun.tag().equals("r") || pronoun.tag().equals("rz"))) {
                s = pronoun.end(); // 该县|49.5兆瓦风电项目, 我市|某某产业园, 此次|某某项目: a pronoun points at the place or the time, it names
                // nothing (a personal one, 大家/rr, opens names: 大家居产业园)
                moved = true;
            }
        }
        return s;
    }
}
