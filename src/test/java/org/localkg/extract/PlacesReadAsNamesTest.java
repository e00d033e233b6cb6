package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A county the segmenter reads as a person's name and pieces, and the frame 包括…在内 around a list. */
class PlacesReadAsNamesTest {
    @Test
    void aCountyReadAsAPersonsNameIsNoOfficial() {
        Extracted x = Extracted.body("本报讯 州委常委王建军，昌吉州副州长赵鸣、吉木萨尔县委副书记、代县长钱雪峰一同见证了签约。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("吉木"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("赵鸣", "钱雪峰")), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void theLastItemOfAnIncludingFrameEndsBeforeItsClose() {
        Extracted x = Extracted.body("本报讯 包括华瑞建设集团、恒泰能源集团、博远鸟在内等共30家企业与南川区签署了项目合作协议。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("博远鸟"), x.names(EntityType.ENTERPRISE).toString());
        assertFalse(x.names(EntityType.ENTERPRISE).contains("博远鸟在内"), x.names(EntityType.ENTERPRISE).toString());
    }
}
