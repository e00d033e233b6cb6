package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A zone's abbreviation with its city's level word, a works said to be a zone's key project, the lead of a web page
 * after its menus, a matter of works before a conjunction, a leader heading a party, and the guards the review of
 * the 55th batch's rules asked for (our own sentences).
 */
class ZonesWorksAndPageLeadsTest {

    @Test
    void aZonesAbbreviationWithItsCitysLevelWordIsTheZone() {
        Extracted x = Extracted.body("本报讯 5月9日，青川县冷链仓储中心项目奠基。该项目是青州市经开区重大招商引资项目，建成后年周转果蔬10万吨。"
                + "青州市副市长、青州经济技术开发区管委会主任赵明出席。");
        long zones = x.facts.entities().stream().filter(e -> e.is(EntityType.PARK) && !e.is(EntityType.PROJECT)).count();
        assertEquals(1, zones, x.names(EntityType.PARK).toString());
    }

    @Test
    void aWorksSaidToBeAZonesKeyProjectIsInTheZone() {
        Extracted x = Extracted.body("本报讯 5月9日，青川县冷链仓储中心项目奠基。该项目是青州经开区重大招商引资项目，建成后年周转果蔬10万吨。");
        assertEquals(Set.of("青州经开区"), x.parksOf("青川县冷链仓储中心项目"));
    }

    @Test
    void theLeadIsTheFirstProseAfterAPagesMenus() {
        Extracted x = Extracted.body("首页 - 新闻 - 财经 - 旅游\n您当前的位置 :新闻中心 > 本地新闻\n"
                + "青州开发区一季度招商见实效\n青州新闻网 15-05-13 来源: 青州日报\n"
                + "  青州经济技术开发区一季度新签约项目12个，到位资金30亿元。\n"
                + "  在建的8个工业项目中，恒远储能项目主体完工，宏盛饲料加工一期项目开始调试。\n"
                + "  商贸方面，开发区规划了中药材物流园。\n");
        assertEquals(Set.of("青州经济技术开发区"), x.parksOf("宏盛饲料加工一期项目"));
    }

    @Test
    void aMatterOfWorksBeforeAConjunctionIsNoPartOfTheNextName() {
        Extracted x = Extracted.body("本报讯 会上，副市长赵明听取了甲园、乙园等项目建设进度和恒远石化集团丙烯腈项目前期准备情况的说明。");
        assertTrue(x.names(EntityType.PROJECT).contains("恒远石化集团丙烯腈项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aLeaderHeadingAPartyIsNotNamedWithWei() {
        Extracted x = Extracted.body("本报讯 以副市长周平为组长的考察团赴青州考察，先后走访了华腾科技股份有限公司。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("周平"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aSupervisingPartysLeaderInspectsWhatItLooksAt() {
        Extracted x = Extracted.body("本报讯 以省委常委、副省长韩立伟为组长的省委督察组到青溪县督察，实地察看了金沙湾污水处理厂项目。");
        assertTrue(x.targetsOf("韩立伟").contains("金沙湾污水处理厂项目"), x.targetsOf("韩立伟").toString());
    }

    @Test
    void aCaptionsWorksUnderWayIsNamedAfterDe() {
        Extracted x = Extracted.body("本报讯 近年来，全区项目建设提速。\n建设中的青州市东关区恒远重工“绿色循环”智能装备产业项目。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("青州市东关区恒远重工“绿色循环”智能装备产业项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theHeadOfACompanysUnionIsItsStaff() {
        Extracted x = Extracted.body("本报讯 “新车间下月试产。”恒远集团工会主席张立刚介绍。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("张立刚"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.names(EntityType.PERSON).contains("张立刚"), x.names(EntityType.PERSON).toString());
    }

    // guards from the review of db0fc96

    @Test
    void aHeadPlantsBuildingIsNoCompany() {
        Extracted x = Extracted.body("本报讯 东风机械总厂房改造项目预计年底完工。华瑞电子总厂区建设项目开工。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aPlacesSectorGoingOnIsNoCompany() {
        Extracted x = Extracted.body("本报讯 嘉峪关铝业产业集群发展项目纳入省重点项目。石嘴山煤业转型升级项目完成投资20亿元。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void firstAsPartOfABrandKeepsTheCompany() {
        Extracted x = Extracted.body("本报讯 北方第一家纺有限公司新建生产线项目投产。第一家居装饰有限公司落户青溪高新区。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("北方第一家纺有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.ENTERPRISE).contains("第一家居装饰有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCountJoinedByAndStillClosesTheList() {
        Extracted x = Extracted.body("本报讯 华瑞科技、金鼎新材料和3家外资企业共同签约。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("华瑞科技"), x.names(EntityType.ENTERPRISE).toString());
    }

    // guards from the review of 8014f29

    @Test
    void theConjunctionBeforeACountIsNoPartOfTheLastItem() {
        Extracted x = Extracted.body("本报讯 副市长李刚走访了恒瑞科技、金鼎新材料和4家规上企业。");
        assertEquals(Set.of("恒瑞科技", "金鼎新材料"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of("恒瑞科技", "金鼎新材料"), x.targetsOf("李刚"));
    }

    @Test
    void aWorksComingAfterAZonesKeyProjectIsNotPlacedInIt() {
        Extracted x = Extracted.body("本报讯 近日，鼎盛智能家居项目开工。该项目是继青州经开区重点项目之后又一个落地的大项目。");
        assertTrue(x.parksOf("鼎盛智能家居项目").isEmpty(), x.parksOf("鼎盛智能家居项目").toString());
    }

    @Test
    void aPlacesCompanyDevelopingWorksIsStillItsCompany() {
        Extracted x = Extracted.body("本报讯 近日，白银铝业发展新材料项目签约，总投资6亿元。");
        assertEquals(Set.of("白银铝业"), x.enterprisesOf("白银铝业发展新材料项目"));
    }
}
