package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A zone's own page: the zone said by its bare word after a verb (来开发区考察) is the one zone of that kind
 * the page names (in its footer, the zone's committee as the site's keeper), visited and holding the projects visited.
 */
class SiteZoneTest {
    private static final String BODY = "9月3日，北岭市副市长满国栋一行来开发区考察交流。"
            + "满国栋一行先后走进东辰智能终端产业园、西辰公司搬迁改造项目、南辰循环产业园，座谈中双方交流了招商经验。\n"
            + "本站由河口经济技术开发区主办";

    @Test
    void theBareZoneWordAfterAVerbIsTheZoneVisited() {
        Extracted x = Extracted.titled("北岭市客人来开发区交流", BODY);
        assertTrue(x.targetsOf("满国栋").contains("河口经济技术开发区"), x.targetsOf("满国栋").toString());
    }

    @Test
    void aProjectVisitedBesideParksOfTheSameListIsInTheZone() {
        Extracted x = Extracted.titled("北岭市客人来开发区交流", BODY);
        assertEquals(Set.of("河口经济技术开发区"), x.parksOf("西辰公司搬迁改造项目"));
    }

    @Test
    void aZoneOfAnotherKindIsNotTheBareWords() {
        Extracted x = Extracted.titled("北岭市客人来开发区交流", BODY.replace("河口经济技术开发区", "河口高新区"));
        assertFalse(x.targetsOf("满国栋").contains("河口高新区"), x.targetsOf("满国栋").toString());
    }
}
