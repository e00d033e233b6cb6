package org.localkg.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The gazetteer's places: districts named like zones are places, zones listed among districts are not. */
class DivisionsTest {

    @Test
    void aDistrictNamedLikeAZoneIsAPlace() {
        assertTrue(Divisions.get().isPlace("绿园区"));
        assertTrue(Divisions.get().isPlace("梁园区"));
        assertTrue(Divisions.get().isPlace("新城区"));
    }

    @Test
    void aZoneTheCodesListAmongDistrictsIsNoPlace() {
        assertFalse(Divisions.get().isPlace("苏州工业园区"));
        assertFalse(Divisions.get().isPlace("长春经济技术开发区"));
    }
}
