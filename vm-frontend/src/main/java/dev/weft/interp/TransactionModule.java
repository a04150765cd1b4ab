package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;

/**
 * The {@code _transaction} module, the primitives under {@code transaction.py} (PyPy-STM's
 * API): atomic blocks, and what a program may ask of the transactions it runs in.
 *
 * <ul>
 *   <li>{@code atomic_enter()}, {@code atomic_exit()}: nest an atomic block. While this thread
 *       is in one, its transaction does not break (not at the budget, not at a call that
 *       would wait), so the block runs as one transaction: no other thread sees a state from
 *       its middle, as if the block ran with every other thread stopped. Under {@code --tm=gil}
 *       that is what holding the global lock for the whole block gives.
 *   <li>{@code is_atomic()}: the nesting depth (0 outside).
 *   <li>{@code hint_commit_soon()}: ends the running transaction at the next back edge or call
 *       (outside atomic blocks).
 *   <li>{@code getsegmentlimit()}: how many threads can run at the same time: the cores (1
 *       under {@code --tm=gil}).
 *   <li>{@code time()}, {@code clock()}: wall-clock and monotonic seconds that, unlike
 *       {@code time.time()}, do not make the transaction inevitable.
 * </ul>
 */
final class TransactionModule {
    private TransactionModule() {}

    static long make(Vm vm) {
        return StdModules.make(vm, "_transaction", b -> {
            b.fn("atomic_enter", 0, 0, false, (ctx, a, n, kw) -> {
                ((Interp) ctx.guest).atomicDepth++;
                return NONE;
            });
            b.fn("atomic_exit", 0, 0, false, (ctx, a, n, kw) -> {
                Interp in = (Interp) ctx.guest;
                if (in.atomicDepth == 0) throw PyException.of(ExcKind.RUNTIME_ERROR, "not in an atomic block");
                in.atomicDepth--;
                return NONE;
            });
            b.fn("is_atomic", 0, 0, false, (ctx, a, n, kw) -> fromInt(((Interp) ctx.guest).atomicDepth));
            b.fn("hint_commit_soon", 0, 0, false, (ctx, a, n, kw) -> {
                ((Interp) ctx.guest).breakSoon();
                return NONE;
            });
            b.fn("getsegmentlimit", 0, 0, false, (ctx, a, n, kw) -> fromInt(vm.gil ? 1 : Runtime.getRuntime().availableProcessors()));
            b.fn("time", 0, 0, false, (ctx, a, n, kw) -> fromDouble(System.currentTimeMillis() / 1e3));
            b.fn("clock", 0, 0, false, (ctx, a, n, kw) -> fromDouble(System.nanoTime() / 1e9));
        });
    }
}
