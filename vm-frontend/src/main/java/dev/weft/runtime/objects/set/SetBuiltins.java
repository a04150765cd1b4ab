package dev.weft.runtime.objects.set;

import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;
import static dev.weft.runtime.objects.iter.Args.Style.VARARGS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.str.Str;

/**
 * The methods of set and frozenset ({@link #install} and {@link #installFrozen}) and the
 * operator entry points ({@link #binop}, {@link #inplace}, {@link #richCompare}). The
 * multi-argument methods combine their arguments one at a time, in CPython's order, since
 * the order of a set's table depends on it.
 */
public final class SetBuiltins {
    private SetBuiltins() {}

    /** The methods of set. */
    public static void install(MethodTable t) {
        common(t);
        Args.def(t, O, "add", 1, 1, (c, a, n, k) -> {
            PySet.add(c, a[0], a[1]);
            return Words.NONE;
        });
        Args.def(t, O, "discard", 1, 1, (c, a, n, k) -> {
            PySet.discard(c, a[0], a[1]);
            return Words.NONE;
        });
        Args.def(t, O, "remove", 1, 1, (c, a, n, k) -> {
            PySet.remove(c, a[0], a[1]);
            return Words.NONE;
        });
        Args.def(t, NOARGS, "pop", 0, 0, (c, a, n, k) -> PySet.pop(c, a[0]));
        Args.def(t, NOARGS, "clear", 0, 0, (c, a, n, k) -> {
            PySet.clear(c.mem, a[0]);
            return Words.NONE;
        });
        Args.def(t, VARARGS, "update", 0, MethodTable.VARARGS, (c, a, n, k) -> {
            for (int i = 1; i < n; i++) PySet.update(c, a[0], a[i]);
            return Words.NONE;
        });
        Args.def(t, VARARGS, "intersection_update", 0, MethodTable.VARARGS, (c, a, n, k) -> {
            PySet.takeBody(c.mem, a[0], intersectionMulti(c, a, n));
            return Words.NONE;
        });
        Args.def(t, VARARGS, "difference_update", 0, MethodTable.VARARGS, (c, a, n, k) -> {
            for (int i = 1; i < n; i++) PySet.differenceUpdate(c, a[0], a[i]);
            return Words.NONE;
        });
        Args.def(t, O, "symmetric_difference_update", 1, 1, (c, a, n, k) -> {
            PySet.symmetricDifferenceUpdate(c, a[0], a[1]);
            return Words.NONE;
        });
        String[] inplace = {"__ior__", "__iand__", "__isub__", "__ixor__"};
        char[] ops = {'|', '&', '-', '^'};
        for (int i = 0; i < ops.length; i++) {
            char op = ops[i];
            Args.def(t, O, inplace[i], 1, 1, (c, a, n, k) -> inplace(c, a[0], a[1], op));
        }
    }

    /** The methods of frozenset. */
    public static void installFrozen(MethodTable t) {
        common(t);
    }

    private static void common(MethodTable t) {
        Args.def(t, NOARGS, "copy", 0, 0, (c, a, n, k) -> PySet.isFrozen(a[0]) ? a[0] : PySet.copy(c, a[0]));
        Args.def(t, VARARGS, "union", 0, MethodTable.VARARGS, (c, a, n, k) -> {
            long r = PySet.copy(c, a[0]);
            for (int i = 1; i < n; i++) {
                if (a[i] != a[0]) PySet.update(c, r, a[i]);
            }
            return r;
        });
        Args.def(t, VARARGS, "intersection", 0, MethodTable.VARARGS, (c, a, n, k) -> intersectionMulti(c, a, n));
        Args.def(t, VARARGS, "difference", 0, MethodTable.VARARGS, (c, a, n, k) -> {
            if (n == 1) return PySet.copy(c, a[0]);
            long r = PySet.difference(c, a[0], a[1]);
            for (int i = 2; i < n; i++) PySet.differenceUpdate(c, r, a[i]);
            return r;
        });
        Args.def(t, O, "symmetric_difference", 1, 1, (c, a, n, k) -> PySet.symmetricDifference(c, a[0], a[1]));
        Args.def(t, O, "issubset", 1, 1, (c, a, n, k) -> Words.fromBool(PySet.issubset(c, a[0], a[1])));
        Args.def(t, O, "issuperset", 1, 1, (c, a, n, k) -> Words.fromBool(PySet.issuperset(c, a[0], a[1])));
        Args.def(t, O, "isdisjoint", 1, 1, (c, a, n, k) -> Words.fromBool(PySet.isdisjoint(c, a[0], a[1])));
        Args.def(t, NOARGS, "__len__", 0, 0, (c, a, n, k) -> Words.fromInt(PySet.size(c.mem, a[0])));
        Args.def(t, O, "__contains__", 1, 1, (c, a, n, k) -> Words.fromBool(PySet.contains(c, a[0], a[1])));
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> Iter.of(c, a[0]));
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> Str.of(c.mem, PySet.repr(c, a[0])));
        String[] names = {"__or__", "__and__", "__sub__", "__xor__"};
        String[] rnames = {"__ror__", "__rand__", "__rsub__", "__rxor__"};
        char[] ops = {'|', '&', '-', '^'};
        for (int i = 0; i < ops.length; i++) {
            char op = ops[i];
            Args.def(t, O, names[i], 1, 1, (c, a, n, k) -> binop(c, a[0], a[1], op));
            Args.def(t, O, rnames[i], 1, 1, (c, a, n, k) -> binop(c, a[1], a[0], op));
        }
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            Args.def(t, O, cmp[op], 1, 1, (c, a, n, k) -> richCompare(c, a[0], a[1], o));
        }
    }

    /** CPython's set_intersection_multi. */
    static long intersectionMulti(Ctx c, long[] a, int n) {
        if (n == 1) return PySet.copy(c, a[0]);
        long r = a[0];
        for (int i = 1; i < n; i++) r = PySet.intersection(c, r, a[i]);
        return r;
    }

    /** {@code a OP b} for OP in {@code | & - ^}: a new set, or NotImplemented unless both are sets. */
    public static long binop(Ctx c, long a, long b, char op) {
        if (!PySet.isAnySet(a) || !PySet.isAnySet(b)) return Words.NOT_IMPLEMENTED;
        return switch (op) {
            case '|' -> PySet.union(c, a, b);
            case '&' -> PySet.intersection(c, a, b);
            case '-' -> PySet.difference(c, a, b);
            default -> PySet.symmetricDifference(c, a, b);
        };
    }

    /** {@code a OP= b} for a set {@code a}: answers {@code a}, or NotImplemented. */
    public static long inplace(Ctx c, long a, long b, char op) {
        if (!PySet.isAnySet(b)) return Words.NOT_IMPLEMENTED;
        switch (op) {
            case '|' -> PySet.update(c, a, b);
            case '&' -> PySet.intersectionUpdate(c, a, b);
            case '-' -> PySet.differenceUpdate(c, a, b);
            default -> PySet.symmetricDifferenceUpdate(c, a, b);
        }
        return a;
    }

    public static long richCompare(Ctx c, long a, long b, int op) {
        if (!PySet.isAnySet(b)) return Words.NOT_IMPLEMENTED;
        return Words.fromBool(PySet.compare(c, a, b, op));
    }

    /** {@code set(*args)} or {@code frozenset(*args)}: the arguments are {@code a[0..n)}. */
    public static long construct(Ctx c, long[] a, int n, String[] kw, boolean frozen) {
        String name = frozen ? "frozenset" : "set";
        if (kw.length > 0) throw PyException.typeError(name + "() takes no keyword arguments");
        if (n > 1) throw PyException.typeError(name + " expected at most 1 argument, got " + n);
        if (n == 0) return PySet.make(c.mem, frozen);
        if (frozen && PySet.isFrozen(a[0])) return a[0];
        return PySet.fromIterable(c, a[0], frozen);
    }
}
