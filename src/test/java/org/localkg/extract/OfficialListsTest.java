package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Officials in lists and with the title after the name (failure class 5 of issue 7), in the
 * styles of a city daily, a county paper and a government site. Every sentence is made up.
 */
class OfficialListsTest {
    @Test
    void aTitleBeforeAListOfNamesIsHeldByEveryName() {
        Extracted x = Extracted.body("县委常委、副县长欧阳建新、李明，副县长邵可、彭立夏及韩松陪同调研。");
        assertEquals(Set.of("欧阳建新", "李明", "邵可", "彭立夏", "韩松"), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of("县委常委", "副县长"), x.posts("李明"), "both titles before the list, up to the comma");
        assertEquals(Set.of("副县长"), x.posts("邵可"));
        assertEquals(Set.of("副县长"), x.posts("彭立夏"), "the guidelines: a title before a list is every name's");
        assertEquals(Set.of("副县长"), x.posts("韩松"), "及 joins the list's last name");
    }

    @Test
    void aListClosedByDengAndAGroupLabelIsOfficials() {
        Extracted x = Extracted.body("卢晓峰、蒋欣然、柏松等市领导参加集中开工活动。");
        assertEquals(Set.of("卢晓峰", "蒋欣然", "柏松"), x.names(EntityType.OFFICIAL));
    }

    @Test
    void aTitledItemEndsAListBeforeDeng() {
        Extracted x = Extracted.body("市委书记卫东升，市委副书记、市长葛文娟等市领导出席。");
        assertEquals(Set.of("卫东升", "葛文娟"), x.names(EntityType.OFFICIAL));
        assertEquals(Set.of("市委副书记", "市长"), x.posts("葛文娟"));
    }

    @Test
    void aGovernmentTitleAfterANameMakesAnOfficial() {
        Extracted x = Extracted.body("汤立群副市长在讲话中指出，要全力以赴抓好项目建设。");
        assertEquals(Set.of("副市长"), x.posts("汤立群"));
    }

    @Test
    void aBareHeadTitleAfterANameBeforeAVerb() {
        Extracted x = Extracted.body("座谈会上，石文斌书记强调，要压紧压实安全生产责任。");
        assertEquals(Set.of("书记"), x.posts("石文斌"));
    }

    @Test
    void severalNamesWithTitlesAfterThemBeforeYixing() {
        Extracted x = Extracted.body("顾长春区长、龚雪副区长一行来到企业走访。");
        assertEquals(Set.of("区长"), x.posts("顾长春"));
        assertEquals(Set.of("副区长"), x.posts("龚雪"));
    }

    @Test
    void aPlaceNameBeforeATitleLikeWordIsNoOfficial() {
        Extracted x = Extracted.body("南通市长江大桥建设进展顺利。");
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.facts.entities().toString());
    }

    @Test
    void divisionsJoinedAfterAnOfficialAreNoOfficials() {
        Extracted x = Extracted.body("昨天，市委书记林建华，市长高翔和东坪县、北岭区有关负责同志一起，走访了宏达电缆有限公司。");
        assertEquals(java.util.Set.of("林建华", "高翔"), x.names(EntityType.OFFICIAL));
        Extracted y = Extracted.body("会上，副市长高翔和青山区区长林建华先后发言。");
        assertEquals(java.util.Set.of("林建华", "高翔"), y.names(EntityType.OFFICIAL), "a county's name before its title stays");
    }
}
