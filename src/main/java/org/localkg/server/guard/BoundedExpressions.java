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
            String separator;
            if (agg instanceof AggGroupConcat g) {
                separator = g.getSeparator();
            } else if (agg instanceof AggGroupConcatDistinct d) {
                separator = d.getSeparator();
            } else {
                return super.transform(eAgg);
            }
            ExprList args = new ExprList(agg.getExprList().get(0));
            args.add(NodeValue.makeString(separator == null ? " " : separator));
            return new ExprAggregator(eAgg.getVar(), new AggCustom(GROUP_CONCAT, agg instanceof AggGroupConcatDistinct, args));
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
        private final String operator;
        private final int minArgs;
        private String lastKey;
        private Pattern last;

        /** @param minArgs the arguments without flags; one more, the flags, is allowed */
        PatternFunction(String operator, int minArgs) {
            this.operator = operator;
            this.minArgs = minArgs;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != minArgs && args.size() != minArgs + 1) {
                throw new org.apache.jena.query.QueryBuildException(operator + " takes " + minArgs + " or " + (minArgs + 1) + " arguments");
            }
        }

        /** The text argument: a string, with or without a language. */
        String text(NodeValue v) {
            if (!v.isString() && !v.isLangString()) {
                throw new ExprEvalException(operator + ": not a string: " + v);
            }
            return v.asNode().getLiteralLexicalForm();
        }

        /** The pattern of {@code args}, with its flags when the call gives them. */
        Pattern pattern(List<NodeValue> args) {
            String p = args.get(1).getString();
            String f = args.size() > minArgs ? args.get(minArgs).getString() : "";
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
        public BoundedRegex() {
            super("REGEX", 2);
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            GuardedText input = new GuardedText(text(args.get(0)), cancelSignal(env), System.nanoTime() + budgetNanos);
            return NodeValue.booleanReturn(pattern(args).matcher(input).find());
        }
    }

    public static final class BoundedReplace extends PatternFunction {
        public BoundedReplace() {
            super("REPLACE", 3);
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            NodeValue arg = args.get(0);
            String text = text(arg);
            String replacement = args.get(2).getString();
            Matcher m = pattern(args).matcher(new GuardedText(text, cancelSignal(env), System.nanoTime() + budgetNanos));
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
