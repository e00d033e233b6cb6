package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards from a review of this round's rules: what each must leave alone. */
class ReviewedPlacingAndQuotesTest {
    @Test
    void aStreetNamedForBuildingKeepsItsName() {
        Extracted x = Extracted.body("北岭县建设西路提升改造工程总投资8000万元。");
        assertEquals(Set.of(80_000_000L), x.investmentsOf("北岭县建设西路提升改造工程"), x.facts.entities().toString());
    }

    @Test
    void aProjectPlacedByTheTextIsNotPlacedWhereItsQuoteWasSaid() {
        Extracted x = Extracted.body("“公司将投资12亿元，新建年产8万吨铜箔项目，进一步延伸产业链。”5月8日，在北岭工业园区，"
                + "东辰新材料科技有限公司副总经理陈立文介绍。\n\n据了解，年产8万吨铜箔项目选址于河口产业园，计划明年开工。");
        assertEquals(Set.of("河口产业园"), x.parksOf("年产8万吨铜箔项目"));
    }

    @Test
    void aQuoteThatSaysWhereOrIsSaidByAnOfficialPlacesNothingWhereItWasSaid() {
        Extracted settled = Extracted.body("“公司将投资12亿元，新建年产8万吨铜箔项目，两个项目均落户河口产业园。”5月8日，在北岭工业园区，"
                + "东辰新材料科技有限公司副总经理陈立文介绍。");
        assertTrue(!settled.parksOf("年产8万吨铜箔项目").contains("北岭工业园区"), settled.facts.parks.toString());
        Extracted official = Extracted.body("“公司将投资12亿元，新建年产8万吨铜箔项目，进一步延伸产业链。”5月8日，在北岭工业园区，副县长满国栋介绍。");
        assertTrue(official.parksOf("年产8万吨铜箔项目").isEmpty(), official.facts.parks.toString());
    }

    @Test
    void theArticlesCompanyIsNotGivenToAListedProject() {
        Extracted x = Extracted.titled("满国栋到东辰科技有限公司调研", "10月12日，副县长满国栋到东辰科技有限公司调研。随后，满国栋先后走访了"
                + "西辰食品有限公司、南辰冷链物流项目、北辰电子有限公司，听取了企业发展汇报。");
        assertTrue(x.enterprisesOf("南辰冷链物流项目").isEmpty(), x.facts.enterprises.toString());
    }

    @Test
    void aZoneTheVisitorsComeFromHoldsNothing() {
        Extracted x = Extracted.titled("外地考察团来我县考察", "10月12日，河口县迎来北岭高新区考察团。一行人先后参观了东辰新材料项目、"
                + "西辰电子科技有限公司。河口经济开发区负责人陪同参观。");
        assertTrue(x.parksOf("东辰新材料项目").isEmpty(), x.facts.parks.toString());
    }

    @Test
    void aBracketedSumIsNoSumOfTheProjectAfterIt() {
        Extracted x = Extracted.body("此次集中开工的有北岭县人民医院整体迁建（总投资5亿元）和河口机床智能产线项目。");
        assertTrue(x.investmentsOf("河口机床智能产线项目").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aStageSaidOfBothProjectsReachesTheOneBeforeABracketedSum() {
        Extracted x = Extracted.body("今年，东辰新能源电池项目（总投资12亿元）和河口机床智能产线项目（总投资5.5亿元）均已开工建设。");
        for (String p : new String[] {"东辰新能源电池项目", "河口机床智能产线项目"}) {
            assertTrue(x.facts.statuses.stream().anyMatch(s -> s.project().name().equals(p) && s.status() == ProjectStatus.STARTED),
                    p + " " + x.facts.statuses);
        }
    }

    @Test
    void aBracketOfTheNamesOwnWordsStaysInIt() {
        Extracted x = Extracted.body("北岭县城北污水管网（中央预算内投资）项目正式开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("北岭县城北污水管网（中央预算内投资）项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPointerToOneOfTwoProjectsTakesNoAmount() {
        Extracted x = Extracted.body("满国栋察看了东辰换热设备项目和西辰光伏项目。该项目占地120亩，计划投资6亿元。");
        assertTrue(x.investmentsOf("东辰换热设备项目").isEmpty() && x.investmentsOf("西辰光伏项目").isEmpty(), x.facts.entities().toString());
    }
}
