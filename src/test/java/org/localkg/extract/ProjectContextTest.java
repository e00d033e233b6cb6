package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Facts stated away from a project's name (failure class 3 of issue 7) and the article's context:
 * investment in the next sentence, the company after 由, the park of an event or a title, a
 * completion year for a list. Every sentence is made up.
 */
class ProjectContextTest {
    private static Set<String> completionYears(Extracted x) {
        return x.facts.completions().stream().map(c -> c.project().name() + "~" + c.year()).collect(Collectors.toSet());
    }

    @Test
    void theNextSentenceWithoutASubjectGoesOnAboutTheProject() {
        Extracted x = Extracted.body("横山经济开发区位于城东。新建精密铸件项目落户园区。计划总投资8.5亿元，预计2025年竣工投产。");
        Entity p = x.facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("850000000"), x.facts.investments().get(0).yuan());
        assertEquals(Set.of(p.name() + "~2025"), completionYears(x));
        assertEquals(Set.of("横山经济开发区"), x.parksOf(p.name()), "落户园区: the park the article is about");
    }

    @Test
    void theCompanyAfterYouBuildsTheProject() {
        Extracted x = Extracted.body("滨江智能制造项目由华诚机电有限公司投资建设，投资总额12亿元。");
        assertEquals(Set.of("华诚机电有限公司"), x.enterprisesOf("滨江智能制造项目"));
        assertEquals(new BigDecimal("1200000000"), x.facts.investments().get(0).yuan());
    }

    @Test
    void theCompanyWhoseProjectItIs() {
        Extracted x = Extracted.body("华诚机电有限公司投资建设的高端伺服电机项目位于园区内。");
        assertEquals(Set.of("华诚机电有限公司"), x.enterprisesOf("高端伺服电机项目"));
    }

    @Test
    void moneySpentSoFarIsNoTotalInvestment() {
        Extracted x = Extracted.body("城南污水处理厂扩建工程今年完成投资额3亿元。");
        assertTrue(x.facts.investments().isEmpty(), x.facts.investments().toString());
    }

    @Test
    void theParkOfASigningEventCarriesToTheSignedProjects() {
        Extracted x = Extracted.body("昨天，全市重大项目集中签约活动在龙城高新区举行。"
                + "签约项目包括：锐科激光装备、恒瑞医疗器械和天成新能源电池等。");
        assertEquals(Set.of("龙城高新区"), x.parksOf("锐科激光装备"));
        assertEquals(Set.of("龙城高新区"), x.parksOf("恒瑞医疗器械"));
    }

    @Test
    void aSentenceNamingAnotherParkOverridesTheContext() {
        Extracted x = Extracted.titled("龙城高新区：重大项目建设跑出加速度",
                "天宁经济开发区的光伏组件项目已经投产。龙城高新区的储能电池项目正在加快建设。");
        assertEquals(Set.of("天宁经济开发区"), x.parksOf("光伏组件项目"));
        assertEquals(Set.of("龙城高新区"), x.parksOf("储能电池项目"));
    }

    @Test
    void twoParksInTheContextGiveNone() {
        Extracted x = Extracted.titled("龙城高新区与天宁经济开发区联动发展",
                "新能源汽车电机项目正在加快建设。");
        assertTrue(x.facts.parks().isEmpty(), x.facts.parks().toString());
    }

    @Test
    void theCompanyATitleNamesRunsTheArticlesProjects() {
        Extracted x = Extracted.titled("华创电子有限公司扩产提速",
                "公司新建的年产千万片电子元器件项目主体结构已经封顶。");
        Entity p = x.facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).findFirst().orElseThrow();
        assertEquals(Set.of("华创电子有限公司"), x.enterprisesOf(p.name()));
    }

    @Test
    void aCompletionForAListGoesToEveryItem() {
        Extracted x = Extracted.body("今年开工的重点项目有：北湖大道快速化改造、东岸污水处理厂扩建和西城中学新校区。"
                + "上述项目预计2026年全部建成。");
        assertEquals(Set.of("北湖大道快速化改造~2026", "东岸污水处理厂扩建~2026", "西城中学新校区~2026"), completionYears(x));
    }

    @Test
    void aSentenceOpeningInAParkPlacesTheProjectsItNames() {
        Extracted x = Extracted.body("8月10日，市委书记何建华到武川县调研。在武川经济开发区大路产业园新能源科技产业基地，何建华来到"
                + "东岭智能装备项目车间，随后来到东岭风机装备制造、北辰特种玻璃等项目规划建设现场。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("武川经济开发区", "武川经济开发区大路产业园")),
                "the zone and the park it holds: " + x.names(EntityType.PARK));
        for (String project : List.of("东岭智能装备项目", "东岭风机装备制造", "北辰特种玻璃")) {
            assertEquals(Set.of("武川经济开发区大路产业园"), x.parksOf(project), project);
        }
        Extracted y = Extracted.body("何建华来到东岭智能装备项目车间。在武川经济开发区，他听取了汇报。");
        assertTrue(y.parksOf("东岭智能装备项目").isEmpty(), "a park named after the project places nothing");
    }
}
