package org.localkg.extract;

import java.util.Set;
import org.localkg.nlp.Token;
import org.localkg.nlp.ner.NerSpan;

/**
 * Adds the names the learned recogniser proposes where no rule has claimed the text: people as
 * {@link EntityType#PERSON}, companies as enterprises, government bodies and organisations as
 * organisations. The rules ran first and keep their decisions (an official's title, a park's
 * suffix, a project); the model fills in what they have no pattern for: a person quoted or
 * described, a company without a legal suffix, a body named in passing.
 */
final class LearnedNameRecognizer {
    /** Two to four Han characters, or a transliterated name with a middle dot. */
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,8}[·・•.]\\p{IsHan}{1,8}");

    /** What names are written with: Han characters, Latin letters, digits and a few joining marks. */
    private static final java.util.regex.Pattern NAME_CHARS = java.util.regex.Pattern.compile("[\\p{IsHan}A-Za-z0-9·・•.&()\\-]+");

    private static final Set<String> COMMON_WORD = Set.of("n", "v", "vn", "vl", "a", "an", "ad", "d");
    /** Tags of words that are never a name: idioms, set phrases, verbs. */
    private static final Set<String> PHRASE_TAGS = Set.of("l", "i", "v", "vi", "vn", "vl", "vd");
    private static final Set<String> KINDS = Set.of("name", "company", "government", "organization");

    private LearnedNameRecognizer() {
    }

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (NerSpan n : t.learnedMentions()) {
            if (!KINDS.contains(n.kind())) {
                continue;
            }
            Span span = new Span(n.start(), n.end());
            if (facts.claimed(span)) {
                if (!n.kind().equals("name") && !n.kind().equals("company") && holdsItsUnits(t, facts, span)) {
                    facts.mention(EntityType.ORGANIZATION, span); // 某大学|某学院: the unit, named with its parent
                }
                continue;
            }
            if (n.kind().equals("company")) {
                if (twoBanks(t, span)) {
                    facts.mention(EntityType.ENTERPRISE, new Span(span.start(), span.start() + 2));
                    facts.mention(EntityType.ENTERPRISE, new Span(span.start() + 2, span.end()));
                    continue;
                }
                span = withBranch(t, knownNameAround(t, facts, span));
            }
            String name = t.slice(span.start(), span.end());
            if (!NAME_CHARS.matcher(name).matches()) {
                continue; // markup, quotes or symbols: not a name however the model reads it
            }
            if (name.endsWith("合作社")) {
                continue; // a cooperative is named as the rules read it, by its place or a word of its own (农民|专业合作社 is a kind)
            }
            String companyWord = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(name, name.length());
            if (companyWord != null && OrganizationRecognizer.wholeOfIt(t, span.end() - companyWord.length())) {
                continue; // …希望集全集团(之力): a determiner before the company's word, whatever the model reads, names none
            }
            if (companyWord != null && OrganizationRecognizer.closesList(t, span.end() - companyWord.length())) {
                continue; // 某某等|公司领导
            }
            if (!n.kind().equals("name") && OrganizationRecognizer.inSourceField(t, span.start())) {
                continue; // 来源：某科技园管委会: the page's publisher, as the rules leave it
            }
            switch (n.kind()) {
                case "name" -> {
                    if (person(t, name) || foreignName(t, span, name)) {
                        mentionPerson(facts, span);
                    }
                }
                case "company" -> {
                    if (company(t, span, name, listedWithCompanies(t, facts, span), listedWithBodies(t, facts, span))
                            && !itemOfFieldsList(facts, span)
                            && !itemOfBuiltList(t, facts, span)) {
                        Entity full = fullNameOf(facts, name);
                        if (full != null) {
                            facts.alias(full, span); // 某某 for 江苏某某工程设计研究院, named in full before
                        } else {
                            facts.mention(EntityType.ENTERPRISE, span);
                        }
                    }
                }
                default -> {
                    if (organization(name) && t.nameEdgeAt(span.end())) {
                        facts.mention(EntityType.ORGANIZATION, span);
                    }
                }
            }
        }
    }

    /** Words a unit's name ends in beyond the bodies' suffixes: 某研究中心某研究部, 某学院某系. */
    private static final java.util.regex.Pattern UNIT_END = java.util.regex.Pattern.compile(".*(部|处|所|系|中心|室)$");

    /**
     * Whether the model's body {@code span} holds the bodies the rules found in it and nothing else,
     * and is a body's name itself: a unit named after its parent (某大学|某学院, 某研究中心|某研究处)
     * or a domain joined inside one name (某市规划和|自然资源局), which the rules read as two or as
     * the last part only. It must end in a body's suffix where a word ends.
     */
    private static boolean holdsItsUnits(ArticleText t, ArticleFacts facts, Span span) {
        String name = t.slice(span.start(), span.end());
        if (!NAME_CHARS.matcher(name).matches() || !t.nameEdgeAt(span.start()) || !t.nameEdgeAt(span.end())
                || Lexicons.ORGANIZATION_SUFFIXES.suffixAt(name, name.length()) == null && !UNIT_END.matcher(name).matches()
                || !organization(name)) {
            return false;
        }
        boolean inside = false;
        for (Entity e : facts.entities()) {
            for (Span m : e.mentions()) {
                if (!m.overlaps(span)) {
                    continue;
                }
                if (e.type() != EntityType.ORGANIZATION || m.start() < span.start() || m.end() > span.end() || m.equals(span)) {
                    return false;
                }
                inside = true;
            }
        }
        return inside;
    }

    private static final java.util.regex.Pattern FIELDS_HEAD = java.util.regex.Pattern.compile("^等?[^，。]{0,4}?(?:部门|领域|行业|方面|板块)");

    /** 商务、税务等部门, 甲、乙等领域: an item of a list of fields or departments names no company. */
    private static boolean itemOfFieldsList(ArticleFacts facts, Span span) {
        for (CoordinationList l : facts.lists()) {
            // the item itself, or its opening words (金融银行|投资 of 房地产、制造业、金融银行投资等行业)
            if (l.head() != null && l.items().stream().anyMatch(i -> i.contains(span) && i.start() == span.start())
                    && FIELDS_HEAD.matcher(facts.text().slice(l.head().start(), l.head().end())).find()) {
                return true; // (等部门负责人 too); not 甲、乙等券商 or 等单位: heads that companies may stand under
            }
        }
        return false;
    }

    /** Verbs of building that open a list of what is built: 建设甲中心、乙中心. */
    private static final java.util.regex.Pattern BUILDS = java.util.regex.Pattern.compile("(?:新建|建设|兴建|打造|建成)$");

    /**
     * 建设甲交易中心、乙中心: an item of a list a verb of building opens is a thing built (a
     * facility of some project), not a company, whatever the model reads (the verb may be read into it).
     */
    private static boolean itemOfBuiltList(ArticleText t, ArticleFacts facts, Span span) {
        for (CoordinationList l : facts.lists()) {
            if (l.opener() != null && l.kind() != CoordinationList.Kind.ENTERPRISE
                    && BUILDS.matcher(t.slice(l.opener().start(), l.opener().end())).find()
                    && l.items().stream().anyMatch(i -> i.start() < span.end() && span.start() < i.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code span} is an item of a coordination list in which the model reads two other items
     * as companies (招行、浦发、民生、交行): a list joins things of one kind, so a common word among
     * them (民生) names a company too.
     */
    private static boolean listedWithCompanies(ArticleText t, ArticleFacts facts, Span span) {
        return listedWithTwo(facts, span, i -> learnedAs(t, i, "company"));
    }

    /** The span is an item of a list with two other items or more that are government bodies (市发改委、市商务委、闵行). */
    private static boolean listedWithBodies(ArticleText t, ArticleFacts facts, Span span) {
        return listedWithTwo(facts, span, i -> learnedAs(t, i, "government") || !facts.within(i, EntityType.ORGANIZATION).isEmpty());
    }

    /** {@code span} is an item of a list two other items of which are of the kind {@code kind} tells. */
    private static boolean listedWithTwo(ArticleFacts facts, Span span, java.util.function.Predicate<Span> kind) {
        return facts.lists().stream().anyMatch(l -> l.items().contains(span)
                && l.items().stream().filter(i -> !i.equals(span)).filter(kind).count() >= 2);
    }

    /** The model reads exactly {@code item} as a mention of {@code kind}. */
    private static boolean learnedAs(ArticleText t, Span item, String kind) {
        return t.learnedMentions().stream().anyMatch(n -> n.kind().equals(kind) && n.start() == item.start() && n.end() == item.end());
    }

    /**
     * The one company or institute the article has named in full whose name, without its region, opens
     * with {@code name}: the text now uses the short name (某某副总经理 after 江苏某某…研究院).
     */
    private static Entity fullNameOf(ArticleFacts facts, String name) {
        Entity found = null;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.ENTERPRISE) && !e.is(EntityType.ORGANIZATION)) {
                continue;
            }
            String stripped = ShortNames.stripRegion(e.form());
            if (stripped.length() >= name.length() + 2 && stripped.startsWith(name)) {
                if (found != null && found != e) {
                    return null; // two companies open so: which one is meant is unknown
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * The company name the article has found or the model reads elsewhere whose characters stand
     * here around the model's shorter reading (新浪|乐居, where 新浪乐居 is read in full elsewhere): the
     * same characters name the same company, and in full.
     */
    private static Span knownNameAround(ArticleText t, ArticleFacts facts, Span span) {
        Span best = span;
        java.util.Set<String> names = new java.util.HashSet<>();
        facts.entities().stream().filter(e -> e.is(EntityType.ENTERPRISE)).forEach(e -> names.add(e.form()));
        t.learnedMentions().stream().filter(n -> n.kind().equals("company")).forEach(n -> names.add(t.slice(n.start(), n.end())));
        for (String name : names) {
            for (int from = Math.max(0, span.end() - name.length()); from <= span.start(); from++) {
                Span around = new Span(from, from + name.length());
                if (around.length() > best.length() && t.view().startsWith(name, from) && around.end() >= span.end()
                        && t.isTokenBoundary(around.start()) && t.isTokenBoundary(around.end())) {
                    best = around;
                }
            }
        }
        return best;
    }

    /** A bank's or company's seat and branches, which the benchmark and the articles name with it (农商行总行). */
    private static final java.util.List<String> BRANCH_WORDS = java.util.List.of("总行", "分行", "支行", "总部");

    /**
     * The model's company with a branch or seat written right after it, a place between allowed
     * (农商行|总行, 银联|上海总部, 工行|支行 where the segmenter joined 行 to what follows): the unit is
     * the company's, and names it; a branch word opening a longer word (总部基地) is no branch.
     */
    private static Span withBranch(ArticleText t, Span span) {
        int at = span.end();
        String place = org.localkg.resolve.Divisions.get().placeAt(t.view(), at);
        if (place != null && NameChecks.placeInContext(t, at, place)) {
            at += place.length();
        }
        for (String b : BRANCH_WORDS) {
            int end = at + b.length();
            if (t.view().startsWith(b, at) && (end >= t.length() || !t.isTokenBoundary(end) || !runsOnAsWord(t, end))) {
                return new Span(span.start(), end);
            }
        }
        return span;
    }

    /** A word opening at {@code end} makes one word with what is before it (总部|基地, 总部|经济). */
    private static boolean runsOnAsWord(ArticleText t, int end) {
        String rest = t.view().substring(end);
        return Lexicons.PROJECT_SUFFIXES.prefixAt(rest, 0) != null || Lexicons.PARK_SUFFIXES.prefixAt(rest, 0) != null
                || rest.startsWith("经济") || rest.startsWith("基地");
    }

    /**
     * Two banks' short names the model reads as one company (交行工行): each is two characters
     * ending in 行, the abbreviation of a bank (工商银行), and a name of two such is a pair, not one.
     */
    private static boolean twoBanks(ArticleText t, Span span) {
        return span.length() == 4 && t.charAt(span.start() + 1) == '行' && t.charAt(span.start() + 3) == '行'
                && t.isTokenBoundary(span.start() + 2) && ArticleText.isHan(t.charAt(span.start()))
                && ArticleText.isHan(t.charAt(span.start() + 2));
    }

    /** A person already known by this name keeps its kind (an official named again without a title). */
    private static void mentionPerson(ArticleFacts facts, Span span) {
        if (opensZoneName(facts.text(), span) || insidePlace(facts.text(), span)) {
            return;
        }
        String name = facts.text().originalSlice(span);
        Entity known = facts.find(name).filter(e -> e.type().isPerson()).orElse(null);
        if (known == null && span.length() >= 3
                && Lexicons.AFTER_NAME.prefixAt(facts.text().view(), span.end() - 1) != null) {
            // 李某来|到: the model runs a person the article already knows into the verb after the name
            Span shorter = new Span(span.start(), span.end() - 1);
            Entity named = facts.find(facts.text().originalSlice(shorter)).filter(e -> e.type().isPerson()).orElse(null);
            if (named != null) {
                facts.mention(named.type(), shorter);
                return;
            }
        }
        if (known == null && span.length() == 2 && span.end() < facts.text().length()) {
            // 甲乙|丙来到: the segmenter joined the name's last character to the word after it (新来,
            // "newly come"), and the model left it out; the article names 甲乙丙 in full elsewhere
            Span longer = new Span(span.start(), span.end() + 1);
            Entity named = facts.find(facts.text().originalSlice(longer)).filter(e -> e.type().isPerson()).orElse(null);
            if (named != null) {
                facts.mention(named.type(), longer);
                return;
            }
        }
        org.localkg.nlp.Token word = facts.text().tokenAt(span.start());
        if (known == null && span.length() == 2 && word != null && word.start() == span.start() && word.isPersonName()
                && word.end() == span.end() + 1 && facts.text().view().startsWith("一行", word.end())) {
            // 甲乙|丙一行: the model stops where the segmenter's first reading did (乙|丙一行); the word,
            // repaired (SegmentRepairs), holds the whole name before the party it leads
            span = new Span(word.start(), word.end());
        }
        facts.mention(known != null ? known.type() : EntityType.PERSON, span);
    }

    /**
     * 和|林格尔…: a reading as a person that a place's name the division codes know covers, starting a few characters
     * before it, is the tail of that place (a county's name read as a surname and a given name).
     */
    private static boolean insidePlace(ArticleText t, Span span) {
        for (int at = Math.max(0, span.start() - 3); at < span.start(); at++) {
            String place = org.localkg.resolve.Divisions.get().placeAt(t.view(), at);
            if (place != null && at + place.length() >= span.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 投资10亿元的|某某信|创产业园区, ▲某某信|创产业园: after 的 or a mark, a reading as a person that runs on, with
     * no mark, verb of two characters or stop word between, into a zone's or works' word a few characters on is
     * the opening of that name (a person described by 的 is not then named into a park; 张某视察产业园区 has its verb).
     */
    private static boolean opensZoneName(ArticleText t, Span span) {
        if (span.start() > 0 && t.charAt(span.start() - 1) != '的' && ArticleText.isHan(t.charAt(span.start() - 1))) {
            return false;
        }
        String v = t.view();
        for (int end = span.end() + 1; end <= Math.min(v.length(), span.end() + 8); end++) {
            org.localkg.nlp.Token tk = t.tokenAt(end - 1);
            if (!ArticleText.isHan(v.charAt(end - 1)) || tk == null || tk.text().length() >= 2 && tk.tag().startsWith("v")
                    || Lexicons.STOP_WORDS.contains(tk.text())) {
                return false;
            }
            if (end - span.end() >= 2 && (Lexicons.PARK_SUFFIXES.suffixAt(v, end) != null || Lexicons.PROJECT_SUFFIXES.suffixAt(v, end) != null)) {
                return true;
            }
        }
        return false;
    }

    static boolean person(ArticleText t, String name) {
        if (!PERSON.matcher(name).matches() || Lexicons.GENERIC.contains(name) || Lexicons.STOP_WORDS.contains(name)) {
            return false;
        }
        if (Lexicons.GOV_TITLES.contains(name) || Lexicons.ROLE_TITLES.contains(name)
                || Lexicons.GOV_TITLES.suffixAt(name, name.length()) != null) {
            return false;
        }
        if (org.localkg.resolve.Divisions.get().isRegion(name) || PersonNames.township(name)) {
            return false; // 特克斯, 那曲: a county's or a city's name the model reads as a transliterated person's; 某某乡
        }
        // a common word the dictionary knows only as something other than a name
        Set<String> tags = t.dictionaryTags(name);
        return tags.isEmpty() || tags.stream().anyMatch(tag -> tag.startsWith("nr"));
    }

    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z'\\-]*[A-Za-z]");
    private static final java.util.regex.Pattern LONG_HAN = java.util.regex.Pattern.compile("\\p{IsHan}{5,6}");

    /**
     * A foreign name the model reads as a person's that is longer than a Chinese name or not written in
     * Han characters: a Latin word the segmenter reads whole (负责人|Marvin|介绍; not a piece of a longer
     * one), or a transliteration of five or six characters that opens with a word the segmenter reads as
     * a name and goes on in names and single characters only (范德尔|维|克: transliterations are
     * syllables, and the segmenter's dictionary knows few of them whole).
     */
    static boolean foreignName(ArticleText t, Span span, String name) {
        Token first = t.tokenAt(span.start());
        if (first == null || first.start() != span.start() || !t.isTokenBoundary(span.end())) {
            return false;
        }
        if (LATIN_NAME.matcher(name).matches()) {
            return first.end() == span.end();
        }
        if (!LONG_HAN.matcher(name).matches() || !first.tag().startsWith("nr") || first.text().length() < 2
                || org.localkg.resolve.Divisions.get().isRegion(name)) {
            return false;
        }
        for (int i = span.start(); i < span.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.end() > span.end() || !tk.tag().startsWith("nr") && tk.text().length() > 1) {
                return false;
            }
            i = tk.end();
        }
        return true;
    }

    /** A group sent somewhere (考察团, 代表团): what it ends in says it visits, not that it trades. */
    private static final java.util.regex.Pattern DELEGATION = java.util.regex.Pattern.compile(
            "(?:考察|代表|访问|参观|观摩|调研|慰问|招商|经贸)团$");

    /**
     * A company the model proposes without a legal suffix must look like a name: some word in it
     * is one the dictionary does not know, a proper noun or a Latin-letter name (森萨塔科技, not
     * 国内商业银行); and it must end where a word ends (not 花旗 of 花旗松). A district's short name
     * among government bodies ({@code listedWithBodies}: 某委、某局、闵行) is none.
     */
    /** A place and another in brackets after it (中国(某市), 某省(某县)): places only (the country is no division). */
    private static final java.util.regex.Pattern BRACKETED_PLACE = java.util.regex.Pattern.compile("(\\p{IsHan}{2,8})[(（](\\p{IsHan}{2,8})[)）]");

    private static boolean placesOnly(String name) {
        java.util.regex.Matcher m = BRACKETED_PLACE.matcher(name);
        return m.matches() && (m.group(1).equals("中国") || org.localkg.resolve.Divisions.get().isPlace(m.group(1)))
                && org.localkg.resolve.Divisions.get().isPlace(m.group(2));
    }

    /** A division's word and 委, the party committee of a province, city, county, banner, district or town. */
    private static final java.util.regex.Pattern PARTY_COMMITTEE = java.util.regex.Pattern.compile("[省市县旗区镇乡党]委$");

    static boolean company(ArticleText t, Span span, String name, boolean listedWithCompanies, boolean listedWithBodies) {
        if (legalFormOnly(name)) {
            return false; // 食品有限公司: a trade and a legal form, the name before them cut off
        }
        if (org.localkg.resolve.Divisions.get().isRegion(name) && (!listedWithCompanies || listedWithBodies)) {
            return false; // 闵行 among bodies: a district, by its short name, not a company
        }
        if (DELEGATION.matcher(name).find()) {
            return false; // 某地政企考察团: a delegation of visitors, not a company
        }
        if (placesOnly(name)) {
            return false; // 中国(某市)|某交易中心: the places opening a name, cut from it, are no company
        }
        if (PARTY_COMMITTEE.matcher(name).find()) {
            return false; // 某旗委, 某县委: a place's party committee (旗委、政府), a body, not a company
        }
        if (name.endsWith("网") && name.length() <= 5) {
            return false; // 人民网, 新华网: a news site, the page's source, not a company of the story
        }
        if (DATELINE.matcher(t.view()).region(span.end(), Math.min(t.length(), span.end() + 14)).lookingAt()) {
            return false; // 某财经北京3月5日电: the agency that files the story, not a company of it
        }
        if (!NameChecks.enterpriseName(name) && (name.length() < 3 || industryWordsOnly(name)) && !listedWithCompanies || Lexicons.STOP_WORDS.contains(name) || !t.nameEdgeAt(span.end())
                || Lexicons.ENTERPRISE_SUFFIXES.prefixAt(t.view(), span.end()) != null) {
            return false; // a name before 公司/集团 is the suffix rules' to judge; they have seen the whole name
        }
        if (!t.nameEdgeAt(span.start())) {
            return false; // it starts inside a word (多家新能|源科技公司)
        }
        if (namedByAnotherKind(t, span)) {
            return false;
        }
        if (suffixWordsOnly(t, span)) {
            return false; // 集团总部, 科普服务中心: a body's kind words with nothing to say which
        }
        Token only = t.tokenAt(span.start());
        if (only != null && only.start() == span.start() && only.end() == span.end() && COMMON_WORD.contains(only.tag())
                && t.dictionaryFrequency(only.text()) >= 50 && !listedWithCompanies) {
            return false; // 交通: one common word, whatever the model reads, unless listed with companies (招行、民生、交行)
        }
        if (!t.isTokenBoundary(span.end()) && !listedWithCompanies && !t.dictionaryTags(name).isEmpty()
                && COMMON_WORD.containsAll(t.dictionaryTags(name))) {
            return false; // 保安|全 inside a word the tagger guessed as a name: a common word cut out of it
        }
        if (only != null && only.start() == span.start() && only.end() == span.end()
                && !t.dictionaryTags(only.text()).isEmpty() && PHRASE_TAGS.containsAll(t.dictionaryTags(only.text())) && !listedWithCompanies) {
            return false; // 招商引资: a set phrase or a verb, however rare, names no company
        }
        if (!listedWithCompanies && commonWordsEndingInAnAct(t, span)) {
            return false; // 农业农村发展: a field of work and what is done in it, no company
        }
        String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(t.view(), span.end());
        if (suffix != null && (suffix.length() >= name.length() || name.length() - suffix.length() > 2
                && !NameChecks.enterpriseName(name.substring(0, name.length() - suffix.length())))) {
            return false; // the suffix alone, or a phrase of generic and industry words before it (国内商业银行);
                          // one such word the model reads as a name with the suffix is one (招商银行, 农业银行)
        }
        // what the model reads as a company and passes these tests is one: it has seen thousands of them,
        // and on the development articles its other companies cost nothing (kg ner eval --extractor); but a
        // unit named by a title or a room (企业家委员工作室) is no company
        for (int i = 0; i < name.length(); i++) {
            if (Lexicons.GOV_TITLES.prefixAt(name, i) != null && Lexicons.GOV_TITLES.prefixAt(name, i).length() >= 2) {
                return false;
            }
        }
        // a studio with a Latin name is a games or design company (某Studio工作室), one with a person's or a
        // trade's name a unit of its body
        // …a seat, 总部, is the company's own (某银联北京|总部)
        return (!name.matches(".*(办公室|部|组|处|科|小组)$") || name.endsWith("总部")) && !name.matches(".*[^A-Za-z0-9]工作室$");
    }

    /** A dateline after an agency's name: a place maybe, a day, then 电 (北京3月5日电, 5日电). */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\s*(?:\\p{IsHan}{2,4})?(?:\\d{1,2}月)?\\d{1,2}日电(?![话视商器力脑子池缆讯信网])");

    /**
     * {@code span} is two words or more, each a common noun, verb or set phrase the dictionary knows well
     * (joined by 及, 和 maybe), the last a verb or verbal noun (农业|农村|发展, 招商引资|及|项目|建设): what is
     * done in a field, which no company is named.
     */
    private static final Set<String> ACT_PHRASE_TAGS = Set.of("n", "vn", "v", "vl", "l");

    private static boolean commonWordsEndingInAnAct(ArticleText t, Span span) {
        int words = 0;
        String last = null;
        for (int i = span.start(); i < span.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() != i || tk.end() > span.end()) {
                return false;
            }
            boolean joins = tk.tag().equals("c") || tk.tag().equals("cc"); // 招商引资|及|农业农村发展
            boolean setPhrase = tk.tag().equals("vl") || tk.tag().equals("l"); // rare as a word, never a name
            if (!joins && (!ACT_PHRASE_TAGS.contains(tk.tag()) || !setPhrase && t.dictionaryFrequency(tk.text()) < 50)) {
                return false;
            }
            last = tk.tag();
            words++;
            i = tk.end();
        }
        return words >= 2 && (last.equals("v") || last.equals("vn"));
    }

    /**
     * {@code span} is two words or more, each a body's suffix (集团, 总部, 服务中心) or a word of kind (科普,
     * 国有): the segmenter's tags nis/nit for the one and b for the other. One such word alone may be a
     * short name (工行, 中行: the segmenter reads 行 as a suffix).
     */
    private static boolean suffixWordsOnly(ArticleText t, Span span) {
        boolean suffix = false;
        int words = 0;
        int from = span.start();
        for (Token lead = t.tokenAt(from); lead != null && lead.start() == from && lead.end() < span.end()
                && (lead.tag().startsWith("v") || lead.tag().startsWith("d") || lead.tag().equals("p")); lead = t.tokenAt(from)) {
            from = lead.end(); // 设有|集团总部: the verb the model took in goes when the mention is made
        }
        for (int i = from; i < span.end(); ) {
            Token tk = t.tokenAt(i);
            if (tk == null || tk.start() < from || tk.end() > span.end()) {
                return false;
            }
            if (tk.tag().equals("nis") || tk.tag().equals("nit")) {
                suffix = true;
            } else if (!tk.tag().equals("b")) {
                return false;
            }
            words++;
            i = tk.end();
        }
        return suffix && words >= 2;
    }

    /** Words naming a periodical, which the name right after them is (游戏杂志|某Latin名). */
    private static final java.util.Set<String> PERIODICALS = java.util.Set.of("杂志", "期刊", "周刊", "月刊", "报纸");

    /**
     * Whether the words around {@code span} say it names something other than a company: a periodical
     * written before it (科学杂志|Science), people (某某等人: 等人 closes a list of people), or, for a
     * Latin word, the person whose name follows it at once (a player's handle: Ace|王某某).
     */
    private static boolean namedByAnotherKind(ArticleText t, Span span) {
        Token before = span.start() > 0 ? t.tokenAt(span.start() - 1) : null;
        if (before != null && before.end() == span.start() && PERIODICALS.contains(before.text())) {
            return true;
        }
        if (t.view().startsWith("等人", span.end())) {
            return true;
        }
        boolean latin = t.slice(span.start(), span.end()).chars().allMatch(c -> c < 128 && Character.isLetter(c));
        return latin && t.learnedMentions().stream().anyMatch(n -> n.kind().equals("name") && n.start() == span.end());
    }

    /**
     * Whether {@code [from, to)} is a company's department: a word of two to four characters ending in
     * 部 (市场部, 银行卡部), and no break in it. The benchmark counts it with the company (某分行|银行卡部).
     */
    static boolean department(ArticleText t, int from, int to) {
        if (to - from < 2 || to - from > 4 || t.charAt(to - 1) != '部' || !t.isTokenBoundary(from)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!ArticleText.isHan(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A liability form after industry words only (食品有限公司, 饲料有限公司): what kind of company,
     * never which; the trade name before them is missing.
     */
    static boolean legalFormOnly(String name) {
        String legal = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(name, name.length());
        return legal != null && (legal.startsWith("有限") || legal.startsWith("股份")) // not 公司 alone: 博彩公司 is the model's to judge
                && !NameChecks.enterpriseName(name.substring(0, name.length() - legal.length()));
    }

    /**
     * Whether {@code name} is industry words alone (金融证券 of 某省地方金融证券办): a trade, not a company.
     * A legal suffix makes it one (农业银行: the model read the words and the suffix as a name).
     */
    static boolean industryWordsOnly(String name) {
        if (Lexicons.ENTERPRISE_SUFFIXES.suffixAt(name, name.length()) != null) {
            return false;
        }
        String s = name;
        for (String tail = Lexicons.INDUSTRY.suffixAt(s, s.length()); tail != null && !s.isEmpty();
                tail = Lexicons.INDUSTRY.suffixAt(s, s.length())) {
            s = s.substring(0, s.length() - tail.length());
        }
        return s.isEmpty();
    }

    private static boolean organization(String name) {
        return name.length() >= 2 && !NameChecks.specific(name).isEmpty() && !Lexicons.STOP_WORDS.contains(name);
    }
}
