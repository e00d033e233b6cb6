package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InspectionRuleTest {
    @Test
    void theInspectingOfficialVisitsTheObjectAndTheProjectsOfTheArticle() {
        Extracted x = Extracted.titled("林建华调研滨湖高新区",
                "本报讯(记者 王五) 昨天，市委书记林建华调研滨湖高新区。区领导高翔陪同调研。\n"
                        + "在智芯半导体封测项目现场，林建华了解项目进展。");
        List<Facts.Inspection> ins = x.facts.inspections();
        assertEquals(1, ins.size());
        assertEquals("林建华", ins.get(0).official().name());
        Set<String> targets = ins.get(0).targets().stream().map(Entity::name).collect(Collectors.toSet());
        assertEquals(Set.of("滨湖高新区", "智芯半导体封测项目"), targets);
    }

    @Test
    void officialsWhoOnlyAccompanyDoNotInspect() {
        Extracted x = Extracted.body("市委书记林建华调研滨湖高新区。区领导高翔陪同调研。");
        assertTrue(x.facts.inspections().stream().noneMatch(i -> i.official().name().equals("高翔")));
    }

    @Test
    void anArticleWithoutAnInspectionVerbHasNoInspection() {
        Extracted x = Extracted.body("市委书记林建华主持召开会议，研究滨湖高新区建设。");
        assertTrue(x.facts.inspections().isEmpty());
    }
}
