package dev.weft.compile;

import dev.weft.parse.PySyntaxError;
import dev.weft.parse.ast.Alias;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.BoolOperator;
import dev.weft.parse.ast.CmpOp;
import dev.weft.parse.ast.Comprehension;
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
 * The bytecode compiler: one pass over the AST per code object, with the scope analysis
 * deciding how each name is reached.
 *
 * <p>{@link CodeBuilder} does the assembling: labels, the static stack depth, and exception
 * handlers as a compile-time stack (every instruction records the innermost handler in force
 * when it was emitted, which becomes the code's handler table).
 *
 * <p>{@code finally} bodies are compiled twice, once for the normal path and once inside the
 * handler that re-raises, and inlined again before a {@code return}, {@code break} or
 * {@code continue} that leaves them, as CPython 3.11 does; so the interpreter needs no
 * "pending return" state, and a frame's state is only its slots, depth and pc.
 */
public final class Compiler {
    private final String filename;

    private Compiler(String filename) {
        this.filename = filename;
    }

    /** Compiles a module; {@code scope} is the module's scope from the scope analysis. */
    public static Code compileModule(Module module, String filename, ScopeInfo scope) {
        Compiler c = new Compiler(filename);
        Unit u = c.new Unit("<module>", "<module>", scope, 1, Code.NAMESPACE);
        u.body(module.body());
        u.loadConst(dev.weft.parse.ast.None.NONE);
        u.emit(Op.RETURN_VALUE, 0);
        return u.build(0, 0, 0);
    }

    // ------------------------------------------------------------------------------------
    // One code object being built

    /** What a break, continue or return must undo when it leaves a block. */
    enum BlockKind { LOOP_FOR, LOOP_WHILE, TRY_FINALLY, EXCEPT_HANDLER, WITH, ASYNC_WITH, HANDLER_CLEANUP }

    record Block(BlockKind kind, int continueLabel, int breakLabel, List<Stmt> finalBody, String name) {}

    final class Unit extends CodeBuilder {
        final ScopeInfo scope;
        final List<Block> blocks = new ArrayList<>();

        Unit(String name, String qualname, ScopeInfo scope, int firstLine, int flags) {
            super(name, qualname, Compiler.this.filename, firstLine, flags | (scope.isGenerator() ? Code.GENERATOR : 0), scope.varNames(),
                    scope.cellNames(), scope.freeNames());
            this.scope = scope;
        }

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

        // statements ---------------------------------------------------------------------

        void body(List<Stmt> stmts) {
            for (Stmt s : stmts) stmt(s);
        }

        void stmt(Stmt s) {
            at(s);
            switch (s) {
                case Stmt.Expr e -> {
                    expr(e.value());
                    emit(Op.POP_TOP);
                }
                case Stmt.Assign a -> {
                    expr(a.value());
                    for (int i = 0; i < a.targets().size(); i++) {
                        if (i < a.targets().size() - 1) emit(Op.COPY, 1);
                        store(a.targets().get(i));
                    }
                }
                case Stmt.AugAssign a -> augAssign(a);
                case Stmt.AnnAssign a -> {
                    if (a.value() != null) {
                        expr(a.value());
                        store(a.target());
                    }
                    if (a.simple() == 1 && a.target() instanceof Expr.Name n && scope.type() == ScopeInfo.Type.CLASS) {
                        // a class body records its annotations: __annotations__['x'] = int
                        expr(a.annotation());
                        emit(Op.LOAD_NAME, name("__annotations__"));
                        loadConst(n.id());
                        emit(Op.STORE_SUBSCR);
                    }
                }
                case Stmt.Pass p -> {}
                case Stmt.If i -> ifStmt(i);
                case Stmt.While w -> whileStmt(w);
                case Stmt.For f -> forStmt(f);
                case Stmt.Break b -> breakOrContinue(b, true);
                case Stmt.Continue c -> breakOrContinue(c, false);
                case Stmt.Return r -> returnStmt(r);
                case Stmt.FunctionDef f -> functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), false);
                case Stmt.AsyncFunctionDef f -> functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), true);
                case Stmt.ClassDef c -> classDef(c);
                case Stmt.Delete d -> {
                    for (Expr t : d.targets()) delete(t);
                }
                case Stmt.Global g -> {}
                case Stmt.Nonlocal n -> {}
                case Stmt.Raise r -> {
                    int n = 0;
                    if (r.exc() != null) {
                        expr(r.exc());
                        n = 1;
                        if (r.cause() != null) {
                            expr(r.cause());
                            n = 2;
                        }
                    }
                    emit(Op.RAISE_VARARGS, n);
                }
                case Stmt.Try t -> tryStmt(t);
                case Stmt.TryStar t -> throw unsupported(t, "except* is not supported yet");
                case Stmt.Assert a -> assertStmt(a);
                case Stmt.With w -> withStmt(w.items(), 0, w.body());
                case Stmt.AsyncWith w -> AsyncCompiler.asyncWith(this, w.items(), 0, w.body());
                case Stmt.AsyncFor f -> AsyncCompiler.asyncFor(this, f);
                case Stmt.Import i -> importStmt(i);
                case Stmt.ImportFrom i -> importFrom(i);
            }
        }

        void augAssign(Stmt.AugAssign a) {
            int op = binOp(a.op()).ordinal() | BinOp.INPLACE;
            switch (a.target()) {
                case Expr.Name n -> {
                    nameOp(n.id(), ExprContext.Load);
                    expr(a.value());
                    at(a);
                    emit(Op.BINARY_OP, op);
                    nameOp(n.id(), ExprContext.Store);
                }
                case Expr.Attribute t -> {
                    expr(t.value());
                    emit(Op.COPY, 1);
                    emit(Op.LOAD_ATTR, name(t.attr()));
                    expr(a.value());
                    at(a);
                    emit(Op.BINARY_OP, op);
                    emit(Op.SWAP, 2);
                    emit(Op.STORE_ATTR, name(t.attr()));
                }
                case Expr.Subscript t -> {
                    expr(t.value());
                    subscriptIndex(t.slice());
                    emit(Op.COPY, 2);
                    emit(Op.COPY, 2);
                    emit(Op.BINARY_SUBSCR);
                    expr(a.value());
                    at(a);
                    emit(Op.BINARY_OP, op);
                    emit(Op.SWAP, 3);
                    emit(Op.SWAP, 2);
                    emit(Op.STORE_SUBSCR);
                }
                default -> throw new IllegalStateException("augmented assignment to " + a.target());
            }
        }

        void ifStmt(Stmt.If s) {
            int orelse = newLabel(), end = newLabel();
            jumpIf(s.test(), false, orelse);
            body(s.body());
            if (!s.orelse().isEmpty()) {
                emit(Op.JUMP_FORWARD, end);
                bind(orelse);
                body(s.orelse());
            } else {
                bind(orelse);
            }
            bind(end);
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

        void whileStmt(Stmt.While w) {
            int head = newLabel(), orelse = newLabel(), end = newLabel();
            bind(head);
            emit(Op.LOOP_HEADER, loops++);
            jumpIf(w.test(), false, orelse);
            blocks.add(new Block(BlockKind.LOOP_WHILE, head, end, null, null));
            body(w.body());
            blocks.remove(blocks.size() - 1);
            emit(Op.JUMP_BACKWARD, head);
            bind(orelse);
            body(w.orelse());
            bind(end);
        }

        void forStmt(Stmt.For f) {
            int head = newLabel(), exit = newLabel(), end = newLabel();
            expr(f.iter());
            emit(Op.GET_ITER);
            bind(head);
            emit(Op.LOOP_HEADER, loops++);
            at(f);
            emit(Op.FOR_ITER, exit);
            store(f.target());
            blocks.add(new Block(BlockKind.LOOP_FOR, head, end, null, null));
            body(f.body());
            blocks.remove(blocks.size() - 1);
            emit(Op.JUMP_BACKWARD, head);
            bind(exit);
            body(f.orelse());
            bind(end);
        }

        void breakOrContinue(Stmt s, boolean isBreak) {
            int savedDepth = depth;
            List<int[]> savedHandlers = new ArrayList<>(handlerStack);
            int savedHandler = handler, savedHandlerDepth = handlerDepth;
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Block b = blocks.get(i);
                if (b.kind == BlockKind.LOOP_FOR || b.kind == BlockKind.LOOP_WHILE) {
                    if (isBreak) {
                        if (b.kind == BlockKind.LOOP_FOR) emit(Op.POP_TOP);
                        emit(Op.JUMP_FORWARD, b.breakLabel);
                    } else {
                        emit(Op.JUMP_BACKWARD, b.continueLabel);
                    }
                    // the code after the jump is dead; it is compiled in the state before it
                    handlerStack.clear();
                    handlerStack.addAll(savedHandlers);
                    handler = savedHandler;
                    handlerDepth = savedHandlerDepth;
                    depth = savedDepth;
                    return;
                }
                unwind(b, false, i);
            }
            throw syntaxError(s, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
        }

        /**
         * Emits what leaving block {@code b} needs (pop an iterator, call __exit__, run a
         * finally body, end an except handler); {@code preserveTop} when a return value sits
         * on top of the stack.
         */
        void unwind(Block b, boolean preserveTop, int index) {
            switch (b.kind) {
                case LOOP_FOR -> {
                    if (preserveTop) emit(Op.SWAP, 2);
                    emit(Op.POP_TOP);
                }
                case LOOP_WHILE -> {}
                case WITH, ASYNC_WITH -> {
                    popHandler();
                    if (preserveTop) emit(Op.SWAP, 2);
                    loadConst(dev.weft.parse.ast.None.NONE);
                    loadConst(dev.weft.parse.ast.None.NONE);
                    loadConst(dev.weft.parse.ast.None.NONE);
                    emit(Op.CALL, 2);
                    if (b.kind == BlockKind.ASYNC_WITH) AsyncCompiler.await(this);
                    emit(Op.POP_TOP);
                }
                case TRY_FINALLY -> {
                    popHandler();
                    // the finally body runs outside its own block, with the blocks outside it
                    List<Block> saved = new ArrayList<>(blocks.subList(index, blocks.size()));
                    blocks.subList(index, blocks.size()).clear();
                    body(b.finalBody);
                    blocks.addAll(saved);
                }
                case EXCEPT_HANDLER -> {
                    popHandler(); // the one that clears the name
                    popHandler(); // the one that ends the handler
                    if (b.name != null) {
                        loadConst(dev.weft.parse.ast.None.NONE);
                        nameOp(b.name, ExprContext.Store);
                        nameOp(b.name, ExprContext.Del);
                    }
                    if (preserveTop) emit(Op.SWAP, 2);
                    emit(Op.POP_EXCEPT);
                }
                case HANDLER_CLEANUP -> {
                    popHandler();
                    if (preserveTop) emit(Op.SWAP, 2);
                    emit(Op.POP_EXCEPT);
                }
            }
        }

        void returnStmt(Stmt.Return r) {
            if (scope.type() != ScopeInfo.Type.FUNCTION) throw syntaxError(r, "'return' outside function");
            if (r.value() != null) expr(r.value());
            else loadConst(dev.weft.parse.ast.None.NONE);
            int saveDepth = depth;
            List<int[]> savedHandlers = new ArrayList<>(handlerStack);
            int savedHandler = handler, savedHandlerDepth = handlerDepth;
            for (int i = blocks.size() - 1; i >= 0; i--) unwind(blocks.get(i), true, i);
            emit(Op.RETURN_VALUE);
            // code after the return is dead; restore the compile-time state for it
            handlerStack.clear();
            handlerStack.addAll(savedHandlers);
            handler = savedHandler;
            handlerDepth = savedHandlerDepth;
            depth = saveDepth - 1;
        }

        void assertStmt(Stmt.Assert a) {
            int ok = newLabel();
            jumpIf(a.test(), true, ok);
            at(a);
            if (a.msg() != null) {
                emit(Op.PUSH_NULL);
                emit(Op.LOAD_ASSERTION_ERROR);
                expr(a.msg());
                emit(Op.CALL, 1);
            } else {
                emit(Op.LOAD_ASSERTION_ERROR);
            }
            emit(Op.RAISE_VARARGS, 1);
            bind(ok);
        }

        void tryStmt(Stmt.Try t) {
            if (t.finalbody().isEmpty()) {
                tryExcept(t);
                return;
            }
            int handlerLabel = newLabel(), end = newLabel();
            pushHandler(handlerLabel, depth);
            blocks.add(new Block(BlockKind.TRY_FINALLY, -1, -1, t.finalbody(), null));
            if (t.handlers().isEmpty()) body(t.body());
            else tryExcept(t);
            blocks.remove(blocks.size() - 1);
            popHandler();
            body(t.finalbody());
            emit(Op.JUMP_FORWARD, end);
            // exceptional path: [exc] → run the finally body with exc as the handled exception
            bind(handlerLabel);
            int cleanup = newLabel();
            emit(Op.PUSH_EXC_INFO);
            pushHandler(cleanup, depth - 1);
            body(t.finalbody());
            emit(Op.RERAISE);
            popHandler();
            bind(cleanup);
            emit(Op.SWAP, 2);
            emit(Op.POP_EXCEPT);
            emit(Op.RERAISE);
            bind(end);
        }

        void tryExcept(Stmt.Try t) {
            int handlerLabel = newLabel(), end = newLabel(), orelse = newLabel();
            int base = depth;
            pushHandler(handlerLabel, base);
            body(t.body());
            popHandler();
            emit(Op.JUMP_FORWARD, orelse);
            // [exc] → [prev exc]
            bind(handlerLabel);
            emit(Op.PUSH_EXC_INFO);
            int cleanup = newLabel();
            pushHandler(cleanup, base + 1);
            for (ExceptHandler h : t.handlers()) {
                at(h);
                int next = newLabel();
                if (h.type() != null) {
                    expr(h.type());
                    emit(Op.CHECK_EXC_MATCH);
                    emit(Op.POP_JUMP_IF_FALSE, next);
                }
                if (h.name() != null) {
                    nameOp(h.name(), ExprContext.Store);
                    int nameCleanup = newLabel();
                    pushHandler(nameCleanup, base + 1);
                    blocks.add(new Block(BlockKind.EXCEPT_HANDLER, -1, -1, null, h.name()));
                    body(h.body());
                    blocks.remove(blocks.size() - 1);
                    popHandler();
                    loadConst(dev.weft.parse.ast.None.NONE);
                    nameOp(h.name(), ExprContext.Store);
                    nameOp(h.name(), ExprContext.Del);
                    popHandler(); // the cleanup handler ends with POP_EXCEPT
                    emit(Op.POP_EXCEPT);
                    emit(Op.JUMP_FORWARD, end);
                    pushHandler(cleanup, base + 1);
                    // an exception inside the body: clear the name, then the cleanup re-raises
                    bind(nameCleanup);
                    loadConst(dev.weft.parse.ast.None.NONE);
                    nameOp(h.name(), ExprContext.Store);
                    nameOp(h.name(), ExprContext.Del);
                    emit(Op.RERAISE);
                } else {
                    emit(Op.POP_TOP);
                    blocks.add(new Block(BlockKind.HANDLER_CLEANUP, -1, -1, null, null));
                    body(h.body());
                    blocks.remove(blocks.size() - 1);
                    popHandler();
                    emit(Op.POP_EXCEPT);
                    emit(Op.JUMP_FORWARD, end);
                    pushHandler(cleanup, base + 1);
                    depth = base + 2; // what follows a bare except is dead, at the depth a clause starts with
                }
                bind(next);
            }
            // no clause matched: [prev exc]
            emit(Op.RERAISE);
            popHandler();
            bind(cleanup);
            emit(Op.SWAP, 2);
            emit(Op.POP_EXCEPT);
            emit(Op.RERAISE);
            bind(orelse);
            body(t.orelse());
            bind(end);
        }

        void withStmt(List<WithItem> items, int i, List<Stmt> bodyStmts) {
            WithItem item = items.get(i);
            expr(item.contextExpr());
            emit(Op.BEFORE_WITH);
            int handlerLabel = newLabel(), end = newLabel();
            // [exit enter_result]
            int base = depth - 1;
            if (item.optionalVars() != null) store(item.optionalVars());
            else emit(Op.POP_TOP);
            pushHandler(handlerLabel, base);
            blocks.add(new Block(BlockKind.WITH, -1, -1, null, null));
            if (i + 1 < items.size()) withStmt(items, i + 1, bodyStmts);
            else body(bodyStmts);
            blocks.remove(blocks.size() - 1);
            popHandler();
            loadConst(dev.weft.parse.ast.None.NONE);
            loadConst(dev.weft.parse.ast.None.NONE);
            loadConst(dev.weft.parse.ast.None.NONE);
            emit(Op.CALL, 2);
            emit(Op.POP_TOP);
            emit(Op.JUMP_FORWARD, end);
            // [exit exc] → [exit prev exc]
            bind(handlerLabel);
            emit(Op.PUSH_EXC_INFO);
            int cleanup = newLabel(), suppress = newLabel();
            pushHandler(cleanup, base + 1);
            emit(Op.WITH_EXCEPT_START);
            emit(Op.POP_JUMP_IF_TRUE, suppress);
            emit(Op.RERAISE);
            bind(suppress);
            emit(Op.POP_TOP);
            popHandler();
            emit(Op.POP_EXCEPT);
            emit(Op.POP_TOP);
            emit(Op.JUMP_FORWARD, end);
            // [exit prev exc2]
            bind(cleanup);
            emit(Op.SWAP, 2);
            emit(Op.POP_EXCEPT);
            emit(Op.SWAP, 2);
            emit(Op.POP_TOP);
            emit(Op.RERAISE);
            bind(end);
        }

        void importStmt(Stmt.Import s) {
            for (Alias a : s.names()) {
                at(a);
                loadConst(0L);
                loadConst(dev.weft.parse.ast.None.NONE);
                emit(Op.IMPORT_NAME, name(a.name()));
                if (a.asname() != null) {
                    String[] parts = a.name().split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        emit(Op.IMPORT_FROM, name(parts[i]));
                        emit(Op.SWAP, 2);
                        emit(Op.POP_TOP);
                    }
                    nameOp(a.asname(), ExprContext.Store);
                } else {
                    String top = a.name().split("\\.")[0];
                    nameOp(top, ExprContext.Store);
                }
            }
        }

        void importFrom(Stmt.ImportFrom s) {
            loadConst((long) s.level());
            List<Object> fromlist = new ArrayList<>();
            for (Alias a : s.names()) fromlist.add(a.name());
            loadConst(new ConstTuple(fromlist));
            emit(Op.IMPORT_NAME, name(s.module() == null ? "" : s.module()));
            if (s.names().size() == 1 && s.names().get(0).name().equals("*")) {
                emit(Op.IMPORT_STAR);
                return;
            }
            for (Alias a : s.names()) {
                at(a);
                emit(Op.IMPORT_FROM, name(a.name()));
                nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
            }
            emit(Op.POP_TOP);
        }

        // functions and classes -------------------------------------------------------------

        void functionDef(Stmt def, String fname, Arguments args, List<Stmt> fbody, List<Expr> decorators, boolean async) {
            for (Expr d : decorators) expr(d);
            at(def);
            ScopeInfo inner = scope.child(def);
            String innerQual = qualify(fname);
            Unit u = new Unit(fname, innerQual, inner, def.lineno(), async ? AsyncCompiler.flags(inner) : 0);
            u.body(fbody);
            u.loadConst(dev.weft.parse.ast.None.NONE);
            u.emit(Op.RETURN_VALUE);
            Code code = u.build(args.posonlyargs().size() + args.args().size(), args.posonlyargs().size(), args.kwonlyargs().size());
            code.doc = docstring(fbody);
            makeFunction(code, args, inner, fnFlags(args));
            for (int i = 0; i < decorators.size(); i++) emit(Op.CALL, 0);
            nameOp(fname, ExprContext.Store);
        }

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

        /** Whether a class body annotates a name (and so starts with an empty __annotations__). */
        private static boolean hasAnnotations(List<Stmt> body) {
            for (Stmt s : body) {
                if (s instanceof Stmt.AnnAssign a && a.simple() == 1) return true;
                if (s instanceof Stmt.If i && (hasAnnotations(i.body()) || hasAnnotations(i.orelse()))) return true;
            }
            return false;
        }

        void classDef(Stmt.ClassDef c) {
            for (Expr d : c.decoratorList()) expr(d);
            at(c);
            ScopeInfo inner = scope.child(c);
            String innerQual = qualify(c.name());
            Unit u = new Unit(c.name(), innerQual, inner, c.lineno(), Code.NAMESPACE);
            u.emit(Op.LOAD_NAME, u.name("__name__"));
            u.emit(Op.STORE_NAME, u.name("__module__"));
            u.loadConst(innerQual);
            u.emit(Op.STORE_NAME, u.name("__qualname__"));
            String doc = docstring(c.body());
            if (doc != null) {
                u.loadConst(doc);
                u.emit(Op.STORE_NAME, u.name("__doc__"));
            }
            if (hasAnnotations(c.body())) {
                u.emit(Op.BUILD_MAP, 0);
                u.emit(Op.STORE_NAME, u.name("__annotations__"));
            }
            u.body(c.body());
            if (inner.cellNames().contains("__class__")) {
                u.emit(Op.LOAD_CLOSURE, u.cellIndex("__class__"));
            } else {
                u.loadConst(dev.weft.parse.ast.None.NONE);
            }
            u.emit(Op.RETURN_VALUE);
            Code code = u.build(0, 0, 0);
            emit(Op.PUSH_NULL);
            emit(Op.LOAD_BUILD_CLASS);
            makeFunction(code, null, inner, 0);
            loadConst(c.name());
            callArgs(c.bases(), c.keywords(), 2);
            for (int i = 0; i < c.decoratorList().size(); i++) emit(Op.CALL, 0);
            nameOp(c.name(), ExprContext.Store);
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
                    Unit u = new Unit("<lambda>", qualify("<lambda>"), inner, l.lineno(), 0);
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
            Unit u = new Unit(n, qualify(n), inner, node.lineno(), AsyncCompiler.comprehensionFlags(inner));
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

    /** The docstring of a body: its first statement when that is a string literal. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private PySyntaxError syntaxError(Located node, String message) {
        return new PySyntaxError("SyntaxError", message, filename, node.lineno(), node.colOffset() + 1, null,
                node.endLineno(), node.endColOffset() + 1);
    }

    private PySyntaxError unsupported(Located node, String message) {
        return new PySyntaxError("SyntaxError", message + " in weft", filename, node.lineno(), node.colOffset() + 1, null,
                node.endLineno(), node.endColOffset() + 1);
    }

    /** A tuple constant: its items are constants. */
    public record ConstTuple(List<Object> items) {}

    /** A nested code object as a constant (never merged with another). */
    public record CodeConst(Code code) {}

}
