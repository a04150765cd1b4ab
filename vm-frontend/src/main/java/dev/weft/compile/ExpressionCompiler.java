package dev.weft.compile;

import dev.weft.compile.Compiler.CodeConst;
import dev.weft.compile.Compiler.ConstTuple;
import dev.weft.parse.PySyntaxError;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.BoolOperator;
import dev.weft.parse.ast.CmpOp;
import dev.weft.parse.ast.Comprehension;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.Keyword;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression half of the compiler for one code object: names, expressions, conditions,
 * calls, comprehensions, f-strings, assignment targets and the making of functions; {@link
 * Compiler.Unit} adds the statements.
 */
abstract class ExpressionCompiler extends CodeBuilder {
    final ScopeInfo scope;

    ExpressionCompiler(String name, String qualname, String filename, int firstLine, int flags, ScopeInfo scope) {
        super(name, qualname, filename, firstLine, flags, scope.varNames(), scope.cellNames(), scope.freeNames());
        this.scope = scope;
    }

    /** A unit for a code object nested in this one (a lambda's or a comprehension's). */
    abstract ExpressionCompiler newUnit(String name, String qualname, ScopeInfo scope, int firstLine, int flags);

    void nameOp(String id, ExprContext ctx) {
        ScopeInfo.Kind k = scope.kind(id);
        boolean namespace = scope.type() != ScopeInfo.Type.FUNCTION;
        switch (k) {
            case FREE, CELL -> {
                int i = cellIndex(id);
                if (namespace && ctx == ExprContext.Load && scope.type() == ScopeInfo.Type.CLASS) {
                    emit(Op.LOAD_CLASSDEREF, i);
                } else {
                    emit(ctx == ExprContext.Load ? Op.LOAD_DEREF : ctx == ExprContext.Store ? Op.STORE_DEREF : Op.DELETE_DEREF, i);
                }
            }
            case LOCAL -> {
                if (namespace) {
                    emit(ctx == ExprContext.Load ? Op.LOAD_NAME : ctx == ExprContext.Store ? Op.STORE_NAME : Op.DELETE_NAME, name(id));
                } else {
                    emit(ctx == ExprContext.Load ? Op.LOAD_FAST : ctx == ExprContext.Store ? Op.STORE_FAST : Op.DELETE_FAST, localIndex(id));
                }
            }
            case GLOBAL_EXPLICIT -> emit(ctx == ExprContext.Load ? Op.LOAD_GLOBAL : ctx == ExprContext.Store ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, name(id));
            case GLOBAL_IMPLICIT -> {
                if (namespace) {
                    emit(ctx == ExprContext.Load ? Op.LOAD_NAME : ctx == ExprContext.Store ? Op.STORE_NAME : Op.DELETE_NAME, name(id));
                } else {
                    emit(ctx == ExprContext.Load ? Op.LOAD_GLOBAL : ctx == ExprContext.Store ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, name(id));
                }
            }
        }
    }

    /** Evaluates a condition and jumps to label when it is {@code when}. */
    void jumpIf(Expr test, boolean when, int label) {
        if (test instanceof Expr.UnaryOp u && u.op() == dev.weft.parse.ast.UnaryOperator.Not) {
            jumpIf(u.operand(), !when, label);
            return;
        }
        if (test instanceof Expr.BoolOp b) {
            boolean isAnd = b.op() == BoolOperator.And;
            if (isAnd != when) {
                // and-jump-if-false / or-jump-if-true: any operand decides
                for (Expr v : b.values()) jumpIf(v, when, label);
            } else {
                int skip = newLabel();
                for (int i = 0; i < b.values().size() - 1; i++) jumpIf(b.values().get(i), !when, skip);
                jumpIf(b.values().get(b.values().size() - 1), when, label);
                bind(skip);
            }
            return;
        }
        expr(test);
        emit(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
    }

    // functions ----------------------------------------------------------------------

    int fnFlags(Arguments args) {
        return (args.vararg() != null ? Code.VARARGS : 0) | (args.kwarg() != null ? Code.VARKEYWORDS : 0);
    }

    String qualify(String n) {
        if (scope.type() == ScopeInfo.Type.MODULE) return n;
        if (scope.type() == ScopeInfo.Type.FUNCTION) return qualname + ".<locals>." + n;
        return qualname + "." + n;
    }

    /**
     * Emits MAKE_FUNCTION for {@code code}: defaults, keyword defaults and the closure first.
     * For a decorated function the decorators are already on the stack; CALL 0 on
     * [decorator function] calls decorator(function) (the 3.11 convention: a non-NULL
     * callable below takes the next item as its first argument).
     */
    void makeFunction(Code code, Arguments args, ScopeInfo inner, int extraFlags) {
        int flags = 0;
        if (args != null && !args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) expr(d);
            emit(Op.BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        if (args != null) {
            int n = 0;
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d == null) continue;
                loadConst(args.kwonlyargs().get(i).arg());
                expr(d);
                n++;
            }
            if (n > 0) {
                emit(Op.BUILD_MAP, n);
                flags |= 2;
            }
        }
        if (!inner.freeNames().isEmpty()) {
            for (String free : inner.freeNames()) emit(Op.LOAD_CLOSURE, cellIndex(free));
            emit(Op.BUILD_TUPLE, inner.freeNames().size());
            flags |= 8;
        }
        loadConst(new CodeConst(withFlags(code, extraFlags)));
        emit(Op.MAKE_FUNCTION, flags);
    }

    Code withFlags(Code c, int extra) {
        if (extra == 0) return c;
        return copyDoc(c, new Code(c.name, c.qualname, c.filename, c.firstLine, c.flags | extra, c.argCount, c.posOnlyCount,
                c.kwOnlyCount, c.varNames, c.cellNames, c.freeNames, c.names, c.consts, c.constObjects, c.code, c.lines,
                c.handler, c.handlerDepth, c.stackSize, c.loopCount));
    }

    Code copyDoc(Code from, Code to) {
        to.doc = from.doc;
        to.positions = from.positions;
        return to;
    }

    // expressions --------------------------------------------------------------------

    void expr(Expr e) {
        int saved = line, savedEnd = endLine, savedCol = col, savedEndCol = endCol;
        at(e);
        exprInner(e);
        line = saved;
        endLine = savedEnd;
        col = savedCol;
        endCol = savedEndCol;
    }

    void exprInner(Expr e) {
        switch (e) {
            case Expr.Constant c -> loadConst(c.value());
            case Expr.Name n -> nameOp(n.id(), ExprContext.Load);
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                at(b);
                if (b.lineno() == b.endLineno() && b.left().endLineno() == b.lineno() && b.right().lineno() == b.lineno()) {
                    anchorLeft = b.left().endColOffset();
                    anchorRight = b.right().colOffset();
                }
                emit(Op.BINARY_OP, binOp(b.op()).ordinal());
                anchorLeft = anchorRight = -1;
            }
            case Expr.UnaryOp u -> {
                expr(u.operand());
                at(u);
                emit(switch (u.op()) {
                    case USub -> Op.UNARY_NEGATIVE;
                    case UAdd -> Op.UNARY_POSITIVE;
                    case Invert -> Op.UNARY_INVERT;
                    case Not -> Op.UNARY_NOT;
                });
            }
            case Expr.BoolOp b -> {
                int end = newLabel();
                for (int i = 0; i < b.values().size(); i++) {
                    expr(b.values().get(i));
                    if (i < b.values().size() - 1) {
                        emit(b.op() == BoolOperator.And ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
                    }
                }
                bind(end);
            }
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> {
                int orelse = newLabel(), end = newLabel();
                jumpIf(i.test(), false, orelse);
                expr(i.body());
                emit(Op.JUMP_FORWARD, end);
                bind(orelse);
                expr(i.orelse());
                bind(end);
            }
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> {
                expr(a.value());
                at(a);
                emit(Op.LOAD_ATTR, name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                subscriptIndex(s.slice());
                at(s);
                if (s.lineno() == s.endLineno() && s.value().endLineno() == s.lineno() && s.slice().endLineno() == s.lineno()) {
                    anchorLeft = s.value().endColOffset();
                    anchorRight = -2 - s.slice().endColOffset(); // a subscript's anchors: value end, slice end
                }
                emit(Op.BINARY_SUBSCR);
                anchorLeft = anchorRight = -1;
            }
            case Expr.Slice s -> slice(s);
            case Expr.Tuple t -> {
                if (t.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                    starredList(t.elts());
                    emit(Op.LIST_TO_TUPLE);
                } else if (allConstant(t.elts())) {
                    loadConst(constTuple(t.elts()));
                } else {
                    for (Expr x : t.elts()) expr(x);
                    emit(Op.BUILD_TUPLE, t.elts().size());
                }
            }
            case Expr.List l -> {
                if (l.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                    starredList(l.elts());
                } else {
                    for (Expr x : l.elts()) expr(x);
                    emit(Op.BUILD_LIST, l.elts().size());
                }
            }
            case Expr.Set s -> {
                if (s.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                    emit(Op.BUILD_SET, 0);
                    for (Expr x : s.elts()) {
                        if (x instanceof Expr.Starred st) {
                            expr(st.value());
                            emit(Op.SET_UPDATE, 1);
                        } else {
                            expr(x);
                            emit(Op.SET_ADD, 1);
                        }
                    }
                } else {
                    for (Expr x : s.elts()) expr(x);
                    emit(Op.BUILD_SET, s.elts().size());
                }
            }
            case Expr.Dict d -> dict(d);
            case Expr.ListComp c -> comprehension(c, c.generators(), 0, c.elt(), null);
            case Expr.SetComp c -> comprehension(c, c.generators(), 1, c.elt(), null);
            case Expr.DictComp c -> comprehension(c, c.generators(), 2, c.key(), c.value());
            case Expr.GeneratorExp g -> comprehension(g, g.generators(), 3, g.elt(), null);
            case Expr.Lambda l -> {
                ScopeInfo inner = scope.child(l);
                ExpressionCompiler u = newUnit("<lambda>", qualify("<lambda>"), inner, l.lineno(), 0);
                u.expr(l.body());
                u.emit(Op.RETURN_VALUE);
                Arguments args = l.args();
                Code code = u.build(args.posonlyargs().size() + args.args().size(), args.posonlyargs().size(), args.kwonlyargs().size());
                makeFunction(code, args, inner, fnFlags(args));
            }
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.NamedExpr n -> {
                expr(n.value());
                emit(Op.COPY, 1);
                store(n.target());
            }
            case Expr.Yield y -> {
                if (scope.type() != ScopeInfo.Type.FUNCTION) throw syntaxError(y, "'yield' outside function");
                if (y.value() != null) expr(y.value());
                else loadConst(dev.weft.parse.ast.None.NONE);
                if ((flags & Code.ASYNC_GENERATOR) != 0) emit(Op.ASYNC_GEN_WRAP);
                emit(Op.YIELD_VALUE);
            }
            case Expr.YieldFrom y -> {
                if (scope.type() != ScopeInfo.Type.FUNCTION) throw syntaxError(y, "'yield' outside function");
                expr(y.value());
                emit(Op.GET_YIELD_FROM_ITER);
                loadConst(dev.weft.parse.ast.None.NONE);
                emit(Op.YIELD_FROM);
            }
            case Expr.Await a -> {
                expr(a.value());
                AsyncCompiler.await(this);
            }
            case Expr.Starred s -> throw syntaxError(s, "can't use starred expression here");
        }
    }

    boolean allConstant(List<Expr> elts) {
        for (Expr x : elts) {
            if (!(x instanceof Expr.Constant)) return false;
        }
        return true;
    }

    ConstTuple constTuple(List<Expr> elts) {
        List<Object> values = new ArrayList<>();
        for (Expr x : elts) values.add(((Expr.Constant) x).value());
        return new ConstTuple(values);
    }

    /** A list built from items and *iterables: [list]. */
    void starredList(List<Expr> elts) {
        int pending = 0;
        boolean built = false;
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                if (!built) {
                    emit(Op.BUILD_LIST, pending);
                    built = true;
                } else if (pending > 0) {
                    throw new IllegalStateException("unreachable");
                }
                pending = 0;
                expr(s.value());
                emit(Op.LIST_EXTEND, 1);
            } else if (built) {
                expr(x);
                emit(Op.LIST_APPEND, 1);
            } else {
                expr(x);
                pending++;
            }
        }
        if (!built) emit(Op.BUILD_LIST, pending);
    }

    void dict(Expr.Dict d) {
        boolean hasSplat = d.keys().stream().anyMatch(k -> k == null);
        if (!hasSplat) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            emit(Op.BUILD_MAP, d.keys().size());
            return;
        }
        emit(Op.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                emit(Op.DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                emit(Op.MAP_ADD, 1);
            }
        }
    }

    void subscriptIndex(Expr slice) {
        expr(slice);
    }

    void slice(Expr.Slice s) {
        if (s.lower() != null) expr(s.lower());
        else loadConst(dev.weft.parse.ast.None.NONE);
        if (s.upper() != null) expr(s.upper());
        else loadConst(dev.weft.parse.ast.None.NONE);
        if (s.step() != null) {
            expr(s.step());
            emit(Op.BUILD_SLICE, 3);
        } else {
            emit(Op.BUILD_SLICE, 2);
        }
    }

    void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            at(c);
            compareOp(c.ops().get(0));
            return;
        }
        int cleanup = newLabel(), end = newLabel();
        for (int i = 0; i < n; i++) {
            expr(c.comparators().get(i));
            if (i < n - 1) {
                // [a b] → [b a b] → [b r]
                emit(Op.COPY, 1);
                emit(Op.SWAP, 3);
                emit(Op.SWAP, 2);
                at(c);
                compareOp(c.ops().get(i));
                emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                at(c);
                compareOp(c.ops().get(i));
            }
        }
        emit(Op.JUMP_FORWARD, end);
        bind(cleanup);
        emit(Op.SWAP, 2);
        emit(Op.POP_TOP);
        bind(end);
    }

    void compareOp(CmpOp op) {
        switch (op) {
            case Lt -> emit(Op.COMPARE_OP, 0);
            case LtE -> emit(Op.COMPARE_OP, 1);
            case Eq -> emit(Op.COMPARE_OP, 2);
            case NotEq -> emit(Op.COMPARE_OP, 3);
            case Gt -> emit(Op.COMPARE_OP, 4);
            case GtE -> emit(Op.COMPARE_OP, 5);
            case Is -> emit(Op.IS_OP, 0);
            case IsNot -> emit(Op.IS_OP, 1);
            case In -> emit(Op.CONTAINS_OP, 0);
            case NotIn -> emit(Op.CONTAINS_OP, 1);
        }
    }

    void call(Expr.Call c) {
        boolean simple = c.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && c.keywords().stream().noneMatch(k -> k.arg() == null);
        if (simple && c.func() instanceof Expr.Attribute a) {
            expr(a.value());
            at(a);
            emit(Op.LOAD_METHOD, name(a.attr()));
        } else {
            emit(Op.PUSH_NULL);
            expr(c.func());
        }
        at(c);
        callArgs(c.args(), c.keywords(), 0);
    }

    /** Arguments of a call whose callable (and NULL or self) are on the stack; {@code already} args pushed. */
    void callArgs(List<Expr> args, List<Keyword> keywords, int already) {
        boolean simple = args.stream().noneMatch(a -> a instanceof Expr.Starred)
                && keywords.stream().noneMatch(k -> k.arg() == null);
        if (simple) {
            for (Expr a : args) expr(a);
            if (!keywords.isEmpty()) {
                String[] kw = new String[keywords.size()];
                for (int i = 0; i < kw.length; i++) {
                    kw[i] = keywords.get(i).arg();
                    expr(keywords.get(i).value());
                }
                emit(Op.KW_NAMES, constIndex(kw));
            }
            emit(Op.CALL, already + args.size() + keywords.size());
            return;
        }
        // the general form: a tuple of positional arguments and a dict of keywords
        emit(Op.BUILD_LIST, already);
        for (Expr a : args) {
            if (a instanceof Expr.Starred s) {
                expr(s.value());
                emit(Op.LIST_EXTEND, 1 | Op.IN_CALL);
            } else {
                expr(a);
                emit(Op.LIST_APPEND, 1);
            }
        }
        emit(Op.LIST_TO_TUPLE);
        if (!keywords.isEmpty()) {
            emit(Op.BUILD_MAP, 0);
            for (Keyword k : keywords) {
                if (k.arg() == null) {
                    expr(k.value());
                    emit(Op.DICT_MERGE, 1);
                } else {
                    // merged like **{name: value}, so that a name given twice is an error
                    loadConst(k.arg());
                    expr(k.value());
                    emit(Op.BUILD_MAP, 1);
                    emit(Op.DICT_MERGE, 1);
                }
            }
            emit(Op.CALL_FUNCTION_EX, 1);
        } else {
            emit(Op.CALL_FUNCTION_EX, 0);
        }
    }

    /**
     * A comprehension as a nested function called at once with the outermost iterator (its
     * own scope, as in CPython 3.11). kind: 0 list, 1 set, 2 dict, 3 generator expression.
     */
    void comprehension(Expr node, List<Comprehension> gens, int kind, Expr elt, Expr value) {
        ScopeInfo inner = scope.child(node);
        String n = switch (kind) {
            case 0 -> "<listcomp>";
            case 1 -> "<setcomp>";
            case 2 -> "<dictcomp>";
            default -> "<genexpr>";
        };
        ExpressionCompiler u = newUnit(n, qualify(n), inner, node.lineno(), AsyncCompiler.comprehensionFlags(inner));
        u.line = node.lineno();
        if (kind == 0) u.emit(Op.BUILD_LIST, 0);
        else if (kind == 1) u.emit(Op.BUILD_SET, 0);
        else if (kind == 2) u.emit(Op.BUILD_MAP, 0);
        u.comprehensionLoop(gens, 0, kind, elt, value, kind == 3 ? 0 : 1);
        if (kind == 3) u.loadConst(dev.weft.parse.ast.None.NONE);
        u.emit(Op.RETURN_VALUE);
        Code code = u.build(1, 0, 0);
        makeFunction(code, null, inner, 0);
        expr(gens.get(0).iter());
        emit(gens.get(0).isAsync() != 0 ? Op.GET_AITER : Op.GET_ITER);
        emit(Op.CALL, 0);
        if (inner.isCoroutine() && kind != 3) AsyncCompiler.await(this);
    }

    void comprehensionLoop(List<Comprehension> gens, int i, int kind, Expr elt, Expr value, int resultDepth) {
        Comprehension g = gens.get(i);
        boolean async = g.isAsync() != 0;
        int head = newLabel(), exit = newLabel();
        if (i == 0) {
            emit(Op.LOAD_FAST, localIndex(".0"));
        } else {
            expr(g.iter());
            emit(async ? Op.GET_AITER : Op.GET_ITER);
        }
        bind(head);
        emit(Op.LOOP_HEADER, loops++);
        if (async) AsyncCompiler.nextItem(this, exit);
        else emit(Op.FOR_ITER, exit);
        store(g.target());
        int skip = newLabel();
        for (Expr cond : g.ifs()) jumpIf(cond, false, skip);
        // the result container sits below this and every enclosing loop's iterator
        int containerDepth = resultDepth + i + 1;
        if (i + 1 < gens.size()) {
            comprehensionLoop(gens, i + 1, kind, elt, value, resultDepth);
        } else if (kind == 3) {
            expr(elt);
            if ((flags & Code.ASYNC_GENERATOR) != 0) emit(Op.ASYNC_GEN_WRAP);
            emit(Op.YIELD_VALUE);
            emit(Op.POP_TOP);
        } else if (kind == 2) {
            expr(elt);
            expr(value);
            emit(Op.MAP_ADD, containerDepth);
        } else {
            expr(elt);
            emit(kind == 0 ? Op.LIST_APPEND : Op.SET_ADD, containerDepth);
        }
        bind(skip);
        emit(Op.JUMP_BACKWARD, head);
        bind(exit);
        if (async) emit(Op.END_ASYNC_FOR);
    }

    void joinedStr(Expr.JoinedStr j) {
        if (j.values().size() == 1 && j.values().get(0) instanceof Expr.Constant c) {
            loadConst(c.value());
            return;
        }
        for (Expr v : j.values()) expr(v);
        emit(Op.BUILD_STRING, j.values().size());
    }

    void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int conv = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            conv |= 4;
        }
        emit(Op.FORMAT_VALUE, conv);
    }

    // targets ------------------------------------------------------------------------

    void store(Expr target) {
        switch (target) {
            case Expr.Name n -> nameOp(n.id(), ExprContext.Store);
            case Expr.Attribute a -> {
                expr(a.value());
                at(a);
                emit(Op.STORE_ATTR, name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                subscriptIndex(s.slice());
                at(s);
                emit(Op.STORE_SUBSCR);
            }
            case Expr.Tuple t -> unpack(t.elts(), t);
            case Expr.List l -> unpack(l.elts(), l);
            case Expr.Starred s -> throw syntaxError(s, "starred assignment target must be in a list or tuple");
            default -> throw syntaxError(target, "cannot assign to expression");
        }
    }

    void unpack(List<Expr> elts, Expr node) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) throw syntaxError(node, "multiple starred expressions in assignment");
                star = i;
            }
        }
        if (star < 0) {
            emit(Op.UNPACK_SEQUENCE, elts.size());
        } else {
            emit(Op.UNPACK_EX, star | (elts.size() - star - 1) << 8);
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    void delete(Expr target) {
        switch (target) {
            case Expr.Name n -> nameOp(n.id(), ExprContext.Del);
            case Expr.Attribute a -> {
                expr(a.value());
                emit(Op.DELETE_ATTR, name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                subscriptIndex(s.slice());
                emit(Op.DELETE_SUBSCR);
            }
            case Expr.Tuple t -> t.elts().forEach(this::delete);
            case Expr.List l -> l.elts().forEach(this::delete);
            default -> throw syntaxError(target, "cannot delete expression");
        }
    }

    // ------------------------------------------------------------------------------------
    // Tables

    static BinOp binOp(Operator op) {
        return switch (op) {
            case Add -> BinOp.ADD;
            case Sub -> BinOp.SUB;
            case Mult -> BinOp.MUL;
            case MatMult -> BinOp.MATMUL;
            case Div -> BinOp.TRUEDIV;
            case FloorDiv -> BinOp.FLOORDIV;
            case Mod -> BinOp.MOD;
            case Pow -> BinOp.POW;
            case LShift -> BinOp.LSHIFT;
            case RShift -> BinOp.RSHIFT;
            case BitAnd -> BinOp.AND;
            case BitOr -> BinOp.OR;
            case BitXor -> BinOp.XOR;
        };
    }

    PySyntaxError syntaxError(Located node, String message) {
        return new PySyntaxError("SyntaxError", message, filename, node.lineno(), node.colOffset() + 1, null,
                node.endLineno(), node.endColOffset() + 1);
    }
}
