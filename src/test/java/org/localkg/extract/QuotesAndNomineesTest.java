package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A company speaking in a quote, a company's short name with 公司, nominees' titles, topics joined to a project. */
class QuotesAndNomineesTest {
    @Test
    void theProjectsAQuotedCompanyBuildsAreTheSpeakersCompanysAndStandWhereItWasSaid() {
        Extracted x = Extracted.body("“公司将投资12亿元，新建年产8万吨铜箔项目和2万吨电池回收项目，进一步延伸产业链。”"
                + "5月8日，在北岭工业园区，东辰新材料科技有限公司副总经理陈立文介绍。");
        assertEquals(Set.of("东辰新材料科技有限公司"), x.enterprisesOf("年产8万吨铜箔项目"));
        assertEquals(Set.of("东辰新材料科技有限公司"), x.enterprisesOf("2万吨电池回收项目"));
        // and they stand where the quote was said
        assertEquals(Set.of("北岭工业园区"), x.parksOf("年产8万吨铜箔项目"));
        assertEquals(Set.of("北岭工业园区"), x.parksOf("2万吨电池回收项目"));
    }

    @Test
    void aQuoteSaidInTwoParksPlacesNoProject() {
        Extracted x = Extracted.body("“公司将投资12亿元，新建年产8万吨铜箔项目，进一步延伸产业链。”"
                + "5月8日，在北岭工业园区和河口产业园，东辰新材料科技有限公司副总经理陈立文介绍。");
        assertTrue(x.parksOf("年产8万吨铜箔项目").isEmpty(), x.facts.parks.toString());
    }

    @Test
    void aQuoteSaidBySomeoneOfNoCompanyGivesNoCompany() {
        Extracted x = Extracted.body("北岭化工有限公司去年产值增长两成。“公司将投资12亿元，新建年产8万吨铜箔项目。”"
                + "5月8日，北岭区副区长陈立文介绍。");
        assertTrue(x.enterprisesOf("年产8万吨铜箔项目").isEmpty(), x.facts.enterprises().toString());
    }

    @Test
    void aCompanysShortNameWithGongsiIsTheSameCompany() {
        Extracted x = Extracted.body("大同东辰新材料科技有限公司董事长陈立文介绍了企业情况。东辰公司是全市唯一一家铜箔生产企业。");
        assertEquals(Set.of("大同东辰新材料科技有限公司"), x.names(EntityType.ENTERPRISE), x.facts.entities().toString());
    }

    @Test
    void aNomineeForATitleHoldsThatPost() {
        Extracted x = Extracted.body("县委常委、县政府党组副书记、副县长提名人选赵文涛，县政府副县长孙启明参加调研。");
        assertEquals(Set.of("县委常委", "县政府党组副书记", "副县长提名人选"), x.posts("赵文涛"));
    }

    @Test
    void aTopicJoinedToAProjectIsNoPartOfItsName() {
        Extracted x = Extracted.body("市长王建国到北岭区就农业发展情况及东岭物流园项目进展开展调研。");
        assertEquals(Set.of("东岭物流园项目"), x.names(EntityType.PROJECT), x.facts.entities().toString());
    }

    @Test
    void aVisitorSpeakingAtACompanyDoesNotGiveItTheProject() {
        Extracted x = Extracted.body("“我们公司计划新建西河储能电池项目，总投资5亿元。”3月5日，县长王强在东岭新材料科技有限公司调研时说。");
        assertTrue(x.enterprisesOf("西河储能电池项目").isEmpty(), x.facts.enterprises().toString());
    }

    @Test
    void aCompanyNamedByItsCountryAndTradeIsNoShortName() {
        Extracted x = Extracted.body("中国建设银行股份有限公司北岭分行行长陈立文出席。中国建设公司负责人也参加了签约。");
        assertTrue(x.facts.entities().stream().noneMatch(e -> e.name().startsWith("中国建设银行") && e.aliases().contains("中国建设公司")),
                x.facts.entities().toString());
    }
}
