package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a name opens: after a description and 的, at a name the segmenter cut into characters; a description is none. */
class NameOpeningsTest {
    @Test
    void aListsFirstCompanyOpensAfterTheDescriptionBeforeIt() {
        Extracted x = Extracted.body("本报讯 作为临规企业的大庆华浮石油技术开发有限公司、大庆市蓝海环保科技有限公司，2户企业产值均接近1000万元。");
        assertEquals(Set.of("大庆华浮石油技术开发有限公司", "大庆市蓝海环保科技有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void aZonesNameCutIntoCharactersKeepsItsFirst() {
        Extracted x = Extracted.body("本报讯 由北方瑞丰农业科技有限公司规划、设计、施工、运营的深川现代农业生态产业园集中连片日光温室(二期)项目"
                + "总投资2.9亿元，目前已经达到种植条件。");
        assertTrue(x.names(EntityType.PARK).contains("深川现代农业生态产业园"), x.names(EntityType.PARK).toString());
        assertFalse(x.names(EntityType.PARK).contains("川现代农业生态产业园"));
    }

    @Test
    void aZonesNameOfTwoCharactersCutIntoAnAdjectiveAndAPieceIsWhole() {
        Extracted x = Extracted.body("本报讯 项目投产后，年供热能力1200万平方米，能满足以深鄂产业园为主的片区未来发展需求。");
        assertTrue(x.names(EntityType.PARK).contains("深鄂产业园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aZonesCityWordIsNotTheStartOfCity() {
        Extracted x = Extracted.body("本报讯 考察团一行先后参观了东川国际机场、北岭新区城市展示中心、东川智慧城市指挥中心等地。");
        assertFalse(x.names(EntityType.PARK).contains("东川智慧城"), x.names(EntityType.PARK).toString());
    }

    @Test
    void whatAPlaceIsToBecomeIsNoZone() {
        Extracted x = Extracted.body("本报讯 海川河岸新区管委会与华信地产控股有限公司举行投资合作签约仪式。河岸新区将成为践行新发展理念的典范新区。");
        assertTrue(x.names(EntityType.PARK).contains("海川河岸新区"), x.names(EntityType.PARK).toString());
        assertFalse(x.names(EntityType.PARK).contains("典范新区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aZoneNamedByACommonWordAndNamedAgainStays() {
        Extracted x = Extracted.body("本报讯 市里的空港新区今年新签约项目12个。空港新区管委会负责人介绍，项目总投资36亿元。");
        assertTrue(x.names(EntityType.PARK).contains("空港新区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aListsProjectOpensAfterTheCompaniesThatFoundedItsOwner() {
        Extracted x = Extracted.body("本报讯 园区引进了由北方振声集团、东山建投公司和南州投资公司共同出资成立的恒邦材料公司20万吨有机硅及功能材料等项目，"
                + "即将落地实施。");
        assertEquals(Set.of("恒邦材料公司20万吨有机硅及功能材料"), x.names(EntityType.PROJECT));
        assertEquals(Set.of("恒邦材料公司"), x.enterprisesOf("恒邦材料公司20万吨有机硅及功能材料"));
    }
}
