package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards from a review of the round's announcers, party posts, park initials, counted lists and parties. */
class ReviewedAnnouncersAndInitialsTest {
    @Test
    void aCompanysChairmanWhoAnnouncesItsWorksIsNoOfficial() {
        Extracted x = Extracted.body("本报讯 恒达集团董事长陈志远出席仪式。陈志远宣布，恒达新材料项目正式开工。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("陈志远"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void anAnnouncementOfAnythingButWorksMakesNoOfficial() {
        Extracted x = Extracted.body("本报讯 晚会由主持人林晓主持。林晓宣布，北岭县首届美食节正式开幕。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("林晓"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void directionsToACompanysOwnDepartmentsOrToGovernmentsAtLargeMakeNoOfficial() {
        Extracted x = Extracted.body("本报讯 恒达集团董事长陈志远在年会上讲话。陈志远指出，集团各部门要把安全生产放在首位。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("陈志远"), x.names(EntityType.OFFICIAL).toString());
        Extracted y = Extracted.body("本报讯 论坛上，孙立平指出，地方政府要为民营企业营造更好的环境。");
        assertFalse(y.names(EntityType.OFFICIAL).contains("孙立平"), y.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aCompanysRegionIsNoPublicBody() {
        Extracted x = Extracted.body("本报讯 华北区党委书记、总经理陈志远出席了恒达集团的签约仪式。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("陈志远"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aZonesPostBeforeItsDevelopersTitleStillMakesAnOfficial() {
        Extracted x = Extracted.body("本报讯 北岭经济开发区党工委副书记、北岭城投集团董事长陈志远出席。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("陈志远"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void twoParksNamedSideBySideAreTwo() {
        Extracted x = Extracted.body("本报讯 北岭化工园区和北岭化纤纺织工业园区今年新开工项目18个。北岭智能制造产业园与北岭智能网联汽车制造产业园分别签约项目5个和3个。");
        assertEquals(4, x.names(EntityType.PARK).size(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aParkNamedByTheInitialsOfTwoWordsIsOnePark() {
        Extracted x = Extracted.body("本报讯 北岭化学工业园区今年开工项目12个。北岭化工园区的恒达新材料项目投资5亿元。");
        assertEquals(Set.of("北岭化学工业园区"), x.names(EntityType.PARK));
    }

    @Test
    void aCountedListsFirstItemStillSplitsFromTheClausesSubject() {
        Extracted x = Extracted.body("本报讯 会上，北岭县政府与恒达新材料、华瑞冷链物流2个项目签订了合作协议。");
        assertTrue(x.names(EntityType.PROJECT).contains("恒达新材料"), x.names(EntityType.PROJECT).toString());
        assertTrue(x.names(EntityType.PROJECT).stream().noneMatch(n -> n.contains("政府与")), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aPlaceWhoseShortNameIsAVerbIsStillAPlaceWithItsLevel() {
        Extracted x = Extracted.body("本报讯 签约项目包括甘南经济开发区合作市恒达新材料有限公司年产5万吨新材料项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("合作市恒达新材料有限公司年产5万吨新材料项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aVerbBeforeThePartyIsNoPartOfTheName() {
        Extracted x = Extracted.body("本报讯 4月2日，李强带一行人来到北岭工业园区考察，县长周立新陪同。");
        assertFalse(x.names(EntityType.PERSON).contains("李强带"), x.names(EntityType.PERSON).toString());
    }

    @Test
    void anUntitledCompanionJoinedByYuStillLeavesTheVisit() {
        Extracted x = Extracted.body("本报讯 县长周立新主持召开项目推进会。会后，周立新与张志强一行深入恒达机械有限公司技改项目进行观摩。");
        assertTrue(x.targetsOf("周立新").contains("恒达机械有限公司技改项目"), x.targetsOf("周立新").toString());
    }
}
