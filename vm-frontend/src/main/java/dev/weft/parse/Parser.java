package dev.weft.parse;

import dev.weft.parse.ast.Alias;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.ExceptHandler;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.Keyword;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.Module;
import dev.weft.parse.ast.Operator;
import dev.weft.parse.ast.Stmt;
import dev.weft.parse.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

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
 *
 * <p>This class owns the entry points and the statements; {@link AtomParser},
 * {@link ExpressionParser} and {@link ParserBase} below it own the rest.
 */
public final class Parser extends AtomParser {
    Parser(Source src, List<Token> tokens, Tokenizer.Failure fail, int fstringBrace) {
        super(src, tokens, fail, fstringBrace);
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

    /**
     * Parses source text as {@code eval()} does: leading spaces and tabs dropped, then one
     * expression list (CPython's {@code eval} rule: expressions, newlines, end), answered as a
     * module holding that one expression statement, for the checks and the compiler.
     */
    public static Module parseExpression(String source, String filename) {
        if (source.indexOf('\0') >= 0) {
            throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0, null, 0, 0);
        }
        int start = 0;
        while (start < source.length() && (source.charAt(start) == ' ' || source.charAt(start) == '\t')) start++;
        String text = source.substring(start);
        try {
            return DeepStack.call(() -> {
                Source src = new Source(text, filename);
                Tokenizer tk = Tokenizer.file(src);
                return new Parser(src, tk.tokens(), tk.failure(), -1).parseEval();
            });
        } catch (PySyntaxError e) {
            // CPython's eval tokenizer adds no newline at the end of the text: an error at the
            // end of a last line without one is reported at offset 0
            String[] lines = text.split("\n", -1);
            String last = lines[lines.length - 1];
            if (!last.isEmpty() && e.lineno == lines.length) { // and the line's text has no newline either
                String lineText = e.text != null && e.text.endsWith("\n") ? e.text.substring(0, e.text.length() - 1) : e.text;
                boolean atEnd = e.offset - 1 >= last.codePointCount(0, last.length());
                throw new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, atEnd ? 0 : e.offset, lineText, e.endLineno, atEnd ? 0 : e.endOffset);
            }
            throw e;
        }
    }

    private Module parseEval() {
        try {
            Expr e = starExpressions();
            while (peek().kind == Token.Kind.NEWLINE) next();
            if (peek().kind != Token.Kind.ENDMARKER) throw fail();
            return new Module(List.of(new Stmt.Expr(e, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset())), List.of());
        } catch (PySyntaxError e) {
            if (reachedTokError || tokFail == null || e == unexpectedIndent) throw e;
            if (tokFail.raised) throw tokFail.error;
            throw e;
        }
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
            bases = a.args();
            keywords = a.keywords();
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
}
