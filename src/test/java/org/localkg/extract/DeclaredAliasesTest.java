package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Short names an article declares in brackets (以下简称“某某”). Every sentence here is made up for the test. */
class DeclaredAliasesTest {
    private static final String TEXT = "5月9日，远岚膜业股份有限公司（以下简称“远膜股份”）年产3万吨光学膜项目在东湖经济开发区开工。"
            + "远膜股份负责人介绍，项目总投资9亿元。东湖经济开发区（简称“东湖经开区”）管委会副主任周平出席。东湖经开区今年已落地项目14个。";

    @Test
    void theDeclaredShortNameIsTheCompanysWhereverItIsUsed() {
        Extracted x = Extracted.body(TEXT);
        Entity company = x.entity("远岚膜业股份有限公司");
        assertTrue(company.aliases().contains("远膜股份"), company.aliases().toString());
        int later = TEXT.indexOf("远膜股份负责人");
        assertTrue(company.mentions().contains(new Span(later, later + 4)), company.mentions().toString());
        assertEquals(Set.of("远岚膜业股份有限公司"), x.names(EntityType.ENTERPRISE));
    }

    @Test
    void theBracketIsNoPartOfTheProjectAfterItAndTheCompanyBuildsTheProject() {
        Extracted x = Extracted.body(TEXT);
        assertEquals(Set.of("年产3万吨光学膜项目"), x.names(EntityType.PROJECT));
        assertEquals(Set.of("远岚膜业股份有限公司"), x.enterprisesOf("年产3万吨光学膜项目"));
        assertEquals(Set.of(900_000_000L), x.investmentsOf("年产3万吨光学膜项目"));
    }

    @Test
    void aParksDeclaredShortNameIsTheParksAndThePostFollowsTheBracket() {
        Extracted x = Extracted.body(TEXT);
        Entity park = x.entity("东湖经济开发区");
        assertTrue(park.aliases().contains("东湖经开区"), park.aliases().toString());
        assertEquals(Set.of("管委会副主任"), x.posts("周平"));
    }
}
