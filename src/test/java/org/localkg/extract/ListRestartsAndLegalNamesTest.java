package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A list that starts after a preposition's phrase (对入驻的…) or after 分别与, or after a word of manner and its verb
 * (详细了解…); a legal name with its place in brackets read whole; a surname the segmenter took for a measure word.
 */
class ListRestartsAndLegalNamesTest {

    private static final String WELCOMED = "本报讯 区委书记王林在签约仪式上代表区委、区政府对入驻的青禾科技有限公司、"
            + "博达(甘泉)电气工程配电系统有限公司等5家企业表示祝贺。";

    @Test
    void aListStartsAfterAPrepositionsPhraseEndingInDe() {
        Extracted x = Extracted.body(WELCOMED);
        assertFalse(x.names(EntityType.ENTERPRISE).stream().anyMatch(n -> n.contains("区委")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aLegalNameWithItsPlaceInBracketsIsOneName() {
        Extracted x = Extracted.body(WELCOMED);
        assertEquals(Set.of("青禾科技有限公司", "博达(甘泉)电气工程配电系统有限公司"), x.names(EntityType.ENTERPRISE));
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void theItemsBeforeEachWithAreWhoSigns() {
        Extracted x = Extracted.body("本报讯 副区长戴林主持。区政协副主席、某街道党委书记张长河分别与青禾公司、博达公司等5家企业签约。");
        assertEquals(Set.of("青禾公司", "博达公司"), x.names(EntityType.ENTERPRISE));
        assertEquals(Set.of("区政协副主席", "某街道党委书记"), x.posts("张长河"));
    }

    @Test
    void anItemsOwnModifierKeepsTheList() {
        Extracted x = Extracted.body("本报讯 总投资15亿元的甘泉航空部件升级改造、总投资14亿元的青禾轴承生产建设、博达新基地等项目有序推进。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("甘泉航空部件升级改造", "青禾轴承生产建设")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aWordOfMannerAndItsVerbOpenNoItem() {
        Extracted x = Extracted.body("本报讯 县长王林实地查看青禾能源陶瓷生产项目建设情况，详细了解博达新材年产2万吨铝粉项目、"
                + "年产2500万平方米腐蚀箔项目、石墨烯导电杆中试项目进展。");
        assertTrue(x.names(EntityType.PROJECT).contains("博达新材年产2万吨铝粉项目"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.startsWith("详细")), x.names(EntityType.PROJECT).toString());
    }
}
