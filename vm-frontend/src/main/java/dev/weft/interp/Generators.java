package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.compile.Op;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;

/**
 * Generators: a GENERATOR object in the heap holds its state and a handle to its frame (a
 * Java object, see {@link Vm#handles}). A {@code for} loop resumes a generator inside the
 * interpreter loop (no Java recursion); {@code next()}, {@code send()}, {@code throw()} and
 * {@code close()} from built-in code resume it through a nested loop. Coroutines and async
 * generators are generators underneath (same layout, frame and resumption, their own types;
 * see {@link Coroutines}); a {@code throw()} into a frame waiting in {@code yield from} or
 * {@code await} goes to the innermost iterator first ({@link Coroutines#throwThrough}).
 */
final class Generators {
    private Generators() {}

    static long make(Interp in, Frame f, long fn) {
        Mem m = in.mem;
        int type = !f.code.isCoroutine() ? TypeIds.GENERATOR
                : (f.code.flags & Code.ASYNC_GENERATOR) != 0 ? TypeIds.ASYNC_GENERATOR : TypeIds.COROUTINE;
        long gen = m.alloc(type, G_FIELDS);
        int handle = in.vm.newHandle(f, gen);
        f.generator = gen;
        m.init(gen, G_FRAME, fromInt(handle));
        m.init(gen, G_STATE, fromInt(GEN_NEW));
        m.init(gen, G_NAME, m.get(fn, FN_NAME));
        m.init(gen, G_QUALNAME, m.get(fn, FN_QUALNAME));
        return gen;
    }

    static Frame frameOf(Interp in, long gen) {
        return (Frame) in.vm.handle((int) toInt(in.mem.get(gen, G_FRAME)));
    }

    /**
     * Resumes gen with {@code value} sent in (or {@code throwIt} raised in it): answers the next
     * yielded value, or NULL when the generator returned (its value in {@link Interp#lastReturn}).
     */
    static long send(Interp in, long gen, long value, PyException throwIt) {
        Mem m = in.mem;
        int state = (int) toInt(m.get(gen, G_STATE));
        if (state == GEN_RUNNING) throw PyException.valueError(kind(gen) + " already executing");
        if (state == GEN_DONE) {
            if (H.isType(gen, TypeIds.COROUTINE)) throw PyException.of(ExcKind.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            if (throwIt != null) throw throwIt;
            in.lastReturn = NONE;
            return NULL;
        }
        if (state == GEN_NEW && value != NONE && throwIt == null) {
            throw PyException.typeError("can't send non-None value to a just-started " + kind(gen));
        }
        Frame g = frameOf(in, gen);
        if (throwIt != null && state == GEN_SUSPENDED && Op.of(g.code.code[g.pc]) == Op.YIELD_FROM) {
            return Coroutines.throwThrough(in, gen, g, throwIt);
        }
        return resume(in, gen, g, state == GEN_SUSPENDED && throwIt == null, value, throwIt);
    }

    /** Runs g on from where it stopped, with value pushed first when {@code push}. */
    static long resume(Interp in, long gen, Frame g, boolean push, long value, PyException throwIt) {
        Frame caller = in.top;
        in.switchTo(g);
        g.back = caller;
        g.depth = caller == null ? 1 : caller.depth + 1;
        if (push) g.slots[g.sp++] = value;
        in.mem.put(gen, G_STATE, fromInt(GEN_RUNNING));
        long v = in.resumeNested(g, throwIt);
        if (in.returnedNotYielded) {
            in.returnedNotYielded = false;
            return NULL;
        }
        return v;
    }

    /** What the object is called in messages: generator, coroutine or async generator. */
    static String kind(long gen) {
        return H.isType(gen, TypeIds.COROUTINE) ? "coroutine" : H.isType(gen, TypeIds.ASYNC_GENERATOR) ? "async generator" : "generator";
    }

    /**
     * A generator resumed by FOR_ITER in frame f: its frame to run, or f with the generator
     * popped and f's pc at {@code end}, the loop's exit, when it has ended.
     */
    static Frame resumeInLoop(Interp in, long gen, Frame f, int end) {
        int state = (int) toInt(in.mem.get(gen, G_STATE));
        if (state == GEN_DONE) {
            f.slots[--f.sp] = 0;
            f.pc = end;
            return f;
        }
        if (state == GEN_RUNNING) throw PyException.valueError("generator already executing");
        Frame g = frameOf(in, gen);
        in.checkpoint(g);
        if (state == GEN_SUSPENDED) g.slots[g.sp++] = NONE;
        in.mem.put(gen, G_STATE, fromInt(GEN_RUNNING));
        g.back = f;
        g.depth = f.depth + 1;
        in.top = g;
        return g;
    }

    static void install(Vm vm, MethodTable t) {
        t.add("__next__", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long v = send(in, a[0], NONE, null);
            if (v == NULL) throw stopIteration(in);
            return v;
        });
        installResumption(t);
        t.add("__iter__", 1, 1, (ctx, a, n, kw) -> a[0]);
    }

    /** send, throw and close: what generators and coroutines share. */
    static void installResumption(MethodTable t) {
        t.add("send", 2, 2, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long v = send(in, a[0], a[1], null);
            if (v == NULL) throw stopIteration(in);
            return v;
        });
        t.add("throw", 2, 4, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long v = send(in, a[0], NONE, Coroutines.thrown(in, a, n));
            if (v == NULL) throw stopIteration(in);
            return v;
        });
        t.add("close", 1, 1, (ctx, a, n, kw) -> close((Interp) ctx.guest, a[0]));
    }

    /** gen.close(): raises GeneratorExit in gen where it waits (unless it has not started or has ended). */
    static long close(Interp in, long gen) {
        int state = (int) toInt(in.mem.get(gen, G_STATE));
        if (state == GEN_NEW) {
            in.mem.put(gen, G_STATE, fromInt(GEN_DONE));
            return NONE;
        }
        if (state == GEN_DONE) return NONE;
        try {
            long v = send(in, gen, NONE, PyException.of(ExcKind.GENERATOR_EXIT, ""));
            if (v != NULL) throw PyException.of(ExcKind.RUNTIME_ERROR, kind(gen) + " ignored GeneratorExit");
        } catch (PyException e) {
            if (!Coroutines.is(in, e, ExcKind.GENERATOR_EXIT) && !Coroutines.is(in, e, ExcKind.STOP_ITERATION)) throw e;
        }
        return NONE;
    }

    static PyException stopIteration(Interp in) {
        long v = in.lastReturn;
        in.lastReturn = NONE;
        return v == NONE || v == NULL ? PyException.of(ExcKind.STOP_ITERATION, "") : PyException.withArg(ExcKind.STOP_ITERATION, v);
    }
}
