package org.localkg.server.ld;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.localkg.rdf.LKG;

/** Literals as people write them: sums of money in 亿元 and 万元, whole numbers without ".0", years as 2027年. */
final class Shown {
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);

    private Shown() {}

    /** The literal {@code o}, the value of {@code p}, as text (not yet escaped). */
    static String literal(Node p, Node o) {
        if (!o.isLiteral()) {
            return o.toString();
        }
        String lex = o.getLiteralLexicalForm();
        if (LKG.investment.equals(p)) {
            BigDecimal v = number(lex);
            return v == null ? lex : yuan(v);
        }
        String dt = o.getLiteralDatatypeURI();
        if (XSDDatatype.XSDgYear.getURI().equals(dt)) {
            return lex + "年";
        }
        if (XSDDatatype.XSDdouble.getURI().equals(dt) || XSDDatatype.XSDdecimal.getURI().equals(dt)
                || XSDDatatype.XSDfloat.getURI().equals(dt)) {
            BigDecimal v = number(lex);
            return v == null ? lex : plain(v);
        }
        return lex;
    }

    /** A sum in yuan as a paper prints it: 16亿元, 2.5亿元, 3000万元, 800元. */
    static String yuan(BigDecimal v) {
        if (v.abs().compareTo(YI) >= 0) {
            return plain(v.divide(YI, MathContext.DECIMAL64)) + "亿元";
        }
        if (v.abs().compareTo(WAN) >= 0) {
            return plain(v.divide(WAN, MathContext.DECIMAL64)) + "万元";
        }
        return plain(v) + "元";
    }

    static BigDecimal number(String lex) {
        try {
            return new BigDecimal(lex.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** At most four decimals, no trailing zeros, never in exponent form. */
    private static String plain(BigDecimal v) {
        BigDecimal r = v.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }
}
