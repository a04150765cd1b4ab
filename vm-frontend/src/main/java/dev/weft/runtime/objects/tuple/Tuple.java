package dev.weft.runtime.objects.tuple;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Raw;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.stm.ObjectLayout;

/**
 * Python's tuple on the heap: immutable, so its items are simply its fields and its length is
 * the field count in the header; reading an item is one load with no barrier.
 *
 * <p>Layout (immutable, {@link TypeIds#TUPLE}): field i is item i. {@code (1, "a")} is a
 * 2-field object: {@code 0xFFFF_0000_0000_0001}, then the pointer of the str "a". The empty
 * tuple has no fields. A tuple holds at most {@link ObjectLayout#MAX_FIELDS} items.
 *
 * <p>The hash is CPython's (the xxHash-based one of 3.8+), so that {@code hash((1, 2))}, and
 * with it the order of a set of tuples of ints, is CPython's.
 */
public final class Tuple {
    private Tuple() {}

    public static boolean isTuple(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.TUPLE;
    }

    /** A new tuple of the given items. */
    public static long of(Mem m, long... items) {
        return of(m, items, 0, items.length);
    }

    /** A new tuple of {@code items[from .. from+n)}. */
    public static long of(Mem m, long[] items, int from, int n) {
        long t = alloc(m, n);
        for (int i = 0; i < n; i++) m.init(t, i, items[from + i]);
        return t;
    }

    /** A new tuple of {@code n} items, all NULL, for the caller to fill with {@link Mem#init}. */
    public static long alloc(Mem m, long n) {
        if (n > ObjectLayout.MAX_FIELDS) throw PyException.of(dev.weft.runtime.ExcKind.MEMORY_ERROR, "");
        return m.allocImmutable(TypeIds.TUPLE, (int) n);
    }

    public static int size(long t) {
        return Mem.fieldCount(t);
    }

    public static long get(long t, long i) {
        return Raw.field(t, (int) i);
    }

    public static long[] toArray(long t) {
        int n = size(t);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = get(t, i);
        return a;
    }

    public static long concat(Mem m, long a, long b) {
        int na = size(a), nb = size(b);
        if (nb == 0) return a;
        if (na == 0) return b;
        long t = alloc(m, (long) na + nb);
        for (int i = 0; i < na; i++) m.init(t, i, get(a, i));
        for (int i = 0; i < nb; i++) m.init(t, na + i, get(b, i));
        return t;
    }

    public static long repeat(Mem m, long a, long times) {
        int n = size(a);
        if (times == 1 || n == 0) return a;
        if (times <= 0) return alloc(m, 0);
        if (n > ObjectLayout.MAX_FIELDS / times) throw PyException.of(dev.weft.runtime.ExcKind.MEMORY_ERROR, "");
        long t = alloc(m, n * times);
        for (long k = 0; k < times; k++) {
            for (int i = 0; i < n; i++) m.init(t, (int) (k * n + i), get(a, i));
        }
        return t;
    }

    /** The {@code count} items at {@code start}, {@code start + step}, ... */
    public static long slice(Mem m, long a, long start, long step, long count) {
        if (start == 0 && step == 1 && count == size(a)) return a;
        long t = alloc(m, count);
        for (long i = 0; i < count; i++) m.init(t, (int) i, get(a, start + i * step));
        return t;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** CPython 3.8+'s tuple hash: xxHash's round over the item hashes. */
    public static long hash(Ctx ctx, long t) {
        int n = size(t);
        long acc = XXPRIME_5;
        for (int i = 0; i < n; i++) {
            long lane = Values.hash(ctx, get(t, i));
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += n ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    public static boolean compare(Ctx ctx, long a, long b, int op) {
        return Seqs.compare(ctx, toArray(a), size(a), toArray(b), size(b), op);
    }

    public static boolean contains(Ctx ctx, long t, long v) {
        int n = size(t);
        for (int i = 0; i < n; i++) {
            if (Values.eq(ctx, get(t, i), v)) return true;
        }
        return false;
    }

    public static String repr(Ctx ctx, long t) {
        int n = size(t);
        if (n == 0) return "()";
        if (!Seqs.reprEnter(t)) return "(...)";
        try {
            String s = Seqs.joinReprs(ctx, toArray(t), n, "(", n == 1 ? ",)" : ")");
            return s;
        } finally {
            Seqs.reprLeave(t);
        }
    }
}
