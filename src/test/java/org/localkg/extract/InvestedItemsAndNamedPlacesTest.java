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
        Extracted x = Extracted.body("本报讯 此外，投资3.5亿元的恒远硅业公司多晶硅还原炉三期、投资1.8亿元的东沟水电站、"
                + "投资9000万元的宏盛铸造厂扩建等8个正在做开工准备。");
        assertTrue(x.names(EntityType.PROJECT).contains("东沟水电站"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("恒远硅业公司多晶硅还原炉三期"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of(180000000L), x.investmentsOf("东沟水电站"));
    }

    @Test
    void theLandAWorksTakesIsNoPartOfItsName() {
        Extracted x = Extracted.body("本报讯 占地800亩青山热电总厂灰渣场综合利用50MW光伏项目建成投运。");
        assertTrue(x.names(EntityType.PROJECT).contains("青山热电总厂灰渣场综合利用50MW光伏项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aHeadPlantOpeningAWorksNameIsItsCompany() {
        Extracted x = Extracted.body("本报讯 占地800亩青山热电总厂灰渣场综合利用50MW光伏项目建成投运。");
        assertEquals(Set.of("青山热电总厂"), x.enterprisesOf("青山热电总厂灰渣场综合利用50MW光伏项目"));
    }

    @Test
    void aCountOfFieldsBeforeTheirProjectsNamesNoProject() {
        Extracted x = Extracted.body("本报讯 开发区重点推进高端装备、现代物流、草原食品、文旅康养五大产业项目，总投资90亿元，年内完成投资20亿元。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("五大产业")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPlaceOfThreeCharactersAndATradeHeadingWorksIsACompany() {
        Extracted x = Extracted.body("本报讯 乳业产业链方面，鄂托克乳业奶粉加工基地建设项目已通过验收。");
        assertEquals(Set.of("鄂托克乳业"), x.enterprisesOf("鄂托克乳业奶粉加工基地建设项目"));
    }

    @Test
    void placesAloneInBracketsAreNoCompany() {
        Extracted x = Extracted.body("本报讯 奶业产业链方面。中国(通辽)奶牛电子交易中心平台注册用户1000余人、入驻商家200余户,成交总额达0.8亿元。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("中国(")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void whichOneOfItsKindACompanyWasIsNoName() {
        Extracted x = Extracted.body("本报讯 全县规模最大的商贸综合体、全县第一家本地物流公司、全县首个冷链港相继建成。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aParksOwnCompanyIsNamedAfterThePark() {
        Extracted x = Extracted.body("本报讯 此次开工的项目分别是总投资5亿元的青禾绿谷孵化园管理有限公司电商创业孵化园项目，"
                + "总投资2亿元的青禾广源商贸有限公司物流中心项目。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("青禾绿谷孵化园管理有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("管理有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aSeasonsWordNamingARiverIsTheNamesOwn() {
        Extracted x = Extracted.body("本报讯 市委书记赵明察看了南关村民宿集群、北营再生水厂、立秋湖堤岸整治等项目进展。");
        assertTrue(x.names(EntityType.PROJECT).contains("立秋湖堤岸整治"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCountAfterWithIsWhomTheListActsWith() {
        Extracted x = Extracted.body("本报讯 会上，西区区委副书记、区长马克吐尔洪分别与9家企业签约。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCompanysNewBuildingIsItsProject() {
        Extracted x = Extracted.body("本报讯 在签约仪式上，青城区推出了华映影业新建项目、康宁幼儿园建设项目等8个项目集中签约。");
        assertTrue(x.names(EntityType.PROJECT).contains("华映影业新建项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("华映影业"), x.enterprisesOf("华映影业新建项目"));
    }

    @Test
    void aBrandAfterAVillageIsInTheParksName() {
        Extracted x = Extracted.body("本报讯 随后，赵明来到李家庄东升国际科技园，察看企业复工情况。");
        assertTrue(x.names(EntityType.PARK).contains("李家庄东升国际科技园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void theLeaderOfAPartyVisitsWhereThePartyGoes() {
        Extracted x = Extracted.body("本报讯 22日，由省发改委副主任赵明任组长的督察组日前抵达青山市。以赵明为组长的督察组在青山市督察重大项目。"
                + "督察组随后察看了恒远冷链仓储项目、青禾稻米项目。");
        assertTrue(x.targetsOf("赵明").contains("青禾稻米项目"), x.targetsOf("赵明").toString());
    }
}
