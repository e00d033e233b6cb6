package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The faults a review found in the rules of {@link ListRestartsAndLegalNamesTest} and the set-out rule, guarded. */
class ReviewedRestartsAndGoingTest {

    @Test
    void anItemsOwnPhraseWithAPrepositionKeepsTheItemsBeforeIt() {
        Extracted x = Extracted.body("本报讯 此次签约的有青禾电子、专注于芯片封装的博达微电子等4家企业。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("青禾电子"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void companiesThatSignWithEachKeepTheirList() {
        Extracted x = Extracted.body("本报讯 青禾公司、博达公司分别与甘泉大学、东岭学院签订合作协议。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("青禾公司", "博达公司")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void onlyAVerbOfLearningAfterAWordOfMannerOpensTheClause() {
        Extracted x = Extracted.body("本报讯 自动驾驶测试基地项目、青禾智慧物流项目等5个项目集中签约。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("测试")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void wordsBeforeABracketedPlaceAreNoPartOfTheName() {
        Extracted x = Extracted.body("本报讯 来自北京(海淀)的青禾科技有限公司等3家企业签约入驻。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.contains("的")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aGoingOthersDoOrOneAccompaniedIsNoVisitOfTheSpeaker() {
        Extracted x = Extracted.body("本报讯 县长刘明强调，赴青禾工业园区考察的客商要做好服务保障。");
        assertEquals(Set.of(), x.targetsOf("刘明"));
        Extracted y = Extracted.body("本报讯 5月9日，县长刘明陪同省考察组，赴青禾工业园区调研。");
        assertEquals(Set.of(), y.targetsOf("刘明"));
    }

    @Test
    void theOneMetBeforeSettingOutIsNoTarget() {
        Extracted x = Extracted.body("本报讯 区长陈刚会见了博达集团董事长李明，赴青禾产业园考察项目。");
        assertEquals(Set.of("青禾产业园"), x.targetsOf("陈刚"));
    }
}
