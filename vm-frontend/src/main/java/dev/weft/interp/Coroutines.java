package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;

/**
 * Coroutines and the await protocol. A coroutine is a generator underneath: the same heap
 * layout, frame handle and resumption ({@link Generators}), with its own type (no
 * {@code __next__}, an {@code __await__}) and messages. {@code await x} compiles to the
 * delegation of {@code yield from} ({@link dev.weft.compile.AsyncCompiler}), so this class
 * owns the instructions around it: GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR and
 * BEFORE_ASYNC_WITH, and the one step of delegation that YIELD_FROM takes ({@link #sendTo}),
 * which keeps the value a sub-iterator returns (StopIteration.value) whatever kind it is.
 *
 * <p>{@link #throwThrough} gives {@code throw()} and {@code close()} their delegation: an
 * exception thrown into a frame suspended in {@code yield from} or {@code await} goes to the
 * innermost awaitable first (which is how an event loop's cancellation reaches the
 * {@code try} around an {@code await} deep in a chain of coroutines).
 *
 * <pre>
 * COROUTINE_WRAPPER (immutable)  0 the coroutine
 * </pre>
 */
final class Coroutines {
    private Coroutines() {}

    static final int W_CORO = 0, W_FIELDS = 1;

    static void defineTypes(Vm vm) {
        TypeInfo object = vm.types[TypeIds.OBJECT];
        TypeInfo.Layout b = TypeInfo.Layout.BUILTIN;
        MethodTable coro = new MethodTable("coroutine");
        Generators.installResumption(coro);
        coro.add("__await__", 1, 1, (ctx, a, n, kw) -> {
            long w = ctx.mem.allocImmutable(TypeIds.COROUTINE_WRAPPER, W_FIELDS);
            ctx.mem.init(w, W_CORO, a[0]);
            return w;
        });
        vm.defineBuiltinType(TypeIds.COROUTINE, "coroutine", object, b, coro).subclassable = false;
        MethodTable wrapper = new MethodTable("coroutine_wrapper");
        wrapper.add("send", 2, 2, (ctx, a, n, kw) -> resumeOrStop((Interp) ctx.guest, ctx.mem.getImm(a[0], W_CORO), a[1], null));
        wrapper.add("__next__", 1, 1, (ctx, a, n, kw) -> resumeOrStop((Interp) ctx.guest, ctx.mem.getImm(a[0], W_CORO), NONE, null));
        wrapper.add("throw", 2, 4, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            return resumeOrStop(in, ctx.mem.getImm(a[0], W_CORO), NONE, thrown(in, a, n));
        });
        wrapper.add("close", 1, 1, (ctx, a, n, kw) -> Generators.close((Interp) ctx.guest, ctx.mem.getImm(a[0], W_CORO)));
        wrapper.add("__iter__", 1, 1, (ctx, a, n, kw) -> a[0]);
        vm.defineBuiltinType(TypeIds.COROUTINE_WRAPPER, "coroutine_wrapper", object, b, wrapper).subclassable = false;
        AsyncGenerators.defineTypes(vm, object);
    }

    /** The exception that {@code throw(type[, value[, tb]])} raises, made from its arguments. */
    static PyException thrown(Interp in, long[] a, int n) {
        long e = a[1];
        if (n > 2 && a[2] != NONE) {
            // throw(type, value): a value that is already an instance of type is raised as it is
            boolean instance = H.isType(a[1], TypeIds.TYPE) && in.vm.classes.isInstance(a[2], a[1]);
            e = instance ? a[2] : H.isTuple(a[2]) ? in.calls.callEx(a[1], a[2], NULL) : in.calls.call1(a[1], a[2]);
        }
        return in.exc.raise(e, NULL, false);
    }

    private static long resumeOrStop(Interp in, long coro, long value, PyException throwIt) {
        long v = Generators.send(in, coro, value, throwIt);
        if (v == NULL) throw Generators.stopIteration(in);
        return v;
    }

    // ------------------------------------------------------------------------------------
    // The instructions

    /** GET_AWAITABLE: what {@code await v} delegates to. */
    static long awaitable(Interp in, long v) {
        if (H.isType(v, TypeIds.COROUTINE)) return v;
        long await = in.attrs.lookupSpecial(v, "__await__");
        if (await == NULL) throw PyException.typeError("object " + in.typeName(v) + " can't be used in 'await' expression");
        long it = in.calls.call0(await);
        if (H.isType(it, TypeIds.COROUTINE)) throw PyException.typeError("__await__() returned a coroutine");
        if (!in.ops.isIterator(it)) throw PyException.typeError("__await__() returned non-iterator of type '" + in.typeName(it) + "'");
        return it;
    }

    /** GET_AITER: {@code v.__aiter__()} for {@code async for}. */
    static long aiter(Interp in, long v) {
        long meth = in.attrs.lookupSpecial(v, "__aiter__");
        if (meth == NULL) throw PyException.typeError("'async for' requires an object with __aiter__ method, got " + in.typeName(v));
        long it = in.calls.call0(meth);
        if (in.attrs.lookupSpecial(it, "__anext__") == NULL) {
            throw PyException.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + in.typeName(it));
        }
        return it;
    }

    /** GET_ANEXT: pushes the awaitable of {@code aiter.__anext__()}, aiter being the top of f's stack. */
    static void pushAnext(Interp in, Frame f) {
        long awaitable = anext(in, f.slots[f.sp - 1]);
        f.slots[f.sp++] = awaitable;
    }

    private static long anext(Interp in, long aiter) {
        if (H.isType(aiter, TypeIds.ASYNC_GENERATOR)) return AsyncGenerators.awaitable(in, aiter, AsyncGenerators.MODE_SEND, NONE);
        long meth = in.attrs.lookupSpecial(aiter, "__anext__");
        if (meth == NULL) throw PyException.typeError("'async for' requires an iterator with __anext__ method, got " + in.typeName(aiter));
        long r = in.calls.call0(meth);
        if (!H.isType(r, TypeIds.COROUTINE) && in.attrs.lookupSpecial(r, "__await__") == NULL) {
            throw PyException.typeError("'async for' received an invalid object from __anext__: " + in.typeName(r));
        }
        return awaitable(in, r);
    }

    /** END_ASYNC_FOR: [aiter exc] → [] when exc is StopAsyncIteration (the loop is over); else raises exc. */
    static void endAsyncFor(Interp in, Frame f) {
        long e = f.slots[--f.sp];
        f.slots[f.sp] = 0;
        if (!in.exc.isInstance(e, ExcKind.STOP_ASYNC_ITERATION)) throw in.exc.reraise(e);
        f.slots[--f.sp] = 0;
    }

    /** BEFORE_ASYNC_WITH: [mgr] → [bound __aexit__, mgr.__aenter__()]. */
    static void beforeAsyncWith(Interp in, Frame f) {
        long mgr = f.slots[f.sp - 1];
        long enter = in.attrs.lookupSpecial(mgr, "__aenter__");
        long exit = in.attrs.lookupSpecial(mgr, "__aexit__");
        if (enter == NULL || exit == NULL) {
            throw PyException.typeError("'" + in.typeName(mgr) + "' object does not support the asynchronous context manager protocol"
                    + (enter != NULL ? " (missed __aexit__ method)" : ""));
        }
        f.slots[f.sp - 1] = exit;
        f.slots[f.sp++] = in.calls.call0(enter);
    }

    // ------------------------------------------------------------------------------------
    // Delegation

    /**
     * One step of YIELD_FROM: sends {@code sent} into sub (next() for None); answers what sub
     * yields, or NULL when it ended, with its return value in {@link Interp#lastReturn}.
     */
    static long sendTo(Interp in, long sub, long sent) {
        if (H.isType(sub, TypeIds.GENERATOR) || H.isType(sub, TypeIds.COROUTINE)) return Generators.send(in, sub, sent, null);
        if (H.isType(sub, TypeIds.ASYNC_GEN_AWAITABLE)) return AsyncGenerators.step(in, sub, sent, null);
        if (H.isType(sub, TypeIds.COROUTINE_WRAPPER)) return Generators.send(in, in.mem.getImm(sub, W_CORO), sent, null);
        if (sent == NONE && !in.vm.typeInfo(sub).user) {
            // a built-in iterator returns no value: its plain next() will do
            long v = in.ops.next(sub);
            if (v == NULL) in.lastReturn = NONE;
            return v;
        }
        try {
            if (sent != NONE) return in.calls.callMethod(sub, "send", sent);
            long meth = in.attrs.lookupSpecial(sub, "__next__");
            if (meth == NULL) throw PyException.typeError("'" + in.typeName(sub) + "' object is not an iterator");
            return in.calls.call0(meth);
        } catch (PyException e) {
            return stopped(in, e);
        }
    }

    /** e is StopIteration: NULL, with its value in lastReturn; anything else is thrown on. */
    private static long stopped(Interp in, PyException e) {
        long obj = in.exc.materialize(e, in.top);
        if (!in.exc.isInstance(obj, ExcKind.STOP_ITERATION)) throw e;
        long args = in.mem.get(obj, E_ARGS);
        in.lastReturn = H.tupleSize(args) > 0 ? H.tupleGet(args, 0) : NONE;
        return NULL;
    }

    /**
     * {@code throwIt} thrown into gen, suspended (frame g) in YIELD_FROM: the sub-iterator gets
     * it first (or, for GeneratorExit, is closed first); if the sub-iterator yields, gen stays
     * suspended and yields that; if it returns, gen goes on with the value; if it raises, gen
     * gets that exception where it waits.
     */
    static long throwThrough(Interp in, long gen, Frame g, PyException throwIt) {
        Mem m = in.mem;
        long sub = g.slots[g.sp - 1];
        PyException raiseInGen = null;
        long v = NULL;
        m.put(gen, G_STATE, fromInt(GEN_RUNNING));
        try {
            if (is(in, throwIt, ExcKind.GENERATOR_EXIT)) {
                closeIter(in, sub);
                raiseInGen = throwIt;
            } else {
                v = throwInto(in, sub, throwIt);
            }
        } catch (PyException e) {
            raiseInGen = e;
        }
        m.put(gen, G_STATE, fromInt(GEN_SUSPENDED));
        if (raiseInGen != null) return Generators.resume(in, gen, g, false, NONE, raiseInGen);
        if (v != NULL) return v;
        in.checkpoint(g);
        g.slots[g.sp - 1] = in.lastReturn;
        g.pc++;
        return Generators.resume(in, gen, g, false, NONE, null);
    }

    private static long throwInto(Interp in, long sub, PyException e) {
        if (H.isType(sub, TypeIds.GENERATOR) || H.isType(sub, TypeIds.COROUTINE)) return Generators.send(in, sub, NONE, e);
        if (H.isType(sub, TypeIds.ASYNC_GEN_AWAITABLE)) return AsyncGenerators.step(in, sub, NONE, e);
        if (H.isType(sub, TypeIds.COROUTINE_WRAPPER)) return Generators.send(in, in.mem.getImm(sub, W_CORO), NONE, e);
        long meth = in.attrs.lookupSpecial(sub, "throw");
        if (meth == NULL) throw e;
        long obj = in.exc.materialize(e, in.top);
        try {
            return in.calls.call1(meth, obj);
        } catch (PyException x) {
            return stopped(in, x);
        }
    }

    private static void closeIter(Interp in, long sub) {
        if (H.isType(sub, TypeIds.GENERATOR) || H.isType(sub, TypeIds.COROUTINE)) {
            Generators.close(in, sub);
        } else if (H.isType(sub, TypeIds.COROUTINE_WRAPPER)) {
            Generators.close(in, in.mem.getImm(sub, W_CORO));
        } else {
            long meth = in.attrs.lookupSpecial(sub, "close");
            if (meth != NULL) in.calls.call0(meth);
        }
    }

    /** {@code code.co_flags} with CPython's bits (optimized, newlocals, varargs, varkeywords, generator, coroutine, async generator). */
    static int coFlags(dev.weft.compile.Code c) {
        int flags = (c.flags & dev.weft.compile.Code.NAMESPACE) != 0 ? 0 : 3;
        if ((c.flags & dev.weft.compile.Code.VARARGS) != 0) flags |= 0x4;
        if ((c.flags & dev.weft.compile.Code.VARKEYWORDS) != 0) flags |= 0x8;
        if ((c.flags & dev.weft.compile.Code.ASYNC_GENERATOR) != 0) return flags | 0x200;
        if (c.isCoroutine()) return flags | 0x80;
        return c.isGenerator() ? flags | 0x20 : flags;
    }

    /** Whether e is an instance of kind (made into an object if it is not one yet). */
    static boolean is(Interp in, PyException e, ExcKind kind) {
        if (e.object() == NULL && e.kind != null) return in.vm.classes.isSubtype(in.vm.types[e.kind.typeId()], in.vm.types[kind.typeId()]);
        return in.exc.isInstance(in.exc.materialize(e, in.top), kind);
    }
}
