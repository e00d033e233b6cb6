package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A trip to inspect and sign (赴某地考察签约) is a signing whose speeches visit nothing; the last item of
 * a list that the page's end cut off before its works' word is no name; a sum whose next clause builds
 * one named works (…亿元人民币，建造甲项目) is that works' (not when it builds two: 新建甲项目和乙项目); the stops a
 * sentence lists after 在, clause by clause, before the official who acted there are visited.
 */
class SigningTripsCutItemsAndSumsTest {

    @Test
    void aTripToInspectAndSignVisitsNothingItsSpeechesName() {
        Extracted x = Extracted.body("本报讯 近日，东川市委书记李红、市长周海带队到上海考察签约。\n"
                + "李红表示，欢迎华泰控股来东川投资兴业，在环保、能源方面加强合作。\n"
                + "华泰控股董事长王志表示，将与东川共同推进东川循环经济产业园、垃圾焚烧发电等项目。\n");
        assertTrue(x.targetsOf("李红").isEmpty(), x.targetsOf("李红").toString());
        assertEquals(ArticleFrame.Event.SIGNING, x.facts.frame().event());
    }

    @Test
    void anItemThePagesEndCutOffIsNoName() {
        Extracted x = Extracted.body("本报讯 当天签约的项目分别为:华泰风电股份有限公司与东川工业园区管委会签订东川风机总装基地建设项目;"
                + "宏达光伏股份有限公司与北岭县人民\n");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.contains("东川风机总装基地建设项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.contains("人民")), projects.toString());
    }

    @Test
    void aSumWhoseNextClauseBuildsOneWorksIsItsInvestment() {
        Extracted x = Extracted.body("本报讯 此外，北城区政府与华悦实业有限公司合作，计划引进资金40亿元人民币，建设北城明珠综合体项目；"
                + "与海润国际集团有限公司合作，计划引进资金6亿元人民币，建造青石河大桥项目；"
                + "与海润国际集团有限公司合作，计划引进资金14亿元人民币，建设滨河商业街区项目。");
        assertEquals(Set.of(600_000_000L), x.investmentsOf("青石河大桥项目"));
        assertEquals(Set.of(1_400_000_000L), x.investmentsOf("滨河商业街区项目"));
    }

    @Test
    void aSumThatBuildsTwoWorksIsNeithersAlone() {
        Extracted x = Extracted.body("本报讯 企业计划投资28亿元，新建20万吨再生铜项目和3万吨精密铜板带项目，把产业链做长。");
        assertTrue(x.investmentsOf("20万吨再生铜项目").isEmpty(), x.investmentsOf("20万吨再生铜项目").toString());
    }

    @Test
    void stopsListedAfterZaiBeforeTheOfficialAreVisited() {
        Extracted x = Extracted.body("本报讯 3月3日至7日，东川市委书记李明到部分县(市、区)及开发区，就重点项目推进情况开展调研。\n"
                + "项目是发展的关键。在东川经济开发区华泰新能源有限公司、宏达科技有限公司，北岭县金山化纤材料有限公司、"
                + "恒远液压有限公司，南河县柳镇迎宾酒店，李明同企业负责人交流，了解企业生产情况。\n");
        assertTrue(x.targetsOf("李明").containsAll(Set.of("华泰新能源有限公司", "恒远液压有限公司")), x.targetsOf("李明").toString());
    }
}
