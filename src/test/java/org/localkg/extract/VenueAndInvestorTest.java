package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The park an event is held in when the zone holding it is named with it, and the investor named
 * after a project. Every sentence here is made up for the test.
 */
class VenueAndInvestorTest {
    @Test
    void theParkHeldByAZoneWhereTheEventIsHeldIsEachProjectsPark() {
        Extracted x = Extracted.body("5月6日上午，西河区春季项目开工仪式在西河高新区南部智造产业园举行，"
                + "青禾光电储能一体化、远帆电力智慧装备两个项目开工建设。市委书记王大明出席开工仪式。");
        assertEquals("西河高新区南部智造产业园", x.facts.frame().park().name());
        assertEquals(Set.of("西河高新区南部智造产业园"), x.parksOf("青禾光电储能一体化"));
        assertEquals(Set.of("西河高新区南部智造产业园"), x.parksOf("远帆电力智慧装备"));
    }

    @Test
    void theInvestorNamedAfterAProjectIsItsCompany() {
        Extracted x = Extracted.body("本次签约项目包括星河量子芯片项目、云端购物中心项目。其中云端购物中心项目投资方为青禾集团。");
        assertEquals(Set.of("青禾集团"), x.enterprisesOf("云端购物中心项目"));
        assertEquals(Set.of(), x.enterprisesOf("星河量子芯片项目"));
    }

    @Test
    void projectsCountedByWhoInvestsAreNoProjects() {
        Extracted x = Extracted.body("上半年，全区政府投资项目开工58项，社会投资项目开工121项，青禾新材料项目投产。");
        assertEquals(Set.of("青禾新材料项目"), x.names(EntityType.PROJECT));
    }
}
