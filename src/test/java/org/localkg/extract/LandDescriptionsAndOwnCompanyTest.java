package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 的 ends a description of the works' land before their name and opens no name; a company that speaks
 * of itself (我集团, 贵公司) names none.
 */
class LandDescriptionsAndOwnCompanyTest {

    @Test
    void deAfterTheLandTakenOpensNoName() {
        Extracted x = Extracted.body("本报讯 东川经开区一批重点项目进展顺利。总投资1.3亿元、占地面积16000平方米的华丰食品有限公司"
                + "酱油酿造车间已经封顶，预计明年投产。");
        Set<String> names = x.names(EntityType.PROJECT);
        assertTrue(names.stream().noneMatch(n -> n.startsWith("的")), names.toString());
        assertTrue(x.names(EntityType.ENTERPRISE).contains("华丰食品有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCompanySpeakingOfItselfNamesNone() {
        Extracted x = Extracted.body("本报讯 市委常委周立同志出席座谈，听取了我集团有关北湖产业园的设想，"
                + "高度评价我集团对本地经济的贡献。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }
}
