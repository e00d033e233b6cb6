package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localkg.extract.ArticleFrame.Event;

/** The frame stage alone, and what it gives the projects of an article. Every sentence is made up. */
class ArticleFramesTest {
    @Test
    void theLeadsSubjectIsTheArticlesPark() {
        Extracted x = Extracted.titled("28个重点项目集中开工",
                "3月23日，青岭经济技术开发区28个重点项目集中开工。其中，北辰物流园项目计划总投资5亿元。");
        assertEquals("青岭经济技术开发区", x.facts.frame().park().name());
        assertEquals(Event.GROUNDBREAKING, x.facts.frame().event());
        assertEquals(Set.of("青岭经济技术开发区"), x.parksOf("北辰物流园项目"), "a project without a park takes the frame's");
    }

    @Test
    void aLeadSentenceThatIsNotAboutTheEventGivesNoPark() {
        Extracted x = Extracted.body("南湖电子商务产业园内，主播正在直播带货。18日，在青岭经济开发区重点项目集中签约仪式上，"
                + "华辰智能装备有限公司投资的机器人制造项目完成签约。");
        assertEquals("青岭经济开发区", x.facts.frame().park().name(), "the park where the signing is held");
        assertEquals(Set.of("青岭经济开发区"), x.parksOf("机器人制造项目"));
    }

    @Test
    void theTitlesOnlyParkWhenTheLeadNamesNone() {
        Extracted x = Extracted.titled("云溪高新区：重大项目建设跑出加速度",
                "今年以来，全区上下抓项目、促发展。星海光电产业基地项目已经封顶。");
        assertEquals("云溪高新区", x.facts.frame().park().name());
        assertEquals(Event.REPORT, x.facts.frame().event());
    }

    @Test
    void aSentenceNamingAnotherParkKeepsItsOwn() {
        Extracted x = Extracted.titled("云溪高新区：重大项目建设跑出加速度",
                "北岭经济开发区的光伏组件项目已经投产。星海光电产业基地项目已经封顶。");
        assertEquals(Set.of("北岭经济开发区"), x.parksOf("光伏组件项目"));
        assertEquals(Set.of("云溪高新区"), x.parksOf("星海光电产业基地项目"));
    }

    @Test
    void anInspectionIsTheEventOfAnOfficialsVisit() {
        Extracted x = Extracted.body("5月8日，市委书记林建华来到云溪高新区调研。");
        assertEquals(Event.INSPECTION, x.facts.frame().event());
    }

    @Test
    void noParkWhenTheArticleNamesNone() {
        Extracted x = Extracted.body("全市计划开工项目120个，总投资300亿元。");
        assertNull(x.facts.frame().park());
    }

    @Test
    void afterAPreambleTheNewsStartsAtTheFirstSentenceThatSaysWhen() {
        Extracted x = Extracted.titled("打响工业转型发展攻坚战",
                "春天是万物复苏的季节。面对新常态，全市提出打好四场硬仗。\n在这样的背景下，3月12日，市委书记赵建国深入东岭开发区，"
                        + "对全市工业经济进行了全面调研。");
        assertEquals(ArticleFrame.Event.INSPECTION, x.facts.frame().event());
        Extracted y = Extracted.titled("打响工业转型发展攻坚战", "春天是万物复苏的季节。面对新常态，全市提出打好四场硬仗。");
        assertEquals(ArticleFrame.Event.REPORT, y.facts.frame().event());
    }
}
