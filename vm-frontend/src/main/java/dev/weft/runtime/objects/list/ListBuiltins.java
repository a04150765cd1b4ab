package dev.weft.runtime.objects.list;

import static dev.weft.runtime.objects.iter.Args.Style.KW;
import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;
import static dev.weft.runtime.objects.iter.Args.Style.POS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.slice.Slice;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.TupleBuiltins;

/**
 * The methods of list and the operator entry points the interpreter calls for it
 * ({@link #getItem}, {@link #setItem}, {@link #delItem}, {@link #add}, {@link #iadd},
 * {@link #mul}, {@link #imul}, {@link #richCompare}), with CPython 3.11's messages.
 *
 * <p>Operations that rearrange many items (slice assignment, sort, extended-slice deletion)
 * read the items into a Java array, work there, and write the list back once: one pass of
 * writes over the storage, which is what the TM logs anyway.
 */
public final class ListBuiltins {
    private ListBuiltins() {}

    public static void install(MethodTable t) {
        Args.def(t, O, "append", 1, 1, (c, a, n, k) -> {
            PyList.append(c.mem, a[0], a[1]);
            return Words.NONE;
        });
        Args.def(t, O, "extend", 1, 1, (c, a, n, k) -> {
            extend(c, a[0], a[1]);
            return Words.NONE;
        });
        Args.def(t, POS, "insert", 2, 2, (c, a, n, k) -> {
            insert(c, a[0], Args.index(a[1]), a[2]);
            return Words.NONE;
        });
        Args.def(t, POS, "pop", 0, 1, (c, a, n, k) -> pop(c, a[0], n > 1 ? Args.index(a[1]) : -1));
        Args.def(t, O, "remove", 1, 1, (c, a, n, k) -> {
            remove(c, a[0], a[1]);
            return Words.NONE;
        });
        Args.def(t, POS, "index", 1, 3, (c, a, n, k) -> Words.fromInt(index(c, a, n)));
        Args.def(t, O, "count", 1, 1, (c, a, n, k) -> Words.fromInt(count(c, a[0], a[1])));
        Args.def(t, KW, "sort", 0, 0, (c, a, n, k) -> {
            long[] p = Args.bind("sort", a, n, k, 0, "key", "reverse");
            sort(c, a[0], p[0] == Words.NULL ? Words.NONE : p[0], p[1] != Words.NULL && Args.index(p[1]) != 0);
            return Words.NONE;
        });
        Args.def(t, NOARGS, "reverse", 0, 0, (c, a, n, k) -> {
            reverse(c.mem, a[0]);
            return Words.NONE;
        });
        Args.def(t, NOARGS, "copy", 0, 0, (c, a, n, k) -> copy(c.mem, a[0]));
        Args.def(t, NOARGS, "clear", 0, 0, (c, a, n, k) -> {
            PyList.setAll(c.mem, a[0], new long[0], 0);
            return Words.NONE;
        });
        Args.def(t, NOARGS, "__len__", 0, 0, (c, a, n, k) -> Words.fromInt(PyList.size(c.mem, a[0])));
        Args.def(t, O, "__getitem__", 1, 1, (c, a, n, k) -> getItem(c, a[0], a[1]));
        Args.def(t, POS, "__setitem__", 2, 2, (c, a, n, k) -> {
            setItem(c, a[0], a[1], a[2]);
            return Words.NONE;
        });
        Args.def(t, O, "__delitem__", 1, 1, (c, a, n, k) -> {
            delItem(c, a[0], a[1]);
            return Words.NONE;
        });
        Args.def(t, O, "__contains__", 1, 1, (c, a, n, k) -> Words.fromBool(PyList.contains(c, a[0], a[1])));
        Args.def(t, O, "__add__", 1, 1, (c, a, n, k) -> add(c, a[0], a[1]));
        Args.def(t, O, "__iadd__", 1, 1, (c, a, n, k) -> iadd(c, a[0], a[1]));
        Args.def(t, O, "__mul__", 1, 1, (c, a, n, k) -> mul(c, a[0], a[1]));
        Args.def(t, O, "__rmul__", 1, 1, (c, a, n, k) -> mul(c, a[0], a[1]));
        Args.def(t, O, "__imul__", 1, 1, (c, a, n, k) -> imul(c, a[0], a[1]));
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> Iter.of(c, a[0]));
        Args.def(t, NOARGS, "__reversed__", 0, 0, (c, a, n, k) -> Iter.reversed(c, a[0]));
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> Str.of(c.mem, PyList.repr(c, a[0])));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            Args.def(t, O, cmp[op], 1, 1, (c, a, n, k) -> richCompare(c, a[0], a[1], o));
        }
    }

    /** {@code list(iterable)}. */
    public static long fromIterable(Ctx c, long iterable) {
        Values.Items items = Values.items(c, iterable);
        return PyList.of(c.mem, items.a, items.n);
    }

    public static void extend(Ctx c, long l, long iterable) {
        Values.Items items = Values.items(c, iterable);
        Mem m = c.mem;
        long n = PyList.size(m, l);
        PyList.resize(m, l, n + items.n);
        for (int i = 0; i < items.n; i++) PyList.set(m, l, n + i, items.a[i]);
    }

    public static void insert(Ctx c, long l, long i, long v) {
        long n = PyList.size(c.mem, l);
        if (i < 0) {
            i += n;
            if (i < 0) i = 0;
        } else if (i > n) {
            i = n;
        }
        PyList.insert(c.mem, l, i, v);
    }

    public static long pop(Ctx c, long l, long i) {
        long n = PyList.size(c.mem, l);
        if (n == 0) throw PyException.indexError("pop from empty list");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyException.indexError("pop index out of range");
        return PyList.removeAt(c.mem, l, i);
    }

    public static void remove(Ctx c, long l, long v) {
        for (long i = 0; i < PyList.size(c.mem, l); i++) {
            if (Values.eq(c, PyList.get(c.mem, l, i), v)) {
                PyList.removeAt(c.mem, l, i);
                return;
            }
        }
        throw PyException.valueError("list.remove(x): x not in list");
    }

    static long index(Ctx c, long[] a, int argc) {
        long l = a[0];
        long[] r = TupleBuiltins.indexRange(c, a, argc, PyList.size(c.mem, l));
        for (long i = r[0]; i < r[1] && i < PyList.size(c.mem, l); i++) {
            if (Values.eq(c, PyList.get(c.mem, l, i), a[1])) return i;
        }
        throw PyException.valueError(Values.repr(c, a[1]) + " is not in list");
    }

    public static long count(Ctx c, long l, long v) {
        long k = 0;
        for (long i = 0; i < PyList.size(c.mem, l); i++) {
            if (Values.eq(c, PyList.get(c.mem, l, i), v)) k++;
        }
        return k;
    }

    /** {@code l.sort(key=key, reverse=reverse)}; key NONE for none. */
    public static void sort(Ctx c, long l, long key, boolean reverse) {
        Mem m = c.mem;
        long[] items = PyList.toArray(m, l);
        int n = items.length;
        // CPython empties the list while it sorts, and complains if anyone refilled it
        long savedCap = m.get(l, PyList.CAPACITY), savedStorage = m.get(l, PyList.STORAGE);
        PyList.setSize(m, l, 0);
        m.put(l, PyList.CAPACITY, 0);
        m.put(l, PyList.STORAGE, 0);
        long[] keys = items;
        long[] vals = null;
        try {
            if (key != Words.NONE) {
                keys = new long[n];
                for (int i = 0; i < n; i++) keys[i] = c.guest.call1(key, items[i]);
                vals = items;
            }
        } catch (PyException e) {
            restore(m, l, savedCap, savedStorage, items, n);
            throw e;
        }
        long[] out = vals != null ? vals : keys;
        PyException failure = null;
        try {
            if (reverse && n > 1) {
                reverseArray(keys);
                if (vals != null) reverseArray(vals);
            }
            ListSort.sort(c, keys, vals);
        } catch (PyException e) {
            failure = e; // the list keeps the permutation the sort had reached, as CPython's does
        }
        if (reverse && n > 1) reverseArray(out);
        boolean modified = PyList.size(m, l) != 0 || m.get(l, PyList.STORAGE) != 0;
        restore(m, l, savedCap, savedStorage, out, n);
        if (failure != null) throw failure;
        if (modified) throw PyException.valueError("list modified during sort");
    }

    /** Puts the sort's storage back into the list with {@code a[0..n)} in it. */
    private static void restore(Mem m, long l, long cap, long storage, long[] a, int n) {
        if (PyList.size(m, l) != 0) PyList.resize(m, l, 0); // clears what was added during the sort
        m.put(l, PyList.CAPACITY, cap);
        m.put(l, PyList.STORAGE, storage);
        PyList.setSize(m, l, n);
        for (int i = 0; i < n; i++) PyList.set(m, l, i, a[i]);
    }

    private static void reverseArray(long[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    public static void reverse(Mem m, long l) {
        long n = PyList.size(m, l);
        for (long i = 0, j = n - 1; i < j; i++, j--) {
            long x = PyList.get(m, l, i);
            PyList.set(m, l, i, PyList.get(m, l, j));
            PyList.set(m, l, j, x);
        }
    }

    public static long copy(Mem m, long l) {
        long[] a = PyList.toArray(m, l);
        return PyList.of(m, a, a.length);
    }

    // items and slices ---------------------------------------------------------------------------

    public static long getItem(Ctx c, long l, long key) {
        Mem m = c.mem;
        if (Slice.isSlice(key)) {
            Slice.Bounds b = Slice.bounds(c, key, PyList.size(m, l));
            long[] a = new long[(int) b.count()];
            for (int i = 0; i < a.length; i++) a[i] = PyList.get(m, l, b.at(i));
            return PyList.of(m, a, a.length);
        }
        long i = Seqs.indexArg(c, key, "list");
        if (i >= 0) {
            long v = PyList.itemIfPresent(m, l, i); // reads no size: no conflict with appends
            if (v != Words.NULL) return v;
        }
        i = Seqs.normIndex(i, PyList.size(m, l));
        if (i < 0) throw PyException.indexError("list index out of range");
        return PyList.get(m, l, i);
    }

    public static void setItem(Ctx c, long l, long key, long v) {
        Mem m = c.mem;
        if (Slice.isSlice(key)) {
            setSlice(c, l, key, v);
            return;
        }
        long i = Seqs.indexArg(c, key, "list");
        if (i < 0 || PyList.itemIfPresent(m, l, i) == Words.NULL) {
            i = Seqs.normIndex(i, PyList.size(m, l));
            if (i < 0) throw PyException.indexError("list assignment index out of range");
        }
        PyList.set(m, l, i, v);
    }

    private static void setSlice(Ctx c, long l, long slice, long v) {
        Mem m = c.mem;
        long[] cur = PyList.toArray(m, l);
        Slice.Bounds b = Slice.bounds(c, slice, cur.length);
        if (b.step() == 1) {
            if (!Values.maybeIterable(c, v)) throw PyException.typeError("can only assign an iterable");
            Values.Items items = Values.items(c, v);
            int lo = (int) b.start();
            int hi = (int) Math.max(b.stop(), b.start());
            long[] out = new long[cur.length - (hi - lo) + items.n];
            System.arraycopy(cur, 0, out, 0, lo);
            System.arraycopy(items.a, 0, out, lo, items.n);
            System.arraycopy(cur, hi, out, lo + items.n, cur.length - hi);
            PyList.setAll(m, l, out, out.length);
            return;
        }
        if (!Values.maybeIterable(c, v)) throw PyException.typeError("must assign iterable to extended slice");
        Values.Items items = Values.items(c, v);
        if (items.n != b.count()) {
            throw PyException.valueError("attempt to assign sequence of size " + items.n + " to extended slice of size " + b.count());
        }
        for (int i = 0; i < items.n; i++) PyList.set(m, l, b.at(i), items.a[i]);
    }

    public static void delItem(Ctx c, long l, long key) {
        Mem m = c.mem;
        if (Slice.isSlice(key)) {
            long[] cur = PyList.toArray(m, l);
            Slice.Bounds b = Slice.bounds(c, key, cur.length);
            if (b.count() == 0) return;
            boolean[] gone = new boolean[cur.length];
            for (long i = 0; i < b.count(); i++) gone[(int) b.at(i)] = true;
            long[] out = new long[(int) (cur.length - b.count())];
            int k = 0;
            for (int i = 0; i < cur.length; i++) {
                if (!gone[i]) out[k++] = cur[i];
            }
            PyList.setAll(m, l, out, k);
            return;
        }
        long i = Seqs.normIndex(Seqs.indexArg(c, key, "list"), PyList.size(m, l));
        if (i < 0) throw PyException.indexError("list assignment index out of range");
        PyList.removeAt(m, l, i);
    }

    // operators ----------------------------------------------------------------------------------

    public static long add(Ctx c, long a, long b) {
        if (!PyList.isList(b)) {
            throw PyException.typeError("can only concatenate list (not \"" + Values.typeName(c, b) + "\") to list");
        }
        long[] x = PyList.toArray(c.mem, a), y = PyList.toArray(c.mem, b);
        long[] out = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return PyList.of(c.mem, out, out.length);
    }

    /** {@code l += iterable}: extends {@code l} and answers it. */
    public static long iadd(Ctx c, long l, long iterable) {
        extend(c, l, iterable);
        return l;
    }

    public static long mul(Ctx c, long l, long n) {
        if (!Args.isInt(n)) {
            if (!Values.isKnown(n) && !Words.isFloat(n)) return Words.NOT_IMPLEMENTED;
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Values.typeName(c, n) + "'");
        }
        long times = Args.indexSized(n);
        long[] a = PyList.toArray(c.mem, l);
        long[] out = repeat(a, times);
        return PyList.of(c.mem, out, out.length);
    }

    public static long imul(Ctx c, long l, long n) {
        if (!Args.isInt(n)) {
            if (!Values.isKnown(n) && !Words.isFloat(n)) return Words.NOT_IMPLEMENTED;
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Values.typeName(c, n) + "'");
        }
        long times = Args.indexSized(n);
        long[] a = PyList.toArray(c.mem, l);
        long[] out = repeat(a, times);
        PyList.setAll(c.mem, l, out, out.length);
        return l;
    }

    private static long[] repeat(long[] a, long times) {
        if (times <= 0 || a.length == 0) return new long[0];
        if (a.length > Integer.MAX_VALUE / times) throw PyException.of(dev.weft.runtime.ExcKind.MEMORY_ERROR, "");
        long[] out = new long[(int) (a.length * times)];
        for (int k = 0; k < times; k++) System.arraycopy(a, 0, out, k * a.length, a.length);
        return out;
    }

    public static long richCompare(Ctx c, long a, long b, int op) {
        if (!PyList.isList(b)) return Words.NOT_IMPLEMENTED;
        return Words.fromBool(PyList.compare(c, a, b, op));
    }
}
