package dev.weft.runtime.objects.iter;

import dev.weft.runtime.BuiltinCode;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.Mem;

/**
 * How the built-in methods of the container types take their arguments, with CPython 3.11's
 * exact complaints. CPython words an arity error by how the method is declared in C, so each
 * method here names its {@link Style}; the texts below were read off CPython itself (see
 * {@code ObjectsDifferentialTest}'s arity cases, which check them on every build).
 *
 * <pre>
 *   NOARGS   list.copy() takes no arguments (1 given)
 *   O        list.append() takes exactly one argument (0 given)
 *   POS      pop expected at most 1 argument, got 2      (positional-only Argument Clinic)
 *   VARARGS  find() takes at least 1 argument (0 given)  (PyArg_ParseTuple)
 *   KW       split() takes at most 2 arguments (3 given) (Argument Clinic with keywords)
 * </pre>
 *
 * All but KW refuse keywords with "list.pop() takes no keyword arguments". Counts below
 * exclude self. A KW method's body binds its parameters with {@link #bind}.
 */
public final class Args {
    private Args() {}

    public enum Style { NOARGS, O, POS, VARARGS, KW }

    /**
     * Registers {@code type.name} taking {@code min..max} arguments after self (max may be
     * {@link MethodTable#VARARGS}); the count and keyword checks run before {@code code}.
     */
    public static void def(MethodTable t, Style style, String name, int min, int max, BuiltinCode code) {
        String type = t.typeName();
        BuiltinCode checked = (ctx, args, argc, kw) -> {
            check(type, name, style, min, max, argc - 1, kw.length);
            return code.call(ctx, args, argc, kw);
        };
        int maxArgs = max == MethodTable.VARARGS ? max : max + 1;
        if (style == Style.KW) {
            t.addWithKeywords(name, min + 1, maxArgs, checked);
        } else {
            t.add(name, min + 1, maxArgs, checked);
        }
    }

    static void check(String type, String name, Style style, int min, int max, int n, int nkw) {
        if (style != Style.KW && nkw > 0) {
            // METH_VARARGS functions name themselves without their type here
            throw PyException.typeError((style == Style.VARARGS ? "" : type + ".") + name + "() takes no keyword arguments");
        }
        switch (style) {
            case NOARGS -> {
                if (n != 0) throw PyException.typeError(type + "." + name + "() takes no arguments (" + n + " given)");
            }
            case O -> {
                if (n != 1) throw PyException.typeError(type + "." + name + "() takes exactly one argument (" + n + " given)");
            }
            case POS -> {
                if (n < min) {
                    throw PyException.typeError(name + " expected " + (min == max ? "" : "at least ") + min
                            + " argument" + (min == 1 ? "" : "s") + ", got " + n);
                }
                if (n > max) {
                    throw PyException.typeError(name + " expected " + (min == max ? "" : "at most ") + max
                            + " argument" + (max == 1 ? "" : "s") + ", got " + n);
                }
            }
            case VARARGS -> {
                if (n < min || n > max) {
                    int bound = n < min ? min : max;
                    String how = min == max ? "exactly" : n < min ? "at least" : "at most";
                    throw PyException.typeError(name + "() takes " + how + " " + bound + " argument"
                            + (bound == 1 ? "" : "s") + " (" + n + " given)");
                }
            }
            case KW -> {
                // positional counts are checked by bind, which knows the keyword-only split
            }
        }
    }

    /**
     * Binds a KW method's arguments to its parameters: answers one word per name in
     * {@code params} (NULL where not given). The first {@code positional} parameters may
     * come by position; all may come by name. {@code args[0]} (self) is skipped.
     */
    public static long[] bind(String fname, long[] args, int argc, String[] kwnames, int positional, String... params) {
        long[] out = new long[params.length];
        int npos = argc - 1;
        int total = npos + kwnames.length;
        if (npos > positional) {
            if (positional == 0) throw PyException.typeError(fname + "() takes no positional arguments");
            throw PyException.typeError(fname + "() takes at most " + positional + " argument"
                    + (positional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        if (total > params.length) {
            throw PyException.typeError(fname + "() takes at most " + params.length + " "
                    + (positional == 0 ? "keyword " : "") + "argument" + (params.length == 1 ? "" : "s")
                    + " (" + total + " given)");
        }
        for (int i = 0; i < npos; i++) out[i] = args[i + 1];
        for (int k = 0; k < kwnames.length; k++) {
            int p = indexOf(params, kwnames[k]);
            if (p < 0) throw PyException.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fname + "()");
            if (p < npos) {
                throw PyException.typeError("argument for " + fname + "() given by name ('" + kwnames[k]
                        + "') and position (" + (p + 1) + ")");
            }
            out[p] = args[argc + k];
        }
        return out;
    }

    private static int indexOf(String[] a, String s) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(s)) return i;
        }
        return -1;
    }

    /** Argument {@code i} (counting self as 0), or {@code dflt} when not given. */
    public static long opt(long[] args, int argc, int i, long dflt) {
        return i < argc ? args[i] : dflt;
    }

    // integer arguments ------------------------------------------------------------------------

    /**
     * An int argument taken with {@code __index__} (bool counts): its value. TypeError "'str'
     * object cannot be interpreted as an integer" otherwise; a big int is OverflowError
     * "Python int too large to convert to C ssize_t" (CPython's {@code PyNumber_AsSsize_t}).
     */
    public static long index(long w) {
        if (Words.isSmallInt(w)) return Words.toInt(w);
        if (Words.isBool(w)) return w == Words.TRUE ? 1 : 0;
        if (isBigInt(w)) throw PyException.of(dev.weft.runtime.ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        throw PyException.typeError("'" + Values.typeName(w) + "' object cannot be interpreted as an integer");
    }

    /** Like {@link #index} but a big int clamps to ±Long.MAX_VALUE (sequence index contexts). */
    public static long indexClamped(Ctx ctx, long w) {
        if (isBigInt(w)) return ctx.guest.lt(w, Words.fromInt(0)) ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        return index(w);
    }

    /** A slice bound or find start/end: None, or an int clamped as CPython's _PyEval_SliceIndex. */
    public static long sliceIndex(Ctx ctx, long w, long dflt) {
        if (w == Words.NONE || w == Words.NULL) return dflt;
        if (Words.isSmallInt(w) || Words.isBool(w) || isBigInt(w)) return indexClamped(ctx, w);
        throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
    }

    public static boolean isBigInt(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.BIGINT;
    }

    /** Whether {@code w} is an int in Python's sense (small, big or bool). */
    public static boolean isInt(long w) {
        return Words.isSmallInt(w) || Words.isBool(w) || isBigInt(w);
    }

    /**
     * CPython's ssize_t fitting for a repetition count or similar: OverflowError "cannot fit
     * 'int' into an index-sized integer" for a big int.
     */
    public static long indexSized(long w) {
        if (isBigInt(w)) throw PyException.of(dev.weft.runtime.ExcKind.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        return index(w);
    }
}
