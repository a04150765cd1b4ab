package dev.weft.compile;

import dev.weft.parse.PySyntaxError;
import dev.weft.parse.ast.Alias;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.ExceptHandler;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.Module;
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
 * when it was emitted, which becomes the code's handler table). {@link ExpressionCompiler}
 * compiles the expressions of a code object, and {@link Unit} here its statements.
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

    /** Code for {@code eval()}: the module's one expression statement, its value returned. */
    public static Code compileExpression(Module module, String filename, ScopeInfo scope) {
        Compiler c = new Compiler(filename);
        Unit u = c.new Unit("<module>", "<module>", scope, 1, Code.NAMESPACE);
        u.expr(((dev.weft.parse.ast.Stmt.Expr) module.body().get(0)).value());
        u.emit(Op.RETURN_VALUE, 0);
        return u.build(0, 0, 0);
    }

    // ------------------------------------------------------------------------------------
    // One code object being built

    /** What a break, continue or return must undo when it leaves a block. */
    enum BlockKind { LOOP_FOR, LOOP_WHILE, TRY_FINALLY, EXCEPT_HANDLER, WITH, ASYNC_WITH, HANDLER_CLEANUP }

    record Block(BlockKind kind, int continueLabel, int breakLabel, List<Stmt> finalBody, String name) {}

    /** One code object being built: the statements, functions and classes in it. */
    final class Unit extends ExpressionCompiler {
        final List<Block> blocks = new ArrayList<>();

        Unit(String name, String qualname, ScopeInfo scope, int firstLine, int flags) {
            super(name, qualname, Compiler.this.filename, firstLine, flags | (scope.isGenerator() ? Code.GENERATOR : 0), scope);
        }

        @Override
        Unit newUnit(String name, String qualname, ScopeInfo scope, int firstLine, int flags) {
            return new Unit(name, qualname, scope, firstLine, flags);
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
    }

    /** The docstring of a body: its first statement when that is a string literal. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
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