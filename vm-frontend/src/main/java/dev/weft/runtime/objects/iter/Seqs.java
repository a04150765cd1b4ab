package dev.weft.runtime.objects.iter;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import java.util.ArrayList;

/**
 * What the sequence types share: lexicographic comparison (CPython's list_richcompare, used
 * by tuple and list alike), the repr of a container with its recursion guard, and the
 * normalisation of an index or a slice against a length.
 *
 * <p>The repr guard is CPython's {@code Py_ReprEnter}: a per-thread list of the containers
 * whose repr is in progress, so {@code l = [1]; l.append(l)} prints {@code [1, [...]]}.
 * Callers leave through {@code finally}, so an exception (or a TM abort thrown through a
 * barrier) never leaves a container marked.
 */
public final class Seqs {
    private Seqs() {}

    private static final ThreadLocal<ArrayList<Long>> IN_REPR = ThreadLocal.withInitial(ArrayList::new);

    /** Marks {@code obj} as being repr'd; false when it already was (the caller prints "..."). */
    public static boolean reprEnter(long obj) {
        ArrayList<Long> l = IN_REPR.get();
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) == obj) return false;
        }
        l.add(obj);
        return true;
    }

    public static void reprLeave(long obj) {
        ArrayList<Long> l = IN_REPR.get();
        for (int i = l.size() - 1; i >= 0; i--) {
            if (l.get(i) == obj) {
                l.remove(i);
                return;
            }
        }
    }

    /**
     * The repr of items {@code a[0..n)} between {@code open} and {@code close}, separated by
     * ", " (no recursion guard: the caller holds it).
     */
    public static String joinReprs(Ctx ctx, long[] a, int n, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Values.repr(ctx, a[i]));
        }
        return sb.append(close).toString();
    }

    /**
     * CPython's rich comparison of two sequences: the first index where the items differ
     * decides (by {@code op} on those items); if none, the lengths do.
     */
    public static boolean compare(Ctx ctx, long[] a, int na, long[] b, int nb, int op) {
        if (na != nb && (op == Values.EQ || op == Values.NE)) return op == Values.NE;
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Values.eq(ctx, a[i], b[i])) break;
        }
        if (i >= na || i >= nb) return Values.cmpResult(Integer.compare(na, nb), op);
        if (op == Values.EQ) return false;
        if (op == Values.NE) return true;
        return Values.compare(ctx, a[i], b[i], op);
    }

    // indices --------------------------------------------------------------------------------

    /**
     * {@code i} (negative counts from the end) as an offset into a sequence of {@code n}, or
     * -1 when out of range.
     */
    public static long normIndex(long i, long n) {
        if (i < 0) i += n;
        return i < 0 || i >= n ? -1 : i;
    }

    /**
     * An index argument of a sequence's {@code __getitem__}: an int (or bool); other types are
     * TypeError "{what} indices must be integers or slices, not str".
     */
    public static long indexArg(Ctx ctx, long key, String what) {
        if (Words.isSmallInt(key)) return Words.toInt(key);
        if (Words.isBool(key)) return key == Words.TRUE ? 1 : 0;
        if (Args.isBigInt(key)) {
            throw PyException.indexError("cannot fit 'int' into an index-sized integer");
        }
        throw PyException.typeError(what + " indices must be integers or slices, not " + Values.typeName(ctx, key));
    }
}
