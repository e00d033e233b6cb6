package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A company named only at the head of its project's name is the project's company. */
class CompaniesHeadingProjectsTest {
    @Test
    void companyWordInsideAProjectsNameNamesItsCompany() {
        // the segmenter reads 润|丰 as a verb and an adjective, so no rule for companies names 润丰公司 alone
        Extracted x = Extracted.body("会议听取了润丰公司年处理8万吨废旧轮胎项目、浩润集团新建仓储物流项目的进展情况。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("润丰公司", "浩润集团")), () -> x.facts.entities().toString());
        assertEquals(Set.of("润丰公司"), x.enterprisesOf("润丰公司年处理8万吨废旧轮胎项目"));
        assertEquals(Set.of("浩润集团"), x.enterprisesOf("浩润集团新建仓储物流项目"));
    }

    @Test
    void aDistrictOpeningTheProjectsNameIsNoPartOfItsCompanysName() {
        // 武进区 says where the project is; a company known by its short name does not carry a district
        Extracted x = Extracted.body("市长先后来到武进区恒川集团商贸中心项目、新北区年产300台环卫车建设项目等建设现场。");
        assertEquals(Set.of("恒川集团"), x.enterprisesOf("武进区恒川集团商贸中心项目"));
        assertFalse(x.names(EntityType.ENTERPRISE).contains("武进区恒川集团"), x.names(EntityType.ENTERPRISE)::toString);
        // a county-level city's name may be the company's own
        Extracted y = Extracted.body("市长先后来到宜兴市华远精密机械公司纺机配件生产线项目、新北区年产300台环卫车建设项目等建设现场。");
        assertEquals(Set.of("宜兴市华远精密机械公司"), y.enterprisesOf("宜兴市华远精密机械公司纺机配件生产线项目"));
        // a district's company of a kind (城投集团) keeps its district, and so does one a title follows
        Extracted z = Extracted.body("市长来到武进区城投集团滨湖公寓项目、新北区城投集团滨江公寓项目。武进区交通集团董事长李明在工程现场介绍。");
        assertFalse(z.names(EntityType.ENTERPRISE).contains("城投集团"), z.names(EntityType.ENTERPRISE)::toString);
        assertFalse(z.names(EntityType.ENTERPRISE).contains("交通集团"), z.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void aProjectThatIsAllCompanyOrAKindOfCompanyNamesNone() {
        Extracted x = Extracted.body("会议研究了上市公司并购重组项目的推进情况。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("上市公司"), () -> x.facts.entities().toString());
    }

    @Test
    void anIndustryWordBeforeTheProjectsCapacityEndsItsCompanysName() {
        Extracted x = Extracted.body("新开工的新疆恒锦纺织30万锭紧密纺项目和新能源汽车电控系统项目进展顺利。");
        assertEquals(Set.of("新疆恒锦纺织"), x.enterprisesOf("新疆恒锦纺织30万锭紧密纺项目"));
        // a field of industry before anything but a capacity names no company
        assertFalse(x.names(EntityType.ENTERPRISE).contains("新能源汽车"), () -> x.facts.entities().toString());
    }

    @Test
    void aTradeWordOfOneCharacterAndYeEndsTheCompanyHeadingAProject() {
        Extracted x = Extracted.body("年内将推动宏达乳业液态奶生产项目、丰源药业制剂生产线项目投入运营。");
        assertEquals(Set.of("宏达乳业"), x.enterprisesOf("宏达乳业液态奶生产项目"));
        assertEquals(Set.of("丰源药业"), x.enterprisesOf("丰源药业制剂生产线项目"));
        // a field (产业, 工业) names no company
        Extracted field = Extracted.body("年内将推动宏达产业转型升级项目投入运营。");
        assertFalse(field.names(EntityType.ENTERPRISE).contains("宏达产业"), () -> field.facts.entities().toString());
    }
}
