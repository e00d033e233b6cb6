package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 国家 opens a state company's name as a place opens a local one's, though common words follow it. */
class StateCompaniesTest {
    @Test
    void aStateGroupNamedByCommonWordsIsACompany() {
        Extracted x = Extracted.body("本报讯 11月20日，市委书记王海率团赴北京考察。考察期间，王海一行先后来到东岭控股集团有限公司、"
                + "国家农业投资集团有限公司、华远物产集团有限公司，介绍市情。");
        assertTrue(x.names(EntityType.ENTERPRISE).contains("国家农业投资集团有限公司"), x.names(EntityType.ENTERPRISE).toString());
        assertTrue(x.targetsOf("王海").contains("国家农业投资集团有限公司"), x.facts.inspections().toString());
    }

    @Test
    void aDesignationAfterTheStateNamesNoCompany() {
        Extracted x = Extracted.body("本报讯 我市新增国家重点扶持物流公司3家，国家示范服务公司2家。");
        assertTrue(x.names(EntityType.ENTERPRISE).stream().noneMatch(n -> n.startsWith("国家")), x.names(EntityType.ENTERPRISE).toString());
    }
}
