package dev.weft.runtime;

import static dev.weft.stm.ObjectLayout.FIELDS;

import dev.weft.stm.ObjectLayout;
import dev.weft.stm.RawMemory;
import dev.weft.stm.TxContext;

/**
 * One guest thread's access to the heap: every read, write and allocation of a guest object by
 * the interpreter and the built-in types goes through here, so that the choice between the
 * software TM's barriers and plain accesses ({@code --tm=gil}) is made in one place.
 *
 * <p>Under the TM, {@link #get} and {@link #put} are the TM's read and write barriers and may
 * throw {@link dev.weft.stm.TxAbort}: callers must leave no Java-side state half-changed that
 * the re-run of the transaction would not rebuild. Under the GIL they are plain loads and
 * stores (no other thread runs). {@link #getImm} reads a field of an immutable object (str,
 * tuple, bigint...), which needs no barrier in either mode. Allocation always goes through the
 * transaction (the allocator and the collector need it); its objects need no barrier.
 */
public final class Mem {

    public final TxContext tx;
    private final boolean gil;
    /** The debug mode ({@code --check-pointers}): {@link #init} checks its object and field too. */
    private final boolean checkPointers;
    /** Bytes this thread has allocated since the interpreter last reset it (what paces collections). */
    public long allocated;

    public Mem(TxContext tx, boolean gil) {
        this.tx = tx;
        this.gil = gil;
        this.checkPointers = tx.heap().params().checkPointers();
    }

    public boolean gil() {
        return gil;
    }

    /** Under the TM, aborts the transaction if another one asked it to ({@link TxContext#pollKilled}). */
    public void pollKilled() {
        if (!gil) tx.pollKilled();
    }

    /** Whether the running transaction runs alone and another thread waits to begin ({@link TxContext#waitedForAlone}). */
    public boolean waitedForAlone() {
        return !gil && tx.waitedForAlone();
    }

    /** Field {@code i} of a mutable object. */
    public long get(long obj, int i) {
        if (gil) return RawMemory.get(obj + FIELDS + 8L * i);
        return tx.read(obj, i);
    }

    /**
     * Field {@code j} of a mutable object if its field {@code i} holds {@code expected}, else
     * {@code otherwise}, both from one snapshot: under the TM one barrier for the two
     * ({@link TxContext#readIfSame}).
     */
    public long getIfSame(long obj, int i, long expected, int j, long otherwise) {
        if (gil) {
            return RawMemory.get(obj + FIELDS + 8L * i) == expected
                    ? RawMemory.get(obj + FIELDS + 8L * j) : otherwise;
        }
        return tx.readIfSame(obj, i, expected, j, otherwise);
    }

    /**
     * Field {@code i} of a mutable object, a pointer that is only ever replaced by an
     * extension of what it points to (a chunked list's spine): under the TM a read that
     * another thread's growth of the object does not abort ({@link TxContext#readGrowing}).
     */
    public long getGrowing(long obj, int i) {
        if (gil) return RawMemory.get(obj + FIELDS + 8L * i);
        return tx.readGrowing(obj, i);
    }

    /** Field {@code i} of an immutable object (or of one this transaction allocated). */
    public long getImm(long obj, int i) {
        return RawMemory.get(obj + FIELDS + 8L * i);
    }

    public void put(long obj, int i, long value) {
        if (gil) {
            RawMemory.set(obj + FIELDS + 8L * i, value);
        } else {
            tx.write(obj, i, value);
        }
    }

    /**
     * Stores into an object this transaction allocated and has not yet published (filling a
     * new str, tuple or array): no barrier in either mode.
     */
    public void init(long obj, int i, long value) {
        if (checkPointers) checkInit(obj, i);
        RawMemory.set(obj + FIELDS + 8L * i, value);
    }

    /**
     * The debug mode's check of an initializing store: obj is an object, i one of its fields,
     * and this transaction holds obj (it made it and has not published it).
     */
    private void checkInit(long obj, int i) {
        if (!tx.heap().isObject(obj) || i < 0 || i >= fieldCount(obj) || !tx.holdsLock(obj)) {
            throw new IllegalStateException("initializing store to field " + i + " of 0x" + Long.toHexString(obj)
                    + (tx.heap().isObject(obj) ? " (" + fieldCount(obj) + " fields), held: " + tx.holdsLock(obj) : ", not an object"));
        }
    }

    /** A new mutable object of {@code fields} zeroed fields; MemoryError when the heap is full. */
    public long alloc(int type, int fields) {
        long obj = tx.allocate(type, fields);
        if (obj == 0) throw PyException.of(ExcKind.MEMORY_ERROR, "");
        allocated += dev.weft.stm.SizeClasses.footprint(ObjectLayout.sizeOf(fields));
        return obj;
    }

    /** A new object that nothing changes once this transaction ends (str, tuple, bigint...). */
    public long allocImmutable(int type, int fields) {
        long obj = tx.allocateImmutable(type, fields);
        if (obj == 0) throw PyException.of(ExcKind.MEMORY_ERROR, "");
        allocated += dev.weft.stm.SizeClasses.footprint(ObjectLayout.sizeOf(fields));
        return obj;
    }

    /** The type id in an object's header. */
    public static int typeId(long obj) {
        return ObjectLayout.type(RawMemory.get(obj));
    }

    /**
     * Header bit 60 (unused by the TM, kept by the collector): the object's writes must be
     * reported to the interpreter ({@link Guest#watchedWrite}). Class dicts carry it, so that
     * every change to a class invalidates the caches of attribute lookups.
     */
    public static final long WATCHED = 1L << 60;

    /** Whether {@code obj} carries {@link #WATCHED}: a plain load of its header, no barrier. */
    public static boolean isWatched(long obj) {
        return (RawMemory.get(obj) & WATCHED) != 0;
    }

    /** Marks {@code obj}, an object this transaction allocated (no other thread sees it yet). */
    public static void watch(long obj) {
        RawMemory.set(obj, RawMemory.get(obj) | WATCHED);
    }

    /**
     * Header bit 61 (kept like {@link #WATCHED}), on dicts: the dict's count of used entry
     * positions has gone down ({@code popitem}), so a position may since have been filled
     * with another key. Set once, never cleared: caches that prove a key absent from the
     * table's size do not trust such a dict.
     */
    public static final long POSITIONS_REUSED = 1L << 61;

    public static boolean positionsReused(long obj) {
        return (RawMemory.get(obj) & POSITIONS_REUSED) != 0;
    }

    /**
     * Sets {@link #POSITIONS_REUSED} on {@code obj}. A plain read-modify-write is enough: the
     * only header writes that can race with it are other threads setting this same bit (the
     * collector's marks happen at a safepoint, {@link #watch} on new objects).
     */
    public static void markPositionsReused(long obj) {
        RawMemory.set(obj, RawMemory.get(obj) | POSITIONS_REUSED);
    }

    /**
     * Header bit 62 (kept like {@link #WATCHED}), on strs: the str is the VM's interned one for
     * its text, so two such strs are equal exactly when they are the same word.
     */
    public static final long INTERNED = 1L << 62;

    public static boolean isInterned(long obj) {
        return (RawMemory.get(obj) & INTERNED) != 0;
    }

    /** Marks {@code obj}, a str this transaction allocated, as interned. */
    public static void markInterned(long obj) {
        RawMemory.set(obj, RawMemory.get(obj) | INTERNED);
    }

    /** Whether the running transaction has written {@code obj} (under the GIL: false). */
    public boolean writtenHere(long obj) {
        return !gil && tx.holdsLock(obj);
    }

    /** The number of fields of an object. */
    public static int fieldCount(long obj) {
        return ObjectLayout.fieldCount(RawMemory.get(obj));
    }

    /** Byte {@code i} of the fields area of an immutable object (str payloads). */
    public static byte byteAt(long obj, long i) {
        return RawMemory.getByte(obj + FIELDS + i);
    }

    public static void setByte(long obj, long i, byte b) {
        RawMemory.setByte(obj + FIELDS + i, b);
    }
}
