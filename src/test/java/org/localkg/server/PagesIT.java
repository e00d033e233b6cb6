package org.localkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.bench.SyntheticCorpus;

/**
 * The pages answer, over real HTTP on a real store: readable titles, numbers and names as people
 * write them, summary cards, and pictures drawn from dated facts only. The store holds dated
 * generated pages (three counties, weekly) and one undated page without a headline.
 */
class PagesIT {
    static final String BASE = ServedPages.BASE;
    static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");
    static final Pattern RAW_NUMBER = Pattern.compile("\\d{6,}\\.0|\\d\\.\\d+E\\d");
    static final String UNTITLED = "本报讯（记者 许可）昨天上午，区委书记周明辉到星湖科技园调研，察看了星湖光电产业项目建设情况。"
            + "该项目总投资5000万元，目前已开工建设。\n";
    @TempDir
    static Path dir;
    static ServedPages served;

    @BeforeAll
    static void start() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        SyntheticCorpus.dated(3, LocalDate.of(2024, 1, 1), 3).write(pages.resolve("dated"), 45);
        Files.writeString(pages.resolve("untitled.txt"), UNTITLED, StandardCharsets.UTF_8);
        served = ServedPages.of(dir.resolve("store"), List.of(pages));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    static List<List<String>> select(String query) throws Exception {
        return served.select(query);
    }

    static String page(String iri) throws Exception {
        return served.page(iri);
    }

    static String h1(String html) {
        Matcher m = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), html);
        return m.group(1).replaceAll("<small>.*?</small>", "").strip();
    }

    static String title(String html) {
        Matcher m = Pattern.compile("<title>(.*?)</title>").matcher(html);
        assertTrue(m.find());
        return m.group(1);
    }

    /** The page's pictures of one kind, each checked to be well-formed SVG. */
    static List<String> pictures(String html, String kind) throws Exception {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg class=\"" + kind + "\".*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.newDocumentBuilder().parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
            out.add(m.group());
        }
        return out;
    }

    static void noHashNoRawNumber(String html) {
        assertFalse(HASH.matcher(h1(html)).find(), h1(html));
        assertFalse(HASH.matcher(title(html)).find(), title(html));
        String shown = html.replaceAll("<code>.*?</code>|href=\"[^\"]*\"|<link[^>]*>", "");
        assertFalse(RAW_NUMBER.matcher(shown).find(), "a raw number on the page");
    }

    @Test
    void anInspectionIsTitledWhoWhatWhen() throws Exception {
        List<String> row = select("SELECT ?i ?who ?d WHERE { ?i a lkg:Inspection ; lkg:inspector/rdfs:label ?who ; dct:date ?d "
                + "FILTER(LANG(?who) = \"zh\") } ORDER BY ?d LIMIT 1").get(0);
        String html = page(row.get(0));
        String h1 = h1(html);
        assertTrue(h1.startsWith(row.get(1) + " 调研 ") && h1.endsWith(" · " + row.get(2)), h1);
        noHashNoRawNumber(html);
        String undated = page(select("SELECT ?i WHERE { ?i a lkg:Inspection ; lkg:inspector/rdfs:label \"周明辉\"@zh }").get(0).get(0));
        assertEquals("周明辉 调研 星湖科技园", h1(undated).replaceAll("、.*", ""), "no date where the page gave none");
        assertFalse(h1(undated).contains(" · "), h1(undated));
    }

    @Test
    void aMembershipIsTitledWhoPostAndTheDateOfItsArticle() throws Exception {
        List<String> row = select("SELECT ?m ?who ?post ?d WHERE { ?m a org:Membership ; org:member/rdfs:label ?who ; "
                + "lkg:post/lkg:postTitle ?post ; lkg:reportedIn/dct:date ?d FILTER(LANG(?who) = \"zh\") } LIMIT 1").get(0);
        String html = page(row.get(0));
        assertEquals(row.get(1) + " · " + row.get(2) + " · " + row.get(3) + " 报道", h1(html));
        noHashNoRawNumber(html);
        List<String> day = select("SELECT ?i ?d WHERE { <" + row.get(0) + "> org:memberDuring/<http://www.w3.org/2006/time#inside> ?i . "
                + "?i <http://www.w3.org/2006/time#inXSDDate> ?d }").get(0);
        assertEquals(day.get(1), h1(page(day.get(0))), "a day is titled by its date");
    }

    @Test
    void anUntitledArticleIsTitledByItsFirstWords() throws Exception {
        String a = select("SELECT ?a WHERE { ?a a lkg:Article ; lkg:sourceFile \"untitled.txt\" }").get(0).get(0);
        String html = page(a);
        assertTrue(h1(html).startsWith(UNTITLED.substring(0, 18) + "…"), h1(html));
        noHashNoRawNumber(html);
        assertTrue(html.contains("本文报道 Reported here"), "what the article reports, by readable titles");
    }

    @Test
    void numbersAreWrittenAsPeopleWriteThem() throws Exception {
        String small = page(select("SELECT ?p WHERE { ?p a lkg:Project ; rdfs:label ?l FILTER(CONTAINS(?l, \"星湖光电\")) }").get(0).get(0));
        assertTrue(small.contains("5000万元"), "5000万元");
        noHashNoRawNumber(small);
        for (List<String> p : select("SELECT DISTINCT ?p ?v WHERE { ?p a lkg:Project ; lkg:investment ?v FILTER(?v >= 100000000) }")) {
            String html = page(p.get(0));
            noHashNoRawNumber(html);
            assertTrue(html.contains("亿元"), p.toString());
        }
    }

    @Test
    void anOfficialsPageNamesPropertiesAndShowsPostsAndVisitsAlongTime() throws Exception {
        List<String> row = select("SELECT ?p ?post (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { ?m org:member ?p ; "
                + "lkg:post/lkg:postTitle ?post ; lkg:reportedIn/dct:date ?d } GROUP BY ?p ?post ORDER BY DESC(COUNT(?m)) LIMIT 1").get(0);
        String html = page(row.get(0));
        assertFalse(html.contains("org:holds") || html.contains("org:member"), "no raw property names");
        assertTrue(html.contains("担任职务 holds post"), "the ontology's labels, in Chinese and English");
        assertTrue(html.contains(row.get(1) + "</a></td><td>" + row.get(2) + "</td><td>" + row.get(3) + "</td>"),
                "the post with its first and last dated report");
        List<String> timeline = pictures(html, "timeline");
        assertEquals(1, timeline.size());
        assertTrue(timeline.get(0).contains("<a href=\"/page/article/"), "each dot links to its article");
        assertTrue(html.indexOf("class=\"card\"") < html.indexOf("事实 Facts"), "the summary card comes first");
        assertEquals(1, pictures(html, "neighbourhood").size());
        noHashNoRawNumber(html);
        mentionsNotRepeated(html);
    }

    @Test
    void aProjectsStageLineShowsTheFirstDatedArticleOfEachStage() throws Exception {
        List<List<String>> rows = select("SELECT ?p ?s (MIN(?d) AS ?first) WHERE { GRAPH ?a { ?p lkg:status ?s } ?a dct:date ?d } "
                + "GROUP BY ?p ?s ORDER BY ?p");
        String project = rows.get(0).get(0);
        String html = page(project);
        List<String> line = pictures(html, "stage-line");
        assertEquals(1, line.size());
        for (List<String> r : rows) {
            if (r.get(0).equals(project)) {
                assertTrue(line.get(0).contains(">" + r.get(2) + "</text>"), r + " on the stage line");
            }
        }
        assertTrue(line.get(0).contains("<a href=\"/page/article/"), "each dated stage links to its article");
        assertTrue(line.get(0).contains(">签约</text>") && line.get(0).contains(">投产</text>"), "the stages in order");
        assertTrue(html.contains("建设企业 enterprise") && html.contains("所在园区 park") && html.contains("总投资"));
        noHashNoRawNumber(html);
        mentionsNotRepeated(html);
    }

    @Test
    void aParksPageTablesItsProjectsAndInspectionsAndChartsInvestmentByYear() throws Exception {
        List<String> park = select("SELECT ?k (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p lkg:park ?k } GROUP BY ?k ORDER BY DESC(?n) LIMIT 1").get(0);
        String html = page(park.get(0));
        String card = html.substring(html.indexOf("class=\"card\""), html.indexOf("</section>"));
        for (List<String> p : select("SELECT DISTINCT ?l WHERE { ?p lkg:park <" + park.get(0) + "> ; rdfs:label ?l FILTER(LANG(?l) = \"zh\") }")) {
            assertTrue(card.contains(p.get(0)), p + " in the projects table");
        }
        assertTrue(card.contains("项目 Projects (" + park.get(1) + ")"), "every project once");
        assertTrue(card.contains("调研 Inspections"), "the park's inspections");
        List<String> chart = pictures(html, "investment-by-year");
        assertEquals(1, chart.size());
        assertTrue(chart.get(0).contains("亿元") && chart.get(0).contains("2024年"), chart.get(0));
        String linkedFrom = html.contains("被引用 Linked from") ? html.substring(html.indexOf("被引用 Linked from")) : "";
        assertFalse(linkedFrom.contains("所在园区"), "the projects are in the card, not mixed into linked from");
        noHashNoRawNumber(html);
        mentionsNotRepeated(html);
    }

    @Test
    void withoutDatedFactsAPageSaysSoInsteadOfDrawing() throws Exception {
        String html = page(select("SELECT DISTINCT ?p WHERE { ?i lkg:inspector ?p . ?p rdfs:label \"周明辉\"@zh }").get(0).get(0));
        assertTrue(html.contains("no dated facts"), "the undated official's timeline");
        assertTrue(pictures(html, "timeline").isEmpty());
    }

    @Test
    void theHomePageLinksClassCountsDomainFirstAndCountsArticlesPerMonth() throws Exception {
        String home = get("/").body();
        int official = home.indexOf("href=\"/class/Official\"");
        int article = home.indexOf("href=\"/class/Article\"");
        int mention = home.indexOf("href=\"/class/Mention\"");
        assertTrue(official > 0 && official < article && article < mention, "domain classes first, machinery last");
        for (List<String> m : select("SELECT ?m (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a lkg:Article ; dct:date ?d "
                + "BIND(SUBSTR(STR(?d), 1, 7) AS ?m) } GROUP BY ?m")) {
            assertTrue(home.contains("<td>" + m.get(0) + "</td><td>" + m.get(1) + "</td>"), m + " in the table of months");
        }
        assertTrue(home.contains("<td>无日期 undated</td><td>1</td>"), "the undated page's article");
        assertEquals(1, pictures(home, "articles-per-month").size());
        String officials = get("/class/Official").body();
        for (List<String> o : select("SELECT DISTINCT ?l WHERE { ?o a lkg:Official ; rdfs:label ?l FILTER(LANG(?l) = \"zh\") }")) {
            assertTrue(officials.contains(">" + o.get(0) + "</a>"), o + " listed");
        }
        assertFalse(HASH.matcher(get("/class/Inspection").body().replaceAll("href=\"[^\"]*\"", "")).find(), "inspections by title");
        assertEquals(404, get("/class/Nothing").statusCode());
        assertEquals(404, get("/class/a%20b").statusCode());
    }

    @Test
    void theQueryPageAsksForTheTitlesPagesShow() throws Exception {
        String inspection = select("SELECT ?i WHERE { ?i a lkg:Inspection ; dct:date ?d } ORDER BY ?d LIMIT 1").get(0).get(0);
        String membership = select("SELECT ?m WHERE { ?m a org:Membership } ORDER BY ?m LIMIT 1").get(0).get(0);
        String untitled = select("SELECT ?a WHERE { ?a a lkg:Article ; lkg:sourceFile \"untitled.txt\" }").get(0).get(0);
        List<String> official = select("SELECT ?o ?l WHERE { ?o a lkg:Official ; skos:prefLabel ?l } ORDER BY ?o LIMIT 1").get(0);
        String elsewhere = "http://elsewhere.example.org/thing";
        StringBuilder form = new StringBuilder();
        for (String iri : List.of(inspection, membership, untitled, official.get(0), "http://www.w3.org/ns/org#holds", elsewhere)) {
            form.append(form.length() == 0 ? "" : "&").append("iri=").append(java.net.URLEncoder.encode(iri, StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = served.post("/titles", form.toString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        com.google.gson.JsonObject titles = com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject();
        for (String iri : List.of(inspection, membership, untitled)) {
            assertEquals(h1(page(iri)), titles.get(iri).getAsString(), "the title its page shows: " + iri);
            assertFalse(HASH.matcher(titles.get(iri).getAsString()).find(), titles.get(iri).getAsString());
        }
        assertEquals(official.get(1), titles.get(official.get(0)).getAsString());
        assertEquals("担任职务 holds post", titles.get("http://www.w3.org/ns/org#holds").getAsString());
        assertFalse(titles.has(elsewhere), "nothing for an IRI the store does not hold");
        StringBuilder many = new StringBuilder("iri=" + java.net.URLEncoder.encode(inspection, StandardCharsets.UTF_8));
        for (int i = 0; i < 200; i++) {
            many.append("&iri=").append(java.net.URLEncoder.encode(BASE + "id/x/" + i, StandardCharsets.UTF_8));
        }
        assertEquals(400, served.post("/titles", many.toString()).statusCode(), "at most 100 IRIs a request");
    }

    /** One quote per sentence in the mentions list, and under each fact: a sentence several articles print, once. */
    static void mentionsNotRepeated(String html) {
        for (String list : html.split("<h2>事实 Facts</h2>|<tr><th>|提及 Mentions")) {
            Set<String> seen = new HashSet<>();
            Matcher m = Pattern.compile("<blockquote>(.*?)</blockquote>", Pattern.DOTALL).matcher(list);
            while (m.find()) {
                String sentence = m.group(1).replaceAll(" ?<a .*", "");
                assertTrue(seen.add(sentence), "repeated: " + sentence);
            }
        }
    }
}
