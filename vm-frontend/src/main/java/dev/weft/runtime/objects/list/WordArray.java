package dev.weft.runtime.objects.list;

import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.stm.ObjectLayout;

/**
 * The growable backing store of list items, dict entries and set tables: a run of words in
 * {@link TypeIds#STORAGE} objects, kept small per object because of how the TM logs writes.
 *
 * <p>The TM detects conflicts an object at a time, and the first write a transaction makes
 * to an object copies the whole object into its undo log. One flat array for a list would
 * make any two threads that write it conflict, and {@code l[5] = 0} on a million items copy
 * 8 MB. So an array stays flat only up to {@link #CHUNK} words; beyond that it is two-level:
 * a spine of pointers to chunks of CHUNK words each, and a write locks and copies one chunk. The owner (the
 * list, dict or set header) records the capacity, which alone says which form it is:
 * <pre>
 *   capacity &lt;= CHUNK   storage is STORAGE[capacity], word i at field i
 *   capacity &gt;  CHUNK   capacity is a multiple of CHUNK; storage is STORAGE[capacity / CHUNK],
 *                      word i at field i % CHUNK of the chunk in spine field i / CHUNK
 * </pre>
 * Worked example: a list with capacity 48 has 3 chunks; item 37 is field 37 - 32 = 5 of the
 * chunk whose pointer is spine field 2. Growing to capacity 80 makes a new 5-field spine
 * that points at the three old chunks and two new ones: no item moves.
 *
 * <p>Why not always two-level: most lists are short, and a flat array is one load per item.
 */
public final class WordArray {
    private WordArray() {}

    /**
     * Words in a flat array at most, and in each chunk: 16, because a chunk is also the unit
     * in which the TM detects conflicts (one orec an object). Two threads that touch items 16
     * or more apart never meet on one chunk: one appending to a list while another reads an
     * early item, two updating the values of different keys of one dict (issue 6; before,
     * chunks of 512 made every write to a small dict or list a conflict with every other
     * access to it). The costs, measured in docs/threads.md: one more load (the spine) for
     * an item of a container past 16 words, and memory: a chunk of 128 bytes of words takes a
     * 160-byte cell (its 16-byte header, then size-class rounding), plus 8 bytes of spine.
     */
    public static final int CHUNK = 16;
    private static final int SHIFT = 4;

    /** The capacity actually allocated for a request of {@code n} words. */
    public static long roundUp(long n) {
        return n <= CHUNK ? n : (n + CHUNK - 1) & -CHUNK;
    }

    /** A new zeroed array of {@code cap} words ({@code cap} as made by {@link #roundUp}). */
    public static long make(Mem m, long cap, boolean immutable) {
        if (cap <= CHUNK) return alloc(m, (int) cap, immutable);
        long chunks = cap >>> SHIFT;
        if (chunks > ObjectLayout.MAX_FIELDS) throw PyException.of(dev.weft.runtime.ExcKind.MEMORY_ERROR, "");
        long spine = allocSpine(m, (int) chunks);
        for (int i = 0; i < chunks; i++) m.init(spine, i, alloc(m, CHUNK, immutable));
        return spine;
    }

    /**
     * A spine is immutable, whatever its chunks are: it is filled when made and never written
     * (a growth makes a new spine over the same chunks), so its fields are read with no
     * barrier, and the TM refuses a write to it. One read barrier less for each item of a
     * chunked container.
     */
    private static long allocSpine(Mem m, int fields) {
        return m.allocImmutable(TypeIds.STORAGE_SPINE, fields);
    }

    private static long alloc(Mem m, int fields, boolean immutable) {
        return immutable ? m.allocImmutable(TypeIds.STORAGE, fields) : m.alloc(TypeIds.STORAGE, fields);
    }

    /**
     * Word {@code i} of {@code arr}, its form told by its header (a spine has type
     * {@link TypeIds#STORAGE_SPINE}), so the owner's capacity need not be read: under the TM
     * that is one read barrier less for each item of a list, entry of a dict or attribute.
     */
    public static long at(Mem m, long arr, long i) {
        if (Mem.typeId(arr) == TypeIds.STORAGE) return m.get(arr, (int) i);
        return m.get(m.getImm(arr, (int) (i >>> SHIFT)), (int) (i & (CHUNK - 1)));
    }

    /** The capacity of {@code arr}, from its header (no read barrier: headers never change). */
    public static long capacityOf(long arr) {
        long n = Mem.fieldCount(arr);
        return Mem.typeId(arr) == TypeIds.STORAGE ? n : n << SHIFT;
    }

    /** Sets word {@code i} of {@code arr}, as {@link #at} reads it. */
    public static void setAt(Mem m, long arr, long i, long v) {
        if (Mem.typeId(arr) == TypeIds.STORAGE) {
            m.put(arr, (int) i, v);
        } else {
            m.put(m.getImm(arr, (int) (i >>> SHIFT)), (int) (i & (CHUNK - 1)), v);
        }
    }

    public static long get(Mem m, long arr, long cap, long i) {
        if (cap <= CHUNK) return m.get(arr, (int) i);
        return m.get(m.getImm(arr, (int) (i >>> SHIFT)), (int) (i & (CHUNK - 1)));
    }

    public static void set(Mem m, long arr, long cap, long i, long v) {
        if (cap <= CHUNK) {
            m.put(arr, (int) i, v);
        } else {
            m.put(m.getImm(arr, (int) (i >>> SHIFT)), (int) (i & (CHUNK - 1)), v);
        }
    }

    /**
     * An array of {@code newCap} words holding the first {@code live} words of {@code arr}
     * (capacity {@code oldCap}). Between two chunked forms the chunks are shared, not copied.
     */
    public static long resize(Mem m, long arr, long oldCap, long newCap, long live, boolean immutable) {
        if (oldCap > CHUNK && newCap > CHUNK) {
            int oldChunks = (int) (oldCap >>> SHIFT), newChunks = (int) (newCap >>> SHIFT);
            long spine = allocSpine(m, newChunks);
            for (int i = 0; i < newChunks; i++) {
                m.init(spine, i, i < oldChunks ? m.getImm(arr, i) : alloc(m, CHUNK, immutable));
            }
            return spine;
        }
        long fresh = make(m, newCap, immutable);
        long n = Math.min(live, newCap);
        for (long i = 0; i < n; i++) set(m, fresh, newCap, i, get(m, arr, oldCap, i));
        return fresh;
    }

    /** Words {@code [from, to)} into {@code out} starting at {@code at}. */
    public static void read(Mem m, long arr, long cap, long from, long to, long[] out, int at) {
        for (long i = from; i < to; i++) out[at++] = get(m, arr, cap, i);
    }
}
