package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules from the 63rd batch's odd half and the 61st's: 兼 between one holder's posts ends a company's name, an event
 * joined by 暨 to a signing's title names no works, a verb of emphasis opens no name, a class of projects lists fields,
 * and a ranking's top joined to a kind of company is a kind (our own sentences).
 */
class EventsRankingsAndConcurrentPostsTest {

    @Test
    void concurrentPostsEndNoCompanysName() {
        Extracted x = Extracted.body("本报讯 东岭建工副总经理兼西南分局局长赵某，公司总经理助理兼物资公司经理钱某出席活动。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.contains("兼")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void anEventJoinedToASigningsTitleNamesNoWorks() {
        Extracted x = Extracted.body("本报讯 记者从北岭绿色发展高峰论坛暨北岭市重大项目集中签约活动上获悉，本次共签约项目30个。"
                + "云杉新材料产业推介暨招商引资项目对接会同日举行。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVerbOfEmphasisOpensNoName() {
        Extracted x = Extracted.body("本报讯 今年全市招商重点突出“四新”项目，注重引进东岭智能制造项目。");
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("突出") || n.contains("注重")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aClassOfProjectsListsFieldsButProjectsLikeThoseAreNamed() {
        Extracted x = Extracted.body("本报讯 从类别看，有色冶金、装备制造、生物医药等制造类项目40个。此外，东岭数据湖、"
                + "北岭算力中心等同类项目正在推进。");
        assertEquals(Set.of("东岭数据湖", "北岭算力中心"), x.names(EntityType.PROJECT));
    }

    @Test
    void aRankingsTopJoinedToAKindOfCompanyIsAKind() {
        Extracted x = Extracted.body("本报讯 今年以来，全区签约“500强”和行业龙头企业项目20余个。");
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), x.names(EntityType.PROJECT).toString());
    }
}
