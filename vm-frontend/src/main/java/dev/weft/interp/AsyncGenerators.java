package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;

/**
 * Async generators: an {@code async def} with {@code yield}. Its frame yields two kinds of
 * values through the one generator mechanism: what its {@code await}s pass up to the event
 * loop, and its own {@code yield}s, which the compiler marks (ASYNC_GEN_WRAP puts the value
 * in a one-word STORAGE box, which no guest code ever sees). The awaitable that
 * {@code __anext__}, {@code asend}, {@code athrow} and {@code aclose} answer drives the frame
 * and sorts the two: a marked value ends the awaitable (StopIteration carries it out), any
 * other value is passed up, and the end of the generator is StopAsyncIteration.
 *
 * <pre>
 * ASYNC_GEN_AWAITABLE (mutable)  0 the async generator  1 mode (int: 0 asend, 1 athrow, 2 aclose)
 *                                2 state (int: 0 not started, 1 running, 2 done)  3 the value to send or the exception to throw
 * </pre>
 *
 * Worked example: {@code await agen.asend(5)} makes an awaitable (agen, 0, 0, 5); the first
 * {@code send(None)} that await makes sends 5 into agen; if agen then runs {@code yield 7},
 * the frame yields the box of 7 and the awaitable raises StopIteration(7), the value of the
 * await.
 */
final class AsyncGenerators {
    private AsyncGenerators() {}

    static final int AW_GEN = 0, AW_MODE = 1, AW_STATE = 2, AW_ARG = 3, AW_FIELDS = 4;
    static final int MODE_SEND = 0, MODE_THROW = 1, MODE_CLOSE = 2;
    private static final int AW_INIT = 0, AW_RUNNING = 1, AW_DONE = 2;

    static void defineTypes(Vm vm, TypeInfo object) {
        TypeInfo.Layout b = TypeInfo.Layout.BUILTIN;
        MethodTable agen = new MethodTable("async_generator");
        agen.add("__aiter__", 1, 1, (ctx, a, n, kw) -> a[0]);
        agen.add("__anext__", 1, 1, (ctx, a, n, kw) -> awaitable((Interp) ctx.guest, a[0], MODE_SEND, NONE));
        agen.add("asend", 2, 2, (ctx, a, n, kw) -> awaitable((Interp) ctx.guest, a[0], MODE_SEND, a[1]));
        agen.add("athrow", 2, 4, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long e = a[1];
            if (n > 2 && a[2] != NONE) e = in.calls.call1(a[1], a[2]);
            return awaitable(in, a[0], MODE_THROW, e);
        });
        agen.add("aclose", 1, 1, (ctx, a, n, kw) -> awaitable((Interp) ctx.guest, a[0], MODE_CLOSE, NONE));
        vm.defineBuiltinType(TypeIds.ASYNC_GENERATOR, "async_generator", object, b, agen).subclassable = false;
        MethodTable aw = new MethodTable("async_generator_asend");
        aw.add("send", 2, 2, (ctx, a, n, kw) -> valueOrStop((Interp) ctx.guest, step((Interp) ctx.guest, a[0], a[1], null)));
        aw.add("__next__", 1, 1, (ctx, a, n, kw) -> valueOrStop((Interp) ctx.guest, step((Interp) ctx.guest, a[0], NONE, null)));
        aw.add("throw", 2, 4, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            return valueOrStop(in, step(in, a[0], NONE, Coroutines.thrown(in, a, n)));
        });
        aw.add("close", 1, 1, (ctx, a, n, kw) -> {
            ctx.mem.put(a[0], AW_STATE, fromInt(AW_DONE));
            return NONE;
        });
        aw.add("__await__", 1, 1, (ctx, a, n, kw) -> a[0]);
        aw.add("__iter__", 1, 1, (ctx, a, n, kw) -> a[0]);
        vm.defineBuiltinType(TypeIds.ASYNC_GEN_AWAITABLE, "async_generator_asend", object, b, aw).subclassable = false;
    }

    static long awaitable(Interp in, long agen, int mode, long arg) {
        Mem m = in.mem;
        long aw = m.alloc(TypeIds.ASYNC_GEN_AWAITABLE, AW_FIELDS);
        m.init(aw, AW_GEN, agen);
        m.init(aw, AW_MODE, fromInt(mode));
        m.init(aw, AW_STATE, fromInt(AW_INIT));
        m.init(aw, AW_ARG, arg);
        return aw;
    }

    /** ASYNC_GEN_WRAP: the box that marks v as the async generator's own yield. */
    static long wrap(Interp in, long v) {
        long box = in.mem.alloc(TypeIds.STORAGE, 1);
        in.mem.init(box, 0, v);
        return box;
    }

    private static long valueOrStop(Interp in, long v) {
        if (v == NULL) throw Generators.stopIteration(in);
        return v;
    }

    /**
     * Drives the awaitable one step: answers what the generator's awaits pass up, or NULL when
     * the awaitable is over, its result in {@link Interp#lastReturn}.
     */
    static long step(Interp in, long aw, long sent, PyException throwIt) {
        Mem m = in.mem;
        long agen = m.get(aw, AW_GEN);
        int mode = (int) toInt(m.get(aw, AW_MODE));
        int state = (int) toInt(m.get(aw, AW_STATE));
        if (state == AW_DONE) {
            throw PyException.of(ExcKind.RUNTIME_ERROR,
                    mode == MODE_SEND ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
        }
        long value = sent;
        PyException toThrow = throwIt;
        if (state == AW_INIT) {
            m.put(aw, AW_STATE, fromInt(AW_RUNNING));
            if (mode == MODE_SEND && sent == NONE) value = m.get(aw, AW_ARG);
            if (mode == MODE_THROW && throwIt == null) toThrow = in.exc.raise(m.get(aw, AW_ARG), NULL, false);
            if (mode == MODE_CLOSE && throwIt == null) toThrow = PyException.of(ExcKind.GENERATOR_EXIT, "");
            if (toThrow != null) value = NONE;
        }
        long r;
        try {
            r = Generators.send(in, agen, value, toThrow);
        } catch (PyException e) {
            m.put(aw, AW_STATE, fromInt(AW_DONE));
            if (mode == MODE_CLOSE && (Coroutines.is(in, e, ExcKind.STOP_ASYNC_ITERATION) || Coroutines.is(in, e, ExcKind.GENERATOR_EXIT))) {
                in.lastReturn = NONE;
                return NULL;
            }
            throw e;
        }
        if (r == NULL) {
            m.put(aw, AW_STATE, fromInt(AW_DONE));
            in.lastReturn = NONE;
            if (mode == MODE_CLOSE) return NULL;
            throw PyException.of(ExcKind.STOP_ASYNC_ITERATION, "");
        }
        if (H.isType(r, TypeIds.STORAGE)) {
            m.put(aw, AW_STATE, fromInt(AW_DONE));
            if (mode == MODE_CLOSE) throw PyException.of(ExcKind.RUNTIME_ERROR, "async generator ignored GeneratorExit");
            in.lastReturn = m.get(r, 0);
            return NULL;
        }
        return r;
    }
}
