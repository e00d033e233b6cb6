package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Registered companies whose brand the segmenter reads as something else: a word that opens with a generic
 * modifier's character (新, 大), a lone modifier and a lone character, a verb-like word; companies listed after
 * their count; cooperatives; a place's party committee the model reads as a company (our own sentences).
 */
class RegisteredCompanyBrandsTest {

    @Test
    void aProperNounOpeningWithAModifiersCharacterIsTheBrand() {
        Extracted x = Extracted.body("本报讯 新星重工有限公司今年新上两条生产线，产值同比增长两成。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("新星重工有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aRareWordOpeningWithAModifiersCharacterBeforeALegalFormIsTheBrand() {
        Extracted x = Extracted.body("本报讯 大成机械有限公司今年新上两条生产线，产值同比增长两成。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("大成机械有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aLoneModifierAndALoneCharacterBeforeALegalFormAreTheBrand() {
        Extracted x = Extracted.body("本报讯 新桥电缆有限公司和新元纺织有限公司今年各新上一条生产线。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("新桥电缆有限公司", "新元纺织有限公司")),
                x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aVerbLikeWordOpeningASentenceBeforeALegalFormIsTheBrand() {
        Extracted x = Extracted.body("本报讯 振兴农机有限公司今年新上两条生产线，产值同比增长两成。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("振兴农机有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("农机有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aVerbLikeBrandAfterAnAmountOpensTheCompanyAndItsWorks() {
        Extracted x = Extracted.body("本报讯 目前，投资3600万元的奋进纸箱有限公司包装线改造、投资1.1亿元的西岭热源厂等6个项目正在抓紧复工。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("奋进纸箱有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.PROJECT).contains("奋进纸箱有限公司包装线改造"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("奋进纸箱有限公司"), x.enterprisesOf("奋进纸箱有限公司包装线改造"));
        assertEquals(Set.of(36000000L), x.investmentsOf("奋进纸箱有限公司包装线改造"));
    }

    @Test
    void aVerbBeforeAKindOfCompanyWithoutALegalFormStaysAPredicate() {
        Extracted x = Extracted.body("本报讯 会议要求，支持物流公司做大做强，推动装备企业转型升级。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("支持") || n.startsWith("推动")),
                x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void anAdjectiveBeforeAKindOfCompanyIsNoBrand() {
        Extracted x = Extracted.body("本报讯 全市新增大型机械有限公司3家，新型材料有限公司5家。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("大型") || n.startsWith("新型")),
                x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void companiesListedAfterTheirCountAreCompaniesWithoutALegalForm() {
        Extracted x = Extracted.body("本报讯 此次参加展会的企业共有4家，分别是北塬酒业、天山雪莲实业、金穗食品有限责任公司、三河面业。");
        assertTrue(x.names(EntityType.ENTERPRISE).containsAll(Set.of("北塬酒业", "天山雪莲实业", "三河面业")),
                x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCooperativeNamedByItsPlaceIsAnOrganisationAndItsKindNone() {
        Extracted x = Extracted.body("本报讯 全县新发展农民专业合作社12家，其中红岩乡金谷杂粮专业合作社带动农户260户。");
        assertTrue(x.names(EntityType.ORGANIZATION).contains("红岩乡金谷杂粮专业合作社"), x.names(EntityType.ORGANIZATION).toString());
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.endsWith("合作社")), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.ORGANIZATION).stream().noneMatch(n -> n.contains("农民专业") || n.equals("民专业合作社")),
                x.names(EntityType.ORGANIZATION).toString());
    }

    @Test
    void aPlacesPartyCommitteeIsNoCompanyWhateverTheModelReads() {
        String s = "多年来，西乌旗委、政府始终坚持绿色发展。";
        ArticleText t = new ArticleText(new org.localkg.ingest.Article(1, java.util.List.of(), null, s,
                org.localkg.ingest.Article.Kind.NEWS, null, 0), org.localkg.nlp.hanlp.HanlpSegmenter.get());
        int at = s.indexOf("乌旗委");
        assertFalse(LearnedNameRecognizer.company(t, new Span(at, at + 3), "乌旗委", false, false));
    }

    @Test
    void aVerbOfWhatIsDoneForCompaniesIsNoBrand() {
        Extracted x = Extracted.body("本报讯 全县出台八条措施，扶持制造有限公司做大做强。开展食品有限公司专项检查行动。"
                + "会议要求，提升化工有限公司本质安全水平。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("扶持") || n.startsWith("开展")
                || n.startsWith("提升")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aProduceBeforeItsProcessingIsNoBrand() {
        Extracted x = Extracted.body("本报讯 大豆加工有限公司年加工大豆8万吨，带动农户增收。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("大豆")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aCooperativeOfAKindOrAClauseIsNoOrganisation() {
        Extracted x = Extracted.body("本报讯 县里评选出省级示范合作社6家，重点扶持粮食种植专业合作社购置农机。");
        assertTrue(x.names(EntityType.ORGANIZATION).stream().noneMatch(n -> n.endsWith("合作社")), x.names(EntityType.ORGANIZATION).toString());
    }

    @Test
    void peopleOrKindsAfterACountOfCompaniesAreNoCompanies() {
        Extracted x = Extracted.body("本报讯 参会企业负责人分别是刘志强、孙丽和赵海。支持的企业类型包括：科技型企业、外贸企业和专精特新企业。");
        assertTrue(x.names(EntityType.ENTERPRISE).isEmpty(), x.names(EntityType.ENTERPRISE).toString());
    }
}
