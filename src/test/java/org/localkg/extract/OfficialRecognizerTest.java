package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficialRecognizerTest {
    @Test
    void titleThenNameGivesAnOfficialWithThePost() {
        Extracted x = Extracted.body("昨天上午，市委书记林建华专题调研滨江新城建设。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("林建华"));
        assertEquals(Set.of("市委书记"), x.posts("林建华"));
    }

    @Test
    void someoneWhoOpensAnEventAndGivesDirectionsIsAnOfficialWithoutATitle() {
        Extracted x = Extracted.body("3月5日上午，全市重点项目集中开工仪式在城东经济开发区举行，周海波出席开工仪式并宣布项目开工。"
                + "随后，周海波来到华诚机电有限公司调研。周海波强调，要加快推进项目建设。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("周海波"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.facts.inspections().stream().anyMatch(i -> i.official().name().equals("周海波")));
    }

    @Test
    void someoneWhoOnlyGivesAViewIsNoOfficial() {
        Extracted x = Extracted.body("周海波指出，新能源产业正在加快发展。周海波表示，企业要加强研发。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("周海波"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void theHeadsOfPrefecturesLeaguesAndBannersHoldPosts() {
        Extracted x = Extracted.body("州长郑德明、旗长韩立新到滨江开发区调研。");
        assertEquals(Set.of("州长"), x.posts("郑德明"));
        assertEquals(Set.of("旗长"), x.posts("韩立新"));
    }

    @Test
    void aTransliteratedNameAfterATitleIsTheOfficials() {
        Extracted x = Extracted.body("昨天，州长阿依古丽到滨江开发区调研。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("阿依古丽"), x.names(EntityType.OFFICIAL).toString());
        Extracted y = Extracted.body("市委副书记、市长吾拉提江·买买提致辞。");
        assertEquals(Set.of("市委副书记", "市长"), y.posts("吾拉提江·买买提"));
    }

    @Test
    void lessCommonSurnamesOpenAnOfficialsName() {
        // 肖, 佟, 栗 and 贠 are common enough surnames that the list must know them
        Extracted x = Extracted.body("市政协党组书记、副主席贠晓东率队视察，副市长肖建平、佟明远、栗春生参加视察。");
        assertEquals(Set.of("贠晓东", "肖建平", "佟明远", "栗春生"), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of("副市长"), x.posts("栗春生"));
    }

    @Test
    void theChairOfADemocraticPartysCommitteeHoldsAPost() {
        // 主委 and 副主委: the chair (主任委员) of a democratic party's provincial or city committee
        Extracted x = Extracted.body("省政协副主席、民盟东岭省委会主委韩立峰，民盟青林市委会副主委邵春梅参加调研。");
        assertEquals(Set.of("省政协副主席", "民盟东岭省委会主委"), x.posts("韩立峰"));
        assertEquals(Set.of("民盟青林市委会副主委"), x.posts("邵春梅"));
    }

    @Test
    void everyNameOfALeadersListIsAnOfficialsTransliteratedOrLastOrNot() {
        Extracted x = Extracted.body("市领导孙明、吾拉提江·买买提、卢希望、付建国，东岭商会会长刘东晓出席开工仪式。");
        Set<String> officials = x.names(EntityType.OFFICIAL);
        assertTrue(officials.containsAll(Set.of("孙明", "吾拉提江·买买提", "卢希望", "付建国")), officials::toString);
        assertFalse(officials.contains("刘东晓"), officials::toString);
    }

    @Test
    void theFirstNameOfALeadersListAfterAConjunctionIsAnOfficialsToo() {
        Extracted x = Extracted.body("孙明、陈立等省领导及韩立峰、邵春梅、付建国等市领导参加签约仪式。");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("韩立峰", "邵春梅", "付建国")), x.names(EntityType.OFFICIAL)::toString);
    }

    @Test
    void postsAreSplitAtEnumerationCommaAndComma() {
        Extracted x = Extracted.body("区委常委，经济开发区党工委副书记、管委会主任韩梅参加活动。");
        assertEquals(Set.of("区委常委", "经济开发区党工委副书记", "管委会主任"), x.posts("韩梅"));
    }

    @Test
    void aLongOrganisationBeforeTheTitleIsPartOfThePost() {
        Extracted x = Extracted.body("会上，省应急管理厅火灾调查处处长钟立平作了发言。");
        assertEquals(Set.of("省应急管理厅火灾调查处处长"), x.posts("钟立平"));
    }

    @Test
    void aNameThenTopTitleIsAnOfficial() {
        Extracted x = Extracted.body("王建国总理来到星河科技园考察。");
        assertEquals(Set.of("总理"), x.posts("王建国"));
    }

    @Test
    void aLeaderCitedForWhatTheySaidIsNoParticipant() {
        // the development set's practice: 学习贯彻某某总书记重要讲话精神 cites an authority
        Extracted x = Extracted.body("会议要求深入学习贯彻王建国总书记关于发展的重要论述。");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aLeaderCitedAfterYiOrOnAClippedPageIsNoParticipant() {
        Extracted x = Extracted.body("8月29日，省委书记李明深入南川工业园区调研，强调要以王建国总书记视察南川时重要讲话精神为引领，推动园区发展。");
        assertEquals(Set.of("李明"), x.names(EntityType.OFFICIAL));
        Extracted y = Extracted.body("区委书记李明出席活动并讲话。他指出，过去一年，新区深入践行王建国总书记视察南");
        assertEquals(Set.of("李明"), y.names(EntityType.OFFICIAL));
    }

    @Test
    void unitsLeadersAndALabelAfterAConjunctionIntroduceOfficials() {
        Extracted x = Extracted.body("本报讯 9月27日，南川新区举行项目集中签约活动。新区及功能区领导周立东、黄金红、石立强等参加会见。");
        assertEquals(Set.of("周立东", "黄金红", "石立强"), x.names(EntityType.OFFICIAL));
        Extracted y = Extracted.body("本报讯 市长刘明，市委常委、常务副市长王路以及区领导唐铁城、谷延华、汤大海陪同视察。");
        assertTrue(y.names(EntityType.OFFICIAL).containsAll(Set.of("唐铁城", "谷延华", "汤大海")), y.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aGroupLabelIntroducesOfficialsWithoutPosts() {
        Extracted x = Extracted.body("市、区领导方志强、马晓东、黄丽参加活动。");
        assertEquals(Set.of("方志强", "马晓东", "黄丽"), x.names(EntityType.OFFICIAL));
        assertTrue(x.posts("方志强").isEmpty());
    }

    @Test
    void theNameEndsBeforeAVerbThatFollowsIt() {
        Extracted x = Extracted.body("区委副书记、区长郭明主持会议。副区长谢伟表示要抓好落实。");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("郭明", "谢伟")));
        assertEquals(Set.of("区委副书记", "区长"), x.posts("郭明"));
    }

    @Test
    void aGivenNamesLastCharacterJoinedToTheNextWordIsTheNamesWhereTheArticleWritesItWhole() {
        // 王德|高就: the segmenter reads 高就 as a word; 王德高 later in the article is one name
        Extracted x = Extracted.body("11月2日至3日，省长王德高就加快县域经济发展到青林市进行工作调研。随后，王德高来到东岭县工业园区。");
        assertEquals(Set.of("王德高"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aCompanyRoleMakesAPersonNotAnOfficial() {
        Extracted x = Extracted.body("“订单排到了明年。”公司副总经理温建国说。");
        assertTrue(x.names(EntityType.PERSON).contains("温建国"));
        assertFalse(x.names(EntityType.OFFICIAL).contains("温建国"));
        assertEquals("公司副总经理", x.entity("温建国").role());
    }

    @Test
    void aHeadOfAnInstituteIsAPerson() {
        Extracted x = Extracted.body("新材料研究院院长邵华介绍了研发进展。");
        assertTrue(x.names(EntityType.PERSON).contains("邵华"));
        assertFalse(x.names(EntityType.OFFICIAL).contains("邵华"));
    }

    @Test
    void aForeignNameBoundedByPunctuationIsTakenWhole() {
        Extracted x = Extracted.body("日本国会议员山田太郎，市、区领导陆平参加活动。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("山田太郎"));
        assertEquals(Set.of("日本国会议员"), x.posts("山田太郎"));
    }

    @Test
    void aCommonWordAfterAGroupLabelIsNoName() {
        Extracted x = Extracted.body("提高各级领导干部、救援队伍的应急能力。");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty());
    }

    @Test
    void laterMentionsOfTheNameAloneAreMentionsOfTheSameOfficial() {
        Extracted x = Extracted.body("市长钟晓明察看项目。钟晓明指出，要加快建设。");
        assertEquals(2, x.entity("钟晓明").mentions().size());
    }

    @Test
    void aNameTheSegmenterSplitsWrongEndsBeforeTheVerbThatLeads() {
        Extracted x = Extracted.body("5月8日，副区长孙丽丽带领区发改委负责同志赴横山桥镇调研。");
        assertEquals(Set.of("副区长"), x.posts("孙丽丽"));
    }

    @Test
    void aConjunctionToMorePeopleEndsATitledName() {
        // a transliterated name the segmenter cannot read, ended by 及 and the people it joins
        Extracted x = Extracted.body("旗政府副旗长斯日古楞及相关部门负责同志陪同调研。市政协副主席巴图和副秘书长王华参加。");
        assertEquals(Set.of("旗政府副旗长"), x.posts("斯日古楞"), x.facts.entities().toString());
        assertEquals(Set.of("市政协副主席"), x.posts("巴图"), x.facts.entities().toString());
    }

    @Test
    void aBodysNameTheSegmenterReadsAsAPersonsIsNoName() {
        // the segmenter reads 区文旅|局 as a name and a noun: the body's suffix says it is no one
        Extracted x = Extracted.body("1月27日，副区长王力，区文旅局党组书记、局长周伟明，区文旅局副局长钱芳走进东岭公园察看工作情况。");
        assertEquals(Set.of("区文旅局党组书记", "局长"), x.posts("周伟明"));
        assertEquals(Set.of("区文旅局副局长"), x.posts("钱芳"));
    }

    @Test
    void aFederationOfCommercesOfficerIsNoOfficial() {
        Extracted x = Extracted.body("东岭工商联副主席许国华说：两地可以互展所长。");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.names(EntityType.OFFICIAL)::toString);
    }

    @Test
    void entrustedByAnOfficialNamesTheOfficialAlone() {
        Extracted x = Extracted.body("受县委书记王海峰委托，县委常委李建国作了讲话。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("王海峰"), () -> x.facts.entities().toString());
        assertEquals(java.util.Set.of("县委书记"), x.posts("王海峰"));
        assertTrue(x.names(EntityType.ORGANIZATION).stream().noneMatch(n -> n.startsWith("受")), () -> x.facts.entities().toString());
    }

    @Test
    void aParticleAfterATitleMakesItAModifierNotAName() {
        Extracted x = Extracted.body("首页 政协动态 委员之窗 理论研究\n3月5日，市政协委员李明远到园区调研。");
        assertEquals(Set.of("李明远"), x.names(EntityType.OFFICIAL));
    }
}
