package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A company's own party committee's secretary is its staff; a place's or a zone's is an official (our own sentences). */
class CompanyPartySecretariesTest {

    @Test
    void aCompanysPartySecretaryIsAPerson() {
        Extracted x = Extracted.body("本报讯 北岭能源公司党委书记周海涛陪同调研。东川建工集团党委副书记吴立新介绍了项目进展。");
        assertTrue(x.names(EntityType.PERSON).contains("周海涛"), x.names(EntityType.PERSON).toString());
        assertTrue(x.names(EntityType.PERSON).contains("吴立新"), x.names(EntityType.PERSON).toString());
        assertTrue(x.names(EntityType.OFFICIAL).isEmpty(), x.names(EntityType.OFFICIAL).toString());
    }

    @Test
    void aZonesOrADistrictsPartySecretaryStaysAnOfficial() {
        Extracted x = Extracted.body("本报讯 北岭经济开发区党工委书记孙立伟、区党委书记赵晓强陪同调研。");
        assertTrue(x.names(EntityType.OFFICIAL).contains("孙立伟"), x.names(EntityType.OFFICIAL).toString());
        assertTrue(x.names(EntityType.OFFICIAL).contains("赵晓强"), x.names(EntityType.OFFICIAL).toString());
    }
}
