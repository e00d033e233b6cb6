package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A company named after a park (某某园区综合能源有限公司) names no park, and its name's tail no company of its own. */
class CompaniesNamedAfterParksTest {
    @Test
    void theParksWordsOpeningACompanysNameAreTheCompanys() {
        Extracted x = Extracted.body("我区举行重点项目春季开工仪式\n4月8日上午，我区在南川恒热园区综合能源有限公司生物质热电联产项目建设现场"
                + "举行重点项目春季开工仪式，区委书记王建国出席开工仪式并讲话。");
        assertEquals(Set.of(), x.names(EntityType.PARK), x.facts.entities().toString());
        assertEquals(Set.of("南川恒热园区综合能源有限公司"), x.names(EntityType.ENTERPRISE));
        assertTrue(x.enterprisesOf("南川恒热园区综合能源有限公司生物质热电联产项目").contains("南川恒热园区综合能源有限公司"),
                x.facts.enterprises().toString());
    }

    @Test
    void aZoneOpeningAProjectsNameIsStillItsPark() {
        Extracted x = Extracted.body("本报讯 4月8日上午，南川经济技术开发区智能终端产业园二期项目开工建设，区委书记王建国出席开工仪式。");
        assertTrue(x.names(EntityType.PARK).contains("南川经济技术开发区"), x.facts.entities().toString());
    }
}
