package dev.weft.runtime.objects.dict;

import static dev.weft.runtime.objects.iter.Args.Style.KW;
import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;
import static dev.weft.runtime.objects.iter.Args.Style.POS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * The methods of dict and of its views ({@link #install}, {@link #installView}) and the
 * operator entry points ({@link #getItem}, {@link #setItem}, {@link #delItem}), with CPython
 * 3.11's messages. A missing key raises KeyError carrying the key itself.
 */
public final class DictBuiltins {
    private DictBuiltins() {}

    public static void install(MethodTable t) {
        Args.def(t, NOARGS, "keys", 0, 0, (c, a, n, k) -> DictView.make(c.mem, DictView.KEYS, a[0]));
        Args.def(t, NOARGS, "values", 0, 0, (c, a, n, k) -> DictView.make(c.mem, DictView.VALUES, a[0]));
        Args.def(t, NOARGS, "items", 0, 0, (c, a, n, k) -> DictView.make(c.mem, DictView.ITEMS, a[0]));
        Args.def(t, POS, "get", 1, 2, (c, a, n, k) -> {
            long v = Dict.get(c, a[0], a[1]);
            return v != Words.NULL ? v : Args.opt(a, n, 2, Words.NONE);
        });
        Args.def(t, POS, "setdefault", 1, 2, (c, a, n, k) -> {
            long v = Dict.get(c, a[0], a[1]);
            if (v != Words.NULL) return v;
            long d = Args.opt(a, n, 2, Words.NONE);
            Dict.put(c, a[0], a[1], d);
            return d;
        });
        Args.def(t, POS, "pop", 1, 2, (c, a, n, k) -> {
            long v = Dict.remove(c, a[0], a[1]);
            if (v != Words.NULL) return v;
            if (n > 2) return a[2];
            throw PyException.withArg(ExcKind.KEY_ERROR, a[1]);
        });
        Args.def(t, NOARGS, "popitem", 0, 0, (c, a, n, k) -> popitem(c, a[0]));
        Args.def(t, KW, "update", 0, 1, (c, a, n, k) -> {
            if (n > 2) throw PyException.typeError("update expected at most 1 argument, got " + (n - 1));
            if (n == 2) update(c, a[0], a[1]);
            for (int i = 0; i < k.length; i++) Dict.put(c, a[0], Str.of(c.mem, k[i]), a[n + i]);
            return Words.NONE;
        });
        Args.def(t, NOARGS, "copy", 0, 0, (c, a, n, k) -> Dict.copy(c, a[0]));
        Args.def(t, NOARGS, "clear", 0, 0, (c, a, n, k) -> {
            Dict.clear(c, a[0]);
            return Words.NONE;
        });
        Args.def(t, POS, "fromkeys", 1, 2, (c, a, n, k) -> fromkeys(c, a[1], Args.opt(a, n, 2, Words.NONE)));
        Args.def(t, NOARGS, "__len__", 0, 0, (c, a, n, k) -> Words.fromInt(Dict.size(c.mem, a[0])));
        Args.def(t, O, "__contains__", 1, 1, (c, a, n, k) -> Words.fromBool(Dict.contains(c, a[0], a[1])));
        Args.def(t, O, "__getitem__", 1, 1, (c, a, n, k) -> getItem(c, a[0], a[1]));
        Args.def(t, POS, "__setitem__", 2, 2, (c, a, n, k) -> {
            setItem(c, a[0], a[1], a[2]);
            return Words.NONE;
        });
        Args.def(t, O, "__delitem__", 1, 1, (c, a, n, k) -> {
            delItem(c, a[0], a[1]);
            return Words.NONE;
        });
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> Iter.of(c, a[0]));
        Args.def(t, NOARGS, "__reversed__", 0, 0, (c, a, n, k) -> Iter.reversed(c, a[0]));
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> Str.of(c.mem, Dict.repr(c, a[0])));
        Args.def(t, O, "__or__", 1, 1, (c, a, n, k) -> or(c, a[0], a[1]));
        Args.def(t, O, "__ror__", 1, 1, (c, a, n, k) -> Dict.isDict(a[1]) ? or(c, a[1], a[0]) : Words.NOT_IMPLEMENTED);
        Args.def(t, O, "__ior__", 1, 1, (c, a, n, k) -> {
            update(c, a[0], a[1]);
            return a[0];
        });
        Args.def(t, O, "__eq__", 1, 1, (c, a, n, k) -> richCompare(c, a[0], a[1], Values.EQ));
        Args.def(t, O, "__ne__", 1, 1, (c, a, n, k) -> richCompare(c, a[0], a[1], Values.NE));
    }

    /** The methods of dict_keys, dict_values and dict_items (one table serves all three). */
    public static void installViews(MethodTable t) {
        Args.def(t, NOARGS, "__len__", 0, 0, (c, a, n, k) -> Words.fromInt(DictView.size(c.mem, a[0])));
        Args.def(t, O, "__contains__", 1, 1, (c, a, n, k) -> Words.fromBool(DictView.contains(c, a[0], a[1])));
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> Iter.of(c, a[0]));
        Args.def(t, NOARGS, "__reversed__", 0, 0, (c, a, n, k) -> Iter.reversed(c, a[0]));
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> Str.of(c.mem, DictView.repr(c, a[0])));
        Args.def(t, O, "isdisjoint", 1, 1, (c, a, n, k) -> {
            if (DictView.kind(a[0]) == DictView.VALUES) {
                throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "'dict_values' object has no attribute 'isdisjoint'");
            }
            boolean[] hit = {false};
            Values.iterate(c, a[1], x -> {
                if (!hit[0] && DictView.contains(c, a[0], x)) hit[0] = true;
            });
            return Words.fromBool(!hit[0]);
        });
        String[] names = {"__or__", "__and__", "__sub__", "__xor__"};
        String[] rnames = {"__ror__", "__rand__", "__rsub__", "__rxor__"};
        char[] ops = {'|', '&', '-', '^'};
        for (int i = 0; i < ops.length; i++) {
            char op = ops[i];
            Args.def(t, O, names[i], 1, 1, (c, a, n, k) -> viewOp(c, a[0], a[1], op));
            Args.def(t, O, rnames[i], 1, 1, (c, a, n, k) -> viewOp(c, a[1], a[0], op));
        }
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            Args.def(t, O, cmp[op], 1, 1, (c, a, n, k) -> DictView.compare(c, a[0], a[1], o));
        }
    }

    /** {@code a OP b} with a keys or items view on either side (values views have none). */
    public static long viewOp(Ctx c, long a, long b, char op) {
        boolean aView = DictView.isView(a) && DictView.kind(a) != DictView.VALUES;
        boolean bView = DictView.isView(b) && DictView.kind(b) != DictView.VALUES;
        if (!aView && !bView) return Words.NOT_IMPLEMENTED;
        return DictView.setOp(c, a, b, op);
    }

    public static long getItem(Ctx c, long d, long key) {
        long v = Dict.get(c, d, key);
        if (v == Words.NULL) throw PyException.withArg(ExcKind.KEY_ERROR, key);
        return v;
    }

    public static void setItem(Ctx c, long d, long key, long v) {
        Dict.put(c, d, key, v);
    }

    public static void delItem(Ctx c, long d, long key) {
        if (Dict.remove(c, d, key) == Words.NULL) throw PyException.withArg(ExcKind.KEY_ERROR, key);
    }

    public static long richCompare(Ctx c, long a, long b, int op) {
        if (!Dict.isDict(b) || (op != Values.EQ && op != Values.NE)) return Words.NOT_IMPLEMENTED;
        return Words.fromBool(Dict.equal(c, a, b) == (op == Values.EQ));
    }

    /** {@code d.popitem()}: the last item, as a tuple; KeyError when empty. */
    public static long popitem(Ctx c, long d) {
        Mem m = c.mem;
        long pos = Dict.prevLive(m, d, Dict.positions(m, d));
        if (pos < 0) throw PyException.of(ExcKind.KEY_ERROR, "popitem(): dictionary is empty");
        long k = Dict.keyAt(m, d, pos), v = Dict.valueAt(m, d, pos);
        Dict.removeAt(c, d, pos, Dict.hashAt(m, d, pos));
        m.put(Dict.counts(m, d), Dict.NENTRIES, pos);
        Mem.markPositionsReused(d);
        return Tuple.of(m, k, v);
    }

    /** {@code d.update(other)}: a dict (an instance of a dict subclass too), or an iterable of pairs. */
    public static void update(Ctx c, long d, long other) {
        long base = c.guest.baseValue(other);
        if (Dict.isDict(base)) {
            Dict.merge(c, d, base);
            return;
        }
        int[] i = {0};
        Values.iterate(c, other, pair -> {
            if (!Values.maybeIterable(c, pair)) {
                throw PyException.typeError("cannot convert dictionary update sequence element #" + i[0] + " to a sequence");
            }
            Values.Items kv = Values.items(c, pair);
            if (kv.n != 2) {
                throw PyException.valueError("dictionary update sequence element #" + i[0] + " has length " + kv.n + "; 2 is required");
            }
            Dict.put(c, d, kv.a[0], kv.a[1]);
            i[0]++;
        });
    }

    static long or(Ctx c, long a, long b) {
        if (!Dict.isDict(b)) return Words.NOT_IMPLEMENTED;
        long r = Dict.copy(c, a);
        Dict.merge(c, r, b);
        return r;
    }

    public static long fromkeys(Ctx c, long iterable, long value) {
        long d = Dict.make(c.mem);
        Values.iterate(c, iterable, k -> Dict.put(c, d, k, value));
        return d;
    }

    /** {@code dict(*args, **kwargs)}: the arguments are {@code a[0..n)}, then the keyword values. */
    public static long construct(Ctx c, long[] a, int n, String[] kw) {
        if (n > 1) throw PyException.typeError("dict expected at most 1 argument, got " + n);
        long d = Dict.make(c.mem);
        if (n == 1) update(c, d, a[0]);
        for (int i = 0; i < kw.length; i++) Dict.put(c, d, Str.of(c.mem, kw[i]), a[n + i]);
        return d;
    }
}
