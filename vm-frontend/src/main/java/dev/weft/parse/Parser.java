package dev.weft.parse;

import dev.weft.parse.ast.Alias;
import dev.weft.parse.ast.Arg;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.BoolOperator;
import dev.weft.parse.ast.CmpOp;
import dev.weft.parse.ast.Complex;
import dev.weft.parse.ast.Comprehension;
import dev.weft.parse.ast.Ellipsis;
import dev.weft.parse.ast.ExceptHandler;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.Keyword;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.Module;
import dev.weft.parse.ast.None;
import dev.weft.parse.ast.Operator;
import dev.weft.parse.ast.Stmt;
import dev.weft.parse.ast.UnaryOperator;
import dev.weft.parse.ast.WithItem;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The Python 3.11 parser: hand-written recursive descent over the token list, following the
 * rules of CPython's PEG grammar (Grammar/python.gram) and producing the AST of
 * {@code ast.parse}. Binary operators are parsed by precedence climbing instead of one function
 * per level, which keeps the Java stack shallow for deeply nested expressions.
 *
 * <p>Errors: CPython parses twice, the second time with "invalid_*" rules that turn a failure
 * into a specific message. This parser parses once and makes the same diagnosis where it
 * notices the failure; when no specific rule applies it reports "invalid syntax" at the furthest
 * token it examined, which is where CPython's first pass stopped. Tokenizer errors found later in
 * the file take precedence over parser errors, as CPython's final scan of the source does.
 * Match statements are not supported.
 */
public final class Parser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    private static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match");

    private final Source src;
    private final Token[] t;
    private final Tokenizer.Failure tokFail;
    /** CPython 3.11 accepts 2992 nested unary operators and fails on more. */
    private static final int MAX_DEPTH = 2992;

    private int p;
    private int furthest;
    private int depth;
    /** The furthest token ever examined, speculation included (CPython's p->fill - 1). */
    private int fetched;
    /** The generic failures made so far (identity), told apart from specific diagnoses. */
    private final Set<PySyntaxError> generic = Collections.newSetFromMap(new IdentityHashMap<>());
    /** CPython reports an unexpected indent as it is, without looking for later tokenizer errors. */
    private PySyntaxError unexpectedIndent;
    private boolean reachedTokError;
    /** Expressions written inside parentheses (identity), for AnnAssign.simple and the "here" rules. */
    private final Set<Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Column of the '{' of an f-string replacement field when parsing its expression, else -1. */
    private final int fstringBrace;

    private Parser(Source src, List<Token> tokens, Tokenizer.Failure fail, int fstringBrace) {
        this.src = src;
        this.t = tokens.toArray(new Token[0]);
        this.tokFail = fail;
        this.fstringBrace = fstringBrace;
    }

    /** Parses a module from source text, as {@code ast.parse(source, filename)}. */
    public static Module parse(String source, String filename) {
        if (source.indexOf('\0') >= 0) {
            throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0, null, 0, 0);
        }
        return DeepStack.call(() -> {
            Source src = new Source(source, filename);
            Tokenizer tk = Tokenizer.file(src);
            return new Parser(src, tk.tokens(), tk.failure(), -1).parseModule();
        });
    }

    /**
     * Parses a script file as {@code python3 FILE} reads it: UTF-8 unless a PEP 263 coding cookie
     * says otherwise, an optional UTF-8 BOM; a line with bytes that are not UTF-8 gives CPython's
     * "Non-UTF-8 code starting with '\\xff' in file F on line N, but no encoding declared; ..."
     * and a NUL byte "source code cannot contain null bytes".
     */
    public static Module parseFile(byte[] source, String filename) {
        return parse(SourceDecoder.decodeScript(source, filename), filename);
    }

    /**
     * Parses source bytes as {@code compile(source_bytes, filename, 'exec')} and imports do: like
     * {@link #parseFile}, but undecodable bytes are an error only in names and string literals,
     * with CPython's "(unicode error) 'utf-8' codec can't decode byte 0x.. in position N: ...".
     */
    public static Module parseBytes(byte[] source, String filename) {
        return parse(SourceDecoder.decode(source, filename), filename);
    }

    private Module parseModule() {
        try {
            List<Stmt> body = new ArrayList<>();
            while (peek().kind != Token.Kind.ENDMARKER) {
                statement(body);
            }
            return new Module(List.copyOf(body), List.of());
        } catch (PySyntaxError e) {
            if (reachedTokError || tokFail == null || e == unexpectedIndent) throw e;
            if (tokFail.raised) throw tokFail.error;
            if (tokFail.unclosed != null && t[fetched].line > tokFail.unclosedLine) throw tokFail.unclosed;
            throw e;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Tokens

    private Token peek() {
        if (p > furthest) furthest = p;
        if (p > fetched) fetched = p;
        Token tok = t[p];
        if (tok.kind == Token.Kind.ERROR) throw tokenizerError();
        return tok;
    }

    private Token peek(int k) {
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
    private Token quiet(int k) {
        return t[Math.min(p + k, t.length - 1)];
    }

    private PySyntaxError tokenizerError() {
        reachedTokError = true;
        return tokFail.error;
    }

    private Token next() {
        Token tok = peek();
        p++;
        return tok;
    }

    private Token prev() {
        return t[p - 1];
    }

    private boolean at(String s) {
        Token tok = peek();
        return (tok.kind == Token.Kind.OP || tok.kind == Token.Kind.NAME) && tok.text.equals(s);
    }

    private boolean at(int k, String s) {
        Token tok = peek(k);
        return (tok.kind == Token.Kind.OP || tok.kind == Token.Kind.NAME) && tok.text.equals(s);
    }

    private boolean accept(String s) {
        if (at(s)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(String s) {
        if (!at(s)) throw fail();
        return next();
    }

    private static boolean isName(Token tok) {
        return tok.kind == Token.Kind.NAME && !KEYWORDS.contains(tok.text);
    }

    private boolean atName() {
        return isName(peek());
    }

    private Token expectName() {
        if (!atName()) throw fail();
        return next();
    }

    private boolean atKind(Token.Kind k) {
        return peek().kind == k;
    }

    private String identifier(Token tok) {
        String s = tok.text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------
    // Positions

    private int line(Token tok) {
        return tok.line;
    }

    private int col(Token tok) {
        return src.byteCol(tok.line, tok.start);
    }

    private int endLine(Token tok) {
        return tok.endLine;
    }

    private int endCol(Token tok) {
        return src.byteCol(tok.endLine, tok.end);
    }

    private int endLine() {
        return endLine(prev());
    }

    private int endCol() {
        return endCol(prev());
    }

    // ------------------------------------------------------------------------------------------
    // Errors

    /** The generic failure: "invalid syntax" at the furthest token examined. */
    private PySyntaxError fail() {
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
    private boolean isGeneric(PySyntaxError e) {
        return generic.contains(e) && !reachedTokError;
    }

    private PySyntaxError errorAtToken(String msg, Token tok) {
        return errorAtToken("SyntaxError", msg, tok);
    }

    private PySyntaxError errorAtToken(String kind, String msg, Token tok) {
        if (tok.kind == Token.Kind.ENDMARKER || tok.kind == Token.Kind.DEDENT || tok.kind == Token.Kind.INDENT) {
            // CPython gives these tokens no column and reports the tokenizer's position instead.
            return new PySyntaxError(kind, msg, src.filename, tok.line, src.cpCol(tok.line, tok.start), src.lineText(tok.line),
                    tok.line, -1);
        }
        int end = tok.kind == Token.Kind.NEWLINE ? tok.start : tok.end;
        return located(kind, msg, tok.line, tok.start, tok.endLine, end);
    }

    /** RAISE_SYNTAX_ERROR: located at the last token fetched. */
    private PySyntaxError errorAtLast(String msg) {
        return errorAtToken(msg, t[furthest]);
    }

    private PySyntaxError located(String kind, String msg, int line, int startIdx, int endLine, int endIdx) {
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
    private PySyntaxError errorAt(Located n, String msg) {
        return errorRange(n, n, msg);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
    private PySyntaxError errorRange(Located a, Located b, String msg) {
        int l = a.lineno();
        int el = b.endLineno();
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, src.filename, l, byteToCp(l, a.colOffset()) + 1,
                src.lineText(l), el, byteToCp(el, b.endColOffset()) + 1);
        return fstringBrace >= 0 ? fstringError(e) : e;
    }

    private PySyntaxError errorRange(Token a, Located b, String msg) {
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

    private PySyntaxError indentationError(String msg, Token at) {
        return errorAtToken("IndentationError", msg, at);
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

    private PySyntaxError invalidTargetError(Expr e, TargetsType type) {
        Expr bad = invalidTarget(e, type);
        if (bad == null) return null;
        String verb = type == TargetsType.DEL ? "cannot delete " : "cannot assign to ";
        return errorAt(bad, verb + exprName(bad));
    }

    /** Sets the context of a (validated) target expression, recursively, as _PyPegen_set_expr_context. */
    private Expr withCtx(Expr e, ExprContext ctx) {
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
    private Expr target(Expr e, TargetsType type) {
        PySyntaxError err = invalidTargetError(e, type);
        if (err != null) throw err;
        return withCtx(e, type == TargetsType.DEL ? ExprContext.Del : ExprContext.Store);
    }

    // ------------------------------------------------------------------------------------------
    // Statements

    private void statement(List<Stmt> out) {
        Token tok = peek();
        if (tok.kind == Token.Kind.NAME || tok.kind == Token.Kind.OP) {
            switch (tok.text) {
                case "def", "if", "class", "with", "for", "try", "while", "@" -> {
                    out.add(compoundStatement());
                    return;
                }
                case "async" -> {
                    if (at(1, "def") || at(1, "with") || at(1, "for")) {
                        out.add(compoundStatement());
                        return;
                    }
                }
                default -> {
                }
            }
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (accept(";")) {
                if (atKind(Token.Kind.NEWLINE)) break;
                continue;
            }
            break;
        }
        if (!atKind(Token.Kind.NEWLINE)) throw fail();
        next();
    }

    private Stmt simpleStatement() {
        Token s = peek();
        if (s.kind == Token.Kind.NAME) {
            switch (s.text) {
                case "pass" -> {
                    next();
                    return new Stmt.Pass(line(s), col(s), endLine(s), endCol(s));
                }
                case "break" -> {
                    next();
                    return new Stmt.Break(line(s), col(s), endLine(s), endCol(s));
                }
                case "continue" -> {
                    next();
                    return new Stmt.Continue(line(s), col(s), endLine(s), endCol(s));
                }
                case "return" -> {
                    next();
                    Expr v = startsExpression(peek()) || at("*") ? starExpressions() : null;
                    return new Stmt.Return(v, line(s), col(s), endLine(), endCol());
                }
                case "raise" -> {
                    return raiseStatement();
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    names.add(identifier(expectName()));
                    while (accept(",")) names.add(identifier(expectName()));
                    if (s.text.equals("global")) return new Stmt.Global(List.copyOf(names), line(s), col(s), endLine(), endCol());
                    return new Stmt.Nonlocal(List.copyOf(names), line(s), col(s), endLine(), endCol());
                }
                case "del" -> {
                    return delStatement();
                }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr msg = null;
                    if (accept(",")) msg = expression();
                    if (at("=") || at(":=")) assertDiagnostics(test, msg);
                    return new Stmt.Assert(test, msg, line(s), col(s), endLine(), endCol());
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                default -> {
                }
            }
        }
        return expressionStatement();
    }

    private void assertDiagnostics(Expr test, Expr msg) {
        Expr a = msg != null ? msg : test;
        boolean walrus = at(":=");
        int save = p;
        int saveFurthest = furthest;
        next();
        Expr b = trySpeculative(this::expression);
        p = save;
        furthest = saveFurthest;
        if (b == null) return;
        if (walrus) throw errorRange(a, b, "cannot use named expression without parentheses here");
        throw errorRange(a, b, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
    }

    private Stmt raiseStatement() {
        Token s = next();
        if (!startsExpression(peek())) {
            return new Stmt.Raise(null, null, line(s), col(s), endLine(), endCol());
        }
        Expr exc = expression();
        Expr cause = null;
        if (accept("from")) cause = expression();
        return new Stmt.Raise(exc, cause, line(s), col(s), endLine(), endCol());
    }

    private Stmt delStatement() {
        Token s = next();
        Expr e = starExpressions();
        List<Expr> targets = new ArrayList<>();
        if (e instanceof Expr.Tuple tu && !parenthesized.contains(e)) targets.addAll(tu.elts());
        else targets.add(e);
        for (Expr x : targets) {
            PySyntaxError err = invalidTargetError(x, TargetsType.DEL);
            if (err != null) throw err;
        }
        if (!at(";") && !atKind(Token.Kind.NEWLINE)) throw fail();
        List<Expr> out = new ArrayList<>();
        for (Expr x : targets) out.add(withCtx(x, ExprContext.Del));
        return new Stmt.Delete(List.copyOf(out), line(s), col(s), endLine(), endCol());
    }

    private Stmt importName() {
        Token s = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token first = expectName();
            StringBuilder name = new StringBuilder(identifier(first));
            while (accept(".")) name.append('.').append(identifier(expectName()));
            String as = null;
            if (accept("as")) as = identifier(expectName());
            names.add(new Alias(name.toString(), as, line(first), col(first), endLine(), endCol()));
        } while (accept(","));
        return new Stmt.Import(List.copyOf(names), line(s), col(s), endLine(), endCol());
    }

    private Stmt importFrom() {
        Token s = next();
        int level = 0;
        while (true) {
            if (accept(".")) level++;
            else if (accept("...")) level += 3;
            else break;
        }
        String module = null;
        if (level == 0 || !at("import")) {
            Token first = expectName();
            StringBuilder name = new StringBuilder(identifier(first));
            while (accept(".")) name.append('.').append(identifier(expectName()));
            module = name.toString();
        }
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token star = next();
            names.add(new Alias("*", null, line(star), col(star), endLine(star), endCol(star)));
        } else if (accept("(")) {
            importFromNames(names);
            accept(",");
            expect(")");
        } else {
            importFromNames(names);
            if (at(",")) {
                next();
                if (atKind(Token.Kind.NEWLINE)) throw errorAtLast("trailing comma not allowed without surrounding parentheses");
                throw fail();
            }
        }
        return new Stmt.ImportFrom(module, List.copyOf(names), level, line(s), col(s), endLine(), endCol());
    }

    private void importFromNames(List<Alias> names) {
        while (true) {
            Token first = expectName();
            String as = null;
            if (accept("as")) as = identifier(expectName());
            names.add(new Alias(identifier(first), as, line(first), col(first), endLine(), endCol()));
            if (at(",") && isName(peek(1))) {
                next();
                continue;
            }
            break;
        }
    }

    private static final Operator[] AUG_OPS = {Operator.Add, Operator.Sub, Operator.Mult, Operator.MatMult, Operator.Div,
        Operator.Mod, Operator.BitAnd, Operator.BitOr, Operator.BitXor, Operator.LShift, Operator.RShift, Operator.Pow,
        Operator.FloorDiv};
    private static final String[] AUG_TEXT = {"+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//="};

    private Operator augOp(Token tok) {
        if (tok.kind != Token.Kind.OP) return null;
        for (int i = 0; i < AUG_TEXT.length; i++) if (AUG_TEXT[i].equals(tok.text)) return AUG_OPS[i];
        return null;
    }

    private Stmt expressionStatement() {
        Token s = peek();
        int start = p;
        Expr first = at("yield") ? yieldExpr() : starExpressions();
        if (at(":")) {
            return annotatedAssignment(s, first);
        }
        if (at("=")) {
            List<Expr> chain = new ArrayList<>();
            chain.add(first);
            List<Integer> eqAt = new ArrayList<>();
            Expr value;
            while (true) {
                eqAt.add(p);
                expect("=");
                Expr rhs = at("yield") ? yieldExpr() : starExpressions();
                if (at("=")) {
                    chain.add(rhs);
                    continue;
                }
                value = rhs;
                break;
            }
            checkAssignmentTargets(chain, eqAt, start);
            List<Expr> targets = new ArrayList<>();
            for (Expr x : chain) targets.add(withCtx(x, ExprContext.Store));
            return new Stmt.Assign(List.copyOf(targets), value, null, line(s), col(s), endLine(), endCol());
        }
        Operator op = augOp(peek());
        if (op != null) {
            boolean single = (first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript);
            if (!single) {
                throw errorAt(first, "'" + exprName(first) + "' is an illegal expression for augmented assignment");
            }
            next();
            Expr value = at("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(withCtx(first, ExprContext.Store), op, value, line(s), col(s), endLine(), endCol());
        }
        if (!at(";") && !atKind(Token.Kind.NEWLINE)) {
            statementTailDiagnostics(first);
        }
        return new Stmt.Expr(first, line(s), col(s), endLine(), endCol());
    }

    /**
     * Diagnoses an expression statement followed by something unexpected. A statement that
     * starts like a tuple meets CPython's invalid_assignment rule
     * {@code star_named_expression ',' star_named_expressions* ':' expression}, whose repeated
     * lists let invalid_named_expression examine a juxtaposed {@code NAME = value}.
     */
    private void statementTailDiagnostics(Expr first) {
        PySyntaxError generic = fail();
        if (first instanceof Expr.Tuple && !parenthesized.contains(first)) {
            int save = p;
            int saveFurthest = furthest;
            for (int guard = 0; guard < 100 && (startsExpression(peek()) || at("*")); guard++) {
                Expr item = trySpeculative(this::starNamedExpressionQuiet);
                if (item == null) break;
                if (at("=") && !(item instanceof Expr.Starred)) namedExpressionEquals(item, p);
                while (accept(",")) {
                    if (!(startsExpression(peek()) || at("*"))) break;
                    Expr more = trySpeculative(this::starNamedExpressionQuiet);
                    if (more == null) break;
                    if (at("=") && !(more instanceof Expr.Starred)) namedExpressionEquals(more, p);
                }
            }
            p = save;
            furthest = saveFurthest;
        }
        throw generic;
    }

    /** star_named_expression without the '=' diagnosis (the caller makes it). */
    private Expr starNamedExpressionQuiet() {
        if (at("*")) return starNamedExpression();
        Token s = peek();
        if (isName(s) && at(1, ":=")) return namedExpression();
        Expr e = expression();
        if (at(":=")) walrusDiagnostics(e);
        return e;
    }

    /** CPython's invalid_assignment / invalid_named_expression diagnosis of "t1 = t2 = ... = value". */
    private void checkAssignmentTargets(List<Expr> chain, List<Integer> eqAt, int start) {
        int firstBad = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (invalidTarget(chain.get(i), TargetsType.STAR) != null || chain.get(i) instanceof Expr.Yield
                    || chain.get(i) instanceof Expr.YieldFrom) {
                firstBad = i;
                break;
            }
        }
        if (firstBad < 0) return;
        // invalid_named_expression, reached through "star_named_expression ',' ..." at the statement start.
        Expr t1 = chain.get(0);
        Expr item = t1;
        if (t1 instanceof Expr.Tuple tu && !parenthesized.contains(t1)) {
            List<Expr> elts = tu.elts();
            Token beforeEq = t[eqAt.get(0) - 1];
            item = beforeEq.is(",") ? null : elts.get(elts.size() - 1);
        }
        if (item != null && !(item instanceof Expr.Starred)) {
            namedExpressionEquals(item, eqAt.get(0));
        }
        Expr bad = chain.get(firstBad);
        if (bad instanceof Expr.Yield || bad instanceof Expr.YieldFrom) {
            throw errorAt(bad, "assignment to yield expression not possible");
        }
        throw invalidTargetError(bad, TargetsType.STAR);
    }

    /**
     * invalid_named_expression's "a = b" alternatives, for an expression {@code a} followed by
     * the '=' at token index {@code eq}: raises when {@code b} (a bitwise_or) is followed by
     * neither '=' nor ':='.
     */
    private void namedExpressionEquals(Expr a, int eq) {
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

    private Stmt annotatedAssignment(Token s, Expr target) {
        boolean paren = parenthesized.contains(target);
        boolean valid = target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript;
        if (!valid || (target instanceof Expr.Tuple && !paren)) {
            // CPython's invalid_assignment rules apply only when an expression follows the ':'.
            int save = p;
            int saveFurthest = furthest;
            next();
            Expr annotation = trySpeculative(this::expression);
            p = save;
            furthest = saveFurthest;
            if (annotation == null) throw fail();
        }
        if (target instanceof Expr.Tuple && !paren) {
            throw errorAt(((Expr.Tuple) target).elts().get(0), "only single target (not tuple) can be annotated");
        }
        if (target instanceof Expr.List || target instanceof Expr.Tuple) {
            throw errorAt(target, "only single target (not " + (target instanceof Expr.List ? "list" : "tuple") + ") can be annotated");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorAt(target, "illegal target for annotation");
        }
        expect(":");
        Expr annotation = expression();
        Expr value = null;
        if (accept("=")) value = at("yield") ? yieldExpr() : starExpressions();
        int simple = target instanceof Expr.Name && !paren ? 1 : 0;
        return new Stmt.AnnAssign(withCtx(target, ExprContext.Store), annotation, value, simple, line(s), col(s), endLine(), endCol());
    }

    // ---- compound statements ----

    private Stmt compoundStatement() {
        Token s = peek();
        switch (s.text) {
            case "@" -> {
                List<Expr> decorators = new ArrayList<>();
                while (accept("@")) {
                    decorators.add(namedExpression());
                    if (!atKind(Token.Kind.NEWLINE)) throw fail();
                    next();
                }
                Token d = peek();
                if (d.is("def") || (d.is("async") && at(1, "def"))) return functionDef(List.copyOf(decorators));
                if (d.is("class")) return classDef(List.copyOf(decorators));
                throw fail();
            }
            case "def" -> {
                return functionDef(List.of());
            }
            case "async" -> {
                if (at(1, "def")) return functionDef(List.of());
                if (at(1, "with")) return withStatement();
                return forStatement();
            }
            case "class" -> {
                return classDef(List.of());
            }
            case "if" -> {
                return ifStatement();
            }
            case "while" -> {
                return whileStatement();
            }
            case "for" -> {
                return forStatement();
            }
            case "with" -> {
                return withStatement();
            }
            case "try" -> {
                return tryStatement();
            }
            default -> throw fail();
        }
    }

    /** {@code ':' block}, with the "expected ':'" and indented-block diagnostics of the named statement. */
    private List<Stmt> colonBlock(String what, Token keyword) {
        if (!at(":")) {
            if (atKind(Token.Kind.NEWLINE)) throw errorAtLast("expected ':'");
            throw fail();
        }
        next();
        return block(what, keyword);
    }

    private List<Stmt> block(String what, Token keyword) {
        if (atKind(Token.Kind.NEWLINE)) {
            next();
            if (!atKind(Token.Kind.INDENT)) {
                String msg = what == null ? "expected an indented block"
                        : "expected an indented block after " + what + " on line " + keyword.line;
                throw indentationError(msg, peek());
            }
            next();
            List<Stmt> body = new ArrayList<>();
            while (!atKind(Token.Kind.DEDENT)) {
                statement(body);
            }
            next();
            return List.copyOf(body);
        }
        List<Stmt> body = new ArrayList<>();
        simpleStatements(body);
        return List.copyOf(body);
    }

    /**
     * Where a compound statement (or except clause) ends: at the last token it consumed that is
     * not NEWLINE, INDENT or DEDENT, as CPython's EXTRA does; a trailing ';' counts.
     */
    private Located last(List<Stmt> body) {
        int i = p - 1;
        while (i > 0 && (t[i].kind == Token.Kind.NEWLINE || t[i].kind == Token.Kind.INDENT || t[i].kind == Token.Kind.DEDENT)) i--;
        Token tok = t[i];
        return tokenLoc(tok);
    }

    private Stmt functionDef(List<Expr> decorators) {
        Token s = next();
        boolean async = s.text.equals("async");
        if (async) expect("def");
        Token defTok = async ? prev() : s;
        Token name = expectName();
        if (!at("(")) throw errorAtToken("expected '('", peek());
        next();
        Arguments args = parameters(false);
        expect(")");
        Expr returns = null;
        if (at("->")) {
            Token arrow = next();
            try {
                returns = expression();
            } catch (PySyntaxError e) {
                if (!isGeneric(e)) throw e;
                // ['->' expression] is optional: it backtracks, and the forced ':' fails at '->'.
                throw errorAtToken("expected ':'", arrow);
            }
        }
        if (!at(":")) throw errorAtToken("expected ':'", peek());
        next();
        List<Stmt> body = block("function definition", defTok);
        Located end = last(body);
        if (async) {
            return new Stmt.AsyncFunctionDef(identifier(name), args, body, decorators, returns, null, line(s), col(s),
                    end.endLineno(), end.endColOffset());
        }
        return new Stmt.FunctionDef(identifier(name), args, body, decorators, returns, null, line(s), col(s), end.endLineno(),
                end.endColOffset());
    }

    private Stmt classDef(List<Expr> decorators) {
        Token s = next();
        Token name = expectName();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (accept("(")) {
            CallArgs a = callArguments();
            expect(")");
            bases = a.args;
            keywords = a.keywords;
        }
        List<Stmt> body = colonBlock("class definition", s);
        Located end = last(body);
        return new Stmt.ClassDef(identifier(name), bases, keywords, body, decorators, line(s), col(s), end.endLineno(),
                end.endColOffset());
    }

    private Stmt ifStatement() {
        Token s = next();
        Expr test = namedExpression();
        List<Stmt> body = colonBlock("'" + s.text + "' statement", s);
        List<Stmt> orelse = List.of();
        Located end = last(body);
        if (at("elif")) {
            Stmt elif = ifStatement();
            orelse = List.of(elif);
            end = elif;
        } else if (at("else")) {
            orelse = elseBlock();
            end = last(orelse);
        }
        return new Stmt.If(test, body, orelse, line(s), col(s), end.endLineno(), end.endColOffset());
    }

    private List<Stmt> elseBlock() {
        Token e = next();
        if (!at(":")) throw errorAtToken("expected ':'", peek());
        next();
        return block("'else' statement", e);
    }

    private Stmt whileStatement() {
        Token s = next();
        Expr test = namedExpression();
        List<Stmt> body = colonBlock("'while' statement", s);
        List<Stmt> orelse = List.of();
        Located end = last(body);
        if (at("else")) {
            orelse = elseBlock();
            end = last(orelse);
        }
        return new Stmt.While(test, body, orelse, line(s), col(s), end.endLineno(), end.endColOffset());
    }

    private Stmt forStatement() {
        Token s = next();
        boolean async = s.text.equals("async");
        Token forTok = async ? expect("for") : s;
        Expr target = starTargets();
        if (!at("in")) {
            forTargetDiagnostics(target);
            throw fail();
        }
        next();
        Expr iter = starExpressions();
        List<Stmt> body = colonBlock("'for' statement", forTok);
        List<Stmt> orelse = List.of();
        Located end = last(body);
        if (at("else")) {
            orelse = elseBlock();
            end = last(orelse);
        }
        target = target(target, TargetsType.FOR);
        if (async) return new Stmt.AsyncFor(target, iter, body, orelse, null, line(s), col(s), end.endLineno(), end.endColOffset());
        return new Stmt.For(target, iter, body, orelse, null, line(s), col(s), end.endLineno(), end.endColOffset());
    }

    /** A for target not followed by 'in': CPython's invalid_for_target reparses it as star_expressions. */
    private void forTargetDiagnostics(Expr target) {
        PySyntaxError err = invalidTargetError(target, TargetsType.FOR);
        if (err != null) throw err;
    }

    /** star_targets for 'for' and comprehensions, parsed as expressions up to 'in' (validated by the caller). */
    private Expr starTargets() {
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

    private Expr starTarget() {
        if (at("*")) {
            Token st = next();
            Expr v = starTarget();
            return new Expr.Starred(v, ExprContext.Load, line(st), col(st), endLine(), endCol());
        }
        return bitwiseOr();
    }

    private Stmt withStatement() {
        Token s = next();
        boolean async = s.text.equals("async");
        Token withTok = async ? expect("with") : s;
        List<WithItem> items = null;
        if (at("(")) {
            // 'with' '(' ','.with_item+ ','? ')' ':' — else the parenthesis belongs to an expression.
            int save = p;
            int saveFurthest = furthest;
            items = trySpeculative(this::parenthesizedWithItems);
            if (items == null) {
                p = save;
                furthest = saveFurthest;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            items.add(withItem());
            while (accept(",")) {
                items.add(withItem());
            }
            items = List.copyOf(items);
        }
        List<Stmt> body = colonBlock("'with' statement", withTok);
        Located end = last(body);
        if (async) return new Stmt.AsyncWith(items, body, null, line(s), col(s), end.endLineno(), end.endColOffset());
        return new Stmt.With(items, body, null, line(s), col(s), end.endLineno(), end.endColOffset());
    }

    private List<WithItem> parenthesizedWithItems() {
        expect("(");
        List<WithItem> items = new ArrayList<>();
        items.add(withItem());
        while (accept(",")) {
            if (at(")")) break;
            items.add(withItem());
        }
        expect(")");
        if (!at(":")) throw fail();
        return List.copyOf(items);
    }

    private WithItem withItem() {
        Expr e = expression();
        if (accept("as")) {
            Expr target = starTarget();
            return new WithItem(e, target(target, TargetsType.STAR));
        }
        return new WithItem(e, null);
    }

    private Stmt tryStatement() {
        Token s = next();
        if (!at(":")) throw errorAtToken("expected ':'", peek());
        next();
        List<Stmt> body = block("'try' statement", s);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (at("except")) {
            Token ex = next();
            boolean isStar = accept("*");
            if (star != null && star != isStar) {
                if (isStar) throw errorRange(ex, tokenLoc(prev()), "cannot have both 'except' and 'except*' on the same 'try'");
                throw errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", ex);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(":")) {
                if (isStar && atKind(Token.Kind.NEWLINE)) throw errorAtLast("expected one or more exception types");
                if (atKind(Token.Kind.NEWLINE)) throw errorAtLast("expected ':'");
                type = expression();
                if (at(",")) {
                    // except A, B: — a tuple without parentheses
                    Token comma = peek();
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (accept(",")) elts.add(expression());
                    if (at("as") || at(":")) throw errorAtStart(type, "multiple exception types must be parenthesized");
                    throw errorAtToken("invalid syntax", comma);
                }
                if (accept("as")) name = identifier(expectName());
            } else if (isStar) {
                throw errorAtLast("expected one or more exception types");
            }
            String what = isStar ? "'except*' statement" : "'except' statement";
            List<Stmt> hbody = colonBlock(what, ex);
            Located end = last(hbody);
            handlers.add(new ExceptHandler(type, name, hbody, line(ex), col(ex), end.endLineno(), end.endColOffset()));
        }
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (!handlers.isEmpty() && at("else")) {
            orelse = elseBlock();
        }
        if (at("finally")) {
            Token f = next();
            if (!at(":")) throw errorAtToken("expected ':'", peek());
            next();
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtLast("expected 'except' or 'finally' block");
        }
        Located end = !finalbody.isEmpty() ? last(finalbody) : !orelse.isEmpty() ? last(orelse) : handlers.get(handlers.size() - 1);
        if (Boolean.TRUE.equals(star)) {
            return new Stmt.TryStar(body, List.copyOf(handlers), orelse, finalbody, line(s), col(s), end.endLineno(), end.endColOffset());
        }
        return new Stmt.Try(body, List.copyOf(handlers), orelse, finalbody, line(s), col(s), end.endLineno(), end.endColOffset());
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): from a's start to the end of the last token fetched. */
    private PySyntaxError errorAtStart(Located a, String msg) {
        int l = a.lineno();
        Token last = t[furthest];
        int end = last.kind == Token.Kind.NEWLINE ? last.start : last.end;
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, src.filename, l, byteToCp(l, a.colOffset()) + 1, src.lineText(l),
                last.endLine, src.cpCol(last.endLine, end) + 1);
        return fstringBrace >= 0 ? fstringError(e) : e;
    }

    private Located tokenLoc(Token tok) {
        int c = col(tok);
        int ec = endCol(tok);
        return new Expr.Name("", ExprContext.Load, tok.line, c, tok.endLine, ec);
    }

    // ------------------------------------------------------------------------------------------
    // Parameters

    /** Parameters of a def (annotations allowed, ends at ')') or a lambda (ends at ':'). */
    private Arguments parameters(boolean lambda) {
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
    private static boolean startsExpression(Token tok) {
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
    private <T> T trySpeculative(java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (PySyntaxError e) {
            if (reachedTokError) throw e;
            return null;
        }
    }

    private Expr starExpressions() {
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

    private Expr starNamedExpression() {
        if (at("*")) {
            Token st = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, line(st), col(st), endLine(), endCol());
        }
        return namedExpression();
    }

    private Expr namedExpression() {
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

    private Expr expression() {
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

    private int indexOf(Token tok) {
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

    private Expr lambda() {
        Token s = next();
        Arguments args = parameters(true);
        expect(":");
        enterNested();
        Expr body = expression();
        depth--;
        return new Expr.Lambda(args, body, line(s), col(s), endLine(), endCol());
    }

    private Expr disjunction() {
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

    private Expr comparison() {
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

    private Expr bitwiseOr() {
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

    private Expr slice() {
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

    // ---- calls ----

    private record CallArgs(List<Expr> args, List<Keyword> keywords) {
    }

    private Expr call(Token s, Expr func) {
        Token open = next();
        CallArgs a = callArguments(open);
        expect(")");
        return new Expr.Call(func, a.args, a.keywords, line(s), col(s), endLine(), endCol());
    }

    private CallArgs callArguments() {
        return callArguments(null);
    }

    /** Arguments up to (not including) ')'; {@code open} is the call's '(' (null for class bases). */
    private CallArgs callArguments(Token open) {
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

    /** "x.y := 1": CPython's rule needs an expression after the ':='. */
    private void walrusDiagnostics(Expr target) {
        int save = p;
        int saveFurthest = furthest;
        next();
        Expr value = trySpeculative(this::expression);
        p = save;
        furthest = saveFurthest;
        if (value != null) throw errorAt(target, "cannot use assignment expressions with " + exprName(target));
    }

    // ---- comprehensions ----

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

    private Expr atom() {
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

    private Expr parenthesized() {
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

    private Expr yieldExpr() {
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
