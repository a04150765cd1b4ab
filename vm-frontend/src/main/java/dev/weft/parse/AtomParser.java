package dev.weft.parse;

import dev.weft.parse.ast.Complex;
import dev.weft.parse.ast.Comprehension;
import dev.weft.parse.ast.Ellipsis;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.Keyword;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.None;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The atoms of the parser: names, literals, strings and f-string fields, parenthesized forms,
 * displays and comprehensions, call arguments and yield expressions.
 */
abstract class AtomParser extends ExpressionParser {
    AtomParser(Source src, List<Token> tokens, Tokenizer.Failure fail, int fstringBrace) {
        super(src, tokens, fail, fstringBrace);
    }

    // ---- calls ----

    record CallArgs(List<Expr> args, List<Keyword> keywords) {
    }

    @Override
    Expr call(Token s, Expr func) {
        Token open = next();
        CallArgs a = callArguments(open);
        expect(")");
        return new Expr.Call(func, a.args, a.keywords, line(s), col(s), endLine(), endCol());
    }

    CallArgs callArguments() {
        return callArguments(null);
    }

    /** Arguments up to (not including) ')'; {@code open} is the call's '(' (null for class bases). */
    CallArgs callArguments(Token open) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        // "positional argument follows keyword argument": CPython reports it after the whole list.
        String pending = null;
        int count = 0;
        while (!at(")")) {
            Token s = peek();
            count++;
            if (s.is("*")) {
                next();
                Expr v = expression();
                if (sawDoubleStar) {
                    throw errorAtToken("iterable argument unpacking follows keyword argument unpacking", s);
                }
                args.add(new Expr.Starred(v, ExprContext.Load, line(s), col(s), endLine(), endCol()));
            } else if (s.is("**")) {
                next();
                Expr v = expression();
                keywords.add(new Keyword(null, v, line(s), col(s), endLine(), endCol()));
                sawKeyword = true;
                sawDoubleStar = true;
            } else if (s.kind == Token.Kind.NAME && (isName(s) || s.text.equals("True") || s.text.equals("False")
                    || s.text.equals("None")) && at(1, "=")) {
                if (!isName(s)) throw errorRange(s, tokenLoc(peek(1)), "cannot assign to " + s.text);
                next();
                Token eq = next();
                Expr v = expression();
                if (atComprehension()) {
                    throw errorRange(s, tokenLoc(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                keywords.add(new Keyword(identifier(s), v, line(s), col(s), endLine(), endCol()));
                sawKeyword = true;
            } else {
                Expr v = namedExpressionInCall();
                if (at("=")) {
                    Token eq = peek();
                    throw errorRange(v, tokenLoc(eq), "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (atComprehension()) {
                    if (open == null && count == 1) throw fail();
                    List<Comprehension> gens = comprehensionClauses();
                    boolean alone = count == 1 && at(")") && open != null;
                    if (!alone) {
                        Comprehension lastGen = gens.get(gens.size() - 1);
                        Located end = lastGen.ifs().isEmpty() ? lastGen.iter() : lastGen.ifs().get(lastGen.ifs().size() - 1);
                        throw errorRange(v, end, "Generator expression must be parenthesized");
                    }
                    v = new Expr.GeneratorExp(v, gens, line(open), col(open), endLine(peek()), endCol(peek()));
                } else if (sawKeyword && pending == null) {
                    pending = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(v);
            }
            if (!accept(",")) break;
        }
        if (pending != null) {
            peek();
            throw errorAtLast(pending);
        }
        if (!at(")")) throw fail();
        return new CallArgs(List.copyOf(args), List.copyOf(keywords));
    }

    private Expr namedExpressionInCall() {
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
        return e;
    }

    // ---- comprehensions ----

    /** A for target not followed by 'in': CPython's invalid_for_target reparses it as star_expressions. */
    void forTargetDiagnostics(Expr target) {
        PySyntaxError err = invalidTargetError(target, TargetsType.FOR);
        if (err != null) throw err;
    }

    /** star_targets for 'for' and comprehensions, parsed as expressions up to 'in' (validated by the caller). */
    Expr starTargets() {
        Token s = peek();
        Expr first = starTarget();
        if (!at(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("in") || at("=") || !(startsExpression(peek()) || at("*"))) break;
            elts.add(starTarget());
        }
        return new Expr.Tuple(List.copyOf(elts), ExprContext.Load, line(s), col(s), endLine(), endCol());
    }

    Expr starTarget() {
        if (at("*")) {
            Token st = next();
            Expr v = starTarget();
            return new Expr.Starred(v, ExprContext.Load, line(st), col(st), endLine(), endCol());
        }
        return bitwiseOr();
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || (at("async") && at(1, "for"))) {
            int isAsync = 0;
            if (accept("async")) isAsync = 1;
            expect("for");
            Expr target = starTargets();
            if (!at("in")) {
                forTargetDiagnostics(target);
                throw fail();
            }
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) ifs.add(disjunction());
            gens.add(new Comprehension(target(target, TargetsType.FOR), iter, List.copyOf(ifs), isAsync));
        }
        return List.copyOf(gens);
    }

    private boolean atComprehension() {
        return at("for") || (at("async") && at(1, "for"));
    }

    // ---- atoms ----

    @Override
    Expr atom() {
        Token s = peek();
        switch (s.kind) {
            case NAME -> {
                if (!KEYWORDS.contains(s.text)) {
                    next();
                    return new Expr.Name(identifier(s), ExprContext.Load, line(s), col(s), endLine(s), endCol(s));
                }
                switch (s.text) {
                    case "True" -> {
                        next();
                        return new Expr.Constant(Boolean.TRUE, null, line(s), col(s), endLine(s), endCol(s));
                    }
                    case "False" -> {
                        next();
                        return new Expr.Constant(Boolean.FALSE, null, line(s), col(s), endLine(s), endCol(s));
                    }
                    case "None" -> {
                        next();
                        return new Expr.Constant(None.NONE, null, line(s), col(s), endLine(s), endCol(s));
                    }
                    default -> throw fail();
                }
            }
            case NUMBER -> {
                next();
                return new Expr.Constant(number(s.text), null, line(s), col(s), endLine(s), endCol(s));
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (s.text) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        next();
                        return new Expr.Constant(Ellipsis.ELLIPSIS, null, line(s), col(s), endLine(s), endCol(s));
                    }
                    default -> throw fail();
                }
            }
            default -> throw fail();
        }
    }

    /** The value of a NUMBER token: Long when it fits, else BigInteger; Double; Complex for imaginary. */
    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') return new Complex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) return integer(new BigInteger(s.substring(2), radix));
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) return Double.parseDouble(s);
        if (s.length() < 19) return Long.parseLong(s);
        return integer(new BigInteger(s));
    }

    private static Object integer(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private Expr strings() {
        int first = p;
        while (peek().kind == Token.Kind.STRING) p++;
        // CPython's strings rule has looked at the token after the run (peek above recorded it).
        List<Token> run = new ArrayList<>();
        for (int i = first; i < p; i++) run.add(t[i]);
        Token a = t[first];
        Token b = t[p - 1];
        StringParser.Span span = new StringParser.Span(line(a), col(a), endLine(b), endCol(b));
        Token after = t[p];
        StringParser sp = new StringParser(src, this::fstringExpression, msg -> errorAtToken(msg, after));
        return sp.concatenate(run, span);
    }

    /** Parses an f-string replacement field's expression text [from, to) as "(" + text + ")". */
    private Expr fstringExpression(int from, int to, int brace) {
        Tokenizer tk = Tokenizer.fstringExpression(src, from, to);
        List<Token> toks = new ArrayList<>(tk.tokens().size() + 3);
        int braceLine = src.lineOf(brace);
        toks.add(new Token(Token.Kind.OP, "(", brace, brace + 1, braceLine, braceLine, 1));
        List<Token> inner = tk.tokens();
        Tokenizer.Failure failure = tk.failure();
        int toLine = src.lineOf(to);
        if (failure != null) {
            toks.addAll(inner);
        } else {
            toks.addAll(inner.subList(0, inner.size() - 1));
            toks.add(new Token(Token.Kind.OP, ")", to, to + 1, toLine, toLine, 0));
            toks.add(new Token(Token.Kind.ENDMARKER, "", to + 1, to + 1, toLine, toLine, 0));
        }
        Parser sub = new Parser(src, toks, failure, brace);
        Expr e = sub.starExpressions();
        if (sub.peek().kind != Token.Kind.ENDMARKER) throw sub.fail();
        return e;
    }

    Expr parenthesized() {
        Token s = next();
        if (at(")")) {
            next();
            Expr empty = new Expr.Tuple(List.of(), ExprContext.Load, line(s), col(s), endLine(), endCol());
            parenthesized.add(empty);
            return empty;
        }
        if (at("yield")) {
            Expr y = yieldExpr();
            expect(")");
            parenthesized.add(y);
            return y;
        }
        if (at("**")) {
            Token st = next();
            expression();
            if (at(")")) throw errorAtToken("cannot use double starred expression here", st);
            throw fail();
        }
        Expr first = starNamedExpression();
        if (atComprehension()) {
            if (first instanceof Expr.Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            List<Comprehension> gens = comprehensionClauses();
            expect(")");
            return new Expr.GeneratorExp(first, gens, line(s), col(s), endLine(), endCol());
        }
        if (at(")")) {
            next();
            if (first instanceof Expr.Starred) throw errorAt(first, "cannot use starred expression here");
            parenthesized.add(first);
            return first;
        }
        if (!at(",")) throw fail();
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at(")")) break;
            elts.add(starNamedExpression());
        }
        expect(")");
        Expr tu = new Expr.Tuple(List.copyOf(elts), ExprContext.Load, line(s), col(s), endLine(), endCol());
        parenthesized.add(tu);
        return tu;
    }

    private Expr listDisplay() {
        Token s = next();
        if (at("]")) {
            next();
            return new Expr.List(List.of(), ExprContext.Load, line(s), col(s), endLine(), endCol());
        }
        Expr first = starNamedExpression();
        if (atComprehension()) {
            if (first instanceof Expr.Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            List<Comprehension> gens = comprehensionClauses();
            expect("]");
            return new Expr.ListComp(first, gens, line(s), col(s), endLine(), endCol());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) break;
            elts.add(starNamedExpression());
            if (atComprehension()) {
                throw errorRange(first, elts.get(elts.size() - 1), "did you forget parentheses around the comprehension target?");
            }
        }
        expect("]");
        return new Expr.List(List.copyOf(elts), ExprContext.Load, line(s), col(s), endLine(), endCol());
    }

    private Expr braceDisplay() {
        Token s = next();
        if (at("}")) {
            next();
            return new Expr.Dict(List.of(), List.of(), line(s), col(s), endLine(), endCol());
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (at("**")) {
            Token st = next();
            Expr v = bitwiseOr();
            if (atComprehension()) throw errorAtToken("dict unpacking cannot be used in dict comprehension", st);
            keys.add(null);
            values.add(v);
            return dictRest(s, keys, values);
        }
        Expr first = starNamedExpression();
        if (at(":") && !(first instanceof Expr.Starred)) {
            next();
            if (at("}") || at(",")) throw errorAtToken("expression expected after dictionary key and ':'", prev());
            Expr value = expression();
            if (atComprehension()) {
                List<Comprehension> gens = comprehensionClauses();
                expect("}");
                return new Expr.DictComp(first, value, gens, line(s), col(s), endLine(), endCol());
            }
            keys.add(first);
            values.add(value);
            return dictRest(s, keys, values);
        }
        if (atComprehension()) {
            if (first instanceof Expr.Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            List<Comprehension> gens = comprehensionClauses();
            expect("}");
            return new Expr.SetComp(first, gens, line(s), col(s), endLine(), endCol());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("}")) break;
            elts.add(starNamedExpression());
        }
        expect("}");
        return new Expr.Set(List.copyOf(elts), line(s), col(s), endLine(), endCol());
    }

    private Expr dictRest(Token s, List<Expr> keys, List<Expr> values) {
        while (accept(",")) {
            if (at("}")) break;
            if (accept("**")) {
                keys.add(null);
                values.add(bitwiseOr());
                continue;
            }
            Expr k = expression();
            if (!at(":")) {
                if (at("}") || at(",")) {
                    throw located("SyntaxError", "':' expected after dictionary key", k.lineno(),
                            src.lineStart(k.lineno()) + Math.max(0, byteToCharIdx(k.endLineno(), k.endColOffset()) - 1), k.endLineno(), -1);
                }
                throw fail();
            }
            next();
            if (at("}") || at(",")) throw errorAtToken("expression expected after dictionary key and ':'", prev());
            keys.add(k);
            values.add(expression());
        }
        expect("}");
        return new Expr.Dict(Collections.unmodifiableList(new ArrayList<>(keys)), List.copyOf(values), line(s), col(s), endLine(), endCol());
    }

    private int byteToCharIdx(int line, int byteCol) {
        String text = src.lineText(line);
        int bytes = 0;
        int i = 0;
        while (i < text.length() && bytes < byteCol) {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    Expr yieldExpr() {
        Token s = next();
        if (accept("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(v, line(s), col(s), endLine(), endCol());
        }
        Expr v = null;
        if (startsExpression(peek()) || at("*")) v = starExpressions();
        return new Expr.Yield(v, line(s), col(s), endLine(), endCol());
    }
}
