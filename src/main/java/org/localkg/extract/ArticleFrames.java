package org.localkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.localkg.extract.ArticleFrame.Event;

/**
 * Finds an article's frame ({@link ArticleFrame}) from its title and lead, once, for the rules that
 * need what the article is about.
 * <ul>
 *   <li>The event: the first of inspection (an official and 调研, 考察 …), signing, ground-breaking,
 *       completion or meeting that the title, else the lead, reports.</li>
 *   <li>The park, in this order: the lead's subject (a park the lead opens with, after its date or
 *       dateline: 3月23日，某某开发区28个项目集中开工); the only park the title names; the park where
 *       the event is held (在某某产业园举行…签约); the park the lead names that the whole article names
 *       most, at least three times and twice as often as any other; else the only park the article
 *       names at all, for the projects it names after that park (flagged {@link ArticleFrame#parkOnlyNamed()}).</li>
 *   <li>The company: the only one the title names.</li>
 * </ul>
 */
final class ArticleFrames implements Stage {
    private static final Pattern INSPECT = Pattern.compile("(?=[调考视察督检走观])(?:调研|" + Visits.WRITTEN_OUT + "|考察|视察|察看|督查|督导|检查|走访|观摩)");
    static final Pattern SIGN = Pattern.compile("签约|签订|签署");
    private static final Pattern START = Pattern.compile("开工|奠基|开复工|动工|开建");
    private static final Pattern COMPLETE = Pattern.compile("竣工|投产|投用|建成");
    private static final Pattern MEETING = Pattern.compile("会议|调度会|推进会|座谈会|现场会|观摩会|发布会|说明会");
    /**
     * What may stand before a lead's subject: a date, a time, a dateline, a few function words, where
     * the reporter learnt it (记者从某委获悉，), and what the subject is as (作为某新区二级园区的|某园).
     */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^[\\s　]*(?:[^，。,]{0,30}(?:讯|电)(?:[(（][^)）]{0,30}[)）])?)?[\\s　]*(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?"
                    + "(?:上午|下午|晚上)?[，,\\s]*(?:近日|日前|目前|当天|今天|昨天|昨日|今年|近年来|据悉|据了解|据介绍)?[，,\\s]*"
                    + "(?:记者(?:从[^，。,]{2,20}?)?(?:获悉|了解到)[，,\\s]*)?(?:作为[^，。,]{2,24}?的)?$");
    private static final Pattern EVENTFUL = Pattern.compile("项目|工程|签约|开工|竣工|投产|调研|考察|视察|察看");
    private static final Pattern EVENT_AT = Pattern.compile(
            "^[^，。,;；]{0,12}?(?:举行|举办|召开)?[^，。,;；]{0,12}?(?:集中签约|集中开工|集中竣工|签约|开工|竣工|投产|举行|举办|召开)");

    @Override
    public String name() {
        return "frame";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.OFFICIALS, Layer.ORGANIZATIONS, Layer.PROJECTS, Layer.COREFERENCE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.FRAME);
    }

    @Override
    public void apply(ArticleText text, ArticleFacts facts, LocalDate articleDate) {
        facts.frame(find(text, facts));
    }

    static ArticleFrame find(ArticleText t, ArticleFacts facts) {
        Span title = new Span(0, Math.min(t.article().bodyStart(), t.length()));
        Span lead = lead(t);
        Event event = event(t, facts, title);
        if (event == Event.REPORT) {
            event = event(t, facts, lead);
        }
        if (event == Event.REPORT) {
            // a preamble first (春天是…。面对新常态，…。): the news starts at the first sentence that says when
            Span dated = datedSentence(t, lead.end());
            if (dated != null) {
                event = event(t, facts, dated);
            }
        }
        Entity park = null;
        Span parkEvidence = null;
        Span subject = leadSubject(t, facts, lead);
        if (subject != null) {
            park = parkAt(facts, subject);
            parkEvidence = t.sentenceAt(subject.start());
        }
        if (park == null) {
            List<Entity> inTitle = parks(facts, title);
            if (inTitle.size() == 1) {
                park = inTitle.get(0);
                parkEvidence = title;
            }
        }
        if (park == null) {
            Span at = eventPark(t, facts);
            if (at != null) {
                park = parkAt(facts, at);
                parkEvidence = t.sentenceAt(at.start());
            }
        }
        if (park == null) {
            park = dominant(facts, lead);
            if (park != null) {
                Entity p = park;
                parkEvidence = t.sentenceAt(p.mentions().stream().filter(lead::contains).findFirst().orElseThrow().start());
            }
        }
        boolean onlyNamed = false;
        if (park == null) {
            // the article names one park and no other: its projects named after it stand in it
            List<Entity> all = parks(facts, new Span(0, t.length()));
            all.removeIf(facts::namedInPostsOnly); // 某实验区管委会产业部部长: where an official works, not where the works stand
            if (all.size() == 1 && !beingBuilt(t, all.get(0))) {
                park = all.get(0);
                parkEvidence = t.sentenceAt(park.mentions().stream().mapToInt(Span::start).min().getAsInt());
                onlyNamed = true;
            }
        }
        if (park != null) {
            // 某开发区 in the title, 某经济技术开发区某集聚区 in the lead: the article is about the park the zone holds
            Entity held = heldInLead(facts, park, lead);
            if (held != null) {
                park = held;
                Entity h = held;
                parkEvidence = t.sentenceAt(h.mentions().stream().filter(lead::contains).findFirst().orElseThrow().start());
            }
        }
        Entity enterprise = null;
        Span enterpriseEvidence = null;
        List<Entity> companies = new ArrayList<>();
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.ENTERPRISE) && !e.is(EntityType.PROJECT) && e.mentions().stream().anyMatch(title::contains)) {
                companies.add(e);
            }
        }
        if (companies.size() == 1 && title.length() > 0) {
            enterprise = companies.get(0);
            enterpriseEvidence = title;
        }
        return new ArticleFrame(event, park, parkEvidence, enterprise, enterpriseEvidence, onlyNamed);
    }

    /** The first two sentences of the body's prose (a dateline sentence is one of them), past a web page's lines before it. */
    static Span lead(ArticleText t) {
        int start = proseStart(t, Math.min(t.article().bodyStart(), t.length()));
        if (start >= t.length()) {
            return new Span(start, start);
        }
        Span first = t.sentenceAt(start);
        int end = first.end();
        if (end < t.length()) {
            end = t.sentenceAt(Math.min(t.length() - 1, end + (t.charAt(end) == '\n' ? 1 : 0))).end();
        }
        return new Span(start, Math.max(start, end));
    }

    /** A sentence's end: a line holding one is prose, not a page's menu, headline or source line. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[。！？!?]");

    /**
     * Where the body's prose starts: past the lines before it that end no sentence (a web page's menus, a
     * headline, 来源 and print links), when a line that does follows within the article's first 1,500 characters.
     */
    private static int proseStart(ArticleText t, int start) {
        String v = t.view();
        int at = start;
        while (at < t.length() && at - start < 1500) {
            int eol = v.indexOf('\n', at);
            int lineEnd = eol < 0 ? t.length() : eol;
            if (SENTENCE_END.matcher(v).region(at, lineEnd).find()) {
                return at == start ? start : skipBlank(v, at);
            }
            if (eol < 0) {
                break;
            }
            at = eol + 1;
        }
        return start;
    }

    private static int skipBlank(String v, int at) {
        while (at < v.length() && Character.isWhitespace(v.charAt(at))) {
            at++;
        }
        return at;
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}月\\d{1,2}日");

    /** The first sentence after {@code from}, within the article's first 800 characters, that gives a day. */
    private static Span datedSentence(ArticleText t, int from) {
        java.util.regex.Matcher m = DAY.matcher(t.view()).region(Math.min(from, t.length()),
                Math.min(t.length(), t.article().bodyStart() + 800));
        return m.find() ? t.sentenceAt(m.start()) : null;
    }

    private static Event event(ArticleText t, ArticleFacts facts, Span s) {
        if (s.length() == 0) {
            return Event.REPORT;
        }
        String text = t.slice(s.start(), s.end());
        boolean official = facts.entities().stream().anyMatch(e -> e.is(EntityType.OFFICIAL)
                && e.mentions().stream().anyMatch(s::contains));
        if (INSPECT.matcher(text).find() && (official || s.start() == 0)
                && !Visits.signingTrip(text)) { // (a trip that signed projects)
            return Event.INSPECTION;
        }
        if (SIGN.matcher(text).find()) {
            return Event.SIGNING;
        }
        if (START.matcher(text).find()) {
            return Event.GROUNDBREAKING;
        }
        if (COMPLETE.matcher(text).find()) {
            return Event.COMPLETION;
        }
        return MEETING.matcher(text).find() ? Event.MEETING : Event.REPORT;
    }

    /** The first park mention in a lead sentence with nothing but a date, a dateline or a time word before it. */
    private static Span leadSubject(ArticleText t, ArticleFacts facts, Span lead) {
        Span best = null;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (!lead.contains(m)) {
                    continue;
                }
                Span sentence = t.sentenceAt(m.start());
                // the subject of the article's event: its sentence speaks of projects or of the event
                boolean eventful = EVENTFUL.matcher(t.slice(sentence.start(), sentence.end())).find()
                        && (m.end() >= t.length() || t.charAt(m.end()) != '的'); // 甲园的乙项目: the project's park
                if (eventful && LEAD_IN.matcher(t.slice(sentence.start(), m.start())).matches()
                        && (best == null || m.start() < best.start())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** 到某某园区调研, 来某开发区考察: the park an inspection goes to, the verb right after it. */
    private static final Pattern INSPECTED_AT = Pattern.compile("(?:调研|" + Visits.WRITTEN_OUT + "|考察|视察|督查|督导|检查|观摩)(?![团组队])");

    /** 在某某产业园举行…集中签约, 到某某园区调研: the park where the article's event is held. */
    private static Span eventPark(ArticleText t, ArticleFacts facts) {
        Span found = null;
        Entity which = null;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT)) {
                continue;
            }
            for (Span m : e.mentions()) {
                String after = t.slice(m.end(), Math.min(t.length(), m.end() + 30));
                if (m.start() > 0 && ((t.charAt(m.start() - 1) == '在' || inWhereItLies(t, m.start())) && EVENT_AT.matcher(after).find()
                        || ("在到赴".indexOf(t.charAt(m.start() - 1)) >= 0 || comeAsAWord(t, m.start())) && INSPECTED_AT.matcher(after).lookingAt())) {
                    if (which != null && which != e) {
                        if (found.start() == m.start()) {
                            // 在某高新区|某产业园举行: the zone and the park it holds, one place; the park is the narrower
                            if (m.end() > found.end()) {
                                which = e;
                                found = m;
                            }
                            continue;
                        }
                        return null; // two parks hold events: which one the article is about is unknown
                    }
                    which = e;
                    found = found == null ? m : found;
                }
            }
        }
        return found;
    }

    /** 在位于某县的|某经济区: 在, then where the park lies, right before {@code at}. */
    private static final Pattern IN_WHERE_IT_LIES = Pattern.compile("在(?:位于|地处)[^，。,;；]{1,12}的$");

    private static boolean inWhereItLies(ArticleText t, int at) {
        return t.charAt(at - 1) == '的' && IN_WHERE_IT_LIES.matcher(t.view()).region(Math.max(0, at - 17), at).find();
    }

    /** 来 as a word of its own right before {@code at} (来|开发区考察; not 迎来, 以来), or a going verb of two characters (深入, 走进). */
    private static boolean comeAsAWord(ArticleText t, int at) {
        org.localkg.nlp.Token come = t.tokenAt(at - 1);
        return come != null && come.end() == at && (come.start() == at - 1 && come.text().equals("来")
                || come.text().length() >= 2 && Lexicons.GOING_VERBS.contains(come.text())); // 深入|某开发区调研, 走进…
    }

    /** The park the lead names that the article names at least three times and twice as often as any other. */
    private static Entity dominant(ArticleFacts facts, Span lead) {
        Entity best = null;
        int bestCount = 0;
        int second = 0;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT)) {
                continue;
            }
            int n = e.mentions().size();
            if (n > bestCount) {
                second = bestCount;
                best = e;
                bestCount = n;
            } else {
                second = Math.max(second, n);
            }
        }
        if (best == null || bestCount < 3 || bestCount < 2 * second || best.mentions().stream().noneMatch(lead::contains)) {
            return null;
        }
        return best;
    }

    /**
     * A ceremony of starting works right after a park's name: 暨某产业园奠基仪式, 为某产业园培土奠基, 某产业园开工仪式 (not
     * 某开发区开工建设项目30个, 开工率: the park as the place of works).
     */
    private static final Pattern FOUNDED = Pattern.compile("(?:培土|开工)?奠基(?:开工)?(?:仪式|典礼|(?!\\p{IsHan}))|(?:开工|动工|开建)(?:仪式|典礼)");

    /**
     * Whether the article starts building the park itself (暨某新区文化产业园奠基仪式): then the park is works the event
     * starts beside the others, not where the others stand.
     */
    private static boolean beingBuilt(ArticleText t, Entity park) {
        return park.mentions().stream().anyMatch(m -> FOUNDED.matcher(t.view()).region(m.end(), t.length()).lookingAt());
    }

    /** The parks named in {@code s}; a zone named only as the holder of another (某高新区|东山园区) is that other's. */
    private static List<Entity> parks(ArticleFacts facts, Span s) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PARK) && !e.is(EntityType.PROJECT) && e.mentions().stream().anyMatch(m -> s.contains(m)
                    && !heldWithin(facts, e, m))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The one park the lead names whose name holds a mention of {@code zone}; null when none, or several. */
    private static Entity heldInLead(ArticleFacts facts, Entity zone, Span lead) {
        Entity found = null;
        for (Entity o : facts.entities()) {
            if (o == zone || !o.is(EntityType.PARK) || o.is(EntityType.PROJECT)) {
                continue;
            }
            boolean holds = o.mentions().stream().anyMatch(om -> lead.contains(om) && zone.mentions().stream()
                    .anyMatch(zm -> om.contains(zm) && zm.start() == om.start() && om.length() > zm.length()));
            if (holds) {
                if (found != null) {
                    return null;
                }
                found = o;
            }
        }
        return found;
    }

    /**
     * The mention is part of a longer park's or project's name (某经开区某产业园, 某产业园新建项目): it names where
     * that one thing is, not the park the article is about.
     */
    private static boolean heldWithin(ArticleFacts facts, Entity zone, Span m) {
        return facts.entities().stream().anyMatch(o -> o != zone && (o.is(EntityType.PARK) || o.is(EntityType.PROJECT))
                && o.mentions().stream().anyMatch(om -> om.contains(m) && om.length() > m.length()));
    }

    private static Entity parkAt(ArticleFacts facts, Span m) {
        for (Entity e : facts.entities()) {
            if (e.is(EntityType.PARK) && e.mentions().contains(m)) {
                return e;
            }
        }
        return null;
    }

    /** For {@code kg explain}: the frame in words. */
    static String describe(ArticleFrame f) {
        return f.event() + (f.park() == null ? "" : " park=" + f.park().name())
                + (f.enterprise() == null ? "" : " enterprise=" + f.enterprise().name());
    }
}
