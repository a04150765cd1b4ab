package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.dict.Dict;

/**
 * The {@code _thread} module, as CPython 3.11's: {@code start_new_thread}, the lock types,
 * thread idents; {@code threading}, {@code queue} and {@code concurrent.futures} are written in
 * Python on top of it. One extra: {@code _format_exception(exc)}, the text of an uncaught
 * exception's report, for {@code threading.excepthook} (weft has no {@code traceback} module);
 * and {@code _start_joinable_thread(fn, done)}, which starts {@code fn()} and releases the
 * held lock {@code done} once the thread has ended, however it ended (CPython's thread-state
 * lock plays this part): a join cannot wait forever for a thread that died in its last words.
 *
 * <p><b>Locks live on the heap.</b> A lock's state is a field of a heap object, read and
 * written in the running transaction like any other: taking a free lock and giving it back
 * within one transaction is just two writes, and two threads that do so at once conflict on
 * the lock like on any object, so one of them re-runs (the lock is elided, as far as the TM
 * can tell, safely). Only a lock that a committed transaction holds makes a thread wait: it
 * then parks outside any transaction ({@link Waiting#park}) until a release commits.
 *
 * <p>A {@code lock} holds 0 (free) or 1; an {@code RLock} holds its owner's ident (0: none) and
 * its count. Idents are the Java thread ids, small positive ints.
 */
final class ThreadModule {
    private ThreadModule() {}

    /** CPython's TIMEOUT_MAX on 64-bit Linux (seconds). */
    static final double TIMEOUT_MAX = 9223372036.0;

    static long make(Vm vm) {
        return StdModules.make(vm, "_thread", b -> {
            TypeInfo object = vm.types[TypeIds.OBJECT];
            TypeInfo lock = vm.defineBuiltinType(TypeIds.LOCK, "lock", object, TypeInfo.Layout.BUILTIN, lockMethods());
            lock.subclassable = false;
            TypeInfo rlock = vm.defineBuiltinType(TypeIds.RLOCK, "RLock", object, TypeInfo.Layout.BUILTIN, rlockMethods());
            rlock.subclassable = false;
            rlock.constructor = (ctx, a, n, kw) -> newRLock((Interp) ctx.guest);
            b.put("LockType", lock.typeObject);
            b.put("RLock", rlock.typeObject);
            b.put("error", vm.excType(ExcKind.RUNTIME_ERROR));
            b.put("TIMEOUT_MAX", fromDouble(TIMEOUT_MAX));
            b.fn("allocate_lock", 0, 0, false, (ctx, a, n, kw) -> newLock((Interp) ctx.guest));
            b.fn("allocate", 0, 0, false, (ctx, a, n, kw) -> newLock((Interp) ctx.guest));
            b.fn("get_ident", 0, 0, false, (ctx, a, n, kw) -> fromInt(ident()));
            b.fn("get_native_id", 0, 0, false, (ctx, a, n, kw) -> fromInt(ident()));
            b.fn("_count", 0, 0, false, (ctx, a, n, kw) -> fromInt(((Interp) ctx.guest).vm.threads.running()));
            b.fn("daemon_threads_allowed", 0, 0, false, (ctx, a, n, kw) -> TRUE);
            b.fn("start_new_thread", 2, 3, false, (ctx, a, n, kw) -> startNewThread((Interp) ctx.guest, a, n));
            b.fn("start_new", 2, 3, false, (ctx, a, n, kw) -> startNewThread((Interp) ctx.guest, a, n));
            b.fn("_start_joinable_thread", 2, 2, false, (ctx, a, n, kw) -> {
                Interp in = (Interp) ctx.guest;
                if (!Builtins.isCallable(in, a[0])) throw PyException.typeError("first arg must be callable");
                if (!H.isType(a[1], TypeIds.LOCK) || in.mem.get(a[1], 0) == fromInt(0)) {
                    throw PyException.typeError("2nd arg must be a locked lock");
                }
                return fromInt(in.vm.threads.start(in, a[0], in.vm.emptyTuple, NULL, a[1]));
            });
            b.fn("stack_size", 0, 1, false, (ctx, a, n, kw) -> stackSize((Interp) ctx.guest, n > 0 ? a[0] : NULL));
            b.fn("_format_exception", 1, 1, false, (ctx, a, n, kw) -> {
                Interp in = (Interp) ctx.guest;
                if (!in.exc.isInstance(a[0], ExcKind.BASE_EXCEPTION)) throw PyException.typeError("_format_exception() argument must be an exception");
                return in.str(in.exc.format(a[0]));
            });
        });
    }

    /** The calling thread's ident. */
    static long ident() {
        return Thread.currentThread().threadId();
    }

    private static long startNewThread(Interp in, long[] a, int n) {
        long fn = a[0];
        long args = a[1];
        long kwargs = n > 2 ? a[2] : NULL;
        if (!Builtins.isCallable(in, fn)) throw PyException.typeError("first arg must be callable");
        if (!H.isTuple(args)) throw PyException.typeError("2nd arg must be a tuple");
        if (kwargs != NULL && !Dict.isDict(kwargs)) throw PyException.typeError("optional 3rd arg must be a dictionary");
        return fromInt(in.vm.threads.start(in, fn, args, kwargs, NULL));
    }

    private static long stackSize(Interp in, long size) {
        long old = in.vm.threads.stackSize();
        if (size == NULL) return fromInt(0);
        long w = Numbers.index(in, size);
        if (!isSmallInt(w)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "size too large");
        long v = toInt(w);
        if (v != 0 && v < 32768) throw PyException.valueError("size not valid: " + v + " bytes");
        in.vm.threads.stackSize(v == 0 ? 256L << 20 : v);
        return fromInt(old == 256L << 20 ? 0 : old);
    }

    // ------------------------------------------------------------------------------------
    // lock

    private static long newLock(Interp in) {
        long l = in.mem.alloc(TypeIds.LOCK, 1);
        in.mem.init(l, 0, fromInt(0));
        return l;
    }

    private static MethodTable lockMethods() {
        MethodTable t = new MethodTable("lock");
        for (String name : new String[] {"acquire", "acquire_lock"}) {
            t.addWithKeywords(name, 1, 3, (ctx, a, n, kw) -> fromBool(acquire((Interp) ctx.guest, a[0], deadline((Interp) ctx.guest, a, n, kw))));
        }
        t.add("__enter__", 1, 1, (ctx, a, n, kw) -> fromBool(acquire((Interp) ctx.guest, a[0], Long.MAX_VALUE)));
        for (String name : new String[] {"release", "release_lock"}) {
            t.add(name, 1, 1, (ctx, a, n, kw) -> release((Interp) ctx.guest, a[0]));
        }
        t.add("__exit__", 1, 4, (ctx, a, n, kw) -> release((Interp) ctx.guest, a[0]));
        for (String name : new String[] {"locked", "locked_lock"}) {
            t.add(name, 1, 1, (ctx, a, n, kw) -> fromBool(((Interp) ctx.guest).mem.get(a[0], 0) != fromInt(0)));
        }
        t.add("_at_fork_reinit", 1, 1, (ctx, a, n, kw) -> {
            ((Interp) ctx.guest).mem.put(a[0], 0, fromInt(0));
            return NONE;
        });
        t.add("__repr__", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            boolean held = in.mem.get(a[0], 0) != fromInt(0);
            return in.str("<" + (held ? "locked" : "unlocked") + " _thread.lock object at 0x" + Long.toHexString(a[0]) + ">");
        });
        return t;
    }

    /**
     * The deadline of {@code acquire(blocking=True, timeout=-1)}: {@link Long#MAX_VALUE} for
     * none, 0 for a non-blocking try, else a {@link System#nanoTime} value.
     */
    static long deadline(Interp in, long[] a, int n, String[] kw) {
        long blockingW = n > 1 ? a[1] : TRUE;
        long timeoutW = n > 2 ? a[2] : fromInt(-1);
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "blocking" -> blockingW = a[n + k];
                case "timeout" -> timeoutW = a[n + k];
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for acquire()");
            }
        }
        boolean blocking = in.truthy(blockingW);
        double timeout = MathModule.real(in.ctx, timeoutW);
        if (!blocking && timeout != -1) throw PyException.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyException.valueError("timeout value must be a non-negative number");
        if (timeout > TIMEOUT_MAX) throw PyException.of(ExcKind.OVERFLOW_ERROR, "timeout value is too large");
        if (!blocking) return 0;
        if (timeout < 0) return Long.MAX_VALUE;
        return System.nanoTime() + (long) (timeout * 1e9);
    }

    /** Takes lock, waiting until {@code deadline} at most; answers whether it got it. */
    static boolean acquire(Interp in, long lock, long deadline) {
        for (;;) {
            if (in.mem.get(lock, 0) == fromInt(0)) {
                in.mem.put(lock, 0, fromInt(1));
                return true;
            }
            if (deadline == 0 || deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) return false;
            in.waiting.park(lock, deadline);
        }
    }

    private static long release(Interp in, long lock) {
        if (in.mem.get(lock, 0) == fromInt(0)) throw PyException.of(ExcKind.RUNTIME_ERROR, "release unlocked lock");
        in.mem.put(lock, 0, fromInt(0));
        in.waiting.wakeAfterCommit(lock);
        return NONE;
    }

    // ------------------------------------------------------------------------------------
    // RLock: owner ident (0 when free), count

    private static long newRLock(Interp in) {
        long l = in.mem.alloc(TypeIds.RLOCK, 2);
        in.mem.init(l, 0, fromInt(0));
        in.mem.init(l, 1, fromInt(0));
        return l;
    }

    private static MethodTable rlockMethods() {
        MethodTable t = new MethodTable("RLock");
        t.addWithKeywords("acquire", 1, 3, (ctx, a, n, kw) -> fromBool(rAcquire((Interp) ctx.guest, a[0], deadline((Interp) ctx.guest, a, n, kw))));
        t.add("__enter__", 1, 1, (ctx, a, n, kw) -> fromBool(rAcquire((Interp) ctx.guest, a[0], Long.MAX_VALUE)));
        t.add("release", 1, 1, (ctx, a, n, kw) -> rRelease((Interp) ctx.guest, a[0]));
        t.add("__exit__", 1, 4, (ctx, a, n, kw) -> rRelease((Interp) ctx.guest, a[0]));
        t.add("_is_owned", 1, 1, (ctx, a, n, kw) -> fromBool(((Interp) ctx.guest).mem.get(a[0], 0) == fromInt(ident())));
        t.add("_recursion_count", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            return in.mem.get(a[0], 0) == fromInt(ident()) ? in.mem.get(a[0], 1) : fromInt(0);
        });
        t.add("_release_save", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long count = in.mem.get(a[0], 1);
            if (count == fromInt(0)) throw PyException.of(ExcKind.RUNTIME_ERROR, "cannot release un-acquired lock");
            long state = H.tuple(in.mem, count, in.mem.get(a[0], 0));
            in.mem.put(a[0], 0, fromInt(0));
            in.mem.put(a[0], 1, fromInt(0));
            in.waiting.wakeAfterCommit(a[0]);
            return state;
        });
        t.add("_acquire_restore", 2, 2, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            if (!H.isTuple(a[1]) || H.tupleSize(a[1]) != 2) throw PyException.typeError("_acquire_restore() argument must be a (count, owner) tuple");
            long state = a[1];
            in.waiting.pin(state);
            try {
                rAcquire(in, a[0], Long.MAX_VALUE);
            } finally {
                in.waiting.unpin(1);
            }
            in.mem.put(a[0], 1, H.tupleGet(state, 0));
            in.mem.put(a[0], 0, H.tupleGet(state, 1));
            return NONE;
        });
        t.add("_at_fork_reinit", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            in.mem.put(a[0], 0, fromInt(0));
            in.mem.put(a[0], 1, fromInt(0));
            return NONE;
        });
        t.add("__repr__", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long owner = toInt(in.mem.get(a[0], 0));
            return in.str("<" + (owner != 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner + " count="
                    + toInt(in.mem.get(a[0], 1)) + " at 0x" + Long.toHexString(a[0]) + ">");
        });
        return t;
    }

    private static boolean rAcquire(Interp in, long lock, long deadline) {
        long me = fromInt(ident());
        for (;;) {
            long owner = in.mem.get(lock, 0);
            if (owner == me) {
                in.mem.put(lock, 1, fromInt(toInt(in.mem.get(lock, 1)) + 1));
                return true;
            }
            if (owner == fromInt(0)) {
                in.mem.put(lock, 0, me);
                in.mem.put(lock, 1, fromInt(1));
                return true;
            }
            if (deadline == 0 || deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) return false;
            in.waiting.park(lock, deadline);
        }
    }

    private static long rRelease(Interp in, long lock) {
        if (in.mem.get(lock, 0) != fromInt(ident())) throw PyException.of(ExcKind.RUNTIME_ERROR, "cannot release un-acquired lock");
        long count = toInt(in.mem.get(lock, 1)) - 1;
        in.mem.put(lock, 1, fromInt(count));
        if (count == 0) {
            in.mem.put(lock, 0, fromInt(0));
            in.waiting.wakeAfterCommit(lock);
        }
        return NONE;
    }
}
