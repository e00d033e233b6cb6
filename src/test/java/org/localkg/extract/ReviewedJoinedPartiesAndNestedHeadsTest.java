package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards from a helper's review of 1adc894 (our own sentences): parties are joined only by a conjunction of its own
 * within one clause (not 合同, nor 和 in another sentence), so 其 still points back at the company speaking; a brand
 * named after a place stays a works under a head that lists fields; a park listed as an item of its own keeps the
 * works of its buildings apart; a zone the article names on its own too is no company's park (某公司|某地新区…项目), the
 * 68th batch's odd half.
 */
class ReviewedJoinedPartiesAndNestedHeadsTest {

    @Test
    void itsPointsBackAtTheSpeakerAfterAContractWithAnother() {
        Extracted x = Extracted.body("本报讯 东岭集团与华冶建设公司签订了施工合同。东岭集团表示，其年产20万吨特钢项目年底投产。");
        assertEquals(Set.of("东岭集团"), x.enterprisesOf("年产20万吨特钢项目"));
        Extracted people = Extracted.body("本报讯 东岭集团董事长王建华与瑞川投资有限公司总经理刘明签约。其文旅小镇项目总投资15亿元。");
        assertTrue(people.enterprisesOf("文旅小镇项目").isEmpty(), people.enterprisesOf("文旅小镇项目").toString());
    }

    @Test
    void aBrandNamedAfterAPlaceStaysAWorksUnderAHeadListingFields() {
        Extracted x = Extracted.body("本报讯 今年一季度，该区开工了金桥纺织、利达机械等制造业、现代物流等服务业项目20个。");
        assertTrue(x.names(EntityType.PROJECT).contains("金桥纺织"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZoneNamedOnItsOwnTooIsNoCompanysPark() {
        Extracted x = Extracted.body("本报讯 10月20日，哈尔滨新区第三批招商引资项目集中签约。签约项目包括东岭防水科技有限公司哈尔滨新区防水材料产业基地项目等8个项目。");
        assertEquals(Set.of("哈尔滨新区"), x.parksOf("东岭防水科技有限公司哈尔滨新区防水材料产业基地项目"));
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("有限公司哈尔滨新区")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aParkListedAsAnItemKeepsTheWorksOfItsBuildingsApart() {
        Extracted x = Extracted.body("本报讯 集中开工的项目有：瑞川纺织产业园、瑞川纺织产业园标准化厂房建设、天润新材料项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("瑞川纺织产业园标准化厂房"), x.names(EntityType.PROJECT).toString());
    }
}
