package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A post is what its clause says after who was there (出席…的有) and after people of other places joined
 * to it (主要领导及); a verb that introduces whom an official met (会见) is never a company's first word.
 */
class PostsAndMeetingVerbsTest {

    @Test
    void aPostStartsAfterWhoWasThere() {
        Extracted x = Extracted.body("本报讯 出席仪式的有市人大常委会主任任建国，市政协主席宋卫东。");
        assertEquals(Set.of("市人大常委会主任"), x.posts("任建国"));
    }

    @Test
    void aPostStartsAfterPeopleOfOtherPlacesJoinedToIt() {
        Extracted x = Extracted.body("本报讯 到场的有兄弟县区负责同志和市人大常委会主任任建国，市政协主席宋卫东。");
        assertEquals(Set.of("市人大常委会主任"), x.posts("任建国"));
    }

    @Test
    void aVerbOfMeetingIsNoCompanysFirstWord() {
        Extracted x = Extracted.body("本报讯 李明到东川产业园调研，并会见菊花生物科技集团股份有限公司董事长张立新。");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.contains("菊花生物科技集团股份有限公司"), companies.toString());
        assertTrue(companies.stream().noneMatch(c -> c.startsWith("会见")), companies.toString());
    }
}
