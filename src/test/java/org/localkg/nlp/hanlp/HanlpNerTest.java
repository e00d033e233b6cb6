package org.localkg.nlp.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HanlpNerTest {
    @Test
    void findsPeoplePlacesAndOrganisationsAndNothingInTextWithoutNames() {
        // a person, a place and an organisation HanLP's recognisers know
        assertTrue(HanlpNer.names("县长王建国在江苏省南京市会见了北京大学的客人。") >= 3);
        assertEquals(0, HanlpNer.names("今天天气很好。"));
    }
}
