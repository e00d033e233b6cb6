package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Guards from a review of this round's rules: a list's last item at the page's end is cut off only
 * when it is a signing's parties (甲公司与某县人民), a complete name stays; 考察签约 inside a phrase
 * (学习考察签约项目落地经验) is no signing trip; a clause with a subject and a verb between the stops
 * after 在 is no stop.
 */
class ReviewedListEndsTripsAndStopsTest {

    @Test
    void aCompleteLastItemAtThePagesEndStays() {
        Extracted x = Extracted.body("本报讯 今年全县重点推进的项目有：华源光伏电站项目、北城污水处理厂、沿河大道改造工程、白鹭湖湿地公园");
        assertTrue(x.names(EntityType.PROJECT).contains("白鹭湖湿地公园"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void signingInsideAPhraseMakesNoSigningTrip() {
        Extracted x = Extracted.body("本报讯 区长陈力带队赴南京考察，学习考察签约项目落地的经验，先后来到华泰科技有限公司。");
        assertNotEquals(ArticleFrame.Event.SIGNING, x.facts.frame().event());
        assertTrue(x.targetsOf("陈力").contains("华泰科技有限公司"), x.targetsOf("陈力").toString());
    }

    @Test
    void aClauseWithItsOwnVerbIsNoStop() {
        Extracted x = Extracted.body("本报讯 县长胡军到企业调研时，在金鼎公司，宏远公司正在建设新厂区，胡军察看了建设进度。");
        assertEquals(java.util.Set.of("金鼎公司"), x.targetsOf("胡军"));
    }
}
