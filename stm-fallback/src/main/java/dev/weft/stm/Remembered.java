package dev.weft.stm;

import java.util.Arrays;

/**
 * One context's remembered set for young collections ({@link Collector}, docs/heap.md
 * "Young collections"): the objects its committed transactions wrote since the last
 * collection. A young collection does not trace what survived the collections before (the
 * old objects keep their marks), so a pointer that a transaction stored into an old object
 * would be missed; every such object is here, and the young collection scans its fields as a
 * root. What the collector does not need (objects that were young when written) it skips.
 *
 * <p>Every write of a transaction reaches its undo log (the write barrier locks the object
 * and logs it once per transaction), so the commit hands the log's objects here; a detached
 * write ({@link GrowingReads#writeDetached}) is remembered where it is made. Writes under
 * the global lock are plain stores and logged nowhere: that mode collects in full only.
 *
 * <p>Bounded: past {@link #LIMIT} entries a context stops remembering and asks for a full
 * collection next, which needs no remembered set. Only the owning thread adds; the collector
 * reads and empties it at the safepoint, where the owner stands between transactions.
 */
final class Remembered {
    /** Entries a context keeps before it gives up and asks for a full collection (2 MiB). */
    static final int LIMIT = 1 << 18;
    private final TxContext tx;
    private long[] objects = new long[256];
    private int size;
    /**
     * The objects added lately, by a hash of the address (one slot each): an object written
     * by transaction after transaction (a tree's upper nodes) is added once, not once a
     * commit; btree_atomic's two threads added 160,000 entries a cycle without it.
     */
    private final long[] recent = new long[RECENT];
    private static final int RECENT = 1024;
    /** Set when its context detaches: the collector scans it once more, then lets it go. */
    volatile boolean detached;

    Remembered(TxContext tx) {
        this.tx = tx;
    }

    /** Remembers that a committed transaction (or a detached write) wrote {@code obj}. */
    void add(long obj) {
        int h = (int) ((obj * 0x9E3779B97F4A7C15L) >>> 54); // top 10 bits: RECENT slots
        if (recent[h] == obj) return;
        recent[h] = obj;
        if (size == objects.length) {
            if (size >= LIMIT) {
                tx.heap.collector.requestFull();
                return;
            }
            objects = Arrays.copyOf(objects, size * 2);
        }
        objects[size++] = obj;
    }

    int size() {
        return size;
    }

    long get(int i) {
        return objects[i];
    }

    /** Forgets everything (at each collection: what it freed must not stay named here). */
    void clear() {
        size = 0;
        Arrays.fill(recent, 0L); // what it held is no longer in the set
        if (objects.length > 4096) objects = new long[256];
    }
}
