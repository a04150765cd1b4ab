package dev.weft.runtime.objects.tuple;

import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;
import static dev.weft.runtime.objects.iter.Args.Style.POS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.slice.Slice;

/**
 * The methods of tuple and the operator entry points the interpreter calls for it ({@link #add},
 * {@link #mul}, {@link #getItem}, {@link #richCompare}), each with CPython 3.11's messages.
 */
public final class TupleBuiltins {
    private TupleBuiltins() {}

    public static void install(MethodTable t) {
        Args.def(t, O, "count", 1, 1, (c, a, n, k) -> Words.fromInt(count(c, a[0], a[1])));
        Args.def(t, POS, "index", 1, 3, (c, a, n, k) -> Words.fromInt(index(c, a, n)));
        Args.def(t, NOARGS, "__len__", 0, 0, (c, a, n, k) -> Words.fromInt(Tuple.size(a[0])));
        Args.def(t, O, "__getitem__", 1, 1, (c, a, n, k) -> getItem(c, a[0], a[1]));
        Args.def(t, O, "__contains__", 1, 1, (c, a, n, k) -> Words.fromBool(Tuple.contains(c, a[0], a[1])));
        Args.def(t, O, "__add__", 1, 1, (c, a, n, k) -> add(c, a[0], a[1]));
        Args.def(t, O, "__mul__", 1, 1, (c, a, n, k) -> mul(c, a[0], a[1]));
        Args.def(t, O, "__rmul__", 1, 1, (c, a, n, k) -> mul(c, a[0], a[1]));
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> Iter.of(c, a[0]));
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> dev.weft.runtime.objects.str.Str.of(c.mem, Tuple.repr(c, a[0])));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            Args.def(t, O, cmp[op], 1, 1, (c, a, n, k) -> richCompare(c, a[0], a[1], o));
        }
    }

    public static long count(Ctx c, long t, long v) {
        int n = Tuple.size(t);
        long k = 0;
        for (int i = 0; i < n; i++) {
            if (Values.eq(c, Tuple.get(t, i), v)) k++;
        }
        return k;
    }

    static long index(Ctx c, long[] a, int argc) {
        long t = a[0];
        int n = Tuple.size(t);
        long[] r = indexRange(c, a, argc, n);
        for (long i = r[0]; i < r[1] && i < n; i++) {
            if (Values.eq(c, Tuple.get(t, i), a[1])) return i;
        }
        throw PyException.valueError("tuple.index(x): x not in tuple");
    }

    /** The start and stop arguments of tuple.index and list.index, made offsets. */
    public static long[] indexRange(Ctx c, long[] a, int argc, long n) {
        long start = argc > 2 ? indexBound(c, a[2]) : 0;
        long stop = argc > 3 ? indexBound(c, a[3]) : Long.MAX_VALUE / 4;
        if (start < 0) {
            start += n;
            if (start < 0) start = 0;
        }
        if (stop < 0) {
            stop += n;
            if (stop < 0) stop = 0;
        }
        return new long[] {start, stop};
    }

    private static long indexBound(Ctx c, long w) {
        if (!Args.isInt(w)) throw PyException.typeError("slice indices must be integers or have an __index__ method");
        return Args.indexClamped(c, w);
    }

    public static long getItem(Ctx c, long t, long key) {
        if (Slice.isSlice(key)) {
            Slice.Bounds b = Slice.bounds(c, key, Tuple.size(t));
            return Tuple.slice(c.mem, t, b.start(), b.step(), b.count());
        }
        long i = Seqs.normIndex(Seqs.indexArg(c, key, "tuple"), Tuple.size(t));
        if (i < 0) throw PyException.indexError("tuple index out of range");
        return Tuple.get(t, i);
    }

    public static long add(Ctx c, long a, long b) {
        if (!Tuple.isTuple(b)) {
            throw PyException.typeError("can only concatenate tuple (not \"" + Values.typeName(c, b) + "\") to tuple");
        }
        return Tuple.concat(c.mem, a, b);
    }

    public static long mul(Ctx c, long t, long n) {
        if (!Args.isInt(n)) {
            if (!Values.isKnown(n) && !Words.isFloat(n)) return Words.NOT_IMPLEMENTED;
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Values.typeName(c, n) + "'");
        }
        return Tuple.repeat(c.mem, t, Args.indexSized(n));
    }

    public static long richCompare(Ctx c, long a, long b, int op) {
        if (!Tuple.isTuple(b)) return Words.NOT_IMPLEMENTED;
        return Words.fromBool(Tuple.compare(c, a, b, op));
    }

    /** {@code tuple(iterable)}. */
    public static long fromIterable(Ctx c, long iterable) {
        if (Tuple.isTuple(iterable)) return iterable;
        Values.Items items = Values.items(c, iterable);
        return Tuple.of(c.mem, items.a, 0, items.n);
    }
}
