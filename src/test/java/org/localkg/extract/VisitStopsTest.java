package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The stops of a visit written as clauses of places and names after one verb (先后到甲，乙，丙，实地察看…),
 * an official who goes along (一同调研), and the names such a list holds.
 */
class VisitStopsTest {
    private static final String LEAD = "本报讯 11月6日，省商务厅党组书记、厅长张建国一行到我市调研开发区建设等工作。";
    private static final String STOPS = "张建国先后到晋中市辽宁华远保税物流中心，东川县产业集聚区华丰食品有限公司，"
            + "河阳经济开发区科创产业园北区、瑞恒能源有限公司、金泰煤机有限公司，实地察看、听取汇报，了解企业生产运营情况。";

    @Test
    void clausesOfPlacesAndNamesAreStopsOfOneVisit() {
        Extracted x = Extracted.body(LEAD + STOPS);
        // …and the zone that holds the park of the third stop, which the lead's 调研开发区建设 names (one zone called 开发区)
        assertEquals(Set.of("辽宁华远保税物流中心", "东川县产业集聚区", "华丰食品有限公司", "河阳经济开发区科创产业园北区",
                "瑞恒能源有限公司", "金泰煤机有限公司", "河阳经济开发区"), x.targetsOf("张建国"));
    }

    @Test
    void aClauseOpeningWithAVerbEndsTheStops() {
        Extracted x = Extracted.body(LEAD + "张建国先后到东川县产业集聚区，瑞恒能源有限公司负责人介绍了企业生产情况。");
        assertEquals(Set.of("东川县产业集聚区"), x.targetsOf("张建国"), x.facts.inspections().toString());
    }

    @Test
    void whoGoesAlongSharesTheLeadsVisitAndTakesNoneFromIt() {
        Extracted x = Extracted.body(LEAD + "副市长李明一同调研。\n" + STOPS);
        assertTrue(x.targetsOf("张建国").containsAll(Set.of("华丰食品有限公司", "金泰煤机有限公司")), x.facts.inspections().toString());
        assertEquals(x.targetsOf("张建国"), x.targetsOf("李明"));
    }

    @Test
    void aBondedLogisticsCentreIsAZoneNamedFromItsProvince() {
        Extracted y = Extracted.body("本报讯 晋中市山西恒通保税物流中心今年进出口额增长两成。");
        assertTrue(y.names(EntityType.PARK).contains("山西恒通保税物流中心"), y.names(EntityType.PARK).toString());
        assertFalse(y.names(EntityType.PARK).contains("晋中市山西恒通保税物流中心"));
    }

    @Test
    void aZonesNameReadAsAPersonsStillTakesTheTitlesBeforeIt() {
        Extracted x = Extracted.body("本报讯 昨日，签约仪式前，市委副书记、金坪新区党工委书记、管委会主任王志刚会见企业家代表。");
        assertEquals(Set.of("市委副书记", "金坪新区党工委书记", "管委会主任"), x.posts("王志刚"));
    }

    @Test
    void anOfficialHeadingAPartyLeadsItsVisit() {
        Extracted x = Extracted.body("本报讯 8月20日，全国政协委员、北川省政协党组书记、主席张建国等住北川全国政协委员考察团一行来到我市参观考察。\n"
                + "市委书记王明，市委副书记、市长李强陪同考察。\n"
                + "考察团首先来到东川光伏产业园，对华能光伏发电项目进行考察。随后，考察团来到恒远钢铁(集团)公司。");
        assertEquals(Set.of("东川光伏产业园", "华能光伏发电项目", "恒远钢铁(集团)公司"), x.targetsOf("张建国"));
    }

    @Test
    void whatIsInspectedBeforeTheVerbIsATarget() {
        Extracted x = Extracted.body("东川县重点项目集中签约\n本报讯 8月20日，东川县重点项目集中签约仪式举行，华能光伏发电项目等12个项目签约，"
                + "总投资80亿元。省政协主席张建国出席仪式。会后，张建国来到东川光伏产业园，对华能光伏发电项目进行考察。");
        assertTrue(x.targetsOf("张建国").contains("华能光伏发电项目"), x.facts.inspections().toString());
    }

    @Test
    void stopsCountOnlyWhenWhatWasDoneThereClosesThem() {
        Extracted x = Extracted.body(LEAD + "张建国先后到东川县产业集聚区，河阳经济开发区科创产业园北区、瑞恒能源有限公司。");
        // (河阳经济开发区: the lead's 调研开发区建设, not a stop)
        assertEquals(Set.of("东川县产业集聚区", "河阳经济开发区"), x.targetsOf("张建国"), x.facts.inspections().toString());
    }
}
