package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A park's name the segmenter cut into a lone character and a one-character adjective (昶|茂|新材料产业园), and a
 * park a company invests in, which is works being built: a project with its company and amount.
 */
class InvestedParksTest {
    private static final String INVESTED = "本报讯 北岭新区举行项目签约仪式。据悉，昶茂新材料产业园由吉林省东岭铁路集团投资，"
            + "总投资110亿元，年产值150亿元。";

    @Test
    void aNameCutIntoACharacterAndAnAdjectiveOpensAPark() {
        Extracted x = Extracted.body(INVESTED);
        assertTrue(x.names(EntityType.PARK).contains("昶茂新材料产业园"), x.names(EntityType.PARK).toString());
    }

    @Test
    void aParkACompanyInvestsInIsAProjectOfThatCompany() {
        Extracted x = Extracted.body(INVESTED);
        assertTrue(x.entity("昶茂新材料产业园").is(EntityType.PROJECT), x.entity("昶茂新材料产业园").types().toString());
        assertEquals(Set.of("吉林省东岭铁路集团"), x.enterprisesOf("昶茂新材料产业园"));
        assertEquals(Set.of(11_000_000_000L), x.investmentsOf("昶茂新材料产业园"));
    }

    @Test
    void theZoneTheArticleIsAboutStaysAZone() {
        Extracted x = Extracted.body("本报讯 北岭新区由东岭铁路集团投资建设，区内现有企业120家。北岭新区今年新签约项目8个。");
        assertFalse(x.entity("北岭新区").is(EntityType.PROJECT), x.entity("北岭新区").types().toString());
    }
}
