package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A given name ending in 和, sums in 亿 before the verb that builds, items a company funds, districts as zones and as bodies, 联合 in works, sums of counted lists. */
class NamesAndFundedItemsTest {
    @Test
    void aGivenNameEndingIn和BeforeACommaIsWhole() {
        Extracted x = Extracted.body("签约仪式上，北岭州党委书记李德和，北岭州党委副书记、州长赵文义出席。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("李德和"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void 和BeforeMorePeopleStillEndsTheName() {
        Extracted x = Extracted.body("主任李德和副主任孙明出席。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("李德和"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aSumIn亿BeforeTheVerbThatBuildsIsYuan() {
        Extracted x = Extracted.body("展会期间达成合作项目3个，东岭环境资源有限公司投资3亿建设的3万吨/年固废处置项目、西岭能源有限公司投资2.3亿元建设的生态沙棘种植及深加工等项目。");
        assertEquals(Set.of(300_000_000L), x.investmentsOf("3万吨/年固废处置项目"));
        assertEquals(Set.of("东岭环境资源有限公司"), x.enterprisesOf("3万吨/年固废处置项目"));
    }

    @Test
    void anItemACompanyFundsAndBuildsIsAProjectHoweverPlain() {
        Extracted x = Extracted.body("展会期间达成合作项目3个，东岭环境资源有限公司投资3亿建设的3万吨/年固废处置项目、西岭能源有限公司投资2.3亿元建设的生态沙棘种植及深加工等项目。");
        assertEquals(Set.of(230_000_000L), x.investmentsOf("生态沙棘种植及深加工"));
        assertEquals(Set.of("西岭能源有限公司"), x.enterprisesOf("生态沙棘种植及深加工"));
    }

    @Test
    void aBusinessDistrictWithItsOwnAdministrationIsAZone() {
        Extracted x = Extracted.body("凤鸣商务区15个重点产业项目集中开工。副市长、凤鸣商务区管委会主任王建国出席。");
        assertTrue(x.names(EntityType.PARK).contains("凤鸣商务区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aBusinessDistrictWithoutOneIsNoZone() {
        Extracted x = Extracted.body("凤鸣商务区15个重点产业项目集中开工。副市长王建国出席。");
        assertFalse(x.names(EntityType.PARK).contains("凤鸣商务区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aDistrictsShortNameAmongGovernmentBodiesIsNoCompany() {
        Extracted x = Extracted.body("市发改委、市商务委、市住建委、闵行、长宁、青浦区政府、地产集团、建工集团负责人参加。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("闵行"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void worksThatJoinPlantsAreNamedWith联合() {
        Extracted x = Extracted.body("东辰集团北岭乙烯联合项目开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("东辰集团北岭乙烯联合项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aSumAfterACountOfProjectsIsTheirsEvenClausesLater() {
        Extracted x = Extracted.body("今年，北岭恒远烯烃综合利用一期项目，东辰秸秆综合利用项目等24个项目，拟列入省重点项目，总投资412亿元。");
        assertTrue(x.investmentsOf("东辰秸秆综合利用项目").isEmpty(), x.investmentsOf("东辰秸秆综合利用项目").toString());
    }

    @Test
    void theYearsEndWithAFutureVerbIsTheArticlesYear() {
        Extracted x = Extracted.body("东辰汽车零件产业园二期项目总投资4.2亿元，年底将全部竣工投用。", java.time.LocalDate.of(2021, 4, 22));
        assertTrue(x.facts.completions().stream().anyMatch(c -> c.project().name().equals("东辰汽车零件产业园二期项目")
                && Integer.valueOf(2021).equals(c.year())), x.facts.completions().toString());
    }

    @Test
    void lastYearsEndIsNoCompletionToCome() {
        Extracted x = Extracted.body("东辰汽车零件产业园二期项目去年年底将厂房交付使用。", java.time.LocalDate.of(2021, 4, 22));
        assertTrue(x.facts.completions().isEmpty(), x.facts.completions().toString());
    }
}
