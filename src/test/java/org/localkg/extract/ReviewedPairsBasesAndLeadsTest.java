package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The faults two reviews found in the rules of {@link CountedPairsBasesAndGroupsTest}, guarded. */
class ReviewedPairsBasesAndLeadsTest {

    @Test
    void ofTwoConjunctionsTheOneAfterWhatIsDoneJoinsTheItems() {
        Extracted x = Extracted.body("本报讯 今年，全县实施青竹塘扩容和白沙河与黄泥河连通两个水利项目。");
        assertEquals(Set.of("青竹塘扩容", "白沙河与黄泥河连通"), x.names(EntityType.PROJECT));
    }

    @Test
    void aConjunctionInsideTheCountedClauseIsFoundWhereverItStands() {
        Extracted x = Extracted.body("本报讯 今年，市里推进和顺路改造和长乐桥新建两个市政项目。");
        assertEquals(Set.of("和顺路改造", "长乐桥新建"), x.names(EntityType.PROJECT));
    }

    @Test
    void aCountOfSitesInsideOneWorksKeepsItsName() {
        Extracted x = Extracted.body("本报讯 近日，城区五个老旧小区改造项目全面开工。");
        assertEquals(Set.of("城区五个老旧小区改造项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aWorksOwnAmountWinsOverTheAmountOfEach() {
        Extracted x = Extracted.body("本报讯 翠湖水库工程总投资6亿元。翠湖水库工程和白石隧道工程总投资均为3亿元。");
        assertEquals(Set.of(600_000_000L), x.investmentsOf("翠湖水库工程"));
        assertEquals(Set.of(300_000_000L), x.investmentsOf("白石隧道工程"));
    }

    @Test
    void basesPointedAtCountedOrGradedAreNoParks() {
        for (String s : new String[] {"本报讯 近日，企业在这个产业基地建设了三条生产线。", "本报讯 近日，该公司在两个产业基地新建厂房。",
                "本报讯 近日，平川县在国家级产业基地建设方面取得突破。"}) {
            Extracted x = Extracted.body(s);
            assertEquals(Set.of(), x.names(EntityType.PARK), s);
        }
    }

    @Test
    void aBaseItselfBeingBuiltIsNoPark() {
        Extracted x = Extracted.body("本报讯 他在石岭汽车产业基地建设过程中积累了经验。");
        assertEquals(Set.of(), x.names(EntityType.PARK));
    }

    @Test
    void aPlaceAndACompanyBeforeOneCoreMayNameOneWorks() {
        Extracted x = Extracted.body("本报讯 金岭集团风电场项目开工。平川风电场项目总投资3亿元，由金岭集团投资建设。");
        assertEquals(1, x.names(EntityType.PROJECT).size(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aGroupsPostStartsAtItsUnitAfterTheWordsOpeningTheClause() {
        Extracted x = Extracted.body("本报讯 近日，陪同市培育特色果蔬产业集群推进组组长江海明调研的还有市农业农村局局长吴立。");
        assertEquals(Set.of("市培育特色果蔬产业集群推进组组长"), x.posts("江海明"));
    }

    @Test
    void aWordBeforeAStatedOutputIsNoBrandByItself() {
        Extracted x = Extracted.body("本报讯 近日，永登县龙头年产10万吨新材料项目顺利开工。");
        assertEquals(Set.of(), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void worksBuiltInABaseKeepTheBaseAsAPark() {
        Extracted x = Extracted.body("本报讯 近日，丰源公司在平川县新能源产业基地建设的年产5万吨电池项目投产。");
        assertEquals(Set.of("平川县新能源产业基地"), x.parksOf("年产5万吨电池项目"));
        Extracted y = Extracted.body("本报讯 近日，丰源公司在平川县陶瓷产业基地建设了两条智能化生产线。");
        assertTrue(y.names(EntityType.PARK).contains("平川县陶瓷产业基地"), y.names(EntityType.PARK).toString());
        assertTrue(y.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("了")), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCompanysOwnBaseIsNoParkButTheWorksStillFollowTheVerb() {
        Extracted x = Extracted.body("本报讯 近日，云岭集团在云岭航空产业基地建设无人机总装项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("无人机总装项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theLastItemOfACountedListIsNoNameWithItsCount() {
        Extracted x = Extracted.body("本报讯 近日，平川县推进东湖调蓄和南河与北河连通两个水利项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("两个")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCountedItemStartsAfterWhatQualifiesIt() {
        Extracted x = Extracted.body("本报讯 近日，平川县签约甲方集团与乙方公司合作的光伏电站和储能电站两个项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("光伏电站"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void twoWorksJoinedByAConjunctionAreTwo() {
        Extracted x = Extracted.body("本报讯 近日，平川县物流园项目和丰源公司物流园项目分别在城东、城西开工。");
        assertEquals(2, x.names(EntityType.PROJECT).size(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aCountAfterACommaCountsTheClauseBeforeToo() {
        Extracted x = Extracted.body("本报讯 其中，汽车城智慧示范片区及配套设施，云帆总部及数字经济产业园2个项目超过50亿元。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.equals("数字经济产业园")), x.names(EntityType.PROJECT).toString());
    }
}
