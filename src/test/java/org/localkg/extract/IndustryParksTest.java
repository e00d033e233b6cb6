package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parks named for their industries only: a name where a visit goes or a project is built, else a kind. */
class IndustryParksTest {
    @Test
    void anIndustryParkAVisitGoesToIsAPark() {
        Extracted x = Extracted.body("近日，区长高明远带队深入生物医药和高端装备产业园，实地调研在建项目建设情况。");
        assertTrue(x.names(EntityType.PARK).contains("生物医药和高端装备产业园"), x.names(EntityType.PARK)::toString);
    }

    @Test
    void anIndustryParkOpeningAListedProjectIsThatProjectsPark() {
        Extracted x = Extracted.body("在东岭县，高明远察看了城西污水处理厂、光伏产业园储能电池生产线项目、北山水库除险加固等项目建设情况。");
        assertTrue(x.names(EntityType.PARK).contains("光伏产业园"), x.names(EntityType.PARK)::toString);
        assertEquals(Set.of("光伏产业园"), x.parksOf("光伏产业园储能电池生产线项目"));
    }

    @Test
    void anIndustryParkInAPlanIsOnlyAKind() {
        Extracted x = Extracted.body("全市将加快推进新材料产业园建设，谋划光伏产业园。");
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK)::toString);
    }
}
