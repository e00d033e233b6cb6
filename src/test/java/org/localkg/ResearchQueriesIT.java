package org.localkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localkg.store.IngestListener;
import org.localkg.store.KgStore;

/**
 * The researchers' queries of queries/ over a real TDB2 store (its default graph the union of the
 * article graphs, as the endpoint serves it) holding the bundled sample pages and four dated pages
 * of two papers written for this test (src/test/resources/org/localkg/dated): one project
 * signed, started and completed over ten months, an enterprise with projects in two parks, an
 * official who visits them (the extractor also reads 早投产, "to produce soon", in the last as
 * 投产: the queries report what the store holds). The rows asserted are those the pages state; the same queries give
 * the same rows on Oxigraph (src/test/clients/oxigraph_queries.mjs, run by check.sh).
 */
class ResearchQueriesIT {
    static final Path DATED = Path.of("src/test/resources/org/localkg/dated");
    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void ingest() throws IOException {
        Path samples = dir.resolve("samples");
        TestPages.copySamples(samples);
        store = KgStore.open(dir.resolve("store"));
        store.ingest(List.of(samples), new Pipeline("http://localhost:3030/"), new IngestListener() {});
        store.ingest(List.of(DATED), new Pipeline("http://localhost:3030/"), new IngestListener() {});
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The rows of a query file, each value as its IRI or its literal's lexical form ("" when unbound). */
    static List<Map<String, String>> rows(String file) throws IOException {
        return select(Files.readString(Path.of("queries", file)));
    }

    static List<Map<String, String>> select(String text) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(text).set(TDB2.symUnionDefaultGraph, true).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    static List<String> project(List<Map<String, String>> rows, String... vars) {
        return rows.stream().map(r -> String.join(" ", java.util.Arrays.stream(vars).map(r::get).toList())).toList();
    }

    static List<Map<String, String>> where(List<Map<String, String>> rows, String var, String value) {
        return rows.stream().filter(r -> value.equals(r.get(var))).toList();
    }

    @Test
    void everyQueryOpensWithATitleAndADescriptionForTheQueryPage() throws IOException {
        for (String file : Files.readAllLines(Path.of("queries/index.txt"))) {
            if (file.isBlank()) {
                continue;
            }
            List<String> lines = Files.readAllLines(Path.of("queries", file.strip()));
            assertTrue(lines.get(0).matches("# title: \\S.*"), file + ": " + lines.get(0));
            assertTrue(lines.get(1).matches("# description: \\S.*"), file + ": " + lines.get(1));
        }
    }

    @Test
    void anOfficialsCareerListsPostsAndVisitsInOrderOfDate() throws IOException {
        List<Map<String, String>> career = where(rows("official-career.rq"), "name", "赵立新");
        assertEquals(List.of("post 区委书记 2024-06-18", "post 区委书记 2024-09-10", "post 区委书记 2025-01-08"),
                project(where(career, "kind", "post"), "kind", "what", "date"));
        List<String> parks = project(where(career, "kind", "visit"), "what", "date").stream()
                .filter(v -> v.contains("开发区") || v.contains("产业园")).toList();
        assertEquals(List.of("武进经济开发区 2024-06-17", "湖塘科技产业园 2024-09-09", "武进经济开发区 2025-01-07"), parks,
                "a visit's day is 昨天 of the article's date");
        List<String> dates = project(career, "date");
        assertEquals(dates.stream().sorted().toList(), dates, "in order of date");
        assertFalse(where(rows("official-career.rq"), "name", "陈金虎").isEmpty(), "the undated sample pages have careers too");
    }

    @Test
    void projectsByStatusNameEachProjectsCurrentStatusInChineseAndEnglish() throws IOException {
        // reported 签约, then 开工, then 竣工 (the latest dated article): it stands at 竣工, one row
        List<String> rows = project(where(rows("projects-by-status.rq"), "projectName", "华腾精密机械项目"),
                "statusName", "statusNameEn");
        assertEquals(List.of("竣工 completed"), rows);
        List<Map<String, String>> all = rows("projects-by-status.rq");
        assertTrue(all.size() > 10, "the sample pages' projects have statuses too");
        assertOnePer(all, "project");
        // stage by stage in the order of the scheme (the VALUES), with no sort
        List<String> order = List.of("签约", "开工", "在建", "封顶", "竣工", "投产");
        List<Integer> ranks = project(all, "statusName").stream().map(order::indexOf).toList();
        assertFalse(ranks.contains(-1), ranks.toString());
        assertEquals(ranks.stream().sorted().toList(), ranks, "grouped by stage in the scheme's order");
    }

    @Test
    void aProjectsStagesCarryTheDateOfTheArticleReportingEach() throws IOException {
        List<String> stages = project(where(rows("project-stages.rq"), "projectName", "华腾精密机械项目"), "stageName", "date");
        assertEquals(List.of("签约 2024-03-05", "开工 2024-06-18"), stages.subList(0, 2), stages.toString());
        assertTrue(stages.contains("竣工 2025-01-08"), stages.toString());
    }

    @Test
    void investmentByParkAndYearCountsAProjectOnceInTheYearItWasFirstStated() throws IOException {
        List<String> rows = project(rows("investment-by-park-and-year.rq"), "parkName", "year", "projects", "investment");
        // the 1.2 billion project is stated in three articles: counted once, in 2024
        assertTrue(rows.stream().anyMatch(r -> r.matches("武进经济开发区 2024 1 1200000000(\\.0)?")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.matches("湖塘科技产业园 2024 1 800000000(\\.0)?")), rows.toString());
        // the sample pages carry no date: their projects count with no year, not as an error of the query
        assertTrue(rows.stream().anyMatch(r -> r.matches("武进国家高新区  1 1000000000(\\.0)?")), rows.toString());
    }

    @Test
    void mentionsOfAnswersOnTheSamplePagesAsShipped() throws IOException {
        List<Map<String, String>> rows = rows("mentions-of.rq");
        assertFalse(rows.isEmpty(), "no mention of the names the shipped query asks for");
        // 陈金虎, the sample pages' official: each mention with its characters, offsets and headline
        for (Map<String, String> r : rows) {
            assertEquals("陈金虎", r.get("anchor"), r.toString());
            assertEquals(3, Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("begin")), r.toString());
            assertFalse(r.get("title").isEmpty(), r.toString());
        }
        assertTrue(project(rows, "article").stream().distinct().count() > 1, "mentions in several articles: " + rows);
    }

    @Test
    void theQueriesThatNameEntitiesAnswerOnKgBenchsGeneratedPagesAsShipped(@TempDir Path other) throws IOException {
        // kg bench times them on its generated pages: the names they ask for besides the sample
        // pages' are 杜刚华 (an official of page 99) and the first page's project
        var corpus = new org.localkg.bench.SyntheticCorpus(1);
        int page = 0;
        while (!corpus.page(page).contains("杜刚华")) {
            page++;
        }
        Path pages = java.nio.file.Files.createDirectories(other.resolve("pages"));
        Files.writeString(pages.resolve("first.txt"), corpus.page(0));
        Files.writeString(pages.resolve("page.txt"), corpus.page(page));
        try (KgStore generated = KgStore.open(other.resolve("store"))) {
            generated.ingest(List.of(pages), new Pipeline("http://localhost:3030/"), new IngestListener() {});
            for (String file : List.of("mentions-of.rq", "official-career.rq", "project-evidence.rq", "project-stages.rq")) {
                String text = Files.readString(Path.of("queries", file));
                long rows = Txn.calculateRead(generated.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.dataset(generated.dataset()).query(text)
                            .set(TDB2.symUnionDefaultGraph, true).build()) {
                        return org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
                    }
                });
                assertTrue(rows > 0, file + " answers nothing on generated pages 0 and " + page);
            }
        }
    }

    @Test
    void projectEvidenceGivesTheWordsOfEachFactOfTheProjectsAskedFor() throws IOException {
        List<Map<String, String>> rows = rows("project-evidence.rq");
        assertFalse(rows.isEmpty(), "no evidence for the projects the shipped query asks for");
        for (Map<String, String> r : rows) {
            assertEquals("常州海晨新能源汽车供应链综合配套基地", r.get("projectName"), r.toString());
            assertFalse(r.get("words").isBlank(), r.toString());
            assertTrue(Integer.parseInt(r.get("end")) > Integer.parseInt(r.get("begin")), r.toString());
        }
        List<Map<String, String>> investment = where(rows, "property", "https://w3id.org/localkg/ontology#investment");
        assertFalse(investment.isEmpty(), rows.toString());
        assertTrue(investment.stream().allMatch(r -> r.get("words").contains("10亿") && r.get("current").equals("true")),
                investment.toString());
    }

    @Test
    void projectsListEachProjectOnceWithItsCurrentValues() throws IOException {
        List<Map<String, String>> rows = rows("projects.rq");
        assertOnePer(rows, "project");
        assertTrue(rows.stream().noneMatch(r -> r.get("name").isEmpty()), "a store's rows come from the graph of current facts");
        // stated in three articles (signed, started, completed): one row
        List<Map<String, String>> one = where(rows, "name", "华腾精密机械项目");
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.get(0).get("investment").matches("1200000000(\\.0)?"), one.toString());
    }

    @Test
    void enterprisesWithProjectsInSeveralParks() throws IOException {
        assertEquals(List.of("江苏华腾精密机械有限公司 2 2"), project(rows("enterprises-in-several-parks.rq"), "name", "parks", "projects"));
    }

    @Test
    void whoVisitedWhichParkHowOften() throws IOException {
        List<String> rows = project(where(rows("visits-by-park.rq"), "officialName", "赵立新"), "parkName", "visits", "first", "last");
        assertEquals(List.of("武进经济开发区 2 2024-06-17 2025-01-07", "湖塘科技产业园 1 2024-09-09 2024-09-09"), rows);
    }

    @Test
    void coveragePerPaperAndDivision() throws IOException {
        List<String> rows = project(rows("coverage.rq"), "paper", "divisionName", "articles", "first", "last");
        assertTrue(rows.contains("武进日报 武进区 3 2024-03-05 2025-01-08"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(" ")), "the sample pages, which name no paper, cover divisions too");
    }

    @Test
    void entityRowsAreOnePerEntityWhateverTheNumberOfLabels() throws IOException {
        assertOnePer(rows("entities.rq"), "entity", "type", "label"); // one row per name: the scorer reads every name
        assertOnePer(rows("officials.rq"), "official", "post");
        List<Map<String, String>> parks = rows("projects-by-park.rq");
        assertOnePer(parks, "park");
        assertOnePer(parks, "parkName");
        // named 常州西太湖科技产业园 in three articles and 西太湖科技产业园 in one: one row, one name
        assertEquals(1, parks.stream().filter(r -> r.get("parkName").contains("西太湖科技产业园")).count(), parks.toString());
        assertOnePer(rows("projects.rq"), "project", "enterprise", "park", "investment", "expectedYear");
        assertOnePer(rows("mentions-of.rq"), "entity", "article", "begin");
    }

    @Test
    void aJoinOnPreferredLabelsInTheCurrentGraphGivesOneRowPerProjectAndPark() throws IOException {
        // one skos:prefLabel per entity and one park per project: the join multiplies nothing
        // (joined on rdfs:label, a park named two ways gave each of its projects twice)
        List<Map<String, String>> joined = select("PREFIX lkg: <https://w3id.org/localkg/ontology#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?project ?park ?name "
                + "WHERE { GRAPH <https://w3id.org/localkg/graph/current> { ?project lkg:park ?park . ?park skos:prefLabel ?name } }");
        assertOnePer(joined, "project");
        List<Map<String, String>> parks = rows("projects-by-park.rq");
        assertOnePer(parks, "park");
        for (Map<String, String> park : parks) {
            List<Map<String, String>> its = where(joined, "park", park.get("park"));
            assertEquals(Integer.toString(its.size()), park.get("projects"), park.toString());
            assertEquals(its.get(0).get("name"), park.get("parkName"), "the park's preferred label names it");
        }
        // the fullest of 常州西太湖科技产业园 (three articles) and 西太湖科技产业园 (one)
        assertTrue(project(parks, "parkName").contains("常州西太湖科技产业园"), parks.toString());
        // a park none of whose projects has an investment stated has no total (unknown, not 0)
        assertTrue(parks.stream().anyMatch(r -> r.get("investment").isEmpty()), parks.toString());
        for (Map<String, String> park : parks) {
            assertEquals(park.get("investment").isEmpty(), park.get("withInvestment").isEmpty(), park.toString());
            assertTrue(park.get("investment").isEmpty() || Double.parseDouble(park.get("investment")) > 0, park.toString());
        }
        List<String> statuses = project(where(rows("projects-by-status.rq"), "projectName", "华腾精密机械项目"), "statusName");
        assertEquals(List.of("竣工"), statuses, "竣工 is the latest dated article's");
    }

    @Test
    void entitiesListsEveryNameOfEveryEntityForTheScorer() throws IOException {
        // ../shared/eval/score finds an entity by any of its names in entities.rq's rows
        Set<String> listed = new HashSet<>(project(rows("entities.rq"), "entity", "label"));
        List<String> names = project(select("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX lkg: <https://w3id.org/localkg/ontology#> "
                + "SELECT DISTINCT ?entity ?label WHERE { ?entity a lkg:Project ; rdfs:label|skos:altLabel ?label }"), "entity", "label");
        assertTrue(names.size() > 20, names.toString());
        for (String n : names) {
            assertTrue(listed.contains(n), "entities.rq leaves out the name " + n);
        }
    }

    private static void assertOnePer(List<Map<String, String>> rows, String... vars) {
        assertFalse(rows.isEmpty());
        Set<String> seen = new HashSet<>();
        for (String key : project(rows, vars)) {
            assertTrue(seen.add(key), "two rows for " + key);
        }
    }
}
