package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** An official who sets out with a party (甲一行到某市考察调研) leads it: where the party goes later is where they went. */
class PartyLeadersTest {
    private static final String VISIT = "本报讯 12月3日，南川经济技术开发区管委会常务副主任李明一行到东山市考察调研，并围绕锂电产业召开工作座谈会。"
            + "东山工业园区管委会主任赵强主持会议，东山市委常委、副市长王刚，东山工业园区有关负责同志参加活动。\n"
            + "李明表示，希望两地加强合作。\n王刚代表东山市委、市政府对李明一行的到来表示欢迎。\n";

    @Test
    void thePartysLaterSitesAreItsLeaders() {
        Extracted x = Extracted.body(VISIT + "会后，调研组一行还到恒丰锂业股份有限公司、华信镁业有限公司、东山钾肥科技有限公司等企业，详细了解企业生产经营情况。");
        assertEquals(Set.of("恒丰锂业股份有限公司", "华信镁业有限公司", "东山钾肥科技有限公司"), x.targetsOf("李明"));
        assertEquals(Set.of(), x.targetsOf("王刚"), x.facts.inspections().toString());
    }

    @Test
    void withoutAPartyNounTheHostsTakingPartStands() {
        Extracted x = Extracted.body(VISIT.replace("李明一行到东山市考察调研", "李明到东山市考察调研")
                + "会后，调研组一行还到恒丰锂业股份有限公司、华信镁业有限公司、东山钾肥科技有限公司等企业，详细了解企业生产经营情况。");
        assertTrue(x.targetsOf("李明").isEmpty(), x.facts.inspections().toString());
    }

    @Test
    void aLeaderWithSitesOfTheirOwnKeepsThem() {
        Extracted x = Extracted.body("本报讯 12月3日，副市长李明一行来到恒丰锂业股份有限公司调研。随后，调研组一行还到华信镁业有限公司。");
        assertTrue(x.targetsOf("李明").containsAll(Set.of("恒丰锂业股份有限公司", "华信镁业有限公司")), x.facts.inspections().toString());
    }
}
