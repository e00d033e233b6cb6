package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A project the article names again with words left out is the same project. Every sentence is made up. */
class ShortenedProjectNamesTest {
    @Test
    void aLaterNameWithWordsLeftOutIsTheSameProject() {
        Extracted x = Extracted.body("滨江国际机场三期改扩建项目总投资120亿元。市委书记王明来到滨江机场，"
                + "听取机场三期项目前期工作情况汇报。");
        assertEquals(Set.of("滨江国际机场三期改扩建项目"), x.names(EntityType.PROJECT));
    }

    @Test
    void aNameHeldByTwoLongerOnesNamesNeither() {
        assertTrue(Coreference.shortens("光伏发电站项目", "东湖渔光互补光伏发电站项目"));
        Extracted x = Extracted.body("东湖渔光互补光伏发电站项目和西山农光互补光伏发电站项目同日开工。"
                + "光伏发电站项目建成后年发电量可达3亿千瓦时。");
        assertEquals(3, x.names(EntityType.PROJECT).size(), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void onlyRunsOfTwoCharactersOrMoreAndTheSamePhases() {
        assertTrue(Coreference.shortens("瑞丰锦城光年项目", "瑞丰集团锦城光年项目"));
        assertTrue(Coreference.shortens("滨江数据中心二期项目", "滨江云谷大数据中心二期"), "a list's item without its 项目");
        assertFalse(Coreference.shortens("甲产业园项目", "甲产业园二期项目"), "a phase left out");
        assertFalse(Coreference.shortens("年产5万吨甜味剂项目", "年产10万吨甜味剂项目"));
        assertFalse(Coreference.shortens("城光项目", "瑞丰集团锦城光年项目"), "four characters at least before 项目");
        assertFalse(Coreference.shortens("锦光年华项目", "瑞丰锦城光年新华项目"), "pieces of one character");
    }

    @Test
    void aListedFieldCalledAProjectIsNoProject() {
        Extracted x = Extracted.body("今年全市谋划项目涉及云基地、交通物流、新能源发电、现代农业等领域。其中滨江云基地项目年内投资37亿元，"
                + "交通物流项目年内投资21亿元。");
        assertFalse(x.names(EntityType.PROJECT).contains("交通物流项目"), x.names(EntityType.PROJECT)::toString);
        assertTrue(x.names(EntityType.PROJECT).contains("滨江云基地项目"), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aQuotedNicknameAfterADemonstrativeIsTheProjectJustNamed() {
        Extracted x = Extracted.body("东坪新区雨污分流改造工程已进场施工，这个总投资2.4亿元、惠及3万户居民的“碧水东坪”项目，将铺设管网18公里。");
        assertEquals(Set.of("东坪新区雨污分流改造工程"), x.names(EntityType.PROJECT));
        assertEquals(new java.math.BigDecimal("240000000"), x.facts.investments().get(0).yuan());
    }
}
