package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guards from a review of this round's rules: a time word that ends past a name does not cut it
 * (张晓明|日前, read 明日); a partner is the builder of the first works after it only; 其中 before one
 * of the projects just listed keeps its sum; a place and a field opening a name are no company's
 * initials; a trip to win investment that signed nothing in its sentence still visits.
 */
class ReviewedTimeWordsPartnersAndTripsTest {

    @Test
    void aTimeWordEndingPastTheNameLeavesItWhole() {
        Extracted x = Extracted.body("本报讯 副市长张晓明日前到华兴科技有限公司调研。");
        assertEquals(Set.of("张晓明"), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of("华兴科技有限公司"), x.targetsOf("张晓明"));
    }

    @Test
    void aPartnerBuildsOnlyTheFirstWorksAfterIt() {
        Extracted x = Extracted.body("本报讯 经开区与盛达集团合作，引进的盛达电池项目已开工，同时建设瑞丰仓储项目。");
        assertTrue(x.enterprisesOf("瑞丰仓储项目").isEmpty(), x.enterprisesOf("瑞丰仓储项目").toString());
    }

    @Test
    void qizhongBeforeAListedProjectKeepsItsSum() {
        Extracted x = Extracted.body("本报讯 当天签约的是绿川集团东港金融中心项目和华岳数据湖产业化项目，合计投资90亿元。"
                + "其中，绿川东港金融中心项目总投资60亿元，规划建设商务楼宇群。");
        assertEquals(Set.of(6_000_000_000L), x.investmentsOf("绿川集团东港金融中心项目"));
    }

    @Test
    void aPlaceAndAFieldOpeningANameAreNoCompanysInitials() {
        Extracted x = Extracted.body("本报讯 徽县恒兴立智能装备有限公司落户园区。徽县智能制造产业园重点项目进展顺利。");
        assertTrue(x.enterprisesOf("徽县智能制造产业园重点项目").isEmpty(), x.enterprisesOf("徽县智能制造产业园重点项目").toString());
    }

    @Test
    void aTripThatSignedNothingInItsSentenceStillVisits() {
        Extracted x = Extracted.body("本报讯 市委书记吴建华带队赴上海开展招商考察活动，对接洽谈项目。"
                + "吴建华一行来到华远控股集团有限公司，与集团负责人座谈。");
        assertTrue(x.targetsOf("吴建华").contains("华远控股集团有限公司"), x.targetsOf("吴建华").toString());
    }
}
