package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A project placed in a park by the sentence after it, which points back at it (该项目位于…). */
class PlacedByPointingBackTest {

    @Test
    void theSentenceAfterPointsBackAndPlacesTheProject() {
        for (String s : new String[] {"本报讯 近日，松川冷链物流项目已完成投资3亿元。该项目位于河东工业园区，预计明年建成。",
                "本报讯 近日，松川冷链物流项目开工建设。项目位于河东工业园区，总投资5亿元。",
                "本报讯 近日，松川冷链物流项目开工建设。该项目落户于河东工业园区，由鑫源集团投资建设。"}) {
            Extracted x = Extracted.body(s);
            assertEquals(Set.of("河东工业园区"), x.parksOf("松川冷链物流项目"), s);
        }
    }

    @Test
    void aParkTheSentenceAfterNamesWithoutPlacingIsNotTheProjects() {
        Extracted x = Extracted.body("本报讯 近日，松川冷链物流项目开工建设。该项目借鉴了河东工业园区的经验。");
        assertEquals(Set.of(), x.parksOf("松川冷链物流项目"));
    }

    @Test
    void twoProjectsBeforeLeaveThePointerUnresolved() {
        Extracted x = Extracted.body("本报讯 近日，松川冷链物流项目和青岭包装材料项目开工建设。该项目位于河东工业园区。");
        assertEquals(Set.of(), x.parksOf("松川冷链物流项目"));
        assertEquals(Set.of(), x.parksOf("青岭包装材料项目"));
    }
}
