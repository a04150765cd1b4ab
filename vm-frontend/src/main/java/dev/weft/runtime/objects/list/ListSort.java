package dev.weft.runtime.objects.list;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.objects.iter.Values;

/**
 * {@code list.sort}: CPython 3.11's timsort with the powersort merge policy, step for step.
 *
 * <p>Why not any stable sort: for a consistent order every stable sort gives the same
 * result, but Python programs sort inconsistent orders too (lists with NaN, user {@code
 * __lt__} with side effects, mixed types that raise part-way), and there the result, the
 * number and order of {@code <} calls, and which pair raises TypeError all depend on the
 * exact algorithm. So this follows CPython's listsort: natural runs (strictly descending
 * ones reversed), binary insertion up to minrun, the powersort run stack, and merge_lo /
 * merge_hi with galloping (MIN_GALLOP 7, adaptive min_gallop). Only {@code <} is used.
 *
 * <p>Keys and values move together ({@code vals} is null when sorting without a key
 * function). When a comparison raises, the arrays are left a permutation of their input, as
 * CPython leaves the list.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;

    private final Ctx ctx;
    private final long[] keys;
    private final long[] vals;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private final int[] runPower = new int[85];
    private int nRuns;
    private final int listLen;
    private long[] tmpK = new long[0];
    private long[] tmpV = new long[0];

    private ListSort(Ctx ctx, long[] keys, long[] vals) {
        this.ctx = ctx;
        this.keys = keys;
        this.vals = vals;
        this.listLen = keys.length;
    }

    /** Sorts {@code keys} (and {@code vals} along) ascending by {@code <}, stably. */
    static void sort(Ctx ctx, long[] keys, long[] vals) {
        new ListSort(ctx, keys, vals).run();
    }

    private boolean lt(long a, long b) {
        return Values.lt(ctx, a, b);
    }

    private void run() {
        int remaining = keys.length;
        if (remaining < 2) return;
        int minrun = minrun(remaining);
        int lo = 0;
        do {
            boolean[] descending = {false};
            int n = countRun(lo, lo + remaining, descending);
            if (descending[0]) reverse(lo, lo + n);
            if (n < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[nRuns] = lo;
            runLen[nRuns] = n;
            nRuns++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        forceCollapse();
    }

    static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void reverse(int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            swap(keys, i, j);
            if (vals != null) swap(vals, i, j);
        }
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private int countRun(int lo, int hi, boolean[] descending) {
        if (lo + 1 == hi) return 1;
        int n = 2;
        int i = lo + 1;
        if (lt(keys[i], keys[i - 1])) {
            descending[0] = true;
            for (i = i + 1; i < hi; i++, n++) {
                if (!lt(keys[i], keys[i - 1])) break;
            }
        } else {
            for (i = i + 1; i < hi; i++, n++) {
                if (lt(keys[i], keys[i - 1])) break;
            }
        }
        return n;
    }

    /** Insertion sort of [lo, hi) whose prefix [lo, start) is already sorted. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) start++;
        for (; start < hi; start++) {
            long pivot = keys[start];
            long pivotV = vals != null ? vals[start] : 0;
            int l = lo, r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) r = p;
                else l = p + 1;
            } while (l < r);
            for (int p = start; p > l; p--) {
                keys[p] = keys[p - 1];
                if (vals != null) vals[p] = vals[p - 1];
            }
            keys[l] = pivot;
            if (vals != null) vals[l] = pivotV;
        }
    }

    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void foundNewRun(int n2) {
        if (nRuns == 0) return;
        int s1 = runBase[nRuns - 1];
        int n1 = runLen[nRuns - 1];
        int power = powerloop(s1, n1, n2, listLen);
        while (nRuns > 1 && runPower[nRuns - 2] > power) mergeAt(nRuns - 2);
        runPower[nRuns - 1] = power;
    }

    private void forceCollapse() {
        while (nRuns > 1) {
            int n = nRuns - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) --n;
            mergeAt(n);
        }
    }

    private void mergeAt(int i) {
        int sa = runBase[i], na = runLen[i];
        int sb = runBase[i + 1], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == nRuns - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        --nRuns;
        int k = gallopRight(keys[sb], keys, sa, na, 0);
        sa += k;
        na -= k;
        if (na == 0) return;
        nb = gallopLeft(keys[sa + na - 1], keys, sb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(sa, na, sb, nb);
        else mergeHi(sa, na, sb, nb);
    }

    /** The leftmost place in sorted a[base, base+n) to insert key (a[k-1] &lt; key &lt;= a[k]). */
    private int gallopLeft(long key, long[] a, int base, int n, int hint) {
        int lastofs = 0, ofs = 1;
        int h = base + hint;
        if (lt(a[h], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(a[h + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[h - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** The rightmost place in sorted a[base, base+n) to insert key (a[k-1] &lt;= key &lt; a[k]). */
    private int gallopRight(long key, long[] a, int base, int n, int hint) {
        int lastofs = 0, ofs = 1;
        int h = base + hint;
        if (lt(key, a[h])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[h - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, a[h + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    private void ensureTmp(int n) {
        if (tmpK.length < n) {
            tmpK = new long[n];
            if (vals != null) tmpV = new long[n];
        }
    }

    private void move(long[] srcK, long[] srcV, int from, long[] dstK, long[] dstV, int to, int n) {
        System.arraycopy(srcK, from, dstK, to, n);
        if (vals != null) System.arraycopy(srcV, from, dstV, to, n);
    }

    private void put(int dest, long[] srcK, long[] srcV, int from) {
        keys[dest] = srcK[from];
        if (vals != null) vals[dest] = srcV[from];
    }

    /** Merges a = [sa, sa+na) and b = [sb, sb+nb) (sb == sa+na, na &lt;= nb), a copied aside. */
    private void mergeLo(int sa, int na, int sb, int nb) {
        ensureTmp(na);
        move(keys, vals, sa, tmpK, tmpV, 0, na);
        int dest = sa;
        int pa = 0; // into tmp
        int pb = sb;
        put(dest++, keys, vals, pb++);
        --nb;
        boolean ok = false;
        try {
            if (nb == 0) {
                ok = true;
                return;
            }
            if (na == 1) {
                copyBLo(dest, pa, pb, nb);
                na = 0;
                ok = true;
                return;
            }
            int min = minGallop;
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(keys[pb], tmpK[pa])) {
                        put(dest++, keys, vals, pb++);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 0) break outer;
                        if (bcount >= min) break;
                    } else {
                        put(dest++, tmpK, tmpV, pa++);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 1) {
                            copyBLo(dest, pa, pb, nb);
                            na = 0;
                            break outer;
                        }
                        if (acount >= min) break;
                    }
                }
                ++min;
                do {
                    min -= min > 1 ? 1 : 0;
                    minGallop = min;
                    int k = gallopRight(keys[pb], tmpK, pa, na, 0);
                    acount = k;
                    if (k != 0) {
                        move(tmpK, tmpV, pa, keys, vals, dest, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1) {
                            copyBLo(dest, pa, pb, nb);
                            na = 0;
                            break outer;
                        }
                        if (na == 0) break outer;
                    }
                    put(dest++, keys, vals, pb++);
                    --nb;
                    if (nb == 0) break outer;
                    k = gallopLeft(tmpK[pa], keys, pb, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        move(keys, vals, pb, keys, vals, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) break outer;
                    }
                    put(dest++, tmpK, tmpV, pa++);
                    --na;
                    if (na == 1) {
                        copyBLo(dest, pa, pb, nb);
                        na = 0;
                        break outer;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++min;
                minGallop = min;
            }
            ok = true;
        } finally {
            if (na > 0) move(tmpK, tmpV, pa, keys, vals, dest, na);
        }
    }

    /** merge_lo's CopyB: the rest of b, then the one remaining a. */
    private void copyBLo(int dest, int pa, int pb, int nb) {
        move(keys, vals, pb, keys, vals, dest, nb);
        keys[dest + nb] = tmpK[pa];
        if (vals != null) vals[dest + nb] = tmpV[pa];
    }

    /** Merges a and b (na &gt; nb) from the right, b copied aside. */
    private void mergeHi(int sa, int na, int sb, int nb) {
        ensureTmp(nb);
        move(keys, vals, sb, tmpK, tmpV, 0, nb);
        int dest = sb + nb - 1;
        int pb = nb - 1; // into tmp
        int pa = sa + na - 1;
        put(dest--, keys, vals, pa--);
        --na;
        try {
            if (na == 0) return;
            if (nb == 1) {
                copyAHi(dest, pa, pb, na);
                nb = 0;
                return;
            }
            int min = minGallop;
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(tmpK[pb], keys[pa])) {
                        put(dest--, keys, vals, pa--);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 0) break outer;
                        if (acount >= min) break;
                    } else {
                        put(dest--, tmpK, tmpV, pb--);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 1) {
                            copyAHi(dest, pa, pb, na);
                            nb = 0;
                            break outer;
                        }
                        if (bcount >= min) break;
                    }
                }
                ++min;
                do {
                    min -= min > 1 ? 1 : 0;
                    minGallop = min;
                    int k = gallopRight(tmpK[pb], keys, sa, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        pa -= k;
                        move(keys, vals, pa + 1, keys, vals, dest + 1, k);
                        na -= k;
                        if (na == 0) break outer;
                    }
                    put(dest--, tmpK, tmpV, pb--);
                    --nb;
                    if (nb == 1) {
                        copyAHi(dest, pa, pb, na);
                        nb = 0;
                        break outer;
                    }
                    k = gallopLeft(keys[pa], tmpK, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        pb -= k;
                        move(tmpK, tmpV, pb + 1, keys, vals, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyAHi(dest, pa, pb, na);
                            nb = 0;
                            break outer;
                        }
                        if (nb == 0) break outer;
                    }
                    put(dest--, keys, vals, pa--);
                    --na;
                    if (na == 0) break outer;
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++min;
                minGallop = min;
            }
        } finally {
            if (nb > 0) move(tmpK, tmpV, 0, keys, vals, dest - (nb - 1), nb);
        }
    }

    /** merge_hi's CopyA: the rest of a moves right by one, the one remaining b goes first. */
    private void copyAHi(int dest, int pa, int pb, int na) {
        dest -= na;
        pa -= na;
        move(keys, vals, pa + 1, keys, vals, dest + 1, na);
        keys[dest] = tmpK[pb];
        if (vals != null) vals[dest] = tmpV[pb];
    }
}
