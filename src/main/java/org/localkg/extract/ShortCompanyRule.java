package org.localkg.extract;

import org.localkg.nlp.Token;

/**
 * A company called by its short name as the subject of a clause: a proper word the dictionary
 * does not know as a common one, then an industry word, then a verb (某某智能加快…, 某某电气投资…).
 * The industry word says it is a company; the verb says it acts; a place before the industry
 * word (常州智能) is a region's industry, not a company, and is left alone.
 */
final class ShortCompanyRule {
    private ShortCompanyRule() {
    }

    static void apply(ArticleText t, ArticleFacts facts) {
        var tokens = t.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token name = tokens.get(i);
            Token industry = tokens.get(i + 1);
            Token verb = tokens.get(i + 2);
            if (!startsClause(t, name.start()) || !properWord(t, name) || Lexicons.INDUSTRY.contains(name.text()) // 新能源发展: two trades, a field
                    || industry.start() != name.end()
                    || !Lexicons.INDUSTRY.contains(industry.text()) || verb.start() != industry.end()
                    || !verb.tag().startsWith("v") || verb.tag().startsWith("vn")) {
                continue;
            }
            Span span = new Span(name.start(), industry.end());
            if (!facts.claimed(span)) {
                facts.mention(EntityType.ENTERPRISE, span);
            }
        }
        visitedTrades(t, facts);
    }

    /** A verb of looking over what was visited, right after its name: 察看, 调研, 考察. */
    private static final java.util.regex.Pattern INSPECTING_AFTER = java.util.regex.Pattern.compile("(?:察看|调研|考察|视察|检查|参观|督导|查看)");

    /** Verbs whose object is the place or company visited. */
    private static final java.util.regex.Pattern VISITING = java.util.regex.Pattern.compile("(?:来到|走进|走访|深入|前往|考察|参观|察看|调研|莅临)了?$");

    /**
     * An item of a list a verb of visiting governs, spanning {@code [start, end)} (深入甲、乙新材料、丙铝业开展
     * 调研): an industry word after a proper word names a company visited there (not in a list of fields: 等领域).
     */
    private static boolean visitedListItemAt(ArticleFacts facts, int start, int end) {
        for (CoordinationList l : facts.lists()) {
            if (l.verb() == CoordinationList.Verb.VISIT && l.kind() != CoordinationList.Kind.OTHER && l.items().stream().anyMatch(s -> s.start() == start && s.end() == end)) {
                return true;
            }
        }
        return false;
    }

    /** The segmenter reads {@code [from, to)} as one person's or brand's name (昌成/nr), not as unknown words (县域). */
    private static boolean namedByToken(ArticleText t, int from, int to) {
        Token tk = t.tokenAt(from);
        return tk != null && tk.start() == from && tk.end() == to && (tk.tag().startsWith("nr") || tk.tag().equals("nz"));
    }

    /** A company's name ends at {@code j}: a break, a conjunction, 等, or a verb (视察, 调研) follows. */
    private static boolean endsName(ArticleText t, int j) {
        if (j >= t.length() || "、，,。；;和及与等".indexOf(t.charAt(j)) >= 0) {
            return true;
        }
        Token next = t.tokenAt(j);
        return next != null && next.start() == j && next.text().length() >= 2 && next.tag().startsWith("v") && !next.tag().equals("vn");
    }

    /** A person the article names on their own elsewhere inside the span (来到张明华药业，总经理张明华…): theirs, no company's. */
    private static boolean namedPersonInside(ArticleText t, ArticleFacts facts, Span span) {
        String text = t.slice(span.start(), span.end());
        for (Entity e : facts.entities()) {
            if (e.type().isPerson() && text.contains(e.form())
                    && e.mentions().stream().anyMatch(m -> !t.slice(Math.max(0, m.start() - 6), Math.min(t.length(), m.end() + 6)).contains(text))) {
                return true;
            }
        }
        return false;
    }

    /** Takes back people's mentions lying inside {@code span}: the learned model's reading of a name's characters. */
    private static void forgetPeopleInside(ArticleFacts facts, Span span) {
        for (Entity e : new java.util.ArrayList<>(facts.entities())) {
            if (e.is(EntityType.PERSON) && !e.is(EntityType.OFFICIAL)) {
                for (Span m : new java.util.ArrayList<>(e.mentions())) {
                    if (span.contains(m) && !m.equals(span) && facts.entities().contains(e)) {
                        facts.forget(e, m);
                    }
                }
            }
        }
    }

    /**
     * 来到某某药业和某某药业, 走进某地某某乳业、…: a company visited, named by a proper word and a trade of one
     * character and 业 (a word that names companies only, unlike 科技 or 汽车), after a verb of visiting or
     * another item so named, the name ending at a break, a conjunction or 等.
     */
    private static void visitedTrades(ArticleText t, ArticleFacts facts) {
        String v = t.view();
        for (int j = 4; j <= v.length(); j++) {
            String trade = Lexicons.INDUSTRY.suffixAt(v, j);
            if (trade == null || trade.length() < 2 || CompaniesHeadingProjects.FIELDS.contains(trade)
                    || CompaniesHeadingProjects.SECTORS.contains(trade) || !endsName(t, j)) {
                continue;
            }
            // a trade of one character and 业 names companies only; another industry word (纺织, 科技) does when a
            // place opens the name too (来到某地某某纺织视察)
            boolean tradeOnly = trade.length() == 2 && trade.endsWith("业");
            for (int start = j - 4; start >= Math.max(0, j - 9); start--) {
                boolean afterCompany = start > 0 && "、和及与".indexOf(v.charAt(start - 1)) >= 0
                        && facts.nearestBefore(start, new Span(Math.max(0, start - 12), start), EntityType.ENTERPRISE).isPresent();
                boolean afterVisiting = VISITING.matcher(v).region(Math.max(0, start - 3), start).find() && "了过".indexOf(v.charAt(start)) < 0;
                boolean visitedItem = visitedListItemAt(facts, start, j) && namedByToken(t, start, j - trade.length());
                if (!afterCompany && !afterVisiting && !visitedItem) {
                    continue;
                }
                // 深入|某某能源|察看: between a verb of going to and one of looking over, the place visited
                boolean inspectedThere = afterVisiting && INSPECTING_AFTER.matcher(v).region(j, v.length()).lookingAt()
                        && !fieldWords(t, start, j - trade.length(), j);
                String region = org.localkg.resolve.Divisions.get().regionAt(v, start);
                int name = start + (region == null || start + region.length() > j - trade.length() - 2 ? 0 : region.length());
                Span span = new Span(start, j);
                if ((tradeOnly || name > start || visitedItem || inspectedThere) && j - trade.length() - name <= 4
                        && CompaniesHeadingProjects.properName(t, name, j - trade.length())
                        && !namedPersonInside(t, facts, span)) {
                    for (int at : t.indexesOf(t.slice(span.start(), span.end()))) {
                        // 吴忠德|悦纺织: a person the model read in the company's name, wherever it is written
                        forgetPeopleInside(facts, new Span(at, at + span.length()));
                    }
                    if (!facts.claimed(span)) {
                        facts.mention(EntityType.ENTERPRISE, span);
                    }
                }
                break;
            }
        }
    }

    /**
     * The brand before a trade is a field itself (光伏|能源, 新材料|科技, 风电|能源), or brand and trade are one word the
     * dictionary knows (高新科技): words of a field, no company's name.
     */
    private static boolean fieldWords(ArticleText t, int start, int tradeStart, int end) {
        Token whole = t.tokenAt(start);
        return Lexicons.INDUSTRY.contains(t.slice(start, tradeStart))
                || whole != null && whole.start() == start && whole.end() == end && !t.dictionaryTags(whole.text()).isEmpty();
    }

    /** A name or a word the dictionary does not know, of two or three characters, not a place. */
    private static boolean properWord(ArticleText t, Token tk) {
        int n = tk.text().length();
        if (n < 2 || n > 3 || !tk.text().chars().allMatch(c -> ArticleText.isHan((char) c)) || tk.tag().startsWith("ns")
                || Lexicons.GENERIC.contains(tk.text()) || tk.text().endsWith("化")) {
            return false; // (品牌化|发展, 高端化: a word of becoming, -化, names a process, no company)
        }
        return tk.tag().startsWith("nr") || tk.tag().startsWith("nz") || t.dictionaryTags(tk.text()).isEmpty();
    }

    /** At the start of a clause or of a list item: after a break mark, or after 和 与 及 同. */
    private static boolean startsClause(ArticleText t, int i) {
        if (i == 0 || ArticleText.isBreak(t.charAt(i - 1))) {
            return true;
        }
        return "和与及同".indexOf(t.charAt(i - 1)) >= 0;
    }
}
