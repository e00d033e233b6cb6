package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards from a review of the visit's stops, going along, names that open at a province, and zones said of. */
class ReviewedVisitsAndNamesTest {
    @Test
    void twoOfficialsGoingTogetherToAPlaceOfTheirOwnMakeAVisitOfTheirOwn() {
        Extracted x = Extracted.body("本报讯 上午，市委书记刘海波到河阳经济开发区调研，先后来到瑞恒能源有限公司、金泰煤机有限公司。"
                + "当天下午，市长陈立新与副市长王建军一同调研东川县产业集聚区，察看了华丰食品有限公司生产线。");
        assertFalse(x.targetsOf("刘海波").contains("华丰食品有限公司"), x.facts.inspections().toString());
        assertFalse(x.targetsOf("王建军").contains("瑞恒能源有限公司"), x.facts.inspections().toString());
    }

    @Test
    void aCompanysPeopleWhoCameAlongAreNoStop() {
        Extracted x = Extracted.body("本报讯 11月6日，市委书记刘海波一行来到瑞恒能源有限公司，金泰煤机有限公司董事长陈大勇，"
                + "市政府秘书长周建华陪同调研。");
        assertEquals(Set.of("瑞恒能源有限公司"), x.targetsOf("刘海波"));
    }

    @Test
    void aCompanyNamedFromItsProvinceIsOneCompanyAndItsProjects() {
        Extracted x = Extracted.body("本报讯 11月6日，太原市山西瑞恒能源有限公司年产10万吨煤层气液化项目开工。");
        assertEquals(Set.of("山西瑞恒能源有限公司"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of("山西瑞恒能源有限公司"), x.enterprisesOf("太原市山西瑞恒能源有限公司年产10万吨煤层气液化项目"));
    }

    @Test
    void aZoneNamedFromItsProvinceBeforeACompanyKeepsBoth() {
        Extracted x = Extracted.body("本报讯 11月6日，西安市陕西东湖新区瑞恒科技有限公司与东川县签订合作协议。");
        assertTrue(x.names(EntityType.PARK).contains("陕西东湖新区"), x.names(EntityType.PARK).toString());
        assertEquals(Set.of("瑞恒科技有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aStreetNamedAfterAProvinceStaysInTheName() {
        Extracted x = Extracted.body("本报讯 11月6日，青岛市山东路瑞恒能源有限公司与东川县签订合作协议。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("山东路瑞恒能源有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aZoneNamedByACommonWordAfterWhereItLiesStays() {
        Extracted x = Extracted.body("本报讯 位于城东的空港新区举行重点项目集中签约仪式。");
        assertTrue(x.names(EntityType.PARK).contains("空港新区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void applyingForAZoneNamesNone() {
        Extracted x = Extracted.body("本报讯 我市将积极申报保税物流中心，加快推进口岸建设。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }
}
