package dev.weft.compile;

import dev.weft.parse.ast.None;
import dev.weft.parse.ast.Stmt;
import dev.weft.parse.ast.WithItem;
import java.util.List;

/**
 * How the compiler lowers {@code await}, {@code async for} and {@code async with}, in the
 * shape CPython 3.11 gives them, so that {@link Compiler} keeps one line per construct.
 *
 * <p>An {@code async def} compiles to generator code with {@link Code#COROUTINE} set: calling
 * it makes a coroutine object, and {@code await x} is {@code GET_AWAITABLE; LOAD_CONST None;
 * YIELD_FROM}, the same delegation as {@code yield from}, so a chain of awaits suspends and
 * resumes like a chain of generators, and the event loop sees only what the innermost
 * awaitable yields. {@code async for} calls {@code __anext__} and awaits it under an exception
 * handler whose {@code END_ASYNC_FOR} turns StopAsyncIteration into the loop's exit; {@code
 * async with} is {@code with} whose enter and exit calls are awaited.
 */
final class AsyncCompiler {
    private AsyncCompiler() {}

    /** Code flags of an {@code async def}: a coroutine, or an async generator when it yields. */
    static int flags(ScopeInfo inner) {
        return Code.COROUTINE | Code.GENERATOR | (inner.isGenerator() ? Code.ASYNC_GENERATOR : 0);
    }

    /**
     * Code flags of a comprehension: one that awaits or iterates asynchronously is a coroutine
     * (called and awaited at once), or, for a generator expression, an async generator.
     */
    static int comprehensionFlags(ScopeInfo inner) {
        return inner.isCoroutine() ? flags(inner) : 0;
    }

    /** The value on top of the stack → the result of awaiting it. */
    static void await(ExpressionCompiler u) {
        u.emit(Op.GET_AWAITABLE);
        u.loadConst(None.NONE);
        u.emit(Op.YIELD_FROM);
    }

    static void asyncFor(Compiler.Unit u, Stmt.AsyncFor f) {
        int head = u.newLabel(), exit = u.newLabel(), end = u.newLabel();
        u.expr(f.iter());
        u.at(f);
        u.emit(Op.GET_AITER);
        u.bind(head);
        u.emit(Op.LOOP_HEADER, u.loops++);
        nextItem(u, exit);
        u.store(f.target());
        u.blocks.add(new Compiler.Block(Compiler.BlockKind.LOOP_FOR, head, end, null, null));
        u.body(f.body());
        u.blocks.remove(u.blocks.size() - 1);
        u.emit(Op.JUMP_BACKWARD, head);
        u.bind(exit);
        u.emit(Op.END_ASYNC_FOR);
        u.body(f.orelse());
        u.bind(end);
    }

    /**
     * [aiter] → [aiter item]: awaits aiter.__anext__(); StopAsyncIteration (or any exception)
     * goes to {@code exit} with [aiter exc], where END_ASYNC_FOR sorts them out.
     */
    static void nextItem(ExpressionCompiler u, int exit) {
        u.pushHandler(exit, u.depth);
        u.emit(Op.GET_ANEXT);
        u.loadConst(None.NONE);
        u.emit(Op.YIELD_FROM);
        u.popHandler();
    }

    static void asyncWith(Compiler.Unit u, List<WithItem> items, int i, List<Stmt> bodyStmts) {
        WithItem item = items.get(i);
        u.expr(item.contextExpr());
        u.emit(Op.BEFORE_ASYNC_WITH);
        await(u);
        int handlerLabel = u.newLabel(), end = u.newLabel();
        // [aexit entered]
        int base = u.depth - 1;
        if (item.optionalVars() != null) u.store(item.optionalVars());
        else u.emit(Op.POP_TOP);
        u.pushHandler(handlerLabel, base);
        u.blocks.add(new Compiler.Block(Compiler.BlockKind.ASYNC_WITH, -1, -1, null, null));
        if (i + 1 < items.size()) asyncWith(u, items, i + 1, bodyStmts);
        else u.body(bodyStmts);
        u.blocks.remove(u.blocks.size() - 1);
        u.popHandler();
        u.loadConst(None.NONE);
        u.loadConst(None.NONE);
        u.loadConst(None.NONE);
        u.emit(Op.CALL, 2);
        await(u);
        u.emit(Op.POP_TOP);
        u.emit(Op.JUMP_FORWARD, end);
        // [aexit exc] → [aexit prev exc]
        u.bind(handlerLabel);
        u.emit(Op.PUSH_EXC_INFO);
        int cleanup = u.newLabel(), suppress = u.newLabel();
        u.pushHandler(cleanup, base + 1);
        u.emit(Op.WITH_EXCEPT_START);
        await(u);
        u.emit(Op.POP_JUMP_IF_TRUE, suppress);
        u.emit(Op.RERAISE);
        u.bind(suppress);
        u.emit(Op.POP_TOP);
        u.popHandler();
        u.emit(Op.POP_EXCEPT);
        u.emit(Op.POP_TOP);
        u.emit(Op.JUMP_FORWARD, end);
        // [aexit prev exc2]
        u.bind(cleanup);
        u.emit(Op.SWAP, 2);
        u.emit(Op.POP_EXCEPT);
        u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
        u.emit(Op.RERAISE);
        u.bind(end);
    }
}
