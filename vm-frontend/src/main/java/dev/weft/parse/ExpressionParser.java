package dev.weft.parse;

import dev.weft.parse.ast.Arg;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.BoolOperator;
import dev.weft.parse.ast.CmpOp;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.None;
import dev.weft.parse.ast.Operator;
import dev.weft.parse.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The expression levels of the parser, from star_expressions down to primary and slices, with
 * lambdas, the parameters of lambdas and defs, and the diagnostics of misused '=' and ':='.
 */
abstract class ExpressionParser extends ParserBase {
    private static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match");
    /** CPython 3.11 accepts 2992 nested unary operators and fails on more. */
    private static final int MAX_DEPTH = 2992;

    private int depth;

    ExpressionParser(Source src, List<Token> tokens, Tokenizer.Failure fail, int fstringBrace) {
        super(src, tokens, fail, fstringBrace);
    }

    /** An atom: a name, literal, string run, display or parenthesized form. */
    abstract Expr atom();

    /** A call of {@code func} at the '(' (the primary starts at {@code s}). */
    abstract Expr call(Token s, Expr func);

    // ------------------------------------------------------------------------------------------
    // Parameters

    /** Parameters of a def (annotations allowed, ends at ')') or a lambda (ends at ':'). */
    Arguments parameters(boolean lambda) {
        String close = lambda ? ":" : ")";
        List<Arg> plain = new ArrayList<>();
        List<Arg> posonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        while (!at(close)) {
            if (kwarg != null) {
                Token tok = peek();
                if (tok.is("*") || tok.is("**") || tok.is("/") || isName(tok)) {
                    throw errorAtToken("arguments cannot follow var-keyword argument", tok);
                }
                throw fail();
            }
            Token tok = peek();
            if (tok.is("/")) {
                if (sawSlash) throw errorAtToken("/ may appear only once", tok);
                if (sawStar) throw errorAtToken("/ must be ahead of *", tok);
                if (plain.isEmpty()) {
                    if (quiet(1).is(",")) throw errorAtToken("at least one argument must precede /", tok);
                    throw fail();
                }
                next();
                sawSlash = true;
                posonly.addAll(plain);
                plain.clear();
            } else if (tok.is("*")) {
                if (sawStar) throw errorAtToken("* argument may appear only once", tok);
                next();
                sawStar = true;
                if (at(",") || at(close)) {
                    if (at(close) || at(1, close) || at(1, "**")) {
                        throw lambda ? errorAtLast("named arguments must follow bare *") : errorAtToken("named arguments must follow bare *", tok);
                    }
                } else {
                    vararg = param(lambda, true);
                    if (at("=")) throw errorAtToken("var-positional argument cannot have default value", peek());
                }
            } else if (tok.is("**")) {
                next();
                kwarg = param(lambda, false);
                if (at("=")) throw errorAtToken("var-keyword argument cannot have default value", peek());
            } else if (isName(tok)) {
                Arg a = param(lambda, false);
                Expr def = null;
                if (accept("=")) {
                    if (at(",") || at(")")) throw errorAtToken("expected default value expression", prev());
                    def = expression();
                }
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) defaults.add(def);
                    else if (!defaults.isEmpty() && (at(",") || at(close))) throw errorAt(a, "non-default argument follows default argument");
                    plain.add(a);
                }
            } else {
                if (tok.is("(") && kwarg == null) parenthesizedParams(lambda, tok);
                throw fail();
            }
            if (!accept(",")) break;
        }
        if (!at(close)) {
            if (at("(") && kwarg == null && vararg == null && !sawStar) parenthesizedParams(lambda, peek());
            throw fail();
        }
        if (sawStar && vararg == null && kwonly.isEmpty()) {
            throw errorAtLast("named arguments must follow bare *");
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(plain), vararg, List.copyOf(kwonly),
                Collections.unmodifiableList(kwDefaults), kwarg, List.copyOf(defaults));
    }

    /** "def f((a, b))": CPython's invalid_parameters rule, checked on the tokens after '('. */
    private void parenthesizedParams(boolean lambda, Token open) {
        int saveFurthest = furthest;
        try {
            parenthesizedParamsScan(lambda, open);
        } finally {
            furthest = saveFurthest;
        }
    }

    private void parenthesizedParamsScan(boolean lambda, Token open) {
        int i = p + 1;
        int names = 0;
        while (true) {
            Token tok = peek(i - p);
            if (!isName(tok)) break;
            names++;
            i++;
            if (!lambda && peek(i - p).is(":")) break;
            if (peek(i - p).is(",")) {
                i++;
                continue;
            }
            break;
        }
        Token close = peek(i - p);
        if (names > 0 && close.is(")")) {
            String what = lambda ? "Lambda expression parameters" : "Function parameters";
            throw errorRange(open, tokenLoc(close), what + " cannot be parenthesized");
        }
    }

    private Arg param(boolean lambda, boolean star) {
        Token name = expectName();
        Expr annotation = null;
        if (!lambda && accept(":")) annotation = star ? starExpression() : expression();
        return new Arg(identifier(name), annotation, null, line(name), col(name), endLine(), endCol());
    }

    // ------------------------------------------------------------------------------------------
    // Expressions

    /** Whether {@code tok} can begin an expression. */
    static boolean startsExpression(Token tok) {
        switch (tok.kind) {
            case NAME -> {
                if (!KEYWORDS.contains(tok.text)) return true;
                return switch (tok.text) {
                    case "None", "True", "False", "not", "lambda", "await" -> true;
                    default -> false;
                };
            }
            case NUMBER, STRING -> {
                return true;
            }
            case OP -> {
                return switch (tok.text) {
                    case "(", "[", "{", "-", "+", "~", "..." -> true;
                    default -> false;
                };
            }
            default -> {
                return false;
            }
        }
    }

    /** Runs a parse that may fail; returns null (position not restored) on a syntax error. */
    <T> T trySpeculative(java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (PySyntaxError e) {
            if (reachedTokError) throw e;
            return null;
        }
    }

    Expr starExpressions() {
        Token s = peek();
        Expr first = starExpression();
        if (!at(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!(startsExpression(peek()) || at("*"))) break;
            elts.add(starExpression());
        }
        return new Expr.Tuple(List.copyOf(elts), ExprContext.Load, line(s), col(s), endLine(), endCol());
    }

    private Expr starExpression() {
        if (at("*")) {
            Token st = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, line(st), col(st), endLine(), endCol());
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (at("*")) {
            Token st = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, line(st), col(st), endLine(), endCol());
        }
        return namedExpression();
    }

    Expr namedExpression() {
        Token s = peek();
        if (isName(s) && at(1, ":=")) {
            next();
            next();
            Expr value = expression();
            Expr target = new Expr.Name(identifier(s), ExprContext.Store, line(s), col(s), endLine(s), endCol(s));
            return new Expr.NamedExpr(target, value, line(s), col(s), endLine(), endCol());
        }
        Expr e = expression();
        if (at(":=")) walrusDiagnostics(e);
        if (at("=")) namedExpressionEquals(e, p);
        return e;
    }

    Expr expression() {
        Token s = peek();
        if (s.is("lambda")) return lambda();
        Expr body = disjunction();
        if (at("if")) {
            next();
            Expr test = disjunction();
            if (!at("else")) {
                if (!at(":")) throw errorRange(body, test, "expected 'else' after 'if' expression");
                throw fail();
            }
            next();
            enterNested();
            Expr orelse = expression();
            depth--;
            return new Expr.IfExp(test, body, orelse, line(s), col(s), endLine(), endCol());
        }
        if (startsExpression(peek())) juxtaposition(s, body);
        return body;
    }

    /**
     * An expression directly followed by another one: CPython's invalid_expression ("Perhaps you
     * forgot a comma?" inside brackets) and invalid_legacy_expression ("print x").
     */
    private void juxtaposition(Token start, Expr a) {
        Token nextTok = peek();
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec")) && !nextTok.is("(");
        if (!legacy && start.kind == Token.Kind.NAME && SOFT_KEYWORDS.contains(start.text)) return;
        if (!legacy && start.kind == Token.Kind.NAME && t[indexOf(start) + 1].kind == Token.Kind.STRING) return;
        int save = p;
        int saveFurthest = furthest;
        Expr b = trySpeculative(legacy ? this::starExpressions : this::expressionWithoutInvalid);
        Token lastOfB = prev();
        p = save;
        furthest = saveFurthest;
        if (b == null) return;
        if (legacy) {
            String name = ((Expr.Name) a).id();
            throw errorRange(a, b, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
        }
        if (lastOfB.level > 0) throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
    }

    int indexOf(Token tok) {
        for (int i = p; i >= 0; i--) if (t[i] == tok) return i;
        return p;
    }

    /**
     * Nesting that brackets do not bound (unary operators, not, **, lambda and conditional
     * chains, await): CPython's parser stops near 3000 levels with MemoryError, and so do we.
     */
    private void enterNested() {
        if (++depth > MAX_DEPTH) throw new ParserMemoryError();
    }

    private Expr expressionWithoutInvalid() {
        Token s = peek();
        if (s.is("lambda")) return lambda();
        Expr body = disjunction();
        if (at("if")) {
            next();
            Expr test = disjunction();
            expect("else");
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, line(s), col(s), endLine(), endCol());
        }
        return body;
    }

    Expr lambda() {
        Token s = next();
        Arguments args = parameters(true);
        expect(":");
        enterNested();
        Expr body = expression();
        depth--;
        return new Expr.Lambda(args, body, line(s), col(s), endLine(), endCol());
    }

    Expr disjunction() {
        Token s = peek();
        Expr first = conjunction();
        if (!at("or")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("or")) values.add(conjunction());
        return new Expr.BoolOp(BoolOperator.Or, List.copyOf(values), line(s), col(s), endLine(), endCol());
    }

    private Expr conjunction() {
        Token s = peek();
        Expr first = inversion();
        if (!at("and")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("and")) values.add(inversion());
        return new Expr.BoolOp(BoolOperator.And, List.copyOf(values), line(s), col(s), endLine(), endCol());
    }

    private Expr inversion() {
        Token s = peek();
        if (s.is("not")) {
            next();
            enterNested();
            Expr operand = inversion();
            depth--;
            return new Expr.UnaryOp(UnaryOperator.Not, operand, line(s), col(s), endLine(), endCol());
        }
        return comparison();
    }

    private CmpOp compareOp() {
        Token tok = peek();
        if (tok.kind == Token.Kind.OP) {
            return switch (tok.text) {
                case "==" -> CmpOp.Eq;
                case "!=" -> CmpOp.NotEq;
                case "<" -> CmpOp.Lt;
                case "<=" -> CmpOp.LtE;
                case ">" -> CmpOp.Gt;
                case ">=" -> CmpOp.GtE;
                default -> null;
            };
        }
        if (tok.kind == Token.Kind.NAME) {
            switch (tok.text) {
                case "in" -> {
                    return CmpOp.In;
                }
                case "is" -> {
                    return at(1, "not") ? CmpOp.IsNot : CmpOp.Is;
                }
                case "not" -> {
                    return at(1, "in") ? CmpOp.NotIn : null;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    Expr comparison() {
        Token s = peek();
        Expr left = bitwiseOr();
        CmpOp op = compareOp();
        if (op == null) return left;
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            next();
            if (op == CmpOp.IsNot || op == CmpOp.NotIn) next();
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return new Expr.Compare(left, List.copyOf(ops), List.copyOf(comparators), line(s), col(s), endLine(), endCol());
    }

    /** Binding power of a binary operator token (| ^ & shifts +- */ /* ... ) or 0. */
    private static int binaryPrecedence(Token tok) {
        if (tok.kind != Token.Kind.OP) return 0;
        return switch (tok.text) {
            case "|" -> 1;
            case "^" -> 2;
            case "&" -> 3;
            case "<<", ">>" -> 4;
            case "+", "-" -> 5;
            case "*", "/", "//", "%", "@" -> 6;
            default -> 0;
        };
    }

    private static Operator binaryOperator(String text) {
        return switch (text) {
            case "|" -> Operator.BitOr;
            case "^" -> Operator.BitXor;
            case "&" -> Operator.BitAnd;
            case "<<" -> Operator.LShift;
            case ">>" -> Operator.RShift;
            case "+" -> Operator.Add;
            case "-" -> Operator.Sub;
            case "*" -> Operator.Mult;
            case "/" -> Operator.Div;
            case "//" -> Operator.FloorDiv;
            case "%" -> Operator.Mod;
            case "@" -> Operator.MatMult;
            default -> throw new IllegalArgumentException(text);
        };
    }

    Expr bitwiseOr() {
        return binary(1);
    }

    /** Precedence climbing over the left-associative binary operators with binding power >= minPrec. */
    private Expr binary(int minPrec) {
        Token s = peek();
        Expr left = factor();
        while (true) {
            Token op = peek();
            int prec = binaryPrecedence(op);
            if (prec < minPrec || prec == 0) return left;
            next();
            Expr right = binary(prec + 1);
            left = new Expr.BinOp(left, binaryOperator(op.text), right, line(s), col(s), endLine(), endCol());
        }
    }

    private Expr factor() {
        Token s = peek();
        if (s.kind == Token.Kind.OP) {
            UnaryOperator op = switch (s.text) {
                case "+" -> UnaryOperator.UAdd;
                case "-" -> UnaryOperator.USub;
                case "~" -> UnaryOperator.Invert;
                default -> null;
            };
            if (op != null) {
                next();
                enterNested();
                Expr operand = factor();
                depth--;
                return new Expr.UnaryOp(op, operand, line(s), col(s), endLine(), endCol());
            }
        }
        return power();
    }

    private Expr power() {
        Token s = peek();
        Expr base = awaitPrimary();
        if (at("**")) {
            next();
            enterNested();
            Expr exp = factor();
            depth--;
            return new Expr.BinOp(base, Operator.Pow, exp, line(s), col(s), endLine(), endCol());
        }
        return base;
    }

    private Expr awaitPrimary() {
        Token s = peek();
        if (s.is("await")) {
            next();
            enterNested();
            Expr v = primary();
            depth--;
            return new Expr.Await(v, line(s), col(s), endLine(), endCol());
        }
        return primary();
    }

    private Expr primary() {
        Token s = peek();
        Expr e = atom();
        while (true) {
            Token tok = peek();
            if (tok.kind != Token.Kind.OP) return e;
            switch (tok.text) {
                case "." -> {
                    next();
                    Token name = expectName();
                    e = new Expr.Attribute(e, identifier(name), ExprContext.Load, line(s), col(s), endLine(), endCol());
                }
                case "(", "[" -> {
                    // A PEG alternative: when the call or subscript fails, primary ends before it.
                    int save = p;
                    try {
                        if (tok.text.equals("(")) {
                            e = call(s, e);
                        } else {
                            next();
                            Expr slice = slices();
                            expect("]");
                            e = new Expr.Subscript(e, slice, ExprContext.Load, line(s), col(s), endLine(), endCol());
                        }
                    } catch (PySyntaxError err) {
                        if (!isGeneric(err)) throw err;
                        p = save;
                        return e;
                    }
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr slices() {
        Token s = peek();
        Expr first = slice();
        if (!at(",") && !(first instanceof Expr.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) break;
            elts.add(slice());
        }
        return new Expr.Tuple(List.copyOf(elts), ExprContext.Load, line(s), col(s), endLine(), endCol());
    }

    Expr slice() {
        Token s = peek();
        if (at("*")) {
            Token st = next();
            Expr v = expression();
            return new Expr.Starred(v, ExprContext.Load, line(st), col(st), endLine(), endCol());
        }
        Expr lower = null;
        if (!at(":")) {
            lower = namedExpression();
            if (!at(":")) return lower;
            if (lower instanceof Expr.NamedExpr && !parenthesized.contains(lower)) throw fail();
        }
        next();
        Expr upper = null;
        if (!at(":") && !at(",") && !at("]")) upper = expression();
        Expr step = null;
        if (accept(":")) {
            if (!at(",") && !at("]")) step = expression();
        }
        return new Expr.Slice(lower, upper, step, line(s), col(s), endLine(), endCol());
    }

    // ---- diagnostics of misused ':=' and '=' ----

    /** "x.y := 1": CPython's rule needs an expression after the ':='. */
    void walrusDiagnostics(Expr target) {
        int save = p;
        int saveFurthest = furthest;
        next();
        Expr value = trySpeculative(this::expression);
        p = save;
        furthest = saveFurthest;
        if (value != null) throw errorAt(target, "cannot use assignment expressions with " + exprName(target));
    }

    /**
     * invalid_named_expression's "a = b" alternatives, for an expression {@code a} followed by
     * the '=' at token index {@code eq}: raises when {@code b} (a bitwise_or) is followed by
     * neither '=' nor ':='.
     */
    void namedExpressionEquals(Expr a, int eq) {
        int save = p;
        int saveFurthest = furthest;
        p = eq + 1;
        Expr b = trySpeculative(this::bitwiseOr);
        boolean ok = b != null && !at("=") && !at(":=");
        p = save;
        furthest = saveFurthest;
        if (!ok) return;
        if (a instanceof Expr.Name && !parenthesized.contains(a) && t[eq - 1].kind == Token.Kind.NAME) {
            throw errorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (!isBitwiseOrLevel(a) && !parenthesized.contains(a)) return;
        boolean excluded = a instanceof Expr.List || a instanceof Expr.Tuple || a instanceof Expr.GeneratorExp
                || (a instanceof Expr.Constant c && (c.value() == None.NONE || c.value() instanceof Boolean));
        if (!excluded && startsWithExcludedAtom(a)) excluded = true;
        if (excluded) return;
        throw errorAt(a, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
    }

    private boolean startsWithExcludedAtom(Expr a) {
        Expr e = a;
        while (true) {
            switch (e) {
                case Expr.BinOp b -> e = b.left();
                case Expr.Call c -> e = c.func();
                case Expr.Attribute at -> e = at.value();
                case Expr.Subscript s -> e = s.value();
                default -> {
                    if (e == a) return false;
                    return (e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp)
                            && e.lineno() == a.lineno() && e.colOffset() == a.colOffset();
                }
            }
        }
    }

    private static boolean isBitwiseOrLevel(Expr a) {
        return !(a instanceof Expr.Compare || a instanceof Expr.BoolOp || a instanceof Expr.IfExp || a instanceof Expr.Lambda
                || a instanceof Expr.NamedExpr || a instanceof Expr.Starred || a instanceof Expr.Yield || a instanceof Expr.YieldFrom
                || (a instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not));
    }
}
