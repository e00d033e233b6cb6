package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Titles and predicates that end no works' name, kinds of works said by a class, a field, a conjunction or a
 * programme's number, a place's company of a trade, a sum said of its subject, a works' leader, a works named
 * without its 项目, verbs of lying next to, a zone visited, a road's route, a zone's works said by 之一, a
 * hospital named after a zone, a conjunction's word taking a district's first character, and a zone named with
 * its district in brackets (our own sentences).
 */
class TitlesKindsAndPlacedWorksTest {

    @Test
    void aListItemEndingInATitleIsNoWorks() {
        Extracted x = Extracted.body("本报讯 8月5日，东岭投资集团党委书记、董事长王某一行来北岭县考察西山光伏电站项目、南湖康养小镇项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.endsWith("书记")), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("南湖康养小镇项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVerbAloneOrAVerbOfBecomingBeforeTheWordForProjectIsAPredicate() {
        Extracted x = Extracted.body("本报讯 座谈会上，大家深入分析项目当前面临的短板。全县上下把“小长假”变成项目建设“冲刺期”。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aClassAFieldKindsJoinedOrAProgrammesNumberAreKindsOfWorks() {
        Extracted x = Extracted.body("本报讯 签约项目中，国企类项目有5个。全区谋划“数字经济”领域项目12个，"
                + "其中交通设施和公共服务项目增加20亿元。甲厂改造项目是全市“2468”重点工程项目之一。");
        assertEquals(Set.of("甲厂改造项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aPlaceAndATradeBeforeACapacityIsThePlacesCompanyOfThatTrade() {
        Extracted x = Extracted.body("本报讯 当天，省长一行考察了宁远石化百万吨芳烃联合项目。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("宁远石化"), x.names(EntityType.ENTERPRISE).toString());
        assertEquals(Set.of("宁远石化"), x.enterprisesOf("宁远石化百万吨芳烃联合项目"));
    }

    @Test
    void aSumRightAfterAProjectIsItsEvenWhenAnotherWorksIsBuiltWithIt() {
        Extracted x = Extracted.body("本报讯 据介绍，此次开工的东岭纺织项目总投资4亿元，建设1.2万锭棉纱生产线项目，预计年底投产。");
        assertEquals(Set.of(400_000_000L), x.investmentsOf("东岭纺织项目"));
    }

    @Test
    void theLeaderOfANamedWorksNamesTheWorksAndItsNameWithoutTheWordForProjectToo() {
        Extracted x = Extracted.body("本报讯 开工现场，东岭智能农机华北制造基地项目负责人赵某说。据悉，东岭智能农机华北制造基地"
                + "落户在北岭经济开发区新材料产业园，项目总投资2亿元。");
        assertTrue(x.names(EntityType.PROJECT).contains("东岭智能农机华北制造基地项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("北岭经济开发区新材料产业园"), x.parksOf("东岭智能农机华北制造基地项目"));
    }

    @Test
    void aVerbOfLyingNextToOpensNoName() {
        Extracted x = Extracted.body("本报讯 北岭县东山乡紧邻北岭石化百万吨芳烃项目，近年来发展特色民宿。");
        assertTrue(x.names(EntityType.PROJECT).contains("北岭石化百万吨芳烃项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZoneAnOfficialGoesDeepIntoIsTheInspectionsPlace() {
        Extracted x = Extracted.body("本报讯 3月2日，市委书记王某深入北岭经济技术开发区督导重点工作。东岭铜业有限公司高精铜箔项目"
                + "进展顺利，王某走进车间了解情况。随后，王某还察看了南山物流园。");
        assertEquals(Set.of("北岭经济技术开发区"), x.parksOf("东岭铜业有限公司高精铜箔项目"));
    }

    @Test
    void aRoadsRouteAfterItsNameAndTheZoneItIsOneOfTheWorksOf() {
        Extracted x = Extracted.body("本报讯 云杉大街东延扩建工程西起长安路，东至解放路，是北岭高新区的重点民生工程之一。");
        assertTrue(x.names(EntityType.PROJECT).contains("云杉大街东延扩建工程"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("北岭高新区"), x.parksOf("云杉大街东延扩建工程"));
    }

    @Test
    void aHospitalNamedAfterAZoneIsNoMentionOfTheZone() {
        Extracted x = Extracted.body("本报讯 目前，云杉新区人民医院共建项目仍在洽谈之中。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("云杉新区人民医院共建项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aConjunctionsWordThatTakesADistrictsFirstCharacterLeavesTheDistrictWhole() {
        Extracted x = Extracted.body("本报讯 王某一行先后来到北岭工业园区临空经济园和平安区东湖路拓宽工程建设现场。");
        assertTrue(x.names(EntityType.PROJECT).contains("平安区东湖路拓宽工程"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZoneNamedWithItsDistrictInBracketsKeepsItInAParksName() {
        Extracted x = Extracted.body("本报讯 在位于高新区(北城区)东区工业园的云杉膜材料项目现场，工人们正在施工。");
        assertTrue(x.names(EntityType.PARK).contains("高新区(北城区)东区工业园"), x.names(EntityType.PARK).toString());
    }
}
