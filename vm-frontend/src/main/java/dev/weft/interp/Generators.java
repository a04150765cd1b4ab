package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;

/**
 * Generators: a GENERATOR object in the heap holds its state and a handle to its frame (a
 * Java object, see {@link Vm#handles}). A {@code for} loop resumes a generator inside the
 * interpreter loop (no Java recursion); {@code next()}, {@code send()}, {@code throw()} and
 * {@code close()} from built-in code resume it through a nested loop.
 */
final class Generators {
    private Generators() {}

    static long make(Interp in, Frame f, long fn) {
        Mem m = in.mem;
        long gen = m.alloc(TypeIds.GENERATOR, G_FIELDS);
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
        if (state == GEN_RUNNING) throw PyException.valueError("generator already executing");
        if (state == GEN_DONE) {
            if (throwIt != null) throw throwIt;
            in.lastReturn = NONE;
            return NULL;
        }
        if (state == GEN_NEW && value != NONE && throwIt == null) {
            throw PyException.typeError("can't send non-None value to a just-started generator");
        }
        Frame g = frameOf(in, gen);
        Frame caller = in.top;
        in.switchTo(g);
        g.back = caller;
        g.depth = caller == null ? 1 : caller.depth + 1;
        if (state == GEN_SUSPENDED && throwIt == null) g.slots[g.sp++] = value;
        m.put(gen, G_STATE, fromInt(GEN_RUNNING));
        long v = in.resumeNested(g, throwIt);
        if (in.returnedNotYielded) {
            in.returnedNotYielded = false;
            return NULL;
        }
        return v;
    }

    /** A generator resumed by FOR_ITER: its frame to run, or null when it has ended. */
    static Frame resumeInLoop(Interp in, long gen, Frame f) {
        int state = (int) toInt(in.mem.get(gen, G_STATE));
        if (state == GEN_DONE) return null;
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
        t.add("send", 2, 2, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long v = send(in, a[0], a[1], null);
            if (v == NULL) throw stopIteration(in);
            return v;
        });
        t.add("throw", 2, 4, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long e = a[1];
            if (n > 2 && a[2] != NONE) e = in.calls.call1(a[1], a[2]);
            PyException pe = in.exc.raise(e, NULL, false);
            long v = send(in, a[0], NONE, pe);
            if (v == NULL) throw stopIteration(in);
            return v;
        });
        t.add("close", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            int state = (int) toInt(in.mem.get(a[0], G_STATE));
            if (state == GEN_NEW) {
                in.mem.put(a[0], G_STATE, fromInt(GEN_DONE));
                return NONE;
            }
            if (state == GEN_DONE) return NONE;
            try {
                long v = send(in, a[0], NONE, PyException.of(ExcKind.GENERATOR_EXIT, ""));
                if (v != NULL) throw PyException.of(ExcKind.RUNTIME_ERROR, "generator ignored GeneratorExit");
            } catch (PyException e) {
                long obj = e.object();
                if (obj == NULL || !(in.exc.isInstance(obj, ExcKind.GENERATOR_EXIT) || in.exc.isInstance(obj, ExcKind.STOP_ITERATION))) throw e;
            }
            return NONE;
        });
        t.add("__iter__", 1, 1, (ctx, a, n, kw) -> a[0]);
    }

    static PyException stopIteration(Interp in) {
        long v = in.lastReturn;
        in.lastReturn = NONE;
        return v == NONE || v == NULL ? PyException.of(ExcKind.STOP_ITERATION, "") : PyException.withArg(ExcKind.STOP_ITERATION, v);
    }
}
