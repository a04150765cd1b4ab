package dev.weft.parse;

import dev.weft.parse.ast.Alias;
import dev.weft.parse.ast.Arg;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.Comprehension;
import dev.weft.parse.ast.ExceptHandler;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.Keyword;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.Module;
import dev.weft.parse.ast.Stmt;
import dev.weft.parse.ast.WithItem;
import dev.weft.parse.scope.Scope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors that CPython 3.11 raises after parsing: the {@code __future__} checks of
 * future.c, and those its code generator (compile.c) raises while walking the tree — return,
 * yield, await, async for/with and async comprehensions in the wrong kind of scope, break and
 * continue outside a loop, starred expressions out of place, repeated keyword arguments, a
 * bare except that is not last, assignments to {@code __debug__}, and too deeply nested blocks.
 * The walk visits nodes in the order compile.c does, so the first error is the same one.
 */
public final class CompileChecks {
    /** CPython's CO_MAXBLOCKS. */
    private static final int MAX_BLOCKS = 20;
    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    private enum Unit { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** One compilation unit (code object) being walked: its kind, scope and block stack. */
    private static final class Frame {
        final Unit unit;
        final Scope scope;
        int loops;
        int blocks;

        Frame(Unit unit, Scope scope) {
            this.unit = unit;
            this.scope = scope;
        }
    }

    private final String filename;
    private final Scope top;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int futureLineno = -1;

    private CompileChecks(String filename, Scope top) {
        this.filename = filename;
        this.top = top;
    }

    /** The __future__ checks, which CPython makes before scope analysis. */
    public static void checkFuture(Module m, String filename) {
        List<Stmt> body = m.body();
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String) i++;
        boolean done = false;
        int prevLine = 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno() > prevLine) return;
            prevLine = s.lineno();
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (done) {
                    throw new PySyntaxError("SyntaxError", "from __future__ imports must occur at the beginning of the file",
                            filename, s.lineno(), s.colOffset(), null, s.lineno(), 0);
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("braces")) throw error(filename, "not a chance", s);
                    if (!FUTURE_FEATURES.contains(a.name())) {
                        throw error(filename, "future feature " + a.name() + " is not defined", s);
                    }
                }
            } else {
                done = true;
            }
        }
    }

    /** The line of the last leading __future__ import, as future.c's ff_lineno (-1 if none). */
    private static int futureLine(Module m) {
        List<Stmt> body = m.body();
        int i = 0;
        int line = -1;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String) i++;
        for (; i < body.size(); i++) {
            if (body.get(i) instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) line = f.lineno();
            else break;
        }
        return line;
    }

    private static PySyntaxError error(String filename, String msg, Located at) {
        return new PySyntaxError("SyntaxError", msg, filename, at.lineno(), at.colOffset() + 1, null, at.endLineno(),
                at.endColOffset() + 1);
    }

    private PySyntaxError error(String msg, Located at) {
        return error(filename, msg, at);
    }

    private Frame frame() {
        return frames.peek();
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) if (e != null) expr(e);
    }

    private void enterBlock(Located at) {
        Frame f = frame();
        if (++f.blocks > MAX_BLOCKS) throw error("too many statically nested blocks", at);
    }

    private void exitBlock() {
        frame().blocks--;
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.args(), f.body(), f.decoratorList(), f.returns(), Unit.FUNCTION);
            case Stmt.AsyncFunctionDef f -> function(s, f.args(), f.body(), f.decoratorList(), f.returns(), Unit.ASYNC_FUNCTION);
            case Stmt.ClassDef c -> {
                exprs(c.decoratorList());
                frames.push(new Frame(Unit.CLASS, top.scopeOf(s)));
                stmts(c.body());
                frames.pop();
                callArgs(c.bases(), c.keywords());
            }
            case Stmt.Return r -> {
                Frame f = frame();
                if (f.scope.type() != Scope.Type.FUNCTION) throw error("'return' outside function", s);
                if (r.value() != null && f.scope.isCoroutine() && f.scope.isGenerator()) {
                    throw error("'return' with value in async generator", s);
                }
                if (r.value() != null) expr(r.value());
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) expr(t);
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) expr(t);
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) expr(a.value());
                expr(a.target());
            }
            case Stmt.For f -> loop(s, f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.AsyncFor f -> {
                if (frame().unit != Unit.ASYNC_FUNCTION) throw error("'async for' outside async function", s);
                loop(s, f.target(), f.iter(), f.body(), f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                enterBlock(s);
                frame().loops++;
                stmts(w.body());
                frame().loops--;
                exitBlock();
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> with(s, w.items(), w.body());
            case Stmt.AsyncWith w -> {
                if (frame().unit != Unit.ASYNC_FUNCTION) throw error("'async with' outside async function", s);
                with(s, w.items(), w.body());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) expr(r.exc());
                if (r.cause() != null) expr(r.cause());
            }
            case Stmt.Try t -> tryStmt(s, t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(s, t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) expr(a.msg());
            }
            case Stmt.Import i -> {
            }
            case Stmt.ImportFrom i -> {
                if ("__future__".equals(i.module()) && i.lineno() > futureLineno) {
                    throw error("from __future__ imports must occur at the beginning of the file", s);
                }
            }
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.Expr e -> expr(e.value());
            case Stmt.Pass x -> {
            }
            case Stmt.Break x -> {
                if (frame().loops == 0) throw error("'break' outside loop", s);
            }
            case Stmt.Continue x -> {
                if (frame().loops == 0) throw error("'continue' not properly in loop", s);
            }
        }
    }

    private void loop(Stmt s, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        expr(iter);
        enterBlock(s);
        expr(target);
        frame().loops++;
        stmts(body);
        frame().loops--;
        exitBlock();
        stmts(orelse);
    }

    private void with(Stmt s, List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            expr(item.contextExpr());
            enterBlock(s);
            if (item.optionalVars() != null) expr(item.optionalVars());
        }
        stmts(body);
        for (int i = 0; i < items.size(); i++) exitBlock();
    }

    private void tryStmt(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        boolean fin = !finalbody.isEmpty();
        if (fin) enterBlock(s);
        if (!handlers.isEmpty()) {
            enterBlock(s);
            stmts(body);
            exitBlock();
            for (int i = 0; i < handlers.size(); i++) {
                ExceptHandler h = handlers.get(i);
                if (h.type() == null && i < handlers.size() - 1) throw error("default 'except:' must be last", h);
                if (h.type() != null) expr(h.type());
                if (h.name() != null) checkDebug(h.name(), ExprContext.Store, h);
                enterBlock(h);
                stmts(h.body());
                exitBlock();
            }
            stmts(orelse);
        } else {
            stmts(body);
        }
        if (fin) {
            exitBlock();
            enterBlock(s);
            stmts(finalbody);
            exitBlock();
        }
    }

    private void checkDebug(String name, ExprContext ctx, Located at) {
        if (name.equals("__debug__")) {
            if (ctx == ExprContext.Store) throw error("cannot assign to __debug__", at);
            if (ctx == ExprContext.Del) throw error("cannot delete __debug__", at);
        }
    }

    private void checkDebugArgs(Arguments a) {
        for (Arg x : a.posonlyargs()) checkDebug(x.arg(), ExprContext.Store, x);
        for (Arg x : a.args()) checkDebug(x.arg(), ExprContext.Store, x);
        if (a.vararg() != null) checkDebug(a.vararg().arg(), ExprContext.Store, a.vararg());
        for (Arg x : a.kwonlyargs()) checkDebug(x.arg(), ExprContext.Store, x);
        if (a.kwarg() != null) checkDebug(a.kwarg().arg(), ExprContext.Store, a.kwarg());
    }

    private void function(Stmt s, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, Unit unit) {
        checkDebugArgs(args);
        exprs(decorators);
        exprs(args.defaults());
        exprs(args.kwDefaults());
        annotations(args, returns);
        frames.push(new Frame(unit, top.scopeOf(s)));
        stmts(body);
        frames.pop();
    }

    private void annotations(Arguments a, Expr returns) {
        for (Arg x : a.posonlyargs()) if (x.annotation() != null) expr(x.annotation());
        for (Arg x : a.args()) if (x.annotation() != null) expr(x.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
        for (Arg x : a.kwonlyargs()) if (x.annotation() != null) expr(x.annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
        if (returns != null) expr(returns);
    }

    private void callArgs(List<Expr> args, List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() == null) continue;
            checkDebug(k.arg(), ExprContext.Store, k);
            if (!seen.add(k.arg())) throw error("keyword argument repeated: " + k.arg(), k);
        }
        for (Expr a : args) {
            if (a instanceof Expr.Starred st) expr(st.value());
            else expr(a);
        }
        for (Keyword k : keywords) expr(k.value());
    }

    /** Elements of a display, call or unpacking target, where a Starred is allowed. */
    private void elements(List<Expr> elts, ExprContext ctx, Expr container) {
        if (ctx == ExprContext.Store) {
            boolean seen = false;
            for (Expr e : elts) {
                if (e instanceof Expr.Starred) {
                    if (seen) throw error("multiple starred expressions in assignment", container);
                    seen = true;
                }
            }
        }
        for (Expr e : elts) {
            if (e instanceof Expr.Starred st) expr(st.value());
            else expr(e);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                expr(n.value());
                expr(n.target());
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                checkDebugArgs(l.args());
                exprs(l.args().defaults());
                exprs(l.args().kwDefaults());
                frames.push(new Frame(Unit.LAMBDA, top.scopeOf(e)));
                expr(l.body());
                frames.pop();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (int i = 0; i < d.values().size(); i++) {
                    if (d.keys().get(i) != null) expr(d.keys().get(i));
                    expr(d.values().get(i));
                }
            }
            case Expr.Set s -> elements(s.elts(), ExprContext.Load, e);
            case Expr.GeneratorExp g -> comprehension(e, g.generators(), g.elt(), null, true);
            case Expr.ListComp c -> comprehension(e, c.generators(), c.elt(), null, false);
            case Expr.SetComp c -> comprehension(e, c.generators(), c.elt(), null, false);
            case Expr.DictComp c -> comprehension(e, c.generators(), c.key(), c.value(), false);
            case Expr.Yield y -> {
                if (frame().scope.type() != Scope.Type.FUNCTION) throw error("'yield' outside function", e);
                if (y.value() != null) expr(y.value());
            }
            case Expr.YieldFrom y -> {
                if (frame().scope.type() != Scope.Type.FUNCTION) throw error("'yield' outside function", e);
                if (frame().unit == Unit.ASYNC_FUNCTION) throw error("'yield from' inside async function", e);
                expr(y.value());
            }
            case Expr.Await a -> {
                if (frame().scope.type() != Scope.Type.FUNCTION) throw error("'await' outside function", e);
                if (frame().unit != Unit.ASYNC_FUNCTION && frame().unit != Unit.COMPREHENSION) {
                    throw error("'await' outside async function", e);
                }
                expr(a.value());
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                callArgs(c.args(), c.keywords());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) expr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> {
                expr(a.value());
                checkDebug(a.attr(), a.ctx(), e);
            }
            case Expr.Subscript s -> {
                expr(s.value());
                if (s.slice() instanceof Expr.Tuple t) elements(t.elts(), ExprContext.Load, t);
                else expr(s.slice());
            }
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) throw error("starred assignment target must be in a list or tuple", e);
                throw error("can't use starred expression here", e);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower());
                if (s.upper() != null) expr(s.upper());
                if (s.step() != null) expr(s.step());
            }
            case Expr.Name n -> checkDebug(n.id(), n.ctx(), e);
            case Expr.List l -> elements(l.elts(), l.ctx(), e);
            case Expr.Tuple t -> elements(t.elts(), t.ctx(), e);
        }
    }

    private void comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value, boolean genexp) {
        Unit outer = frame().unit;
        Scope scope = top.scopeOf(e);
        frames.push(new Frame(Unit.COMPREHENSION, scope));
        if (scope.isCoroutine() && !genexp && outer != Unit.ASYNC_FUNCTION && outer != Unit.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function", e);
        }
        for (int i = 0; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            if (i > 0) expr(c.iter());
            expr(c.target());
            exprs(c.ifs());
        }
        if (value != null) {
            expr(elt);
            expr(value);
        } else {
            expr(elt);
        }
        frames.pop();
        expr(generators.get(0).iter());
    }

    /** The code generator's checks of a parsed module whose scopes come from Symtable.build. */
    public static void checkAll(Module m, Scope scopes, String filename) {
        CompileChecks c = new CompileChecks(filename, scopes);
        c.futureLineno = futureLine(m);
        c.frames.push(new Frame(Unit.MODULE, scopes));
        c.stmts(m.body());
    }
}
