package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The companies of a list whose head is people (甲集团、乙公司等18家企业负责人参加) are where those people come from,
 * not places a visit went to; a building named whole (甲总部及乙中心) whose 主体工程 is reported done is not also
 * two works; a place's name the division codes know (和林格尔) is not read as a person where a word before it
 * took its first character.
 */
class VisitorsPartsAndPlacesTest {

    @Test
    void theCompaniesOfPeopleWhoTookPartAreNotVisited() {
        Extracted x = Extracted.titled("东海考察团来北岭", "12月5日，由东海市国资委主任陈林带队的东海市国有企业考察团来北岭，"
                + "考察了北岭市河道治理和北岭开发区华泰重工有限公司。市长李明参加。\n"
                + "此次来北岭考察，东海市国资委相关负责人，以及东海市城市投资集团、地铁集团、能源集团、宏达投资公司等18家企业负责人参加。\n");
        Set<String> targets = x.targetsOf("陈林");
        assertTrue(targets.contains("华泰重工有限公司"), targets.toString());
        assertTrue(targets.stream().noneMatch(n -> n.contains("集团") || n.contains("宏达")), targets.toString());
    }

    @Test
    void aBuildingNamedWholeIsNotAlsoTwoWorks() {
        Extracted x = Extracted.body("本报讯 今年以来，华泰科技办公总部及检测中心主体工程顺利完工，新厂区正在建设。\n");
        assertEquals(Set.of("华泰科技办公总部及检测中心"), x.names(EntityType.PROJECT));
    }

    @Test
    void aPlacesNameIsNoPerson() {
        Extracted x = Extracted.body("本报讯 考察团一行依次参观了东海国际机场、和林格尔新区规划展览馆、华云和林格尔数据中心、"
                + "科达生物饲料生产基地等地。\n");
        assertFalse(x.names(EntityType.PERSON).contains("林格尔"), x.names(EntityType.PERSON).toString());
    }
}
