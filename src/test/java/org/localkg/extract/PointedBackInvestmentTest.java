package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plain 投资 in a sentence whose subject is only 项目 (项目一期投资…): the one project the sentence before names. */
class PointedBackInvestmentTest {
    @Test
    void aPhasesInvestmentBelongsToTheProjectJustNamed() {
        Extracted x = Extracted.body("本报讯 去年12月，华科电子第三代半导体材料项目落户北岭经济开发区。项目一期投资12.5亿元，"
                + "达产后预计实现年产值20亿元。");
        assertEquals(Set.of(1_250_000_000L), x.investmentsOf("华科电子第三代半导体材料项目"));
    }

    @Test
    void twoProjectsBeforeLeaveTheAmountUnowned() {
        Extracted x = Extracted.body("本报讯 去年12月，华科电子第三代半导体材料项目和东林光伏组件项目落户北岭经济开发区。"
                + "项目一期投资12.5亿元。");
        assertTrue(x.investmentsOf("华科电子第三代半导体材料项目").isEmpty(), x.facts.investments().toString());
        assertTrue(x.investmentsOf("东林光伏组件项目").isEmpty(), x.facts.investments().toString());
    }
}
