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

    @Test
    void aDivisionNamedForItsPeoplesIsAlsoSaidWithoutThem() {
        assertTrue(Divisions.get().isPlace("梅里斯区")); // 梅里斯达斡尔族区
        assertTrue(Divisions.get().isPlace("梅里斯"));
        assertTrue(Divisions.get().isPlace("长阳县")); // 长阳土家族自治县
        assertTrue(Divisions.get().isPlace("积石山县")); // three peoples
    }

    @Test
    void aTwoCharacterRemainderAloneIsNoPlace() {
        assertFalse(Divisions.get().isPlace("互助")); // 互助土族自治县: 互助县 only (互助 is a common word)
        assertTrue(Divisions.get().isPlace("互助县"));
        assertFalse(Divisions.get().isPlace("通道")); // 通道侗族自治县
        assertTrue(Divisions.get().isPlace("通道县"));
        assertFalse(Divisions.get().isPlace("各族")); // 龙胜各族自治县 names no people
    }
}
