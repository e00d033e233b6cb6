package org.localkg.extract;

import java.util.regex.Pattern;
import org.localkg.resolve.Divisions;

/**
 * Parks a visited list (or one a clause opens with 在) names beside a park: an item that ends in the same head character as a sibling
 * the recognisers took for a park (走进某某科技园、某某数智园) is a park too, though its own ending is
 * no suffix the lexicon knows. The list's syntax says the items are alike; the shared head says
 * of which kind.
 */
final class ParkListRecognizer {
    /** Heads a park's name ends in, of which a sibling may share one. */
    private static final String PARK_HEADS = "园谷港";
    /** Places ending in the same head that are no parks of industry (公园, 幼儿园, 植物园 …). */
    private static final Pattern NO_PARK = Pattern.compile(
            "(?:公园|幼儿园|植物园|动物园|乐园|家园|校园|陵园|墓园|花园|果园|菜园|庄园|游乐园)$");

    private ParkListRecognizer() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        for (CoordinationList list : facts.lists()) {
            if (list.verb() == CoordinationList.Verb.VISIT && list.items().size() >= 2) {
                list.items().forEach(item -> brandedParkVisited(t, facts, item));
            }
        }
        for (CoordinationList list : facts.lists()) {
            boolean visited = list.verb() == CoordinationList.Verb.VISIT || placedAt(t, list);
            String heads = visited ? parkHeads(t, facts, list) : "";
            if (heads.isEmpty()) {
                continue;
            }
            for (Span item : list.items()) {
                String name = t.slice(item.start(), item.end());
                if (item.length() < 3 || item.length() > 12 || heads.indexOf(t.charAt(item.end() - 1)) < 0
                        || facts.claimed(item) || Divisions.get().isPlace(name) || !t.isTokenBoundary(item.start())
                        || NO_PARK.matcher(name).find() || !name.chars().allMatch(c -> ArticleText.isHan((char) c))) {
                    continue;
                }
                facts.mention(EntityType.PARK, item);
            }
        }
        for (CoordinationList list : facts.lists()) {
            sharedSuffix(t, facts, list);
        }
        for (CoordinationList list : facts.lists()) {
            if (list.verb() == CoordinationList.Verb.VISIT && namedItems(facts, list) >= 2) {
                for (Span item : list.items()) {
                    if (builtThingOfAPlace(t, facts, item)) {
                        facts.mention(EntityType.PROJECT, item);
                    } else {
                        marketInAPark(t, facts, item);
                    }
                }
            }
        }
    }

    /**
     * 建立甲工业园区、乙工业园区、丙工业园区: items that all end in one park suffix of two characters or
     * more, one of them a park already, are parks, each named by what it holds (冶金, 煤化工) as its
     * siblings are; the verbs the first item opens with are the list's, not the name's.
     */
    private static void sharedSuffix(ArticleText t, ArticleFacts facts, CoordinationList list) {
        if (list.items().size() < 3) {
            return;
        }
        String suffix = null;
        boolean onePark = false;
        for (Span item : list.items()) {
            String name = t.slice(item.start(), item.end());
            String s = Lexicons.PARK_SUFFIXES.suffixAt(name, name.length());
            if (s == null || s.length() < 2 || suffix != null && !suffix.equals(s)) {
                return;
            }
            suffix = s;
            onePark |= facts.within(item, EntityType.PARK).stream().anyMatch(p -> p.mentions().stream().anyMatch(m -> m.end() == item.end()));
        }
        if (!onePark) {
            return;
        }
        for (Span item : list.items()) {
            int start = item.start();
            for (org.localkg.nlp.Token first = t.tokenAt(start); first != null && first.start() == start && first.tag().startsWith("v")
                    && item.end() - first.end() >= suffix.length() + 2; first = t.tokenAt(start)) {
                start = first.end();
            }
            Span name = new Span(start, item.end());
            int modifier = name.length() - suffix.length();
            if (modifier >= 2 && modifier <= 6) {
                forgetMisreadBoundary(facts, list, name);
            }
            if (modifier >= 2 && modifier <= 6 && !facts.claimed(name) && t.isTokenBoundary(start)
                    && t.slice(start, item.end()).chars().allMatch(c -> ArticleText.isHan((char) c))
                    && !Divisions.get().isRegion(t.slice(start, item.end()))) {
                facts.mention(EntityType.PARK, name);
            }
        }
    }

    /**
     * 一体建设|甲产业园、乙产业园、战略性|丙产业园: a park's name that runs back over the list's opening verb,
     * or starts inside its item, read where the suffix rules could not see the list; the siblings say
     * where each name starts, so that mention gives way to the item's.
     */
    private static void forgetMisreadBoundary(ArticleFacts facts, CoordinationList list, Span name) {
        for (Entity e : new java.util.ArrayList<>(facts.entities())) {
            for (Span m : new java.util.ArrayList<>(e.mentions())) {
                if (!m.overlaps(name)) {
                    continue;
                }
                boolean overOpener = list.opener() != null && m.start() <= list.opener().start() && m.end() == name.end();
                boolean inside = m.start() > name.start() && m.end() == name.end();
                if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT) || !overOpener && !inside) {
                    return; // another name there: the item is not one park's to claim
                }
            }
        }
        for (Entity e : new java.util.ArrayList<>(facts.entities())) {
            for (Span m : new java.util.ArrayList<>(e.mentions())) {
                if (m.overlaps(name) && facts.entities().contains(e)) {
                    facts.forget(e, m);
                }
            }
        }
    }

    /** Words of a park of industry or trade that, after a proper name, name one park (not 公园, 园区 alone). */
    private static final java.util.Set<String> PARKS_OF_TRADE = java.util.Set.of(
            "产业园", "工业园", "科技园", "物流园", "创业园", "软件园", "孵化园", "产业园区", "工业园区", "科技园区", "物流园区");

    /**
     * 先后来到甲国际物流园、乙玉石加工基地、丙国际物流园: an item of a visited list that is a proper name (what is left
     * once generic words go: 甲, not 国际) and a park's word of industry or trade is a park, though no place
     * opens its name: the visit's list says it is a site, the word of which kind.
     */
    private static void brandedParkVisited(ArticleText t, ArticleFacts facts, Span item) {
        String name = t.slice(item.start(), item.end());
        String suffix = Lexicons.PARK_SUFFIXES.suffixAt(name, name.length());
        if (suffix == null || !PARKS_OF_TRADE.contains(suffix) || name.length() - suffix.length() < 2 || name.length() > 12
                || facts.claimed(item) || !t.isTokenBoundary(item.start()) || !name.chars().allMatch(c -> ArticleText.isHan((char) c))
                || Divisions.get().isPlace(name) || NO_PARK.matcher(name).find()) {
            return;
        }
        String own = NameChecks.specific(name.substring(0, name.length() - suffix.length()));
        if (own.length() >= 2 && own.length() <= 4 && !Lexicons.INDUSTRY.contains(own) && t.dictionaryTags(own).isEmpty()
                && !NOT_A_BRAND.matcher(own).find() && brandWords(t, item.start(), item.end() - suffix.length())) {
            facts.mention(EntityType.PARK, item);
        }
    }

    /** What no brand holds: 的 and its like (某某创办的科技园), a level or a number (镇级, 二号, 一期). */
    private static final Pattern NOT_A_BRAND = Pattern.compile("[的之中了级号期\\d一二三四五六七八九十百千万两]");

    /**
     * The words before a park's word open with a brand's: a name (瑞达/nr), or two single characters the segmenter does
     * not know together (锦|达); not a word of the language (生物|医药, 装备|制造), nor a single modifier before one (新|材料).
     */
    private static boolean brandWords(ArticleText t, int start, int end) {
        org.localkg.nlp.Token first = t.tokenAt(start);
        if (first == null || first.start() != start || first.end() > end) {
            return false;
        }
        if (CoordinationLists.nameTag(first)) {
            return true;
        }
        org.localkg.nlp.Token second = t.tokenAt(first.end());
        return first.text().length() == 1 && second != null && second.start() == first.end() && second.end() <= end
                && (second.text().length() == 1 || CoordinationLists.nameTag(second));
    }

    /** Items of the list that the recognisers named whole (a company, a park, a project). */
    private static long namedItems(ArticleFacts facts, CoordinationList list) {
        return list.items().stream().filter(i -> facts.entities().stream().anyMatch(e -> !e.type().isPerson()
                && e.type() != EntityType.ORGANIZATION && e.mentions().contains(i))).count();
    }

    /**
     * 深入甲公司、某市赛车小镇、乙产业园: among visited companies and parks, an item named after its place
     * that ends in a built thing's word (小镇, 中心, 基地) is a project visited, though no suffix of a
     * project's ends it.
     */
    private static boolean builtThingOfAPlace(ArticleText t, ArticleFacts facts, Span item) {
        String name = t.slice(item.start(), item.end());
        String region = Divisions.get().regionAt(t.view(), item.start());
        String built = Lexicons.FACILITY_SUFFIXES.suffixAt(name, name.length());
        return item.length() >= 5 && item.length() <= 14 && !facts.claimed(item) && region != null && built != null
                && built.length() >= 2 && name.length() - region.length() - built.length() >= 2
                && name.chars().allMatch(c -> ArticleText.isHan((char) c)) && t.isTokenBoundary(item.start())
                && !Divisions.get().isPlace(name) && !NO_PARK.matcher(name).find();
    }

    /** A park named by a word of two or three characters and 园区, then a market or centre built in it. */
    private static final Pattern PARK_AND_MARKET = Pattern.compile(
            "(\\p{IsHan}{2,3}园区)\\p{IsHan}{4,14}(?:批发市场|交易市场|专业市场|物流中心|交易中心)");
    /** Words before 园区 that name no park of their own: 该园区, 工业园区, 各园区. */
    private static final Pattern NO_PARK_NAME = Pattern.compile("^(?:[该各本全此一][^园]*|.*[业型])园区$");

    /**
     * 深入甲园区冷冻农副产品批发交易市场、乙物流园…: among visited parks, an item naming a park (甲园区) and
     * then a market or centre is that market, a project built in the park, and the park.
     */
    private static void marketInAPark(ArticleText t, ArticleFacts facts, Span item) {
        java.util.regex.Matcher m = PARK_AND_MARKET.matcher(t.view()).region(item.start(), item.end());
        if (!m.matches() || !t.isTokenBoundary(item.start()) || NO_PARK_NAME.matcher(m.group(1)).matches()
                || Divisions.get().isPlace(m.group(1))) {
            return;
        }
        Span parkName = new Span(item.start(), m.end(1));
        for (Entity e : facts.entities()) {
            for (Span x : e.mentions()) {
                if (x.overlaps(item) && !(x.equals(parkName) && e.is(EntityType.PARK) && !e.is(EntityType.PROJECT))) {
                    return; // a name the recognisers read there otherwise
                }
            }
        }
        Entity park = facts.mention(EntityType.PARK, parkName);
        Entity project = facts.mention(EntityType.PROJECT, item);
        if (park != null && project != null && park != project) {
            ProjectListRecognizer.link(facts.parks, project, park, item);
        }
    }

    /** 在甲园、乙园和丙园，某某察看…: a list that a clause opens with 在, the places where what follows happens. */
    private static boolean placedAt(ArticleText t, CoordinationList list) {
        int s = list.extent().start();
        int e = list.extent().end();
        return s >= 1 && t.charAt(s - 1) == '在' && (s == 1 || CLAUSE_OPENERS.indexOf(t.charAt(s - 2)) >= 0)
                && e < t.length() && (t.charAt(e) == '，' || t.charAt(e) == ',');
    }

    private static final String CLAUSE_OPENERS = "，,。；;：:\n ";

    /** The head characters of the list's items that are parks already. */
    private static String parkHeads(ArticleText t, ArticleFacts facts, CoordinationList list) {
        StringBuilder heads = new StringBuilder();
        for (Span item : list.items()) {
            char last = t.charAt(item.end() - 1);
            if (PARK_HEADS.indexOf(last) >= 0 && facts.within(item, EntityType.PARK).stream()
                    .anyMatch(p -> p.mentions().stream().anyMatch(m -> m.end() == item.end()))) {
                heads.append(last);
            }
        }
        return heads.toString();
    }
}
