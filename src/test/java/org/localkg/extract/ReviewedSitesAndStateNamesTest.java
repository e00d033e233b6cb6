package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Guards from a review of works at their sites, bases, pointed-back amounts, state companies and invested parks; and a
 * place inside another place's name, and an administration listed as a party, neither of them a zone or works.
 */
class ReviewedSitesAndStateNamesTest {
    @Test
    void placesAndCompaniesBeforeAWorksSiteAreNoWorks() {
        Extracted x = Extracted.body("本报讯 3月12日，副市长王建平调研乡村振兴。在柳溪村、东坪镇和青山大道项目建设现场，王建平详细了解工作进展。");
        assertFalse(x.names(EntityType.PROJECT).contains("柳溪村"), x.names(EntityType.PROJECT).toString());
        Extracted y = Extracted.body("本报讯 5月6日，市长陈立新调研。在华宇科技、鑫达机械和青山大道项目建设现场，陈立新详细了解情况。");
        assertFalse(y.names(EntityType.PROJECT).contains("华宇科技"), y.names(EntityType.PROJECT).toString());
    }

    @Test
    void aSiteWordTheLastItemKeepsStillClosesTheList() {
        Extracted x = Extracted.body("本报讯 6月1日，市长陈立新调研重点项目建设。在金水湾棚户区改造、城北综合管廊二期、滨江路提升项目施工现场，"
                + "陈立新详细了解工程进度。");
        assertTrue(x.names(EntityType.PROJECT).contains("金水湾棚户区改造"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void goingSomewhereAndAnotherClauseBeforeTheInspectionIsNoVisitOfThePlace() {
        Extracted x = Extracted.body("本报讯 3月5日，省委书记黄伟到南岭工业园调研。市长陈立新赴北湖开发区，陪同黄伟一行，对园区企业进行了考察。");
        assertFalse(x.targetsOf("陈立新").contains("北湖开发区"), x.facts.inspections().toString());
    }

    @Test
    void theVisitsEvidenceHoldsItsInspectingClause() {
        String text = "本报讯 3月5日，副市长王建平赴南岭工业园、北湖开发区，对园区企业复工复产进行了调研。";
        Extracted x = Extracted.body(text);
        assertTrue(x.facts.inspections().stream().anyMatch(i -> text.substring(i.evidence().start(), i.evidence().end())
                .endsWith("进行了调研")), x.facts.inspections().toString());
    }

    @Test
    void aBaseOfCultureIsNoWorks() {
        Extracted x = Extracted.body("本报讯 3月5日，市长陈立新先后来到华宇科技有限公司、青山大道项目、城南污水处理厂项目、东坪镇文化基地，详细了解情况。");
        assertFalse(x.names(EntityType.PROJECT).contains("东坪镇文化基地"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void anAmountAfterManyProjectsIsNoOnesAndALaterPhasesIsNotTheWholes() {
        Extracted x = Extracted.body("本报讯 当天共有15个项目集中签约，其中包括华宇新能源电池项目。项目投资达85亿元。");
        assertTrue(x.investmentsOf("华宇新能源电池项目").isEmpty(), x.facts.investments().toString());
        Extracted y = Extracted.body("本报讯 华宇新能源电池项目日前落户南岭工业园。项目二期投资12亿元。");
        assertTrue(y.investmentsOf("华宇新能源电池项目").isEmpty(), y.facts.investments().toString());
    }

    @Test
    void countriesCompaniesAreNoStateCompany() {
        Extracted x = Extracted.body("本报讯 华宇集团已与十多个国家汽车公司建立合作关系。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("国家")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void aVerbAndItsResultBeforeAZoneWordNameNoZone() {
        Extracted x = Extracted.body("本报讯 要坚持招大引强，聚链成群，全力育强产业园区，推动高质量发展。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
        Extracted y = Extracted.body("本报讯 该县积极探索多企产业园共建模式。");
        assertTrue(y.names(EntityType.PARK).isEmpty(), y.names(EntityType.PARK).toString());
    }

    @Test
    void aZoneACompanyDevelopsStaysAZone() {
        Extracted x = Extracted.body("本报讯 刘志刚来到南岭工业园调研。随后，刘志刚来到北湖开发区。北湖开发区由鑫达集团投资建设，总投资20亿元，已入驻企业20家。");
        assertFalse(x.entity("北湖开发区").is(EntityType.PROJECT), x.entity("北湖开发区").types().toString());
    }

    @Test
    void aPlacesNameInsideAnotherPlacesOpensNoZone() {
        Extracted x = Extracted.body("本报讯 8月14日，大同江川新区管委会与华远地产控股有限公司签订投资合作协议。");
        assertFalse(x.names(EntityType.PARK).contains("同江川新区"), x.names(EntityType.PARK).toString());
    }

    @Test
    void anAdministrationListedWithTheOtherPartyIsNoWorks() {
        Extracted x = Extracted.body("本报讯 8月14日，记者从东川市人民政府、东川河岸新区管委会与华远地产控股有限公司举行的城市综合开发项目签约仪式上获悉，"
                + "项目总投资约200亿元。");
        assertFalse(x.entity("东川河岸新区管委会").is(EntityType.PROJECT), x.entity("东川河岸新区管委会").types().toString());
    }

    @Test
    void aZoneACompanyDevelopsStaysAZoneInTraditionalCharactersToo() {
        Extracted x = Extracted.body("本報訊 劉志剛來到南嶺工業園調研。隨後，劉志剛來到北湖開發區。北湖開發區由鑫達集團投資建設，總投資20億元，"
                + "已入駐企業20家。");
        assertFalse(x.entity("北湖開發區").is(EntityType.PROJECT), x.entity("北湖開發區").types().toString());
    }
}
