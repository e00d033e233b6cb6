package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Amounts and years said respectively (分别) of the projects listed before them. */
class RespectiveFactsTest {
    private static Set<Integer> yearsOf(Extracted x, String project) {
        return x.facts.completions().stream().filter(c -> c.project().name().equals(project))
                .map(Facts.ExpectedCompletion::year).collect(Collectors.toSet());
    }

    @Test
    void amountsSaidRespectivelyGoToTheListedProjectsInOrder() {
        Extracted x = Extracted.body("西河冷链物流项目、北山数据中心项目总投资分别为6亿元、8亿元，目前进展顺利。");
        assertEquals(Set.of(600_000_000L), x.investmentsOf("西河冷链物流项目"));
        assertEquals(Set.of(800_000_000L), x.investmentsOf("北山数据中心项目"));
    }

    @Test
    void investedRespectivelyAfterTheWordGoesTheSameWay() {
        Extracted x = Extracted.body("西河冷链物流项目和北山数据中心项目分别投资6亿元和8亿元。");
        assertEquals(Set.of(600_000_000L), x.investmentsOf("西河冷链物流项目"));
        assertEquals(Set.of(800_000_000L), x.investmentsOf("北山数据中心项目"));
    }

    @Test
    void moreAmountsThanProjectsGiveNone() {
        Extracted x = Extracted.body("西河冷链物流项目、北山数据中心项目总投资分别为6亿元、8亿元、3亿元。");
        assertTrue(x.investmentsOf("西河冷链物流项目").isEmpty(), x.facts.investments().toString());
    }

    @Test
    void yearsSaidRespectivelyAreExpectedWhenTheClauseSaysSo() {
        Extracted x = Extracted.body("白云光伏项目、金沙风电项目预计分别在2026年和2027年并网发电。");
        assertEquals(Set.of(2026), yearsOf(x, "白云光伏项目"));
        assertEquals(Set.of(2027), yearsOf(x, "金沙风电项目"));
    }

    @Test
    void yearsAfterTheArticlesAreExpected() {
        Extracted x = Extracted.body("白云光伏项目、金沙风电项目分别于2026年、2027年建成投产。", LocalDate.of(2025, 3, 1));
        assertEquals(Set.of(2026), yearsOf(x, "白云光伏项目"));
        assertEquals(Set.of(2027), yearsOf(x, "金沙风电项目"));
    }

    @Test
    void yearsOfAnUndatedReportWithoutACueAreUnknown() {
        Extracted x = Extracted.body("白云光伏项目、金沙风电项目分别于2016年、2017年建成投产。");
        assertTrue(yearsOf(x, "白云光伏项目").isEmpty(), x.facts.completions().toString());
    }

    @Test
    void yearsSaidToComeInsideTheRespectivePhraseAreExpectedAndNoStageReached() {
        Extracted x = Extracted.body("白云光伏项目、金沙风电项目分别将于2026年、2027年建成投产。");
        assertEquals(Set.of(2026), yearsOf(x, "白云光伏项目"));
        assertEquals(Set.of(2027), yearsOf(x, "金沙风电项目"));
        assertTrue(x.facts.statuses().isEmpty(), x.facts.statuses().toString());
    }

    @Test
    void theEvidenceOfRespectiveAmountsStartsAtTheFirstName() {
        Extracted x = Extracted.body("和平光伏项目、金沙储能项目计划总投资分别约为6亿元、8亿元。");
        assertEquals(Set.of(600_000_000L), x.investmentsOf("和平光伏项目"));
        assertTrue(x.facts.investments().stream().allMatch(i -> i.written().startsWith("和平光伏项目")), x.facts.investments().toString());
    }

    @Test
    void aPlacesTotalIsNoProjectsInvestment() {
        Extracted x = Extracted.body("3月5日，西河光伏项目正式开工建设。今年全县固定资产投资规模达120亿元，全县重点项目总投资80亿元。");
        assertTrue(x.investmentsOf("西河光伏项目").isEmpty(), x.facts.investments().toString());
    }
}
