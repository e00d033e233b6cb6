package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 43's rules: a name of two that the segmenter's joined verb cut short (苑某发|出席 read as 发出|席); parks of
 * trade named by a brand alone among visited sites; a company's 投入 before the works it carries out; a zone's level
 * before its place (国家级|某某经济开发区); a joint-stock company named again without its liability form; a company's role
 * before its name (建设主体|某某集团); where a ceremony's venue is (分会场设在|某某项目开工现场); a character and its
 * alternative in a bracket inside a name (正(负)极).
 */
class JoinedVerbsAndBrandedParksTest {

    @Test
    void aNamesLastCharacterJoinedToTheVerbAfterItIsTheNames() {
        Extracted x = Extracted.body("本报讯 推进会上,区长孙红、区政协主席苑林发出席,副区长钱立新通报进展。\n");
        assertTrue(x.names(EntityType.OFFICIAL).contains("苑林发"), x.names(EntityType.OFFICIAL).toString());
        assertFalse(x.names(EntityType.OFFICIAL).contains("苑林"), x.names(EntityType.OFFICIAL).toString());
        Extracted y = Extracted.body("本报讯 签约仪式上,区长孙红、区政协主席苑松发出席,副区长钱立新主持。\n");
        assertTrue(y.names(EntityType.OFFICIAL).contains("苑松发"), y.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aWordThatFollowsNamesInsideALongerWordOrAfterAnAdverbLeavesTheNameAlone() {
        Extracted x = Extracted.body("本报讯 区委书记张伟发出号召,全区干部要立足岗位。副区长王强出席会议。\n");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("张伟", "王强")), x.names(EntityType.OFFICIAL).toString());
        Extracted y = Extracted.body("本报讯 会上,副区长刘洋协调研究解决拆迁问题。\n");
        assertFalse(y.names(EntityType.OFFICIAL).contains("刘洋协"), y.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void parksOfTradeNamedByABrandAmongVisitedSites() {
        Extracted x = Extracted.body("本报讯 市长赵海峰一行先后走访锦通国际物流园、帆运国际物流园,了解园区招商情况。\n");
        assertTrue(x.names(EntityType.PARK).containsAll(Set.of("锦通国际物流园", "帆运国际物流园")), x.names(EntityType.PARK).toString());
        assertTrue(x.targetsOf("赵海峰").contains("锦通国际物流园"), x.targetsOf("赵海峰").toString());
    }

    @Test
    void parksOfTradeNamedByWordsOfTheLanguageOrAPhraseAreNoBrandsParks() {
        Extracted x = Extracted.body("本报讯 调研组先后来到北岭村、南岭社区、返乡青年创办的创业园,了解就业情况。\n");
        assertFalse(x.names(EntityType.PARK).stream().anyMatch(p -> p.contains("创办")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCompanysOutlayBeforeTheWorksItCarriesOut() {
        Extracted x = Extracted.body("本报讯 今年,恒锐集团投入8亿元,实施了锂电池隔膜二期工程和恒锐研发中心项目,预计年底建成。\n");
        assertEquals(Set.of("恒锐集团"), x.enterprisesOf("锂电池隔膜二期工程"));
    }

    @Test
    void aZonesLevelBeforeItsPlaceIsNoPartOfItsName() {
        Extracted x = Extracted.body("本报讯 去年,国家级宝坻经济开发区新落户企业12家,总投资30亿元。\n");
        assertTrue(x.names(EntityType.PARK).contains("宝坻经济开发区"), x.names(EntityType.PARK).toString());
        assertFalse(x.names(EntityType.PARK).contains("国家级宝坻经济开发区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aJointStockCompanyNamedAgainWithoutItsLiabilityFormIsOneCompany() {
        Extracted x = Extracted.body("本报讯 市政府与恒锐新能源股份有限公司签署框架协议。据悉,恒锐新能源股份将在当地建设电池隔膜生产线。\n");
        assertEquals(Set.of("恒锐新能源股份有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aCompanysRoleBeforeItsNameIsNoPartOfIt() {
        Extracted x = Extracted.body("本报讯 据介绍,该项目建设主体恒锐化学集团是行业龙头,项目建设单位北祥建工集团有限公司负责施工。\n");
        assertEquals(Set.of("恒锐化学集团", "北祥建工集团有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void whereAVenueIsOpensNoWorksName() {
        Extracted x = Extracted.body("本报讯 当天,北岭园区分会场设在恒锐材料公司年产8万吨锂电隔膜项目施工现场。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("恒锐材料公司年产8万吨锂电隔膜项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void worksAndBodiesNamedAfterABuildersRoleStartAfterIt() {
        Extracted x = Extracted.body("本报讯 投资方恒锐控股集团年产20万吨新材料项目昨日开工。\n");
        assertEquals(Set.of("恒锐控股集团"), x.enterprisesOf("恒锐控股集团年产20万吨新材料项目"));
        Extracted y = Extracted.body("本报讯 建设单位北岭县住房和城乡建设局负责配套道路建设。\n");
        assertTrue(y.names(EntityType.ORGANIZATION).contains("北岭县住房和城乡建设局"), y.names(EntityType.ORGANIZATION).toString());
    }

    @Test
    void theWorksMainStructureIsNoRole() {
        Extracted x = Extracted.body("本报讯 项目主体恒锐置业有限公司表示,一期工程明年交付。\n");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("恒锐置业有限公司"), x.names(EntityType.ENTERPRISE).toString());
        Extracted y = Extracted.body("本报讯 目前,项目主体结构已封顶,北祥建工集团有限公司正在进行内部装修。\n");
        assertTrue(y.names(EntityType.ENTERPRISE).contains("北祥建工集团有限公司"), y.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCharacterAndItsAlternativeInABracketStayInTheName() {
        Extracted x = Extracted.body("本报讯 恒锐公司投资8亿元建设年产2万吨锂电池正(负)极材料项目,预计明年投产。\n");
        assertTrue(x.names(EntityType.PROJECT).contains("年产2万吨锂电池正(负)极材料项目"), x.names(EntityType.PROJECT).toString());
    }
}
