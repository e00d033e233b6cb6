package org.localkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Identity across articles: the same name, or a name without its place in that place; nothing less. */
class NameClaimTest {
    private final EntityRegistry registry = new EntityRegistry();

    /** The canonical key of a park known by {@code names} in an article in {@code place}. */
    private String park(String place, String... names) {
        return registry.resolve(NameClaim.ofNames("thing|" + Names.key(names[0]),
                List.of(names).stream().map(Names::key).toList(), true, place));
    }

    private static String code(String region) {
        return Places.ofArticle(region, null, null);
    }

    @Test
    void parksOfTwoCountiesThatShareANameAfterTheirPlaceAreTwo() {
        String a = park(code("荔波县"), "荔波智能制造产业园");
        String b = park(code("靖宇县"), "靖宇智能制造产业园");
        assertNotEquals(a, b);
        // and either again is itself
        assertEquals(a, park(code("荔波县"), "荔波智能制造产业园"));
        assertEquals(b, park(null, "靖宇智能制造产业园"));
    }

    @Test
    void aNameWithoutItsPlaceIsTheOneOfThatPlaceInAnArticleThere() {
        String full = park(code("常州市"), "常州西太湖科技产业园");
        assertEquals(full, park(code("武进区"), "西太湖科技产业园"), "an article in 武进, which is in 常州");
        assertEquals(full, park(null, "常州西太湖科技产业园", "西太湖科技产业园"), "the alias the article states");
    }

    @Test
    void zonesOfACityAndOfACountyInItAreTwo() {
        String city = park(code("临汾市"), "临汾经济开发区");
        assertNotEquals(city, park(code("临汾市"), "侯马经济开发区"));
        assertNotEquals(city, park(code("武进区"), "武进国家高新区"));
    }

    @Test
    void aNameWithoutItsPlaceIsNoParkOfAnotherPlace() {
        String full = park(code("常州市"), "常州西太湖科技产业园");
        assertNotEquals(full, park(code("荔波县"), "西太湖科技产业园"));
    }

    @Test
    void theNameWithoutAPlaceFirstFindsTheParkNamedInFullLater() {
        String bare = park(code("阳曲县"), "大盂产业新城");
        assertEquals(bare, park(code("太原市"), "阳曲大盂产业新城"));
    }

    @Test
    void aNameWithoutAPlaceInACityOfTwoSuchParksIsNeither() {
        String wujin = park(code("武进区"), "武进绿色建筑产业园");
        String xinbei = park(code("新北区"), "新北绿色建筑产业园");
        assertNotEquals(wujin, xinbei);
        String bare = park(code("常州市"), "绿色建筑产业园");
        assertNotEquals(wujin, bare);
        assertNotEquals(xinbei, bare);
    }

    @Test
    void spellingVariantsAreOneWithinAPlaceOnly() {
        String first = park(code("武进区"), "长江低碳循环创新研谷");
        assertEquals(first, park(code("常州市"), "长江低碳循环研创谷"), "武进 is in 常州");
        assertNotEquals(first, park(code("荔波县"), "长江低碳循环创新谷"), "one character apart, in another place");
        assertNotEquals(first, park(null, "长江低碳循环创新谷"), "nor where the place is unknown");
    }

    @Test
    void theSameNameIsOneEntityWherever() {
        assertEquals(park(code("武进区"), "“两湖”创新区"), park(code("荔波县"), "两湖创新区"));
    }

    @Test
    void aNameThePageGivesWithItsPlaceElsewhereIsThatPlacesOne() {
        var onPage = NameClaim.placesOfNames(List.of("鸡东县德普环境资源有限公司", "德普环境资源有限公司", "七台河市某某集团"));
        String report = registry.resolve(NameClaim.onPage(NameClaim.ofNames("thing|德普环境资源有限公司",
                List.of("德普环境资源有限公司"), false, code("七台河市")), List.of("德普环境资源有限公司"), onPage));
        String caption = registry.resolve(NameClaim.ofNames("thing|鸡东县德普环境资源有限公司", List.of("鸡东县德普环境资源有限公司"), false, null));
        assertEquals(report, caption);
        // on a page that gives one rest two places, neither
        assertEquals(java.util.Map.of(), NameClaim.placesOfNames(List.of("鸡东县德普环境资源有限公司", "虎林市德普环境资源有限公司")));
    }

    @Test
    void anArticleIsWhereItsPaperIsOrWhereItMostlySays() {
        assertEquals(code("常州市"), Places.ofArticle("常州", "荔波县委书记到访。", null));
        assertEquals(code("荔波县"), Places.ofArticle(null, "昨天，荔波县召开大会，荔波县委书记讲话。常州客商出席。", null));
        assertEquals(code("靖宇县"), Places.ofArticle(null, "本报讯 昨天召开大会。", "靖宇县新闻"));
        assertEquals(null, Places.ofArticle(null, "本报讯 昨天召开大会。", "新闻"));
    }
}
