package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VisitsTest {
    @Test
    void theInspectingOfficialVisitsTheObjectAndTheProjectsOfTheArticle() {
        Extracted x = Extracted.titled("林建华调研滨湖高新区",
                "本报讯(记者 王五) 昨天，市委书记林建华调研滨湖高新区。区领导高翔陪同调研。\n"
                        + "在智芯半导体封测项目现场，林建华了解项目进展。");
        List<Facts.Inspection> ins = x.facts.inspections();
        assertEquals(1, ins.size());
        assertEquals("林建华", ins.get(0).official().name());
        Set<String> targets = ins.get(0).targets().stream().map(Entity::name).collect(Collectors.toSet());
        assertEquals(Set.of("滨湖高新区", "智芯半导体封测项目"), targets);
    }

    @Test
    void unitsOfThePeopleWhoComeAlongAndParksInsideProjectNamesAreNoTargets() {
        Extracted x = Extracted.body("昨天，市委书记林建华、市长高翔等市领导，与东坪县、北岭区、滨湖经开区有关负责同志一起，"
                + "走访宏达电缆有限公司年产3万吨线缆项目、滨湖经济技术开发区雨水管网提标改造工程、东坪县中医院门诊楼建设项目。");
        for (Facts.Inspection i : x.facts.inspections()) {
            Set<String> targets = i.targets().stream().map(Entity::name).collect(Collectors.toSet());
            assertTrue(targets.contains("滨湖经济技术开发区雨水管网提标改造工程"), targets::toString);
            assertTrue(targets.stream().noneMatch(n -> n.equals("滨湖经济技术开发区") || n.equals("滨湖经开区")), targets::toString);
        }
        assertEquals(2, x.facts.inspections().size());
    }

    @Test
    void everyoneOpeningAClauseIsTheGroupTheOfficialLed() {
        Extracted x = Extracted.body("周二上午，市委书记林建华带领各区县负责同志开展项目拉练。\n"
                + "出发前，林建华对拉练提出要求。\n随后，大家先后来到青山区，查看了青山区智慧物流城和白云区实验学校新校区项目的施工组织。");
        List<Facts.Inspection> ins = x.facts.inspections();
        assertEquals(1, ins.size(), ins::toString);
        assertEquals("林建华", ins.get(0).official().name());
        Set<String> targets = ins.get(0).targets().stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(targets.contains("白云区实验学校新校区项目"), targets::toString);
    }

    @Test
    void officialsWhoOnlyAccompanyDoNotInspect() {
        Extracted x = Extracted.body("市委书记林建华调研滨湖高新区。区领导高翔陪同调研。");
        assertTrue(x.facts.inspections().stream().noneMatch(i -> i.official().name().equals("高翔")));
    }

    @Test
    void anArticleWithoutAnInspectionVerbHasNoInspection() {
        Extracted x = Extracted.body("市委书记林建华主持召开会议，研究滨湖高新区建设。");
        assertTrue(x.facts.inspections().isEmpty());
    }

    @Test
    void aVisitedListOfShortNamesEndingInIndustriesNamesCompanies() {
        // no item has a legal suffix; their industry words (矿业, 化工, 药业) make the list one of companies,
        // and a parent group at an item's head (北山黄金集团|青石沟矿业) is part of its subsidiary's name
        Extracted x = Extracted.body("5月9日，副市长高明远走访了恒泰矿业、金源化工、宏达药业，了解企业生产情况。"
                + "在北山黄金集团青石沟矿业、东岭兴业集团河源矿业、北山黄金集团白石矿业调研时，高明远察看企业调度中心。");
        assertEquals(Set.of("恒泰矿业", "金源化工", "宏达药业", "北山黄金集团青石沟矿业", "东岭兴业集团河源矿业", "北山黄金集团白石矿业"),
                targetsOf(x, "高明远"));
    }

    @Test
    void aListedShortNameEndingInAMaterialIsACompany() {
        Extracted x = Extracted.body("调研组先后来到临江宏远重工有限公司、晶澜玻璃、恒跃集团，实地考察。市政协主席高明远率调研组来临江调研。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("晶澜玻璃"), x.facts.entities().toString());
    }

    @Test
    void fieldsOfWorkEndingInAnIndustryWordAreNoCompanies() {
        Extracted x = Extracted.body("副市长高明远到临江区调研县域经济发展、产业项目建设等工作，来到恒泰矿业。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.contains("经济") || n.contains("建设")),
                x.facts.entities().toString());
    }

    @Test
    void anItemSharingAParksHeadWithASiblingParkIsAParkVisited() {
        Extracted x = Extracted.body("3月17日，市委副书记罗文山赴城南片区调研。罗文山走进星海科技园、云启数智园，详细了解产业规划和招商情况。");
        assertEquals(Set.of("星海科技园", "云启数智园"), targetsOf(x, "罗文山"));
        assertTrue(x.names(EntityType.PARK).contains("云启数智园"), x.facts.entities().toString());
    }

    @Test
    void aKindergartenOrPublicParkBesideAParkIsNoPark() {
        Extracted x = Extracted.body("罗文山走进星海科技园、城南幼儿园、滨江公园，详细了解建设情况。市委副书记罗文山此前在城南片区调研。");
        assertTrue(x.names(EntityType.PARK).stream().noneMatch(n -> n.endsWith("幼儿园") || n.endsWith("公园")),
                x.names(EntityType.PARK).toString());
    }

    @Test
    void learningAboutACompanyInATalkWithItsPeopleIsNoVisit() {
        Extracted x = Extracted.body("市委书记郑立新在与临江华晟新材料有限公司负责人座谈时了解企业生产情况。");
        assertTrue(x.facts.inspections().isEmpty(), x.facts.inspections().toString());
    }

    @Test
    void aParkOrCompanyIntroducedAsASentencesSubjectInAVisitIsVisited() {
        Extracted x = Extracted.titled("韩立在临江市调研", "本报讯 6月27日，省长韩立在临江市调研并座谈。\n"
                + "一大早，韩立深入临江企业和园区，了解企业生产经营情况。云岭再生资源产业园区，是以“飞地经济”模式落地的重点项目，"
                + "主要从事废旧电器回收。恒达碳素(临江)有限公司是中外合资企业。在考察两家企业时，韩立仔细询问项目工艺技术。");
        assertEquals(Set.of("云岭再生资源产业园区", "恒达碳素(临江)有限公司"), targetsOf(x, "韩立"));
    }

    @Test
    void aCompanyDescribedOutsideAnyVisitIsNotVisited() {
        Extracted x = Extracted.body("恒达碳素有限公司是中外合资企业。6月27日，省长韩立在临江市调研，来到云岭再生资源产业园区。");
        assertEquals(Set.of("云岭再生资源产业园区"), targetsOf(x, "韩立"));
    }

    @Test
    void companiesCalledOnDuringATripAreVisited() {
        Extracted x = Extracted.body("5月6日至8日，市长韩海涛率经贸代表团赴深圳开展招商活动，先后拜访了鹏程电子集团有限公司、"
                + "南粤新能源科技股份有限公司，与企业高层座谈。");
        assertEquals(Set.of("鹏程电子集团有限公司", "南粤新能源科技股份有限公司"), targetsOf(x, "韩海涛"));
    }

    @Test
    void anOfficialLearningAboutACompanyAtItIsVisitingIt() {
        Extracted x = Extracted.body("图为市委书记郑立新在临江华晟新材料有限公司了解企业生产情况。");
        assertEquals(Set.of("临江华晟新材料有限公司"), targetsOf(x, "郑立新"));
        Extracted meeting = Extracted.body("市委书记郑立新在会上听取了临江华晟新材料有限公司的汇报。");
        assertTrue(meeting.facts.inspections().isEmpty(), meeting.facts.inspections().toString());
    }

    @Test
    void aTitlesVisitFollowedAtOnceByAnothersKeepsItsObject() {
        // the body's first sentence starts another official's visit before the title's official is named there
        Extracted x = Extracted.titled("郑立新调研临江高新区", "市长韩海涛来到云溪物流园，市委书记郑立新来到临江华晟新材料有限公司。");
        assertTrue(x.facts.warnings().isEmpty(), x.facts.warnings().toString());
        assertTrue(targetsOf(x, "韩海涛").contains("云溪物流园"), x.facts.inspections().toString());
        assertTrue(targetsOf(x, "郑立新").contains("临江高新区"), x.facts.inspections().toString());
    }

    @Test
    void theGroupAnOfficialLeadsIsNoPlaceVisited() {
        Extracted x = Extracted.body("6月17日，市委书记何建华带领市四大家领导和东岭新区、高新区主要负责人，赴安宁区和永登县，"
                + "就项目建设情况进行现场检查。随后，何建华来到东岭智能装备产业园项目现场。");
        Set<String> targets = targetsOf(x, "何建华");
        assertTrue(targets.contains("东岭智能装备产业园项目"), targets::toString);
        assertTrue(!targets.contains("东岭新区"), "its heads came along: " + targets);
    }

    @Test
    void anOfficialWhoSpeaksWhileVisitingIsTheVisitorAndTheParkDescribedIsVisited() {
        Extracted x = Extracted.body("2月24日，市委书记陈建华结合开局工作在东岭区调研时指出，要坚定信心。"
                + "东岭新能源装备产业集聚区聚焦智能电气等板块。陈建华来到东岭创新体验中心，听取情况介绍。");
        assertEquals(Set.of("东岭新能源装备产业集聚区"), targetsOf(x, "陈建华"));
        Extracted y = Extracted.body("市委书记陈建华指出，东岭区要加快调研成果转化。东岭新能源装备产业集聚区聚焦智能电气等板块。");
        assertTrue(y.facts.inspections().isEmpty(), "speaking of a visit is none: " + y.facts.inspections());
    }

    @Test
    void aBuiltThingNamedAfterItsPlaceAmongVisitedCompaniesIsAVisitedProject() {
        Extracted x = Extracted.body("12日，市委书记胡建国深入东岭能源净化有限公司、东岭沃达汽车制造有限公司、鸡西冰雪小镇、"
                + "东岭先进陶瓷产业园，实地考察企业发展情况。");
        assertTrue(x.names(EntityType.PROJECT).contains("鸡西冰雪小镇"), x.names(EntityType.PROJECT)::toString);
        assertTrue(targetsOf(x, "胡建国").contains("鸡西冰雪小镇"));
        Extracted y = Extracted.body("12日，市委书记胡建国深入鸡西冰雪小镇，了解旅游发展情况。");
        assertTrue(y.names(EntityType.PROJECT).isEmpty(), "alone, nothing says what it is: " + y.names(EntityType.PROJECT));
    }

    @Test
    void anOfficialAccompaniedByListedLeadersVisitsAndWalksIntoTheWorkshopOfTheCompanyJustNamed() {
        Extracted x = Extracted.body("在这样的背景下，3月12日，市委书记赵建国在市领导桂明田、张兴文、杨金山及市直有关部门负责人陪同下，"
                + "深入太阳山开发区、金积工业园区，走企业、进车间，对全市工业经济进行了全面调研。\n"
                + "机声隆隆，宁夏东岭汽车制造有限公司厂区内一派繁忙景象。赵建国走进车间查看生产情况。");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("桂明田", "张兴文", "杨金山")), x.names(EntityType.OFFICIAL)::toString);
        assertEquals(Set.of("太阳山开发区", "金积工业园区", "宁夏东岭汽车制造有限公司"), targetsOf(x, "赵建国"));
    }

    @Test
    void aPageOfOnePhraseALineListsItsOfficialsAndTheirVisitsAcrossLines() {
        Extracted x = Extracted.titled("王明 李华调研东岭集团重点项目建设",
                "2月25日\n\n东岭市委书记王明\n\n市委副书记、市长李华\n\n带领市直有关部门负责人\n\n深入东岭经济技术开发区\n\n"
                        + "对东岭集团有关项目建设情况进行调研\n\n王明、李华一行先后到\n\n东岭新材料产业园\n\n听取汇报，察看项目进展\n\n"
                        + "✦东岭集团重点项目建设是工业强市的重点工程。");
        for (String official : List.of("王明", "李华")) {
            assertTrue(targetsOf(x, official).containsAll(Set.of("东岭经济技术开发区", "东岭新材料产业园")), official + " " + targetsOf(x, official));
        }
        assertTrue(x.names(EntityType.PROJECT).isEmpty(), "a company's projects of a kind name none: " + x.names(EntityType.PROJECT));
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.contains("✦")), x.names(EntityType.ENTERPRISE)::toString);
    }

    @Test
    void officialsWhoComeInPersonVisit() {
        Extracted x = Extracted.body("2023年9月11日上午，某地区地委副书记、行署常务副专员贾建军，东岭市委书记王路明一行，"
                + "莅临东岭化工项目建设一线调研考察。");
        assertEquals(Set.of("某地区地委副书记", "行署常务副专员"), x.posts("贾建军"));
        assertEquals(Set.of("东岭化工项目"), x.names(EntityType.PROJECT));
        assertEquals(Set.of("东岭化工项目"), targetsOf(x, "王路明"));
        assertEquals(Set.of("东岭化工项目"), targetsOf(x, "贾建军"));
    }

    @Test
    void parksListedWhereAClauseOpensWithInAreVisitedParks() {
        Extracted x = Extracted.body("11月22日，市长王明来到东岭高新区调研。\n在新能源汽车产业园、中德工业产业园，王明实地察看标准化厂房建设。");
        assertTrue(targetsOf(x, "王明").containsAll(Set.of("新能源汽车产业园", "中德工业产业园")), targetsOf(x, "王明")::toString);
        Extracted y = Extracted.body("11月22日，市长王明来到东岭高新区调研。\n他要求加快建设新能源汽车产业园、中德工业产业园。");
        assertTrue(!y.names(EntityType.PARK).contains("新能源汽车产业园"), "no place of the visit: " + y.names(EntityType.PARK));
    }

    @Test
    void aNamedSiteAVisitIsSaidToBeAtIsAVisitedProject() {
        Extracted x = Extracted.body("5月8日，县委书记牛建强在东岭经开区调研。\n在山西东岭锐科中试研发基地，牛建强走进生产车间，与企业负责人深入交流。"
                + "\n在生产基地，牛建强察看设备。");
        assertEquals(Set.of("山西东岭锐科中试研发基地"), x.names(EntityType.PROJECT));
        assertTrue(targetsOf(x, "牛建强").contains("山西东岭锐科中试研发基地"), targetsOf(x, "牛建强")::toString);
    }

    @Test
    void theTitlesZoneGivesWayToTheParkItHoldsInTheLead() {
        Extracted x = Extracted.titled("牛建强在东岭经开区调研重点项目建设情况",
                "5月8日，县委书记牛建强深入东岭经济技术开发区宋村新兴产业集聚区，就重点项目建设情况进行调研。\n"
                        + "在山西东岭科技有限公司煤机再制造项目建设现场，牛建强实地察看项目建设进度。");
        assertEquals(Set.of("东岭经济技术开发区宋村新兴产业集聚区"), x.parksOf("山西东岭科技有限公司煤机再制造项目"));
    }

    private static Set<String> targetsOf(Extracted x, String official) {
        return x.facts.inspections().stream().filter(i -> i.official().name().equals(official))
                .flatMap(i -> i.targets().stream()).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void supervisingAndCheckingAreInspectionsToo() {
        Extracted x = Extracted.body("副市长周启明督查南湖经济开发区安全生产工作。");
        assertEquals(Set.of("南湖经济开发区"), targetsOf(x, "周启明"));
        Extracted y = Extracted.body("区长何文斌实地查看青山物流园建设进度。");
        assertEquals(Set.of("青山物流园"), targetsOf(y, "何文斌"));
    }

    @Test
    void goingToAPlaceToInspectItIsAnInspection() {
        Extracted x = Extracted.body("县委书记苏振华赴云溪高新区调研企业发展情况。");
        assertEquals(Set.of("云溪高新区"), targetsOf(x, "苏振华"));
        Extracted y = Extracted.body("市长顾海燕来到溧水智造产业园，察看在建项目。");
        assertEquals(Set.of("溧水智造产业园"), targetsOf(y, "顾海燕"));
    }

    @Test
    void aListOfOfficialsBeforeTheVerbAllNameTheLeadFirst() {
        Extracted x = Extracted.body("市委书记林建华、市长顾海燕调研滨湖高新区。");
        assertEquals(Set.of("滨湖高新区"), targetsOf(x, "林建华"));
    }

    @Test
    void officialsWhoInspectTogetherInspectTheSameThings() {
        Extracted x = Extracted.body("市委书记林建华调研滨湖高新区。副市长周启明一同调研。");
        assertEquals(Set.of("滨湖高新区"), targetsOf(x, "周启明"));
    }

    @Test
    void aCompanyTheBodyTakesTheVisitToIsATarget() {
        Extracted x = Extracted.titled("林建华调研滨湖高新区",
                "本报讯 昨天，市委书记林建华调研滨湖高新区。\n在江苏恒远环保科技有限公司，林建华详细了解企业研发情况。");
        assertEquals(Set.of("滨湖高新区", "江苏恒远环保科技有限公司"), targetsOf(x, "林建华"));
    }

    @Test
    void theSubjectOfTheSentenceVisitsInALaterClause() {
        Extracted x = Extracted.body("市长顾海燕一到城东，就驱车来到华诚机电有限公司，察看生产线。");
        assertEquals(Set.of("华诚机电有限公司"), targetsOf(x, "顾海燕"));
    }

    @Test
    void sheOrHeIsTheOfficialJustNamed() {
        Extracted x = Extracted.body("市长顾海燕十分关注企业复产。她来到华诚机电有限公司和恒丰饮料有限公司，了解生产情况。");
        assertEquals(Set.of("华诚机电有限公司", "恒丰饮料有限公司"), targetsOf(x, "顾海燕"));
    }

    @Test
    void aCompanyListedAfterItsParkIsVisitedOnItsOwn() {
        Extracted x = Extracted.body("市委书记林建华来到城东工业园区华泰药业、恒丰饮料有限公司，走进车间了解生产情况。");
        Set<String> targets = targetsOf(x, "林建华");
        assertTrue(targets.contains("华泰药业"), targets::toString);
        assertTrue(targets.contains("恒丰饮料有限公司"), targets::toString);
    }

    @Test
    void aDelegationsVisitGoesOnInTheNextSentences() {
        Extracted x = Extracted.body("2月6日，县委书记赵明、县委副书记、县长钱亮率领考察团赴东岭经济开发区考察。"
                + "座谈会上，双方深入交流。考察期间，考察团一行参观了华鑫新材料有限公司、北辰光伏科技有限公司以及东岭展览馆。");
        Set<String> expected = Set.of("东岭经济开发区", "华鑫新材料有限公司", "北辰光伏科技有限公司");
        assertTrue(targetsOf(x, "赵明").containsAll(expected), targetsOf(x, "赵明").toString());
        assertTrue(targetsOf(x, "钱亮").containsAll(expected), "the officials listed with the lead lead too");
    }

    @Test
    void aClauseOpeningWithZaiAndAnElidedSubjectTakeTheVisitOn() {
        Extracted x = Extracted.body("市委书记孙立来到江北高新区调研。在宏盛药业有限公司，孙立察看生产车间。"
                + "随后走进星辰科技有限公司，了解生产经营情况。");
        assertEquals(Set.of("江北高新区", "宏盛药业有限公司", "星辰科技有限公司"), targetsOf(x, "孙立"));
    }

    @Test
    void anotherOfficialsVisitIsTheirs() {
        Extracted x = Extracted.body("市委书记孙立来到江北高新区调研。当天下午，区长周敏来到华辰电气有限公司调研。");
        assertEquals(Set.of("江北高新区"), targetsOf(x, "孙立"));
        assertEquals(Set.of("华辰电气有限公司"), targetsOf(x, "周敏"));
    }

    @Test
    void officialsWhoTakePartInAnInspectionVisitWhatItsNextSentenceLists() {
        Extracted x = Extracted.body("县政协主席钱伟，副主席李强、王芳参加视察。华美包装有限公司、东升食品有限公司等企业实地调研。");
        for (String official : List.of("钱伟", "李强", "王芳")) {
            assertEquals(Set.of("华美包装有限公司", "东升食品有限公司"), targetsOf(x, official), official);
        }
    }

    @Test
    void officialsLeadingAGroupToInspectSomethingShareTheVisitThatOneOfThemGoesOn() {
        Extracted x = Extracted.body("10月12日，青林区委书记王立群，区委副书记、区长李文华率各镇、开发区以及区发改委等部门负责人，"
                + "对区内企业创新发展情况进行调研，青林开发区管委会主任赵平参加调研。\n"
                + "王立群一行参观了青林开发区华宇制冷设备有限公司的生产车间。\n"
                + "王立群一行还先后到东镇、西镇，分别走访了青林泰和科技有限公司、青林明杰机械工程有限公司等5家企业。");
        Set<String> expected = Set.of("华宇制冷设备有限公司", "青林泰和科技有限公司", "青林明杰机械工程有限公司");
        assertTrue(targetsOf(x, "王立群").containsAll(expected), targetsOf(x, "王立群")::toString);
        assertTrue(targetsOf(x, "李文华").containsAll(expected), targetsOf(x, "李文华")::toString);
        assertTrue(targetsOf(x, "赵平").isEmpty(), targetsOf(x, "赵平")::toString);
    }

    @Test
    void officialsWhoTakePartWithTheInspectionGroupDoNotTakeTheLeadersVisitFromThem() {
        // 督查调研组 names the group the others come with; their verb is 参加, so the leaders' visit goes on
        Extracted x = Extracted.body("6月3日，市委书记王立群，市长李文华带领全市重点工作督查调研组到东岭县、青林高新区进行督查调研。"
                + "市领导赵平、孙立，市政府秘书长周敏及督查调研组其他成员参加督查调研活动。\n"
                + "在东岭县，督查调研组督查调研了东岭县人民医院迁建项目、华宇光伏组件制造项目。");
        for (String official : List.of("王立群", "李文华")) {
            assertTrue(targetsOf(x, official).containsAll(Set.of("东岭县人民医院迁建项目", "华宇光伏组件制造项目")),
                    official + " " + targetsOf(x, official));
        }
    }

    @Test
    void namesCutByCommasAfterAVisitedObjectAreVisitedToo() {
        Extracted x = Extracted.body("7月3日，副市长高明远调研了东岭县污水处理厂项目,华宇光伏组件制造项目,青林恒泰机械股份有限公司,"
                + "东岭宏达新材料有限公司。高明远强调，要加快项目建设。");
        assertTrue(targetsOf(x, "高明远").containsAll(Set.of("青林恒泰机械股份有限公司", "东岭宏达新材料有限公司")),
                targetsOf(x, "高明远")::toString);
    }

    @Test
    void touringProjectsIsInspectingThem() {
        Extracted x = Extracted.body("20日，省委书记王明率领观摩团观摩青林高新区智能装备产业园项目。");
        assertEquals(Set.of("青林高新区智能装备产业园项目"), targetsOf(x, "王明"));
    }

    @Test
    void anOfficialWhoComesToThePlaceToInspectStartsTheVisitThatTheGroupGoesOn() {
        Extracted x = Extracted.body("5月8日上午，邻市政协主席韩立峰一行，来我县就产业园区建设开展调研。"
                + "调研组一行先后来到东岭工业园区、华宇新材料有限公司和青禾食品有限公司进行实地考察。");
        assertEquals(Set.of("东岭工业园区", "华宇新材料有限公司", "青禾食品有限公司"), targetsOf(x, "韩立峰"));
    }

    @Test
    void anOfficialLeadingALongNamedGroupSetsOutOnTheVisit() {
        Extracted x = Extracted.body("6月3日，省政协副主席刘振华带领“推进东岭新区高质量发展”课题调研组成员和省直有关部门干部前往东岭新区考察调研，"
                + "实地走访了华宇新材料有限公司。");
        assertEquals(Set.of("东岭新区", "华宇新材料有限公司"), targetsOf(x, "刘振华"));
    }

    @Test
    void anOfficialWhoAccompaniesOrSpeaksOfVisitsStartsNone() {
        Extracted x = Extracted.body("区长周敏陪同省考察组来到华宇新材料有限公司。市长顾海燕表示，要深入企业调研。"
                + "东岭新区管委会主任韩立峰对市考察团到东岭新区考察表示欢迎。");
        assertTrue(x.facts.inspections().isEmpty(), x.facts.inspections()::toString);
    }

    @Test
    void aVisitRecalledInPassingDoesNotEndTheArticlesVisit() {
        Extracted x = Extracted.body("市委书记林建华深入江北高新区，就产业发展进行调研，强调要以王建国总理考察江北时的讲话精神为引领。"
                + "林建华来到华宇新材料有限公司，察看生产线。");
        assertEquals(Set.of("江北高新区", "华宇新材料有限公司"), targetsOf(x, "林建华"));
        assertTrue(targetsOf(x, "王建国").isEmpty(), targetsOf(x, "王建国")::toString);
    }

    @Test
    void officialsWhoGoAlongDoNotTakeTheVisitOver() {
        Extracted x = Extracted.body("9日，市长顾海燕带领市发改委等部门负责人，对东岭区重点项目进行了实地调研。副市长周启明等领导伴随调研。"
                + "在华宇新材料有限公司，调研组察看了生产线。");
        assertTrue(targetsOf(x, "顾海燕").contains("华宇新材料有限公司"), targetsOf(x, "顾海燕")::toString);
        assertTrue(targetsOf(x, "周启明").isEmpty(), targetsOf(x, "周启明")::toString);
    }

    @Test
    void aVisitedListCutIntoGroupsByCommasRunsToItsClose() {
        // a report titled for its message, not for the visit: only the sentence says what was visited
        Extracted x = Extracted.titled("全力抓项目稳增长", "市长顾海燕先后来到东岭区年产5万吨锂电材料项目、青禾肉业冷链储存建设项目,"
                + "西岭区华宇集团商业综合体项目、年产300台专用车建设项目,北山县50MW风电项目和星辰科技智能装备项目等建设现场,详细了解项目进展。");
        assertTrue(targetsOf(x, "顾海燕").stream().anyMatch(n -> n.contains("智能装备项目")), targetsOf(x, "顾海燕")::toString);
        assertTrue(targetsOf(x, "顾海燕").stream().anyMatch(n -> n.contains("专用车建设项目")), targetsOf(x, "顾海燕")::toString);
    }

    @Test
    void theOfficialWhoTakesPartInACommitteesInspectionIsItsInspector() {
        Extracted x = Extracted.titled("区人大常委会调研上半年经济运行情况",
                "日前，区人大常委会对我区上半年经济运行情况进行调研。区人大常委会副主任韩立峰参加。"
                        + "调研组一行先后来到华宇新材料有限公司和青禾食品有限公司，听取了情况介绍。");
        assertEquals(Set.of("华宇新材料有限公司", "青禾食品有限公司"), targetsOf(x, "韩立峰"));
    }

    @Test
    void aGroupThatWentSeparatelyLeavesEachLaterVisitToItsOwnOfficial() {
        Extracted x = Extracted.body("节后第一天，区委书记林建华，区长高明远，区政协主席周文斌等区领导分别深入企业和社区，了解基层所需。"
                + "\n昨天下午，林建华来到恒泰矿业有限公司和金源化工有限公司，了解企业发展规划。");
        assertEquals(Set.of("恒泰矿业有限公司", "金源化工有限公司"), targetsOf(x, "林建华"));
        assertTrue(targetsOf(x, "高明远").isEmpty(), () -> x.facts.inspections().toString());
        assertTrue(targetsOf(x, "周文斌").isEmpty(), () -> x.facts.inspections().toString());
    }
}
