package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A report that goes park by park: each park's count of projects opens its stretch. Every sentence is made up. */
class ParkSectionsTest {
    private static final String REPORT = "今年以来，两个工业园区共开工建设各类项目150项。其中：滨河工业园区开工建设项目90项，总投资30亿元。"
            + "华诚食品有限公司饮料生产线、瑞丰物流中心建设项目等正在加紧建设；青山工业园区开工建设项目60项，总投资12亿元。"
            + "远航实业有限公司年产3000吨果胶生产线建设已完成投资500万元。";

    @Test
    void projectsAfterAParksCountOfProjectsAreInThatPark() {
        Extracted x = Extracted.body(REPORT);
        assertEquals(Set.of("滨河工业园区"), x.parksOf("瑞丰物流中心建设项目"));
        assertEquals(Set.of("青山工业园区"), x.parksOf("远航实业有限公司年产3000吨果胶生产线"));
    }

    @Test
    void aProductionLineWhoseInvestmentIsReportedIsAProject() {
        Extracted x = Extracted.body(REPORT);
        assertTrue(x.names(EntityType.PROJECT).contains("远航实业有限公司年产3000吨果胶生产线"), x.names(EntityType.PROJECT)::toString);
    }

    @Test
    void aParkNamedWithoutACountOpensNoStretch() {
        Extracted x = Extracted.body("滨河工业园区环境优美。远航实业有限公司年产3000吨果胶生产线建设已完成投资500万元。青山工业园区也在加快发展。");
        assertEquals(Set.of(), x.parksOf("远航实业有限公司年产3000吨果胶生产线"));
    }
}
