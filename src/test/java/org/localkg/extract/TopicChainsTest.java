package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A project named again after a list, a company that stays the topic of the next sentence, 联合 inside a company's name. */
class TopicChainsTest {
    private static final String SIGNED = "昨天，青川航天城、北岭精密轴承生产基地、东岭碳钢制造中心等9个重点项目在北岭区签约。";

    @Test
    void unitedBetweenANameAndATradeIsTheNames() {
        Extracted x = Extracted.body("北岭市东方钢联合特钢有限公司去年实现产值80亿元。");
        assertEquals(Set.of("北岭市东方钢联合特钢有限公司"), x.names(EntityType.ENTERPRISE), x.facts.entities().toString());
    }

    @Test
    void unitedBeforeACompanysNameIsAVerb() {
        Extracted x = Extracted.body("区政府联合北岭化工有限公司举办专场招聘会。");
        assertEquals(Set.of("北岭化工有限公司"), x.names(EntityType.ENTERPRISE), x.facts.entities().toString());
    }

    @Test
    void aListedProjectBuiltLaterTakesTheFactsSaidThere() {
        Extracted x = Extracted.body(SIGNED + "作为北岭区龙头企业的北岭市东方钢联合特钢有限公司，去年实现产值80亿元。"
                + "2026年将计划投资7亿元，建设北岭精密轴承生产基地。");
        assertEquals(Set.of(700_000_000L), x.investmentsOf("北岭精密轴承生产基地"), x.facts.investments().toString());
        assertEquals(Set.of("北岭市东方钢联合特钢有限公司"), x.enterprisesOf("北岭精密轴承生产基地"));
    }

    @Test
    void aSentenceBeforeNamingTwoCompaniesGivesNoTopic() {
        Extracted x = Extracted.body(SIGNED + "北岭钢铁有限公司与东岭物流有限公司去年合作顺利。"
                + "2026年将计划投资7亿元，建设北岭精密轴承生产基地。");
        assertTrue(x.enterprisesOf("北岭精密轴承生产基地").isEmpty(), x.facts.enterprises().toString());
    }

    @Test
    void aCompanysShortNameInsideTheProjectsNameGivesWay() {
        Extracted x = Extracted.body(SIGNED + "签约的青川航天科技集团（以下简称青川航天）将投资25亿元，建设运营总部，打造青川航天城。"
                + "青川航天负责人表示，项目将于明年开工。");
        Entity city = x.facts.entities().stream().filter(e -> e.name().equals("青川航天城")).findFirst().orElseThrow();
        Entity group = x.facts.entities().stream().filter(e -> e.name().equals("青川航天科技集团")).findFirst().orElseThrow();
        assertEquals(2, city.mentions().size(), city.mentions().toString());
        assertTrue(group.mentions().stream().noneMatch(m -> city.mentions().stream().anyMatch(m::overlaps)), group.mentions().toString());
        assertTrue(group.mentions().size() >= 2, group.mentions().toString());
    }

    @Test
    void aCompanyAsTheObjectOfTheSentenceBeforeIsNoTopic() {
        Extracted x = Extracted.body(SIGNED + "区财政局今年重点扶持了北岭市东方钢联合特钢有限公司。"
                + "2026年将计划投资7亿元，建设北岭精密轴承生产基地。");
        assertTrue(x.enterprisesOf("北岭精密轴承生产基地").isEmpty(), x.facts.enterprises().toString());
    }
}
