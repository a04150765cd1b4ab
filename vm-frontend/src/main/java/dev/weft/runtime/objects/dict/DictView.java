package dev.weft.runtime.objects.dict;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Raw;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.set.PySet;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * The views {@code d.keys()}, {@code d.values()} and {@code d.items()}: live windows on a
 * dict (they see later changes), iterable, sized, with {@code in}; keys and items views are
 * set-like ({@code ==}, {@code <=}, {@code & | - ^} against any iterable).
 *
 * <p>Layout (immutable, {@link TypeIds#DICT_VIEW}): field 0 the kind ({@link #KEYS},
 * {@link #VALUES}, {@link #ITEMS}, a raw number), field 1 the dict. {@code {1: 2}.items()}
 * is {@code 2, <dict>}.
 */
public final class DictView {
    private DictView() {}

    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};

    public static long make(Mem m, int kind, long dict) {
        long v = m.allocImmutable(TypeIds.DICT_VIEW, 2);
        m.init(v, 0, kind);
        m.init(v, 1, dict);
        return v;
    }

    public static boolean isView(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.DICT_VIEW;
    }

    public static int kind(long v) {
        return (int) Raw.field(v, 0);
    }

    public static long dict(long v) {
        return Raw.field(v, 1);
    }

    public static String typeName(long v) {
        return NAMES[kind(v)];
    }

    public static long size(Mem m, long v) {
        return Dict.size(m, dict(v));
    }

    /** The view's items now, as a Java array (items as new 2-tuples). */
    public static long[] toArray(Ctx ctx, long v) {
        Mem m = ctx.mem;
        long d = dict(v);
        long[] out = new long[(int) Dict.size(m, d)];
        int k = 0;
        for (long p = Dict.nextLive(m, d, 0); p >= 0 && k < out.length; p = Dict.nextLive(m, d, p + 1)) {
            out[k++] = switch (kind(v)) {
                case KEYS -> Dict.keyAt(m, d, p);
                case VALUES -> Dict.valueAt(m, d, p);
                default -> Tuple.of(m, Dict.keyAt(m, d, p), Dict.valueAt(m, d, p));
            };
        }
        return out;
    }

    public static boolean contains(Ctx ctx, long v, long x) {
        long d = dict(v);
        switch (kind(v)) {
            case KEYS:
                return Dict.contains(ctx, d, x);
            case ITEMS: {
                if (!Tuple.isTuple(x) || Tuple.size(x) != 2) return false;
                long val = Dict.get(ctx, d, Tuple.get(x, 0));
                return val != Words.NULL && Values.eq(ctx, val, Tuple.get(x, 1));
            }
            default: {
                Mem m = ctx.mem;
                for (long p = Dict.nextLive(m, d, 0); p >= 0; p = Dict.nextLive(m, d, p + 1)) {
                    if (Values.eq(ctx, Dict.valueAt(m, d, p), x)) return true;
                }
                return false;
            }
        }
    }

    public static String repr(Ctx ctx, long v) {
        if (!Seqs.reprEnter(v)) return "...";
        try {
            long[] a = toArray(ctx, v);
            return Seqs.joinReprs(ctx, a, a.length, typeName(v) + "([", "])");
        } finally {
            Seqs.reprLeave(v);
        }
    }

    private static boolean isSetLike(long w) {
        if (PySet.isAnySet(w)) return true;
        return isView(w) && kind(w) != VALUES;
    }

    /**
     * {@code a OP b} where one side is a view: set comparison for keys and items views against
     * sets and set-like views, identity for values views; NotImplemented otherwise.
     */
    public static long compare(Ctx ctx, long a, long b, int op) {
        if (!isSetLike(a) || !isSetLike(b)) {
            if (op == Values.EQ) return Words.fromBool(a == b);
            if (op == Values.NE) return Words.fromBool(a != b);
            return Words.NOT_IMPLEMENTED;
        }
        long na = sizeOf(ctx, a), nb = sizeOf(ctx, b);
        boolean r = switch (op) {
            case Values.EQ -> na == nb && allIn(ctx, a, b);
            case Values.NE -> !(na == nb && allIn(ctx, a, b));
            case Values.LT -> na < nb && allIn(ctx, a, b);
            case Values.LE -> na <= nb && allIn(ctx, a, b);
            case Values.GT -> na > nb && allIn(ctx, b, a);
            default -> na >= nb && allIn(ctx, b, a);
        };
        return Words.fromBool(r);
    }

    private static long sizeOf(Ctx ctx, long w) {
        return isView(w) ? size(ctx.mem, w) : PySet.size(ctx.mem, w);
    }

    /** Whether every element of set-like {@code a} is in set-like {@code b}. */
    private static boolean allIn(Ctx ctx, long a, long b) {
        long[] items = isView(a) ? toArray(ctx, a) : PySet.toArray(ctx.mem, a);
        for (long x : items) {
            boolean in = isView(b) ? contains(ctx, b, x) : PySet.contains(ctx, b, x);
            if (!in) return false;
        }
        return true;
    }

    /**
     * {@code a OP b} for OP in {@code & | - ^} where {@code a} or {@code b} is a keys or items
     * view: a new set, built as CPython's dictviews_* build it (which fixes the set's order).
     */
    public static long setOp(Ctx ctx, long a, long b, char op) {
        if (op == '&') return intersect(ctx, a, b);
        long result = toSet(ctx, a);
        switch (op) {
            case '|' -> PySet.update(ctx, result, b);
            case '-' -> PySet.differenceUpdate(ctx, result, b);
            default -> PySet.symmetricDifferenceUpdate(ctx, result, b);
        }
        return result;
    }

    /** CPython's dictviews_to_set: a keys view becomes set(its dict), anything else set(it). */
    private static long toSet(Ctx ctx, long w) {
        if (isView(w) && kind(w) == KEYS) return PySet.fromIterable(ctx, dict(w), false);
        return PySet.fromIterable(ctx, w, false);
    }

    /** CPython's _PyDictView_Intersect. */
    private static long intersect(Ctx ctx, long a, long b) {
        if (!isSetLike(a) || PySet.isAnySet(a)) {
            long t = a;
            a = b;
            b = t;
        }
        long lenA = size(ctx.mem, a);
        if (PySet.isSet(b) && lenA <= PySet.size(ctx.mem, b)) return PySet.intersection(ctx, b, a);
        if (isView(b) && kind(b) != VALUES && size(ctx.mem, b) > lenA) {
            long t = a;
            a = b;
            b = t;
        }
        long result = PySet.make(ctx.mem, false);
        final long self = a;
        dev.weft.runtime.objects.iter.Values.iterate(ctx, b, x -> {
            if (contains(ctx, self, x)) PySet.add(ctx, result, x);
        });
        return result;
    }
}
