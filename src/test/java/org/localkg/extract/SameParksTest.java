package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A park named in full and then again shorter is one park of the article. */
class SameParksTest {
    @Test
    void aDevelopmentZoneNamedAgainAsItsPlacesKaifaquIsOnePark() {
        Extracted x = Extracted.body("记者走进本溪长风经济开发区，园区企业正忙着赶制订单。近年来，长风开发区引进项目十余个。");
        assertEquals(Set.of("本溪长风经济开发区"), x.names(EntityType.PARK), x.facts.entities().toString());
    }

    @Test
    void aRankInBracketsAndTraditionalCharactersDoNotMakeASecondPark() {
        Extracted x = Extracted.body("會議在平川(國家級)經濟技術開發區舉行。今年以來，平川開發區新開工項目八個。");
        assertEquals(1, x.names(EntityType.PARK).size(), x.facts.entities().toString());
        Entity park = x.facts.entities().stream().filter(e -> e.is(EntityType.PARK)).findFirst().orElseThrow();
        assertEquals(2, park.mentions().size(), park.toString());
    }

    @Test
    void aSubParkNamedWithoutTheZoneItBelongsToIsTheSamePark() {
        Extracted x = Extracted.body("考察组来到青林胜利经济开发区东湖园区调研。东湖园区已入驻企业三十家。");
        Set<String> parks = x.names(EntityType.PARK);
        assertTrue(parks.contains("青林胜利经济开发区东湖园区") && !parks.contains("东湖园区"), parks.toString());
    }

    @Test
    void aProjectOpeningWithAZoneNamedElsewhereStandsInItAndIsNamedWithoutIt() {
        Extracted x = Extracted.body("集中开工仪式在长风高新区青松智能装备产业园项目现场举行。今年，长风高新区计划新开工项目二十个。");
        assertEquals(Set.of("长风高新区"), x.parksOf("长风高新区青松智能装备产业园项目"), x.facts.entities().toString());
        Entity project = x.entity("长风高新区青松智能装备产业园项目");
        assertTrue(project.keys().contains(org.localkg.resolve.Names.key("青松智能装备产业园项目")), project.toString());
    }

    @Test
    void aZoneNamedOnlyAtTheOpeningOfAProjectIsAPark() {
        Extracted x = Extracted.body("日前，辽宁本溪市经济技术开发区青松智能装备产业园二期项目开工。");
        assertTrue(x.names(EntityType.PARK).contains("辽宁本溪市经济技术开发区"), x.facts.entities().toString());
        assertEquals(Set.of("辽宁本溪市经济技术开发区"), x.parksOf("辽宁本溪市经济技术开发区青松智能装备产业园二期项目"));
        Entity park = x.entity("辽宁本溪市经济技术开发区");
        assertTrue(park.keys().contains("本溪市经济技术开发区"), park.toString());
    }

    @Test
    void aParkAZoneHoldsIsNamedAgainByItsOwnName() {
        Extracted x = Extracted.body("开工仪式在青林市经济开发区绿能产业园举行。仪式前，周明在绿能产业园调研，了解园区规划。");
        // the zone is a park of its own (the zone that holds the other), the held park is named twice
        assertEquals(Set.of("青林市经济开发区", "青林市经济开发区绿能产业园"), x.names(EntityType.PARK));
        assertEquals(2, x.entity("青林市经济开发区绿能产业园").mentions().size());
    }

    @Test
    void aParkHeldByAZoneIsOneWithTheZoneAbbreviatedAndIsTheArticlesPark() {
        Extracted x = Extracted.titled("王明在青林高新区东山园区调研时强调",
                "5月27日，市长王明到青林高新技术产业开发区东山园区调研项目建设。王明先后深入青林东岭冶金有限公司铁合金项目、"
                        + "青林玻璃纤维系列产品项目等建设现场。王明指出，青林高新技术产业开发区是全市工业发展的主平台。");
        Entity held = x.entity("青林高新技术产业开发区东山园区");
        assertTrue(held.keys().contains("青林高新区东山园区"), held.toString());
        assertEquals(Set.of("青林高新技术产业开发区东山园区"), x.parksOf("青林玻璃纤维系列产品项目"));
    }
}
