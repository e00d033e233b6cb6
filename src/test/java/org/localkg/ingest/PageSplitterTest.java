package org.localkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageSplitterTest {
    private static final String PAGE = """
            林建华调研滨湖高新区

            加快项目建设 培育发展新动能

            本报讯(记者 王五) 昨天上午，市委书记林建华调研滨湖高新区，强调要持续营造宜居宜业的城市环

            境。区领导高翔陪同调研。

            在智芯半导体封测项目现场，林建华了解项目进展。

            区政协召开协商会

            本报讯(记者 赵六) 昨天，区政协召开协商会。

            重点项目
            进行时

            城东智慧物流港位于青龙路北侧，总投资3亿元，目前主体已封顶。

            张三 摄

            奋进新征程
            建功新时代
            """;

    @Test
    void aPageSplitsIntoArticlesAndCaptions() {
        List<Article> articles = PageSplitter.split(PAGE);
        assertEquals(3, articles.size());
        assertEquals(List.of("林建华调研滨湖高新区", "加快项目建设 培育发展新动能"), articles.get(0).title());
        assertEquals(List.of("区政协召开协商会"), articles.get(1).title());
        assertEquals(Article.Kind.CAPTION, articles.get(2).kind());
    }

    @Test
    void aLongHeadlineDoesNotRunOnIntoTheDatelineParagraph() {
        String page = """
                看发展 | 9个项目签约31亿元 北湖经济开发区南山园区全年招商任务提前完成

                12月3日，北湖经济开发区南山园区举行招商引资签约活动，共签约9个项目。
                """;
        String text = PageSplitter.split(page).get(0).text();
        assertTrue(text.contains("提前完成\n12月3日，"), text);
    }

    @Test
    void anIndentedLineAfterAnEmptyOneOpensAParagraphWhateverTheLastLacked() {
        String page = "本报讯 市委书记王明到北湖开发区调研。他强调，要推动园区高质量发展取得新成效\n\n"
                + "  在北湖开发区，王明来到恒泰新材料项目建设现场。\n";
        String text = PageSplitter.split(page).get(0).text();
        assertTrue(text.contains("取得新成效\n"), text);
        assertFalse(text.contains("取得新成效在"), text);
    }

    @Test
    void aLineCutBeforeItsDateStillRunsOn() {
        String page = """
                记者从北湖开发区有关部门获悉，南山园区今年第四批招商引资签约活动定于

                12月3日，在园区服务中心举行，届时将有9个项目签约落地，总投资31亿元。
                """;
        String text = PageSplitter.split(page).get(0).text();
        assertTrue(text.contains("定于12月3日，"), text);
    }

    @Test
    void aDatelineEndingItsLineRunsOnIntoNothing() {
        String page = "本报讯 2024年5月10日\n市委书记李明强到青禾产业园调研。\n";
        String text = PageSplitter.split(page).get(0).text();
        assertTrue(text.contains("5月10日\n市委书记"), text);
        String numeric = "青禾日报 2023-07-13\n市委书记李明强到青禾产业园调研。\n";
        assertFalse(PageSplitter.split(numeric).get(0).text().contains("2023-07-13市委书记"), numeric);
        String broken = "记者从有关部门获悉，南山园区今年第四批招商引资签约活动定于2024年5月10日\n在园区服务中心举行，届时将有9个项目签约。\n";
        assertTrue(PageSplitter.split(broken).get(0).text().contains("5月10日在园区"), broken);
    }

    @Test
    void aParagraphBrokenMidWordIsRejoined() {
        Article first = PageSplitter.split(PAGE).get(0);
        assertTrue(first.text().contains("城市环境。区领导"), first.text());
    }

    @Test
    void captionsKeepTheirCreditAndColumn() {
        Article caption = PageSplitter.split(PAGE).get(2);
        assertEquals("张三 摄", caption.byline());
        assertEquals("重点项目 进行时", caption.column());
        assertTrue(caption.text().startsWith("城东智慧物流港"));
    }

    @Test
    void slogansAreLeftOut() {
        for (Article a : PageSplitter.split(PAGE)) {
            assertFalse(a.text().contains("奋进新征程"), a.text());
        }
    }

    @Test
    void aSectionHeadingWithoutBylineStaysInItsArticle() {
        String page = """
                绿建区：从先行到示范

                □本报记者 陈一 通讯员 刘二

                第一段，正文内容。

                提质增绿 锚定零碳

                第二段，正文内容。
                """;
        List<Article> articles = PageSplitter.split(page);
        assertEquals(1, articles.size());
        assertEquals("□本报记者 陈一 通讯员 刘二", articles.get(0).byline());
        assertTrue(articles.get(0).text().contains("提质增绿 锚定零碳\n第二段"));
    }

    @Test
    void markdownHeadingMarksAreDropped() {
        Article a = PageSplitter.split("## 标题一行\n\n本报讯(记者 王五) 正文，一句。").get(0);
        assertEquals(List.of("标题一行"), a.title());
        assertNull(a.column());
    }

    @Test
    void aSitesTrailEndsItsNavigationAndTheHeadlineFollows() {
        String page = """
                北岭网
                新闻中心
                北岭科技有限公司
                北岭科技有限公司 您现在的位置：首页 > 新闻中心 > 正文
                市领导调研北岭经济开发区重点项目
                发布时间：2024-05-06 10:20:00
                5月5日，市委书记王建国到北岭经济开发区调研重点项目建设情况。
                """;
        List<Article> articles = PageSplitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(List.of("市领导调研北岭经济开发区重点项目"), articles.get(0).title());
    }

    @Test
    void aHeadlinePrintedBeforeTheTrailStaysTheTitle() {
        String page = """
                市领导调研北岭经济开发区重点项目
                当前位置：首页 > 新闻中心
                5月5日，市委书记王建国到北岭经济开发区调研重点项目建设情况。
                """;
        assertEquals(List.of("市领导调研北岭经济开发区重点项目"), PageSplitter.split(page).get(0).title());
    }

    @Test
    void aHeadlineOnTheTrailsLineIsTheTitle() {
        String page = """
                您现在的位置：首页 > 新闻中心 > 正文 市领导调研北岭经济开发区重点项目
                发布时间：2024-05-06
                5月5日，市委书记王建国到北岭经济开发区调研重点项目建设情况。
                """;
        assertEquals(List.of("市领导调研北岭经济开发区重点项目"), PageSplitter.split(page).get(0).title());
    }

    @Test
    void aPageCutInsideItsLastSentenceKeepsTheCutWords() {
        String page = """
                市领导调研北岭经济开发区

                5月5日，市委书记王建国到北岭经济开发区调研重点项目建设情况。

                青川彩铝公司年产十万吨铝板深加工项目是我市和东岭集
                """;
        Article article = PageSplitter.split(page).get(0);
        assertTrue(article.text().endsWith("青川彩铝公司年产十万吨铝板深加工项目是我市和东岭集"), article.text());
    }

    @Test
    void aFooterAfterTheBodyStaysOut() {
        String page = """
                市领导调研北岭经济开发区

                5月5日，市委书记王建国到北岭经济开发区调研重点项目建设情况。

                （责任编辑：李明 张华）
                """;
        assertFalse(PageSplitter.split(page).get(0).text().contains("责任编辑"));
    }

    @Test
    void theNextStorysHeadlineOrTheCreditsAtThePagesEndStayOut() {
        for (String last : new String[] {"青禾新材料产业园年产十万吨锂电池材料项目开工", "区委书记王建国调研北岭镇重点项目建设情况",
                "本版编辑王小明美术编辑李青校对张华"}) {
            String page = "市领导调研北岭经济开发区\n\n5月5日，市委书记王建国到北岭经济开发区调研重点项目建设情况。\n\n" + last + "\n";
            assertFalse(PageSplitter.split(page).get(0).text().contains(last), last);
        }
    }

    @Test
    void aPageCutIntoAListOfWorksKeepsItsLinesAsText() {
        List<Article> articles = PageSplitter.split("""
                东湖区:华远能源有限公司天然气储配站项目
                北山县:青川再生资源有限公司废旧轮胎循环利用项目
                南河县:金泰陶瓷股份有限公司年产300万平方米瓷砖项目
                西岭市:宏达机械公司农机装备扩能项目
                东川经济开发区:华美塑业有限公司全生物降解膜项目
                6月2日，全市二季度重点项目观摩活动举行，观摩团察看了8个县(市、区)的36个项目。
                """);
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertTrue(a.title().isEmpty(), a.title().toString());
        assertTrue(a.text().contains("北山县:青川再生资源有限公司废旧轮胎循环利用项目"), a.text());
        assertTrue(a.text().contains("6月2日"), a.text());
    }

    @Test
    void headlinesOverABodyAreStillTheTitle() {
        List<Article> articles = PageSplitter.split("""
                奋进新征程
                建功新时代
                东湖区举行重点项目集中开工
                总投资120亿元 18个项目开工
                本报讯 6月2日，东湖区举行重点项目集中开工活动。
                """);
        assertEquals(List.of("建功新时代", "东湖区举行重点项目集中开工", "总投资120亿元 18个项目开工"), articles.get(0).title());
    }

    @Test
    void aHeadlineOverAListOfWorksStaysTheTitle() {
        List<Article> articles = PageSplitter.split("""
                华泰集团召开年度工作会议
                华源科技年产5万吨新材料项目
                瑞丰食品深加工项目
                华泰物流园二期工程
                金诺电子元器件项目
                1月5日，华泰集团召开年度工作会议。
                """);
        assertEquals(List.of("华泰集团召开年度工作会议"), articles.get(0).title());
        assertTrue(articles.get(0).text().contains("华源科技年产5万吨新材料项目"), articles.get(0).text());
    }

    @Test
    void aSitesDatedLinksAreNoPartOfTheTitle() {
        List<Article> articles = PageSplitter.split("""
                - · 《园区周刊》投稿方式[05/29]
                - · 《园区周刊》办刊宗旨[05/29]
                东川高新区加快推动产业升级
                作者:网站编辑
                2月28日，东川高新区举办招商签约会，华泰、宏达等12家企业签约入驻。
                """);
        assertEquals(List.of("东川高新区加快推动产业升级"), articles.get(0).title());
    }
}
