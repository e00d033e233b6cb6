package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lists of works each said with its amount (投资…元的), the land a works takes before its name, counts of fields,
 * companies heading works (a head plant, a place's trade), a park's own company, a season's word naming a river,
 * a count after 与, a brand after a village, and a party its leader heads (our own sentences).
 */
class InvestedItemsAndNamedPlacesTest {

    @Test
    void twoItemsEachWithItsAmountAreTwoWorks() {
        Extracted x = Extracted.body("本报讯 截至目前，投资2600万元的青川河堤防工程(二期)、投资1450万元的白杨湾灌区节水示范工程"
                + "和投资1.2亿元的锦绣家园(三期)等4个项目已完工。");
        assertTrue(x.names(EntityType.PROJECT).contains("锦绣家园(三期)"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(120000000L), x.investmentsOf("锦绣家园(三期)"));
        assertFalse(x.names(EntityType.PROJECT).stream().anyMatch(n -> n.contains("和投资")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aListOfItemsEachWithItsAmountIsAListOfWorks() {
        Extracted x = Extracted.body("本报讯 此外，投资3.5亿元的恒远硅业公司工业硅矿热炉三期、投资1.8亿元的东沟水电站、"
                + "投资9000万元的宏盛铸造厂扩建等8个正在做开工准备。");
        assertTrue(x.names(EntityType.PROJECT).contains("东沟水电站"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("恒远硅业公司工业硅矿热炉三期"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(180000000L), x.investmentsOf("东沟水电站"));
    }

    @Test
    void theLandAWorksTakesIsNoPartOfItsName() {
        Extracted x = Extracted.body("本报讯 占地1200亩青山发电总厂灰场生态治理100MW光伏发电项目并网发电。");
        assertTrue(x.names(EntityType.PROJECT).contains("青山发电总厂灰场生态治理100MW光伏发电项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aHeadPlantOpeningAWorksNameIsItsCompany() {
        Extracted x = Extracted.body("本报讯 占地1200亩青山发电总厂灰场生态治理100MW光伏发电项目并网发电。");
        assertEquals(Set.of("青山发电总厂"), x.enterprisesOf("青山发电总厂灰场生态治理100MW光伏发电项目"));
    }

    @Test
    void aCountOfFieldsBeforeTheirProjectsNamesNoProject() {
        Extracted x = Extracted.body("本报讯 开发区重点发展现代装备、现代物流、生物提取、文旅创意四大产业项目，总投资120亿元。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("四大产业")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPlaceOfThreeCharactersAndATradeHeadingWorksIsACompany() {
        Extracted x = Extracted.body("本报讯 现代医药产业链方面，科尔沁药业蒙药制剂基地建设项目已通过验收。");
        assertEquals(Set.of("科尔沁药业"), x.enterprisesOf("科尔沁药业蒙药制剂基地建设项目"));
    }

    @Test
    void placesAloneInBracketsAreNoCompany() {
        Extracted x = Extracted.body("本报讯 奶业产业链方面。中国(通辽)奶牛电子交易中心平台注册用户1000余人、入驻商家200余户,成交总额达0.8亿元。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("中国(")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void whichOneOfItsKindACompanyWasIsNoName() {
        Extracted x = Extracted.body("本报讯 全省规模最大的城市综合体、全省第一家本土航空公司、全省首个航空城相继落户新区。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aParksOwnCompanyIsNamedAfterThePark() {
        Extracted x = Extracted.body("本报讯 此次开工的项目分别是总投资5亿元的青禾云森孵化园管理有限公司中小微企业创业孵化园项目，"
                + "总投资2亿元的青禾广源商贸有限公司物流中心项目。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("青禾云森孵化园管理有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("管理有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aSeasonsWordNamingARiverIsTheNamesOwn() {
        Extracted x = Extracted.body("本报讯 市委书记赵明察看了南关村文旅示范村、北营污水处理厂、冬至河水库除险加固等项目建设情况。");
        assertTrue(x.names(EntityType.PROJECT).contains("冬至河水库除险加固"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCountAfterWithIsWhomTheListActsWith() {
        Extracted x = Extracted.body("本报讯 西区区委副书记、区长马克吐尔洪分别与12家投资企业代表签约,总额达60.5亿元。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCompanysNewBuildingIsItsProject() {
        Extracted x = Extracted.body("本报讯 在签约仪式上，东城区挑选了恒光影业新建项目、安和养老院建设项目等6个项目进行签约。");
        assertTrue(x.names(EntityType.PROJECT).contains("恒光影业新建项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("恒光影业"), x.enterprisesOf("恒光影业新建项目"));
    }

    @Test
    void aBrandAfterAVillageIsInTheParksName() {
        Extracted x = Extracted.body("本报讯 随后，赵明来到中关村东升国际科技园，察看企业复工情况。");
        assertTrue(x.names(EntityType.PARK).contains("中关村东升国际科技园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void theLeaderOfAPartyVisitsWhereThePartyGoes() {
        Extracted x = Extracted.body("本报讯 22日，以省政府督察室主任赵明为组长的第二督察组到青山市检查指导工作。"
                + "在副市长钱伟陪同下，省督察组先后到恒远物流仓储项目、青禾稻米项目等项目现场进行了检查。");
        assertTrue(x.targetsOf("赵明").contains("青禾稻米项目"), x.targetsOf("赵明").toString());
    }
}
