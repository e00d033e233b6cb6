package org.localkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localkg.nlp.Token;

/**
 * A base where others build is a park: 在某某汽车产业基地建设甲项目, 拟在某区某某产业基地核心区建设乙. After 在, a
 * name ending in 产业基地 (or 工业基地) that names a place, then a verb of building or settling and its object,
 * maybe after the base's part (核心区, 园区). A base a company names (某集团在某集团某某产业基地新建…) or that is itself
 * built (在某产业基地建设中, 建设过程中) is none; the project rules read it.
 */
final class BasesBuiltIn {
    /** The verbs of building that put works in a place, as words of their own (a list: joined into patterns in order). */
    static final List<String> BUILDING_VERBS = List.of("建设", "新建", "兴建", "投建", "打造", "投资建设", "开工建设", "启动建设");

    /** 在, the base's own words (no mark, no 的) and its word, a part of it, then the verb. */
    private static final Pattern BUILT_IN = Pattern.compile(
            "在([^，。；、,;:：()（）\\s的在]{2,14}?(?:产业|工业)基地)(?:核心区|园区|内)?(?:投资|开工|启动)?(建设|新建|兴建|投建|打造|落户|布局)");
    /**
     * What follows the verb when the base itself is being built or spoken of: 建设中，, 建设过程中, 建设方面 (not 建设的甲项目,
     * 建设了两条生产线, 建设中试线: works built there).
     */
    private static final Pattern ITSELF_BUILT = Pattern.compile("^(?:(?:中|上|工作)(?=[，,。；;的]|取得|$)|过程|方面|情况|进度)");
    /** A count or a pointing word in the base's words: a kind of base or one pointed at, no name. */
    private static final Pattern NO_NAME = Pattern.compile("[这那该各全两几多]|\\d|一批|一些");
    /** A division's name the gazetteer may not hold, by its word: 某某县, 某某镇 (not 园区, 城区: no 区 here). */
    private static final Pattern DIVISION_OPENING = Pattern.compile("\\p{IsHan}{2,4}?[省市县镇乡旗]");
    /** A verb of building among the base's words (在园区建设某某产业基地, 在全市推进某产业基地): a clause, no name. */
    private static final Pattern BUILDING_INSIDE = Pattern.compile("建设|新建|建成|推进|推动|打造|发展|引进|规划|筹建");

    private BasesBuiltIn() {}

    static void recognize(ArticleText t, ArticleFacts facts) {
        Matcher m = BUILT_IN.matcher(t.view());
        while (m.find()) {
            Span base = new Span(m.start(1), m.end(1));
            String words = t.slice(base.start(), base.end() - 4);
            if (!t.isTokenBoundary(base.start()) || facts.claimed(base) || NO_NAME.matcher(words).find()
                    || ITSELF_BUILT.matcher(t.view()).region(m.end(), t.length()).lookingAt()
                    || !(NameChecks.namesPlace(t, base.start(), base.end() - 4) || DIVISION_OPENING.matcher(words).lookingAt())
                    || namedByCompany(t, facts, base) || verbInside(t, base)) {
                continue;
            }
            facts.mention(EntityType.PARK, base);
        }
    }

    /** A company of the sentence names the base (某集团在某某光伏产业基地…, 某某集团的产业基地): its own works. */
    private static boolean namedByCompany(ArticleText t, ArticleFacts facts, Span base) {
        String words = org.localkg.resolve.Names.key(t.slice(base.start(), base.end()));
        for (Entity e : facts.within(t.sentenceAt(base.start()), EntityType.ENTERPRISE)) {
            for (String k : e.keys()) {
                for (String form : ShortNames.of(k, EntityType.ENTERPRISE)) {
                    if (form.length() >= 2 && words.startsWith(org.localkg.resolve.Names.key(form))) {
                        return true;
                    }
                }
                if (words.startsWith(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean verbInside(ArticleText t, Span base) {
        Matcher m = BUILDING_INSIDE.matcher(t.view()).region(base.start(), base.end());
        while (m.find()) {
            Token tk = t.tokenAt(m.start());
            if (tk != null && tk.start() == m.start() && tk.tag().startsWith("v")) {
                return true;
            }
        }
        return false;
    }
}
