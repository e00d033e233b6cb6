package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 40's identity and people rules: a registered group called 某某集团, a holding group without its holding words, a
 * company's country left out, a zone's place without its level word and its rank before a theme; a staff title in a
 * government department, a given name's last character the segmenter left alone, and a post read across a 、 that
 * holds another official.
 */
class GroupsZonesAndOfficialsTest {

    @Test
    void aRegisteredGroupIsCalledByItsWordAndGroup() {
        Extracted x = Extracted.body("本报讯 刘明来到远岚生物科技集团股份有限公司调研。刘明希望远岚集团加快新厂区建设。\n");
        Entity group = x.entity("远岚生物科技集团股份有限公司");
        assertTrue(group.aliases().contains("远岚集团"), group.aliases().toString());
        assertEquals(1, x.names(EntityType.ENTERPRISE).size(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aHoldingGroupWithoutItsHoldingWords() {
        Extracted x = Extracted.body("本报讯 河北岚峰投资控股集团与县政府签订协议。岚峰集团将在园区建设仓储基地。\n");
        assertEquals(Set.of("河北岚峰投资控股集团"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aGroupsTradeWordsMayNameAPartOfIt() {
        Extracted x = Extracted.body("本报讯 刘明来到岚峰集团。在岚峰重工集团,他察看了总装车间。\n");
        assertEquals(Set.of("岚峰集团", "岚峰重工集团"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aCompanysCountryIsNoPartOfWhatItIsCalled() {
        Extracted x = Extracted.body("本报讯 中国岚峰集团公司董事长一行到园区考察。岚峰集团公司将在此建设研发中心。\n");
        assertEquals(Set.of("中国岚峰集团公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aZonesPlaceWithoutItsLevelWord() {
        Extracted x = Extracted.body("本报讯 凌源市经济技术开发区召开项目推进会。今年以来,凌源经开区新签约项目12个。\n");
        Entity zone = x.entity("凌源市经济技术开发区");
        assertTrue(zone.aliases().contains("凌源经开区"), zone.aliases().toString());
        assertEquals(1, x.names(EntityType.PARK).size(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aZonesRankBeforeItsTheme() {
        Extracted x = Extracted.body("本报讯 凌源国家农业高新区揭牌仪式举行。据介绍,凌源农业高新区规划面积20平方公里。\n");
        assertEquals(1, x.names(EntityType.PARK).size(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aStaffTitleInAGovernmentDepartmentIsAnOfficialsPost() {
        Extracted x = Extracted.body("本报讯 市交通局总工程师周立群,市规划委总规划师何明远,市商务委主任助理钱卫东一同调研。\n");
        assertEquals(Set.of("周立群", "何明远", "钱卫东"), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of("市规划委总规划师"), x.posts("何明远"));
    }

    @Test
    void aGivenNamesLastCharacterLeftAloneBeforeALeadingVerb() {
        Extracted x = Extracted.body("本报讯 3月2日,市人社局局长、党组书记周期才率调研组来我区调研。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("周期才"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aPostAcrossAListMarkHoldingAnotherOfficialIsTheirs() {
        Extracted x = Extracted.body("本报讯 仪式上,由工信部刘洋林副部长、省工信厅赵建国厅长、凌源市市长乔明共同为基地揭牌。\n");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("刘洋林", "赵建国", "乔明")), x.names(EntityType.OFFICIAL).toString());
        assertEquals(Set.of("凌源市市长"), x.posts("乔明"));
    }

    @Test
    void aZoneOfTheCityAndOneOfTheCountyOfOneName() {
        Extracted x = Extracted.body("本报讯 通化市经济开发区与通化县经济开发区分别签约一批项目。通化经开区签约项目8个。\n");
        assertTrue(x.entity("通化市经济开发区").aliases().isEmpty(), x.entity("通化市经济开发区").aliases().toString());
    }

    @Test
    void aRareSurnameAfterATitle() {
        Extracted x = Extracted.body("本报讯 园区党工委副书记、管委会主任端立新带领班子成员前往企业走访。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("端立新"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aPostAfterAnotherOfficialAndAPreposition() {
        Extracted x = Extracted.body("本报讯 省委书记刘强在省委常委、秘书长周明远,副省长陈立新陪同下,来到北岭产业园调研。\n");
        assertEquals(Set.of("省委常委", "秘书长"), x.posts("周明远"));
    }
}
