package org.localkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.localkg.rdf.LKG;

/** Literals as people write them. */
class ShownTest {
    @Test
    void sumsOfMoneyInYiAndWan() {
        assertEquals("10亿元", Shown.literal(LKG.investment, NodeFactory.createLiteralDT("1000000000.0", XSDDatatype.XSDdouble)));
        assertEquals("10亿元", Shown.literal(LKG.investment, NodeFactory.createLiteralDT("1.0E9", XSDDatatype.XSDdouble)));
        assertEquals("2.5亿元", Shown.literal(LKG.investment, NodeFactory.createLiteralDT("250000000", XSDDatatype.XSDdecimal)));
        assertEquals("5000万元", Shown.literal(LKG.investment, NodeFactory.createLiteralDT("5.0E7", XSDDatatype.XSDdouble)));
        assertEquals("800元", Shown.literal(LKG.investment, NodeFactory.createLiteralDT("800.0", XSDDatatype.XSDdouble)));
    }

    @Test
    void wholeNumbersWithoutAFractionAndYearsAsYears() {
        assertEquals("3", Shown.literal(LKG.position, NodeFactory.createLiteralDT("3.0", XSDDatatype.XSDdouble)));
        assertEquals("1.25", Shown.literal(LKG.position, NodeFactory.createLiteralDT("1.25", XSDDatatype.XSDdecimal)));
        assertEquals("2027年", Shown.literal(LKG.expectedCompletionYear, NodeFactory.createLiteralDT("2027", XSDDatatype.XSDgYear)));
        assertEquals("2024-05-03", Shown.literal(LKG.date, NodeFactory.createLiteralDT("2024-05-03", XSDDatatype.XSDdate)));
    }
}
