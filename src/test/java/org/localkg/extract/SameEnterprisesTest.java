package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One company the article names in full and again in a shorter form is one entity. Sentences are made up. */
class SameEnterprisesTest {
    @Test
    void aGroupNamedAgainWithoutItsLiabilityFormIsTheSameCompany() {
        Extracted x = Extracted.body("市委书记王立群会见了青峰控股集团有限公司董事长一行。经前期对接，青峰控股集团拟在我市投资建设青峰数字产业园。");
        List<Entity> companies = x.facts.entities().stream().filter(e -> e.is(EntityType.ENTERPRISE)).toList();
        assertEquals(1, companies.size(), companies::toString);
        assertEquals("青峰控股集团有限公司", companies.get(0).name());
    }
}
