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
}
