package dev.weft.runtime.objects.list;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;

/**
 * Python's list on the heap: a small header that owns a {@link WordArray} of items.
 *
 * <p>Layout (mutable, {@link TypeIds#LIST}):
 * <pre>
 *   field 0  size       items in use (a raw count, not a tagged int), while field 3 is 0
 *   field 1  capacity   words in the storage (see WordArray: flat up to 16, else chunked)
 *   field 2  storage    the STORAGE object, or 0 while capacity is 0
 *   field 3  count      0, or a one-field STORAGE object whose field 0 is the size instead
 * </pre>
 * Worked example: {@code [7, "a"]} after two appends to {@code []} has size 2, capacity 4
 * (CPython's growth rule: (n + n/8 + 6) rounded down to a multiple of 4), count 0, and a
 * STORAGE of 4 fields: {@code 0xFFFF_0000_0000_0007}, the str's pointer, 0, 0.
 *
 * <p>Why the size moves out: the TM detects conflicts an object at a time. An append that
 * fits writes the size and one storage slot; an index read needs the storage and one slot,
 * not the size (a slot below the capacity that is not 0 is in range, see
 * {@link #itemIfPresent}). With the size in the header, every append conflicted with every
 * read of the list by another thread (issue 6). A flat storage is one object, which an
 * append and a read meet on anyway, so a list gets its count object only when its storage
 * first becomes chunked (a growth, which writes the header anyway), and keeps it: short
 * lists, the most common, cost no extra object.
 *
 * <p>Why a header plus storage: an append that fits writes the storage slot and the size,
 * and one that does not swaps in a bigger storage, so the header's identity (what other
 * objects point to) never changes. Slots past the size are kept at 0, so that the
 * collector, which scans every field, does not keep popped items alive.
 */
public final class PyList {
    private PyList() {}

    public static final int SIZE = 0, CAPACITY = 1, STORAGE = 2, COUNT = 3;

    public static boolean isList(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.LIST;
    }

    /** A new empty list. */
    public static long make(Mem m) {
        return m.alloc(TypeIds.LIST, 4);
    }

    /** A new list of {@code items[0..n)}. */
    public static long of(Mem m, long[] items, int n) {
        long l = make(m);
        if (n > 0) {
            long cap = WordArray.roundUp(n);
            long st = WordArray.make(m, cap, false);
            for (int i = 0; i < n; i++) WordArray.set(m, st, cap, i, items[i]);
            m.init(l, SIZE, n);
            m.init(l, CAPACITY, cap);
            m.init(l, STORAGE, st);
            if (cap > WordArray.CHUNK) separateCount(m, l);
        }
        return l;
    }

    public static long of(Mem m, long... items) {
        return of(m, items, items.length);
    }

    /** The object whose field 0 is the size: the list itself, or its count object. */
    private static long counter(Mem m, long l) {
        long c = m.get(l, COUNT);
        return c == 0 ? l : c;
    }

    /** Moves the size into a count object of its own, once the storage is chunked. */
    private static void separateCount(Mem m, long l) {
        if (m.get(l, COUNT) != 0) return;
        long c = m.alloc(TypeIds.STORAGE, 1);
        m.init(c, 0, m.get(l, SIZE));
        m.put(l, SIZE, 0);
        m.put(l, COUNT, c);
    }

    public static long size(Mem m, long l) {
        return m.get(counter(m, l), SIZE);
    }

    /** Sets the size field alone (callers keep the storage to match). */
    public static void setSize(Mem m, long l, long n) {
        m.put(counter(m, l), SIZE, n);
    }

    /**
     * Item {@code i} (&gt;= 0) when it is in range, else 0, without reading the size: slots
     * past the size are kept 0 and items are never 0, so a slot below the capacity that is
     * not 0 is an item. What lets a read by index not conflict with appends.
     */
    public static long itemIfPresent(Mem m, long l, long i) {
        long st = storage(m, l);
        if (st == 0 || i >= WordArray.capacityOf(st)) return Words.NULL;
        return WordArray.at(m, st, i);
    }

    /** Item {@code i}, which the caller has checked is in range. */
    public static long get(Mem m, long l, long i) {
        return WordArray.at(m, storage(m, l), i);
    }

    public static void set(Mem m, long l, long i, long v) {
        WordArray.setAt(m, storage(m, l), i, v);
    }

    /**
     * The storage, for a use that takes its form and length from the storage itself (not
     * from the capacity field) and reads the size when it finds no item: then a growth by
     * another thread, which swaps in a spine over the same chunks, does not conflict with it
     * (see {@link #grow}).
     */
    private static long storage(Mem m, long l) {
        return m.getGrowing(l, STORAGE);
    }

    public static void append(Mem m, long l, long v) {
        long n = size(m, l);
        resize(m, l, n + 1);
        set(m, l, n, v);
    }

    /** The items as a Java array (a snapshot). */
    public static long[] toArray(Mem m, long l) {
        long n = size(m, l);
        long[] a = new long[(int) n];
        if (n > 0) WordArray.read(m, m.get(l, STORAGE), m.get(l, CAPACITY), 0, n, a, 0);
        return a;
    }

    /**
     * Sets the size to {@code n}, growing or shrinking the storage by CPython's list_resize
     * rule; new slots read 0 (NULL) until set, and slots given up are zeroed.
     */
    public static void resize(Mem m, long l, long n) {
        long cap = m.get(l, CAPACITY);
        long size = size(m, l);
        if (cap >= n && n >= (cap >> 1)) {
            if (n < size) clear(m, l, n, size);
            setSize(m, l, n);
            return;
        }
        long want = n == 0 ? 0 : (n + (n >> 3) + 6) & ~3L;
        if (n - size > want - n) want = (n + 3) & ~3L;
        want = WordArray.roundUp(want);
        long st = m.get(l, STORAGE);
        if (n < size) clear(m, l, n, size);
        if (cap > WordArray.CHUNK && want > cap && !m.gil() && !m.tx.holdsLock(l)) {
            grow(m, l, st, cap, want);
            setSize(m, l, n);
            return;
        }
        long fresh = want == 0 ? 0 : cap == 0 ? WordArray.make(m, want, false)
                : WordArray.resize(m, st, cap, want, Math.min(size, n), false);
        m.put(l, STORAGE, fresh);
        m.put(l, CAPACITY, want);
        setSize(m, l, n);
        if (want > WordArray.CHUNK) separateCount(m, l);
    }

    /**
     * Grows a chunked list's storage from {@code cap} to {@code want} words as a change of its
     * own, committed at once ({@link dev.weft.stm.TxContext#writeDetached}). The new spine points at the same chunks, then new empty ones, and the list's
     * items and size do not change, so the growth means nothing to any other transaction:
     * without this, the growing transaction held the header's lock until it committed, and
     * every thread reading the list by index meanwhile conflicted with it (issue 6's
     * list_append probe lost a quarter of its time so). Readers of the storage
     * ({@link #storage}) validate by value and accept the longer spine; readers of the
     * capacity field abort, as before. If this transaction aborts, the list keeps the room.
     * When the header cannot be written so (another transaction holds or changed it), the
     * growth is an ordinary write of this transaction.
     */
    private static void grow(Mem m, long l, long st, long cap, long want) {
        long mark = m.tx.undoMark();
        long fresh = WordArray.resize(m, st, cap, want, 0, false);
        m.tx.publishAllocatedSince(mark);
        if (m.tx.writeDetached(l, STORAGE, fresh, CAPACITY, want)) return;
        m.put(l, STORAGE, fresh);
        m.put(l, CAPACITY, want);
    }

    private static void clear(Mem m, long l, long from, long to) {
        long st = m.get(l, STORAGE), cap = m.get(l, CAPACITY);
        for (long i = from; i < to; i++) WordArray.set(m, st, cap, i, Words.NULL);
    }

    /** Replaces all the items with {@code a[0..n)}. */
    public static void setAll(Mem m, long l, long[] a, int n) {
        long old = size(m, l);
        resize(m, l, n);
        long st = m.get(l, STORAGE), cap = m.get(l, CAPACITY);
        for (int i = 0; i < n; i++) WordArray.set(m, st, cap, i, a[i]);
        for (long i = n; i < old && i < cap; i++) WordArray.set(m, st, cap, i, Words.NULL);
    }

    /** Inserts {@code v} before offset {@code i} (0 &lt;= i &lt;= size). */
    public static void insert(Mem m, long l, long i, long v) {
        long n = size(m, l);
        resize(m, l, n + 1);
        long st = m.get(l, STORAGE), cap = m.get(l, CAPACITY);
        for (long k = n; k > i; k--) WordArray.set(m, st, cap, k, WordArray.get(m, st, cap, k - 1));
        WordArray.set(m, st, cap, i, v);
    }

    /** Removes and answers the item at offset {@code i} (in range). */
    public static long removeAt(Mem m, long l, long i) {
        long n = size(m, l);
        long st = m.get(l, STORAGE), cap = m.get(l, CAPACITY);
        long v = WordArray.get(m, st, cap, i);
        for (long k = i; k < n - 1; k++) WordArray.set(m, st, cap, k, WordArray.get(m, st, cap, k + 1));
        resize(m, l, n - 1);
        return v;
    }

    public static boolean compare(Ctx ctx, long a, long b, int op) {
        long[] x = toArray(ctx.mem, a), y = toArray(ctx.mem, b);
        return Seqs.compare(ctx, x, x.length, y, y.length, op);
    }

    public static boolean contains(Ctx ctx, long l, long v) {
        for (long i = 0; i < size(ctx.mem, l); i++) {
            if (Values.eq(ctx, get(ctx.mem, l, i), v)) return true;
        }
        return false;
    }

    public static String repr(Ctx ctx, long l) {
        if (size(ctx.mem, l) == 0) return "[]";
        if (!Seqs.reprEnter(l)) return "[...]";
        try {
            long[] a = toArray(ctx.mem, l);
            return Seqs.joinReprs(ctx, a, a.length, "[", "]");
        } finally {
            Seqs.reprLeave(l);
        }
    }

    /** Items gathered on the Java heap, then made one list (what split and friends build). */
    public static final class Builder {
        private long[] a = new long[8];
        private int n;

        public void add(long v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        public void reverse() {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                long t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }

        public long build(Mem m) {
            return of(m, a, n);
        }
    }
}
