package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A name's place in a list of officials, the forms of one zone's name, and phrases that name a batch
 * or a period's projects. Every sentence here is made up for the test.
 */
class ListSlotsAndZoneFormsTest {
    @Test
    void aWordBetweenATitleAndTheNextTitledNameIsAName() {
        Extracted x = Extracted.body("县委副书记、县长张红，县人大常委会主任江山，县政协主席李兰参加调研。");
        assertTrue(x.names(EntityType.OFFICIAL).containsAll(Set.of("张红", "江山", "李兰")), x.names(EntityType.OFFICIAL).toString());
        assertEquals(Set.of("县人大常委会主任"), x.posts("江山"));
    }

    @Test
    void aWordAfterATitleWithNoTitledNameAfterItIsNoName() {
        Extracted x = Extracted.body("区长张红表示，今年全区旅游迎来高峰，游客人数创新高。");
        assertFalse(x.names(EntityType.OFFICIAL).contains("高峰"), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aParkInBracketsInsideAProjectsNameIsTheWorksOtherName() {
        Extracted x = Extracted.body("当天集中开工的项目分别是：青原智慧物流港(东方云仓产业园)项目、红叶年产5万吨饲料项目。");
        Entity e = x.entity("青原智慧物流港(东方云仓产业园)项目");
        assertTrue(e.is(EntityType.PROJECT));
        assertFalse(e.is(EntityType.PARK), "the bracket names the works again, no park");
    }

    @Test
    void aYearsProjectsOfAPlaceAndAPeriodsProjectsAreNoNames() {
        Extracted x = Extracted.body("2023青湾新城项目集中签约活动举行。会上，“十五五”时期项目谋划工作同步启动。");
        assertEquals(Set.of(), x.names(EntityType.PROJECT));
    }

    @Test
    void aNumberBeforeAUnitIsNoYear() {
        Extracted x = Extracted.body("会上签约了青湾2000吨特种纤维项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("青湾2000吨特种纤维项目"), x.names(EntityType.PROJECT).toString());
    }

    @Test
    void jiJoinsTwoPartsOfOneParksName() {
        Extracted x = Extracted.body("青山县发展科教产业园，建设青山果蔬冷链物流暨现代农业示范园区。");
        assertTrue(x.names(EntityType.PARK).contains("青山果蔬冷链物流暨现代农业示范园区"), x.names(EntityType.PARK).toString());
        assertFalse(x.names(EntityType.PARK).stream().anyMatch(n -> n.startsWith("青山县发展")), x.names(EntityType.PARK).toString());
    }

    @Test
    void aHighTechZoneNamedInTwoFormsIsOnePark() {
        Extracted x = Extracted.body("青川高新技术开发区今天举行项目集中开工仪式。"
                + "该项目由东湾新型建材有限公司投资1.8亿元建设，位于青川高新技术产业园区。");
        assertEquals(1, x.names(EntityType.PARK).size(), x.names(EntityType.PARK).toString());
    }

    @Test
    void aCopulaAfterAKindOfWorksOrAfterDeOpensTheList() {
        Extracted x = Extracted.body("今年落地的有果蔬冷链仓储物流项目，重点工程是南河生态护岸工程。此次开工项目有光学镜片精密加工项目,碳化硅微粉生产项目。");
        Set<String> projects = x.names(EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("果蔬冷链仓储物流项目", "南河生态护岸工程", "光学镜片精密加工项目", "碳化硅微粉生产项目")),
                projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("有") || p.startsWith("是") || p.contains("项目有")), projects.toString());
    }
}
