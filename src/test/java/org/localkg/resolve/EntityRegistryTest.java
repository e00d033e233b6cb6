package org.localkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRegistryTest {
    @Test
    void spellingVariantsOfALongNameAreOne() {
        assertTrue(EntityRegistry.isVariant("滨湖低碳智造创新研谷", "滨湖低碳智造研创谷"));
        assertTrue(EntityRegistry.isVariant("滨湖低碳智造创新研谷", "滨湖低碳智造创新谷"));
    }

    @Test
    void anAbbreviationSharingALongEndingIsOne() {
        assertTrue(EntityRegistry.isVariant("南京理工大学江阴校区科技园行政楼", "南理工江阴校区科技园行政楼"));
    }

    @Test
    void oneCharacterIsNoAbbreviation() {
        assertFalse(EntityRegistry.isVariant("泰和瑞精密模具制造项目", "泰精密模具制造项目"));
    }

    @Test
    void differentBuildingsOfOneCampusAreNotOne() {
        assertFalse(EntityRegistry.isVariant("南京理工大学江阴校区科技园行政楼", "南京理工大学江阴校区科技园图书馆"));
        assertFalse(EntityRegistry.isVariant("常州天辰精密机械有限公司", "常州天宁精密机械有限公司"));
        assertFalse(EntityRegistry.isVariant("华光精密轴承生产项目", "华星精密轴承生产项目"));
    }

    @Test
    void aVariantResolvesToTheFirstKeyWithinOnePlace() {
        EntityRegistry r = new EntityRegistry();
        String wujin = "320412";
        String first = r.resolve(new NameClaim("thing|滨湖低碳智造创新研谷", "thing|", List.of("滨湖低碳智造创新研谷"), List.of(), true, wujin));
        String second = r.resolve(new NameClaim("thing|滨湖低碳智造研创谷", "thing|", List.of("滨湖低碳智造研创谷"), List.of(), true, wujin));
        assertEquals(first, second);
        String other = r.resolve(new NameClaim("thing|溧阳高新区", "thing|", List.of("溧阳高新区"), List.of(), true, wujin));
        assertNotEquals(first, other);
        // without a place, an edit is no evidence
        assertNotEquals(first, r.resolve("thing|滨湖低碳智造创新谷", "thing|", List.of("滨湖低碳智造创新谷"), true));
    }

    @Test
    void keysKeepTheirLeadingPlace() {
        assertNotEquals(EntityKeys.thingKey("常州西太湖科技产业园"), EntityKeys.thingKey("西太湖科技产业园"));
        assertNotEquals(EntityKeys.thingKey("荔波智能制造产业园"), EntityKeys.thingKey("靖宇智能制造产业园"));
        assertEquals(Names.key("“两湖”创新区"), Names.key("\"两湖\"创新区"));
    }
}
