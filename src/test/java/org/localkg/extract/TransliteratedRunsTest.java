package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Transliterated names of four to six characters after a title, which the segmenter cut up (the 47th batch's odd half). */
class TransliteratedRunsTest {

    @Test
    void aNameCutIntoSingleCharactersIsOneOfficial() {
        Extracted x = Extracted.body("本报讯 近日，市委常委、副市长王丽华，副市长额登毕力格出席开工仪式。");
        assertEquals(Set.of("副市长"), x.posts("额登毕力格"));
    }

    @Test
    void twoNamesSideBySideStayTwo() {
        Extracted x = Extracted.body("本报讯 近日，研究员冀明李雯华/文。市委书记王建国出席。");
        assertEquals(Set.of(), x.names(EntityType.OFFICIAL).stream().filter(n -> n.length() > 3).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aKnownNameAndTheClauseAfterItStayApart() {
        assertEquals(Set.of("张建民"), Extracted.body("本报讯 近日，副省长张建民来海东调研。").names(EntityType.OFFICIAL));
        assertEquals(Set.of("王强"), Extracted.body("本报讯 近日，副市长王强今天上午出席。").names(EntityType.OFFICIAL));
    }
}
