package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules from the 65th and 66th batches' odd halves (our own sentences): fields listed among fields and the items of
 * industrial chains name no works; a quoted name's time word, a sum before a name without 的, 其 pointing back at a
 * company, a base of industry before the works it holds, 部分 after a name, a list closed by 等 and a mark; names
 * ending in 和 or a town's character before a predicate, leaders of a region, assistant governors, 分别 after a
 * name; a brand of common words before a trade.
 */
class FieldsBasesAndBrandsTest {

    @Test
    void aFieldListedAmongFieldsIsNoProject() {
        Extracted x = Extracted.body("本报讯 观摩组对符合本地发展方向的数字经济、冰雪旅游、肉牛养殖、机械制造、中医药、硅基新材料等20个重点项目逐一观摩打分。");
        assertFalse(x.names(EntityType.PROJECT).contains("数字经济"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void industrialChainsAreFieldsButTheirPhasesAreWorks() {
        Extracted chains = Extracted.body("本报讯 会上指出，开发区为明年筹备了精细化工、纺织及服装、玄武岩新材料等产业链项目。");
        assertTrue(chains.names(EntityType.PROJECT).isEmpty(), chains.names(EntityType.PROJECT).toString());
        Extracted phases = Extracted.body("本报讯 北岭市签约引进了高强玻纤二期、20GW光伏组件一期等6个产业链项目。");
        assertTrue(phases.names(EntityType.PROJECT).containsAll(Set.of("高强玻纤二期", "20GW光伏组件一期")),
                phases.names(EntityType.PROJECT).toString());
    }

    @Test
    void aTimeWordInsideQuotesIsTheNamesOwn() {
        Extracted x = Extracted.body("本报讯 文化旅游项目3个，分别是北山公园提升项目、“千年古渡”二期建设项目、南湖酒店建设项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("“千年古渡”二期建设项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aSumBeforeANameWithoutDeIsTheItemsOwn() {
        Extracted x = Extracted.body("本报讯 在能源领域，有投资12亿元的东川风电项目、投资9.5亿元南川新能源光伏项目、投资3亿元西川储能项目一并签署协议。");
        assertEquals(Set.of(950_000_000L), x.investmentsOf("南川新能源光伏项目"));
        assertEquals(Set.of(300_000_000L), x.investmentsOf("西川储能项目"));
    }

    @Test
    void aSuperlativeNamesNoWorksAndItsPointsBackAtTheCompany() {
        Extracted x = Extracted.body("本报讯 今天签下的最大单体项目属于北岭华远化工有限公司。其三期锂电材料项目总投资20亿元，将建设年产5万吨电解液生产线。");
        assertFalse(x.names(EntityType.PROJECT).contains("最大单体项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("北岭华远化工有限公司"), x.enterprisesOf("三期锂电材料项目"));
    }

    @Test
    void namesEndingInAConjunctionOrATownsCharacterBeforeTheirPredicate() {
        Extracted x = Extracted.body("本报讯 自治州党委书记马国和在会上讲话。州党委副书记、州长洪之镇对各位企业家表示欢迎。");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("马国和", "洪之镇")), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.posts("洪之镇").contains("州长"), x.posts("洪之镇").toString());
    }

    @Test
    void leadersOfARegionAssistantGovernorsAndANameBeforeFenbie() {
        Extracted x = Extracted.body("本报讯 自治区领导韩明远、赵立清出席活动。省长助理、东岭市委书记夏文博出席仪式。"
                + "北岭市委副书记、市长周亚平分别致辞,并为新园区揭牌。");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("韩明远", "赵立清", "周亚平")), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.posts("夏文博").contains("省长助理"), x.posts("夏文博").toString());
    }

    @Test
    void aPlacedBaseRightBeforeWorksIsTheirPark() {
        Extracted x = Extracted.body("本报讯 调研组先后到开发区北岭新材有限公司、沈阳浑南航空产业基地辽宁东翼无人机项目实地调研。");
        assertTrue(x.names(EntityType.PARK).contains("沈阳浑南航空产业基地"), x.names(EntityType.PARK).toString());
        assertEquals(Set.of("沈阳浑南航空产业基地"), x.parksOf("辽宁东翼无人机项目"));
    }

    @Test
    void partOfTheWorksAfterTheirName() {
        Extracted x = Extracted.body("本报讯 据悉，华源30万吨再生铝项目部分车间已投入试生产。");
        assertTrue(x.names(EntityType.PROJECT).contains("华源30万吨再生铝项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aListClosedByDengAndAMarkLeavesDengOut() {
        Extracted x = Extracted.body("本报讯 其他项目还有北岭云平台研发中心项目、东川医疗二期项目、西部跨境物流分拨中心等。上述项目带动作用强。");
        assertTrue(x.names(EntityType.PROJECT).contains("西部跨境物流分拨中心"), x.names(EntityType.PROJECT).toString());
        assertFalse(x.names(EntityType.PROJECT).contains("西部跨境物流分拨中心等"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZoneBeforeOneSideOfAParkItHoldsIsAParkToo() {
        Extracted x = Extracted.body("本报讯 王宏远先后到朔州经济开发区数智产业园南区、北岭能源有限公司调研。");
        assertTrue(x.names(EntityType.PARK).contains("朔州经济开发区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aBrandOfCommonWordsBeforeItsTrade() {
        Extracted x = Extracted.body("本报讯 王宏远先后到东岭县产业集聚区新向往九和食品有限公司，北岭能源有限公司调研。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("新向往九和食品有限公司"), x.names(EntityType.ENTERPRISE).toString());
        Extracted agent = Extracted.body("本报讯 此次签约的远骏和光伏组件项目由东岭远骏和智能装备股份有限公司投资建设，总投资12亿元。");
        assertTrue(agent.names(EntityType.ENTERPRISE).contains("东岭远骏和智能装备股份有限公司"), agent.names(EntityType.ENTERPRISE).toString());
        Extracted clause = Extracted.body("本报讯 她认为，及早布局，可以让公司赢得更多订单。");
        assertTrue(clause.names(EntityType.ENTERPRISE).isEmpty(), clause.names(EntityType.ENTERPRISE).toString());
    }
}
