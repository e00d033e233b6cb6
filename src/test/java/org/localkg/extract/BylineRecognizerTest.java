package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localkg.ingest.Article;

class BylineRecognizerTest {
    @Test
    void namesInTheLeadParenthesesAreReporters() {
        Extracted x = Extracted.body("本报讯(马林 记者张一凡) 昨天，市长吴海出席活动。");
        assertEquals(Set.of("马林", "张一凡"), x.names(EntityType.REPORTER));
        assertTrue(x.names(EntityType.OFFICIAL).contains("吴海"));
    }

    @Test
    void aBylineLineGivesReportersAndCorrespondents() {
        String text = "标题\n□本报记者 陈一 通讯员 刘二\n正文一句。";
        Article a = new Article(1, List.of("标题"), "□本报记者 陈一 通讯员 刘二", text, Article.Kind.NEWS, null, 3);
        Extracted x = Extracted.of(a, null);
        assertEquals(Set.of("陈一", "刘二"), x.names(EntityType.REPORTER));
    }

    @Test
    void photoCreditsAreReportersNeverOfficials() {
        Extracted x = Extracted.caption("新厂房主体结构封顶。王小川 李想 摄", null);
        assertEquals(Set.of("王小川", "李想"), x.names(EntityType.REPORTER));
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty());
    }

    @Test
    void aReporterAndAnOfficialOfOneNameStayTwo() {
        Extracted x = Extracted.body("本报讯(记者 王平) 区长王平主持会议。");
        long people = x.facts.entities().stream().filter(e -> e.name().equals("王平")).count();
        assertEquals(2, people);
    }

    @Test
    void aNewsroomBeforeTheRoleIsNoReporter() {
        Extracted lead = Extracted.body("本报讯（市融媒体中心记者 孙晓 通讯员周明）3日，县长何立新到园区调研。");
        assertEquals(Set.of("孙晓", "周明"), lead.names(EntityType.REPORTER));
        Extracted credit = Extracted.caption("新建的厂房已经封顶。融媒体中心记者 赵一鸣 摄", null);
        assertEquals(Set.of("赵一鸣"), credit.names(EntityType.REPORTER));
    }

    @Test
    void aNameWrittenAgainstTheRolesStaysWhole() {
        Extracted x = Extracted.body("本报讯（记者周洁茹通讯员汤乃颖摄）昨天，市长吴海出席活动。");
        assertEquals(Set.of("周洁茹", "汤乃颖"), x.names(EntityType.REPORTER));
    }
}
