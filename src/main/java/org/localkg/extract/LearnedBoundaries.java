package org.localkg.extract;

import org.localkg.nlp.ner.NerSpan;

/**
 * Where a rule and the learned recogniser agree that a name is there but not on where it ends,
 * the learned boundary wins: rules find names by what stands next to them (a title before, a
 * legal suffix after) and so tend to take in a neighbouring word (王某对, 本报讯某某银行), while
 * the model has seen thousands of names with their exact extent. The rule keeps the kind.
 */
final class LearnedBoundaries {
    /** One-character prepositions the segmenter may fuse with a name's first characters (向雷曼|兄弟). */
    private static final String PREPOSITIONS = "向在从对与和据被把由将给为让跟同";

    private LearnedBoundaries() {
    }

    /** Whether a park's word (孵化园, 产业园) ends after {@code start}, within the span, having begun before it. */
    private static boolean cutsZoneWord(ArticleText t, int start, int end) {
        for (int e = start + 1; e <= Math.min(end, start + 4); e++) {
            String zone = Lexicons.PARK_SUFFIXES.suffixAt(t.view(), e);
            if (zone != null && e - zone.length() < start) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code span} before {@code from} are one word, a company's brand the segmenter read as a verb ({@link OrganizationRecognizer#brandVerb}). */
    private static boolean brandVerbOpens(ArticleText t, EntityType type, Span span, int from) {
        org.localkg.nlp.Token verb = t.tokenAt(span.start());
        return type == EntityType.ENTERPRISE && verb != null && verb.start() == span.start() && verb.end() == from
                && OrganizationRecognizer.brandVerbOfNameEndingAt(t, verb, span.end());
    }

    static Span refine(ArticleText t, EntityType type, Span span) {
        for (NerSpan n : t.learnedMentions()) {
            Span learned = new Span(n.start(), n.end());
            if (learned.equals(span) || !learned.overlaps(span)) {
                continue;
            }
            if (learned.start() > span.start() && "(（".indexOf(t.charAt(learned.start())) >= 0) {
                continue; // 某某散热器|(某地)有限公司: a bracketed place qualifies the name before it, it opens none
            }
            if (learned.start() > span.start() && cutsZoneWord(t, learned.start(), learned.end())) {
                continue; // 某某孵化|园管理有限公司: a start inside a park's word (孵化园) cuts the park the company is named after
            }
            if (learned.start() > span.start() && learned.end() == span.end() && brandVerbOpens(t, type, span, learned.start())) {
                continue; // 的|光大|炭制品有限公司: a verb-like brand before common words and a legal form is the name's
            }
            if (learned.start() > span.start() && learned.end() == span.end() && onlyPlaceAndSuffix(t, learned)) {
                continue; // 某核新能源|某县有限公司: a place and a legal form name no company, the trade name is before
            }
            if (type.isPerson() && n.kind().equals("name")) {
                if (learned.start() == span.start() && learned.end() < span.end()
                        && PersonNames.throughLastDot(t, span.start(), learned.length()) >= span.length()) {
                    continue; // 甲乙·丙丁|戊己: the model stopped inside the part after the dot, which runs on to a break
                }
                // the same first character; the end moves (王某对 → 王某, 张某 → 张某某)
                if (learned.start() == span.start() && LearnedNameRecognizer.person(t, t.slice(n.start(), n.end()))
                        && t.isTokenBoundary(Math.min(learned.end(), span.end()))
                        && (learned.end() > span.end() ? !wordAfterNameAt(t, span.end())
                            : droppedAfterName(t, learned.end(), span.end()) && !readWholeElsewhere(t, span))) {
                    int end = learned.end() > span.end() ? learned.start() + PersonNames.withoutVerb(t, learned.start(), learned.length())
                            : learned.end();
                    return end > span.end() || end == learned.end() ? new Span(learned.start(), end) : span;
                }
            } else if (organisational(type, n.kind()) && learned.end() == span.end() && learned.start() > span.start()
                    && learned.length() >= 3 && !bracketedPlaceBefore(t, span.start(), learned.start()) && !LearnedNameRecognizer.legalFormOnly(t.slice(learned.start(), learned.end())) && !agentBeforeCommonNoun(t, span, learned) && !agentOpeningWithVerbs(t, span, learned) && !directionBrand(t, span.start(), learned.start())
                    && (notName(t, span.start(), learned.start())
                            && (!afterMark(t, span.start()) || prepositionOnly(t, span.start(), learned.start()))
                        || describesBefore(t, span.start(), learned.start()) && !(afterMark(t, span.start())
                            && verbOnly(t, span.start(), learned.start()))
                        || learned.start() == span.start() + 1 && PREPOSITIONS.indexOf(t.charAt(span.start())) >= 0
                            && !placeFrom(t, span.start())
                        || learned.start() - span.start() >= 2 && n.kind().equals("company") && placeless(t, span.start(), learned.start())
                            && !tradeNameBefore(t, span.start(), learned.start())
                        || afterVerb(t, span.start(), learned.start())
                        || type == EntityType.ORGANIZATION && !n.kind().equals("company") && clauseBeforeBody(t, span.start(), learned.start()))) {
                return learned; // 本报讯某某银行 → 某某银行, 承办方某某集团 → 某某集团
            } else if (type == EntityType.ENTERPRISE && n.kind().equals("company") && learned.start() == span.start()
                    && LearnedNameRecognizer.department(t, span.end(), learned.end())) {
                return learned; // 某银行某地分行|银行卡部: the company's department, which names it too
            } else if (type == EntityType.ENTERPRISE && n.kind().equals("company") && learned.end() == span.end()
                    && learned.start() < span.start() && clauseOpensName(t, learned.start(), span.start())) {
                return learned; // 恒盛地产北京合天和|信房地产开发有限公司: the rule stopped at 和 inside the name
            }
        }
        return span;
    }

    /** A bracketed place (某某(天津)…): the legal name's form, brand, place, trade, suffix, one name however long. */
    private static final java.util.regex.Pattern BRACKETED_PLACE = java.util.regex.Pattern.compile("[(（]\\p{IsHan}{2,4}[)）]");

    private static boolean bracketedPlaceBefore(ArticleText t, int from, int to) {
        return bracketedPlaceAt(t, from, to, false) >= 0;
    }

    /**
     * Where a division's name in brackets (某某(天津)…) stands after the first character of {@code [from, to)}, right
     * after a Chinese character when {@code afterHan}; -1 when none does.
     */
    static int bracketedPlaceAt(ArticleText t, int from, int to, boolean afterHan) {
        java.util.regex.Matcher m = BRACKETED_PLACE.matcher(t.view()).region(from, to);
        while (m.find()) {
            if (m.start() > from && (!afterHan || ArticleText.isHan(t.charAt(m.start() - 1)))
                    && org.localkg.resolve.Divisions.get().isRegion(t.slice(m.start() + 1, m.end() - 1))) {
                return m.start();
            }
        }
        return -1;
    }

    /** A division's name of two characters or more starts at {@code i} (和田, 和平区): its first character is no preposition. */
    private static boolean placeFrom(ArticleText t, int i) {
        String place = org.localkg.resolve.Divisions.get().regionAt(t.view(), i);
        return place != null && place.length() >= 2;
    }

    /** The model reads the span's whole text as a name at another place of the article (张某生 there, 张某|生 here). */
    private static boolean readWholeElsewhere(ArticleText t, Span span) {
        String whole = t.slice(span.start(), span.end());
        for (NerSpan n : t.learnedMentions()) {
            if (n.kind().equals("name") && n.start() != span.start() && n.end() - n.start() == whole.length()
                    && t.slice(n.start(), n.end()).equals(whole)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The span is a division's name and a liability form only (某县有限公司). A trade after a place is
     * a name (宁波银行); a liability form says what kind of body, not which.
     */
    private static boolean onlyPlaceAndSuffix(ArticleText t, Span s) {
        String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), s.end());
        if (suffix == null || !suffix.startsWith("有限") && !suffix.startsWith("股份有限") || s.length() <= suffix.length()) {
            return false;
        }
        String place = t.slice(s.start(), s.end() - suffix.length());
        return org.localkg.resolve.Divisions.get().isPlace(place);
    }

    /**
     * The rule's name is the agent of 由…投资建设 (or the object of a verb of visiting) and the model's
     * keeps only a common noun and the suffix (由某地某某屏蔽|电泵公司投资): the model cut at a word
     * it read as a verb; in that frame all between 由 (or the verb) and the suffix is the name, and
     * the rule's extent stands.
     */
    private static boolean agentBeforeCommonNoun(ArticleText t, Span rule, Span learned) {
        String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), learned.end());
        return suffix != null && OrganizationRecognizer.lonelyCommonNoun(t, learned.start(), learned.end() - suffix.length())
                && OrganizationRecognizer.wholeNameStart(t, learned.start(), learned.end() - suffix.length()) == rule.start();
    }

    /**
     * The rule's name is the agent of 由…投资建设 and what the model leaves out of it are words tagged as
     * verbs only (由|联想|融|某某公司投资): a name's opening words the segmenter read as verbs, since 由 is
     * followed by who acts, not by what they do.
     */
    private static boolean agentOpeningWithVerbs(ArticleText t, Span rule, Span learned) {
        String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), learned.end());
        return suffix != null && OrganizationRecognizer.agentStart(t, learned.start(), learned.end() - suffix.length()) == rule.start()
                && verbsOnly(t, rule.start(), learned.start());
    }

    /** {@code [from, to)} is one or more whole words, each tagged a verb (not a verbal noun). */
    private static boolean verbsOnly(ArticleText t, int from, int to) {
        for (int i = from; i < to; ) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > to || !tk.tag().startsWith("v") || tk.tag().equals("vn")) {
                return false;
            }
            i = tk.end();
        }
        return from < to;
    }

    /**
     * What the rule has before the model's company is a name the model read as a person's and then
     * nouns only, after 与, 和 or 同 (与|某森|轨道|交通科技有限公司): the trade name opening the company,
     * since a person is not written right before a company's words.
     */
    private static boolean tradeNameBefore(ArticleText t, int from, int to) {
        if (from == 0 || "与和同及、".indexOf(t.charAt(from - 1)) < 0) {
            return false;
        }
        int nameEnd = -1;
        for (NerSpan n : t.learnedMentions()) {
            if (n.kind().equals("name") && n.start() == from && n.end() < to && t.isTokenBoundary(n.end())) {
                nameEnd = n.end();
            }
        }
        org.localkg.nlp.Token first = t.tokenAt(from);
        if (nameEnd < 0 && first != null && first.start() == from && first.text().length() >= 2 && first.end() < to
                && (first.tag().startsWith("nr") || first.tag().equals("nz"))) {
            nameEnd = first.end(); // the segmenter's person or proper name, where the model read none
        }
        if (nameEnd < 0) {
            return false;
        }
        for (int i = nameEnd; i < to; ) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || !tk.tag().startsWith("n") || tk.tag().startsWith("nr")) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /**
     * Whether {@code [from, to)}, which the rule put before a company the model found, names no
     * place: a company's name opens with its place (湖南|某某律师事务所, 北京|某某置业) and the
     * model often leaves it out, while what else stands before a company and is no place is the
     * clause around it (仅有|某某银行, 状态下|某某公司, 嘉宾主持人|某某公司), the model's ground.
     */
    /** Abbreviations of kinds of firms (国企, 央企), which stand before a company's name as a description. */
    private static final java.util.Set<String> COLLECTIVE_FIRMS = java.util.Set.of("国企", "央企", "民企", "外企", "私企", "乡企");

    private static boolean placeless(ArticleText t, int from, int to) {
        if (!t.isTokenBoundary(to) || !t.isTokenBoundary(from) || !Character.isLetterOrDigit(t.charAt(to))) {
            return false; // the model cut a word (圆|融科技公司) or opened on a mark
        }
        for (int i = from; i < to; i++) {
            if (org.localkg.resolve.Divisions.get().placeAt(t.view(), i) != null || !Character.isLetterOrDigit(t.charAt(i))) {
                return false;
            }
            org.localkg.nlp.Token tk = t.tokenAt(i);
            // a lone character the segmenter could not join (万/m|帮/v|数字能源) is as likely the name's own;
            // only a locative, preposition, particle, conjunction, pronoun or adverb alone is not
            // a compass word (北方, 东方) opens company names as a place does; not other place words (现场, 当地)
            // …and an abbreviation (中煤|金某公司: the group's short name heads its unit's) is a name's own too
            boolean abbreviation = tk != null && tk.tag().equals("j") && tk.start() == from && !COLLECTIVE_FIRMS.contains(tk.text());
            if (tk == null || tk.tag().startsWith("ns") || abbreviation || tk.tag().equals("s") && tk.text().matches("[东南西北]方") || STATE.equals(tk.text())
                    || tk.text().length() < 2 && "fpucrd".indexOf(tk.tag().charAt(0)) < 0
                    && !unitOfNumber(t, tk)) {
                return false;
            }
        }
        return true;
    }

    /** A measure word right after digits (1200|元): the tail of a quantity, never a name's own character. */
    private static boolean unitOfNumber(ArticleText t, org.localkg.nlp.Token tk) {
        return tk.tag().startsWith("q") && tk.start() > 0 && Character.isDigit(t.charAt(tk.start() - 1));
    }

    /**
     * Whether the word right before the model's company, inside the rule's span, is a verb of two
     * characters or more (进行|某某银行, 整治|某某公司): a verb governs the name that follows it, so the
     * name opens after it; a one-character verb is as often a name's own first character.
     */
    private static boolean afterVerb(ArticleText t, int from, int to) {
        if (!t.isTokenBoundary(to) || to - from < 2) {
            return false;
        }
        org.localkg.nlp.Token before = t.tokenAt(to - 1);
        if (before == null || before.end() != to || before.start() < from || before.text().length() < 2
                || !(before.tag().equals("v") || before.tag().equals("vn"))) {
            return false;
        }
        // 天津|振兴|某某置业有限公司: a place, then the verb, is where the rule opened the name, and the
        // verb is the brand after the place, no clause's predicate
        return NameBoundary.placeOpeningBrand(t, before, from) != from;
    }

    /**
     * Whether {@code [from, to)}, which the model puts before the rule's company, opens the name: it
     * starts a clause (nothing but a mark before it), names a place, and holds no verb of two
     * characters or more (a clause's predicate). The rule stopped at a word it reads as a clause's
     * (a conjunction, a verb of one character) that the name itself holds (合天和信).
     */
    private static boolean clauseOpensName(ArticleText t, int from, int to) {
        if (from > 0 && !ArticleText.isBreak(t.charAt(from - 1)) || !t.isTokenBoundary(from)
                || !NameChecks.namesPlace(t, from, to)) {
            return false;
        }
        for (int i = from; i < to; ) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk == null || tk.tag().startsWith("v") && tk.text().length() >= 2 || !Character.isLetterOrDigit(t.charAt(i))) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /** One preposition or conjunction of two characters or more (由于, 根据, 关于): never a name's opening. */
    private static boolean prepositionOnly(ArticleText t, int from, int to) {
        org.localkg.nlp.Token tk = t.tokenAt(from);
        return tk != null && tk.start() == from && tk.end() == to && tk.text().length() >= 2
                && (tk.tag().startsWith("p") || tk.tag().startsWith("c"));
    }

    /**
     * A name right after a mark (、东升食品有限公司) opens there: a verb-like word at its start (东升) is
     * its own, since no verb stands between the mark and it.
     */
    private static boolean afterMark(ArticleText t, int start) {
        return start == 0 || ArticleText.isBreak(t.charAt(start - 1));
    }

    /**
     * A direction word of two characters opening a name right after a mark (、西部|某业有限公司, ，东方|某电气…):
     * a brand (东方, 南方, 西部 open many companies' names), since nothing of a clause stands before it.
     */
    private static boolean directionBrand(ArticleText t, int from, int to) {
        org.localkg.nlp.Token tk = t.tokenAt(from);
        return afterMark(t, from) && tk != null && tk.start() == from && tk.end() == to && tk.text().length() == 2
                && (tk.tag().equals("f") || tk.tag().equals("s"));
    }

    private static boolean verbOnly(ArticleText t, int from, int to) {
        org.localkg.nlp.Token tk = t.tokenAt(from);
        return tk != null && tk.start() == from && tk.end() == to && tk.tag().startsWith("v") && !tk.tag().equals("vn");
    }

    /**
     * A whole word that follows names (代表, 表示, 带领) starts at {@code i}: the name ends before it,
     * and a model that reads its first character into the name (崔某代|表) is cutting a word.
     */
    private static boolean wordAfterNameAt(ArticleText t, int i) {
        org.localkg.nlp.Token tk = t.tokenAt(i);
        return tk != null && tk.start() == i && tk.text().length() >= 2 && Lexicons.AFTER_NAME.contains(tk.text());
    }

    /** What a shorter name leaves out is a word that follows names (王某|对, 李某|说), not a given name's last character. */
    private static boolean droppedAfterName(ArticleText t, int from, int to) {
        return !lastCharacterBeforePredicate(t, from, to) && (notName(t, from, to) || Lexicons.AFTER_NAME.contains(t.slice(from, to)));
    }

    /**
     * 某某某|参加: one character the segmenter took for a verb of its own, between the model's end of a name and a
     * word of two characters that follows names: the predicate is that word, so the character is the name's last
     * (not a verb of going, 来|参加, that leads the predicate).
     */
    /** Modal and auxiliary verbs and verbs of going that lead a predicate: 王强要|出席, 周平会|参加, 赵明去|看望. */
    private static final String AUXILIARIES = "要会想需拟能可应该欲愿须得敢将去回";

    private static boolean lastCharacterBeforePredicate(ArticleText t, int from, int to) {
        org.localkg.nlp.Token lone = t.tokenAt(from);
        if (to - from != 1 || lone == null || lone.start() != from || lone.end() != to || !lone.tag().startsWith("v")
                || Lexicons.GOING_VERBS.contains(lone.text()) || AUXILIARIES.indexOf(lone.text().charAt(0)) >= 0 || !t.isTokenBoundary(to)) {
            return false;
        }
        String follows = Lexicons.AFTER_NAME.prefixAt(t.view(), to);
        return follows != null && follows.length() >= 2;
    }

    /**
     * Whether {@code [from, to)} is only words that do not belong to a name: it ends where a
     * word ends and every word in it is a verb, preposition, time, number, measure word,
     * pronoun, conjunction, particle or mark (向, 据, 昨天, 一位, 进行), or an adverb of two
     * characters or more (a one-character adverb is as likely a name's first character).
     */
    static boolean notName(ArticleText t, int from, int to) {
        if (!t.isTokenBoundary(to) || !t.isTokenBoundary(from) || to <= from) {
            return false;
        }
        for (int i = from; i < to; ) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk == null) {
                return false;
            }
            boolean oneCharacterAdverb = tk.tag().startsWith("d") && tk.text().length() == 1;
            // a numeral counts (一位, 两家) when a measure word follows; a lone one may open a name (玖|龙纸业)
            org.localkg.nlp.Token next = t.tokenAt(tk.end());
            boolean loneNumeral = tk.tag().equals("m") && (next == null || next.start() != tk.end() || !next.tag().startsWith("q"))
                    && tk.text().chars().noneMatch(Character::isDigit);
            // a bound morpheme alone (楞/vg) is a character the segmenter could not place, as likely a name's own
            boolean boundMorpheme = tk.text().length() == 1 && tk.tag().length() == 2 && tk.tag().charAt(1) == 'g';
            if (!tk.isFunctionWord() || oneCharacterAdverb || loneNumeral || boundMorpheme) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /**
     * Whether {@code [from, to)} is common words only, the last of them a content word: a role
     * or description put before a company (承办方, 嘉宾主持人). A place, a proper noun or a word
     * the dictionary does not know anywhere in it may be the name's own opening, so it stays
     * (常州某某医用|新材料有限公司 keeps its opening whatever the model says).
     */
    static boolean describesBefore(ArticleText t, int from, int to) {
        if (!t.isTokenBoundary(to) || !t.isTokenBoundary(from) || to <= from) {
            return false;
        }
        org.localkg.nlp.Token last = t.tokenAt(to - 1);
        if (last == null || last.text().length() < 2) {
            return false;
        }
        for (int i = from; i < to; ) {
            org.localkg.nlp.Token tk = t.tokenAt(i);
            if (tk == null || mayOpenName(t, tk)) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /**
     * A word that may be the opening of the name after it: a place, a person's or
     * organisation's name, an abbreviation, a Latin word, or a word the dictionary does not
     * know. (A dictionary's other proper nouns, such as 本报讯 or 承办方, are common here.)
     */
    private static boolean mayOpenName(ArticleText t, org.localkg.nlp.Token tk) {
        String tag = tk.tag();
        // only common words describe: plain nouns, verbs, adjectives (承办方, 嘉宾主持人); a brand or
        // product word (娃哈哈/nf), a proper or unknown word may be the name's own opening
        boolean common = COMMON_TAGS.contains(tag) && !STATE.equals(tk.text());
        return !common || t.dictionaryTags(tk.text()).isEmpty() || org.localkg.resolve.Divisions.get().placeAt(t.view(), tk.start()) != null;
    }

    /** 国家 opens the names of the state's companies as a place does (国家电网, 国家某某集团有限公司). */
    private static final String STATE = "国家";

    private static final java.util.Set<String> COMMON_TAGS = java.util.Set.of("n", "vn", "v", "vi", "a", "an", "ad", "d",
            "m", "q", "mq", "r", "rr", "rz", "t", "f", "b", "l");

    /** Tags of words that belong to a clause, not to a body's name: verbs, adverbs, adjectives, set phrases (not a bound morpheme, 谓/vg). */
    private static final java.util.regex.Pattern CLAUSE_TAGS = java.util.regex.Pattern.compile("v(?![ng]).*|d(?!g).*|a|ad|bl|l|vl|i");

    /**
     * Whether what the rule put before the model's body {@code [from, to)} is the clause around it: a
     * verb, adverb, adjective or set phrase right before the body (首先请出|某县政法委, 各式各样|行业协会;
     * not a word the segmenter could not read, which may be the first half of a place), a preposition
     * closing it in a word that is no place (另据|某协会), or another body and a conjunction (某部和|某总局:
     * two bodies, which a list joins).
     */
    private static boolean clauseBeforeBody(ArticleText t, int from, int to) {
        if (!t.isTokenBoundary(to) || !t.isTokenBoundary(from)) {
            return false;
        }
        char last = t.charAt(to - 1);
        org.localkg.nlp.Token lastWord = t.tokenAt(to - 1);
        if ("据向在从对被把由将给为让跟同".indexOf(last) >= 0 && lastWord != null && !lastWord.tag().startsWith("ns")
                && !lastWord.tag().startsWith("nr")) {
            return true;
        }
        org.localkg.nlp.Token before = to - 1 > from ? t.tokenAt(to - 2) : null;
        if ("和与及".indexOf(last) >= 0 && before != null && (Lexicons.ORGANIZATION_SUFFIXES.suffixAt(t.view(), to - 1) != null
                || before.end() == to - 1 && (before.tag().startsWith("nt") || before.tag().startsWith("nis")))) {
            return true;
        }
        return lastWord != null && lastWord.end() == to && CLAUSE_TAGS.matcher(lastWord.tag()).matches();
    }

    private static boolean organisational(EntityType type, String kind) {
        return switch (type) {
            case ENTERPRISE, ORGANIZATION -> kind.equals("company") || kind.equals("organization") || kind.equals("government");
            default -> false;
        };
    }
}
