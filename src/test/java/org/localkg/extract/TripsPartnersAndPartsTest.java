package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A trip to win investment signs projects and sees none; a partner a body works with builds what the
 * next clause builds; a clause's verb of building opens no name; a sum said of a built thing we found no
 * project in, or of a part after 其中, is not the whole's; a company the paragraph under a name line
 * declares builds it; four characters that abbreviate a company's legal name open its project's name;
 * a paragraph that opens with 项目 goes on about the project named on the line above.
 */
class TripsPartnersAndPartsTest {

    @Test
    void aTripToWinInvestmentInspectsNothing() {
        Extracted x = Extracted.body("本报讯 东川市委常委、书记王建国近日率领东川市经贸考察团赴深圳开展招商推介，共签约4个项目。\n"
                + "据了解，东川高新区管委会与华港投资有限公司合作，拟引进资金12亿元，建设青年创业园项目。");
        assertTrue(x.targetsOf("王建国").isEmpty(), x.targetsOf("王建国").toString());
        assertEquals(ArticleFrame.Event.SIGNING, x.facts.frame().event());
    }

    @Test
    void thePartnerABodyWorksWithBuildsTheWorks() {
        Extracted x = Extracted.body("本报讯 北城区政府与海润国际集团有限公司合作，计划引资6亿元，建造青石河大桥项目；"
                + "又与宏宇实业有限公司合作，计划引资14亿元，建设滨河商业街区项目。");
        assertTrue(x.names(EntityType.PROJECT).contains("青石河大桥项目"), x.names(EntityType.PROJECT).toString());
        assertEquals(Set.of("海润国际集团有限公司"), x.enterprisesOf("青石河大桥项目"));
        assertEquals(Set.of("宏宇实业有限公司"), x.enterprisesOf("滨河商业街区项目"));
    }

    @Test
    void aSumOfABuiltThingWeFoundNoProjectInIsNotTheProjectBefore() {
        Extracted x = Extracted.body("本报讯 在高端装备领域，宏图动力年产10万台新能源发动机项目已经投产。"
                + "在数字经济领域，总投资12.5亿元的华讯云计算中心正式启用，为园区企业提供算力。");
        assertTrue(x.investmentsOf("宏图动力年产10万台新能源发动机项目").isEmpty(),
                x.investmentsOf("宏图动力年产10万台新能源发动机项目").toString());
    }

    @Test
    void aPartsSumAfterQizhongIsNotTheWholes() {
        Extracted x = Extracted.body("开工项目有：\n东华铝材精深加工及型材挤压生产线项目\n"
                + "项目落户东川经济开发区，计划总投资6.4亿元，其中型材挤压生产线项目总投资2.1亿元，由东华铝业股份有限公司承建。\n");
        assertEquals(Set.of(640_000_000L), x.investmentsOf("东华铝材精深加工及型材挤压生产线项目"));
    }

    @Test
    void theBuilderDeclaredUnderANameLineWinsOverTheNamesFirstWords() {
        Extracted x = Extracted.body("本期开工项目：\n东华铝材精深加工项目\n项目选址东川经济开发区，计划总投资6.4亿元，由东华铝业股份有限公司投资建设。\n"
                + "东华智慧物流分拨中心项目\n项目选址西山物流园B区。计划总投资8亿元，由恒信供应链管理有限公司投资建设。\n");
        assertEquals(Set.of("恒信供应链管理有限公司"), x.enterprisesOf("东华智慧物流分拨中心项目"));
        assertEquals(Set.of(800_000_000L), x.investmentsOf("东华智慧物流分拨中心项目"));
    }

    @Test
    void anAbbreviationOfALegalNameOpensItsProject() {
        Extracted x = Extracted.body("本报讯 东川高新区当天签约5个项目。按照协议，华昱油田服务股份有限公司将投入50亿元，"
                + "推进华昱油服海上钻井及低碳装备产业项目；宏远蓝天科技有限公司拟投入20亿元，在东川建设新型电池材料产业园。");
        assertEquals(Set.of("华昱油田服务股份有限公司"), x.enterprisesOf("华昱油服海上钻井及低碳装备产业项目"));
    }
}
