package dev.weft.parse;

import dev.weft.parse.ast.CmpOp;
import dev.weft.parse.ast.Ellipsis;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.None;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The parser's token stream and its shared state: lookahead, source positions, the syntax errors
 * CPython reports (generic and located) and the validation of assignment, deletion and for targets.
 */
abstract class ParserBase {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    final Source src;
    final Token[] t;
    final Tokenizer.Failure tokFail;

    int p;
    int furthest;
    /** The furthest token ever examined, speculation included (CPython's p->fill - 1). */
    int fetched;
    /** The generic failures made so far (identity), told apart from specific diagnoses. */
    private final Set<PySyntaxError> generic = Collections.newSetFromMap(new IdentityHashMap<>());
    /** CPython reports an unexpected indent as it is, without looking for later tokenizer errors. */
    PySyntaxError unexpectedIndent;
    boolean reachedTokError;
    /** Expressions written inside parentheses (identity), for AnnAssign.simple and the "here" rules. */
    final Set<Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Column of the '{' of an f-string replacement field when parsing its expression, else -1. */
    private final int fstringBrace;

    ParserBase(Source src, List<Token> tokens, Tokenizer.Failure fail, int fstringBrace) {
        this.src = src;
        this.t = tokens.toArray(new Token[0]);
        this.tokFail = fail;
        this.fstringBrace = fstringBrace;
    }

    // ------------------------------------------------------------------------------------------
    // Tokens

    Token peek() {
        if (p > furthest) furthest = p;
        if (p > fetched) fetched = p;
        Token tok = t[p];
        if (tok.kind == Token.Kind.ERROR) throw tokenizerError();
        return tok;
    }

    Token peek(int k) {
        int i = Math.min(p + k, t.length - 1);
        for (int j = p; j <= i; j++) {
            if (t[j].kind == Token.Kind.ERROR) {
                if (j > furthest) furthest = j;
                throw tokenizerError();
            }
        }
        if (i > furthest) furthest = i;
        if (i > fetched) fetched = i;
        return t[i];
    }

    /** Looks ahead without counting as examined (for decisions CPython makes without fetching). */
    Token quiet(int k) {
        return t[Math.min(p + k, t.length - 1)];
    }

    private PySyntaxError tokenizerError() {
        reachedTokError = true;
        return tokFail.error;
    }

    Token next() {
        Token tok = peek();
        p++;
        return tok;
    }

    Token prev() {
        return t[p - 1];
    }

    boolean at(String s) {
        Token tok = peek();
        return (tok.kind == Token.Kind.OP || tok.kind == Token.Kind.NAME) && tok.text.equals(s);
    }

    boolean at(int k, String s) {
        Token tok = peek(k);
        return (tok.kind == Token.Kind.OP || tok.kind == Token.Kind.NAME) && tok.text.equals(s);
    }

    boolean accept(String s) {
        if (at(s)) {
            p++;
            return true;
        }
        return false;
    }

    Token expect(String s) {
        if (!at(s)) throw fail();
        return next();
    }

    static boolean isName(Token tok) {
        return tok.kind == Token.Kind.NAME && !KEYWORDS.contains(tok.text);
    }

    private boolean atName() {
        return isName(peek());
    }

    Token expectName() {
        if (!atName()) throw fail();
        return next();
    }

    boolean atKind(Token.Kind k) {
        return peek().kind == k;
    }

    String identifier(Token tok) {
        String s = tok.text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------
    // Positions

    int line(Token tok) {
        return tok.line;
    }

    int col(Token tok) {
        return src.byteCol(tok.line, tok.start);
    }

    int endLine(Token tok) {
        return tok.endLine;
    }

    int endCol(Token tok) {
        return src.byteCol(tok.endLine, tok.end);
    }

    int endLine() {
        return endLine(prev());
    }

    int endCol() {
        return endCol(prev());
    }

    // ------------------------------------------------------------------------------------------
    // Errors

    /** The generic failure: "invalid syntax" at the furthest token examined. */
    PySyntaxError fail() {
        Token last = t[furthest];
        if (last.kind == Token.Kind.INDENT || last.kind == Token.Kind.DEDENT) {
            String msg = last.kind == Token.Kind.INDENT ? "unexpected indent" : "unexpected unindent";
            int off = src.cpCol(last.line, last.start);
            PySyntaxError e = new PySyntaxError("IndentationError", msg, src.filename, last.line, off, src.lineText(last.line),
                    last.line, -1);
            unexpectedIndent = e;
            return e;
        }
        PySyntaxError e = errorAtToken("invalid syntax", last);
        generic.add(e);
        return e;
    }

    /** Whether {@code e} is a plain "invalid syntax" failure (one a PEG alternative would backtrack from). */
    boolean isGeneric(PySyntaxError e) {
        return generic.contains(e) && !reachedTokError;
    }

    PySyntaxError errorAtToken(String msg, Token tok) {
        return errorAtToken("SyntaxError", msg, tok);
    }

    PySyntaxError errorAtToken(String kind, String msg, Token tok) {
        if (tok.kind == Token.Kind.ENDMARKER || tok.kind == Token.Kind.DEDENT || tok.kind == Token.Kind.INDENT) {
            // CPython gives these tokens no column and reports the tokenizer's position instead.
            return new PySyntaxError(kind, msg, src.filename, tok.line, src.cpCol(tok.line, tok.start), src.lineText(tok.line),
                    tok.line, -1);
        }
        int end = tok.kind == Token.Kind.NEWLINE ? tok.start : tok.end;
        return located(kind, msg, tok.line, tok.start, tok.endLine, end);
    }

    /** RAISE_SYNTAX_ERROR: located at the last token fetched. */
    PySyntaxError errorAtLast(String msg) {
        return errorAtToken(msg, t[furthest]);
    }

    PySyntaxError located(String kind, String msg, int line, int startIdx, int endLine, int endIdx) {
        PySyntaxError e = new PySyntaxError(kind, msg, src.filename, line, src.cpCol(line, startIdx) + 1, src.lineText(line),
                endLine, src.cpCol(endLine, endIdx) + 1);
        return fstringBrace >= 0 ? fstringError(e) : e;
    }

    /** An error inside an f-string expression: CPython reports it relative to "(" + expression + ")". */
    private PySyntaxError fstringError(PySyntaxError e) {
        int braceLine = src.lineOf(fstringBrace);
        int braceCol = src.cpCol(braceLine, fstringBrace);
        int shift = e.lineno == braceLine ? braceCol : 0;
        int endShift = e.endLineno == braceLine ? braceCol : 0;
        return new PySyntaxError(e.kind, e.msg.startsWith("f-string") ? e.msg : "f-string: " + e.msg, e.filename, e.lineno,
                e.offset - shift, e.text, e.endLineno, e.endOffset - endShift);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, msg). */
    PySyntaxError errorAt(Located n, String msg) {
        return errorRange(n, n, msg);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
    PySyntaxError errorRange(Located a, Located b, String msg) {
        int l = a.lineno();
        int el = b.endLineno();
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, src.filename, l, byteToCp(l, a.colOffset()) + 1,
                src.lineText(l), el, byteToCp(el, b.endColOffset()) + 1);
        return fstringBrace >= 0 ? fstringError(e) : e;
    }

    PySyntaxError errorRange(Token a, Located b, String msg) {
        int el = b.endLineno();
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, src.filename, a.line, src.cpCol(a.line, a.start) + 1,
                src.lineText(a.line), el, byteToCp(el, b.endColOffset()) + 1);
        return fstringBrace >= 0 ? fstringError(e) : e;
    }

    private int byteToCp(int line, int byteCol) {
        String text = src.lineText(line);
        int bytes = 0;
        int cps = 0;
        int i = 0;
        while (i < text.length() && bytes < byteCol) {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            cps++;
            i += Character.charCount(cp);
        }
        return cps + (byteCol - bytes);
    }

    PySyntaxError indentationError(String msg, Token at) {
        return errorAtToken("IndentationError", msg, at);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): from a's start to the end of the last token fetched. */
    PySyntaxError errorAtStart(Located a, String msg) {
        int l = a.lineno();
        Token last = t[furthest];
        int end = last.kind == Token.Kind.NEWLINE ? last.start : last.end;
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, src.filename, l, byteToCp(l, a.colOffset()) + 1, src.lineText(l),
                last.endLine, src.cpCol(last.endLine, end) + 1);
        return fstringBrace >= 0 ? fstringError(e) : e;
    }

    Located tokenLoc(Token tok) {
        int c = col(tok);
        int ec = endCol(tok);
        return new Expr.Name("", ExprContext.Load, tok.line, c, tok.endLine, ec);
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple tu -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == None.NONE) yield "None";
                if (Boolean.TRUE.equals(v)) yield "True";
                if (Boolean.FALSE.equals(v)) yield "False";
                if (v == Ellipsis.ELLIPSIS) yield "ellipsis";
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    enum TargetsType { STAR, DEL, FOR }

    /** CPython's _PyPegen_get_invalid_target: the first node that cannot be a target, or null. */
    static Expr invalidTarget(Expr e, TargetsType type) {
        switch (e) {
            case Expr.List l -> {
                for (Expr x : l.elts()) {
                    Expr bad = invalidTarget(x, type);
                    if (bad != null) return bad;
                }
                return null;
            }
            case Expr.Tuple tu -> {
                for (Expr x : tu.elts()) {
                    Expr bad = invalidTarget(x, type);
                    if (bad != null) return bad;
                }
                return null;
            }
            case Expr.Starred s -> {
                if (type == TargetsType.DEL) return e;
                return invalidTarget(s.value(), type);
            }
            case Expr.Compare c -> {
                if (type == TargetsType.FOR) {
                    if (c.ops().get(0) == CmpOp.In) return invalidTarget(c.left(), type);
                    return null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    PySyntaxError invalidTargetError(Expr e, TargetsType type) {
        Expr bad = invalidTarget(e, type);
        if (bad == null) return null;
        String verb = type == TargetsType.DEL ? "cannot delete " : "cannot assign to ";
        return errorAt(bad, verb + exprName(bad));
    }

    /** Sets the context of a (validated) target expression, recursively, as _PyPegen_set_expr_context. */
    Expr withCtx(Expr e, ExprContext ctx) {
        Expr r = switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Expr.Starred s -> new Expr.Starred(withCtx(s.value(), ctx), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Expr.List l -> new Expr.List(mapCtx(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            case Expr.Tuple tu -> new Expr.Tuple(mapCtx(tu.elts(), ctx), ctx, tu.lineno(), tu.colOffset(), tu.endLineno(), tu.endColOffset());
            default -> e;
        };
        if (parenthesized.contains(e)) parenthesized.add(r);
        return r;
    }

    private List<Expr> mapCtx(List<Expr> xs, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(xs.size());
        for (Expr x : xs) out.add(withCtx(x, ctx));
        return List.copyOf(out);
    }

    /** Checks then converts an assignment-like target. */
    Expr target(Expr e, TargetsType type) {
        PySyntaxError err = invalidTargetError(e, type);
        if (err != null) throw err;
        return withCtx(e, type == TargetsType.DEL ? ExprContext.Del : ExprContext.Store);
    }
}
