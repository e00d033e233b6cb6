package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Things an article names in full once and then by a short reference, and names written the pages' own way: a full stop
 * for a transliterated name's middle dot, a department's head run into one word (宣传部长).
 */
class ShortReferencesAndNamesTest {

    @Test
    void aProjectCalledByItsCompanysNameIsTheCompanysOneProject() {
        Extracted x = Extracted.body("本报讯 5月6日，在甘泉高新区北侧的青禾年产2万吨高性能磁材项目建设现场，工人们忙碌有序。"
                + "青禾公司是一家专注磁性材料的企业。目前，青禾项目正抢工期、赶进度，厂房主体已经完工。");
        String project = "青禾年产2万吨高性能磁材项目";
        assertEquals(Set.of(project), x.names(EntityType.PROJECT));
        assertTrue(x.entity(project).mentions().size() >= 2, x.entity(project).mentions().toString());
    }

    @Test
    void aCompanysNameWithTwoProjectsOfItsOwnNamesNeither() {
        Extracted x = Extracted.body("本报讯 青禾公司的青禾磁材一期项目已经投产，青禾磁材二期项目正在建设。目前，青禾项目正抢工期、赶进度。");
        assertTrue(x.names(EntityType.PROJECT).containsAll(Set.of("青禾磁材一期项目", "青禾磁材二期项目")),
                x.names(EntityType.PROJECT).toString());
        assertTrue(x.entity("青禾磁材一期项目").mentions().stream().allMatch(m -> m.length() > 4));
        assertTrue(x.entity("青禾磁材二期项目").mentions().stream().allMatch(m -> m.length() > 4));
    }

    @Test
    void aFullStopBetweenANamesPartsIsItsMiddleDot() {
        Extracted x = Extracted.body("本报讯 陪同调研的还有甘泉县县长艾力肯.吐尔逊，县委常委、副县长赵明等。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("艾力肯.吐尔逊"), x.names(EntityType.OFFICIAL).toString());
        assertEquals(Set.of("甘泉县县长"), x.posts("艾力肯.吐尔逊"));
    }

    @Test
    void aCompanyWithAnotherProjectOfItsOwnLeavesItsShortReferenceAlone() {
        Extracted x = Extracted.body("本报讯 青禾集团年产5万吨饲料项目和青禾集团投资建设的东岭冷链物流项目同日签约。青禾项目计划明年投产。");
        assertEquals(1, x.entity("青禾集团年产5万吨饲料项目").mentions().size(), x.entity("青禾集团年产5万吨饲料项目").mentions().toString());
    }

    @Test
    void aFullStopAfterAChineseNameStillPartsTwoNames() {
        Extracted x = Extracted.body("本报讯 县委书记张建国.县长赵志明出席开工仪式。");
        assertEquals(Set.of("张建国", "赵志明"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aFullStopBeforeAClauseJoinsNoName() {
        Extracted x = Extracted.body("本报讯 县委书记买买提.吐尔逊检查了东岭公司的生产线。");
        assertTrue(x.names(EntityType.OFFICIAL).stream().noneMatch(n -> n.contains("检查")), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aDepartmentsHeadWrittenAsOneWordIsAPost() {
        Extracted x = Extracted.body("本报讯 市委常委、宣传部长苏建华，市委常委、秘书长白志强出席开工仪式。");
        assertEquals(Set.of("市委常委", "宣传部长"), x.posts("苏建华"));
    }

    @Test
    void aZoneNamedWithoutItsRankIsTheSameZone() {
        Extracted x = Extracted.body("本报讯 甘泉国家高新区今年有5个项目列入全市重点项目。"
                + "其中，甘泉高新区青禾路立交工程已经开工，总投资9000万元。");
        assertEquals(Set.of("甘泉国家高新区"), x.names(EntityType.PARK));
        Extracted full = Extracted.body("本报讯 甘泉国家高新技术产业开发区今年新签约项目12个。甘泉国家高新区管委会主任王林介绍了情况。");
        assertEquals(Set.of("甘泉国家高新技术产业开发区"), full.names(EntityType.PARK));
    }

    @Test
    void twoZonesOfOnePlaceOneOfThemRankedStayTwo() {
        Extracted x = Extracted.body("本报讯 甘泉国家经济技术开发区和甘泉高新区签订合作协议，共建青禾产业园。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("甘泉国家经济技术开发区", "甘泉高新区")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aThemedParkCalledIndustrialAndIndustryInTurnIsOnePark() {
        Extracted x = Extracted.body("本报讯 甘泉铝型材工业园区今年新开工项目12个。据介绍，甘泉铝型材产业园区已入驻企业80家。");
        assertEquals(Set.of("甘泉铝型材工业园区"), x.names(EntityType.PARK));
    }

    @Test
    void aPlacesIndustrialAndIndustryParksStayTwo() {
        Extracted x = Extracted.body("本报讯 甘泉县工业园区和甘泉县产业园区分别签约项目5个和3个。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("甘泉县工业园区", "甘泉县产业园区")), x.names(EntityType.PARK).toString());
    }

    @Test
    void themedParksNamedSideBySideStayTwo() {
        Extracted x = Extracted.body("本报讯 临河县医药工业园区与临河县医药产业园区分属两家开发公司，分别位于城南和城北。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("临河县医药工业园区", "临河县医药产业园区")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aTownOrASideBeforeTheTwoEndingsIsNoTheme() {
        Extracted x = Extracted.body("本报讯 临河县城南工业园区新入驻企业5家。临河县城南产业园区道路工程完工。");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("临河县城南工业园区", "临河县城南产业园区")), x.names(EntityType.PARK).toString());
    }
}
