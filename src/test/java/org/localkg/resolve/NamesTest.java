package org.localkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void widthQuotesSpacesAndTraditionalCharactersMakeNoOtherName() {
        String key = Names.key("长风新材料科技有限公司");
        assertEquals(key, Names.key("長風新材料科技有限公司"));
        assertEquals(key, Names.key(" “长风” 新材料科技有限公司"));
        assertEquals(Names.key("平川经开区（一期）"), Names.key("平川經開區(一期)"));
    }

    @Test
    void anotherCharacterIsAnotherName() {
        assertNotEquals(Names.key("长风新材料科技有限公司"), Names.key("长丰新材料科技有限公司"));
    }
}
