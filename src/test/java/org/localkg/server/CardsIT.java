package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.bench.SyntheticCorpus;

/**
 * The summary cards of inspections, memberships, posts, organisations, enterprises and articles,
 * and the paging of mentions, over real HTTP on a real store: the dated generated pages of
 * {@code kg demo --dated}, the dated pages of two papers written for the tests (an enterprise
 * with projects in two parks), and three dated pages that mention one park in 91 sentences (one
 * headline they share, thirty sentences of their own each).
 */
class CardsIT {
    static final Path PAPERS = Path.of("src/test/resources/org/localkg/dated");
    static final Pattern QUOTE = Pattern.compile("<blockquote>(.*?)</blockquote>", Pattern.DOTALL);
    @TempDir
    static Path dir;
    static ServedPages served;

    @BeforeAll
    static void start() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        SyntheticCorpus.dated(3, LocalDate.of(2024, 1, 1), 3).write(pages.resolve("generated"), 20);
        // one park in thirty sentences of its own on each of three pages, written in another order than their dates
        String[] dates = {"2024-03-01", "2024-01-01", "2024-02-01"};
        for (int f = 0; f < 3; f++) {
            StringBuilder page = new StringBuilder("---\ndate: " + dates[f] + "\npaper: 星湖日报\n---\n星湖科技园建设提速\n\n"
                    + "本报讯（记者 许可）星湖科技园建设全面提速。");
            for (int n = 1 + 30 * f; n <= 30 * (f + 1); n++) {
                page.append("星湖科技园第").append(n).append("号标准厂房已完成主体施工。");
            }
            Files.writeString(Files.createDirectories(pages.resolve("xinghu")).resolve("page-" + f + ".txt"), page + "\n");
        }
        served = ServedPages.of(dir.resolve("store"), List.of(pages, PAPERS));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** The page's summary card, which it opens with. */
    static String card(String iri) throws Exception {
        String html = served.page(iri);
        PagesIT.noHashNoRawNumber(html);
        int at = html.indexOf("<section class=\"card\">");
        int facts = html.indexOf("<h2>事实 Facts</h2>");
        assertTrue(at > 0 && (facts < 0 || at < facts), "a card, before the facts: " + iri);
        return html.substring(at, html.indexOf("</section>", at));
    }

    static String link(String iri, String text) {
        return "<a href=\"" + ServedPages.path(iri) + "\">" + text + "</a>";
    }

    @Test
    void anInspectionsCardNamesWhoWhatWhenTheArticleAndItsSentence() throws Exception {
        List<String> i = served.select("SELECT ?i ?who ?name ?d ?a ?t WHERE { ?i a lkg:Inspection ; lkg:inspector ?who ; dct:date ?d ; "
                + "lkg:reportedIn ?a . ?who rdfs:label ?name . ?a dct:title ?t ; dct:publisher \"常州日报\"@zh } LIMIT 1").get(0);
        String card = card(i.get(0));
        assertTrue(card.contains(link(i.get(1), i.get(2))), "who: " + card);
        for (List<String> what : served.select("SELECT ?w ?l WHERE { <" + i.get(0) + "> lkg:inspected ?w . ?w skos:prefLabel ?l }")) {
            assertTrue(card.contains(link(what.get(0), what.get(1))), "what: " + what);
        }
        assertTrue(card.contains("<td>" + i.get(3) + "</td>"), "when: the inspection's own day");
        assertTrue(card.contains("《" + i.get(5) + "》") && card.contains("常州日报"), "the article and its paper");
        Matcher said = Pattern.compile("<blockquote class=\"said\">(.*?)</blockquote>").matcher(card);
        assertTrue(said.find(), "the sentence");
        assertTrue(said.group(1).contains("<mark>") && said.group(1).contains(i.get(2)), said.group(1));
    }

    @Test
    void aMembershipsCardNamesWhoWhichPostWhichOrganisationAndTheFirstAndLastReportOfThePost() throws Exception {
        List<String> m = served.select("SELECT ?m ?who ?name ?post ?title ?org ?orgName WHERE { ?m a org:Membership ; org:member ?who ; "
                + "lkg:post ?post ; org:organization ?org . ?who rdfs:label ?name . ?post lkg:postTitle ?title . ?org rdfs:label ?orgName } "
                + "ORDER BY ?m LIMIT 1").get(0);
        List<String> span = served.select("SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x lkg:post <"
                + m.get(3) + "> ; org:member <" + m.get(1) + "> ; lkg:reportedIn/dct:date ?d }").get(0);
        String card = card(m.get(0));
        assertTrue(card.contains(link(m.get(1), m.get(2))) && card.contains(link(m.get(3), m.get(4)))
                && card.contains(link(m.get(5), m.get(6))), card);
        assertTrue(card.contains("<td>" + span.get(0) + "</td><td>" + span.get(1) + "</td><td>" + span.get(2) + "</td>"),
                span + " in " + card);
        assertTrue(card.contains("<blockquote class=\"said\">"), "the sentence that reports the post");
    }

    @Test
    void aPostsAndAnOrganisationsCardListTheHoldersWithTheirFirstAndLastReport() throws Exception {
        // an organisation's card dates its posts by the reports of posts in it; a post's card, by all its reports
        String holders = "SELECT ?post ?who ?name (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { ?m lkg:post ?post ; org:member ?who ; "
                + "lkg:reportedIn/dct:date ?d ORG . ?who rdfs:label ?name } GROUP BY ?post ?who ?name ORDER BY ?post";
        String org = served.select("SELECT ?org WHERE { ?m org:organization ?org } ORDER BY ?org LIMIT 1").get(0).get(0);
        String orgCard = card(org);
        List<List<String>> inOrg = served.select(holders.replace("ORG", "; org:organization <" + org + ">"));
        assertFalse(inOrg.isEmpty());
        for (List<String> r : inOrg) {
            assertTrue(orgCard.contains(link(r.get(0), "区委书记") + "</td><td>" + link(r.get(1), r.get(2)) + "</td><td>" + r.get(3)
                    + "</td><td>" + r.get(4) + "</td>"), r + " on the organisation's card: " + orgCard);
        }
        List<String> post = served.select(holders.replace("ORG", "")).get(0);
        assertTrue(card(post.get(0)).contains(link(post.get(1), post.get(2)) + "</td><td>" + post.get(3) + "</td><td>" + post.get(4) + "</td>"),
                post + " on the post's card");
    }

    @Test
    void anEnterprisesCardTablesItsProjectsWithParkInvestmentAndStatusAndListsItsParks() throws Exception {
        String e = served.select("SELECT ?e WHERE { ?e a lkg:Enterprise ; skos:prefLabel \"江苏华腾精密机械有限公司\"@zh }").get(0).get(0);
        String card = card(e);
        assertTrue(card.contains("项目 Projects (2)"), card);
        for (String[] p : new String[][] {{"华腾精密机械项目", "武进经济开发区", "12亿元", "竣工"}, {"华腾智能装备项目", "湖塘科技产业园", "8亿元", "开工"}}) {
            Matcher row = Pattern.compile("<tr><td><a [^>]*>" + p[0] + "</a></td><td><a [^>]*>" + p[1] + "</a></td><td>" + p[2]
                    + "</td><td>" + p[3] + "</td>").matcher(card);
            assertTrue(row.find(), String.join(" ", p) + " in " + card);
        }
        assertTrue(card.contains("园区 Parks (2)"), "its parks");
        assertTrue(card.contains("调研 Inspections"), "the inspections that visited it");
        String generated = served.select("SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p lkg:enterprise ?e ; lkg:park ?k } GROUP BY ?e "
                + "ORDER BY DESC(?n) ?e LIMIT 1").get(0).get(0);
        for (List<String> p : served.select("SELECT ?l ?kl WHERE { ?p lkg:enterprise <" + generated + "> ; skos:prefLabel ?l ; lkg:park/skos:prefLabel ?kl }")) {
            assertTrue(card(generated).matches("(?s).*>" + p.get(0) + "</a></td><td>.*" + p.get(1) + ".*"), p.toString());
        }
    }

    @Test
    void anArticlesCardGivesItsPaperDateAndTheEntitiesItMentionsByKind() throws Exception {
        String a = served.select("SELECT ?a WHERE { ?a a lkg:Article ; lkg:sourceFile \"2024-09-10/A2.txt\" }").get(0).get(0);
        String card = card(a);
        assertTrue(card.contains("<th>出版者 publisher</th><td>常州日报</td>"), card);
        assertTrue(card.contains("<th>日期 date</th><td>2024-09-10</td>") && card.contains("<th>版次 page</th><td>A2</td>"), card);
        int officials = card.indexOf("<th>官员 Official");
        int enterprises = card.indexOf("<th>企业 Enterprise");
        int parks = card.indexOf("<th>园区 Park");
        assertTrue(officials > 0 && officials < enterprises && enterprises < parks, "grouped by kind, officials first");
        assertTrue(card.substring(officials, enterprises).contains(">赵立新</a>"));
        assertTrue(card.substring(enterprises, parks).contains(">江苏华腾精密机械有限公司</a>"));
        assertTrue(card.substring(parks).contains(">湖塘科技产业园</a>"));
    }

    @Test
    void mentionsArePagedFiftyAPageInDateOrderWithTheTotalAndNoSentenceTwice() throws Exception {
        String park = served.select("SELECT ?k WHERE { ?k a lkg:Park ; skos:prefLabel \"星湖科技园\"@zh }").get(0).get(0);
        List<String> quotes = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            HttpResponse<String> r = served.get(ServedPages.path(park) + "?page=" + page);
            assertEquals(200, r.statusCode());
            String html = r.body();
            assertTrue(html.contains("提及 Mentions (92)"), "the total on every page: " + html.substring(html.indexOf("提及 Mentions")).replaceAll("<a [^>]*>", ""));
            assertEquals(page == 1, html.contains("<h2>事实 Facts</h2>"), "the facts on the first page only, the lists on every page");
            assertEquals(page == 1, html.contains("rel=\"next\" href=\"?page=2\""));
            assertEquals(page == 2, html.contains("rel=\"prev\" href=\"?page=1\""));
            Matcher m = QUOTE.matcher(html.substring(html.indexOf("提及 Mentions")));
            int onPage = 0;
            while (m.find()) {
                onPage++;
                quotes.add(m.group(1).replaceAll(" ?<a .*", ""));
                Matcher d = Pattern.compile("<span class=\"date\">(\\d{4}-\\d\\d-\\d\\d)</span>").matcher(m.group(1));
                assertTrue(d.find(), m.group(1));
                dates.add(d.group(1));
            }
            assertEquals(page == 1 ? 50 : 42, onPage);
        }
        assertEquals(92, quotes.stream().distinct().count(), "no sentence twice, on one page or across pages");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "by the date of the article");
        assertTrue(quotes.get(0).startsWith("<mark>星湖科技园</mark>建设提速"), "the headline of the earliest page first: " + quotes.get(0));
        // the lead all three pages print names the park too (its name said again is its mention)
        assertTrue(quotes.get(1).contains("<mark>星湖科技园</mark>建设全面提速。"), "then the lead: " + quotes.get(1));
        assertEquals(2, quotes.indexOf("<mark>星湖科技园</mark>第31号标准厂房已完成主体施工。"), "then that page's sentences in their order");
        assertEquals(3, quotes.indexOf("<mark>星湖科技园</mark>第32号标准厂房已完成主体施工。"));
        assertEquals(32, quotes.indexOf("<mark>星湖科技园</mark>第61号标准厂房已完成主体施工。"), "then the next page's");
        String shared = served.get(ServedPages.path(park)).body();
        Matcher headline = Pattern.compile("<blockquote><mark>星湖科技园</mark>建设提速(.*?)</blockquote>").matcher(shared);
        assertTrue(headline.find(), "the headline all three pages print");
        assertEquals(3, headline.group(1).split("<a ").length - 1, "one quote, with each article that prints it");
        assertEquals(1, headline.group(1).split("《星湖科技园建设提速》").length - 1, "their one headline once, then their dates: " + headline.group(1));
        assertTrue(headline.group(1).contains(">2024-02-01</a>、<a class=\"date\" href=\""), headline.group(1));
        assertEquals(404, served.get(ServedPages.path(park) + "?page=3").statusCode(), "past the last page");
    }
}
