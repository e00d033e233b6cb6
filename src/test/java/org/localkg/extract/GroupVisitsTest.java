package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupVisitsTest {
    private static final Set<String> SITES = Set.of("华泰新材料有限公司", "北辰智能装备产业园", "东岭物流园项目");

    @Test
    void everyOfficialWhoTakesPartVisitsTheSitesOfTheParty() {
        Extracted x = Extracted.titled("全市重点项目建设观摩会举行",
                "本报讯(记者 王小明)3月18日，全市重点项目建设观摩会举行。观摩团先后来到华泰新材料有限公司、北辰智能装备产业园、"
                        + "东岭物流园项目建设现场，实地察看项目进展情况。\n"
                        + "市委书记张建国，市委副书记、市长李志强，市领导赵明、孙立华、周卫东等参加观摩。");
        for (String official : List.of("张建国", "李志强", "赵明", "孙立华", "周卫东")) {
            assertEquals(SITES, x.targetsOf(official), official);
        }
    }

    @Test
    void officialsWhoTakePartBeforeThePartySetsOffGoWithIt() {
        Extracted x = Extracted.titled("我市开展重点项目观摩活动",
                "本报讯 9月2日，市领导赵明、孙立华等参加全市重点项目观摩活动。大家先后走进华泰新材料有限公司、北辰智能装备产业园。"
                        + "随后，观摩人员来到东岭物流园项目，了解项目建设进度。");
        assertEquals(SITES, x.targetsOf("赵明"));
        assertEquals(SITES, x.targetsOf("孙立华"));
    }

    @Test
    void membersOfACongressPartyWithOthersListedAfterThemTakePart() {
        Extracted x = Extracted.body("10月9日下午，区人大常委会就全区产业项目推进情况开展视察。常委会主任钱立新、副主任吴建平，"
                + "部分常委会委员和基层人大代表参加了视察。代表们来到北辰智能装备产业园，察看了园内的华泰新材料有限公司。");
        Set<String> sites = Set.of("北辰智能装备产业园", "华泰新材料有限公司");
        assertEquals(sites, x.targetsOf("钱立新"));
        assertEquals(sites, x.targetsOf("吴建平"));
    }

    @Test
    void whoJoinsAVisitAnOfficialLedInspectsNothingOfTheirOwn() {
        Extracted x = Extracted.titled("市委书记张建国调研重点项目",
                "本报讯 3月18日，市委书记张建国一行来到华泰新材料有限公司调研。副市长赵明参加调研。"
                        + "观摩团随后来到北辰智能装备产业园。");
        assertTrue(x.facts.inspections().stream().noneMatch(i -> i.official().name().equals("赵明")), x.facts.inspections()::toString);
    }

    @Test
    void guestsOfAMeetingWhoAlsoSawACompanyTookPartInTheMeeting() {
        Extracted x = Extracted.titled("全市安全生产交流会召开",
                "本报讯 5月6日，全市安全生产交流会在北辰智能装备产业园召开。省应急厅副厅长钱立新，区领导吴建平、赵明参加活动。"
                        + "在华泰新材料有限公司，与会人员参观了企业展厅。");
        assertTrue(x.facts.inspections().isEmpty(), x.facts.inspections()::toString);
    }

    @Test
    void theLastPartyNounBeforeTheVerbIsTheSubjectAndEveryLeaderTakingPartGetsTheSites() {
        Extracted x = Extracted.titled("市政协组织委员开展集中视察",
                "本报讯 11月3日，市政协组织委员开展集中视察。市政协主席钱立新参加视察。\n"
                        + "3日上午，第二调研组的代表们依次来到华泰新材料有限公司、东岭物流园项目，了解企业发展情况。");
        assertEquals(Set.of("华泰新材料有限公司", "东岭物流园项目"), x.targetsOf("钱立新"));
    }

    @Test
    void othersListedBetweenTheLeadersAndTakingPartAndAFieldSurveyAreThePartys() {
        Extracted x = Extracted.body("6月12日，县人大常委会调研组到全县重点项目一线开展调研。常委会副主任钱立新、吴建平，"
                + "部分退休老同志，部分市、县人大代表以及各工作委员会负责同志参加调研。调研组实地踏查了华泰新材料有限公司、北辰智能装备产业园。");
        Set<String> sites = Set.of("华泰新材料有限公司", "北辰智能装备产业园");
        assertEquals(sites, x.targetsOf("钱立新"));
        assertEquals(sites, x.targetsOf("吴建平"));
    }

    @Test
    void inAReportOfAPartysTourTakingPartInTheActivityIsTakingPartInTheTour() {
        Extracted x = Extracted.titled("常委会组成人员参观东岭科技城",
                "本报讯 18日，常委会组成人员一同参观了东岭科技城。副主任钱立新、吴建平参加活动。"
                        + "组成人员依次参观了华泰新材料有限公司、东岭物流园项目。");
        assertEquals(Set.of("东岭科技城", "华泰新材料有限公司", "东岭物流园项目"), x.targetsOf("吴建平"));
    }

    @Test
    void aPartyAtASiteIsThere() {
        Extracted x = Extracted.body("9月5日，县政协主席钱立新以及部分驻县政协委员对全县在建项目进行视察。"
                + "上午，视察组在东岭物流园项目工地听取了汇报。");
        assertEquals(Set.of("东岭物流园项目"), x.targetsOf("钱立新"));
    }

}
