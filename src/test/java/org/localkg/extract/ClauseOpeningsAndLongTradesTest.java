package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A clause's opening verbs before a list of companies, a verb with its aspect before a name, a long trade after a zone word. */
class ClauseOpeningsAndLongTradesTest {
    @Test
    void theClausesVerbsOpenNoCompanyOfAList() {
        Extracted x = Extracted.body("会议指出，要充分发挥东辰能化等国有企业的骨干带动作用。");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.contains("东辰能化"), companies.toString());
        assertFalse(companies.stream().anyMatch(c -> c.startsWith("要")), companies.toString());
    }

    @Test
    void aVerbWithItsAspectEndsBeforeAName() {
        Extracted x = Extracted.body("今天，北岭市引进了东辰智能装备有限公司年产5000台机器人项目。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.stream().anyMatch(p -> p.contains("引进")), projects.toString());
        assertTrue(x.names(EntityType.ENTERPRISE).contains("东辰智能装备有限公司"), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void markingWithAspectOpensNoProject() {
        Extracted x = Extracted.body("这标志着东辰锂电池材料项目正式开工。");
        assertTrue(x.names(EntityType.PROJECT).contains("东辰锂电池材料项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void aZoneWordInsideALongCompanyNameIsNoZone() {
        Extracted x = Extracted.body("随后，调研组来到北岭东湾河谷精酿啤酒生产有限责任公司，了解企业生产情况。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("北岭东湾河谷精酿啤酒生产有限责任公司"), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.names(EntityType.PARK).isEmpty(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCompanysRankInAGroupIsNoCompany() {
        Extracted x = Extracted.body("近年来，北岭区引进了东辰、西岭等一批央企二级公司。");
        assertFalse(x.names(EntityType.ENTERPRISE).stream().anyMatch(c -> c.contains("二级公司")), x.names(EntityType.ENTERPRISE).toString());
    }

    @Test
    void landingCountedOpensNoProject() {
        Extracted x = Extracted.body("截至目前，北岭区累计落地东辰储能电池项目等32个项目。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertFalse(projects.stream().anyMatch(p -> p.contains("落地")), projects.toString());
    }

    @Test
    void aCompanysAbbreviationIsTheSameCompany() {
        Extracted x = Extracted.body("东辰宁夏煤业集团、西岭能源集团参加签约。会议要求，要充分发挥东辰宁煤等国有企业的带动作用。");
        Entity full = x.entity("东辰宁夏煤业集团");
        assertTrue(full != null && full.keys().contains(org.localkg.resolve.Names.key("东辰宁煤")), x.facts.entities().toString());
    }

    @Test
    void anAbbreviationKeepsTheOpeningAndTheOrderOfTheNamesCharacters() {
        assertTrue(Coreference.abbreviates("东辰宁煤", "东辰宁夏煤业集团"));
        assertFalse(Coreference.abbreviates("东辰电力", "东辰置地集团"));
        assertFalse(Coreference.abbreviates("东辰宁煤", "西岭宁夏煤业集团"));
    }

    @Test
    void aBaseWithAnAdministrationOfItsOwnIsAZone() {
        Extracted x = Extracted.body("12月9日，副主席王东来到永昌能源化工基地调研。王东指出，永昌管委会要不断优化营商环境。"
                + "他先后察看了东辰煤制油示范项目、西岭甲醇制烯烃项目。");
        assertTrue(x.names(EntityType.PARK).contains("永昌能源化工基地"), x.names(EntityType.PARK).toString());
        assertTrue(x.parksOf("西岭甲醇制烯烃项目").contains("永昌能源化工基地"), x.facts.entities().toString());
    }

    @Test
    void aBaseWithoutAnAdministrationIsNoZone() {
        Extracted x = Extracted.body("12月9日，副市长王东来到永昌新能源装备生产基地调研，察看了生产线建设情况。");
        assertFalse(x.names(EntityType.PARK).contains("永昌新能源装备生产基地"), x.names(EntityType.PARK).toString());
    }
}
