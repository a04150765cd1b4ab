package dev.weft.stm;

import static dev.weft.stm.ContextLayout.READ_ENTRY;
import static dev.weft.stm.ContextLayout.READ_LOG_CURSOR;
import static dev.weft.stm.ContextLayout.UNDO_LOG_CURSOR;
import static dev.weft.stm.Heap.MEMORY;
import static dev.weft.stm.ObjectLayout.*;

import java.util.Arrays;

/**
 * Growing reads and detached writes (docs/tm-protocol.md, "Growing reads and detached
 * writes"): the log of one transaction's {@link TxContext#readGrowing} reads, their slow path
 * and their validation by value, and the writes they let pass, {@link
 * TxContext#writeDetached} and {@link TxContext#publishAllocatedSince}. Part of
 * {@link TxContext}, whose state it works on.
 *
 * <p>A growing read is of a field that holds a pointer to an immutable object which the
 * program only ever replaces by a longer immutable object of the same type that begins with
 * the same fields: a chunked list's spine, which a growth replaces by a spine over the same
 * chunks plus new ones. A reader that used the old spine found exactly what it would find
 * through the new one, so a change of the field's orec alone must not abort it. Each entry
 * keeps (object, field, orec seen, value seen); validation accepts an entry whose orec is
 * unchanged, or whose field now holds the value seen or such an extension of it. Anything
 * else (a shorter object, a mutable one, another prefix, a lock held by another
 * transaction) fails, as an ordinary read's changed orec does.
 *
 * <p>What the caller must not do with a growing read: draw a conclusion from the old object's
 * length alone (an index past its end may be in range in the new one). PyList reads the
 * size, which is validated as usual, whenever it finds no item.
 */
final class GrowingReads {
    private final TxContext tx;
    private long[] objs = new long[16], orecs = new long[16], values = new long[16];
    private int[] fields = new int[16];
    private int n;
    /**
     * Direct-mapped by object: the latest entry's (object, field, orec) triple, for the fast
     * path ({@link #hit}), and its index + 1, for {@link #find}. Every triple is an entry's
     * (emptied with the log, brought up with the entry by {@link #validate}).
     */
    private final long[] filter = new long[3 * FILTER_SLOTS];
    private final int[] filterIndex = new int[FILTER_SLOTS];
    private static final int FILTER_SLOTS = 64;
    /** The object of the entry that failed the last {@link #validate}. */
    long failed;

    GrowingReads(TxContext tx) {
        this.tx = tx;
    }

    /** As the read filter's first slot ({@link ReadFilter#slot}): a hash of the whole address. */
    private static int slot(long obj) {
        return (int) ((obj * ReadFilter.MIX) >>> 58); // FILTER_SLOTS = 2^6
    }

    int size() {
        return n;
    }

    /** {@link TxContext#readGrowing} past its fast path (as {@code TxContext.readLogged} for read). */
    long readLogged(long obj, int i, long a) {
        if (tx.isInevitable()) {
            tx.lockForInevitable(obj, true);
            return field(obj, i);
        }
        tx.checkKilled(obj);
        for (int spins = 0; ; ) {
            if (isLocked(a)) {
                // a detached write (a growth) holds the lock for a few stores: wait that long
                // before treating it as a conflict
                if (++spins < tx.heap.params.spinsBeforeYield()) {
                    Thread.onSpinWait();
                    a = orec(obj);
                    continue;
                }
                a = tx.contention.conflict(obj, a, AbortCause.READ_WRITE);
                if (a == tx.lockWord) return field(obj, i);
                continue;
            }
            long v = RawMemory.getAcquire(obj + fieldOffset(i));
            long b = orec(obj);
            if (b != a) {
                a = b;
                continue;
            }
            if (tx.tooNew(a)) {
                tx.extend(version(a));
                a = orec(obj);
                continue;
            }
            log(obj, i, a, v);
            return v;
        }
    }

    /**
     * Sets fields {@code i} and {@code j} of {@code obj} outside this transaction: the two
     * stores are committed at once, as a transaction of their own, and stay if this one
     * aborts. For a change that keeps what the object means, which readers validate by value;
     * this transaction's own reads of obj stay valid. Answers false, having written nothing,
     * when obj is locked (by anyone), newer than the snapshot, read by this transaction at
     * another orec, or this transaction is inevitable.
     */
    boolean writeDetached(long obj, int i, long v, int j, long w) {
        tx.requireActive("writeDetached");
        if (tx.checkPointers) {
            tx.checkAccess(obj, i);
            tx.checkAccess(obj, j);
        }
        long a = orec(obj);
        if (tx.isInevitable() || isLocked(a) || tx.tooNew(a)) return false;
        long start = tx.readLogStart, end = tx.get(READ_LOG_CURSOR);
        for (long e = start; e < end; e += READ_ENTRY) {
            if (RawMemory.get(e) == obj && !sameVersion(RawMemory.get(e + 8), a)) return false;
        }
        if (!RawMemory.compareAndSet(obj + OREC, a, tx.lockWord)) return false;
        RawMemory.set(obj + fieldOffset(i), v);
        RawMemory.set(obj + fieldOffset(j), w);
        if (tx.heap.collector.generational) tx.remembered.add(obj); // committed now, outside the transaction
        long now = unlocked(nextVersion(tx.tick(), a), tx.slot);
        // a committed write like any other for the conflict log: a reader it makes stale names it
        if (tx.sites != null) tx.heap.lastWrite(obj, new ConflictSites.Write(tx.slot, tx.sites.here()));
        RawMemory.setRelease(obj + OREC, now);
        // this transaction's reads of obj stay valid: the caller changed nothing they used
        for (long e = start; e < end; e += READ_ENTRY) {
            if (RawMemory.get(e) == obj) RawMemory.set(e + 8, now);
        }
        int f = ReadFilter.slot(obj), g = ReadFilter.slot2(obj);
        if (tx.readFilter[f] == obj) tx.readFilter[f + 1] = now;
        if (tx.readFilter[g] == obj) tx.readFilter[g + 1] = now;
        return true;
    }

    /**
     * Commits at once the objects this transaction allocated since {@code mark}, and nothing
     * else: they are unlocked (written by this thread, at a new version) and this transaction
     * no longer undoes or releases them. For objects that a {@link #writeDetached} is about to
     * publish.
     */
    void publishAllocatedSince(long mark) {
        tx.requireActive("publishAllocatedSince");
        long from = tx.undoLogStart + mark, end = tx.get(UNDO_LOG_CURSOR);
        long published = unlocked(tx.tick(), tx.slot);
        for (long e = from; e < end; e += 24) {
            if (RawMemory.get(e + 16) != -2) throw new IllegalStateException("publishAllocatedSince: a write follows the mark");
        }
        for (long e = from; e < end; e += 24) RawMemory.setRelease(RawMemory.get(e) + OREC, published);
        tx.put(UNDO_LOG_CURSOR, from);
    }

    private static long field(long obj, int i) {
        return RawMemory.get(obj + fieldOffset(i));
    }

    /** Whether field i of obj is logged at orec a (so a read at a needs no new entry). */
    boolean hit(long obj, int i, long a) {
        int f = 3 * slot(obj);
        return filter[f] == obj && filter[f + 1] == i && filter[f + 2] == a;
    }

    /** The entry for field i of obj that the filter knows, or -1 (a miss only costs a new entry). */
    private int find(long obj, int i) {
        int k = filterIndex[slot(obj)] - 1;
        return k >= 0 && objs[k] == obj && fields[k] == i ? k : -1;
    }

    private void remember(int k) {
        int s = slot(objs[k]), f = 3 * s;
        filter[f] = objs[k];
        filter[f + 1] = fields[k];
        filter[f + 2] = orecs[k];
        filterIndex[s] = k + 1;
    }

    void log(long obj, int i, long orec, long value) {
        int k = find(obj, i);
        if (k < 0) {
            if (n == objs.length) {
                objs = Arrays.copyOf(objs, 2 * n);
                orecs = Arrays.copyOf(orecs, 2 * n);
                values = Arrays.copyOf(values, 2 * n);
                fields = Arrays.copyOf(fields, 2 * n);
            }
            k = n++;
        }
        objs[k] = obj;
        fields[k] = i;
        orecs[k] = orec;
        values[k] = value;
        remember(k);
    }

    void reset() {
        if (n == 0) return;
        n = 0;
        Arrays.fill(filter, 0L);
        Arrays.fill(filterIndex, 0);
    }

    /**
     * Whether every entry still holds (see the class comment); an entry that holds at a new
     * orec is brought up to it, so the next validation compares nothing. On failure,
     * {@link #failed} names the object.
     */
    boolean validate() {
        boolean indexed = false;
        for (int k = 0; k < n; k++) {
            long obj = objs[k];
            long now = orec(obj);
            if (sameVersion(now, orecs[k])) continue;
            long value;
            if (now == tx.lockWord) {
                // the undo log found through an index made once per validation: a walk of it
                // per entry cost a transaction with many growing reads of objects it then
                // wrote (one thread of btree_atomic, not running alone) O(entries x undo log)
                // at every validation; 16% of its samples
                if (!indexed) {
                    indexUndoLog();
                    indexed = true;
                }
                value = undoCopy(obj, fields[k]);
            } else if (isLocked(now)) {
                failed = obj;
                return false;
            } else {
                value = RawMemory.getAcquire(obj + fieldOffset(fields[k]));
                if (orec(obj) != now) {
                    failed = obj;
                    return false;
                }
            }
            if (!extendsValue(values[k], value)) {
                failed = obj;
                return false;
            }
            // held: under this transaction's lock, nobody else changes obj, and what it held
            // before the lock stays: later validations skip the entry (orec equal to the lock)
            orecs[k] = now;
            if (now != tx.lockWord) values[k] = value;
            if (filterIndex[slot(obj)] == k + 1) remember(k);
        }
        return true;
    }

    /** Open addressing, object to the offset of its first undo entry (0: empty); see {@link #indexUndoLog}. */
    private long[] undoObjs = new long[64], undoAt = new long[64];

    /** Indexes this transaction's undo log by object, its first entry per object (for {@link #undoCopy}). */
    private void indexUndoLog() {
        long start = tx.undoLogStart, end = tx.get(UNDO_LOG_CURSOR);
        int entries = 0;
        for (long e = start; e < end; entries++) e += 24 + Math.max(RawMemory.get(e + 16), 0) * 8;
        int need = Integer.highestOneBit(Math.max(32, entries) * 2 - 1) << 1; // at most half full
        if (undoObjs.length < need || undoObjs.length > 8 * need) {
            undoObjs = new long[need];
            undoAt = new long[need];
        } else {
            Arrays.fill(undoObjs, 0L);
        }
        int cap = undoObjs.length;
        for (long e = start; e < end; e += 24 + Math.max(RawMemory.get(e + 16), 0) * 8) {
            long obj = RawMemory.get(e);
            int h = undoSlot(obj, cap);
            while (undoObjs[h] != 0 && undoObjs[h] != obj) h = (h + 1) & (cap - 1);
            if (undoObjs[h] == 0) {
                undoObjs[h] = obj;
                undoAt[h] = e;
            }
        }
    }

    private static int undoSlot(long obj, int cap) {
        return (int) ((obj * 0x9E3779B97F4A7C15L) >>> 40) & (cap - 1);
    }

    /**
     * Field i of obj as it was before this transaction locked obj: from obj's first undo
     * entry, found through the index that {@link #indexUndoLog} made; as it is when that entry
     * holds no copy of field i (an allocation) or there is none.
     */
    private long undoCopy(long obj, int i) {
        int cap = undoObjs.length;
        for (int h = undoSlot(obj, cap); undoObjs[h] != 0; h = (h + 1) & (cap - 1)) {
            if (undoObjs[h] == obj) {
                long e = undoAt[h];
                return RawMemory.get(e + 16) > i ? RawMemory.get(e + 24 + 8L * i) : field(obj, i);
            }
        }
        return field(obj, i);
    }

    /**
     * For {@link TxContext#becomeInevitable}: locks every entry's object and checks that it
     * still holds; answers the first object that does not, or 0.
     */
    long lockAllForInevitable() {
        // the locks taken below add undo entries without copies: the index made before them
        // answers for those objects what the entries would (the field as it is)
        indexUndoLog();
        for (int k = 0; k < n; k++) {
            long obj = objs[k];
            tx.lockForInevitable(obj, true);
            if (!extendsValue(values[k], undoCopy(obj, fields[k]))) return obj;
        }
        return 0;
    }

    /**
     * Whether {@code now} is {@code seen}, or an immutable object of seen's type, itself
     * immutable, with at least its fields and the same values in them.
     */
    boolean extendsValue(long seen, long now) {
        if (seen == now) return true;
        if (!tx.heap.isObject(seen) || !tx.heap.isObject(now)) return false;
        long hs = RawMemory.getAcquire(seen), hn = RawMemory.getAcquire(now);
        if ((hs & IMMUTABLE) == 0 || (hn & IMMUTABLE) == 0 || type(hs) != type(hn)) return false;
        int count = fieldCount(hs);
        if (fieldCount(hn) < count) return false;
        return MEMORY.asSlice(seen + FIELDS, 8L * count).mismatch(MEMORY.asSlice(now + FIELDS, 8L * count)) < 0;
    }

    private static long orec(long obj) {
        return RawMemory.getAcquire(obj + OREC);
    }
}
