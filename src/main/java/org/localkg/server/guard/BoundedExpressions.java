package org.localkg.server.guard;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggregateRegistry;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The public endpoint's versions of the SPARQL operators that can run without bound inside one
 * row: {@code REGEX} and {@code REPLACE} (a backtracking pattern) stop when the query is
 * cancelled or its time is up ({@link GuardedText}); {@code CONCAT}, {@code REPLACE} and
 * {@code GROUP_CONCAT} refuse to build a string longer than {@link #maxChars()} characters
 * ({@link QueryTooLargeException}, a 400) instead of filling the heap. A query is rewritten to
 * call them ({@link #rewrite}); the answers are the standard operators' otherwise.
 */
public final class BoundedExpressions {
    private static final String NS = "urn:x-localkg:bounded:";
    static final String REGEX = NS + "regex";
    static final String REPLACE = NS + "replace";
    static final String CONCAT = NS + "concat";
    static final String GROUP_CONCAT = NS + "group_concat";

    /** Characters any one string a query builds may hold (default 1,000,000: a few MB of heap). */
    private static volatile int maxChars = 1_000_000;
    /** How long one evaluation may run when the query's own cancel signal is out of reach. */
    private static volatile long budgetNanos = 30_000_000_000L;

    private BoundedExpressions() {
    }

    static {
        FunctionRegistry.get().put(REGEX, BoundedRegex.class);
        FunctionRegistry.get().put(REPLACE, BoundedReplace.class);
        FunctionRegistry.get().put(CONCAT, BoundedConcat.class);
        AggregateRegistry.register(GROUP_CONCAT, (agg, distinct) -> new BoundedGroupConcat(agg, distinct),
                NodeFactory.createLiteralString(""));
    }

    /** Sets the bounds (once, at server start-up); registers the functions on first use. */
    public static void configure(int maxStringChars, long timeoutMillis) {
        if (maxStringChars < 1) {
            throw new IllegalArgumentException("the string limit must be positive: " + maxStringChars);
        }
        maxChars = maxStringChars;
        budgetNanos = timeoutMillis * 1_000_000L;
    }

    public static int maxChars() {
        return maxChars;
    }

    /** {@code query} with every unbounded operator replaced by its bounded version. */
    public static Query rewrite(Query query) {
        if (query.getQueryPattern() == null) {
            return query;
        }
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Rewrite());
    }

    private static final class Rewrite extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new E_Function(REGEX, args);
            }
            if (func instanceof E_StrReplace) {
                return new E_Function(REPLACE, args);
            }
            if (func instanceof E_StrConcat) {
                return new E_Function(CONCAT, args);
            }
            return super.transform(func, args);
        }

        @Override
        public Expr transform(ExprAggregator eAgg) {
            Aggregator agg = eAgg.getAggregator();
            String separator = agg instanceof AggGroupConcat g ? g.getSeparator()
                    : agg instanceof AggGroupConcatDistinct d ? d.getSeparator() : null;
            if (agg instanceof AggGroupConcat || agg instanceof AggGroupConcatDistinct) {
                ExprList args = new ExprList(agg.getExprList().get(0));
                args.add(NodeValue.makeString(separator == null ? " " : separator));
                return new ExprAggregator(eAgg.getVar(), new AggCustom(GROUP_CONCAT, agg instanceof AggGroupConcatDistinct, args));
            }
            return super.transform(eAgg);
        }
    }

    static void checkLength(long length, String operator) {
        if (length > maxChars) {
            throw new QueryTooLargeException(operator + " would build a string of " + length
                    + " characters; this endpoint allows at most " + maxChars);
        }
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env instanceof ExecutionContext ctx ? ctx.getCancelSignal() : null;
    }

    /** The text argument of REGEX and REPLACE: a string, with or without a language. */
    private static String text(NodeValue v, String operator) {
        if (!v.isString() && !v.isLangString()) {
            throw new ExprEvalException(operator + ": not a string: " + v);
        }
        return v.asNode().getLiteralLexicalForm();
    }

    /** A pattern compiled with SPARQL's flags (XPath's: i, s, m, x, and Jena's q for a literal pattern). */
    static Pattern compile(String pattern, String flags) {
        int f = 0;
        for (char c : flags.toCharArray()) {
            f |= switch (c) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 's' -> Pattern.DOTALL;
                case 'm' -> Pattern.MULTILINE;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException("unknown regular expression flag: " + c);
            };
        }
        try {
            return Pattern.compile(pattern, f);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("bad regular expression: " + e.getDescription());
        }
    }

    /** Pattern and flags of one call, compiled once per distinct pair (most queries have one). */
    private abstract static class PatternFunction extends FunctionBase {
        private String lastKey;
        private Pattern last;

        Pattern pattern(NodeValue pattern, NodeValue flags) {
            String p = pattern.getString();
            String f = flags == null ? "" : flags.getString();
            String key = f + "\u0000" + p;
            if (!key.equals(lastKey)) {
                last = compile(p, f);
                lastKey = key;
            }
            return last;
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            throw new IllegalStateException("evaluated with its environment only");
        }
    }

    public static final class BoundedRegex extends PatternFunction {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes two or three arguments");
            }
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            String text = text(args.get(0), "REGEX");
            Pattern p = pattern(args.get(1), args.size() == 3 ? args.get(2) : null);
            GuardedText input = new GuardedText(text, cancelSignal(env), System.nanoTime() + budgetNanos);
            return NodeValue.booleanReturn(p.matcher(input).find());
        }
    }

    public static final class BoundedReplace extends PatternFunction {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes three or four arguments");
            }
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            NodeValue arg = args.get(0);
            String text = text(arg, "REPLACE");
            Pattern p = pattern(args.get(1), args.size() == 4 ? args.get(3) : null);
            String replacement = args.get(2).getString();
            Matcher m = p.matcher(new GuardedText(text, cancelSignal(env), System.nanoTime() + budgetNanos));
            StringBuilder out = new StringBuilder();
            try {
                while (m.find()) {
                    if (m.end() == m.start()) {
                        throw new ExprEvalException("REPLACE: the pattern matches the empty string");
                    }
                    m.appendReplacement(out, replacement);
                    checkLength(out.length() + (long) (text.length() - m.end()), "REPLACE");
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
            }
            m.appendTail(out);
            Node n = arg.asNode();
            String lang = n.getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(out.toString()) : NodeValue.makeLangString(out.toString(), lang);
        }
    }

    public static final class BoundedConcat extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            long length = 0;
            for (NodeValue v : args) {
                if (v.isLiteral()) {
                    length += v.asNode().getLiteralLexicalForm().length();
                }
            }
            checkLength(length, "CONCAT");
            return XSDFuncOp.strConcat(args);
        }
    }

    /** GROUP_CONCAT, stopping at the string limit. */
    private static final class BoundedGroupConcat extends AccumulatorExpr {
        private final String separator;
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        BoundedGroupConcat(AggCustom agg, boolean distinct) {
            super(agg.getExprList().get(0), distinct);
            this.separator = agg.getExprList().get(1).getConstant().getString();
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String s = org.apache.jena.sparql.expr.nodevalue.NodeFunctions.str(nv.asNode());
            checkLength(text.length() + (first ? 0L : separator.length()) + s.length(), "GROUP_CONCAT");
            if (!first) {
                text.append(separator);
            }
            text.append(s);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
