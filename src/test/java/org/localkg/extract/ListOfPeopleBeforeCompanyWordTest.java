package org.localkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 等 closes a list of a company's people before the kind word (某某等公司领导): neither the rules nor the learned
 * recogniser make a company of the words before it, whatever the segmenter joined 等 to.
 */
class ListOfPeopleBeforeCompanyWordTest {

    @Test
    void etcBeforeTheCompanyWordNamesNoCompany() {
        Extracted x = Extracted.body("本报讯 宏达集团董事长陈海、总裁李文、工会主席骆德生等公司领导陪同调研组参观。\n");
        Set<String> companies = x.names(EntityType.ENTERPRISE);
        assertTrue(companies.contains("宏达集团"), companies.toString());
        assertTrue(companies.stream().noneMatch(c -> c.contains("等")), companies.toString());
    }
}
