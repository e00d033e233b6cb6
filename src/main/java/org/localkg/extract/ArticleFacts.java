package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localkg.resolve.Names;

/**
 * What extraction found in one article: its entities (one per thing, with every mention) and
 * the facts about them. Recognisers add to it in turn; later ones see what earlier ones found.
 */
public final class ArticleFacts {
    /** The text the recognisers work on; let go when extraction is done, see {@link #finish}. */
    private ArticleText text;
    private final List<Entity> entities = new ArrayList<>();
    final List<Facts.Post> posts = new ArrayList<>();
    final List<Facts.Investment> investments = new ArrayList<>();
    final List<Facts.ExpectedCompletion> completions = new ArrayList<>();
    final List<Facts.Status> statuses = new ArrayList<>();
    final List<Facts.Link> parks = new ArrayList<>();
    final List<Facts.Link> enterprises = new ArrayList<>();
    final List<Facts.Inspection> inspections = new ArrayList<>();
    final List<Facts.Located> locations = new ArrayList<>();
    private List<CoordinationList> lists = List.of();
    private ArticleFrame frame = ArticleFrame.NONE;
    private final List<String> warnings = new ArrayList<>();

    public ArticleFacts(ArticleText text) {
        this.text = text;
    }

    /**
     * Whether each entity records the rules that named it ({@link Entity#origins()}): off by
     * default (a walk of the stack per mention); {@code kg explain --rules} turns it on, to see
     * which recogniser a wrong name came from.
     */
    private static volatile boolean traceOrigins;

    public static void traceOrigins(boolean on) {
        traceOrigins = on;
    }

    private static final StackWalker WALKER = StackWalker.getInstance();

    /** The first method outside this class on the stack: the rule that names an entity. */
    private static String caller() {
        return WALKER.walk(frames -> frames
                .filter(f -> !f.getClassName().equals(ArticleFacts.class.getName()))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":" + f.getLineNumber())
                .orElse("?"));
    }

    /** The article's text as the recognisers see it; only while extraction runs. */
    public ArticleText text() {
        if (text == null) {
            throw new IllegalStateException("extraction is finished: the article's text is no longer held");
        }
        return text;
    }

    /**
     * Ends extraction: lets go of the text, which holds the tokens and the segmenter, so that
     * extractions waiting to be written (in {@code InOrder}'s queue, in a Spark executor's cache,
     * where Spark estimates sizes by walking every reference) hold only entities and facts.
     */
    void finish() {
        truncatedReadings();
        oneEntityPerMention();
        text = null;
    }

    /** The article's coordination lists, as {@link CoordinationLists} found them. */
    public List<CoordinationList> lists() {
        return lists;
    }

    void lists(List<CoordinationList> found) {
        lists = List.copyOf(found);
    }

    /** Faults of stages that failed on this article (each cost that stage's findings only). */
    public List<String> warnings() {
        return warnings;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    /** What the article is about, as {@link ArticleFrames} found it. */
    public ArticleFrame frame() {
        return frame;
    }

    void frame(ArticleFrame f) {
        frame = f;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Every mention of {@code e} lies inside an official's post (某开发区管委会主任某某): named as where someone works only. */
    boolean namedInPostsOnly(Entity e) {
        return !e.mentions().isEmpty() && e.mentions().stream().allMatch(m -> posts.stream().anyMatch(p -> p.evidence().contains(m)));
    }

    public List<Facts.Post> posts() {
        return posts;
    }

    public List<Facts.Investment> investments() {
        return investments;
    }

    public List<Facts.ExpectedCompletion> completions() {
        return completions;
    }

    public List<Facts.Status> statuses() {
        return statuses;
    }

    public List<Facts.Link> parks() {
        return parks;
    }

    public List<Facts.Link> enterprises() {
        return enterprises;
    }

    public List<Facts.Inspection> inspections() {
        return inspections;
    }

    public List<Facts.Located> locations() {
        return locations;
    }

    /** The entity of any type this article calls by {@code name}, if any. */
    public Optional<Entity> find(String name) {
        String k = Names.key(name);
        return entities.stream().filter(e -> e.keys().contains(k)).findFirst();
    }

    public Optional<Entity> find(String name, EntityType type) {
        String k = Names.key(name);
        return entities.stream().filter(e -> e.is(type) && e.keys().contains(k)).findFirst();
    }

    /**
     * Records a mention of a {@code type} called by the text at {@code span}: the same name
     * already known (of a compatible type) is the same entity; people of one name but of
     * different kinds (a reporter and an official) stay apart. Returns null when the span is no
     * name of that kind ({@link NamePhrase}: a project, park or company name is a noun phrase).
     */
    public Entity mention(EntityType type, Span span) {
        span = LearnedBoundaries.refine(text, type, span);
        if (type.isPerson()) {
            // 甲乙·丙丁|戊己: whichever recogniser stopped inside the part after a name's dot, the part runs on to a break
            span = new Span(span.start(), span.start() + PersonNames.throughLastDot(text, span.start(), span.length()));
            // 某某|同志, 某某|来到: a word that follows names, run into by the name's last character, is not its
            // (whichever recogniser proposed the name; the words are the after-name lexicon's)
            span = new Span(span.start(), span.start() + PersonNames.withoutVerb(text, span.start(), span.length()));
            span = new Span(span.start(), span.start() + PersonNames.acrossJoinedVerb(text, span.start(), span.length(), true));
        }
        if (type == EntityType.ORGANIZATION || type == EntityType.ENTERPRISE || type == EntityType.PARK) {
            span = afterJoinedBody(span);
        }
        if (type == EntityType.ENTERPRISE) {
            span = afterNoteOnAPark(span);
            span = afterRole(span);
            span = afterKindOfCompany(span);
        }
        if (type == EntityType.PROJECT || type == EntityType.ORGANIZATION) {
            span = afterRole(span);
        }
        if (type == EntityType.PROJECT) {
            span = afterRank(span);
        }
        Span whole = span;
        span = afterPerson(type, span);
        if (span != null && type == EntityType.PROJECT && !span.equals(whole)) {
            String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(text.view(), span.end());
            if (suffix != null && !ProjectRecognizer.isProjectName(text, span.start(), span.end() - suffix.length())) {
                span = null; // what is left after the person (市长某某宣布|全市深化转型项目) must be a name itself
            }
        }
        span = span == null ? null : NamePhrase.shape(text, type, span);
        if (span == null) {
            return null; // no noun phrase of that kind: see NamePhrase
        }
        String name = text.originalSlice(span);
        Entity e = find(name).filter(x -> compatible(x, type)).orElse(null);
        if (e == null) {
            e = new Entity(type, name);
            entities.add(e);
        } else {
            e.addType(type);
            if (type == EntityType.OFFICIAL) {
                e.removeType(EntityType.PERSON);
            }
            if (Names.key(name).equals(Names.key(e.name()))) {
                e.addName(name); // the same name: only a transliterated name's dot may change how it is shown
            }
        }
        e.addMention(span);
        if (traceOrigins) {
            e.addOrigin(caller());
        }
        return e;
    }

    /**
     * Makes {@code drop} a part of {@code keep}: its names, mentions and kinds, and every fact about
     * it. For two names the article uses for one thing (甲 and 甲项目).
     */
    void merge(Entity keep, Entity drop) {
        if (keep == drop) {
            return;
        }
        keep.addName(drop.name());
        drop.aliases().forEach(keep::addName);
        absorb(keep, drop);
    }

    /** Makes {@code drop}'s mentions, kinds and facts {@code keep}'s, not its names; {@code drop} goes. */
    private void absorb(Entity keep, Entity drop) {
        drop.mentions().forEach(keep::addMention);
        drop.types().forEach(keep::addType);
        drop.origins().forEach(keep::addOrigin);
        entities.remove(drop);
        parks.replaceAll(l -> new Facts.Link(l.project() == drop ? keep : l.project(), l.other() == drop ? keep : l.other(), l.evidence()));
        enterprises.replaceAll(l -> new Facts.Link(l.project() == drop ? keep : l.project(), l.other() == drop ? keep : l.other(), l.evidence()));
        investments.replaceAll(i -> i.project() == drop ? new Facts.Investment(keep, i.yuan(), i.written(), i.evidence()) : i);
        completions.replaceAll(c -> c.project() == drop ? new Facts.ExpectedCompletion(keep, c.written(), c.year(), c.evidence()) : c);
        statuses.replaceAll(x -> x.project() == drop ? new Facts.Status(keep, x.status(), x.evidence()) : x);
        parks.removeIf(l -> l.project() == l.other());
        enterprises.removeIf(l -> l.project() == l.other());
    }

    /** Takes back a mention a later rule shows to be wrong; an entity left without mentions goes. */
    void forget(Entity e, Span mention) {
        e.mentions().remove(mention);
        if (e.mentions().isEmpty()) {
            entities.remove(e);
            parks.removeIf(l -> l.project() == e || l.other() == e);
            enterprises.removeIf(l -> l.project() == e || l.other() == e);
            investments.removeIf(i -> i.project() == e);
            completions.removeIf(c -> c.project() == e);
            statuses.removeIf(x -> x.project() == e);
            locations.removeIf(l -> l.entity() == e);
            posts.removeIf(x -> x.official() == e);
            posts.replaceAll(x -> x.organization() == e ? new Facts.Post(x.official(), x.title(), null, x.evidence()) : x);
            inspections.replaceAll(i -> new Facts.Inspection(i.official(), i.targets().stream().filter(t -> t != e).toList(), i.evidence()));
            inspections.removeIf(i -> i.official() == e || i.targets().isEmpty());
        }
    }

    /**
     * A company, body or zone read short inside another's name (企业一百岁集团: 一百 taken for a count, 岁集团 left):
     * every mention of it ends where a longer mention of another entity of its kind ends, so it is that entity
     * read in part, and its facts are that entity's. Its short form is no name of it.
     */
    private void truncatedReadings() {
        for (Entity e : List.copyOf(entities)) {
            if (!e.is(EntityType.ENTERPRISE) && !e.is(EntityType.ORGANIZATION) && !e.is(EntityType.PARK) || e.types().size() > 1) {
                continue;
            }
            Entity whole = null;
            for (Span m : e.mentions()) {
                Entity holder = longerEndingAt(e, m);
                if (holder == null || whole != null && holder != whole) {
                    whole = null;
                    break;
                }
                whole = holder;
            }
            if (whole != null) {
                Entity keep = whole;
                e.mentions().clear();
                absorb(keep, e);
                inspections.replaceAll(i -> new Facts.Inspection(i.official(),
                        i.targets().stream().map(x -> x == e ? keep : x).distinct().toList(), i.evidence()));
                posts.replaceAll(x -> x.organization() == e ? new Facts.Post(x.official(), x.title(), keep, x.evidence()) : x);
                locations.replaceAll(l -> l.entity() == e ? new Facts.Located(keep, l.divisionName(), l.evidence()) : l);
            }
        }
    }

    /** The one other entity of {@code e}'s kind with a longer mention ending where {@code m} ends; else null. */
    private Entity longerEndingAt(Entity e, Span m) {
        Entity found = null;
        for (Entity o : entities) {
            if (o == e || !o.is(e.type())) {
                continue;
            }
            for (Span n : o.mentions()) {
                if (n.end() == m.end() && n.start() < m.start()) {
                    if (found != null && found != o) {
                        return null;
                    }
                    found = o;
                }
            }
        }
        return found;
    }

    /** The kinds in the order a mention two entities hold stays with: the firmer reading first. */
    private static final List<EntityType> FIRMER_FIRST = List.of(EntityType.OFFICIAL, EntityType.REPORTER, EntityType.ENTERPRISE,
            EntityType.PARK, EntityType.PROJECT, EntityType.ORGANIZATION, EntityType.PERSON);

    /**
     * A span names one entity (the shapes require it): where two hold the same mention (the
     * official 任军 and an organisation the model read in the same two characters), it stays with
     * the one of the firmer kind; one left with no mention goes, with its facts.
     */
    void oneEntityPerMention() {
        List<Entity> ordered = new ArrayList<>(entities);
        ordered.sort(java.util.Comparator.comparingInt(e -> {
            int rank = FIRMER_FIRST.indexOf(e.type());
            return rank < 0 ? FIRMER_FIRST.size() : rank;
        }));
        java.util.Set<Span> held = new java.util.HashSet<>();
        for (Entity e : ordered) {
            for (Span m : List.copyOf(e.mentions())) {
                if (!held.add(m)) {
                    forget(e, m);
                }
            }
        }
    }

    /**
     * A company's, park's or project's name holds no person the article has named: 王国生来到|某公司
     * starts after the person and the verbs after them.
     */
    private Span afterPerson(EntityType type, Span span) {
        if (type != EntityType.ENTERPRISE && type != EntityType.PARK && type != EntityType.PROJECT) {
            return span;
        }
        int start = span.start();
        for (Entity e : entities) {
            if (!e.type().isPerson()) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() >= span.start() && m.end() < span.end() - 1 && m.end() > start) {
                    start = m.end();
                }
            }
        }
        for (Entity e : entities) {
            // a person named elsewhere whose name opens the span (王国生来到|青海某公司), before any mention says so
            if (e.type().isPerson() && e.form().length() >= 2 && text.view().startsWith(e.form(), span.start())
                    && span.start() + e.form().length() < span.end() - 1) {
                start = Math.max(start, span.start() + e.form().length());
            }
        }
        boolean adjacent = entities.stream().anyMatch(e -> e.type().isPerson()
                && e.mentions().stream().anyMatch(m -> m.end() == span.start()));
        if (start == span.start() && !adjacent) {
            return span;
        }
        String follows = Lexicons.AFTER_NAME.prefixAt(text.view(), start);
        if (follows != null && follows.length() >= 2 && span.end() - start - follows.length() >= 2) {
            start += follows.length(); // 周敏|来到|某公司: the person's verb, however the segmenter joined it
        }
        for (org.localkg.nlp.Token tk; start < span.end() - 2 && (tk = text.tokenAt(start)) != null && tk.start() == start
                && (tk.tag().startsWith("v") && !tk.tag().equals("vn") || tk.tag().startsWith("d") || tk.tag().equals("p")); ) {
            start = tk.end();
        }
        return span.end() - start >= 2 ? new Span(start, span.end()) : null;
    }

    /**
     * 公安部与|人民银行, 某加工区和|某商务区: a body's, company's or zone's full name (its suffix, or a word the segmenter knows as an
     * organisation's), then 和, 与 or 及, then another name: two names joined, of which the span's end
     * names the last (the first is a name of its own). Not when the conjunction joins the fields of one
     * body (某市住房和城乡建设局: no suffix before it).
     */
    /**
     * (农业版块)某某有限公司, 某产业园(农业版块)某某有限公司: a note in brackets on the park named before it, then the
     * company's own name, which starts after the note (not 某某(天津)有限公司, 某某科技(集团)股份有限公司: no park before
     * the note). Companies only: a park's or a body's brackets are its own (某综合保税区(A区)).
     */
    private Span afterNoteOnAPark(Span span) {
        for (int open = span.start(); open < span.end() - 6; open++) {
            if ("(（".indexOf(text.charAt(open)) < 0
                    || open > span.start() && Lexicons.PARK_SUFFIXES.suffixAt(text.view(), open) == null) {
                continue;
            }
            for (int k = open + 1; k < span.end() - 6 && k < open + 8; k++) {
                if (")）".indexOf(text.charAt(k)) >= 0) {
                    return new Span(k + 1, span.end());
                }
            }
            break;
        }
        return span;
    }

    /**
     * What a company is to works, said before its name: 建设主体, 项目建设单位, 投资方; 项目主体 only where it is no part of the works
     * (项目主体工程, 项目主体结构: the works' main structure).
     */
    private static final String ROLE_OF_A_BUILDER = "(?:建设|投资|实施)主体|项目主体(?!工程|结构|建筑|厂房|部分|责任|施工)"
            + "|(?:建设|业主|承建|投资)单位|(?:投资|建设|承建|项目|运营)方";
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile(ROLE_OF_A_BUILDER);
    /**
     * A company's standing in its field or in a ranking, said before its name or its works' (某国某行业领军企业|某某公司,
     * 世界500强|某国某某油品项目, 全国药企前50强|某某医药…基地, 前十强风电整机企业|某某项目): a description, no part of
     * the name (not 百强县|某某: a ranked place, whose name follows).
     */
    private static final String RANK_OF_A_COMPANY = "(?:龙头|骨干|领军|头部|知名|领先|标杆|链主|独角兽|瞪羚)\\p{IsHan}{0,6}?企业"
            + "|前?(?:\\d+|[十百千])强(?:\\p{IsHan}{0,6}?企业|(?![县市区镇乡村旗]))|上市公司(?=\\p{IsHan}{2,}(?:股份|集团|公司))";
    private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile(RANK_OF_A_COMPANY);
    /** What sort of company one is, or its role, said before its name: 民营企业, 龙头企业, 建设主体 (某县民营企业|某某集团). */
    private static final java.util.regex.Pattern KIND_OF_COMPANY = java.util.regex.Pattern.compile(
            "(?:民营|国有|国营|外资|外商独资|合资|私营|重点|规上|规模以上)企业|" + RANK_OF_A_COMPANY + "|" + ROLE_OF_A_BUILDER);

    /**
     * 投资方|某某集团年产…项目: works named after their builder, with the builder's role before it, start after the role. Also
     * where a recogniser's span starts inside the role (投资|方某某集团, the verb cut off already).
     */
    private Span afterRole(Span span) {
        for (int from : new int[] {Math.max(0, span.start() - 2), span.start()}) {
            java.util.regex.Matcher m = ROLE.matcher(text.view()).region(from, span.end());
            if (m.lookingAt() && m.end() > span.start() && span.end() - m.end() >= 4 && roleEnds(m)) {
                return new Span(m.end(), span.end());
            }
        }
        return span;
    }

    /**
     * The role or kind {@code m} found ends a word: at a token's end, or in 方 (项目方|华盛…: the segmenter read 方华盛 as a
     * person's name, 方 a surname, though 方 ends the role).
     */
    private boolean roleEnds(java.util.regex.Matcher m) {
        return text.isTokenBoundary(m.end()) || m.group().endsWith("方");
    }

    /**
     * 世界500强|某国某某化工项目: works named after a company, with the company's standing before it, start after
     * the standing, where what is left is a name of works itself.
     */
    private Span afterRank(Span span) {
        java.util.regex.Matcher m = RANK.matcher(text.view()).region(span.start(), span.end());
        int after = span.start();
        while (m.find()) {
            // (前20强|恒瑞…: a rank's number and 强 end it, though the segmenter joined 强 to the name after it)
            if (span.end() - m.end() >= 4 && (text.isTokenBoundary(m.end()) || m.group().endsWith("强"))) {
                after = m.end();
            }
        }
        if (after == span.start()) {
            return span;
        }
        String suffix = Lexicons.PROJECT_SUFFIXES.suffixAt(text.view(), span.end());
        boolean named = suffix == null || ProjectRecognizer.isProjectName(text, after, span.end() - suffix.length());
        return named ? new Span(after, span.end()) : span;
    }

    /**
     * 某县民营企业|某某钢管集团, 建设主体|某某化学集团: the kind or the role said before the company's name is no part of it;
     * the name starts after it.
     */
    private Span afterKindOfCompany(Span span) {
        java.util.regex.Matcher m = KIND_OF_COMPANY.matcher(text.view()).region(span.start(), span.end());
        int after = span.start();
        while (m.find()) {
            if (span.end() - m.end() >= 4 && roleEnds(m) && brandLeft(text.slice(m.end(), span.end()))) {
                after = m.end();
            }
        }
        return after == span.start() ? span : new Span(after, span.end());
    }

    /**
     * What is left after the kind names a company of its own: a brand before its trades and legal form (某某钢管集团), not
     * trades and a legal form only (某某上市企业|服务有限公司: the kind's words are the company's own).
     */
    private static boolean brandLeft(String rest) {
        String s = rest;
        String suffix = Lexicons.ENTERPRISE_SUFFIXES.suffixAt(s, s.length());
        if (suffix != null) {
            s = s.substring(0, s.length() - suffix.length());
        }
        for (String tail; !s.isEmpty() && (tail = Lexicons.INDUSTRY.suffixAt(s, s.length())) != null; ) {
            s = s.substring(0, s.length() - tail.length());
        }
        return s.length() >= 2;
    }

    private Span afterJoinedBody(Span span) {
        for (int k = span.end() - 3; k > span.start() + 1; k--) {
            if ("和与及".indexOf(text.charAt(k)) < 0) {
                continue;
            }
            if (text.isTokenBoundary(k) && text.isTokenBoundary(k + 1)
                    && (Lexicons.ORGANIZATION_SUFFIXES.suffixAt(text.view(), k) != null
                        || Lexicons.ENTERPRISE_SUFFIXES.suffixAt(text.view(), k) != null
                        || text.tokenAt(k - 1) != null && text.tokenAt(k - 1).tag().startsWith("nt"))) {
                return new Span(k + 1, span.end());
            }
            String zone = Lexicons.PARK_SUFFIXES.suffixAt(text.view(), k);
            if (zone != null && zone.length() >= 3) {
                return new Span(k + 1, span.end()); // a zone's word of three characters or more ends a name, whatever 区和 was read as
            }
        }
        return span;
    }

    /** Records {@code span} as another name of {@code e}. */
    public void alias(Entity e, Span span) {
        e.addName(text.originalSlice(span));
        e.addMention(span);
    }

    private static boolean compatible(Entity e, EntityType t) {
        if (t.isPerson() || e.type().isPerson()) {
            if (!(t.isPerson() && e.type().isPerson())) {
                return false;
            }
            // a reporter is never an official; an official named later without a title stays one
            return (t == EntityType.REPORTER) == e.is(EntityType.REPORTER);
        }
        return true;
    }

    /** Whether some mention already covers part of {@code span}. */
    public boolean claimed(Span span) {
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (m.overlaps(span)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a longer mention of one of {@code types} holds {@code s}: a name inside another's name. */
    public boolean insideLonger(Span s, EntityType... types) {
        for (Entity e : entities) {
            if (java.util.Arrays.stream(types).noneMatch(e::is)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.contains(s) && m.length() > s.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Entities mentioned within a span, in text order of their first mention there. */
    public List<Entity> within(Span s, EntityType type) {
        List<Entity> out = new ArrayList<>();
        List<int[]> order = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (!e.is(type)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (s.contains(m)) {
                    order.add(new int[] {m.start(), i});
                }
            }
        }
        order.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] o : order) {
            Entity e = entities.get(o[1]);
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The span of the mention of {@code type} nearest before {@code offset} within {@code s}. */
    public Optional<Entity> nearestBefore(int offset, Span s, EntityType type) {
        Entity best = null;
        int bestStart = -1;
        int bestEnd = -1;
        for (Entity e : entities) {
            if (!e.is(type)) {
                continue;
            }
            for (Span m : e.mentions()) {
                // of two names opening at one place (甲产业园|新建八期项目), the whole one: the shorter is its part
                if (s.contains(m) && m.end() <= offset && (m.start() > bestStart || m.start() == bestStart && m.end() > bestEnd)) {
                    best = e;
                    bestStart = m.start();
                    bestEnd = m.end();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
