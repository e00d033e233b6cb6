package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Names no rule has a pattern for, found by the learned recogniser (failure classes 1 and 6 of
 * issue 7). Every sentence here is made up for the test.
 */
class LearnedNamesTest {
    @Test
    void aPersonQuotedWithoutATitleIsAPersonWithAMention() {
        Extracted x = Extracted.body("谈到下一步打算，企业负责人秦立伟表示，将继续加大研发投入。");
        assertTrue(x.names(EntityType.PERSON).contains("秦立伟"), x.facts.entities().toString());
        Entity p = x.entity("秦立伟");
        assertEquals(1, p.mentions().size());
        assertFalse(p.is(EntityType.OFFICIAL), "a company's head is no official");
    }

    @Test
    void aCompanyNamedWithoutALegalSuffixIsAnEnterprise() {
        Extracted x = Extracted.body("今年以来，青禾智能加快海外布局，产品销往二十多个国家。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("青禾智能"), x.facts.entities().toString());
    }

    @Test
    void genericPhrasesAndMarkupAreNoNames() {
        Extracted x = Extracted.body("多家新能源科技公司入驻，国内商业银行也来洽谈<b>合作</b>。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aNameWhoseLastCharacterTheSegmenterJoinedToTheNextWordIsTheNameGivenInFull() {
        // 张立|新来到: 新来 ("newly come") is a word; the body names 张立新 after his title
        Extracted x = Extracted.titled("张立新来到开发区调研", "3月2日，区委书记张立新来到开发区，察看甲乙电子有限公司生产线。");
        assertTrue(x.facts.find("张立").isEmpty(), x.facts.entities().toString());
        assertEquals(2, x.entity("张立新").mentions().size(), x.facts.entities().toString());
    }

    @Test
    void aNameDoesNotSwallowTheWordAfterIt() {
        Extracted x = Extracted.body("招商中心相关负责人梁思远对记者说，签约项目均已落地。");
        assertTrue(x.facts.find("梁思远").isPresent(), x.facts.entities().toString());
        assertTrue(x.facts.find("梁思远对").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aNameEndsBeforeAWholeWordThatFollowsNames() {
        // the model reads 代 of 代表 into the name; the segmenter's word 代表 says where it ends
        Extracted x = Extracted.body("会上，副市长林杨代表市政府与鼎盛集团签订了合作协议。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("林杨"), x.facts.entities().toString());
        assertTrue(x.facts.find("林杨代").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aGovernmentBodyNamedInPassingIsAnOrganization() {
        Extracted x = Extracted.body("会上，市生态环境局通报了上半年全市空气质量情况。");
        assertTrue(x.names(EntityType.ORGANIZATION).contains("市生态环境局"), x.facts.entities().toString());
    }

    @Test
    void aCountOrAKindOfBusinessBeforeTheSuffixIsNoCompany() {
        Extracted x = Extracted.body("据了解，一家信托公司和各大拍卖公司都表达了合作意向。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void theCentralBankIsAStateBodyNotACompany() {
        Extracted x = Extracted.body("中国人民银行发布数据显示，上月新增贷款有所回落。");
        assertFalse(x.names(EntityType.ENTERPRISE).contains("中国人民银行"), x.facts.entities().toString());
        assertTrue(x.names(EntityType.ORGANIZATION).contains("中国人民银行"), x.facts.entities().toString());
    }

    @Test
    void aRoleWordOrAPrepositionBeforeACompanyIsNotItsName() {
        Extracted x = Extracted.body("本报讯华泰银行今日公告称，将向瑞丰兄弟公司转让部分股权。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("华泰银行"), x.facts.entities().toString());
        assertTrue(x.facts.find("本报讯华泰银行").isEmpty(), x.facts.entities().toString());
        assertTrue(x.facts.find("向瑞丰兄弟公司").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aPercentSignIsNoPartOfAName() {
        Extracted x = Extracted.body("资本充足率刚过8%汇丰银行便宣布增资计划。");
        assertTrue(x.facts.find("%汇丰银行").isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aShortNameAfterTheFullNameIsTheSameCompany() {
        Extracted x = Extracted.body("安徽恒瑞达建筑规划研究院新办公楼已经封顶。“今年订单饱满，”恒瑞达副总经理赵一鸣说。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.facts.entities().toString());
        assertTrue(x.entity("安徽恒瑞达建筑规划研究院").keys().contains(org.localkg.resolve.Names.key("恒瑞达")),
                x.facts.entities().toString());
    }

    @Test
    void theClauseBeforeACompanyIsNoPartOfItButItsPlaceIs() {
        Extracted x = Extracted.body("据介绍，目前可以免除手续费的仅有华夏银行一家。下面有请本次活动的承办方华润集团董事长致辞。"
                + "湖南瑞丰律师事务所律师表示，应当依法处理。");
        var names = x.names(EntityType.ENTERPRISE);
        assertTrue(names.contains("华夏银行") && !names.contains("仅有华夏银行"), names.toString());
        assertTrue(names.contains("华润集团") && !names.contains("承办方华润集团"), names.toString());
        assertTrue(names.contains("湖南瑞丰律师事务所"), names.toString());
    }

    @Test
    void aSetPhraseIsNoCompany() {
        Extracted x = Extracted.body("开工仪式前，王建军在新材料产业园调研，详细了解园区规划、配套设施建设、招商引资等情况。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aNameDoesNotOpenOnATitlesLastCharacter() {
        Extracted x = Extracted.body("下面有请本次活动的承办方华润集团董事长讲话。");
        assertTrue(x.names(EntityType.PERSON).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aVerbBeforeACompanyGovernsItAndIsNoPartOfIt() {
        Extracted x = Extracted.body("县里正在筹备农商行组建工作。市场监管部门开展整治银行卡违规行为专项行动。");
        var names = x.names(EntityType.ENTERPRISE);
        assertTrue(names.stream().noneMatch(n -> n.startsWith("筹备") || n.startsWith("整治")), names.toString());
        assertTrue(x.facts.find("整治银行").isEmpty(), names.toString());
    }

    @Test
    void aCompanyTheModelKnowsByAnIndustryWordIsOneWhenLongEnough() {
        Extracted x = Extracted.body("本报讯招商银行今日公告称，其信用卡业务保持增长。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("招商银行"), x.facts.entities().toString());
    }

    @Test
    void aPrepositionOrAVerbBeforeABodyIsNoPartOfIt() {
        Extracted x = Extracted.body("近期，由于中国银监会副主席李建华和国家外汇管理局副局长王伟均透露，监管将加强。接下来有请青川县政法委负责同志发言。");
        var names = x.names(EntityType.ORGANIZATION);
        assertTrue(names.stream().noneMatch(n -> n.startsWith("由于") || n.startsWith("有请") || n.startsWith("接下来")),
                names.toString());
    }

    @Test
    void aSuffixRunningOnIntoAWordNamesNoBody() {
        Extracted x = Extracted.body("本报讯（记者李明）大学生小王称，她在办卡时未被告知年费。上半场两队战成平局。");
        var names = x.names(EntityType.ORGANIZATION);
        assertTrue(names.stream().noneMatch(n -> n.endsWith("大学") || n.endsWith("平局")), names.toString());
    }

    @Test
    void commonWordsBeforeASuffixNameAKindOfCompanyUnlessTheModelReadsAName() {
        Extracted x = Extracted.body("他早年在一家电影公司做剪辑，后来又在集邮公司当过会计，如今负责零售银行业务。去年他加盟了招商银行。");
        var names = x.names(EntityType.ENTERPRISE);
        assertEquals(java.util.Set.of("招商银行"), names, x.facts.entities().toString());
    }

    @Test
    void aNounAndALocativeBeforeACompanyAreAFrameNotItsName() {
        Extracted x = Extracted.body("这一盘口格局下澳门百胜公司调低了主队赔率。在这样的市场环境下日本三和公司仍然保持增长。");
        var names = x.names(EntityType.ENTERPRISE);
        assertEquals(java.util.Set.of("澳门百胜公司", "日本三和公司"), names, x.facts.entities().toString());
    }

    @Test
    void aCompanyMayEndInsideAPersonsNameTheSegmenterGuessed() {
        Extracted x = Extracted.body("据了解，本周保利秋拍成交额同比增长两成。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("保利"), x.facts.entities().toString());
    }

    @Test
    void aCommonWordListedWithCompaniesIsOneToo() {
        Extracted x = Extracted.body("据业内人士介绍，光大、浦发、民生、兴业的年费政策各不相同。");
        var names = x.names(EntityType.ENTERPRISE);
        assertTrue(names.containsAll(java.util.Set.of("光大", "民生")), x.facts.entities().toString());
    }

    @Test
    void aNameTheModelReadsFromTheClausesStartKeepsTheConjunctionItHolds() {
        Extracted x = Extracted.body("远洋地产上海合天和信达置业有限公司总经理王明介绍了项目情况。");
        var names = x.names(EntityType.ENTERPRISE);
        assertEquals(java.util.Set.of("远洋地产上海合天和信达置业有限公司"), names, x.facts.entities().toString());
    }

    /**
     * The model's companies as the benchmark counts them: a seat or branch written after the company
     * is part of its name, and so is a department the model reads with a branch; two banks' short names
     * side by side are two; the unit of a number before a company is no part of it; a studio with a
     * Latin name is a company; industry words alone are none, nor a periodical, people before 等人 or a
     * Latin handle before a person's name; a part the model reads of a name it reads in full
     * elsewhere is that name.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "在获悉这一情况后，晋商行总行相关人士表示将尽快回应。 | 晋商行总行",
        "银联北京总部人士昨日表示，正在关注此事。 | 银联北京总部",
        "中行建行房贷利率双双上调 | 中行,建行",
        "老汉取900元全是假钞宁波银行称操作无漏洞 | 宁波银行",
        "由NorthStar工作室开发的新作将于明年上市。 | NorthStar工作室",
        "此事得到了浙江省地方金融证券办一位负责人的确认。 | ''",
        "而农行苏州分行信用卡部副总经理王丽认为，这一业务尚需时日。 | 农行苏州分行信用卡部",
        "据美国医学杂志Lancet报道，该研究历时五年。 | ''",
        "本次展出banksy等人的作品，多件拍品估价过百万。 | ''",
        "现在sc2部有Edison王明远：你好裴总，作为最出色的俱乐部经理， | ''",
        "主持人：各位新浪乐居的朋友，大家好！欢迎来到新浪乐居访谈间， | 新浪乐居",
    })
    void companiesAsTheBenchmarkCountsThem(String sentence, String expected) {
        Extracted x = Extracted.body(sentence);
        var want = expected == null || expected.isEmpty() ? java.util.Set.<String>of() : java.util.Set.of(expected.split(","));
        assertEquals(want, x.names(EntityType.ENTERPRISE), x.facts.entities().toString());
    }

    @Test
    void aPersonLikeTradeNameBeforeACompanysWordsOpensTheCompany() {
        Extracted x = Extracted.body("青林经济技术开发区与华森轨道交通科技有限公司签署了客车座椅生产线项目，计划投资3亿元。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("华森轨道交通科技有限公司"), x.names(EntityType.ENTERPRISE)::toString);
    }

    /**
     * People as the benchmark counts them: a foreign name in Latin letters or a transliteration longer
     * than a Chinese name, and a name in the brackets closing a text (the model's reading of the first
     * character after a full stop takes in the bracket).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "战队的队长Kiro表示，这款游戏更注重团队配合。 | Kiro",
        "该公司游戏项目负责人Marvin介绍，新版本将于下月上线。 | Marvin",
        "新帅范德尔维克上任后，球队的防守明显加强。 | 范德尔维克",
        "他说，明年还会再来参加这项赛事。（秦立伟） | 秦立伟",
    })
    void foreignNamesAndCreditsArePeople(String sentence, String expected) {
        Extracted x = Extracted.body(sentence);
        assertEquals(java.util.Set.of(expected), x.names(EntityType.PERSON), x.facts.entities().toString());
    }

    @Test
    void aSuffixTheSegmenterReadsAsAVerbBeforeAnAspectParticleNamesNoBody() {
        Extracted x = Extracted.body("在与对手的多次较量中，穆勒学会了耐心等待机会。");
        assertTrue(x.names(EntityType.ORGANIZATION).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void aModifierOfTheTitleIsNoPartOfTheBody() {
        Extracted x = Extracted.body("东海城市规划研究院常务副院长李明远表示，这项规划已经完成。市储备委员会前主席王立新出席会议。");
        assertEquals(java.util.Set.of("东海城市规划研究院", "市储备委员会"), x.names(EntityType.ORGANIZATION), x.facts.entities().toString());
    }

    /** A unit named after its parent, with a conjunction inside its name, is one body as the model reads it. */
    @Test
    void aUnitTheModelReadsWithItsParentIsOneBody() {
        Extracted x = Extracted.body("西江财经大学信托与理财研究所专家预测，房地产投资信托有望反弹。");
        assertTrue(x.names(EntityType.ORGANIZATION).contains("西江财经大学信托与理财研究所"), x.facts.entities().toString());
    }

    /** The benchmark's spans are flat: a body named inside a longer one (the parent of a unit) is not counted apart. */
    @Test
    void theBenchmarkCountsTheOutermostBody() {
        var mentions = new BenchmarkMentions(new ArticleExtractor(org.localkg.nlp.hanlp.HanlpSegmenter.get()))
                .of("南山师范大学商学院副教授许明博士说，商业银行具有独立的定价权。");
        var bodies = mentions.stream().filter(m -> m.kind().equals(BenchmarkMentions.ORGANIZATIONS)).toList();
        assertEquals(1, bodies.size(), bodies::toString);
        assertEquals(0, bodies.get(0).start());
        assertEquals(9, bodies.get(0).end());
    }

    /** After a title, an adverb opens the predicate (专家|很谦虚), and a surname with 总 addresses a manager (副总经理|方总): no names. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"这位老专家很谦虚，连连摆手。", "辉煌云上的项目总经理及东岭集团副总经理方总"})
    void anAdverbOrAnAddressAfterATitleIsNoName(String sentence) {
        Extracted x = Extracted.body(sentence);
        assertTrue(x.facts.entities().stream().noneMatch(e -> e.type().isPerson()), x.facts.entities().toString());
    }

    /**
     * What the rules take before the model's body and is the clause around it is no part of it: verbs and
     * adverbs (接下来有请, 状态热), a preposition (另据), another body and a conjunction (教育部和).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "接下来有请青川县人民法院院长致辞。 | 青川县人民法院",
        "男童仍处于昏迷状态热青川县人民法院 | 青川县人民法院",
        "另据青川县橡胶贸易协会最新数据，产量将下降一成。 | 青川县橡胶贸易协会",
        "央行联合银监会、教育部和国家体育总局一同下发了通知。 | 国家体育总局,央行,银监会,教育部",
    })
    void theClauseBeforeABodyIsNoPartOfIt(String sentence, String expected) {
        Extracted x = Extracted.body(sentence);
        assertEquals(java.util.Set.of(expected.split(",")), x.names(EntityType.ORGANIZATION), x.facts.entities().toString());
    }

    @Test
    void aNameEndingInTownshipOrVillageNamesThePlace() {
        Extracted x = Extracted.body("副主任解明同志以及县民政办、秀水乡、吉中乡等单位负责同志出席活动,秀水乡、");
        assertEquals(java.util.Set.of("解明"), x.facts.entities().stream().filter(e -> e.type().isPerson())
                .map(Entity::name).collect(java.util.stream.Collectors.toSet()), x.facts.entities().toString());
    }

    @Test
    void aDirectionWordOpeningAListedCompanyIsItsBrand() {
        Extracted x = Extracted.body("李正平一行先后走访了甘肃宏远光电有限公司、西部锌业有限公司、东方钢铁公司。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("西部锌业有限公司"), () -> x.facts.entities().toString());
    }

    @Test
    void aVerbAfterThePlaceOpeningACompanysNameIsItsBrand() {
        // the segmenter reads 振兴 as a verb: after the place it is the brand, not a clause's predicate
        Extracted x = Extracted.body("出席活动的还有天津振兴华庭置业有限公司董事长李明。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("天津振兴华庭置业有限公司"), () -> x.facts.entities().toString());
    }

    @Test
    void comradeAfterANameIsNoPartOfIt() {
        // whichever recogniser proposes 王杨同 (the model did in such a sentence), 同志 is the form of address
        String body = "镇党委副书记王杨同志和县农业局有关同志参加了会议。";
        ArticleFacts facts = Extracted.unextracted(body);
        int at = body.indexOf("王杨同");
        Entity e = facts.mention(EntityType.PERSON, new Span(at, at + 3));
        assertEquals("王杨", e.name());
    }

    @Test
    void anItemOfAListOfDepartmentsIsNoCompany() {
        Extracted x = Extracted.body("会上，商务、税务、人社等部门负责人先后发言。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void suffixWordsAloneNameNoCompany() {
        Extracted x = Extracted.body("该基地建成后将设有集团总部、科普服务中心和员工公寓。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void aNameTheModelReadsWholeElsewhereIsNotCutWhereItReadsItShort() {
        Extracted x = Extracted.body("杨效生赴北岭园区督导安全生产\n\n转发\n\n杨效生赴北岭园区督导安全生产\n\n"
                + "9月3日，市应急管理局局长杨效生带队到北岭园区督导安全生产。");
        assertEquals(java.util.Set.of("杨效生"), x.names(EntityType.OFFICIAL));
    }
}
